"""Money in snapshots: format 2 writes exact text within the bound; version 1 files still import."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from projdesk.domain.errors import BadInputFile, RuleRefused
from projdesk.storage.services import Services
from projdesk.sync import format as fmt
from projdesk.sync.reader import open_snapshot, read_manifest
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import canonical_dump, logical_dump, new_device, template_db

V1_FIXTURE = Path(__file__).parent.parent / "data" / "snapshot-v1.pdsnap"
V1_OPPORTUNITY = "a40dd386-4ad3-4757-9111-7dc69b450fe5"


@pytest.fixture
def device(tmp_path: Path) -> Iterator[tuple[Services, SyncService]]:
    services, sync = new_device(tmp_path, "dev", "李娜", template_db())
    yield services, sync
    services.close()


def tables_of(path: Path) -> tuple[dict[str, object], dict[str, bytes]]:
    zf, manifest = read_manifest(path)
    with zf:
        return manifest, {
            meta["table"]: zlib.decompress(zf.read(member)) for member, meta in manifest["members"].items()
        }


def rewrite(
    src: Path,
    dst: Path,
    change: Callable[[dict[str, bytes]], None],
    version: int,
    revision: str | None = None,
) -> Path:
    """A copy of ``src`` with changed tables and valid checksums, written as format ``version``."""
    manifest, tables = tables_of(src)
    change(tables)
    saved = fmt.FORMAT_VERSION
    fmt.FORMAT_VERSION = version
    try:
        with fmt.SnapshotWriter(dst) as writer:
            for table, payload in tables.items():
                writer.add_table(table, len([x for x in payload.split(b"\n")[1:] if x]), payload)
            meta = {
                k: manifest[k] for k in ("app_version", "schema_revision", "device", "author", "created_at")
            }
            if revision is not None:
                meta["schema_revision"] = revision
            writer.finish(meta)
    finally:
        fmt.FORMAT_VERSION = saved
    return dst


def set_value(tables: dict[str, bytes], table: str, column: str, value: object) -> None:
    """Set ``column`` of the table's first record to ``value`` (any JSON value)."""
    lines = tables[table].split(b"\n")
    columns = json.loads(lines[0])["columns"]
    row = json.loads(lines[1])
    row[columns.index(column)] = value
    lines[1] = json.dumps(row, ensure_ascii=False).encode("utf-8")
    tables[table] = b"\n".join(lines)


def amounts(services: Services) -> dict[str, Decimal | None]:
    detail = services.opportunities.detail(V1_OPPORTUNITY)
    assert detail.contract is not None
    line = detail.quotes[0].lines[0]
    payment = detail.payments[0]
    return {
        "amount": detail.summary.amount,
        "budget": detail.budget,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "contract": detail.contract.amount,
        "payment": payment.amount,
        "received": payment.received_amount,
    }


def test_version_1_fixture_imports_with_every_amount_exact(device: tuple[Services, SyncService]) -> None:
    services, sync = device
    assert read_manifest(V1_FIXTURE)[1]["format_version"] == 1
    sync.import_snapshot(V1_FIXTURE)
    assert {k: str(v) for k, v in amounts(services).items()} == {
        "amount": "820000.50",
        "budget": "9999999999999.99",
        "quantity": "2.50",
        "unit_price": "1234.56",
        "contract": "0.30",
        "payment": "1234567.89",
        "received": "0.10",
    }


def test_version_1_money_as_json_numbers_imports_through_their_text(
    device: tuple[Services, SyncService], tmp_path: Path
) -> None:
    services, sync = device

    def as_numbers(tables: dict[str, bytes]) -> None:
        set_value(tables, "opportunities", "amount", 820000.5)
        set_value(tables, "contracts", "amount", 0.1 + 0.2)  # 0.30000000000000004, as a float wrote it
        set_value(tables, "payments", "amount", 1234567)

    snap = rewrite(V1_FIXTURE, tmp_path / "numbers.pdsnap", as_numbers, version=1)
    sync.import_snapshot(snap)
    got = amounts(services)
    assert (str(got["amount"]), str(got["contract"]), str(got["payment"])) == (
        "820000.50",
        "0.30",
        "1234567.00",
    )


def test_version_1_amount_beyond_the_bound_refuses_the_file_naming_row_and_field(
    device: tuple[Services, SyncService], tmp_path: Path
) -> None:
    services, sync = device
    before = logical_dump(services.db.path)
    snap = rewrite(
        V1_FIXTURE,
        tmp_path / "1e16.pdsnap",
        lambda t: set_value(t, "opportunities", "budget", "10000000000000000.00"),
        version=1,
    )
    with pytest.raises(BadInputFile, match=r"opportunities 的第 1 条记录.*budget"):
        sync.import_snapshot(snap)
    assert logical_dump(services.db.path) == before


