"""Every modal question the app asks goes through these functions.

Tests replace them (see tests/ui/conftest.py) so that no test ever blocks on a modal dialog;
the app itself calls them as ``dialogs.ask_yes_no(...)`` (module attribute, so a test can
replace it), never the static QMessageBox/QFileDialog helpers directly.

The dialog classes are imported on first use: making their Python types (and enums) is a few
milliseconds the board's first paint does without.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QDialog, QWidget


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def run_dialog(dialog: QDialog) -> int:
    """Show a custom modal dialog; tests replace this to answer it without blocking."""
    return dialog.exec()


def show_crash(parent: QWidget | None, summary: str, details: str, log: Path | None) -> None:
    """The unexpected-error dialog (projdesk.ui.crash); tests replace this to see what reached it."""
    from projdesk.ui.crash_dialog import CrashDialog

    run_dialog(CrashDialog(parent, summary, details, log))
