"""The translation markers, where the UI has always imported them; they live in projdesk.translatable
so the Qt-free labels module (projdesk.labels) can mark its texts with the same names."""

from __future__ import annotations

from projdesk.translatable import QT_TR_NOOP, QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "QT_TR_NOOP"]
