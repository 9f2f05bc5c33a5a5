"""Markers that list a text for lupdate and return it unchanged, typed ``str -> str``.

PySide's stubs type its QT_TR_NOOP and QT_TRANSLATE_NOOP ``object -> object``, so every table
built with them would lose ``str``. lupdate finds the markers by their name, wherever they
are imported from; tr() translates the text where it is shown.
"""

from __future__ import annotations


def QT_TR_NOOP(message: str) -> str:
    """The text, listed under the empty context (see language.ContextFreeTranslator)."""
    return message


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:
    """The text, listed under ``context``; translate it there with QCoreApplication.translate."""
    return message
