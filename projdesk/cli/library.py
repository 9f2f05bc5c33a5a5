"""``projdesk library export FILE | import FILE | show``: the material library as one file."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from projdesk.cli.jsonout import dumps


def register(commands: Any) -> None:
    p = commands.add_parser("library", help="资料库：公司信息、资质、案例、产品与服务章节、团队、售后承诺")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("export", help="把本机的资料库导出为一个文件（.json）")
    a.add_argument("file")
    a.set_defaults(func=export_cmd)
    a = sub.add_parser("import", help="用文件中的资料库替换本机的资料库（先整体检查，有误则不做任何修改）")
    a.add_argument("file")
    a.set_defaults(func=import_cmd)
    a = sub.add_parser("show", help="资料库概况")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=show_cmd)


def _summary(library: Any) -> str:
    valid = [q for q in library.qualifications if not q.expired(dt.date.today())]
    return (
        f"公司：{library.company.name or '（未填）'}；资质 {len(library.qualifications)} 项"
        f"（有效 {len(valid)}）；案例 {len(library.cases)} 个；章节 {len(library.chapters)} 篇；"
        f"团队 {len(library.team)} 人；售后承诺 {len(library.after_sales)} 条"
    )


def export_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.deliverables.library_file import write_library_file

    library = open_services().library.load()
    path = write_library_file(library, args.file)
    print(f"{path}（{_summary(library)}）")
    return 0


def import_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.deliverables.library_file import read_library_file

    library = read_library_file(args.file)  # checked whole before the database is opened
    open_services().library.save(library)
    print(f"已导入资料库：{_summary(library)}")
    return 0


def show_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.domain.library import to_data

    library = open_services().library.load()
    print(dumps(to_data(library)) if args.json else _summary(library))
    return 0
