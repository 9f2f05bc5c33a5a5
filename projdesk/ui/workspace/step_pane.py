"""The selected step: guidance, checklist, typed fields, state buttons, material, activities, documents."""

from __future__ import annotations

import dataclasses
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import STATUSES, StepSpec, step
from projdesk.domain.errors import ProjDeskError, RuleRefused
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.storage.services.steps import missing_required
from projdesk.ui.common import icons
from projdesk.ui.common.materials import STEP_MATERIAL, material_for_step
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import InlineMessage, date_text, tr
from projdesk.ui.crash import failure_text
from projdesk.ui.labels import error_text, step_status_text
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


CASES_STEP = "D"  # 借鉴资料: where the company's earlier deals are studied


def guidance_text(spec: StepSpec, view: dto.StepView) -> str:
    """The method's guidance, what doing the step well includes (a plain list: advice, nothing
    to tick), and what completing it needs, each with its state from the step's own rule (the
    required fields, services.steps.missing_required): ✓ filled in, · not yet."""
    lines = [spec.guidance, "", tr("做好这一步：")]  # the method's words stay Chinese by design
    lines += [f"· {item}" for item in spec.checklist]
    required = [f for f in spec.fields if f.required]
    if required:
        missing = set(missing_required(spec, view.fields))
        lines += ["", tr("完成此步骤需要填写：")]
        lines += [f"{'·' if f.label in missing else '✓'} {tr(f.label)}" for f in required]
    return "\n".join(lines)


def case_text(case: dto.CaseView) -> str:
    """One case as a few lines: who, how it ended and why, then what it teaches."""
    outcome = tr(STATUSES.get(case.outcome, case.outcome))
    head = f"{case.customer} / {case.opportunity}（{outcome} {date_text(case.closed_on)}）"
    lines = [head]
    if case.reason or case.winner:
        lines.append(tr("原因：%s　中标方：%s") % (case.reason or "—", case.winner or "—"))
    if case.products:
        lines.append(tr("产品：%s") % case.products)
    r = case.retrospective
    for label, text in ((QT_TR_NOOP("做得好的"), r.worked), (QT_TR_NOOP("做得不好的"), r.not_worked)):
        if text:
            lines.append(f"{tr(label)}：{text}")
    if r.lessons:
        lines.append(f"{tr('经验教训')}：{r.lessons}")
    if r.tags:
        lines.append(f"{tr('标签')}：{'、'.join(r.tags)}")
    return "\n".join(lines)


