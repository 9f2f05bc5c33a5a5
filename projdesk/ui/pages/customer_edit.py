"""编辑客户 and 合并客户 on the customers page, through the one runner.

Editing uses the same RecordDialog as the workspace's records, checked in place with the
service's parser; merging moves the other customer's contacts and opportunities into this one
(the merge travels in snapshots, see projdesk.sync.duplicates).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from projdesk.domain.changes import CUSTOMER, OPPORTUNITY, Changes
from projdesk.storage.services import Services
from projdesk.storage.services.people import parse_customer_changes
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import tr
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.record_dialog import FormField, RecordDialog

YES_NO = {"是": QT_TR_NOOP("是"), "否": QT_TR_NOOP("否")}
CUSTOMER_FORM = (
    FormField("name", QT_TR_NOOP("客户名称")),
    FormField("credit_code", QT_TR_NOOP("统一社会信用代码")),
    FormField("industry", QT_TR_NOOP("行业")),
    FormField("region", QT_TR_NOOP("地区")),
    FormField("address", QT_TR_NOOP("地址")),
    FormField("listed", QT_TR_NOOP("上市公司"), choices=YES_NO),
    FormField("industry_key", QT_TR_NOOP("行业重点"), choices=YES_NO),
    FormField("regional_influence", QT_TR_NOOP("地区有影响力"), choices=YES_NO),
    FormField("notes", QT_TR_NOOP("备注")),
)


class CustomerEditor(QObject):
    saved = Signal(str)  # the customer id shown after the write (the kept one after a merge)
    failed = Signal(str)

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.parent_widget = parent

    def edit(self, customer_id: str) -> None:
        c = self.services.people.customer(customer_id)
        values = {
            "name": c.name,
            "credit_code": c.credit_code or "",
            "industry": c.industry,
            "region": c.region,
            "address": c.address,
            "notes": c.notes,
            **{
                flag: "是" if getattr(c, flag) else "否"
                for flag in ("listed", "industry_key", "regional_influence")
            },
        }
        dialog = RecordDialog(
            tr("编辑客户"), CUSTOMER_FORM, values, parse_customer_changes, self.parent_widget
        )
        accepted = dialogs.run_dialog(dialog)
        changes = dialog.changes()
        dialog.deleteLater()
        if accepted and changes:
            self._write(
                tr("保存客户"),
                lambda: self.services.people.update_customer(customer_id, changes),
                customer_id,
            )

    def merge_into(self, keep_id: str) -> None:
        """Ask which other customer to merge into ``keep_id``, then merge."""
        keep = self.services.people.customer(keep_id)
        others = {c.id: c.name for c in self.services.people.customers() if c.id != keep_id}
        if not others:
            self.failed.emit(tr("没有别的客户可以合并"))
            return
        form = (FormField("other", QT_TR_NOOP("并入的客户"), choices=others),)
        first = next(iter(others))
        dialog = RecordDialog(
            tr("合并到“%s”") % keep.name, form, {"other": first}, lambda _c: None, self.parent_widget
        )
        accepted = dialogs.run_dialog(dialog)
        other = dialog.value("other")
        dialog.deleteLater()
        if not accepted or other not in others:
            return
        question = tr("把“%s”的联系人和商机并入“%s”，并删除“%s”？") % (
            others[other],
            keep.name,
            others[other],
        )
        if not dialogs.ask_yes_no(self.parent_widget, tr("合并客户"), question):
            return
        from projdesk.sync.service import SyncService

        sync = SyncService(self.services)
        self._write(tr("合并客户"), lambda: sync.merge_customers(keep_id, other), keep_id)

    def _write(self, title: str, work: Callable[[], Any], customer_id: str) -> None:
        self.runner.write(
            title,
            lambda _progress, _cancel: work(),
            lambda _result: self.saved.emit(customer_id),
            self._failed,
            changes=lambda _result: Changes.all_of(CUSTOMER, OPPORTUNITY),  # names on every card may change
        )

    def _failed(self, error: BaseException) -> None:
        from projdesk.ui.crash import failure_text

        text = failure_text(error)
        if text is not None:
            self.failed.emit(text)
