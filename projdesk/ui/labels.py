"""Where the GUI turns the codes of the lower layers into words: projdesk.labels' Chinese
texts, each through Qt's translator, so with English chosen the rules read in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from projdesk import labels
from projdesk.domain import display
from projdesk.domain.errors import ProjDeskError, RuleRefused
from projdesk.domain.gates import GateRefused

if TYPE_CHECKING:
    from projdesk.deliverables.preflight import Gap, Notice
    from projdesk.domain.gates import UnmetRule
    from projdesk.sync.progress import Progress


def _translate(text: str) -> str:
    # lupdate files the QT_TR_NOOP table under the empty context; ContextFreeTranslator finds it.
    return QCoreApplication.translate("Labels", text)


def term(text: str) -> str:
    """One of the method's terms (a stage name, a step title: projdesk.domain.catalog) translated."""
    return _translate(text)


def amount_text(amount: Decimal | None) -> str:
    """An amount as the GUI shows it everywhere: 143.68 亿, 82.00 万, 8,600 元 (domain.display)."""
    return display.money_short(amount, _translate)


def day_words(day: dt.date | None, today: dt.date | None = None, *, relative: bool = True) -> str:
    """A date in the chosen language's form: 今天, 12月5日, 2025年3月9日 (Today, Dec 5)."""
    return display.day_text(day, today or dt.date.today(), _translate, relative=relative)


def moment_words(at: dt.datetime | None) -> str:
    """A stored moment (UTC) in local time: 12月5日 14:30."""
    return display.moment_text(at, dt.date.today(), _translate)


def chinese_dates() -> bool:
    """Whether dates read in Chinese (the source language) rather than in a translation."""
    pattern = labels.DATE_TEXTS["month_day"]
    return _translate(pattern) == pattern


def rule_text(rule: UnmetRule) -> str:
    return labels.rule_text(rule, _translate)


def rule_texts(rules: list[UnmetRule]) -> list[str]:
    return labels.rule_texts(rules, _translate)


def table_text(table: str) -> str:
    return labels.table_text(table, _translate)


def step_status_text(status: str) -> str:
    return labels.step_status_text(status, _translate)


def risk_level_text(level: str) -> str:
    return labels.risk_level_text(level, _translate)


def risk_status_text(status: str) -> str:
    return labels.risk_status_text(status, _translate)


def change_status_text(status: str) -> str:
    return labels.change_status_text(status, _translate)


def agenda_kind_text(kind: str) -> str:
    return labels.agenda_kind_text(kind, _translate)


def agenda_section_text(section: str) -> str:
    return labels.agenda_section_text(section, _translate)


def conflict_record_text(conflict: labels.ConflictWords) -> str:
    return labels.conflict_record_text(conflict, _translate)


def conflict_field_text(conflict: labels.ConflictWords) -> str:
    return labels.conflict_field_text(conflict, _translate)


def history_field_text(table: str, field: str) -> str:
    return labels.history_field_text(table, field, _translate)


def review_kind_text(kind: str) -> str:
    return labels.review_kind_text(kind, _translate)


def review_outcome_text(outcome: str) -> str:
    return labels.review_outcome_text(outcome, _translate)


def backup_reason_text(reason: str) -> str:
    return labels.backup_reason_text(reason, _translate)


def history_kind_text(kind: str) -> str:
    return labels.history_kind_text(kind, _translate)


def library_part_text(part: str) -> str:
    """A part of the material library (资质, 案例…) in the chosen language."""
    return labels.library_part_text(part, _translate)


def library_field_text(part: str, field: str) -> str:
    return labels.library_field_text(part, field, _translate)


def gap_label(gap: Gap) -> str:
    """What a document lacks (pre-flight), in the chosen language."""
    return gap.label_text(_translate)


def gap_where(gap: Gap) -> str:
    """Where a gap is filled, in the chosen language."""
    return gap.where_text(_translate)


def notice_text(notice: Notice) -> str:
    return notice.text(_translate)


def progress_in_words(report: Callable[[int, int, str], None]) -> Progress:
    """The sync's progress (counts and codes) passed on to the runner's report as words."""

    def in_words(done: int, total: int, stage: str, table: str) -> None:
        report(done, total, labels.progress_text(stage, table, _translate))

    return in_words


def clock_note(seconds: int) -> str:
    """What a preview says about the sender's clock running ``seconds`` ahead ("" when fine)."""
    from projdesk.sync.skew import skew_note

    note = skew_note(seconds)
    return labels.note_text(*note, _translate) if note is not None else ""


def error_text(exc: BaseException | str) -> str:
    """One readable block: the message, then each reason on its own line; a refusal by the
    method's rules in the chosen language."""
    if isinstance(exc, GateRefused):
        head = labels.refusal_text(exc.code, exc.params, _translate)
        return "\n".join([head, *(f"• {r}" for r in rule_texts(exc.rules))])
    if isinstance(exc, RuleRefused):
        head = labels.error_text(exc.code, exc.params, _translate) if exc.code else ProjDeskError.__str__(exc)
        return "\n".join([head, *(f"• {r}" for r in exc.reasons)])
    if isinstance(exc, ProjDeskError) and exc.code:
        return labels.error_text(exc.code, exc.params, _translate)
    return str(exc)
