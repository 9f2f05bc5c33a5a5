"""The history tab's cells in words: which field (labels.FIELD_TEXTS, a step's own field labels),
and its old and new values as the rest of the GUI shows them (status words, amounts, dates in
Chinese form, moments in local time), never the stored codes and ISO texts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from projdesk.domain.catalog import STAGES, STATUSES, STEPS, FieldKind
from projdesk.storage import dto
from projdesk.storage.writer import VALUES_PREFIX
from projdesk.sync.columns import SYNCED_TABLES
from projdesk.ui.common.widgets import date_text, tr, yuan_text
from projdesk.ui.labels import (
    change_status_text,
    day_words,
    history_field_text,
    risk_level_text,
    risk_status_text,
    step_status_text,
    table_text,
    term,
)

# Each synchronised column's kind (money, date, datetime, bool…), as the snapshot format has it.
_KINDS: dict[str, dict[str, str]] = {
    spec.name: {c.name: c.kind for c in spec.columns} for spec in SYNCED_TABLES
}
_STEP_KINDS = {FieldKind.MONEY: "money", FieldKind.DATE: "date"}
_STAGE_NAMES = {str(s.number): s.name for s in STAGES}
# Codes stored as they are, in words by their table and field.
_CODES: dict[tuple[str, str], Callable[[str], str]] = {
    ("opportunities", "status"): lambda code: term(STATUSES[code]) if code in STATUSES else code,
    ("opportunities", "stage"): lambda n: f"{n} {term(_STAGE_NAMES[n])}" if n in _STAGE_NAMES else n,
    ("step_records", "status"): step_status_text,
    ("risks", "status"): risk_status_text,
    ("risks", "probability"): risk_level_text,
    ("risks", "impact"): risk_level_text,
    ("change_requests", "status"): change_status_text,
}
# A moment or a date the kind table does not name (a note's own old/new text).
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?", re.ASCII)
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_YES_NO = {
    "是": "是",
    "否": "否",
    "True": "是",
    "False": "否",
}  # notr: stored texts (to_text), translated below
_UNDO_REASON = "撤销："  # notr: what HistoryService.undo_last stores before the raw field name


def field_words(h: dto.HistoryView, letters: dict[str, str]) -> str:
    """Which field, in words: 步骤 E 项目立项 · 项目预算, 商机 · 下一步…"""
    if h.entity == "step_records" and h.entity_id in letters:
        spec = STEPS[letters[h.entity_id]]
        if h.field.startswith(VALUES_PREFIX):
            key = h.field[len(VALUES_PREFIX) :]
            label = tr(next((f.label for f in spec.fields if f.key == key), key))
        else:
            label = history_field_text(h.entity, h.field)
        return f"{tr('步骤')} {spec.letter} {tr(spec.title)} · {label}"
    return f"{table_text(h.entity)} · {history_field_text(h.entity, h.field)}"


def _kind(h: dto.HistoryView, letter: str | None) -> str | None:
    if h.field.startswith(VALUES_PREFIX) and letter is not None:
        key = h.field[len(VALUES_PREFIX) :]
        spec = next((f for f in STEPS[letter].fields if f.key == key), None)
        return _STEP_KINDS.get(spec.kind) if spec is not None else None
    return _KINDS.get(h.entity, {}).get(h.field)


def value_words(h: dto.HistoryView, text: str, letter: str | None) -> str:
    """One old or new value of a history line as the GUI shows such a value elsewhere."""
    if not text:
        return ""
    code = _CODES.get((h.entity, h.field))
    if code is not None:
        return code(text)
    kind = _kind(h, letter)
    try:
        if kind == "money":
            return yuan_text(Decimal(text))
        if kind == "bool" or text in _YES_NO:
            return tr(_YES_NO.get(text, text))
        if kind == "datetime" or _MOMENT.fullmatch(text):
            return date_text(dt.datetime.fromisoformat(text))
        if kind == "date" or _DAY.fullmatch(text):
            return day_words(dt.date.fromisoformat(text), relative=False)
    except (ValueError, InvalidOperation):
        pass  # an older or hand-made value: shown as it was stored
    return text


def reason_words(h: dto.HistoryView) -> str:
    """The reason typed with the change; an undo's own note (field code and raw values) is left
    out: the line already names the field and shows both values in words."""
    return "" if h.kind == "undo" and h.reason.startswith(_UNDO_REASON) else h.reason
