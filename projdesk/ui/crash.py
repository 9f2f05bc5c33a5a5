"""Unexpected exceptions in the GUI: logged with their traceback, shown in one dialog, survived.

PySide hands an exception raised in a slot (a button, a timer, a model) to ``sys.excepthook`` and
goes on with the event loop, so the hook is where every one of them arrives: it writes the log
(set up on the first one if the start had not yet) and asks ``dialogs.show_crash`` to tell the
user what happened, where the log is and offer the details to copy. One dialog at a time: an
exception raised while it is open (a timer firing behind it) only goes to the log.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from projdesk.ui.common import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["CrashReporter", "failure_text", "install_crash_handler"]


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CrashReporter", text)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashReporter:
    """The GUI's ``sys.excepthook``; ``parent()`` gives the window the dialog belongs to."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self.parent = parent
        self.showing = False
        self.previous: ExceptHook = sys.excepthook
        self.previous_thread_hook = threading.excepthook

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started the app
            self.previous(kind, error, tb)
            return
        from projdesk.failures import explain
        from projdesk.logs import ensure_logging, logger

        log = ensure_logging()
        known = explain(error)  # a busy database or a full disk met in a slot is no bug
        details = "".join(traceback.format_exception(kind, error, tb))
        if known is not None:
            logger.info("操作未完成：%s\n%s", known, details)  # notr: the log
        else:
            logger.error("图形界面中的意外错误\n%s", details)  # notr: the log
        if self.showing:
            return
        self.showing = True
        try:
            if known is not None:
                dialogs.warn(self.parent(), tr("操作未完成"), str(known))
            else:
                dialogs.show_crash(self.parent(), summary(error), details, log)
        finally:
            self.showing = False


def summary(error: BaseException) -> str:
    """What happened, in a sentence: the kind of error and its first line."""
    first = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    what = f"{type(error).__name__}: {first}" if first else type(error).__name__
    return tr("程序遇到了一个意外错误（%s）。刚才的操作可能没有完成，其余数据不受影响，可以继续工作。") % what


def failure_text(error: BaseException) -> str | None:
    """The line a failed background task shows, or None when the crash dialog took it over.

    A known failure (a refused rule, a bad file, a busy or read-only database, a full disk) is
    its one line; anything else is a bug: the crash reporter logs it and shows its dialog.
    """
    from projdesk.failures import explain
    from projdesk.ui.common.runner import Cancelled

    if isinstance(error, Cancelled):  # the user's choice, never a crash
        return tr("已取消，未写入任何文件。")
    known = explain(error)
    if known is not None:
        from projdesk.ui.labels import error_text

        return error_text(known)  # a refusal by the method's rules in the chosen language
    hook = sys.excepthook
    if isinstance(hook, CrashReporter):
        hook(type(error), error, error.__traceback__)
    else:  # no window yet (or a test): the log still gets it
        from projdesk.logs import ensure_logging, logger

        ensure_logging()
        logger.error("后台任务中的意外错误", exc_info=error)  # notr: the log
    return None


def install_crash_handler(parent: Callable[[], QWidget | None]) -> CrashReporter:
    """Make the reporter ``sys.excepthook``; returns it (``uninstall`` puts the old hooks back).

    An exception that ends a plain thread only goes to the log: no Qt call is safe off the GUI
    thread (background tasks hand theirs to the GUI thread through their future instead).
    """
    reporter = CrashReporter(parent)
    sys.excepthook = reporter
    threading.excepthook = _log_thread_exception
    return reporter


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    from projdesk.logs import ensure_logging, logger

    ensure_logging()
    name = args.thread.name if args.thread is not None else "?"
    error = args.exc_value or args.exc_type()
    what = "线程 %s 中的意外错误"  # notr: the log
    logger.error(what, name, exc_info=(args.exc_type, error, args.exc_traceback))


def uninstall(reporter: CrashReporter) -> None:
    if sys.excepthook is reporter:
        sys.excepthook = reporter.previous
    if threading.excepthook is _log_thread_exception:
        threading.excepthook = reporter.previous_thread_hook


def log_location(log: Path | None) -> str:
    return str(log) if log is not None else tr("（日志文件夹不可写，未能记录）")
