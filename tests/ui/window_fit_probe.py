"""Run by tests/ui/test_window_fits_screen.py in a subprocess on an offscreen screen of a given
size (and QT_SCALE_FACTOR): builds the whole app on a demo database, opens the workspace of
the opportunity with the longest customer and project names, in Chinese then in English, and
prints one JSON line per language with the window's frame and the screen's available area."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(db: Path) -> int:
    app = QApplication(sys.argv[:1])
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services
    from projdesk.ui.app import build_app, install_translations
    from tests.ui.test_cards_readable import chars_shown

    services = Services.open(db)
    generate_demo(services, count=60, seed=1)
    longest = max(services.opportunities.list(), key=lambda s: len(s.customer + s.name))
    for language in ("zh", "en"):
        translators = install_translations(app, language)
        parts = build_app(services)
        window = parts.window
        window.show()
        for _ in range(30):
            app.processEvents()
        board_frame = window.frameGeometry()
        # Characters of customer and project the first card of each column shows (at 150 %
        # the logical widths are those of 100 %: the cards must stay as readable).
        shown = [chars_shown(parts.board, c.spec.number) for c in parts.board.columns if c.model.rowCount()]
        parts.workspace.open(longest.id)
        for _ in range(30):
            app.processEvents()
        frame, available = window.frameGeometry(), window.screen().availableGeometry()
        workspace = parts.workspace.workspace
        rect = lambda r: [r.x(), r.y(), r.width(), r.height()]  # noqa: E731
        print(
            json.dumps(
                {
                    "language": language,
                    "board": rect(board_frame),
                    "workspace": rect(frame),
                    "available": rect(available),
                    "card_chars": min(min(pair) for pair in shown),
                    "header_right": workspace.close_button.geometry().right(),
                    "header_width": workspace.width(),
                    "buttons_cut": [
                        b.text()
                        for b in (
                            workspace.back_button,
                            workspace.advance_button,
                            workspace.edit_button,
                            workspace.delete_button,
                            workspace.close_button,
                        )
                        if b.width() < b.sizeHint().width()
                    ],
                }
            ),
            flush=True,
        )
        window.close()
        window.deleteLater()
        app.processEvents()
        for translator in translators:
            app.removeTranslator(translator)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