class StepPane(QScrollArea):
    """Shows one step of one opportunity; every edit goes through ``services.steps.update`` on
    the runner's write worker (behind an import, if one runs)."""

    changed = Signal(str)  # the step letter, after a field was saved
    state_changed = Signal(str)  # the step letter, after it was completed, skipped or reopened
    deliverable_requested = Signal(str)  # a document kind
    log_requested = Signal(str)  # text to start a log entry with (from the material library)
    attach_requested = Signal(str)  # the step letter: attach a file to this step

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

    def _show_status(self, status: str) -> None:
        self.status_label.setText(step_status_text(status))
        mark = status if status in icons.ICONS else "not_started"
        self.status_icon.setPixmap(icons.pixmap(mark, self.fontMetrics().height()))

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
        self.status_icon = QLabel()  # the same mark as in the step list
        self._show_status(view.status)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.status_icon)
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
        self.guidance = QLabel(guidance_text(spec, view))
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
        lay.addLayout(self._attachments_row(detail.id, spec.letter))

        material = None
        if spec.letter in STEP_MATERIAL:  # the library is read only for the steps that show it
            material = material_for_step(self.services.library.load(), spec.letter, detail.customer.industry)
        if material is not None:
            lay.addWidget(self._material_box(*material))
        if spec.letter == CASES_STEP:
            lay.addWidget(self._cases_box(detail.id))

        lay.addWidget(self._activities_box(detail, spec.letter))
        lay.addStretch(1)

    def _attachments_row(self, opp_id: str, letter: str) -> QHBoxLayout:
        """本步附件: the step's files by name (the 附件 tab opens them) and a button to add one."""
        names = [a.file_name for a in self.services.attachments.list(opp_id, step=letter)]
        row = QHBoxLayout()
        shown = "、".join(names[:3]) + (tr(" 等 %d 个") % len(names) if len(names) > 3 else "")
        label = QLabel(tr("本步附件：%s") % (shown or tr("无")))
        label.setObjectName("stepAttachments")
        label.setToolTip("\n".join(names))
        add = QPushButton(tr("添加附件…"))
        add.setObjectName("stepAttach")
        add.clicked.connect(lambda: self.attach_requested.emit(letter))
        row.addWidget(label)
        row.addWidget(add)
        row.addStretch(1)  # the button beside the names, where a narrow pane still shows it
        return row

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

    def _cases_box(self, opp_id: str) -> QWidget:
        """Closed deals of the same industry with their 项目总结, searchable (step D 借鉴资料)."""
        box = QGroupBox(tr("同行业案例（结案商机的项目总结）"))
        box.setObjectName("casesBox")
        lay = QVBoxLayout(box)
        search = QLineEdit()
        search.setObjectName("caseSearch")
        search.setPlaceholderText(tr("在案例中查找：客户、产品、原因、经验…"))
        found = QListWidget()
        found.setObjectName("caseList")
        found.setWordWrap(True)
        found.setFixedHeight(found.fontMetrics().lineSpacing() * 8 + 12)

        def fill() -> None:
            found.clear()
            cases = self.services.closing.cases_for(opp_id, search.text())
            for case in cases:
                found.addItem(case_text(case))
            if not cases:
                found.addItem(tr("还没有同行业的案例：结案时填写的项目总结会出现在这里。"))

        search.textChanged.connect(fill)
        fill()
        lay.addWidget(search)
        lay.addWidget(found)
        return box

    def _activities_box(self, detail: dto.OpportunityDetail, letter: str) -> QWidget:
        mine = [a for a in reversed(detail.activities) if a.step == letter]
        box = QGroupBox(tr("本步骤的进展日志（%d）") % len(mine))
        lay = QVBoxLayout(box)
        if not mine:
            lay.addWidget(QLabel(tr("还没有记录。按 Ctrl+L 记一笔。")))
        for a in mine[:20]:
            text = f"<b>{date_text(a.date)} {a.type}</b>　{_esc(a.people)}<br>{_esc(a.content)}"
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

    def _save_field(self, key: str) -> None:
        """Queue the field's value on the write worker; a refusal shows under the field."""
        self._write(self.tr("正在保存…"), {key: self.editors[key].raw()}, None)

    def save_pending(self) -> None:
        """Save every field changed but not yet left, in one write."""
        self._write(self.tr("正在保存…"), self._pending(), None)

    def act(self, action: Any) -> None:
        """Complete, skip or reopen, after saving the fields changed but not yet left; a
        refusal names what is missing right here."""
        assert self.spec is not None
        self.message.clear_message()
        self._write(self.tr("正在保存步骤…"), self._pending(), action)

    def has_pending(self) -> bool:
        """Whether a field holds typing not saved yet."""
        return any(editor.is_dirty() for editor in self.editors.values())

    def _pending(self) -> dict[str, Any]:
        return {key: editor.raw() for key, editor in self.editors.items() if editor.is_dirty()}

    def _write(self, title: str, values: dict[str, Any], action: Any) -> None:
        """One operation on the write worker: each field on its own (a bad one does not keep
        the others from being saved), then the action when every field was accepted."""
        assert self.spec is not None
        if not values and action is None:
            return
        services, opp_id, letter = self.services, self.opp_id, self.spec.letter

        def work(_progress: Progress, _cancel: threading.Event) -> StepWrite:
            done = StepWrite()
            for key, raw in values.items():
                try:
                    done.saved[key] = services.steps.update(opp_id, letter, {key: raw})
                except ProjDeskError as exc:
                    done.refused[key] = exc
            if action is not None and not done.refused:
                try:
                    done.view = services.steps.update(opp_id, letter, None, action)
                except ProjDeskError as exc:
                    done.action_refused = exc
            return done

        def written(done: StepWrite) -> None:
            if (
                not shiboken6.isValid(self)
                or self.spec is None
                or (self.opp_id, self.spec.letter)
                != (
                    opp_id,
                    letter,
                )
            ):
                return  # another step is shown now: the bus has told the workspace
            self._show_written(done, values, action)

        def failed(error: BaseException) -> None:
            text = failure_text(error)
            if text is not None and shiboken6.isValid(self):
                self.message.error(text)

        self.runner.write(title, work, written, failed)

    def _show_written(self, done: StepWrite, values: dict[str, Any], action: Any) -> None:
        assert self.spec is not None
        for key, view in done.saved.items():
            self.guidance.setText(guidance_text(self.spec, view))  # a condition may be met now
            editor = self.editors.get(key)
            if editor is not None and (
                editor.raw() == values[key] or not editor.is_dirty()
            ):  # not typed over
                editor.set_value(view.fields.get(key))
            self._show_status(view.status)
        for key, exc in done.refused.items():
            if key in self.editors:
                self.editors[key].show_error(error_text(exc))
        if done.saved:
            self.changed.emit(self.spec.letter)
        if action is None:
            return
        if done.refused:
            self.message.error(tr("有字段的内容不正确，请先改正（见字段下方的提示）。"))
        elif isinstance(done.action_refused, RuleRefused):
            self.message.error(done.action_refused)
            for field in self.spec.fields:
                if field.required and any(field.label in r for r in done.action_refused.reasons):
                    self.editors[field.key].show_error(tr("完成此步骤需要填写“%s”") % tr(field.label))
        elif done.action_refused is not None:
            self.message.error(done.action_refused)
        else:
            self.state_changed.emit(self.spec.letter)


@dataclasses.dataclass
class StepWrite:
    """What one write of a step did: the fields saved, those refused, the action's outcome."""

    saved: dict[str, dto.StepView] = dataclasses.field(default_factory=dict)
    refused: dict[str, ProjDeskError] = dataclasses.field(default_factory=dict)
    view: dto.StepView | None = None
    action_refused: ProjDeskError | None = None


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
