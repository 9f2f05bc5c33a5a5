"""Stamps from the command line: non-ASCII or out-of-range stamps refused, the sender's clock shown."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from projdesk.domain.clock import HybridClock
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService
from tests.e2e.conftest import Cli
from tests.e2e.test_snapshot_bad_input import files_under, first_row, rebuild
from tests.unit.snapshot_helpers import logical_dump

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def export_from(folder: Path, ahead_ms: int = 0) -> Path:
    """A real snapshot of a small database whose clock runs ``ahead_ms`` fast."""
    services = Services.open(folder / "source.db")
    ctx = services.ctx
    ctx.clock = HybridClock(ctx.device, ctx.clock.last, wall=lambda: int(time.time() * 1000) + ahead_ms)
    services.ctx.prefs.user_name = "王芳"
    opp = services.opportunities.add("星河客户有限公司", "项目甲", amount="120万")
    services.activities.add(opp, type="拜访", content="见面")
    path = folder / "plain.pdsnap"
    SyncService(services).export(path)
    services.close()
    return path


def with_row_stamp(table: str, change: Callable[[str], str]) -> Callable[[dict[str, bytes]], None]:
    """A table change that rewrites the first stamp of the first row of ``table``."""

    def apply(tables: dict[str, bytes]) -> None:
        lines, row = first_row(tables, table)
        header = json.loads(lines[0])
        if table == "history":
            at = header["columns"].index("stamp")
            row[at] = change(str(row[at]))
        else:
            at = header["columns"].index("stamps")
            text = str(row[at])  # compact: the row's stamp first, up to its base or the list
            end = min(i for i in (text.find(">"), text.find(";"), len(text)) if i >= 0)
            row[at] = change(text[:end]) + text[end:]
        tables[table] = b"\n".join([lines[0], json.dumps(row).encode(), *lines[2:]])

    return apply


CASES = [
    ("customers", lambda s: s[:13].translate(ARABIC_INDIC) + s[13:], "时间戳无效"),
    ("customers", lambda s: s[:13].translate(FULL_WIDTH) + s[13:], "时间戳无效"),
    ("customers", lambda s: "9999999999999.99999" + s[19:], "时间戳无效"),
    ("history", lambda s: s[:13].translate(ARABIC_INDIC) + s[13:], "时间戳格式错误"),
    ("history", lambda s: "9999999999999.99999.x", "时间戳格式错误"),
]


@pytest.mark.parametrize(
    ("table", "change", "message"),
    CASES,
    ids=[
        "arabic_indic_stamp",
        "full_width_stamp",
        "stamp_beyond_2191",
        "arabic_indic_history",
        "history_9999",
    ],
)
def test_arabic_indic_or_out_of_range_stamp_is_refused_with_exit_4_and_nothing_written(
    table: str, change: Callable[[str], str], message: str, tmp_path: Path
) -> None:
    source = export_from(tmp_path)
    bad = rebuild(source, tmp_path / "bad.pdsnap", with_row_stamp(table, change))
    db_folder = tmp_path / "db"
    db_folder.mkdir()
    cli = Cli(db_folder / "mine.db")
    cli.run("opp", "add", "--customer", "本地客户", "--name", "本地项目")
    cli.run("backup")  # today's backup exists: opening for the import makes no daily one
    before = logical_dump(cli.db), cli.db.read_bytes(), files_under(db_folder)

    proc = cli.run("snapshot", "import", str(bad), check=False)

    assert proc.returncode == 4, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in proc.stderr
    assert (logical_dump(cli.db), cli.db.read_bytes(), files_under(db_folder)) == before


def test_inspect_says_the_senders_clock_is_a_year_ahead_in_text_and_json(tmp_path: Path) -> None:
    source = export_from(tmp_path, ahead_ms=365 * 86_400_000)
    cli = Cli(tmp_path / "mine.db")
    text = cli.run("snapshot", "inspect", str(source)).stdout
    assert "发送方的时钟比本机快 365 天" in text
    info = json.loads(cli.run("snapshot", "inspect", str(source), "--json").stdout)
    assert 365 * 86_400 - 120 <= info["clock_skew_seconds"] <= 365 * 86_400


def test_import_of_a_snapshot_from_a_clock_a_year_ahead_says_it_restamped(tmp_path: Path) -> None:
    source = export_from(tmp_path, ahead_ms=365 * 86_400_000)
    cli = Cli(tmp_path / "mine.db")
    out = cli.run("snapshot", "import", str(source)).stdout
    assert "按本机时间重新记时" in out
    result = json.loads(cli.run("snapshot", "import", str(source), "--recheck", "--json").stdout)
    assert result["from"]["clock_skew_seconds"] >= 364 * 86_400
    assert result["added"] == result["updated"] == 0  # the second time: the same restamps, nothing moves
