"""Finding a record by what a user types: its full id or a unique prefix of it."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from projdesk.domain.errors import InvalidInput, NotFound
from projdesk.storage.models import Synced

M = TypeVar("M", bound=Synced)
MIN_PREFIX = 4  # shorter prefixes match too much to be meant


def resolve_record(session: Session, model: type[M], reference: str, *criteria: Any) -> M:
    """The live row whose id is ``reference`` or starts with it (at least 4 characters).

    ``criteria`` narrow the search (e.g. the payments of one opportunity); an ambiguous prefix
    is refused rather than guessed.
    """
    ref = (reference or "").strip()
    table = inspect(model).tables[0].name  # names the record in the refusal, in the chosen language
    live = (model.deleted.is_(False), *criteria)
    exact = session.scalars(select(model).where(model.id == ref, *live)).first()
    if exact is not None:
        return exact
    if len(ref) >= MIN_PREFIX:
        found = session.scalars(select(model).where(model.id.startswith(ref), *live).limit(2)).all()
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InvalidInput.coded("id_prefix_ambiguous", table=table, ref=ref)
    raise NotFound.coded("not_found", table=table, id=ref)
