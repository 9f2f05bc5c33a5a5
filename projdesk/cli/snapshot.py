"""``projdesk snapshot export|import|inspect|conflicts|resolve|duplicates|merge-customers``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.domain.values import parse_date
from projdesk.labels import conflict_field_text, conflict_record_text


def register(commands: Any) -> None:
    snap = commands.add_parser("snapshot", help="快照：导出、导入、合并同事的数据")
    sub = snap.add_subparsers(dest="action", required=True, parser_class=type(snap))

    p = sub.add_parser("export", help="导出快照文件（.pdsnap）")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--passphrase-file", type=Path, help="从文件读取口令，加密快照")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--mine", action="store_true", help="只导出我负责的商机")
    which.add_argument("--ids", help="只导出这些商机（逗号分隔的 ID）")
    which.add_argument("--since", help="只导出此日期以来的改动（YYYY-MM-DD）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=export_cmd)

    p = sub.add_parser("import", help="检查并合并一个快照")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只报告将会发生什么，不写入")
    p.add_argument("--json", action="store_true")
    p.add_argument("--passphrase-file", type=Path)
    p.add_argument("--recheck", action="store_true", help="即使这个文件已导入过，也重新合并一遍")
    p.set_defaults(func=import_cmd)

    p = sub.add_parser("inspect", help="查看快照内容（不导入）")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=inspect_cmd)

    p = sub.add_parser("conflicts", help="待处理的同步冲突")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="包括已处理的")
    p.set_defaults(func=conflicts_cmd)

    p = sub.add_parser("resolve", help="处理一个冲突：mine 保留我的，theirs 采用对方的")
    p.add_argument("id")
    p.add_argument("choice", choices=("mine", "theirs"))
    p.set_defaults(func=resolve_cmd)

    p = sub.add_parser("duplicates", help="疑似重复的客户（名称或统一社会信用代码相同）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=duplicates_cmd)

    p = sub.add_parser("merge-customers", help="把 OTHER 客户的联系人和商机并入 KEEP")
    p.add_argument("keep")
    p.add_argument("other")
    p.set_defaults(func=merge_customers_cmd)


def read_passphrase(path: Path | None) -> str | None:
    """The passphrase in a file, as editors save it: a UTF-8 BOM (Notepad) and the one line
    break that ends the line (LF or CRLF) are not part of it; anything else is."""
    if path is None:
        return None
    try:
        text = path.read_bytes().decode("utf-8-sig")  # bytes: no newline translation
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"无法读取口令文件：{path}（{exc}）") from None
    for ending in ("\r\n", "\n", "\r"):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    if not text:
        raise InvalidInput(f"口令文件是空的：{path}")
    return text


def _sync(open_services: Any) -> Any:
    from projdesk.sync.service import SyncService

    return SyncService(open_services())


def export_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.sync.export import Selection

    passphrase = read_passphrase(args.passphrase_file)
    services = open_services()
    selection = Selection()
    if args.mine:
        selection.mine = services.prefs.user_name
    elif args.ids:
        selection.ids = [services.opportunities.resolve(i) for i in args.ids.split(",") if i.strip()]
    elif args.since:
        selection.since = parse_date(args.since, label="--since")
    info = _sync(open_services).export(args.output, selection, passphrase)
    if args.json:
        print(dumps(info))
    else:
        counts = info["counts"]
        print(
            f"已导出 {args.output}：商机 {counts['opportunities']}，客户 {counts['customers']}，日志 {counts['activities']}"
        )
        if info["files_left_out"]:
            print(
                f"{info['files_left_out']} 个附件超出快照的大小上限，只传送了说明"
                "（config set snapshot_file_limit_mb / snapshot_files_limit_mb）"
            )
    return 0


def import_cmd(args: argparse.Namespace, open_services: Any) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    if not args.file.is_file():
        raise BadInputFile(f"找不到快照文件：{args.file}")
    result = _sync(open_services).import_snapshot(
        args.file, passphrase, dry_run=args.dry_run, recheck=args.recheck
    )
    if args.json:
        print(dumps(result))
    else:
        head = "（试运行，未写入）" if args.dry_run else ""
        print(
            f"{head}新增 {result['added']}，更新 {result['updated']}，未变 {result['unchanged']}，"
            f"冲突 {result['conflicts']}，恢复 {result['revived']}"
        )
        if result.get("restamped"):
            print(
                f"发送方时钟超前，{result['restamped']} 处修改已按本机时间重新记时（见 snapshot conflicts）"
            )
        for left in result.get("files_not_sent", []):
            print(f"附件未随快照传送：{left['file_name']}（{left['holder']} 处有）")
        if result.get("duplicates"):
            print(f"发现 {result['duplicates']} 组疑似重复的客户（projdesk snapshot duplicates）")
    return 0


def inspect_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.domain.clock import wall_clock_ms
    from projdesk.sync.reader import read_manifest
    from projdesk.sync.service import describe_manifest

    zf, manifest = read_manifest(args.file)
    zf.close()
    info = describe_manifest(manifest, args.file, wall_clock_ms())
    if args.json:
        print(dumps(info))
        return 0
    print(f"来自：{info['author']}（设备 {info['device']}），时间 {info['created_at']}")
    if info["clock_note"]:
        print(info["clock_note"])
    print(
        f"格式 v{info['format_version']}，程序 {info['app_version']}，{'已加密' if info['encrypted'] else '未加密'}"
    )
    for table, n in info["counts"].items():
        print(f"  {table}: {n}")
    if info["counts"].get("attachments"):
        print(f"附件的文件：随快照 {info['files']} 个，超出大小上限只有说明 {info['files_left_out']} 个")
    return 0


def conflicts_cmd(args: argparse.Namespace, open_services: Any) -> int:
    items = _sync(open_services).conflicts(include_resolved=args.all)
    if args.json:
        print(dumps(items))
        return 0
    if not items:
        print("没有待处理的冲突")
    for c in items:
        print(
            f"{c.id[:8]}  {conflict_record_text(c)}  {conflict_field_text(c)}：我的={c.mine!r} 对方的={c.theirs!r}"
            f"（被覆盖的由 {c.lost_by} 于 {c.lost_at} 写入）{'  已处理' if c.resolved else ''}"
        )
    return 0


def resolve_cmd(args: argparse.Namespace, open_services: Any) -> int:
    done = _sync(open_services).resolve(args.id, args.choice)
    print(f"已处理：{done}")
    return 0


def duplicates_cmd(args: argparse.Namespace, open_services: Any) -> int:
    groups = _sync(open_services).duplicates()
    if args.json:
        print(dumps(groups))
        return 0
    if not groups:
        print("没有疑似重复的客户")
    for g in groups:
        why = "统一社会信用代码相同" if g.reason == "credit_code" else "名称相同"
        print(f"{why}：")
        for c in g.customers:
            print(f"  {c.id}  {c.name}  商机 {c.opportunities}  联系人 {c.contacts}")
    return 0


def merge_customers_cmd(args: argparse.Namespace, open_services: Any) -> int:
    moved = _sync(open_services).merge_customers(args.keep, args.other)
    print(f"已合并：移动商机 {moved['opportunities']}，联系人 {moved['contacts']}")
    return 0
