"""The material library of this device: stored as one setting, the first version's texts read once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.domain.library import Library, from_data, from_materials, to_data
from projdesk.storage.services.base import Context
from projdesk.storage.settings import read_setting, write_setting

__all__ = ["LIBRARY_KEY", "LibraryService"]

LIBRARY_KEY = "library"


class LibraryService:
    """A device-local setting like the preferences: a company shares it as a file, not a snapshot
    (every salesperson holds the same library; nobody edits it concurrently field by field)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def load(self) -> Library:
        with self.ctx.read() as session:
            stored = read_setting(session, LIBRARY_KEY)
        if stored is None:
            return from_materials(self.ctx.prefs.materials)
        return from_data(stored)

    def is_stored(self) -> bool:
        """Whether this device holds a library of its own (not only the first version's texts)."""
        with self.ctx.read() as session:
            return read_setting(session, LIBRARY_KEY) is not None

    def save(self, library: Library) -> None:
        with self.ctx.db.session() as session:
            write_setting(session, LIBRARY_KEY, to_data(library))

    def change(self, edit: Callable[[Library], Library]) -> tuple[Library, Library]:
        """Apply ``edit`` to the stored library in one transaction: (before, after). The result is
        checked like a library file, so a bad record saves nothing."""
        with self.ctx.db.session() as session:
            stored = read_setting(session, LIBRARY_KEY)
            before = from_materials(self.ctx.prefs.materials) if stored is None else from_data(stored)
            after = from_data(to_data(edit(before)))
            write_setting(session, LIBRARY_KEY, to_data(after))
        return before, after

    def set_company(self, field: str, value: str) -> Library:
        """One particular of the company profile (``config set company_name …``), checked like a
        library file's (a bad value saves nothing); the first version's texts are kept."""
        library = self.load()
        changed = replace(library, company=replace(library.company, **{field: value.strip()}))
        try:
            checked = from_data(to_data(changed))
        except BadInputFile as exc:
            # a value typed in, not a file read: exit 2 and the value's own words
            raise InvalidInput.coded("company_value_bad", **exc.params) from None
        self.save(checked)
        return checked
