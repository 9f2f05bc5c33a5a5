"""``projdesk backup [-o FILE]``, ``projdesk backup list [--json]``, ``projdesk restore FILE``.

These work on the database file itself, not through the services: a backup must not wait for a
migration, and a restore replaces the file the services would hold open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.domain.errors import BadInputFile
from projdesk.storage.paths import default_db_path


def register(commands: Any) -> None:
    p = commands.add_parser("backup", help="备份数据库；backup list 列出备份")
    p.add_argument("-o", "--output", type=Path, help="备份到这个文件或文件夹（默认：数据库旁的 backups/）")
    sub = p.add_subparsers(dest="action", parser_class=type(p))
    p.set_defaults(func=backup_cmd)
    listing = sub.add_parser("list", help="列出这个数据库的备份（最新的在前）")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=list_cmd)

    p = commands.add_parser("restore", help="用一个备份替换当前数据库（当前的先备份）")
    p.add_argument("file", type=Path)
    p.set_defaults(func=restore_cmd)


def _database(args: argparse.Namespace) -> Path:
    path = Path(args.db) if args.db else default_db_path()
    if not path.exists():
        raise BadInputFile(f"找不到数据库：{path}")
    return path


def backup_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.storage.backups import backup_name, copy_with_files, make_backup, utc_now

    path = _database(args)
    if args.output is None:
        target = make_backup(path, "manual")
    else:
        out = Path(args.output)
        target = out / backup_name(path, utc_now(), "manual") if out.is_dir() else out
        if target.resolve() == path.resolve():
            raise BadInputFile(f"备份文件不能是数据库自身：{target}")
        copy_with_files(path, target)
    print(target)
    return 0


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.labels import backup_reason_text
    from projdesk.storage.backups import list_backups, size_text

    # The database itself need not exist: after losing it, its backups are what one looks for.
    found = list_backups(Path(args.db) if args.db else default_db_path())
    if args.json:
        rows = [
            {
                "file": str(b.path),
                "time": b.taken_at.isoformat(timespec="seconds"),
                "reason": b.reason,
                "size": b.size,
            }
            for b in found
        ]
        print(dumps(rows))
        return 0
    if not found:
        print("还没有备份")
    for b in found:
        when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}  {backup_reason_text(b.reason)}  {size_text(b.size)}  {b.path}")
    return 0


def restore_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.storage.restore import restore_database

    done = restore_database(Path(args.db) if args.db else default_db_path(), args.file)
    print(f"已恢复：{done.source} → {done.database}")
    if done.previous is not None:
        print(f"恢复前的数据库已备份到：{done.previous}")
    return 0
