"""Read a sheet in the weekly summary's columns (a salesperson's own Excel tracker, or a summary
ProjDesk wrote) into rows the import service applies.

Headers are matched by name in any order, anywhere in the first rows; extra columns are
ignored; amounts are in 万元 (a cell may also say ``120万`` or ``¥1,200,000``). A row with a
problem is reported by its row number and skipped; the others go in together.

The sheet read is the one named by the caller, or else the first visible sheet that has the
headers: hidden and very hidden sheets (lookup lists, old copies) are what the user does not
see, so they are never imported unless asked for by name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import load_workbook

from projdesk import labels
from projdesk.domain import limits
from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.domain.money import WAN, parse_money
from projdesk.domain.values import parse_bool, parse_date
from projdesk.storage.services.opportunities import OPPORTUNITY_FIELDS
from projdesk.storage.services.reports import stage_by_text
from projdesk.storage.services.sheet_import import ImportResult, ImportRow, import_rows

if TYPE_CHECKING:
    from projdesk.storage.services import Services

HEADER_SCAN_ROWS = 10

# Field → the header names it answers to (normalised: no blanks, half-width brackets).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "customer": ("客户名称", "客户", "客户全称", "单位名称"),
    "project": ("项目名称", "项目", "商机名称", "商机"),
    "industry": ("行业", "所属行业"),
    "region": ("地区", "区域", "所在地区"),
    "key_account": ("重点客户", "是否重点客户"),
    "stage": ("当前阶段", "阶段", "项目阶段"),
    "progress": ("本周进展", "进展"),
    "next_step": ("下周计划", "下一步", "下一步计划"),
    "next_date": ("计划日期", "下一步日期"),
    "amount": ("预计签单额(万元)", "预计签单额", "签单额(万元)", "金额(万元)", "预计金额(万元)"),
    "expected_sign_date": ("预计签约日期", "签约日期"),
    "project_lead": ("项目主管",),
    "owner": ("负责人", "销售", "客户经理"),
    "support_needed": ("需要的支持", "所需支持"),
    "risks": ("风险与问题", "风险", "问题与风险"),
}
_BY_HEADER = {name: key for key, names in HEADER_ALIASES.items() for name in names}


@dataclass
class SheetRows:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[tuple[int, InvalidInput]] = field(default_factory=list)
    sheet: str = ""
    header_row: int = 0


def normalise_header(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value or ""))
    return re.sub(r"\s+", "", text)


def read_sheet(path: Path | str, sheet: str | None = None) -> SheetRows:
    """The rows of the sheet named ``sheet``, or else of the first visible sheet that has
    客户名称 and 项目名称 headers. An unknown ``sheet`` name raises :class:`InvalidInput`."""
    source = Path(path)
    try:
        wb = load_workbook(source, read_only=True, data_only=True)
    except FileNotFoundError:
        raise BadInputFile.coded("sheet_file_missing", path=source) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInputFile.coded("sheet_not_xlsx", name=source.name, detail=type(exc).__name__) from None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and friends
        raise BadInputFile.coded("sheet_not_xlsx", name=source.name, detail=exc) from None
    try:
        for ws in _candidates(wb, sheet, source.name):
            rows = ws.iter_rows(values_only=True)
            found = _find_header(rows)
            if found is not None:
                header_row, columns = found
                result = SheetRows(sheet=ws.title, header_row=header_row)
                for number, values in enumerate(rows, start=header_row + 1):
                    _read_row(number, values, columns, result)
                return result
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInputFile.coded("sheet_damaged", name=source.name, detail=type(exc).__name__) from None
    finally:
        wb.close()
    if sheet is not None:
        raise BadInputFile.coded("sheet_no_header_in", sheet=sheet, rows=HEADER_SCAN_ROWS, name=source.name)
    raise BadInputFile.coded("sheet_no_header", rows=HEADER_SCAN_ROWS, name=source.name)


def _candidates(wb: Any, sheet: str | None, file_name: str) -> list[Any]:
    """The sheet asked for by name, or every visible sheet in the workbook's order."""
    if sheet is None:
        return [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    if sheet not in wb.sheetnames:
        names = "、".join(wb.sheetnames)
        raise InvalidInput.coded("sheet_not_found", name=file_name, sheet=sheet, sheets=names)
    return [wb[sheet]]


def import_sheet(
    services: Services, path: Path | str, *, dry_run: bool = False, sheet: str | None = None
) -> ImportResult:
    """Read ``path`` and apply its good rows in one transaction; bad rows come back as errors."""
    rows = read_sheet(path, sheet)
    result = import_rows(services, rows.rows, dry_run=dry_run)
    result.errors = sorted([*rows.errors, *result.errors], key=itemgetter(0))
    return result


def _find_header(rows: Iterator[tuple[Any, ...]]) -> tuple[int, dict[str, int]] | None:
    for number, values in enumerate(rows, start=1):
        columns: dict[str, int] = {}
        for index, value in enumerate(values):
            key = _BY_HEADER.get(normalise_header(value))
            if key is not None and key not in columns:
                columns[key] = index
        if "customer" in columns and "project" in columns:
            return number, columns
        if number >= HEADER_SCAN_ROWS:
            return None
    return None


def _read_row(number: int, values: tuple[Any, ...], columns: dict[str, int], out: SheetRows) -> None:
    cells = {key: _blank_to_none(values[i]) if i < len(values) else None for key, i in columns.items()}
    if all(v is None for v in cells.values()):
        return  # a blank line
    try:
        out.rows.append(_parse_row(number, cells))
    except InvalidInput as exc:
        out.errors.append((number, exc))


def _parse_row(number: int, cells: dict[str, Any]) -> ImportRow:
    customer = _text(cells.get("customer"))
    project = _text(cells.get("project"))
    if not customer:
        raise InvalidInput.coded("sheet_customer_empty")
    if not project:
        raise InvalidInput.coded("sheet_project_empty")
    _check_length(customer, 200, labels.field_text("customers", "name"))
    stage = None
    if cells.get("stage") is not None:
        stage = stage_by_text(cells["stage"])
        if stage is None:
            raise InvalidInput.coded("sheet_stage_unknown", value=cells["stage"])
    customer_fields: dict[str, Any] = {}
    for key in ("industry", "region"):
        if cells.get(key) is not None:
            customer_fields[key] = _check_length(_text(cells[key]), 40, labels.field_text("customers", key))
    if cells.get("key_account") is not None:
        flag = parse_bool(_text(cells["key_account"]), label=labels.field_text("customers", "key_account"))
        if flag is not None:
            customer_fields["key_account"] = flag
    opportunity: dict[str, Any] = {}
    parsers: dict[str, Callable[[Any], Any]] = {
        "amount": _amount,
        "next_date": lambda v: _date(v, "next_date"),
        "expected_sign_date": lambda v: _date(v, "expected_sign_date"),
    }
    for key in ("amount", "expected_sign_date", "project_lead", "owner", "next_step", "next_date",
                "support_needed"):  # fmt: skip
        if cells.get(key) is None:
            continue  # a blank cell leaves the field as it is
        parse = parsers.get(key)
        value = cells[key]
        opportunity[key] = parse(value) if parse else OPPORTUNITY_FIELDS[key](_text(value))
    return ImportRow(
        row=number,
        customer=customer,
        project=_check_length(project, 200, labels.field_text("opportunities", "name")),
        stage=stage,
        opportunity=opportunity,
        customer_fields=customer_fields,
        progress=_text(cells.get("progress")),
        risks=limits.checked(
            "risks", "description", _text(cells.get("risks")), label=f"第 {number} 行风险与问题"
        ),
    )


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    return str(value).strip()


def _check_length(text: str, limit: int, label: str) -> str:
    if len(text) > limit:
        raise InvalidInput.coded("sheet_text_too_long", field=label, limit=limit, start=text[:20])
    return text


def _amount(value: Any) -> Decimal | None:
    """万元 by default; text with a unit (120万, ¥1,000, 3000元) is read as it says.

    Text goes through the app's one money parser (ASCII digits, thousands separators only in
    groups of three, the one bound); a number cell is 万元 as Excel shows it (its shortest text).
    """
    label = labels.field_text("opportunities", "amount")
    if isinstance(value, bool):
        raise InvalidInput.coded("amount_invalid", field=label, value=value)
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, int | Decimal):
        value = format(value, "f")  # positional text: the parser reads no exponents
    return parse_money(str(value), label=label, bare_unit=WAN)


def _date(value: Any, key: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(_text(value), label=labels.field_text("opportunities", key))
