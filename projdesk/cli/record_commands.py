"""What every record command shares: sub-command groups, ``FIELD=VALUE`` edits, list and show.

Each kind of record (contact, competitor, quote, review, contract, payment, customer) offers
``add``, ``list``, ``show``, ``update`` and ``delete``; a record is named after its opportunity
by what the user knows (a contact's name, a round's number, a milestone's name) or by its id or
a unique prefix of it. ``list`` and ``show`` take ``--json``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.domain.values import to_text

Handler = Callable[[argparse.Namespace, Any], int]


def group(commands: Any, name: str, help_text: str) -> Any:
    """The sub-command group of one kind of record (``projdesk contact …``)."""
    parser = commands.add_parser(name, help=help_text)
    return parser.add_subparsers(dest="action", required=True, parser_class=type(parser))


def action(sub: Any, name: str, help_text: str, handler: Handler, *, opportunity: bool = True) -> Any:
    parser = sub.add_parser(name, help=help_text)
    if opportunity:
        parser.add_argument("id", help="商机 ID（或唯一前缀）")
    parser.set_defaults(func=handler)
    return parser


def with_json(parser: Any) -> Any:
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    return parser


def with_assignments(parser: Any, fields: Iterable[str]) -> Any:
    parser.add_argument(
        "assignments", nargs="+", metavar="FIELD=VALUE", help="可改字段：" + "、".join(fields)
    )
    return parser


def assignments(args: argparse.Namespace) -> dict[str, str]:
    from projdesk.cli import split_assignments

    return split_assignments(args.assignments)


def opportunity(args: argparse.Namespace, open_services: Any) -> tuple[Any, str]:
    services = open_services()
    return services, services.opportunities.resolve(args.id)


def show_rows(args: argparse.Namespace, rows: list[Any], line: Callable[[Any], str], empty: str) -> int:
    """A list: JSON, or one line per record (with its id's first 8 characters) and a count."""
    if args.json:
        print(dumps(rows))
        return 0
    for row in rows:
        print(f"{row.id[:8]}  {line(row)}")
    print(f"共 {len(rows)} 条" if rows else empty)
    return 0


def show_record(args: argparse.Namespace, record: Any, labels: dict[str, str]) -> int:
    """One record: JSON, or one ``label：value`` line per field."""
    if args.json:
        print(dumps(record))
        return 0
    print(f"ID：{record.id}")
    for name, label in labels.items():
        value = getattr(record, name)
        print(f"{label}：{'；'.join(value) if isinstance(value, list) else to_text(value)}")
    return 0


def changed(fields: dict[str, Any]) -> int:
    print(f"已修改 {len(fields)} 个字段" if fields else "没有变化")
    return 0
