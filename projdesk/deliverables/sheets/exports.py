"""The sheet exports as the CLI and the GUI run them: gather the data, write the file, record it.

``path`` may be a folder: the file then gets its standard name (``客户_项目_报价日志.xlsx``,
``项目运作周进度总结表_2026-W48_全部.xlsx``) inside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from projdesk.deliverables.sheets import progress_log, quote_log, weekly
from projdesk.storage.services.reports import WEEKLY_FIRST_STAGE, Week, WeeklyReport, weekly_rows

if TYPE_CHECKING:
    from projdesk.storage.services import Services


def target(path: Path | str, name: str) -> Path:
    chosen = Path(path)
    return chosen / name if chosen.is_dir() else chosen


def weekly_report(services: Services, week: Week, owner: str | None) -> WeeklyReport:
    return weekly_rows(services, week, owner)


def export_weekly(
    services: Services,
    week: Week,
    owner: str | None,
    path: Path | str,
    progress: weekly.Progress | None = None,
    *,
    replace_with_empty: bool = False,
    first_stage: int = WEEKLY_FIRST_STAGE,
) -> tuple[Path, WeeklyReport]:
    report = weekly_rows(services, week, owner, first_stage=first_stage)
    written = weekly.write(
        report, target(path, weekly.file_name(report)), progress, replace_with_empty=replace_with_empty
    )
    return written, report


def export_quote_log(services: Services, opportunity_id: str, path: Path | str) -> Path:
    detail = services.opportunities.detail(opportunity_id)
    written = quote_log.write(detail, target(path, quote_log.file_name(detail)))
    _record(services, opportunity_id, "quotes", written)
    return written


def export_progress_log(services: Services, opportunity_id: str, path: Path | str) -> Path:
    detail = services.opportunities.detail(opportunity_id)
    written = progress_log.write(detail, target(path, progress_log.file_name(detail)))
    _record(services, opportunity_id, "log", written)
    return written


def _record(services: Services, opportunity_id: str, kind: str, written: Path) -> None:
    """List the file among the opportunity's documents (a new version each export)."""
    version = services.documents.next_version(opportunity_id, kind)
    services.documents.record(opportunity_id, kind, str(written.resolve()), version)
