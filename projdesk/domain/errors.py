"""Typed errors shared by every layer; the CLI maps them to exit codes.

A lower layer names what went wrong by a code and its parameters (``InvalidInput.coded(...)``);
the words live in projdesk.labels (ERROR_TEXTS). ``str()`` reads in Chinese, the CLI's line; the
GUI words the code through Qt's translator (projdesk.ui.labels.error_text), so English reads
English. Older call sites still pass a finished sentence: those have no code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Self

from projdesk import labels


@dataclass(frozen=True, eq=True)
class Problem:
    """What is wrong with one value, by code (a key of labels.PROBLEM_TEXTS) and parameters.

    A refusal names the value, then its problem: ``InvalidInput.coded("value_refused",
    field=…, problem=Problem(...))`` carries the problem's code and parameters among its own,
    so the GUI words the whole line in the chosen language. ``str()`` reads in Chinese.
    """

    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return labels.problem_text(self.code, self.params)


class ProjDeskError(Exception):
    """Base class: ``str(error)`` is one line a salesperson can read."""

    exit_code = 1
    code: str = ""  # a key of projdesk.labels.ERROR_TEXTS, or "" for a finished sentence
    params: dict[str, str]

    @classmethod
    def coded(cls, code: str, /, **params: object) -> Self:
        """The error named by ``code``; its text (labels.ERROR_TEXTS) with ``params`` filled in."""
        words: dict[str, str] = {}
        for name, value in params.items():
            if isinstance(value, Problem | ProjDeskError) and value.code:
                # a problem or a coded error within this one: its code under the param's name
                # ("problem", "error"), its params beside, so each part is worded where shown
                words.update(value.params)
                words[name] = value.code
            else:
                words[name] = str(value)
        error = cls(labels.error_text(code, words))
        error.code = code
        error.params = words
        return error


class InvalidInput(ProjDeskError):
    """A value or argument the user gave is wrong (bad date, amount, stage...)."""

    exit_code = 2


class NotFound(InvalidInput):
    """An id or name that does not exist."""


class RuleRefused(ProjDeskError):
    """A method rule (stage gate, required field) refuses the change."""

    exit_code = 3

    def __init__(self, message: str, reasons: list[str] | None = None) -> None:
        super().__init__(message)
        self.reasons: list[str] = list(reasons or [])

    def __str__(self) -> str:
        head = super().__str__()
        if not self.reasons:
            return head
        return head + "\n" + "\n".join(f"  - {r}" for r in self.reasons)


class BadInputFile(ProjDeskError):
    """A file to read is corrupt, foreign, too new, tampered or undecryptable."""

    exit_code = 4


class DatabaseTooNew(BadInputFile):
    """The database was written by a newer ProjDesk; it is left untouched."""


class DatabaseDamaged(BadInputFile):
    """The database fails SQLite's integrity check; it is never written to."""


class DatabaseInUse(BadInputFile):
    """Another ProjDesk window already has this database open (one GUI per database)."""


class EnvironmentFailure(ProjDeskError):
    """The machine refused, not the user: nothing was changed and trying again later may work.

    Exit 1 like any failure the user's input did not cause; the line says what to do about it.
    """

    exit_code = 1


class DatabaseBusy(EnvironmentFailure):
    """Another program held the database's write lock for longer than the wait allows."""


class ReadOnlyPlace(EnvironmentFailure):
    """The database or the target folder cannot be written (read-only disk, folder or file)."""


class DiskFull(EnvironmentFailure):
    """The disk ran out of space; the write was undone and no partial file is left."""


class WriteRejected(ProjDeskError):
    """The database refused a write its constraints forbid; the transaction was rolled back."""

    exit_code = 1
