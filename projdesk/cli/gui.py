"""``projdesk gui [--demo] [--exit-after-show]``: start the desktop application."""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: Any) -> None:
    p = commands.add_parser("gui", help="启动图形界面（默认）")
    p.add_argument("--demo", action="store_true", help="在一个全新的演示数据库上启动")
    p.add_argument("--exit-after-show", action="store_true", help="显示主窗口一次后退出，并打印启动毫秒数")
    p.set_defaults(func=gui_cmd)


def gui_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.ui.app import run  # Qt is imported only when the GUI is asked for

    return int(run(db=args.db, demo=args.demo, exit_after_show=args.exit_after_show))
