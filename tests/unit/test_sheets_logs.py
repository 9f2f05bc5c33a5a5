"""The quote log and the progress log as a user opens them."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from projdesk.deliverables.sheets import exports, progress_log, quote_log


@pytest.fixture
def opp(services: Any) -> str:
    s = services
    opp_id = s.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    s.commercial.add_quote(
        opp_id,
        [
            {
                "item": "服务器",
                "brand": "浪潮",
                "model": "NF5280M6",
                "quantity": 2,
                "unit": "台",
                "unit_price": "50000",
            },
            {"item": "实施服务", "quantity": 10, "unit": "人天", "unit_price": "2000"},
        ],
        date="2026-10-01",
        note="首轮",
    )
    s.commercial.add_quote(
        opp_id,
        [
            {
                "item": "服务器",
                "brand": "浪潮",
                "model": "NF5280M6",
                "quantity": 2,
                "unit": "台",
                "unit_price": "45000",
            },
            {"item": '=HYPERLINK("x")', "quantity": 1, "unit": "套", "unit_price": "1000"},
        ],
        date="2026-10-15",
    )
    s.activities.add(
        opp_id, type="电话", content="第二次沟通", date="2026-10-10", people="王主任", result="同意演示"
    )
    s.activities.add(
        opp_id, type="拜访", content="=1+2", date="2026-10-02", next_action="发送方案", next_date="2026-10-09"
    )
    return opp_id


def test_quote_log_rounds_totals_and_changes(services: Any, opp: str, tmp_path: Path) -> None:
    path = exports.export_quote_log(services, opp, tmp_path)
    assert path.name == "华东电力设计院_调度自动化平台_报价日志.xlsx"
    wb = load_workbook(path)
    rounds = wb["报价轮次"]
    headers = [c.value for c in rounds[4]]
    assert headers == list(quote_log.ROUND_HEADERS)
    first = dict(zip(headers, [c.value for c in rounds[5]], strict=True))
    second = dict(zip(headers, [c.value for c in rounds[6]], strict=True))
    assert first["轮次"] == "第 1 轮" and first["合计(元)"] == 120000 and first["较上轮(元)"] is None
    assert second["合计(元)"] == 91000 and second["较上轮(元)"] == -29000
    assert second["变化率"] == pytest.approx(-29000 / 120000)
    lines = wb["报价明细"]
    texts = [c.value for row in lines.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("第 1 轮报价") for t in texts) and any(t.startswith("第 2 轮报价") for t in texts)
    assert "单价 50,000.00→45,000.00" in texts  # the line's change from round 1
    assert "新增" in texts and "本轮删除" in texts  # 实施服务 dropped, the new item added
    formula_like = next(c for row in lines.iter_rows() for c in row if c.value == '=HYPERLINK("x")')
    assert formula_like.data_type == "s"


def test_progress_log_in_date_order(services: Any, opp: str, tmp_path: Path) -> None:
    path = exports.export_progress_log(services, opp, tmp_path / "log.xlsx")
    ws = load_workbook(path)["进展日志"]
    assert "售前项目进展日志" in ws["A1"].value
    headers = [c.value for c in ws[4]]
    assert headers == [c[0] for c in progress_log.COLUMNS]
    rows = [dict(zip(headers, r, strict=True)) for r in ws.iter_rows(min_row=5, values_only=True)]
    assert [r["类型"] for r in rows] == ["拜访", "电话"]  # by date, not by entry order
    assert rows[0]["内容"] == "=1+2" and ws.cell(5, headers.index("内容") + 1).data_type == "s"
    assert rows[0]["下一步"] == "发送方案" and rows[0]["步骤"].startswith("A ")
    assert rows[1]["参与人员"] == "王主任" and rows[1]["结果"] == "同意演示"
    assert rows[0]["记录人"] == "张伟"


def test_exports_are_listed_among_the_documents(services: Any, opp: str, tmp_path: Path) -> None:
    exports.export_quote_log(services, opp, tmp_path)
    exports.export_quote_log(services, opp, tmp_path)
    exports.export_progress_log(services, opp, tmp_path)
    docs = services.documents.of(opp)
    assert [(d.kind, d.version) for d in docs] == [("quotes", 1), ("quotes", 2), ("log", 1)]
    assert all(Path(d.file_path).exists() for d in docs)


def test_no_quotes_still_gives_a_readable_file(services: Any, tmp_path: Path) -> None:
    opp_id = services.opportunities.add("某客户", "某项目")
    path = exports.export_quote_log(services, opp_id, tmp_path)
    assert "还没有报价记录" in [c.value for row in load_workbook(path)["报价轮次"].iter_rows() for c in row]


def test_logs_convert_with_libreoffice(services: Any, opp: str, tmp_path: Path) -> None:
    files = [
        exports.export_quote_log(services, opp, tmp_path),
        exports.export_progress_log(services, opp, tmp_path),
    ]
    out = tmp_path / "pdf"
    profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
    proc = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", str(out),
         *map(str, files)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    for f in files:
        assert (out / (f.stem + ".pdf")).stat().st_size > 3000


def test_write_is_atomic_no_temp_files_left(services: Any, opp: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    exports.export_progress_log(services, opp, out)
    exports.export_progress_log(services, opp, out)  # replaces the same file
    assert [p.name for p in out.iterdir()] == ["华东电力设计院_调度自动化平台_进展日志.xlsx"]
