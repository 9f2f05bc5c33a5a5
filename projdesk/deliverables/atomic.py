"""Writing a generated file atomically: a temporary file beside the target, fsync, then replace.

Every deliverable writer (Word, slides, Excel) goes through here, so a killed process or a full
disk never leaves a half-written file under the user's name.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    """The process umask (reading it means setting it: put straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(target: Path, before_replace: Callable[[], None] | None = None) -> Iterator[Path]:
    """A temporary path in ``target``'s folder; moved over ``target`` only if the block succeeds.

    ``before_replace`` runs once the file is complete on disk, just before it takes its place: if
    it raises (the database busy when the document is recorded), no file is left either.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(
        prefix=f".{target.stem[:40]}-", suffix=target.suffix + ".tmp", dir=target.parent
    )
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); a document is created like any other file,
        # with the user's umask, or keeps the mode of the file it replaces.
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
