"""Where the GUI turns the codes of the lower layers into words: projdesk.labels' Chinese
texts, each through Qt's translator, so with English chosen the rules read in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from projdesk import labels
from projdesk.domain.gates import UnmetRule


def _translate(text: str) -> str:
    # lupdate files the QT_TR_NOOP table under the empty context; ContextFreeTranslator finds it.
    return QCoreApplication.translate("Labels", text)


def rule_text(rule: UnmetRule) -> str:
    return labels.rule_text(rule, _translate)


def rule_texts(rules: list[UnmetRule]) -> list[str]:
    return labels.rule_texts(rules, _translate)
