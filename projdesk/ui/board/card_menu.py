"""A card's right-click menu: open, move, close, log, documents, copy the name.

On a card that is part of a multi-selection, 移动到…, 结案 and the documents act on every
selected card; open and log are for the card under the mouse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from projdesk.domain.catalog import STAGES

if TYPE_CHECKING:
    from projdesk.ui.board.view import BoardWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("CardMenu", text)


def card_menu(board: BoardWidget, card_id: str) -> QMenu:
    """The menu for ``card_id``; its actions are named (objectName) for the tests and the docs."""
    from projdesk.deliverables.context import KIND_TITLES  # on first right-click, not at start-up
    from projdesk.deliverables.templates import KINDS

    selected = board.selected_ids()
    ids = selected if card_id in selected else [card_id]
    cards = [c for i in ids if (c := board.store.get(i)) is not None]
    live = board.live
    many = len(ids) > 1
    menu = QMenu(board)
    menu.setObjectName("cardMenu")

    def add(text: str, name: str, slot: object, enabled: bool = True) -> None:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        action.setEnabled(enabled)

    add(tr("打开"), "openCard", lambda: board.request_open(card_id))

    move = menu.addMenu(tr("移动 %d 个商机到…") % len(ids) if many else tr("移动到…"))
    move.setObjectName("moveMenu")
    move.setEnabled(live and any(c.status == "open" for c in cards))
    for spec in STAGES:
        action = move.addAction(f"{spec.number} {tr(spec.name)}")
        action.setObjectName(f"moveTo{spec.number}")
        action.setEnabled(any(c.stage != spec.number for c in cards))
        action.triggered.connect(lambda _checked=False, n=spec.number: board.move_cards(ids, n))

    open_ids = [c.id for c in cards if c.status == "open"]
    if not cards or open_ids:
        close = menu.addMenu(tr("结案 %d 个商机") % len(open_ids) if many else tr("结案"))
        close.setObjectName("closeMenu")
        close.setEnabled(live)
        for outcome, text in (("won", tr("赢单…")), ("lost", tr("丢单…")), ("on_hold", tr("暂停…"))):
            action = close.addAction(text)
            action.setObjectName(f"close_{outcome}")
            action.triggered.connect(lambda _checked=False, o=outcome: board.close_cards(open_ids, o))
    if not many and cards and cards[0].status != "open":
        add(tr("重新打开…"), "reopenCard", lambda: board.reopen_card(card_id), live)

    menu.addSeparator()
    add(tr("记录日志…"), "logCard", lambda: board.log_requested.emit(card_id), live)
    documents = menu.addMenu(tr("为 %d 个商机生成文档") % len(ids) if many else tr("生成文档"))
    documents.setObjectName("documentsMenu")
    documents.setEnabled(live)
    for kind in KINDS:
        action = documents.addAction(tr(KIND_TITLES[kind]))
        action.setObjectName(f"document_{kind}")
        action.triggered.connect(lambda _checked=False, k=kind: board.documents_requested.emit(ids, k))
    if many:
        add(tr("批量生成文档…"), "batchDocuments", board.batch_requested.emit, live)

    menu.addSeparator()
    add(tr("复制名称"), "copyName", lambda: copy_names(board, ids))
    return menu


def copy_names(board: BoardWidget, ids: list[str]) -> None:
    """Customer and project of each card, one a line, to the clipboard."""
    lines = [f"{c.customer} {c.name}" for i in ids if (c := board.store.get(i)) is not None]
    QGuiApplication.clipboard().setText("\n".join(lines))
    board.status_message.emit(tr("已复制：%s") % "；".join(lines))
