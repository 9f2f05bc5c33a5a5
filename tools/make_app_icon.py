"""Render the application icon (projdesk/resources/icons/projdesk.svg) into packaging/projdesk.ico,
the icon the PyInstaller build gives projdesk.exe (Windows wants .ico, not SVG).

    QT_QPA_PLATFORM=offscreen python tools/make_app_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "projdesk" / "resources" / "icons" / "projdesk.svg"
ICO = ROOT / "packaging" / "projdesk.ico"
SIZE = 256  # Windows scales it down for the taskbar and Explorer


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    if not image.save(str(ICO), "ICO"):
        print(f"could not write {ICO}", file=sys.stderr)
        return 1
    print(ICO)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
