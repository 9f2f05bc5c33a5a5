"""Which language the UI speaks, and the translator that finds English for every tr() helper."""

from __future__ import annotations

import os

from PySide6.QtCore import QTranslator

from projdesk.storage.preferences import Preferences

ENV_VAR = "PROJDESK_LANG"
PREF_KEY = "language"  # in Preferences.extra; "" = follow the system
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))  # notr: each language names itself


def chosen_language(prefs: Preferences | None = None) -> str | None:
    """PROJDESK_LANG first, then the saved preference; ``None`` means the system's language."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    saved = prefs.extra.get(PREF_KEY) if prefs is not None else None
    return str(saved) if saved else None


class ContextFreeTranslator(QTranslator):
    """Looks a text up in its own context, then in the empty context.

    lupdate files module-level helpers (``tr("…")`` wrapping QCoreApplication.translate with a
    fixed context) and QT_TR_NOOP tables under the empty context, while at run time they are
    translated in a named one; without this fallback they would stay Chinese.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate("", source, disambiguation, n)
        return text or None  # None (a null string) lets Qt fall back to the Chinese source
