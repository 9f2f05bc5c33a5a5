"""What the snapshot progress dialog says while exporting and importing: tables in words."""

from __future__ import annotations

import datetime as dt
import re

from projdesk.demo.generate import generate_demo
from projdesk.ui.labels import progress_in_words
from tests.unit.snapshot_helpers import new_device, template_db

IDENTIFIER = re.compile(r"[a-z_]{4,}")


def test_snapshot_progress_names_every_table_in_words(tmp_path) -> None:
    a, sync_a = new_device(tmp_path / "a", "a", "张伟", template_db())
    b, sync_b = new_device(tmp_path / "b", "b", "李娜", template_db())
    try:
        generate_demo(a, 5, seed=2, today=dt.date.today())
        said: list[str] = []
        report = progress_in_words(lambda _done, _total, text: said.append(text))
        sync_a.export(tmp_path / "a.pdsnap", progress=report)
        sync_b.import_snapshot(tmp_path / "a.pdsnap", progress=report)
    finally:
        a.close()
        b.close()
    assert said and not [text for text in said if IDENTIFIER.search(text)]
    assert {"导出 步骤", "导出 日志", "检查 步骤", "合并 日志", "写入 步骤"} <= set(said)
