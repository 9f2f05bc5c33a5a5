"""GUI tests: offscreen, no modal dialog may block, Qt warnings fail the test (pyproject)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from projdesk.ui.common import dialogs


class DialogScript:
    """Answers the app's questions in order; records what was asked."""

    def __init__(self) -> None:
        self.answers: list[Any] = []
        self.asked: list[tuple[str, str]] = []

    def answer(self, *values: Any) -> None:
        self.answers.extend(values)

    def _next(self, kind: str, text: str, default: Any) -> Any:
        self.asked.append((kind, text))
        return self.answers.pop(0) if self.answers else default


@pytest.fixture(autouse=True)
def scripted_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[DialogScript]:
    """Replace every modal helper; a test that wants an answer scripts it."""
    script = DialogScript()
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda p, t, x: script._next("yes_no", x, False))
    monkeypatch.setattr(dialogs, "inform", lambda p, t, x: script._next("inform", x, None))
    monkeypatch.setattr(dialogs, "warn", lambda p, t, x: script._next("warn", x, None))
    monkeypatch.setattr(dialogs, "show_crash", lambda p, s, d, log: script._next("crash", s, None))
    monkeypatch.setattr(dialogs, "ask_text", lambda p, t, label, text="": script._next("text", label, None))
    monkeypatch.setattr(dialogs, "open_file", lambda p, t, f: script._next("open", t, None))
    monkeypatch.setattr(dialogs, "save_file", lambda p, t, s, f: script._next("save", t, None))

    def run_dialog(dialog: Any) -> int:
        answer = script._next("dialog", type(dialog).__name__, 0)
        return int(answer(dialog)) if callable(answer) else int(answer)

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    yield script


@pytest.fixture(autouse=True)
def no_modal_left_open(qapp: Any) -> Iterator[None]:
    yield
    from PySide6.QtWidgets import QApplication

    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()
        pytest.fail(f"a modal dialog was left open: {type(modal).__name__} {modal.windowTitle()!r}")


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The English interface, as chosen in the settings, for one test."""
    from projdesk.ui.app import install_translations

    translators = install_translations(qapp, "en")
    assert translators, "resources/translations/projdesk_en.qm did not load"
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def shown_board(qtbot: Any, services: Any) -> Any:
    """A board with its own runner, shown at a desktop size and exposed."""
    from projdesk.ui.board.view import BoardWidget
    from projdesk.ui.common.runner import Runner

    widget = BoardWidget(services, runner=Runner())
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot: Any, runner: Any, timeout: int = 10000) -> None:
    """Wait until every write and read queued on ``runner`` has delivered its result."""
    qtbot.waitUntil(lambda: runner.idle, timeout=timeout)
