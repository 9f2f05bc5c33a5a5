"""``projdesk sheet import FILE [--dry-run] [--json]``: move an Excel tracker in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.deliverables.sheet_import import import_sheet


def register(commands: Any) -> None:
    sheet = commands.add_parser("sheet", help="从 Excel 表格导入商机（周进度总结表的列）")
    sub = sheet.add_subparsers(dest="action", required=True, parser_class=type(sheet))
    p = sub.add_parser("import", help="按“客户名称 + 项目名称”新建或更新商机；有问题的行跳过并列出")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--sheet", metavar="NAME", help="要导入的工作表名（默认：第一个有表头的可见工作表）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=import_cmd)


def import_cmd(args: argparse.Namespace, open_services: Any) -> int:
    result = import_sheet(open_services(), args.file, dry_run=args.dry_run, sheet=args.sheet)
    if args.json:
        print(
            dumps(
                {
                    "created": result.created,
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                    "errors": [{"row": row, "message": str(error)} for row, error in result.errors],
                    "dry_run": result.dry_run,
                }
            )
        )
        return 0
    head = "试导入（未写入）" if result.dry_run else "已导入"
    print(
        f"{head}：新建 {result.created}，更新 {result.updated}，不变 {result.unchanged}，跳过 {len(result.errors)} 行"
    )
    for row, error in result.errors:
        print(f"  第 {row} 行：{error}")
    return 0
