"""The log, for the GUI and the CLI alike: a rotating file in the platform's user log folder.

The file holds what a one-line error leaves out (the traceback of an unexpected failure), so a
salesperson can send it to support. ``PROJDESK_LOG_DIR`` moves it (tests); ``--verbose`` also
writes every record to stderr. Stdlib and platformdirs only: the GUI sets it up before Qt loads.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

__all__ = ["LOG_DIR_ENV", "ensure_logging", "log_file", "logger", "setup_logging"]

LOG_DIR_ENV = "PROJDESK_LOG_DIR"
LOG_NAME = "projdesk.log"
MAX_BYTES = 1_000_000  # a few weeks of ordinary use per file
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"

logger = logging.getLogger("projdesk")


class _Setup:
    done = False
    file: Path | None = None


def log_folder() -> Path:
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_log_dir

    return Path(user_log_dir("ProjDesk", appauthor=False))


def log_file() -> Path | None:
    """The file being written, or None when logging was not set up or the folder is not writable."""
    return _Setup.file


def ensure_logging() -> Path | None:
    """Set the log up unless it already is (the GUI, after ``projdesk --verbose gui`` set it up)."""
    return _Setup.file if _Setup.done else setup_logging()


def setup_logging(verbose: bool = False) -> Path | None:
    """(Re)configure the ``projdesk`` logger; returns the log file, None if it cannot be written.

    A log folder that cannot be made (read-only home) only loses the log: ProjDesk still runs.
    """
    for handler in list(logger.handlers):
        if getattr(handler, "_projdesk", False):
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    formatter = logging.Formatter(FORMAT)
    path = log_folder() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        _Setup.file = None
    else:
        _add(file_handler, formatter)
        _Setup.file = path
    if verbose:
        _add(logging.StreamHandler(sys.stderr), formatter)
    _Setup.done = True
    return _Setup.file


def _add(handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    handler._projdesk = True  # type: ignore[attr-defined]  # ours, replaced on the next setup
    logger.addHandler(handler)
