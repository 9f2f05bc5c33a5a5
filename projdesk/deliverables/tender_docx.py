"""Reading the requirements out of a tender's .docx: its tables with a clause and a requirement column.

A tender lists its 技术要求 and 商务要求 as tables (序号 | 技术参数及要求 | …). A table counts when
its first row names a requirement column (要求, 参数, 内容, 指标); the clause number comes from a
序号/条款 column when there is one, the ★/▲ mark from a mark column or the start of the text, and
技术/商务 from a 类别 column, else from the requirement column's header or the heading above the
table, else 技术. Rows spanning the whole table (a group title) are skipped.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.domain.tender import CATEGORIES, RequirementDraft, normal_mark, number_clauses, split_mark

__all__ = ["read_tender_docx"]

_CLAUSE_HEADERS = ("条款号", "条款", "序号", "编号", "条目")
_TEXT_HEADERS = ("要求", "参数", "内容", "指标", "条款内容")
_MARK_HEADERS = ("重要", "标记", "星号", "★", "▲")
_CATEGORY_HEADERS = ("类别", "类型", "分类")


def _column(headers: list[str], names: tuple[str, ...], skip: set[int]) -> int | None:
    for i, header in enumerate(headers):
        if i not in skip and any(name in header for name in names):
            return i
    return None


def _category_in(text: str) -> str | None:
    for category in CATEGORIES:
        if category in text:
            return category
    return None


def _blocks(path: Path) -> Iterator[tuple[str, list[list[str]]]]:
    """The document's paragraphs and tables in order: ("p", [[text]]) or ("t", rows of cell texts)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "p", [[Paragraph(child, document).text.strip()]]
        elif tag == "tbl":
            rows = []
            for row in Table(child, document).rows:
                rows.append([cell.text.strip() for cell in row.cells])
            yield "t", rows


def _from_table(rows: list[list[str]], heading_category: str) -> list[RequirementDraft]:
    if len(rows) < 2:
        return []
    headers = [h.replace(" ", "") for h in rows[0]]
    text_col = _column(headers, _TEXT_HEADERS, set())
    if text_col is None:
        return []
    clause_col = _column(headers, _CLAUSE_HEADERS, {text_col})
    mark_col = _column(headers, _MARK_HEADERS, {text_col, *([clause_col] if clause_col is not None else [])})
    category_col = _column(headers, _CATEGORY_HEADERS, {text_col})
    table_category = _category_in(headers[text_col]) or heading_category
    drafts = []
    for cells in rows[1:]:
        if len(cells) <= text_col or len(set(cells)) == 1:  # short row or a title across the table
            continue
        mark, text = split_mark(cells[text_col])
        clause = cells[clause_col] if clause_col is not None and clause_col < len(cells) else ""
        clause_mark, clause = split_mark(clause)
        mark = mark or clause_mark
        if mark_col is not None and mark_col < len(cells):
            mark = mark or normal_mark(cells[mark_col])
        category = table_category
        if category_col is not None and category_col < len(cells):
            category = _category_in(cells[category_col]) or category
        if text:
            drafts.append(RequirementDraft(clause, text, mark, category))
    return drafts


def read_tender_docx(path: Path | str) -> list[RequirementDraft]:
    """Every requirement in the tender's tables; BadInputFile when the file is no Word document,
    InvalidInput when it holds no requirement table."""
    file = Path(path)
    if not file.is_file():
        raise InvalidInput.coded("sheet_file_missing", path=file)
    if not zipfile.is_zipfile(file):
        raise BadInputFile.coded("tender_not_docx", name=file.name)
    drafts: list[RequirementDraft] = []
    category = CATEGORIES[0]
    from docx.opc.exceptions import PackageNotFoundError

    try:
        for kind, content in _blocks(file):
            if kind == "p":
                text = content[0][0]
                # A short heading (二、商务要求) sets the part the next tables belong to.
                if text and len(text) <= 20:
                    category = _category_in(text) or category
            else:
                drafts.extend(_from_table(content, category))
    except (KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError, SyntaxError) as exc:
        # lxml's XMLSyntaxError (a damaged part) is a SyntaxError.
        raise BadInputFile.coded(
            "tender_unreadable", name=file.name, kind_of_error=type(exc).__name__
        ) from None
    if not drafts:
        raise InvalidInput.coded("requirements_none_found")
    return number_clauses(drafts)
