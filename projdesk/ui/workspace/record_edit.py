"""Edit and delete an opportunity's records from its tabs: quote rounds and lines, payment
milestones, reviews, the contract and the documents list.

A tab asks (``record_requested``: action, kind, id); this answers with a RecordDialog (edit) or a
question (delete), then writes through the one runner. Every write files its history lines on
the opportunity, so Ctrl+Z in the workspace undoes it like any other change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from projdesk import labels
from projdesk.domain.changes import OPPORTUNITY, Changes
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.storage.services.commercial import (
    QUOTE_FIELDS,
    parse_payment_changes,
    parse_quote_changes,
    parse_quote_line,
    parse_review_changes,
)
from projdesk.storage.services.documents import parse_document_changes
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import tr
from projdesk.ui.labels import review_kind_text
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.record_dialog import FormField, RecordDialog

QUOTE_LINE_FORM = (
    FormField("item", QT_TR_NOOP("品名")),
    FormField("brand", QT_TR_NOOP("品牌")),
    FormField("model", QT_TR_NOOP("型号")),
    FormField("quantity", QT_TR_NOOP("数量")),
    FormField("unit", QT_TR_NOOP("单位")),
    FormField("unit_price", QT_TR_NOOP("单价（元）"), placeholder=QT_TR_NOOP("如 56000 或 5.6万")),
)
QUOTE_FORM = (
    FormField("date", QT_TR_NOOP("报价日期"), date=True),
    FormField("note", QT_TR_NOOP("本轮说明")),
)
PAYMENT_FORM = (
    FormField("milestone", QT_TR_NOOP("付款节点")),
    FormField("amount", QT_TR_NOOP("应收金额（元）")),
    FormField("due_date", QT_TR_NOOP("应收日期"), date=True),
    FormField("received_amount", QT_TR_NOOP("到账金额（元）")),
    FormField("received_date", QT_TR_NOOP("到账日期"), date=True),
)
DOCUMENT_FORM = (FormField("note", QT_TR_NOOP("说明（如：已发客户、客户意见）")),)
REVIEW_FORM = (
    FormField("kind", QT_TR_NOOP("类型"), choices=labels.REVIEW_KIND_TEXTS),
    FormField("outcome", QT_TR_NOOP("结论"), choices=labels.REVIEW_OUTCOME_TEXTS),
    FormField("reviewer", QT_TR_NOOP("评审人")),
    FormField("submitted", QT_TR_NOOP("提交日期"), date=True),
    FormField("comments", QT_TR_NOOP("意见")),
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}" if value == value.to_integral() else format(value, "f")
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _values(record: Any, form: tuple[FormField, ...]) -> dict[str, str]:
    return {f.key: _text(getattr(record, f.key)) for f in form}


@dataclass(frozen=True)
class _Kind:
    """How one kind of record is shown in the form, checked, saved and deleted."""

    title: str
    form: tuple[FormField, ...]
    check: Callable[[dict[str, str]], Any]


KINDS: dict[str, _Kind] = {
    "quote_line": _Kind(
        QT_TR_NOOP("修改报价行"), QUOTE_LINE_FORM, lambda c: parse_quote_line(1, c, partial=True)
    ),
    "quote": _Kind(QT_TR_NOOP("修改这一轮报价"), QUOTE_FORM, parse_quote_changes),
    "payment": _Kind(QT_TR_NOOP("修改付款节点"), PAYMENT_FORM, parse_payment_changes),
    "review": _Kind(QT_TR_NOOP("修改评审"), REVIEW_FORM, parse_review_changes),
    "document": _Kind(QT_TR_NOOP("修改文档说明"), DOCUMENT_FORM, parse_document_changes),
}
assert set(QUOTE_FIELDS) == {f.key for f in QUOTE_FORM}

DELETE_QUESTIONS = {
    "quote_line": QT_TR_NOOP("删除报价行“%s”？"),
    "quote": QT_TR_NOOP("删除%s及其各行？"),
    "payment": QT_TR_NOOP("删除付款节点“%s”？"),
    "review": QT_TR_NOOP("删除这次评审（%s）？"),
    "contract": QT_TR_NOOP("删除合同%s？付款节点保留。"),
    "document": QT_TR_NOOP("从文档列表删除“%s”？文件本身不删除。"),
}


class RecordEditor(QObject):
    """The edit and delete actions of the workspace tabs; ``saved`` after each write."""

    saved = Signal(str, str)  # opportunity id, the line to show ("已保存" …)
    failed = Signal(str)  # the one line of a refused write

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.parent_widget = parent

    def handle(self, opp_id: str, action: str, kind: str, record_id: str) -> None:
        if action == "add_line":
            self.add_line(opp_id, record_id)
        elif action == "edit":
            self.edit(opp_id, kind, record_id)
        else:
            self.delete(opp_id, kind, record_id)

    def add_line(self, opp_id: str, quote_id: str) -> None:
        """A new line on an existing round (all of a line's values are then required)."""
        dialog = RecordDialog(
            tr("给这一轮加一行"),
            QUOTE_LINE_FORM,
            {},
            lambda c: parse_quote_line(1, c),
            self.parent_widget,
        )
        accepted = dialogs.run_dialog(dialog)
        values = dialog.changes()
        dialog.deleteLater()
        if accepted and values:
            self._write(
                opp_id,
                tr("给这一轮加一行"),
                lambda: self.services.commercial.add_quote_line(quote_id, values),
                tr("已保存"),
            )

    # -- edit ----------------------------------------------------------------------------

    def edit(self, opp_id: str, kind: str, record_id: str) -> None:
        spec = KINDS[kind]
        record = self._record(opp_id, kind, record_id)
        dialog = RecordDialog(
            tr(spec.title), spec.form, _values(record, spec.form), spec.check, self.parent_widget
        )
        accepted = dialogs.run_dialog(dialog)
        changes = dialog.changes()
        dialog.deleteLater()
        if not accepted or not changes:
            return
        commercial = self.services.commercial
        save: dict[str, Callable[[], Any]] = {
            "quote_line": lambda: commercial.update_quote_line(record_id, changes),
            "quote": lambda: commercial.update_quote(record_id, changes),
            "payment": lambda: commercial.update_payment(record_id, changes),
            "review": lambda: commercial.update_review(record_id, changes),
            "document": lambda: self.services.documents.update(record_id, changes),
        }
        self._write(opp_id, tr(spec.title), save[kind], tr("已保存"))

    def _record(self, opp_id: str, kind: str, record_id: str) -> Any:
        detail = self.services.opportunities.detail(opp_id)
        by_kind: dict[str, list[Any]] = {
            "quote_line": [line for q in detail.quotes for line in q.lines],
            "quote": list(detail.quotes),
            "payment": list(detail.payments),
            "review": list(detail.reviews),
            "document": list(detail.documents),
            "contract": [detail.contract] if detail.contract else [],
        }
        candidates = by_kind[kind]
        return next(r for r in candidates if r.id == record_id)

    # -- delete --------------------------------------------------------------------------

    def delete(self, opp_id: str, kind: str, record_id: str) -> None:
        record = self._record(opp_id, kind, record_id)
        question = tr(DELETE_QUESTIONS[kind]) % _describe(kind, record)
        if not dialogs.ask_yes_no(self.parent_widget, tr("删除"), question + tr("（可按 Ctrl+Z 撤销）")):
            return
        commercial = self.services.commercial
        work: dict[str, Callable[[], Any]] = {
            "quote_line": lambda: commercial.delete_quote_line(record_id),
            "quote": lambda: commercial.delete_quote(record_id),
            "payment": lambda: commercial.delete_payment(record_id),
            "review": lambda: commercial.delete_review(record_id),
            "contract": lambda: commercial.delete_contract(opp_id),
            "document": lambda: self.services.documents.delete(record_id),
        }
        self._write(opp_id, tr("删除"), work[kind], tr("已删除（Ctrl+Z 撤销）"))

    def _write(self, opp_id: str, title: str, work: Callable[[], Any], done: str) -> None:
        self.runner.write(
            title,
            lambda _progress, _cancel: work(),
            lambda _result: self.saved.emit(opp_id, done),
            self._failed,
            changes=lambda _result: Changes.of(OPPORTUNITY, [opp_id]),
        )

    def _failed(self, error: BaseException) -> None:
        from projdesk.ui.crash import failure_text

        text = failure_text(error)
        if text is not None:
            self.failed.emit(text)


def _describe(kind: str, record: Any) -> str:
    if kind == "quote_line":
        return str(record.item)
    if kind == "quote":
        return tr("第 %d 轮报价") % int(record.round)
    if kind == "payment":
        return str(record.milestone)
    if kind == "review":
        return review_kind_text(str(record.kind))
    if kind == "contract":
        return f" {record.number}" if record.number else ""
    assert isinstance(record, dto.DocumentView)
    return f"{record.kind} v{record.version}"
