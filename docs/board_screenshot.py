"""Regenerate docs/board.png: the main window on 300 demo opportunities, 1600×900, offscreen.

    QT_QPA_PLATFORM=offscreen python docs/board_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from projdesk.storage.demo import generate_demo
from projdesk.storage.services import Services
from projdesk.ui.app import build_main_window, install_translations


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    install_translations(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "demo.db")
        services.prefs.user_name = "张伟"
        generate_demo(services, count=300, seed=1)
        window = build_main_window(services)
        window.resize(1600, 900)
        window.show()
        board = window.board  # type: ignore[attr-defined]
        first = board.models[1].ids()[0]
        board.select(first)
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(out))
        window.close()
        services.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(__file__).with_name("board.png")))
