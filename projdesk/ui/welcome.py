"""The first start: who the user is, their company, and a demo or an empty start.

Until someone names themselves, every deal, log and signature would be the OS login ("root"),
and the weekly report (the user's own deals) would be empty. The welcome asks once, prefilled
from the system; the name goes to the preferences, the company to the library's company
profile (the one place documents read it from, as 设置 › 我方公司名称 does).
"""

from __future__ import annotations

import copy
import getpass
import os
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.changes import ACTIVITY, CUSTOMER, OPPORTUNITY, Changes
from projdesk.domain.errors import ProjDeskError
from projdesk.storage.preferences import Preferences
from projdesk.storage.setting_keys import parse_user_name
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import InlineMessage, em

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from projdesk.storage.services import Services

WELCOMED_KEY = "welcomed"  # Preferences.extra: the welcome was answered (or put off) once
DEMO_COUNT = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("WelcomeDialog", text)


def system_user_name() -> str:
    """The OS account's full name (the GECOS field's first part) if it has one, else the login."""
    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):  # Windows has no pwd; an account without an entry
        full = ""
    if full:
        return full
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def needs_welcome(prefs: Preferences) -> bool:
    """No one has named the user yet: the name is still the default (the login) and the welcome
    was never answered. A name set in 设置 or with ``projdesk config`` counts as answered."""
    return not prefs.extra.get(WELCOMED_KEY) and prefs.user_name == Preferences().user_name


class WelcomeDialog(QDialog):
    """Name, company, and (on an empty database) 演示数据 or 空白开始. 开始 is the default button:
    Enter starts once the name is filled in."""

    def __init__(self, name: str, company: str, offer_demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer_demo = offer_demo
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("欢迎使用 ProjDesk"))
        intro = QLabel(
            self.tr(
                "先告诉 ProjDesk 你是谁：日志、历史记录和文档的署名，以及周报里的“我的商机”都用这个姓名。"
            )
        )
        intro.setWordWrap(True)
        self.user_name = QLineEdit(name)
        self.user_name.setObjectName("welcomeName")
        self.company = QLineEdit(company)
        self.company.setObjectName("welcomeCompany")
        self.company.setPlaceholderText(self.tr("投标书、合同中的我方名称，可以以后在“设置”中填写"))
        form = QFormLayout()
        form.addRow(self.tr("我的姓名"), self.user_name)
        form.addRow(self.tr("我方公司名称"), self.company)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.demo = QRadioButton(
            self.tr("演示数据：%1 个虚构商机，先看看每一步怎么走").replace("%1", str(DEMO_COUNT))
        )
        self.demo.setObjectName("welcomeDemo")
        self.empty = QRadioButton(self.tr("空白开始：从我自己的第一个商机开始"))
        self.empty.setObjectName("welcomeEmpty")
        self.empty.setChecked(True)
        if offer_demo:
            layout.addWidget(self.demo)
            layout.addWidget(self.empty)
        else:
            self.demo.hide()
            self.empty.hide()
        self.message = InlineMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.start = buttons.addButton(self.tr("开始"), QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(self.tr("以后再说"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        self.start.setDefault(True)  # Enter starts; a default on 以后再说 would swallow it
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(em(self, 28))

    def wants_demo(self) -> bool:
        return self.offer_demo and self.demo.isChecked()

    def chosen_name(self) -> str:
        return parse_user_name(self.user_name.text())

    def _start(self) -> None:
        try:
            self.chosen_name()
        except ProjDeskError as exc:
            self.message.error(exc)
            self.user_name.setFocus()
            return
        self.accept()


def offer_welcome(
    services: Services,
    runner: Runner,
    window: QMainWindow,
    on_done: Callable[[], None] | None = None,
    demo_count: int = DEMO_COUNT,
) -> bool:
    """Ask on the first start (see needs_welcome); the answer is stored on the one runner, with
    the demo when chosen, then ``on_done`` (what shows the user's name reads it again). False
    when nothing was asked."""
    if not needs_welcome(services.prefs):
        return False
    library = services.library.load()
    offer_demo = not services.opportunities.list(include_closed=True)
    dialog = WelcomeDialog(system_user_name(), library.company.name, offer_demo, window)
    answered = bool(dialogs.run_dialog(dialog))
    name = company = ""
    demo = False
    if answered:
        name, company, demo = dialog.chosen_name(), dialog.company.text().strip(), dialog.wants_demo()
    dialog.deleteLater()

    demo_title = tr("正在生成演示数据…")

    def work(progress: Progress, _cancel: threading.Event) -> None:
        # The preferences as they are when the write runs (a write queued before may have saved some).
        prefs = copy.deepcopy(services.prefs)
        prefs.extra[WELCOMED_KEY] = True  # answered or put off: not asked again (设置 holds the same fields)
        if name:
            prefs.user_name = name
        services.ctx.save_preferences(prefs)
        if company:
            stored = services.library.load()
            services.library.save(replace(stored, company=replace(stored.company, name=company)))
        if demo:
            from projdesk.demo.generate import generate_demo

            progress(0, 1, demo_title)
            generate_demo(services, count=demo_count, seed=1, me=name)

    def done(_result: None) -> None:
        if on_done is not None:
            on_done()
        if answered:
            window.statusBar().showMessage(tr("欢迎，%1").replace("%1", name), 8000)

    # The demo's rows go in by bulk insert, past the writer: every view reloads what it shows.
    everything = Changes.all_of(OPPORTUNITY, CUSTOMER, ACTIVITY) if demo else Changes()
    runner.write(tr("正在保存…"), work, done, changes=lambda _r: everything)
    return True
