"""The headless command line over the same services as the GUI (contract in DESIGN.md).

Exit codes: 0 done; 1 unexpected failure; 2 usage or invalid value; 3 refused by a rule;
4 bad input file. Errors are one clear message on stderr, never a traceback.
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
from projdesk.cli import activity, backup, demo, doc, gui, opp, records, report, sheet, snapshot, step
from projdesk.domain.errors import InvalidInput, ProjDeskError

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
    records,
    report,
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
    services = None

    def open_services() -> Services:
        nonlocal services
        from projdesk.storage.services import Services

        if services is None:
            services = Services.open(args.db)
        return services

    try:
        return handler(args, open_services)
    except ProjDeskError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except Exception as exc:  # the promise: one line, no traceback (PROJDESK_DEBUG=1 shows it)
        if os.environ.get("PROJDESK_DEBUG"):
            raise
        print(f"意外错误：{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        if services is not None:
            services.close()
