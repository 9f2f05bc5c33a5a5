"""The selected step: guidance, checklist, typed fields, state buttons, material, activities, documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import StepSpec, step
from projdesk.domain.errors import InvalidInput, ProjDeskError, RuleRefused
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.materials import STEP_MATERIAL, material_for_step
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import InlineMessage, date_text, tr
from projdesk.ui.labels import step_status_text
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.field_editors import FieldEditor
from projdesk.ui.workspace.requirements_panel import RequirementsPanel

TENDER_STEP = "Q"  # the step whose pane holds the tender's requirements and our answers

DELIVERABLE_TEXT = {
    "initiation": QT_TR_NOOP("生成立项申请表"),
    "research": QT_TR_NOOP("生成调研报告"),
    "proposal": QT_TR_NOOP("生成建议方案"),
    "solution": QT_TR_NOOP("生成解决方案"),
    "bid": QT_TR_NOOP("生成投标书"),
    "slides": QT_TR_NOOP("生成讲解幻灯片"),
    "contract": QT_TR_NOOP("生成合同"),
    "handover": QT_TR_NOOP("生成项目移交单"),
    "quotes": QT_TR_NOOP("导出报价日志"),
    "weekly": QT_TR_NOOP("导出周进度总结表"),
    "log": QT_TR_NOOP("导出进展日志"),
}


class StepPane(QScrollArea):
    """Shows one step of one opportunity; every edit goes through ``services.steps.update``."""

    changed = Signal(str)  # the step letter, after a field was saved
    state_changed = Signal(str)  # the step letter, after it was completed, skipped or reopened
    deliverable_requested = Signal(str)  # a document kind
    log_requested = Signal(str)  # text to start a log entry with (from the material library)

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.requirements: RequirementsPanel | None = None  # step Q's table, while Q is shown
        self.opp_id = ""
        self.spec: StepSpec | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self.guidance_open = True
        self.message = InlineMessage()

    # -- building ------------------------------------------------------------------------

    def show_step(self, detail: dto.OpportunityDetail, letter: str) -> None:
        self.opp_id = detail.id
        self.spec = spec = step(letter)
        view = next(s for s in detail.steps if s.letter == spec.letter)
        self._clear()
        lay = self._layout
        title = QLabel(f"{spec.letter}  {tr(spec.title)}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.status_label = QLabel(step_status_text(view.status))
        self.status_label.setObjectName("stepStatus")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.status_label)
        head.addStretch(1)
        lay.addLayout(head)

        self.guidance_button = QToolButton()
        self.guidance_button.setCheckable(True)
        self.guidance_button.setChecked(self.guidance_open)
        self.guidance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_button.setArrowType(
            Qt.ArrowType.DownArrow if self.guidance_open else Qt.ArrowType.RightArrow
        )
        self.guidance_button.setText(tr("怎么做"))
        self.guidance_button.setAutoRaise(True)
        self.guidance = QLabel(spec.guidance + "\n\n" + "\n".join(f"☐ {item}" for item in spec.checklist))
        self.guidance.setWordWrap(True)
        self.guidance.setObjectName("stepGuidance")
        self.guidance.setStyleSheet("background: palette(alternate-base); padding: 6px; border-radius: 4px;")
        self.guidance_button.toggled.connect(self._toggle_guidance)
        lay.addWidget(self.guidance_button)
        lay.addWidget(self.guidance)
        self.guidance.setVisible(self.guidance_open)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        people = [c.name for c in detail.contacts]
        self.editors = {}
        for field in spec.fields:
            editor = FieldEditor(field)
            editor.set_people(people)
            editor.set_value(view.fields.get(field.key))
            editor.commit.connect(self._save_field)
            label = QLabel(tr(field.label) + (" *" if field.required else ""))
            label.setBuddy(editor.input)
            if field.hint:
                label.setToolTip(field.hint)
            form.addRow(label, editor)
            self.editors[field.key] = editor
        lay.addLayout(form)
        self.requirements = None
        if spec.letter == TENDER_STEP:
            requirements = RequirementsPanel(self.services, self.runner)
            lay.addWidget(requirements)
            requirements.show_for(detail.id, str(view.fields.get("requirements") or ""))
            self.requirements = requirements

        buttons = QHBoxLayout()
        lay.addLayout(buttons)  # first, so the buttons get their parent before being shown or hidden
        self.done_button = QPushButton(tr("完成此步骤"))
        self.skip_button = QPushButton(tr("跳过"))
        self.reopen_button = QPushButton(tr("重新打开"))
        self.done_button.setObjectName("stepDone")
        self.done_button.clicked.connect(lambda: self.act("done"))
        self.skip_button.clicked.connect(lambda: self.act("skip"))
        self.reopen_button.clicked.connect(lambda: self.act("reopen"))
        finished = view.status in ("done", "skipped")
        for b in (self.done_button, self.skip_button, self.reopen_button):
            buttons.addWidget(b)
        self.done_button.setVisible(not finished)  # after adding: a parentless widget shown is a window
        self.skip_button.setVisible(not finished)
        self.reopen_button.setVisible(finished)
        buttons.addStretch(1)
        if view.completed_at and finished:
            buttons.addWidget(QLabel(tr("完成于 %s") % date_text(view.completed_at)))
        self.message = InlineMessage()
        self.message.setObjectName("stepMessage")
        lay.addWidget(self.message)

        if spec.deliverables:
            box = QHBoxLayout()
            box.addWidget(QLabel(tr("本步文档：")))
            for kind in spec.deliverables:
                button = QPushButton(tr(DELIVERABLE_TEXT.get(kind, kind)))
                button.setObjectName(f"deliverable_{kind}")
                button.clicked.connect(lambda _c=False, k=kind: self.deliverable_requested.emit(k))
                box.addWidget(button)
            box.addStretch(1)
            lay.addLayout(box)

        material = None
        if spec.letter in STEP_MATERIAL:  # the library is read only for the steps that show it
            material = material_for_step(self.services.library.load(), spec.letter, detail.customer.industry)
        if material is not None:
            lay.addWidget(self._material_box(*material))

        lay.addWidget(self._activities_box(detail, spec.letter))
        lay.addStretch(1)

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            _delete_item(item)

    def _toggle_guidance(self, shown: bool) -> None:
        self.guidance_open = shown
        self.guidance.setVisible(shown)
        self.guidance_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _material_box(self, title: str, text: str) -> QWidget:
        box = QGroupBox(tr("资料库：%s") % tr(title))
        box.setObjectName("materialBox")
        lay = QVBoxLayout(box)
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setObjectName("materialText")
        view.setPlainText(
            text or tr("（资料库还是空的：在“设置 → 资料库”中填写标准介绍和案例，这里就能直接引用。）")
        )
        view.setFixedHeight(view.fontMetrics().lineSpacing() * 6 + 12)
        lay.addWidget(view)
        row = QHBoxLayout()
        copy = QPushButton(tr("复制"))
        copy.setObjectName("materialCopy")
        to_log = QPushButton(tr("写入日志…"))
        copy.setEnabled(bool(text))
        to_log.setEnabled(bool(text))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        to_log.clicked.connect(lambda: self.log_requested.emit(text))
        row.addWidget(copy)
        row.addWidget(to_log)
        row.addStretch(1)
        lay.addLayout(row)
        return box

    def _activities_box(self, detail: dto.OpportunityDetail, letter: str) -> QWidget:
        mine = [a for a in reversed(detail.activities) if a.step == letter]
        box = QGroupBox(tr("本步骤的进展日志（%d）") % len(mine))
        lay = QVBoxLayout(box)
        if not mine:
            lay.addWidget(QLabel(tr("还没有记录。按 Ctrl+L 记一笔。")))
        for a in mine[:20]:
            text = f"<b>{a.date.isoformat()} {a.type}</b>　{_esc(a.people)}<br>{_esc(a.content)}"
            if a.result:
                text += f"<br>{tr('结果')}：{_esc(a.result)}"
            if a.next_action:
                text += f"<br>{tr('下一步')}：{_esc(a.next_action)} {date_text(a.next_date)}"
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            lay.addWidget(label)
        return box

    # -- saving --------------------------------------------------------------------------

    def _save_field(self, key: str) -> bool:
        editor = self.editors[key]
        assert self.spec is not None
        try:
            view = self.services.steps.update(self.opp_id, self.spec.letter, {key: editor.raw()})
        except ProjDeskError as exc:
            editor.show_error(str(exc))
            return False
        editor.set_value(view.fields.get(key))
        self.status_label.setText(step_status_text(view.status))
        self.changed.emit(self.spec.letter)
        return True

    def save_pending(self) -> bool:
        """Save every field changed but not yet left (e.g. before completing the step)."""
        ok = True
        for key, editor in self.editors.items():
            if editor.is_dirty():
                ok = self._save_field(key) and ok
        return ok

    def act(self, action: Any) -> bool:
        """Complete, skip or reopen; a refusal names what is missing right here."""
        assert self.spec is not None
        self.message.clear_message()
        if not self.save_pending():
            self.message.error(tr("有字段的内容不正确，请先改正（见字段下方的提示）。"))
            return False
        try:
            self.services.steps.update(self.opp_id, self.spec.letter, None, action)
        except RuleRefused as exc:
            self.message.error(exc)
            for field in self.spec.fields:
                if field.required and any(field.label in r for r in exc.reasons):
                    self.editors[field.key].show_error(tr("完成此步骤需要填写“%s”") % tr(field.label))
            return False
        except InvalidInput as exc:
            self.message.error(exc)
            return False
        self.state_changed.emit(self.spec.letter)
        return True


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _delete_item(item: Any) -> None:
    widget = item.widget()
    if widget is not None:
        widget.hide()
        widget.deleteLater()
        return
    layout = item.layout()
    if layout is not None:
        while layout.count():
            _delete_item(layout.takeAt(0))
        layout.deleteLater()
