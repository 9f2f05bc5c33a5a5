"""Regenerate the document pictures in docs/ from the demo data, as LibreOffice renders them.

    python docs/document_pages.py          # needs soffice and pdftoppm (poppler-utils)

A stage-8 demo opportunity's bid (its 投标函, 分项报价表, 技术偏离表 and technical chapter), a
stage-9 one's contract (first page) and research report (first page after the cover), and the
stage-8 one's proposal with its 修订说明. The company's particulars, chapters and cases are the
demo's material library (projdesk.demo.library).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from projdesk.deliverables.service import check, generate
from projdesk.demo.generate import generate_demo
from projdesk.storage.services import Services

DOCS = Path(__file__).resolve().parent

# (document, a text the page holds, the picture)
PAGES = (
    ("bid", "致：", "bid-letter.png"),
    ("bid", "（四）分项报价表", "bid-quote.png"),
    ("bid", "（五）技术偏离表", "bid-deviations.png"),
    ("bid", "四、网络技术方案", "bid-technical.png"),
    ("contract", "合同编号", "contract-p1.png"),
    ("research", "一、引言", "research-p1.png"),
    ("proposal", "修订说明", "proposal-revisions.png"),
)


def pick(services: Services, stage: int, kind: str) -> str:
    """The first demo opportunity of ``stage`` with a quote whose ``kind`` lacks nothing."""
    for card in services.opportunities.list():
        if card.stage != stage or not services.opportunities.detail(card.id).quotes:
            continue
        if not check(services, card.id, kind).gaps:
            return str(card.id)
    raise SystemExit(f"no stage-{stage} demo opportunity with a complete {kind}")


def to_pdf(path: Path, folder: Path) -> Path:
    profile = folder / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "HOME": str(profile)},
    )
    return folder / (path.stem + ".pdf")


def page_holding(pdf: Path, text: str) -> int:
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    for number, page in enumerate(pages.stdout.split("\f"), start=1):
        if text in page and "目 录" not in page:
            return number
    raise SystemExit(f"{pdf.name}: no page holds {text}")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = Services.open(folder / "demo.db")
        services.prefs.user_name = "刘洋"
        generate_demo(services, count=300, seed=7)
        chosen = {"bid": pick(services, 8, "bid"), "contract": pick(services, 9, "contract")}
        chosen["research"] = chosen["contract"]
        chosen["proposal"] = chosen["bid"]
        pdfs: dict[str, Any] = {}
        for kind, opp_id in chosen.items():
            pdfs[kind] = to_pdf(generate(services, opp_id, kind, folder=folder).path, folder)
        services.close()
        for kind, text, picture in PAGES:
            number = page_holding(pdfs[kind], text)
            stem = folder / picture.removesuffix(".png")
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-singlefile",
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    str(pdfs[kind]),
                    str(stem),
                ],
                check=True,
            )
            (DOCS / picture).write_bytes(stem.with_suffix(".png").read_bytes())
            print(DOCS / picture)
    return 0


if __name__ == "__main__":
    sys.exit(main())
