"""Card pictures saved with the start-up cache: the next start paints its first screen of cards
from them, pixel for pixel what the delegate would draw; anything that does not match is unused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from projdesk.demo.generate import generate_demo
from projdesk.storage.services import Services
from projdesk.ui.board.card_pictures import load_pictures, pictures_path
from projdesk.ui.board.delegate import CardDelegate
from projdesk.ui.board.install import install_board
from projdesk.ui.common.runner import Runner
from projdesk.ui.main_window import MainWindow
from projdesk.ui.startup.board_cache import BoardSnapshot, load_cache
from projdesk.ui.startup.launch import Startup


@pytest.fixture
def saved(qtbot, db_path: Path) -> BoardSnapshot:
    """A demo database whose live window was shown and closed: cache and pictures written."""
    services = Services.open(db_path)
    generate_demo(services, count=120, seed=5)
    window = MainWindow(services)
    qtbot.addWidget(window)
    board = install_board(window, services, runner=Runner(window))
    startup = Startup(window, board, services, db_path, runner=Runner(window))
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    startup.finish()
    snapshot = load_cache(db_path)
    assert snapshot is not None and pictures_path(db_path).exists()
    return snapshot


def _cached_window(qtbot, path: Path, snapshot: BoardSnapshot) -> MainWindow:
    window = MainWindow(None, db_path=path)
    qtbot.addWidget(window)
    install_board(window, None, snapshot, runner=Runner(window))
    window.resize(1400, 860)
    return window


def _drawn(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[QImage, int]:
    """The shown board's picture and how many cards the delegate had to draw itself."""
    drawn = []
    real_draw = CardDelegate._draw
    monkeypatch.setattr(CardDelegate, "_draw", lambda self, *a: (drawn.append(1), real_draw(self, *a)))
    window.show()
    qtbot.waitExposed(window)
    image = window.board.grab().toImage()  # type: ignore[attr-defined]
    monkeypatch.setattr(CardDelegate, "_draw", real_draw)
    return image, len(drawn)


def test_the_next_start_paints_its_first_cards_from_the_pictures(qtbot, saved, db_path, monkeypatch):
    plain = _cached_window(qtbot, db_path, saved)
    plain_image, plain_drawn = _drawn(qtbot, plain, monkeypatch)
    plain.close()
    assert plain_drawn > 20  # without pictures every visible card is drawn

    window = _cached_window(qtbot, db_path, saved)
    loaded = load_pictures(db_path, window.board, saved)  # type: ignore[attr-defined]
    assert loaded >= plain_drawn
    image, drawn = _drawn(qtbot, window, monkeypatch)
    assert drawn == 0  # every card on screen came from its picture
    assert image == plain_image  # and looks exactly as if drawn


def test_pictures_of_another_snapshot_or_palette_are_not_used(qtbot, saved, db_path):
    window = _cached_window(qtbot, db_path, saved)
    board = window.board  # type: ignore[attr-defined]
    other = BoardSnapshot(saved.prefs, saved.today, saved.total, saved.choices, saved.stats, saved.cards)
    assert other.token != saved.token
    assert load_pictures(db_path, board, other) == 0

    palette = board.columns[0].view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))  # a dark theme since
    for column in board.columns:
        column.view.setPalette(palette)
    assert load_pictures(db_path, board, saved) == 0


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_damaged_pictures_file_is_ignored(qtbot, saved, db_path, damage):
    path = pictures_path(db_path)
    data = path.read_bytes()
    path.write_bytes(
        {"garbage": b"\x00not pictures" * 50, "truncated": data[: len(data) // 2], "empty": b""}[damage]
    )
    window = _cached_window(qtbot, db_path, saved)
    loaded = load_pictures(db_path, window.board, saved)  # type: ignore[attr-defined]
    if damage == "truncated":
        assert 0 < loaded < 99  # the whole pictures before the cut, nothing after
    else:
        assert loaded == 0
