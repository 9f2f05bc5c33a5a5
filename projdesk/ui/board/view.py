"""BoardWidget: ten stage columns over one store, the filter bar, moves and quick-create."""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QScrollArea, QSplitter, QVBoxLayout, QWidget

from projdesk.domain.catalog import STAGES, STATUSES, stage
from projdesk.domain.changes import CUSTOMER, OPPORTUNITY, Changes
from projdesk.domain.errors import ProjDeskError, RuleRefused
from projdesk.domain.money import is_amount_text
from projdesk.storage.preferences import Preferences
from projdesk.ui.board.column import ColumnWidget
from projdesk.ui.board.column_model import ColumnModel
from projdesk.ui.board.delegate import CardDelegate
from projdesk.ui.board.density import CardDensity
from projdesk.ui.board.filters import FilterBar
from projdesk.ui.board.saved_filters import delete_filter, save_filter, saved_filters
from projdesk.ui.board.store import SORTS, BoardFilter, BoardStore, BoardView, PinyinTexts
from projdesk.ui.board.undo import Move, MoveHistory
from projdesk.ui.common import dialogs
from projdesk.ui.common.fitting import SidewaysRow
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import tr
from projdesk.ui.crash import failure_text
from projdesk.ui.labels import error_text

if TYPE_CHECKING:
    from projdesk.storage.services import Services
    from projdesk.storage.summary import OpportunitySummary
    from projdesk.ui.startup.board_cache import BoardSnapshot

STATE_KEY = "board"
PATCH_LIMIT = 50  # more changed cards than this: one full pass instead


