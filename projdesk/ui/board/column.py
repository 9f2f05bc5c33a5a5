"""One stage column: a header (name, count, total in 万元, overdue/idle bar), a quick-create
line and the list of cards."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QActionGroup, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import StageSpec
from projdesk.domain.display import money_full
from projdesk.ui.board.column_model import ID_ROLE, ColumnModel
from projdesk.ui.board.delegate import OVERDUE, CardDelegate
from projdesk.ui.board.store import ColumnStats
from projdesk.ui.labels import amount_text
from projdesk.ui.translatable import QT_TR_NOOP

NEWEST_LABEL = QT_TR_NOOP("最近更新在前")
SORT_LABELS: dict[str, str] = {  # store.SORTS, in words
    "next_date": QT_TR_NOOP("按下一步日期"),
    "amount": QT_TR_NOOP("按金额（大的在前）"),
    "idle": QT_TR_NOOP("按停留天数（久的在前）"),
}


class ColumnHeader(QWidget):
    """The stage's number and name (bold), its card count and expected total (万元), and a thin
    bar: the share of its cards that are overdue or idle, in red. One painted widget (as labels
    and a bar, the ten headers were a tenth of the board's first paint); the quick-create "+"
    button sits at the right of the name. Its tooltip: the stage's goal and the figures in full."""

    def __init__(self, spec: StageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The short English stage names are the column's (method_terms: "ColumnWidget"); the
        # header's own context would give the long ones, cut off in a narrow column.
        short_name = QCoreApplication.translate("ColumnWidget", spec.name)
        self.title = f"{spec.number} {short_name}"
        self.goal = spec.goal
        self.figures = ""
        self.sort_text = ""  # how the column is sorted, when not newest first
        self.tips: tuple[str, ...] = (self.goal,)
        self.flagged = 0
        self.count = 0
        self.add_button = QToolButton(self)
        self.add_button.setObjectName(f"quickAdd{spec.number}")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("在“%1”新建商机").replace("%1", self.tr(spec.name)))
        self.setAccessibleName(self.title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._rows()[-1].bottom() + 1)

    def set_figures(self, figures: str, total_tip: str, flagged: int, count: int) -> None:
        self.figures, self.flagged, self.count = figures, flagged, count
        self.setAccessibleDescription(figures)
        flags = self.tr("逾期或停滞：%1 / %2").replace("%1", str(flagged)).replace("%2", str(count))
        self.tips = (self.goal, total_tip, flags)
        self._set_tip()
        self.update()

    def set_sort_text(self, text: str) -> None:
        self.sort_text = text
        self._set_tip()
        self.update()

    def _set_tip(self) -> None:
        sort = self.tr("排序：%1").replace("%1", self.sort_text) if self.sort_text else ""
        lines = [*self.tips, sort, self.tr("右键点表头可排序")]
        self.setToolTip("\n".join(line for line in lines if line))

    def _rows(self) -> tuple[QRect, QRect, QRect]:
        """Where the name, the figures and the bar go (the name's row is as tall as the button)."""
        fm = self.fontMetrics()
        spacing = max(2, fm.height() // 5)
        name = QRect(0, 0, self.width(), max(fm.height(), self.add_button.sizeHint().height()))
        figures = QRect(0, name.bottom() + 1 + spacing, self.width(), fm.height())
        bar = QRect(0, figures.bottom() + 1 + spacing, self.width(), max(3, fm.height() // 5))
        return name, figures, bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        button = self.add_button.sizeHint()
        self.add_button.setGeometry(self.width() - button.width(), 0, button.width(), button.height())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        name, figures, bar = self._rows()
        name.setRight(self.add_button.x() - 2)
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        left_mid = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        elide = Qt.TextElideMode.ElideRight
        # A sorted column says so with an arrow before its name (the words are in the tooltip):
        # the narrow header has no room for them.
        title = f"↓{self.title}" if self.sort_text else self.title
        painter.drawText(name, left_mid, QFontMetrics(bold).elidedText(title, elide, name.width()))
        painter.setFont(self.font())
        painter.drawText(
            figures, left_mid, self.fontMetrics().elidedText(self.figures, elide, figures.width())
        )
        painter.fillRect(bar, self.palette().midlight())
        if self.count and self.flagged:
            share = QRect(bar)
            share.setWidth(max(1, round(bar.width() * self.flagged / self.count)))
            painter.fillRect(share, OVERDUE)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(self._rows()[-1].bottom() + 1)
        super().changeEvent(event)


class BoardListView(QListView):
    """Cards of one column; arrows leave the column sideways, Enter opens, Ctrl+Shift+←/→ moves."""

    open_requested = Signal(str)
    neighbor_requested = Signal(int, int)  # (stage, -1 | +1)
    move_requested = Signal(str, int)  # (card id, -1 | +1)
    menu_requested = Signal(str, QPoint)  # (card id, where on the screen): the card's right-click menu
    selecting_alone = Signal(int)  # (stage): a click or arrow without Ctrl/Shift selects here only

    def __init__(self, stage: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"boardList{stage}")
        self.setUniformItemSizes(True)  # one sizeHint for 10,000 cards
        self.setLayoutMode(QListView.LayoutMode.Batched)  # the visible cards first, the rest after
        self.setBatchSize(64)
        # Ctrl+click adds a card, Shift+click a run of cards; the board keeps one selection.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # the whole column is the target, not a row
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.doubleClicked.connect(self._open)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        command = super().selectionCommand(index, event)
        if command & QItemSelectionModel.SelectionFlag.Clear and index.isValid():
            self.selecting_alone.emit(self.stage)
        return command

    def _menu(self, pos: QPoint) -> None:
        value = self.indexAt(pos).data(ID_ROLE)
        if isinstance(value, str):
            self.menu_requested.emit(value, self.viewport().mapToGlobal(pos))

    def hold_scroll_bar(self, held: bool) -> None:
        """Held, the scroll bar's room stays empty and the bar is not drawn: the start leaves
        the ten bars to the frame after its first one (drawing and fitting them was ~10 ms
        of it); released, the bar takes its room back and nothing moves."""
        width = self.verticalScrollBar().sizeHint().width() if held else 0
        self.setViewportMargins(0, 0, width, 0)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if held else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )

    def current_id(self) -> str | None:
        index = self.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    def _open(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, str):
            self.open_requested.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers()
        sideways = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in sideways:
            ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if (mods & ctrl_shift) == ctrl_shift:
                card_id = self.current_id()
                if card_id:
                    self.move_requested.emit(card_id, sideways[key])
            elif not mods & ~Qt.KeyboardModifier.KeypadModifier:
                self.neighbor_requested.emit(self.stage, sideways[key])
            event.accept()
            return
        shift_f10 = key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Menu or shift_f10:  # the card's menu from the keyboard, at the card
            card_id = self.current_id()
            if card_id:
                where = self.visualRect(self.currentIndex()).center()
                self.menu_requested.emit(card_id, self.viewport().mapToGlobal(where))
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.selectionModel().hasSelection():
            self.selecting_alone.emit(self.stage)  # Esc lets the board's selection go
            self.clearSelection()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            card_id = self.current_id()
            if card_id:
                self.open_requested.emit(card_id)
            event.accept()
            return
        super().keyPressEvent(event)


class ColumnWidget(QFrame):
    """Header, quick-create line and card list for one stage."""

    quick_create = Signal(int, str)  # (stage, text typed in the quick-create line)
    sort_requested = Signal(int, str)  # (stage, a store.SORTS key or "" for newest first)

    def __init__(
        self, spec: StageSpec, model: ColumnModel, delegate: CardDelegate, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"boardColumn{spec.number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        fm = self.fontMetrics()
        layout = QVBoxLayout(self)
        margin = max(2, fm.height() // 5)
        # As narrow as a card that stays readable (delegate.READABLE_CHARS) beside the scroll
        # bar: ten such columns scroll sideways on a small screen rather than shrink the cards.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(
            delegate.card_width(self.font()) + scroll_bar + 2 * margin + 2 * self.frameWidth()
        )
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(margin)

        self.header = ColumnHeader(spec)
        self.add_button = self.header.add_button
        self.add_button.clicked.connect(self.show_quick_create)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._sort_menu)
        self.sort = ""
        layout.addWidget(self.header)

        self._quick: QLineEdit | None = None  # made when first asked for: most columns never are

        self.model = model
        self.view = BoardListView(spec.number)
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        layout.addWidget(self.view, 1)
        self.stats = ColumnStats()

    def set_sort(self, key: str) -> None:
        """Show the column's order in its header (the sort menu ticks it)."""
        self.sort = key
        label = SORT_LABELS.get(key, "")
        self.header.set_sort_text(self.tr(label) if key else "")

    def sort_menu(self) -> QMenu:
        """Right-click on the header: how this column's cards are ordered."""
        menu = QMenu(self)
        menu.setObjectName(f"sortMenu{self.spec.number}")
        group = QActionGroup(menu)
        for key, label in (("", NEWEST_LABEL), *SORT_LABELS.items()):
            action = menu.addAction(self.tr(label))
            action.setObjectName(f"sort_{key or 'newest'}")
            action.setCheckable(True)
            action.setChecked(key == self.sort)
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, k=key: self.sort_requested.emit(self.spec.number, k)
            )
        return menu

    def _sort_menu(self, pos: QPoint) -> None:
        self.sort_menu().popup(self.header.mapToGlobal(pos))

    def set_stats(self, stats: ColumnStats) -> None:
        self.stats = stats
        total = stats.total or Decimal(0)
        self.header.set_figures(
            self.tr("%1 个 · %2").replace("%1", str(stats.count)).replace("%2", amount_text(total)),
            self.tr("预计签单额合计 %1").replace("%1", money_full(total)),
            stats.flagged,
            stats.count,
        )

    @property
    def quick(self) -> QLineEdit:
        """The quick-create line above the cards."""
        if self._quick is None:
            quick = QLineEdit()
            quick.setObjectName(f"quickCreate{self.spec.number}")
            quick.setPlaceholderText(self.tr("客户 项目 [金额]，回车新建"))
            quick.setClearButtonEnabled(True)
            quick.returnPressed.connect(self._quick_entered)
            quick.hide()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.view), quick)
            self._quick = quick
        return self._quick

    def show_quick_create(self) -> None:
        self.quick.show()
        self.quick.setFocus(Qt.FocusReason.OtherFocusReason)

    def _quick_entered(self) -> None:
        text = self.quick.text().strip()
        if text:
            self.quick_create.emit(self.spec.number, text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._quick is not None and self._quick.isVisible():
            self.quick.clear()
            self.quick.hide()
            self.view.setFocus()
            return
        super().keyPressEvent(event)
