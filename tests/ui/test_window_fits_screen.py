"""The main window fits the laptop screen it is on (issue 16): it opens inside the available
area and stays there when an opportunity opens, at 1024×700 and 1366×768 at 100 % and at
1600×1000 at 150 %, in Chinese and in English; its place is remembered per screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings

from projdesk.ui.board.delegate import READABLE_CHARS
from projdesk.ui.main_window import MainWindow
from projdesk.ui.window_fit import first_frame, fit_inside, screen_key, settings_path

ROOT = Path(__file__).resolve().parents[2]


def _probe(tmp_path: Path, width: int, height: int, scale: float) -> list[dict[str, object]]:
    """The whole app on an offscreen screen of ``width``×``height`` device pixels at ``scale``
    (tests/ui/window_fit_probe.py), one reading per language."""
    config = tmp_path / "screen.json"
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.window_fit_probe", str(tmp_path / "fit.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    readings = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [r["language"] for r in readings] == ["zh", "en"]
    return readings


def _inside(rect: object, available: object) -> bool:
    x, y, w, h = rect  # type: ignore[misc]
    ax, ay, aw, ah = available  # type: ignore[misc]
    return bool(ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah)


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1024, 700, 1.0), (1366, 768, 1.0), (1600, 1000, 1.5)],
    ids=["1024x700", "1366x768", "1600x1000-at-150"],
)
def test_after_opening_a_workspace_the_window_lies_inside_the_screen_in_both_languages(
    tmp_path, width, height, scale
):
    for reading in _probe(tmp_path, width, height, scale):
        assert _inside(reading["board"], reading["available"]), reading
        assert _inside(reading["workspace"], reading["available"]), reading
        # The header's buttons are whole and inside the workspace (they ran past it at 1366×768).
        assert reading["buttons_cut"] == [], reading
        assert int(reading["card_chars"]) >= READABLE_CHARS, reading  # type: ignore[call-overload]
        assert int(reading["header_right"]) < int(reading["header_width"]), reading  # type: ignore[call-overload]


def test_a_frame_larger_than_the_screen_is_shrunk_and_moved_inside():
    available = QRect(0, 0, 1024, 668)
    assert fit_inside(QRect(-40, 100, 1211, 884), available) == QRect(0, 0, 1024, 668)
    assert fit_inside(QRect(500, 300, 800, 500), available) == QRect(224, 168, 800, 500)
    first = first_frame(available)
    assert available.contains(first) and first.width() < available.width()


def test_the_window_opens_where_it_was_left_on_the_same_screen(qtbot, services):
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    window.setGeometry(available.x() + 30, available.y() + 40, 500, 400)
    left = window.frameGeometry()
    window.close()  # saves the place
    again = MainWindow(services.db.path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.frameGeometry() == left
    settings = QSettings(str(settings_path(services.db.path)), QSettings.Format.IniFormat)
    assert settings.value(f"{screen_key(again.screen())}/width") is not None  # kept per screen


def test_a_remembered_place_that_no_longer_fits_the_screen_is_not_restored(qtbot, services):
    probe = MainWindow(services.db.path)
    qtbot.addWidget(probe)
    key = screen_key(probe.screen())
    available = probe.screen().availableGeometry()
    settings = QSettings(str(settings_path(services.db.path)), QSettings.Format.IniFormat)
    for name, value in (("x", 0), ("y", 0), ("width", available.width() + 600), ("height", 2000)):
        settings.setValue(f"{key}/{name}", value)  # saved on a larger monitor, say
    settings.sync()
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert available.contains(window.frameGeometry())


def test_a_window_that_grows_past_the_screen_is_pulled_back_inside(qtbot, services):
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    window.resize(available.width() + 400, available.height() + 300)  # as a page's layout would ask
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()))


def test_a_smaller_free_area_of_the_screen_pulls_the_window_back_inside(qtbot, services, monkeypatch):
    """As when a taskbar appears or the office monitor is unplugged."""
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    smaller = QRect(0, 0, 700, 500)  # less than the test screen, more than the window's minimum
    monkeypatch.setattr(window.fitter, "available", lambda: smaller)
    window.fitter._screen_changed(window.screen())  # what the screen's signals call
    qtbot.waitUntil(lambda: smaller.contains(window.frameGeometry()))
