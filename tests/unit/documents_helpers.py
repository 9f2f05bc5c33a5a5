"""Shared helpers for the document tests: a stage-9 demo opportunity and text extraction."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

KINDS = ("initiation", "research", "proposal", "solution", "bid", "contract", "handover", "slides")


def stage9_with_quotes(services: Any) -> str:
    for card in services.opportunities.list():
        if card.stage == 9 and services.opportunities.detail(card.id).quotes:
            return str(card.id)
    raise AssertionError("the demo data has no stage-9 opportunity with quotes")


def docx_text(path: Path) -> str:
    """Every paragraph of the body, the tables, headers and footers, one per line."""
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def docx_paragraphs(path: Path) -> list[str]:
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs]


def pptx_text(path: Path) -> str:
    from pptx import Presentation

    out = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                out.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                out.extend(cell.text for row in shape.table.rows for cell in row.cells)
    return "\n".join(out)


needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext) are needed",
)


def to_pdf(path: Path, outdir: Path, profile: Path) -> Path:
    """Convert with LibreOffice headless in its own profile (no lock clashes with other runs)."""
    outdir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(profile)},
    )
    pdf = outdir / (path.stem + ".pdf")
    assert result.returncode == 0 and pdf.is_file(), f"conversion failed: {result.stdout} {result.stderr}"
    return pdf


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
