"""Pictures of the cards a start shows first, kept beside the database with the board cache.

The first paint of a card costs about 0.6 ms (Chinese glyphs, shaping, antialiased shapes); drawing
a ready picture of it, a few µs. So the app saves, when the board cache is written, what each
column's first screen of cards looks like, and the next start hands those pictures to the
delegate. Each picture carries the delegate's own key (the card's values, its size, the day, the
idle mark, the pixel ratio, the font) plus the colours and card words of the whole file: a
picture is used only where the delegate would draw exactly it, so a stale or foreign file costs
nothing but the read. The pictures are of one start-up snapshot's cards (its token), so a card
is found by its id. Raw pixels, uncompressed: unpacking them must stay cheaper than drawing.
"""

from __future__ import annotations

import datetime as dt
import json
import mmap
import struct
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem

from projdesk.ui.board.column import BoardListView
from projdesk.ui.board.delegate import CardKey
from projdesk.ui.board.view import BoardWidget
from projdesk.ui.startup.board_cache import BoardSnapshot, write_atomically

SUFFIX = ".board-cards"
MAGIC = b"PDCARDS1"
DRAWING = 1  # raise whenever CardDelegate draws differently: older pictures then go unused
MAX_BYTES = 12 * 1024 * 1024  # a very large or very sharp screen: drawing beats reading
_HEADER = struct.Struct("<8sI")  # magic, length of the JSON index that follows


def pictures_path(db: Path) -> Path:
    return db.with_name(db.name + SUFFIX)


def _options(view: BoardListView) -> tuple[QStyleOptionViewItem, int] | None:
    """The view's item option for a card at the top, and how many cards fill a screen."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return None
    rect = view.visualRect(model.index(0, 0))
    if rect.isEmpty():
        return None
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, rect.width(), rect.height())
    # The window's height, not the column's: docks built after the first paint take room
    # from the board that the next start's first paint still has.
    return option, view.window().height() // rect.height() + 1


def save_pictures(db: Path, board: BoardWidget, snapshot: BoardSnapshot) -> bool:
    """Draw the first screen of the snapshot's cards (per column, as the next start shows them)
    at the columns' present sizes, and write them atomically; False when nothing was written."""
    target = pictures_path(db)
    delegate = board.delegate
    index: list[dict[str, Any]] = []
    blobs: list[bytes] = []
    size = 0
    for column, column_cards in zip(board.columns, snapshot.cards, strict=True):
        found = _options(column.view)
        if found is None:
            continue
        option, count = found
        ratio = column.view.devicePixelRatioF()
        for card in column_cards[:count]:
            key = delegate.card_key(card, option, ratio)
            image = delegate.picture(card, option, ratio).toImage()
            data = bytes(image.constBits())
            size += len(data)
            if size > MAX_BYTES:
                target.unlink(missing_ok=True)
                return False
            fields = key._asdict()
            del fields["card"]  # found by id at the next start
            fields["today"] = key.today.isoformat()
            index.append(
                {
                    "id": card.id,
                    "key": fields,
                    "image": [image.width(), image.height(), image.bytesPerLine(), image.format().value],
                    "bytes": len(data),
                }
            )
            blobs.append(data)
    head = {
        "drawing": DRAWING,
        "snapshot": snapshot.token,
        "style": delegate.style_signature(board.columns[0].view.palette()),
        "pictures": index,
    }
    payload = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return write_atomically(target, [_HEADER.pack(MAGIC, len(payload)), payload, *blobs])


def load_pictures(db: Path, board: BoardWidget, snapshot: BoardSnapshot) -> int:
    """Give the delegate the saved pictures of ``snapshot``'s cards that still match its key;
    how many (0 when the file is missing, unreadable, of another snapshot or of other colours,
    words or drawing code: never an error)."""
    delegate = board.delegate
    try:
        with open(pictures_path(db), "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            magic, length = _HEADER.unpack_from(data)
            start = _HEADER.size + length
            head = json.loads(data[_HEADER.size : start])
            if (
                magic != MAGIC
                or head.get("drawing") != DRAWING
                or head.get("snapshot") != snapshot.token
                or head.get("style") != delegate.style_signature(board.columns[0].view.palette())
            ):
                return 0
            with memoryview(data) as pixels:
                return _hand_over(head["pictures"], pixels, start, board)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, BufferError, struct.error):
        return 0


def _hand_over(entries: list[dict[str, Any]], pixels: memoryview, offset: int, board: BoardWidget) -> int:
    """Each entry's pixels (from ``offset`` on) as a picture in the delegate's cache; how many."""
    loaded = 0
    for entry in entries:
        width, height, line, fmt = entry["image"]
        begin, offset = offset, offset + int(entry["bytes"])
        card = board.store.get(entry["id"])
        if offset > len(pixels) or line * height != offset - begin or card is None:
            return loaded
        fields = entry["key"]
        key = CardKey(**{**fields, "card": card, "today": dt.date.fromisoformat(fields["today"])})
        with pixels[begin:offset] as view:
            picture = QPixmap.fromImage(QImage(view, width, height, line, QImage.Format(fmt)).copy())
        picture.setDevicePixelRatio(key.ratio)
        board.delegate.remember(key, picture)
        loaded += 1
    return loaded
