"""``projdesk attachment add|list|open|export|note|delete``: files attached to an opportunity or a step."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.storage import dto
from projdesk.storage.backups import size_text


def register(commands: Any) -> None:
    att = commands.add_parser("attachment", help="附件：商机或步骤的文件（招标文件、名片照片…）")
    sub = att.add_subparsers(dest="action", required=True, parser_class=type(att))

    p = sub.add_parser("add", help="附加一个文件（复制到数据库旁的附件文件夹），打印附件 ID")
    p.add_argument("id", help="商机 ID")
    p.add_argument("file", type=Path, help="要附加的文件")
    p.add_argument("--step", default="", help="所属步骤的字母（默认：属于商机）")
    p.add_argument("--note", default="", help="说明")
    p.set_defaults(func=add_cmd)

    p = sub.add_parser("list", help="列出商机的附件")
    p.add_argument("id", help="商机 ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=list_cmd)

    p = sub.add_parser("open", help="打印附件的只读副本（以原文件名）的位置；--open 用系统默认程序打开")
    p.add_argument("attachment", help="附件 ID（或唯一前缀）")
    p.add_argument("--open", action="store_true", help="用系统默认程序打开")
    p.set_defaults(func=open_cmd)

    p = sub.add_parser("export", help="把附件另存为一个文件")
    p.add_argument("attachment", help="附件 ID（或唯一前缀）")
    p.add_argument("-o", "--output", required=True, type=Path, help="文件或文件夹")
    p.set_defaults(func=export_cmd)

    p = sub.add_parser("note", help="修改附件的说明")
    p.add_argument("attachment", help="附件 ID（或唯一前缀）")
    p.add_argument("text", help="新的说明（空字符串清除说明）")
    p.set_defaults(func=note_cmd)

    p = sub.add_parser("delete", help="删除附件（可在窗口里撤销，同步给同事）")
    p.add_argument("attachment", help="附件 ID（或唯一前缀）")
    p.set_defaults(func=delete_cmd)


def attachment_line(a: dto.AttachmentView) -> str:
    step = f"步骤 {a.step}" if a.step else "商机"
    note = f"  {a.note}" if a.note else ""
    held = "" if a.held else f"  未随快照传送（{a.added_by} 处有）"
    when = a.added_at_local.strftime("%Y-%m-%d %H:%M")
    return f"{a.id[:8]}  {a.file_name}  {size_text(a.size)}  {step}  {when} {a.added_by}{note}{held}"


def add_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    print(s.attachments.add(s.opportunities.resolve(args.id), args.file, step=args.step, note=args.note))
    return 0


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    found = s.attachments.list(s.opportunities.resolve(args.id))
    if args.json:
        print(dumps(found))
        return 0
    for a in found:
        print(attachment_line(a))
    print(f"共 {len(found)} 个附件")
    return 0


def open_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    path = s.attachments.viewable_copy(s.attachments.resolve(args.attachment))
    print(path)
    if args.open:
        open_with_system(path)
    return 0


def open_with_system(path: Path) -> None:
    """The platform's way of opening a file with its default program (not waited for)."""
    if sys.platform == "win32":
        os.startfile(path)  # type: ignore[attr-defined]  # only on Windows
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def export_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    print(s.attachments.export(s.attachments.resolve(args.attachment), args.output))
    return 0


def note_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    s.attachments.set_note(s.attachments.resolve(args.attachment), args.text)
    print("附件说明已修改")
    return 0


def delete_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    s.attachments.delete(s.attachments.resolve(args.attachment))
    print("附件已删除（可在窗口里撤销）")
    return 0
