"""The headless command line over the same services as the GUI (contract in DESIGN.md).

Exit codes: 0 done; 1 unexpected failure, or the machine refused (database busy, read-only place,
full disk, a write the database's constraints reject); 2 usage or invalid value; 3 refused by a
rule; 4 bad input file (corrupt, foreign, too new, tampered, wrong passphrase; a damaged database;
a database another ProjDesk window has open). Every failure is one Chinese line on stderr, never a
traceback, SQL or the values written: :func:`main` is the one place that maps them. The details
of an unexpected one go to the log (``projdesk.logs``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from projdesk import __version__
from projdesk.cli import (
    activity,
    agenda,
    attachment,
    backup,
    case,
    change,
    config,
    demo,
    doc,
    gui,
    library,
    opp,
    records,
    report,
    requirement,
    risk,
    sheet,
    snapshot,
    step,
)
from projdesk.domain.errors import InvalidInput
from projdesk.failures import explain
from projdesk.logs import log_file, logger, setup_logging

if TYPE_CHECKING:
    from projdesk.storage.services import Services

# Each module adds its sub-commands with ``register(subparsers)``; the handler it sets as
# ``func`` takes the parsed arguments and an ``open_services()`` callable.
COMMAND_MODULES: list[ModuleType] = [
    gui,
    demo,
    opp,
    step,
    activity,
    agenda,
    attachment,
    records,
    risk,
    change,
    requirement,
    library,
    report,
    case,
    config,
    sheet,
    doc,
    snapshot,
    backup,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"用法错误：{message}（参见 {self.prog} --help）\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="projdesk", description="ProjDesk 项目运作助手")
    parser.add_argument("--version", action="version", version=f"ProjDesk {__version__}")
    parser.add_argument("--db", type=Path, help="数据库文件（默认：用户数据目录，或环境变量 PROJDESK_DB）")
    parser.add_argument("--verbose", action="store_true", help="把日志也输出到标准错误")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def split_assignments(items: list[str]) -> dict[str, str]:
    """``FIELD=VALUE`` words as a dict; a word without ``=`` is a usage error."""
    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"应为 字段=值：{item}")
        pairs[key.strip()] = value
    return pairs


def main(argv: list[str]) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv or ["gui"])
    if args.command is None:
        args, extra = parser.parse_known_args([*argv, "gui"])
    if extra:
        # FIELD=VALUE words that argparse could not place after an option (`step ID K --done a=b`).
        if not hasattr(args, "assignments") or any(w.startswith("-") for w in extra):
            parser.error(f"无法识别的参数：{' '.join(extra)}")
        args.assignments = [*args.assignments, *extra]
    handler: Callable[..., int] = args.func
    setup_logging(verbose=args.verbose)
    logger.info("命令：%s", args.command)  # the command only: its values stay out of the log
    services = None

    def open_services() -> Services:
        nonlocal services
        from projdesk.storage.lock_wait import watch_lock_waits
        from projdesk.storage.services import Services

        if services is None:
            services = Services.open(args.db)
            watch_lock_waits(services.db.engine, _say_waiting)
        return services

    try:
        return handler(args, open_services)
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except Exception as exc:  # the promise: one line, no traceback (PROJDESK_DEBUG=1 shows it)
        return _report_failure(exc, args.db)
    finally:
        if services is not None:
            services.close()


def _say_waiting(seconds: float) -> None:
    print(f"数据库正被另一个程序写入，已等待 {seconds:g} 秒，继续等待…", file=sys.stderr, flush=True)


def _report_failure(exc: Exception, db: Path | None) -> int:
    """One line on stderr and the exit code; an unexpected failure's traceback goes to the log."""
    from projdesk.storage.paths import default_db_path

    known = explain(exc, db or default_db_path())
    if known is not None:
        logger.info("失败（退出码 %d）：%s", known.exit_code, known)
        print(f"错误：{known}", file=sys.stderr)
        return known.exit_code
    logger.error("意外错误", exc_info=exc)
    if os.environ.get("PROJDESK_DEBUG"):
        raise exc
    where = f"详情已写入日志 {log_file()}" if log_file() else "未能写入日志"
    print(f"意外错误：{type(exc).__name__}（{where}）", file=sys.stderr)
    return 1
