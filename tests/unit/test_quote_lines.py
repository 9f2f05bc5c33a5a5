"""Quote lines keep one identity across rounds; the quote log compares a line with itself (#14)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from projdesk.deliverables.sheets import exports
from projdesk.domain.errors import InvalidInput
from tests.unit.snapshot_helpers import new_device, template_db

SERVER = {"item": "服务器", "quantity": 2, "unit": "台", "unit_price": "56000"}
SERVICE = {"item": "实施服务", "quantity": 10, "unit": "人天", "unit_price": "2000"}


@pytest.fixture
def opp(services: Any) -> str:
    return str(services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000"))


def _line_changes(path: Path) -> list[str]:
    ws = load_workbook(path)["报价明细"]
    return [str(row[-1]) for row in ws.iter_rows(values_only=True) if row[-1] is not None]


def test_quote_log_reads_a_brand_added_in_a_later_round_as_a_change_of_that_line(
    services: Any, opp: str, tmp_path: Path
) -> None:
    services.commercial.add_quote(opp, [SERVER, SERVICE], date="2026-10-01")
    branded = {**SERVER, "brand": "华为", "model": "2288H V6", "unit_price": "52000"}
    services.commercial.add_quote(opp, [branded, SERVICE], date="2026-10-15")
    changes = _line_changes(exports.export_quote_log(services, opp, tmp_path))
    assert "新增" not in changes and "本轮删除" not in changes
    assert "品牌 —→华为；型号 —→2288H V6；单价 56,000.00→52,000.00" in changes
    assert "不变" in changes  # the service line


def test_copying_a_round_keeps_each_line_and_an_edit_reads_as_its_change(
    services: Any, opp: str, tmp_path: Path
) -> None:
    first = services.commercial.add_quote(opp, [SERVER, SERVICE], date="2026-10-01")
    second = services.commercial.copy_quote(first, date="2026-10-15", note="二轮")
    line = services.commercial.line_id(second, "1")
    services.commercial.update_quote_line(line, {"item": "机架式服务器", "model": "NF5280M6"})
    one, two = services.commercial.quotes(opp)
    assert [ln.lineage for ln in one.lines] == [ln.lineage for ln in two.lines]
    assert [ln.id for ln in one.lines] != [ln.id for ln in two.lines]
    assert two.round == 2 and two.note == "二轮" and two.total == one.total
    changes = _line_changes(exports.export_quote_log(services, opp, tmp_path))
    assert "品名 服务器→机架式服务器；型号 —→NF5280M6" in changes
    assert "新增" not in changes and "本轮删除" not in changes


def test_a_new_item_and_a_dropped_item_still_read_as_added_and_removed(
    services: Any, opp: str, tmp_path: Path
) -> None:
    services.commercial.add_quote(opp, [SERVER, SERVICE])
    services.commercial.add_quote(opp, [SERVER, {"item": "存储", "quantity": 1, "unit_price": "90000"}])
    changes = _line_changes(exports.export_quote_log(services, opp, tmp_path))
    assert "新增" in changes and "本轮删除" in changes


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ({"item": "服务器", "quantity": 1, "unitprice": "5"}, "quote_line_unknown_key"),
        ({"item": "服务器", "quantity": 1}, "quote_line_price_missing"),
        ({"item": "服务器", "quantity": 1, "unit_price": ""}, "quote_line_price_missing"),
        ({"item": "服务器", "unit_price": "5"}, "quote_line_quantity_missing"),
        ({"item": "服务器", "quantity": 1, "unit_price": "0"}, "quote_line_price_not_positive"),
    ],
)
def test_a_quote_line_without_price_or_quantity_or_with_an_unknown_key_is_refused(
    services: Any, opp: str, line: dict[str, Any], code: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        services.commercial.add_quote(opp, [SERVICE, line])
    assert caught.value.code == code and caught.value.params["position"] == "2"
    assert services.commercial.quotes(opp) == []


def test_a_mistyped_key_is_named_in_the_refusal(services: Any, opp: str) -> None:
    with pytest.raises(InvalidInput, match="unitprice"):
        services.commercial.add_quote(opp, [{"item": "服务器", "quantity": 1, "unitprice": "5"}])


def test_deleting_a_round_takes_its_lines_and_undo_brings_them_back(services: Any, opp: str) -> None:
    quote = services.commercial.add_quote(opp, [SERVER, SERVICE])
    services.commercial.delete_quote(quote)
    assert services.commercial.quotes(opp) == []
    services.history.undo_last(opp)
    [back] = services.commercial.quotes(opp)
    assert back.total == Decimal("132000.00") and len(back.lines) == 2


def test_line_lineage_travels_in_a_snapshot(tmp_path: Path) -> None:
    template = template_db()
    a, sa = new_device(tmp_path / "a", "a", "张伟", template)
    b, sb = new_device(tmp_path / "b", "b", "李娜", template)
    try:
        opp = a.opportunities.add("华东电力设计院", "调度自动化平台")
        second = a.commercial.copy_quote(a.commercial.add_quote(opp, [SERVER]))
        a.commercial.update_quote_line(a.commercial.line_id(second, "1"), {"brand": "华为"})
        sa.export(tmp_path / "a.pdsnap")
        sb.import_snapshot(tmp_path / "a.pdsnap")
        one, two = b.commercial.quotes(opp)
        assert one.lines[0].lineage == two.lines[0].lineage == one.lines[0].id
        assert two.lines[0].brand == "华为"
    finally:
        a.close()
        b.close()
