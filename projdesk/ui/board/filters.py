"""The board's filter bar: owner, industry, region, key accounts, overdue, closed cards shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from projdesk.domain.catalog import STATUSES
from projdesk.ui.board.store import CLOSED_STATUSES, BoardFilter


class FilterBar(QWidget):
    """Edits a BoardFilter in place and says when it changed."""

    changed = Signal()

    def __init__(self, flt: BoardFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flt = flt
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.owner = self._combo("ownerFilter", self.tr("全部负责人"))
        self.industry = self._combo("industryFilter", self.tr("全部行业"))
        self.region = self._combo("regionFilter", self.tr("全部地区"))
        for combo in (self.owner, self.industry, self.region):
            layout.addWidget(combo)
        self.key_only = QCheckBox(self.tr("只看重点客户"))
        self.key_only.setObjectName("keyOnly")
        self.overdue_only = QCheckBox(self.tr("只看逾期"))
        self.overdue_only.setObjectName("overdueOnly")
        layout.addWidget(self.key_only)
        layout.addWidget(self.overdue_only)
        layout.addSpacing(self.fontMetrics().horizontalAdvance("字"))
        layout.addWidget(QLabel(self.tr("同时显示：")))
        self.statuses: dict[str, QCheckBox] = {}
        for status in CLOSED_STATUSES:
            box = QCheckBox(self.tr(STATUSES[status]))
            box.setObjectName(f"show_{status}")
            self.statuses[status] = box
            layout.addWidget(box)
        self.saved = QToolButton()
        self.saved.setObjectName("savedFilters")
        self.saved.setText(self.tr("筛选方案"))
        self.saved.setToolTip(self.tr("保存当前的搜索和筛选条件，或套用保存过的"))
        self.saved.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.saved)  # the board fills it when it opens
        self.saved_menu.setObjectName("savedFiltersMenu")
        self.saved.setMenu(self.saved_menu)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        layout.addWidget(self.summary)
        self.show_filter()
        self.owner.currentIndexChanged.connect(self._edited)
        self.industry.currentIndexChanged.connect(self._edited)
        self.region.currentIndexChanged.connect(self._edited)
        self.key_only.toggled.connect(self._edited)
        self.overdue_only.toggled.connect(self._edited)
        for box in self.statuses.values():
            box.toggled.connect(self._edited)

    def _combo(self, name: str, everyone: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everyone, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(5)
        return combo

    def set_choices(self, owners: list[str], industries: list[str], regions: list[str]) -> None:
        """Fill the lists from the cards; the current choice stays even when no card has it now."""
        for combo, values, current in (
            (self.owner, owners, self.flt.owner),
            (self.industry, industries, self.flt.industry),
            (self.region, regions, self.flt.region),
        ):
            wanted = list(values)
            if current and current not in wanted:
                wanted.append(current)
            have = [combo.itemData(i) for i in range(1, combo.count())]
            if have == wanted:
                continue
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in wanted:
                combo.addItem(value, value)
            combo.blockSignals(False)
        self.show_filter()

    def show_filter(self) -> None:
        """The widgets show the filter as it is now (after a saved filter was applied)."""
        widgets = [
            self.owner,
            self.industry,
            self.region,
            self.key_only,
            self.overdue_only,
            *self.statuses.values(),
        ]
        for w in widgets:
            w.blockSignals(True)
        for combo, value in (
            (self.owner, self.flt.owner),
            (self.industry, self.flt.industry),
            (self.region, self.flt.region),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.key_only.setChecked(self.flt.key_only)
        self.overdue_only.setChecked(self.flt.overdue_only)
        for status, box in self.statuses.items():
            box.setChecked(status in self.flt.shown_statuses)
        for w in widgets:
            w.blockSignals(False)

    def _edited(self) -> None:
        self.flt.owner = str(self.owner.currentData() or "")
        self.flt.industry = str(self.industry.currentData() or "")
        self.flt.region = str(self.region.currentData() or "")
        self.flt.key_only = self.key_only.isChecked()
        self.flt.overdue_only = self.overdue_only.isChecked()
        self.flt.shown_statuses = {s for s, box in self.statuses.items() if box.isChecked()}
        self.changed.emit()
