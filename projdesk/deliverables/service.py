"""Generate one document for an opportunity: context → template → file → record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from projdesk.deliverables.assembly import ASSEMBLED_KINDS, Assembly, Candidate, candidates
from projdesk.deliverables.context import KIND_TITLES, build_context
from projdesk.deliverables.library_context import offered_words
from projdesk.deliverables.naming import document_file_name, file_suffix
from projdesk.deliverables.preflight import GapsFound, Preflight, fill_gaps, preflight
from projdesk.deliverables.render_docx import render_docx
from projdesk.deliverables.slides import render_slides
from projdesk.deliverables.templates import find_template
from projdesk.domain.errors import InvalidInput

if TYPE_CHECKING:
    from projdesk.storage.services import Services

__all__ = ["GeneratedDocument", "assembly_candidates", "check", "default_folder", "generate"]


@dataclass(frozen=True)
class GeneratedDocument:
    opportunity_id: str
    kind: str
    path: Path
    version: int
    template: Path
    company_template: bool
    check: Preflight = field(default_factory=lambda: Preflight(""))  # the gaps it was made with


def default_folder() -> Path:
    """Where documents go when no path is given: ~/Documents/ProjDesk (or ~/ProjDesk)."""
    home = Path.home()
    docs = home / "Documents"
    return (docs if docs.is_dir() else home) / "ProjDesk"


def generate(
    services: Services,
    opp_id: str,
    kind: str,
    out_path: Path | str | None = None,
    folder: Path | str | None = None,
    *,
    note: str = "",
    today: dt.date | None = None,
    allow_gaps: bool = False,
    assembly: Assembly | None = None,
) -> GeneratedDocument:
    """Render ``kind`` for the opportunity, record it on the opportunity and return where it went.

    ``out_path`` wins; else the file is named ``客户_项目_调研报告_v2.docx`` in ``folder``
    (default :func:`default_folder`). Raises ``TemplateBroken`` (exit 4) and writes nothing when the
    template cannot be rendered, and :class:`GapsFound` (exit 3) when a customer document lacks
    data, unless ``allow_gaps``: then each gap prints as 【待填：…】. ``assembly`` is the user's
    pick and order of the library's parts (文档组装; None: the default choice).
    """
    ref = find_template(kind, services.prefs.template_folder or None)
    detail = services.opportunities.detail(opp_id)
    version = services.documents.next_version(detail.id, kind)
    library = services.library.load()
    context = build_context(
        detail, kind=kind, version=version, note=note, library=library, today=today, assembly=assembly
    )
    if out_path is not None and Path(out_path).expanduser().is_dir():
        folder, out_path = out_path, None  # a folder: the file gets its conventional name there
    if out_path is None:
        name = document_file_name(detail.customer.name, detail.summary.name, kind, version)
        out_path = Path(folder or default_folder()) / name
    path = Path(out_path).expanduser().resolve()
    if path.suffix.lower() != file_suffix(kind):  # a Word file named bid.pdf opens nowhere
        raise InvalidInput.coded(
            "document_extension_wrong", kind=KIND_TITLES[kind], expected=file_suffix(kind), name=path.name
        )
    if folder is None and not path.parent.is_dir():
        raise InvalidInput.coded("output_folder_missing", path=path.parent)
    gaps = preflight(kind, context, library, today or dt.date.today())
    if gaps.gaps and not allow_gaps:
        raise GapsFound(gaps)
    fill_gaps(context, gaps.gaps)
    label = f"{ref.path.name}（公司模板）" if ref.company else ref.path.name
    recorded_note = context["doc"]["note"] if kind == "proposal" else note

    def record() -> None:
        # Once the file is complete, before it takes its place: a record the database refuses
        # (busy, full) leaves no file behind, and a failed render no record.
        services.documents.record(detail.id, kind, str(path), version, recorded_note)

    properties = {
        "title": f"{detail.customer.name} {detail.summary.name} {context['doc']['title']}",
        "subject": detail.summary.name,
        "author": services.prefs.user_name,
        "company": context["company"]["name"],
        "category": context["doc"]["title"],
        "revision": str(version),
    }
    if kind == "slides":
        render_slides(ref.path, context, path, label=label, before_replace=record, properties=properties)
    else:
        render_docx(
            ref.path,
            context,
            path,
            untrusted=ref.company,
            label=label,
            before_replace=record,
            properties=properties,
        )
    return GeneratedDocument(detail.id, kind, path, version, ref.path, ref.company, gaps)


def check(
    services: Services,
    opp_id: str,
    kind: str,
    today: dt.date | None = None,
    assembly: Assembly | None = None,
) -> Preflight:
    """What ``kind`` would lack for the opportunity now (the list shown before generating)."""
    detail = services.opportunities.detail(opp_id)
    library = services.library.load()
    context = build_context(detail, kind=kind, library=library, today=today, assembly=assembly)
    return preflight(kind, context, library, today or dt.date.today())


def assembly_candidates(
    services: Services, opp_id: str, kind: str, today: dt.date | None = None
) -> list[Candidate]:
    """The library's parts ``kind`` may carry for the opportunity, the default choice checked
    and first (the 文档组装 view); none for a kind that prints no library parts."""
    if kind not in ASSEMBLED_KINDS:
        return []
    detail = services.opportunities.detail(opp_id)
    library = services.library.load()
    return candidates(library, offered_words(detail), detail.customer.industry, today or dt.date.today())
