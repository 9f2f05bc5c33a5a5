"""The import preview says when the sender's clock runs ahead, and by how much."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from projdesk.domain.clock import HybridClock
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService
from projdesk.ui.pages.sync import PreviewDialog


def snapshot_from_a_clock_ahead(tmp_path: Path, ahead_ms: int) -> Path:
    colleague = Services.open(tmp_path / "colleague.db")
    ctx = colleague.ctx
    ctx.clock = HybridClock(ctx.device, ctx.clock.last, wall=lambda: int(time.time() * 1000) + ahead_ms)
    colleague.opportunities.add("华东电力有限公司", "调度系统")
    path = tmp_path / "ahead.pdsnap"
    SyncService(colleague).export(path)
    colleague.close()
    return path


def test_import_preview_says_the_senders_clock_is_two_days_ahead(qtbot: Any, tmp_path: Path) -> None:
    path = snapshot_from_a_clock_ahead(tmp_path, 2 * 86_400_000)
    services = Services.open(tmp_path / "mine.db")
    try:
        dialog = PreviewDialog(SyncService(services).inspect(path))
        qtbot.addWidget(dialog)
        assert "发送方的时钟比本机快 2 天" in dialog.summary.text()
    finally:
        services.close()


def test_import_preview_of_a_sender_with_a_right_clock_says_nothing_about_clocks(
    qtbot: Any, tmp_path: Path
) -> None:
    path = snapshot_from_a_clock_ahead(tmp_path, 0)
    services = Services.open(tmp_path / "mine.db")
    try:
        dialog = PreviewDialog(SyncService(services).inspect(path))
        qtbot.addWidget(dialog)
        assert "时钟" not in dialog.summary.text()
    finally:
        services.close()