def test_format_2_writes_money_as_exact_text(device: tuple[Services, SyncService], tmp_path: Path) -> None:
    services, sync = device
    opp = services.opportunities.add("华东电力有限公司", "调度系统", amount="9999999999999.99")
    path = tmp_path / "out.pdsnap"
    sync.export(path)
    manifest, tables = tables_of(path)
    assert manifest["format_version"] >= 2  # money as text since format 2
    lines = tables["opportunities"].split(b"\n")
    columns = json.loads(lines[0])["columns"]
    row = next(r for r in map(json.loads, lines[1:-1]) if r[0] == opp)
    assert row[columns.index("amount")] == "9999999999999.99"
    assert row[columns.index("budget")] is None


@pytest.mark.parametrize(
    ("column", "bad"),
    [
        ("amount", 820000.5),  # a JSON number: format 2 carries text only
        ("amount", "10000000000000.00"),  # above the bound
        ("amount", "820000.5"),  # not two places
        ("amount", "٨٢٠٠٠٠.٥٠"),  # Arabic-Indic digits
        ("amount", "-1.00"),
        ("budget", "1e5"),
    ],
)
def test_format_2_refuses_money_not_in_exact_form(
    device: tuple[Services, SyncService], tmp_path: Path, column: str, bad: object
) -> None:
    services, sync = device
    snap = rewrite(
        V1_FIXTURE, tmp_path / "bad.pdsnap", lambda t: set_value(t, "opportunities", column, bad), 2, "0002"
    )
    before = logical_dump(services.db.path)
    with pytest.raises(BadInputFile, match=f"opportunities 的第 1 条记录的类型或格式错误：{column}"):
        open_snapshot(snap)
    with pytest.raises(BadInputFile):
        sync.import_snapshot(snap)
    assert logical_dump(services.db.path) == before


def test_quantity_above_its_own_bound_is_refused(
    device: tuple[Services, SyncService], tmp_path: Path
) -> None:
    _, sync = device
    snap = rewrite(
        V1_FIXTURE,
        tmp_path / "qty.pdsnap",
        # fine as money, not as a quantity
        lambda t: set_value(t, "quote_lines", "quantity", "10000000000.00"),
        2,
        "0002",
    )
    with pytest.raises(BadInputFile, match="quote_lines 的第 1 条记录的类型或格式错误：quantity"):
        sync.import_snapshot(snap)


def test_snapshot_round_trip_stores_integer_fen(tmp_path: Path) -> None:
    template = template_db()
    a, sa = new_device(tmp_path, "a", "张伟", template)
    b, sb = new_device(tmp_path, "b", "李娜", template)
    opp = a.opportunities.add("华东电力有限公司", "调度系统", amount="9999999999999.99")
    a.commercial.add_quote(
        opp, [{"item": "服务器", "quantity": "2.5", "unit_price": "0.07"}], date="2026-11-20"
    )
    sa.export(tmp_path / "a.pdsnap")
    sb.import_snapshot(tmp_path / "a.pdsnap")
    con = sqlite3.connect(b.db.path)
    assert con.execute("SELECT amount FROM opportunities WHERE id = ?", (opp,)).fetchone() == (
        999999999999999,
    )
    assert con.execute("SELECT quantity, unit_price FROM quote_lines").fetchone() == (250, 7)
    con.close()
    assert str(b.opportunities.summary(opp).amount) == "9999999999999.99"
    sb.export(tmp_path / "b.pdsnap")  # and back: nothing changes on the first device
    before = canonical_dump(a.db.path)
    summary = sa.import_snapshot(tmp_path / "b.pdsnap")
    assert summary["updated"] == 0 and summary["conflicts"] == 0
    assert canonical_dump(a.db.path) == before
    a.close()
    b.close()


def test_export_of_an_amount_above_the_bound_is_refused_naming_the_record(
    device: tuple[Services, SyncService], tmp_path: Path
) -> None:
    services, sync = device
    opp = services.opportunities.add("华东电力有限公司", "调度系统", amount="100")
    con = sqlite3.connect(services.db.path)  # what the first version's 9999999999999999.99 migrates to
    con.execute("UPDATE opportunities SET amount = ? WHERE id = ?", (10**18, opp))
    con.commit()
    con.close()
    target = tmp_path / "out.pdsnap"
    with pytest.raises(RuleRefused, match=rf"^无法导出：opportunities 中记录 {opp} 的 amount 超出上限"):
        sync.export(target)
    assert list(tmp_path.glob("*.pdsnap*")) == [] and list(tmp_path.glob(".out*")) == []
    assert str(services.opportunities.summary(opp).amount) == "10000000000000000.00"  # kept, to correct
