"""Where the GUI turns the codes of the lower layers into words: projdesk.labels' Chinese
texts, each through Qt's translator, so with English chosen the rules read in English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from projdesk import labels

if TYPE_CHECKING:
    from projdesk.domain.gates import UnmetRule


def _translate(text: str) -> str:
    # lupdate files the QT_TR_NOOP table under the empty context; ContextFreeTranslator finds it.
    return QCoreApplication.translate("Labels", text)


def rule_text(rule: UnmetRule) -> str:
    return labels.rule_text(rule, _translate)


def rule_texts(rules: list[UnmetRule]) -> list[str]:
    return labels.rule_texts(rules, _translate)


def table_text(table: str) -> str:
    return labels.table_text(table, _translate)


def step_status_text(status: str) -> str:
    return labels.step_status_text(status, _translate)


def conflict_record_text(conflict: labels.ConflictWords) -> str:
    return labels.conflict_record_text(conflict, _translate)


def conflict_field_text(conflict: labels.ConflictWords) -> str:
    return labels.conflict_field_text(conflict, _translate)


def history_field_text(table: str, field: str) -> str:
    return labels.history_field_text(table, field, _translate)


def history_kind_text(kind: str) -> str:
    return labels.history_kind_text(kind, _translate)
