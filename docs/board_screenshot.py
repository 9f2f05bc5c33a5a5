"""Regenerate the board screenshots: the main window on 300 demo opportunities, on an offscreen 1700×1000 screen.

    python docs/board_screenshot.py            # docs/board.png (Chinese)
    python docs/board_screenshot.py --en       # docs/board-en.png (English)
    python docs/board_screenshot.py --en DIR   # also the other pages, a workspace, the settings

The extra pages are for looking at clipped labels; they are not part of the docs.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from projdesk.demo.generate import generate_demo
from projdesk.storage.services import Services
from projdesk.ui.app import build_app, install_translations


def _settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def main(out: Path, language: str, extra: Path | None) -> int:
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a screen the 1600×900 window fits in
        screen = Path(tempfile.mkdtemp()) / "screen.json"
        screen.write_text(
            '{"screens": [{"name": "Docs", "x": 0, "y": 0, "width": 1700, "height": 1000,'
            ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
        )
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    app = QApplication(sys.argv[:1])
    install_translations(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "demo.db")
        services.prefs.user_name = "张伟"
        generate_demo(services, count=300, seed=1)
        parts = build_app(services)
        window, board = parts.window, parts.board
        window.resize(1600, 900)
        window.show()
        first = board.models[1].ids()[0]
        board.select(first)
        _settle(app)
        window.grab().save(str(out))
        if extra is not None:
            extra.mkdir(parents=True, exist_ok=True)
            for key in ("customers", "activities", "reports", "sync"):
                window.show_page(key)
                _settle(app)
                window.grab().save(str(extra / f"{key}.png"))
            board.open_requested.emit(first)
            _settle(app)
            window.grab().save(str(extra / "workspace.png"))
            from projdesk.ui.settings_dialog import SettingsDialog

            dialog: QWidget = SettingsDialog(services, window)
            dialog.show()
            _settle(app)
            dialog.grab().save(str(extra / "settings.png"))
            dialog.close()
        window.close()
        services.close()
    print(out)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    english = "--en" in args
    rest = [a for a in args if a != "--en"]
    name = "board-en.png" if english else "board.png"
    sys.exit(
        main(Path(__file__).with_name(name), "en" if english else "zh_CN", Path(rest[0]) if rest else None)
    )