class BoardWidget(QWidget):
    """The opportunity Kanban. Others call ``refresh(ids)`` after changing opportunities.

    Built without services (at start-up, from the cache) it shows a snapshot read-only:
    no moves, no quick-create, filters wait; ``attach(services)`` brings the live cards.
    """

    open_requested = Signal(str)
    counts_changed = Signal(str)
    status_message = Signal(str)
    log_requested = Signal(str)  # 记录日志 for this card (the window's quick log)
    documents_requested = Signal(list, str)  # (card ids, document kind): generate them
    batch_requested = Signal()  # 批量生成文档… for the selected cards
    search_requested = Signal(str)  # a saved filter's search text, for the window's search box

    def __init__(
        self,
        services: Services | None,
        parent: QWidget | None = None,
        *,
        runner: Runner,
        load: bool = True,
        prefs: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.services = services
        self.runner = runner  # the app's one runner: every move queues on its write worker
        runner.changes_made.connect(self._changes_made)
        self._prefs = prefs or Preferences()  # until services arrive
        state = self.prefs.extra.get(STATE_KEY)
        state = state if isinstance(state, dict) else {}
        self.filter = BoardFilter.from_state(state)
        self.store = BoardStore(lambda number: self.prefs.idle_days_for(number))
        self.delegate = CardDelegate(self.store.is_idle, self)
        self.view_state: BoardView | None = None
        self._reloading = False  # every card is being read on the read worker
        self.moves = MoveHistory(self)  # undo and redo of moves (the window's Ctrl+Z comes here first)
        self.undo_move_action, self.redo_move_action = self.moves.undo_action, self.moves.redo_action
        self.undo_move_action.triggered.connect(lambda: self.undo_move())
        self.redo_move_action.triggered.connect(lambda: self.redo_move())
        # Until the app is wired (the workspace exists), an open request waits here; so does
        # one made on the start-up picture of the board (the live cards replace it). A board
        # built on open services (tests, tools) is ready at once.
        self._open_ready = services is not None
        self._pending_open = ""
        self._unsaved_sort = False  # sorted before the services came: saved once they do

        self._save_timer = QTimer(self)  # column widths are saved a moment after dragging stops
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_state)
        layout = QVBoxLayout(self)
        margin = max(2, self.fontMetrics().height() // 4)
        layout.setContentsMargins(margin, margin, margin, 0)
        self.filters = FilterBar(self.filter, self)
        self.filters.changed.connect(self._filters_changed)
        self.filters.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        layout.addWidget(SidewaysRow(self.filters))  # a narrow window scrolls the filters, never grows
        self.no_match = QLabel()
        self.no_match.setObjectName("boardNoMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()
        layout.addWidget(self.no_match)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("boardColumns")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(max(3, margin))
        self.models: list[ColumnModel] = []
        self.columns: list[ColumnWidget] = []
        for spec in STAGES:
            model = ColumnModel(spec.number, self.store, self.handle_drop, self, selected=self.selected_ids)
            column = ColumnWidget(spec, model, self.delegate)
            column.view.open_requested.connect(self.request_open)
            column.view.neighbor_requested.connect(self._focus_neighbor)
            column.view.move_requested.connect(self._keyboard_move)
            column.view.menu_requested.connect(self._show_card_menu)
            column.view.selecting_alone.connect(self._select_only_in)
            column.sort_requested.connect(self.sort_column)
            column.set_sort(self.filter.sorts.get(spec.number, ""))
            column.quick_create.connect(self.quick_create)
            self.models.append(model)
            self.columns.append(column)
            self.splitter.addWidget(column)
        widths = state.get("widths")
        if (
            isinstance(widths, list)
            and len(widths) == len(STAGES)
            and all(isinstance(w, int) for w in widths)
        ):
            self.splitter.setSizes(widths)
        self.splitter.splitterMoved.connect(lambda *_: self._save_timer.start())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.splitter)
        layout.addWidget(scroll, 1)
        # On a laptop the ten columns scroll sideways: a column taking the focus (arrow keys,
        # a moved card followed, a click) is scrolled into view whole.
        self.columns_scroll = scroll
        for column in self.columns:
            column.view.installEventFilter(self)

        # 舒适/紧凑: ``density_action`` is the 视图 menu's toggle, kept in the preferences.
        self.density = CardDensity(
            self.delegate, [c.view for c in self.columns], lambda: self.prefs, self._save_prefs, self
        )
        self.density_action = self.density.action

        if services is None:
            self._set_live(False)
        elif load:
            self.refresh()

    # -- data ----------------------------------------------------------------------------

    @property
    def prefs(self) -> Preferences:
        return self.services.prefs if self.services is not None else self._prefs

    @property
    def live(self) -> bool:
        """Whether the cards come from the database (not the start-up cache)."""
        return self.services is not None

    def _set_live(self, live: bool) -> None:
        """Read-only while showing the start-up cache: what would change data waits."""
        self.filters.setEnabled(live)
        for column in self.columns:
            column.add_button.setEnabled(live)
            column.view.setDragEnabled(live)
            column.view.setAcceptDrops(live)

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        """Paint the start-up cache: each column's first cards and its header figures as saved."""
        self.store.replace(card for column in snapshot.cards for card in column)
        self.store.today = dt.date.today()
        self.delegate.today = self.store.today
        self.filters.set_choices(
            snapshot.choices["owner"], snapshot.choices["industry"], snapshot.choices["region"]
        )
        for model, column, cards, stats in zip(
            self.models, self.columns, snapshot.cards, snapshot.stats, strict=True
        ):
            model.set_ids([c.id for c in cards])
            column.set_stats(stats)
        shown = sum(s.count for s in snapshot.stats)
        text = self.tr("看板 %1 / %2 个商机").replace("%1", str(shown)).replace("%2", str(snapshot.total))
        self.filters.summary.setText(text)
        self.counts_changed.emit(text)

    def attach(self, services: Services, cards: list[OpportunitySummary] | None = None) -> None:
        """The live cards replace the cached ones; the selection and scroll positions stay.
        ``cards``: the live cards when already read (start-up reads them off the GUI thread)."""
        selected = self.current_id()
        focused = next((c.view for c in self.columns if c.view.hasFocus()), None)
        scrolls = [c.view.verticalScrollBar().value() for c in self.columns]
        self.services = services
        self.view_state = None
        self.density.reload()  # the database's preferences from now on
        if cards is None:
            self.refresh()
        else:
            self._replace_cards(cards)
        self._set_live(True)
        for column, value in zip(self.columns, scrolls, strict=True):
            column.view.verticalScrollBar().setValue(value)
        if selected and self.column_of(selected):
            column = self.columns[self.column_of(selected) - 1]
            index = column.model.index(column.model.row_of(selected), 0)
            column.view.setCurrentIndex(index)
            if focused is not None:
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._unsaved_sort:  # a column sorted on the start-up picture is kept
            self._unsaved_sort = False
            self.save_state()

    def _not_yet(self) -> bool:
        """True (and says so) while the cards are still the start-up cache."""
        if self.services is None:
            self.status_message.emit(self.tr("正在载入商机，请稍候"))
            return True
        return False

    def refresh(self, ids: list[str] | None = None) -> None:
        """Reload ``ids`` (or every card) from the services and repaint what changed."""
        if self.services is None:
            return
        if ids is None:
            self._replace_cards(self.services.opportunities.list(include_closed=True))
            return
        wanted = list(dict.fromkeys(ids))
        found = self.services.opportunities.list(include_closed=True, ids=wanted) if wanted else []
        before = {i: self.store.get(i) for i in wanted}
        stages = self.store.upsert(found)
        stages |= self.store.remove(set(wanted) - {c.id for c in found})
        if self.view_state is not None and self.store.today == dt.date.today() and len(wanted) <= PATCH_LIMIT:
            # A few cards changed (a drop, an edit): patch the columns instead of re-filtering.
            changes = [(before[i], self.store.get(i)) for i in wanted]
            self._show(self.store.patch(self.filter, self.view_state, changes), set(wanted))
            return
        self._apply(set(wanted), stages)

    def _replace_cards(self, cards: list[OpportunitySummary]) -> None:
        self.store.replace(cards)
        self._set_choices()
        self._apply()
        if self._open_ready:
            self._index_pinyin()

    def _index_pinyin(self) -> None:
        """The cards' pinyin on the read worker (at 10,000 cards 0.3 s, and 0.5 s once for
        pypinyin's dictionaries: bench/bench_board_search.py), so that `hddl` finds 华东电力 from
        the first keystroke; a Latin search typed before it arrives indexes at once."""
        store = self.store
        if store.pinyin_ready:
            return

        def arrived(texts: PinyinTexts) -> None:
            if store.pinyin_ready:
                return
            store.take_pinyin(texts)
            if self.filter.search:
                self._apply()

        self.runner.query("board-pinyin", store.pinyin_texts, arrived)

    def ready(self) -> None:
        """The app is wired (projdesk.ui.app.assemble): an open asked for meanwhile happens now,
        and the search learns the cards' pinyin."""
        self._open_ready = True
        if self._pending_open and self.live:
            card_id, self._pending_open = self._pending_open, ""
            QTimer.singleShot(0, partial(self.request_open, card_id))
        if self.live:
            self._index_pinyin()

    def request_open(self, card_id: str) -> None:
        """Open a card (double-click, Enter, 打开); on the start-up picture or before the
        workspace exists, the request is kept and carried out once it does."""
        if not self.live or not self._open_ready:
            self._pending_open = card_id
            self.status_message.emit(self.tr("正在载入商机，载入后立即打开"))
            return
        self.open_requested.emit(card_id)

    def _set_choices(self) -> None:
        """The owner, industry and region lists of the filter bar, from the cards."""
        self.filters.set_choices(
            self.store.distinct("owner"), self.store.distinct("industry"), self.store.distinct("region")
        )

    def _apply(
        self, changed: Iterable[str] = (), stages: set[int] | None = None, within: BoardView | None = None
    ) -> None:
        """Filter the cards into the columns in one pass (only ``stages`` when given: the filter
        is unchanged since the last pass); reset only the columns whose ids changed."""
        if self.store.today != dt.date.today():
            self.store.today = dt.date.today()
            stages = within = None
        self.delegate.today = self.store.today
        self._show(self.store.apply(self.filter, stages, self.view_state, within), set(changed))

    def _show(self, view: BoardView, changed: set[str]) -> None:
        """Hand each column its ids (models reset only when they differ) and header figures."""
        self.view_state = view
        for model, column, ids, stats in zip(
            self.models, self.columns, view.columns, view.stats, strict=True
        ):
            if not model.set_ids(ids) and changed:
                model.cards_changed(changed)
            if stats != column.stats:
                column.set_stats(stats)
        total = len(self.store)
        text = self.tr("看板 %1 / %2 个商机").replace("%1", str(view.shown)).replace("%2", str(total))
        self.filters.summary.setText(text)
        self.counts_changed.emit(text)
        self._hint_no_match(view.shown == 0 and total > 0)

    def _hint_no_match(self, nothing: bool) -> None:
        """“没有匹配”, with what narrowed the board, when no card passes the search and filters."""
        if nothing:
            search = self.filter.search.strip()
            self.no_match.setText(
                self.tr("没有匹配“%1”的商机").replace("%1", search)
                if search
                else self.tr("没有匹配当前筛选条件的商机")
            )
        self.no_match.setVisible(nothing)

    def set_search(self, text: str) -> None:
        old = self.filter.search
        if text == old:
            return
        self.filter.search = text
        if self.services is None:
            return  # the cache holds only the first cards: the live ones are searched on arrival
        # Typing on narrows the board: only the cards shown now can still match.
        narrowing = bool(old.strip()) and text.casefold().startswith(old.casefold())
        self._apply(within=self.view_state if narrowing else None)

    def _filters_changed(self) -> None:
        self._apply()
        self.save_state()

    def sort_column(self, number: int, key: str) -> None:
        """Order one column by next date, amount or idle days ("" : newest first), kept with
        the database like the filters."""
        if key and key not in SORTS:
            return
        if key:
            self.filter.sorts[number] = key
        else:
            self.filter.sorts.pop(number, None)
        self.columns[number - 1].set_sort(key)
        self._apply(stages={number})
        self._unsaved_sort = not self.live
        self.save_state()

    def apply_saved_filter(self, state: dict[str, object]) -> None:
        """A saved filter's choices (the column order stays as it is); its search text goes
        to the window's search box, which hands it back through ``set_search``."""
        chosen = BoardFilter.from_state(state)
        self.filter.take_choices(chosen)
        self.filters.show_filter()
        self.search_requested.emit(chosen.search)
        self._apply()
        self.save_state()

    def _fill_saved_menu(self) -> None:
        """The 筛选方案 menu, read when it opens: each saved filter, then save and delete."""
        menu = self.filters.saved_menu
        menu.clear()
        saved = saved_filters(self.prefs)
        for name, state in saved.items():
            action = menu.addAction(name)
            action.setObjectName(f"savedFilter:{name}")
            action.triggered.connect(lambda _checked=False, s=state: self.apply_saved_filter(s))
        if saved:
            menu.addSeparator()
        menu.addAction(self.tr("保存当前筛选…"), self.save_current_filter).setObjectName("saveFilter")
        if saved:
            delete = menu.addMenu(self.tr("删除"))
            delete.setObjectName("deleteFilterMenu")
            for name in saved:
                action = delete.addAction(name)
                action.triggered.connect(lambda _checked=False, n=name: self.delete_saved_filter(n))

    def save_current_filter(self, name: str | None = None) -> str:
        """Name the current choices (asked when not given); returns the name kept, "" if none."""
        if self._not_yet() or self.services is None:
            return ""
        if name is None:
            name = dialogs.ask_text(self, self.tr("保存筛选"), self.tr("给当前的筛选条件起个名字："))
        if not name or not name.strip():
            return ""
        prefs = self.services.prefs
        kept = save_filter(prefs, name, self.filter)
        self._save_prefs(prefs)
        self.status_message.emit(self.tr("已保存筛选“%1”").replace("%1", kept))
        return kept

    def delete_saved_filter(self, name: str) -> None:
        if self.services is None:
            return
        prefs = self.services.prefs
        delete_filter(prefs, name)
        self._save_prefs(prefs)

    def save_state(self) -> None:
        """Filters, shown statuses and column widths, kept with the database."""
        self._save_timer.stop()
        if self.services is None:
            return
        prefs = self.services.prefs
        state = {**self.filter.to_state(), "widths": self.splitter.sizes()}
        if prefs.extra.get(STATE_KEY) == state:
            return
        prefs.extra[STATE_KEY] = state
        self._save_prefs(prefs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            column = next((c for c in self.columns if c.view is watched), None)
            if column is not None:
                self.columns_scroll.ensureWidgetVisible(column, 0, 0)
        return super().eventFilter(watched, event)

    def _save_prefs(self, prefs: Preferences) -> None:
        """The one place the board keeps its preferences (filters, sorts, widths, density)."""
        if self.services is not None:  # the start-up cache's preferences are not the database's
            self.services.ctx.save_preferences(prefs)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.delegate.clear_cache()  # cached card pictures carry the old colours
        super().changeEvent(event)

    def hideEvent(self, event: Any) -> None:
        if self._save_timer.isActive():
            self.save_state()
        super().hideEvent(event)

    # -- finding a card ------------------------------------------------------------------

    def column_of(self, card_id: str) -> int:
        """The stage whose column shows ``card_id`` now, or 0."""
        for model in self.models:
            if model.row_of(card_id) >= 0:
                return model.stage
        return 0

    def current_id(self) -> str | None:
        """The card with the keyboard focus when selected, else the first selected one, for
        actions on one card like 记录日志."""
        views = [c.view for c in self.columns]
        views.sort(key=lambda v: not v.hasFocus())
        for view in views:
            card_id = view.current_id()
            if card_id and view.selectionModel().isSelected(view.currentIndex()):
                return card_id
        selected = self.selected_ids()
        return selected[0] if selected else None

    def selected_ids(self) -> list[str]:
        """Every selected card, column by column (stage 1 first), top to bottom."""
        ids: list[str] = []
        for column in self.columns:
            rows = sorted(i.row() for i in column.view.selectionModel().selectedIndexes())
            ids.extend(column.model.ids()[r] for r in rows if r < column.model.rowCount())
        return ids

    def _select_only_in(self, number: int) -> None:
        """A click or arrow without Ctrl/Shift in one column: the other columns let go, so
        the board has one selection (Ctrl or Shift adds to it across columns)."""
        for column in self.columns:
            if column.spec.number != number and column.view.selectionModel().hasSelection():
                column.view.selectionModel().clearSelection()

    def select(self, card_id: str) -> bool:
        """Select (only) this card and focus it, scrolled into view."""
        number = self.column_of(card_id)
        if not number:
            return False
        column = self.columns[number - 1]
        index = column.model.index(column.model.row_of(card_id), 0)
        column.view.setCurrentIndex(index)  # clears and selects: the other columns let go too
        column.view.scrollTo(index)
        column.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def select_many(self, ids: Iterable[str]) -> int:
        """Select these cards (those shown), the last one current and scrolled into view;
        returns how many are selected."""
        shown = [i for i in ids if self.column_of(i)]
        if not shown or not self.select(shown[-1]):
            return 0
        flag = QItemSelectionModel.SelectionFlag.Select
        for card_id in shown[:-1]:
            column = self.columns[self.column_of(card_id) - 1]
            column.view.selectionModel().select(column.model.index(column.model.row_of(card_id), 0), flag)
        return len(shown)

    def _focus_neighbor(self, number: int, delta: int) -> None:
        row = max(0, self.columns[number - 1].view.currentIndex().row())
        target = number + delta
        while 1 <= target <= len(STAGES):
            column = self.columns[target - 1]
            count = column.model.rowCount()
            if count:
                index = column.model.index(min(row, count - 1), 0)
                column.view.setCurrentIndex(index)
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            target += delta

    # -- moving --------------------------------------------------------------------------

    def handle_drop(self, ids: list[str], target: int) -> bool:
        """A drop on a column: each move is queued on the runner's write worker (behind an
        import, if one runs); a move that needs a question asks once it has been refused."""
        if self._not_yet():
            return False
        queued = False
        together = len(ids) > 1  # the moved cards end up selected together
        for card_id in ids:
            card = self.store.get(card_id)
            if card is None or card.stage == target:
                continue
            ask = partial(self.prompt_move, card_id, target, follow=True)
            if target < card.stage:  # moving back always asks for a reason
                # Never open a modal inside the drag's event loop: ask once the drop is over.
                QTimer.singleShot(0, ask)
            else:
                self._move(card_id, target, on_refused=ask, follow=True, together=together)
            queued = True
        return queued

    def move_cards(self, ids: list[str], target: int) -> bool:
        """移动到… from the card menu: every card (of a multi-selection) as if dropped there."""
        return self.handle_drop([i for i in ids if (c := self.store.get(i)) and c.status == "open"], target)

    def _keyboard_move(self, card_id: str, delta: int) -> None:
        card = self.store.get(card_id)
        if card is None or not 1 <= card.stage + delta <= len(STAGES):
            return
        self.move_card(card_id, card.stage + delta)

    def move_card(self, card_id: str, target: int) -> bool:
        """Move with the same checks as a drop, asking when needed; the card stays selected.
        True when the move was queued or asked about."""
        if self._not_yet():
            return False
        card = self.store.get(card_id)
        if card is None or card.stage == target:
            return False
        if target < card.stage:
            return self.prompt_move(card_id, target, follow=True)
        self._move(
            card_id, target, follow=True, on_refused=partial(self.prompt_move, card_id, target, follow=True)
        )
        return True

    def _move(
        self,
        card_id: str,
        target: int,
        *,
        force: bool = False,
        reason: str = "",
        on_refused: Callable[[], object] | None = None,
        warn: bool = False,
        follow: bool = False,
        together: bool = False,
    ) -> None:
        """Queue the move on the write worker; the card repaints once the move is applied (and
        is selected and scrolled into view in its new column with ``follow``; ``together``:
        added to the selection, as one of several cards moved at once). The move goes on the
        undo stack. A refused gate calls ``on_refused`` (the prompt); other known failures are
        one line, in the status bar after a drop, as a warning after a prompt (``warn``)."""
        services = self.services
        card = self.store.get(card_id)
        if services is None or card is None:
            return
        done = Move(card_id, card.stage, target, force, reason)

        def work(_progress: Progress, _cancel: threading.Event) -> list[str]:
            return services.opportunities.move(card_id, target, force=force, reason=reason)

        def moved(overridden: list[str]) -> None:
            self.moves.record(done)
            self._report_moved(card_id, target, overridden)  # the bus has repainted the card
            if follow:
                self._follow(card_id, together)

        def failed(error: BaseException) -> None:
            if isinstance(error, RuleRefused) and on_refused is not None:
                on_refused()
                return
            self.refresh([card_id])  # the card goes back to where the database has it
            if warn:
                self.runner.report_failure(error, self)
                return
            text = failure_text(error)
            if text is not None:
                self.status_message.emit(text)

        self.runner.write(self.tr("正在移动商机…"), work, moved, failed)

    def _follow(self, card_id: str, together: bool) -> None:
        """A moved or new card: selected and scrolled into view (with the others moved with it)."""
        if not together:
            self.select(card_id)
            return
        self.select_many([*self.selected_ids(), card_id])

    # -- undo and redo of moves ----------------------------------------------------------

    def undo_move(self) -> bool:
        """Take the last move back (Ctrl+Z while the board shows): its stage and stage-entry time
        return, in the history as undoing the move. False when there is none to undo."""
        move, services = self.moves.last_done(), self.services
        if move is None or services is None:
            return False
        history = services.history

        def work(_progress: Progress, _cancel: threading.Event) -> object:
            return history.undo_move(move.card_id, move.target)

        def undone(_reverted: object) -> None:
            self.moves.undone(move)
            self._report_undo(self.tr("已撤销移动：“%1”回到“%2”"), move.card_id, move.origin)

        def failed(error: BaseException) -> None:
            self.moves.forget(move)  # changed since: neither undo nor redo may act on it
            text = failure_text(error)
            if text is not None:
                self.status_message.emit(text)

        self.runner.write(self.tr("正在撤销移动…"), work, undone, failed)
        return True

    def redo_move(self) -> bool:
        """Make the move taken back last again (Ctrl+Shift+Z, Ctrl+Y), through the same gates,
        with the reason given the first time. False when there is none to redo."""
        move, services = self.moves.last_undone(), self.services
        if move is None or services is None:
            return False
        opportunities = services.opportunities

        def work(_progress: Progress, _cancel: threading.Event) -> list[str]:
            return opportunities.move(move.card_id, move.target, force=move.force, reason=move.reason)

        def redone(_overridden: list[str]) -> None:
            self.moves.redone(move)
            self._report_undo(self.tr("已重做移动：“%1”进入“%2”"), move.card_id, move.target)

        def failed(error: BaseException) -> None:
            self.moves.forget(move)
            text = failure_text(error)
            if text is not None:
                self.status_message.emit(text)

        self.runner.write(self.tr("正在重做移动…"), work, redone, failed)
        return True

    def _report_undo(self, text: str, card_id: str, number: int) -> None:
        card = self.store.get(card_id)
        title = f"{card.customer} {card.name}" if card else card_id
        self.status_message.emit(text.replace("%1", title).replace("%2", tr(stage(number).name)))
        self.select(card_id)

    # -- the card's menu -----------------------------------------------------------------

    def card_menu(self, card_id: str) -> QMenu:
        """The right-click menu of a card (projdesk.ui.board.card_menu)."""
        from projdesk.ui.board.card_menu import card_menu  # on first right-click: not at start-up

        return card_menu(self, card_id)

    def _show_card_menu(self, card_id: str, where: QPoint) -> None:
        self.card_menu(card_id).popup(where)  # not exec(): nothing waits on it

    def close_cards(self, ids: list[str], outcome: str) -> bool:
        """结案 (赢单 / 丢单 / 暂停) one card or every selected one: one dialog, one close each."""
        from projdesk.ui.close_dialog import close_opportunities  # not part of the first paint

        if self.services is None or not ids:
            return False
        return close_opportunities(
            self,
            self.services,
            self.runner,
            ids,
            lambda opp_id, _closed: self._report_closed(opp_id),
            outcome,
        )

    def close_card(self, card_id: str) -> bool:
        return self.close_cards([card_id], "lost")

    def reopen_card(self, card_id: str) -> bool:
        from projdesk.ui.close_dialog import reopen_opportunity

        if self.services is None:
            return False
        return reopen_opportunity(
            self, self.services, self.runner, card_id, lambda _c: self._report_closed(card_id)
        )

    def _report_closed(self, card_id: str) -> None:
        card = self.store.get(card_id)
        title = f"{card.customer} {card.name}" if card else card_id
        status = tr(STATUSES[card.status]) if card else ""
        self.status_message.emit(self.tr("“%1”：%2").replace("%1", title).replace("%2", status))

    def _report_moved(self, card_id: str, target: int, overridden: list[str]) -> None:
        card = self.store.get(card_id)
        title = f"{card.customer} {card.name}" if card else card_id
        text = self.tr("“%1”已进入“%2”").replace("%1", title).replace("%2", stage(target).name)
        if overridden:
            text += self.tr("；未满足的门槛：") + "；".join(overridden)
        self.status_message.emit(text)

    def prompt_move(self, card_id: str, target: int, *, follow: bool = False) -> bool:
        """Ask what a move needs (a reason back, fields or an override forward); cancel changes
        nothing. True when a move (or the fields it needs) was queued."""
        card, services = self.store.get(card_id), self.services
        if card is None or card.stage == target or services is None:  # no moves on the cached cards
            return False
        title = f"{card.customer} {card.name}"
        name = stage(target).name
        if target < card.stage:
            reason = dialogs.ask_text(
                self,
                self.tr("退回阶段"),
                self.tr("把“%1”退回到“%2”的原因：").replace("%1", title).replace("%2", name),
            )
            if not reason or not reason.strip():
                self.status_message.emit(self.tr("已取消，商机留在原阶段"))
                return False
            self._move(card_id, target, reason=reason, warn=True, follow=follow)
            return True
        try:
            return self._prompt_gates(services, card_id, target, title, name, follow)
        except ProjDeskError as exc:  # the gates could not be read
            dialogs.warn(self, self.tr("不能移动"), error_text(exc))
            return False

    def _prompt_gates(
        self, services: Services, card_id: str, target: int, title: str, name: str, follow: bool
    ) -> bool:
        from projdesk.ui.board.move_prompt import FIX, OVERRIDE, MovePromptDialog  # not needed at start

        unmet = services.opportunities.unmet_gates(card_id, target)
        if not unmet:  # satisfied meanwhile
            self._move(card_id, target, warn=True, follow=follow)
            return True
        card = self.store.get(card_id)
        dialog = MovePromptDialog(
            title,
            name,
            unmet,
            certified_leads=list(services.prefs.certified_leads),
            current={"project_lead": card.project_lead if card else ""},
            parent=self,
        )
        answer = dialogs.run_dialog(dialog)
        choice, values, reason = dialog.choice, dialog.values(), dialog.reason()
        dialog.deleteLater()
        if answer != QDialog.DialogCode.Accepted or not choice:
            self.status_message.emit(self.tr("已取消，商机留在原阶段"))
            return False
        if choice == OVERRIDE:
            override = partial(
                self._move, card_id, target, force=True, reason=reason, warn=True, follow=follow
            )
            if values:  # what was filled in beside the reason is kept, then the move overrides
                self._fill_then_ask_again(services, card_id, target, values, follow, then=override)
            else:
                override()
            return True
        if choice == FIX:
            self._fill_then_ask_again(services, card_id, target, values, follow)
            return True
        return False

    def _fill_then_ask_again(
        self,
        services: Services,
        card_id: str,
        target: int,
        values: dict[str, Any],
        follow: bool,
        then: Callable[[], object] | None = None,
    ) -> None:
        """Write the fields the prompt collected, then ask again (or move when nothing is unmet),
        or do ``then`` (the override the prompt chose) once they are written."""

        def work(_progress: Progress, _cancel: threading.Event) -> None:
            if values:
                services.opportunities.update(card_id, values)

        def filled(_result: None) -> None:
            if then is not None:
                then()
                return
            self.prompt_move(card_id, target, follow=follow)

        def failed(error: BaseException) -> None:
            text = failure_text(error)
            if text is None:
                return
            dialogs.warn(self, self.tr("填写有误"), text)
            self.prompt_move(card_id, target, follow=follow)

        self.runner.write(self.tr("正在保存…"), work, filled, failed)

    def _changes_made(self, changes: Changes) -> None:
        """The bus: reload just the named cards, and the cards of a named customer (its name,
        key-account mark and contacts show on them); every card when a whole kind changed."""
        ids, customers = changes.ids(OPPORTUNITY), changes.ids(CUSTOMER)
        if self.services is None:
            return
        if ids is None or customers is None or self._reloading:
            # A card changed while every card is being read may have been read before it
            # changed: read them all again (the newer read supersedes the older one).
            self._reload_all()
            return
        named = set(ids) | {c.id for c in self.store.cards() if c.customer_id in customers}
        if named:
            self.refresh(sorted(named))

    def _reload_all(self) -> None:
        """Every card (after an import). At 10,000 cards the read (0.6 s), the indexing (0.5 s)
        and the filter pass (0.4 s) all run on the read worker, into a fresh store; the GUI
        thread only swaps it in and hands the columns their ids."""
        services = self.services
        if services is None:
            return
        self._reloading = True
        fresh, flt = self.store.copy_empty(), copy.deepcopy(self.filter)

        def read() -> tuple[BoardStore, BoardView]:
            fresh.replace(services.opportunities.list(include_closed=True), pinyin=True)
            return fresh, fresh.apply(flt)

        def arrived(result: tuple[BoardStore, BoardView]) -> None:
            self._reloading = False
            store, view = result
            self.store.adopt(store)
            self._set_choices()
            if self.filter != flt or self.store.today != dt.date.today():
                self._apply()  # the filter changed meanwhile: one pass here
            else:
                self.delegate.today = self.store.today
                self._show(view, set())

        def failed(error: BaseException) -> None:
            self._reloading = False  # the cards shown stay; the next change reads again
            self.runner.report_failure(error, self)

        self.runner.query("board-cards", read, arrived, failed)

    # -- creating ------------------------------------------------------------------------

    def new_opportunity(self, stage_number: int = 1) -> str | None:
        """The 新建商机 dialog (it creates the card on the write worker); returns the new id."""
        if self._not_yet() or self.services is None:
            return None
        from projdesk.ui.board.new_opportunity import NewOpportunityDialog  # on first use: start-up

        dialog = NewOpportunityDialog(
            self.services,
            self.runner,
            customers=sorted({c.customer for c in self.store.cards()}),
            regions=self.store.distinct("region"),
            stage_number=stage_number,
            parent=self,
        )
        answer = dialogs.run_dialog(dialog)
        created = dialog.created_id if answer == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if created:
            self._created(created)
        return created

    def quick_create(self, number: int, text: str) -> bool:
        """“客户 项目 [金额]” typed at the top of a column creates a card in that stage, on the
        write worker; True when queued. A refusal is one line and the text stays to correct."""
        services = self.services
        if self._not_yet() or services is None:
            return False
        parts = text.split()
        column = self.columns[number - 1]
        if len(parts) < 2:
            self.status_message.emit(self.tr("请输入：客户 项目 [金额]"))
            return False
        amount = parts[-1] if len(parts) >= 3 and is_amount_text(parts[-1]) else None
        project = " ".join(parts[1:-1] if amount else parts[1:])

        def work(_progress: Progress, _cancel: threading.Event) -> str:
            return services.opportunities.add(parts[0], project, amount=amount, stage_number=number)

        def created(card_id: str) -> None:
            column.quick.clear()
            column.quick.hide()
            self._created(card_id)

        def failed(error: BaseException) -> None:
            text = failure_text(error)
            if text is not None:
                self.status_message.emit(text)

        self.runner.write(self.tr("正在新建商机…"), work, created, failed)
        return True

    def _created(self, card_id: str) -> None:
        """After the bus has brought the new card: its filter choices, selected and in view."""
        if self.store.get(card_id) is not None:
            self._set_choices()
        if not self.select(card_id):
            self.status_message.emit(self.tr("已新建；当前的筛选条件下看不到它"))
        else:
            self.status_message.emit(self.tr("已新建商机"))
