"""BoardWidget: ten stage columns over one store, the filter bar, moves and quick-create."""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMenu, QScrollArea, QSplitter, QVBoxLayout, QWidget

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
from projdesk.ui.board.store import BoardFilter, BoardStore, BoardView
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

        self._save_timer = QTimer(self)  # column widths are saved a moment after dragging stops
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_state)
        layout = QVBoxLayout(self)
        margin = max(2, self.fontMetrics().height() // 4)
        layout.setContentsMargins(margin, margin, margin, 0)
        self.filters = FilterBar(self.filter, self)
        self.filters.changed.connect(self._filters_changed)
        layout.addWidget(SidewaysRow(self.filters))  # a narrow window scrolls the filters, never grows

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("boardColumns")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(max(3, margin))
        self.models: list[ColumnModel] = []
        self.columns: list[ColumnWidget] = []
        for spec in STAGES:
            model = ColumnModel(spec.number, self.store, self.handle_drop, self)
            column = ColumnWidget(spec, model, self.delegate)
            column.view.open_requested.connect(self.open_requested)
            column.view.neighbor_requested.connect(self._focus_neighbor)
            column.view.move_requested.connect(self._keyboard_move)
            column.view.menu_requested.connect(self._show_card_menu)
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
        self.services.ctx.save_preferences(prefs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            column = next((c for c in self.columns if c.view is watched), None)
            if column is not None:
                self.columns_scroll.ensureWidgetVisible(column, 0, 0)
        return super().eventFilter(watched, event)

    def _save_prefs(self, prefs: Preferences) -> None:
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
        """The selected card (in the focused column first), for actions like 记录日志."""
        views = [c.view for c in self.columns]
        views.sort(key=lambda v: not v.hasFocus())
        for view in views:
            if view.selectionModel().hasSelection():
                card_id = view.current_id()
                if card_id:
                    return card_id
        return None

    def select(self, card_id: str) -> bool:
        """Select and focus the card, scrolled into view."""
        number = self.column_of(card_id)
        if not number:
            return False
        column = self.columns[number - 1]
        index = column.model.index(column.model.row_of(card_id), 0)
        column.view.setCurrentIndex(index)  # single selection: this selects it too
        column.view.scrollTo(index)
        column.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

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
        for card_id in ids:
            card = self.store.get(card_id)
            if card is None or card.stage == target:
                continue
            if target < card.stage:  # moving back always asks for a reason
                # Never open a modal inside the drag's event loop: ask once the drop is over.
                QTimer.singleShot(0, partial(self.prompt_move, card_id, target))
            else:
                self._move(card_id, target, on_refused=partial(self.prompt_move, card_id, target))
            queued = True
        return queued

    def _keyboard_move(self, card_id: str, delta: int) -> None:
        card = self.store.get(card_id)
        if card is None or not 1 <= card.stage + delta <= len(STAGES):
            return
        self.move_card(card_id, card.stage + delta)

    def move_card(self, card_id: str, target: int) -> bool:
        """Move with the same checks as a drop, asking when needed; keeps the card selected.
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
    ) -> None:
        """Queue the move on the write worker; the card repaints once the move is applied (and
        stays selected in its new column with ``follow``, as after a keyboard move).
        A refused gate calls ``on_refused`` (the prompt); other known failures are one line,
        in the status bar after a drop, as a warning after a prompt (``warn``)."""
        services = self.services
        if services is None:
            return

        def work(_progress: Progress, _cancel: threading.Event) -> list[str]:
            return services.opportunities.move(card_id, target, force=force, reason=reason)

        def moved(overridden: list[str]) -> None:
            self._report_moved(card_id, target, overridden)  # the bus has repainted the card
            if follow:
                self.select(card_id)

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

    # -- the card's menu -----------------------------------------------------------------

    def card_menu(self, card_id: str) -> QMenu:
        """The right-click menu of a card: open it, close it (结案), or reopen it."""
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        menu.addAction(self.tr("打开"), lambda: self.open_requested.emit(card_id))
        card = self.store.get(card_id)
        if self.services is not None and card is not None:
            if card.status == "open":
                menu.addAction(self.tr("结案…"), lambda: self.close_card(card_id)).setObjectName("closeCard")
            else:
                menu.addAction(self.tr("重新打开…"), lambda: self.reopen_card(card_id)).setObjectName(
                    "reopenCard"
                )
        return menu

    def _show_card_menu(self, card_id: str, where: QPoint) -> None:
        self.card_menu(card_id).popup(where)  # not exec(): nothing waits on it

    def close_card(self, card_id: str) -> bool:
        from projdesk.ui.close_dialog import close_opportunity  # the dialog is not part of the first paint

        if self.services is None:
            return False
        return close_opportunity(
            self, self.services, self.runner, card_id, lambda _c: self._report_closed(card_id)
        )

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
            fresh.replace(services.opportunities.list(include_closed=True))
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
