"""The laptop screenshots (issue 16): the whole screen of a real X server, so the window is seen
inside it. Run under Xvfb at the screen size to show, e.g.

    Xvfb :11 -screen 0 1366x768x24 &
    DISPLAY=:11 python docs/laptop_screenshots.py docs/screenshots   # board, workspace, agenda .png
    DISPLAY=:11 QT_SCALE_FACTOR=1.5 python docs/laptop_screenshots.py --en /tmp/shots

It builds 300 demo opportunities in a temporary database, shows the board, then opens the open
deal (stages 3–6) with the longest customer and project names, and takes each picture with
ImageMagick's ``import -window root``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from projdesk.demo.generate import generate_demo
from projdesk.storage.services import Services
from projdesk.ui.app import build_app, install_translations


def main(args: list[str]) -> int:
    english = "--en" in args
    out = Path(next(a for a in args if not a.startswith("--")))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translations(app, "en" if english else "zh_CN")
    services = Services.open(Path(tempfile.mkdtemp()) / "shots.db")
    generate_demo(services, count=300, seed=1)
    # As a salesperson of the demo sees it (the 日程 shows their own items): 张伟 owns a share.
    services.ctx.save_preferences(replace(services.prefs, user_name="张伟"))
    parts = build_app(services)
    parts.window.show()
    cards = sorted(parts.board.store.cards(), key=lambda c: -len(c.customer + c.name))
    deal = next(c for c in cards if c.status == "open" and 3 <= c.stage <= 6)

    def shot(name: str) -> None:
        app.processEvents()
        subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True)

    QTimer.singleShot(3500, lambda: shot("board"))
    QTimer.singleShot(4000, lambda: parts.workspace.open(deal.id))
    QTimer.singleShot(6500, lambda: shot("workspace"))
    QTimer.singleShot(7000, parts.workspace.back)
    QTimer.singleShot(7500, lambda: parts.window.show_page("agenda"))
    QTimer.singleShot(9000, lambda: shot("agenda"))
    QTimer.singleShot(10500, app.quit)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
