"""The stage path across the top and the A–Z step list grouped by stage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from projdesk.domain.catalog import STAGES, steps_of_stage
from projdesk.storage import dto
from projdesk.ui.common import icons
from projdesk.ui.common.fitting import ElidedLabel
from projdesk.ui.common.widgets import tr
from projdesk.ui.labels import step_status_text

STATE_COLOR = {"not_started": "#8a8f98", "in_progress": "#c77700", "done": "#1b7a3d", "skipped": "#8a8f98"}
LETTER_ROLE = Qt.ItemDataRole.UserRole


class StagePath(QWidget):
    """10 stages left to right: passed ones ticked, the current one highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.labels: list[ElidedLabel] = []
        for i, st in enumerate(STAGES):
            if i:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #9aa0a6;")
                lay.addWidget(arrow)
            label = ElidedLabel()  # ten stages share the width: a narrow window cuts the names
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # the name is cut on a narrow window: the tooltip names it whole, then its goal
            label.setToolTip(f"{st.number} {tr(st.name)}\n{tr(st.goal)}")
            self.labels.append(label)
            lay.addWidget(label, 1)

    def set_stage(self, current: int) -> None:
        pad = max(2, self.fontMetrics().height() // 4)
        for st, label in zip(STAGES, self.labels, strict=True):
            if st.number < current:
                label.setText(f"✔ {st.number} {tr(st.name)}")
                style = "color: #1b7a3d; background: #e6f4ea;"
                label.setProperty("state", "passed")
            elif st.number == current:
                label.setText(f"{st.number} {tr(st.name)}")
                style = "color: white; background: #1a5fb4; font-weight: bold;"
                label.setProperty("state", "current")
            else:
                label.setText(f"{st.number} {tr(st.name)}")
                style = "color: #5f6368; background: #f1f3f4;"
                label.setProperty("state", "future")
            label.setStyleSheet(f"{style} padding: {pad}px {pad * 2}px; border-radius: {pad * 2}px;")


class StepList(QTreeWidget):
    """The 26 steps under their stages, each with its state mark."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(self.fontMetrics().horizontalAdvance("中"))
        self.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.stage_items: list[QTreeWidgetItem] = []
        for st in STAGES:
            head = QTreeWidgetItem([f"{st.number} {tr(st.name)}"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(head)
            self.stage_items.append(head)
            for spec in steps_of_stage(st.number):
                item = QTreeWidgetItem([f"{spec.letter} {tr(spec.title)}"])
                item.setData(0, LETTER_ROLE, spec.letter)
                head.addChild(item)
                self.items[spec.letter] = item
        self.expandAll()
        self.currentItemChanged.connect(self._changed)

    def set_steps(self, steps: list[dto.StepView], stage: int) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for st, head in zip(STAGES, self.stage_items, strict=True):
            mark = "✔ " if st.number < stage else ("▶ " if st.number == stage else "")
            head.setText(0, f"{mark}{st.number} {tr(st.name)}")
            head.setFont(0, bold)
            color = "#1a5fb4" if st.number == stage else ("#1b7a3d" if st.number < stage else "#5f6368")
            head.setForeground(0, QBrush(QColor(color)))
        for view in steps:
            item = self.items[view.letter]
            item.setIcon(0, icons.icon(view.status if view.status in STATE_COLOR else "not_started"))
            item.setText(0, f"{view.letter} {tr(view.title)}")
            item.setForeground(0, QBrush(QColor(STATE_COLOR.get(view.status, "#000000"))))
            # A named table: lupdate misreads a dict literal inside tr() as text, comment and plural.
            item.setToolTip(0, step_status_text(view.status))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, view.status)

    def select(self, letter: str) -> None:
        self.setCurrentItem(self.items[letter])

    def current_letter(self) -> str | None:
        item = self.currentItem()
        letter = item.data(0, LETTER_ROLE) if item is not None else None
        return str(letter) if letter else None

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            letter = current.data(0, LETTER_ROLE)
            if letter:
                self.step_chosen.emit(str(letter))
