"""``projdesk agenda``: what is due, overdue first, grouped as the 日程 page groups it."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk import labels
from projdesk.cli.jsonout import dumps
from projdesk.domain.money import format_wan
from projdesk.storage.services.agenda import DEFAULT_DAYS, Agenda, AgendaItem

WEEKDAYS = "一二三四五六日"


def register(commands: Any) -> None:
    p = commands.add_parser("agenda", help="日程：下一步、重新评估、回款和风险期限，逾期的在前")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--owner", help="此人的日程（默认：设置中的用户名）")
    scope.add_argument("--all", action="store_true", help="所有人的日程")
    p.add_argument(
        "--days", type=int, default=DEFAULT_DAYS, help=f"向后看几天（默认 {DEFAULT_DAYS}）；逾期的全部列出"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=agenda_cmd)


def agenda_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    owner = None if args.all else (args.owner or services.prefs.user_name)
    agenda = services.agenda.items(owner=owner, days=args.days)
    if args.json:
        print(dumps(agenda_json(agenda)))
        return 0
    if not agenda.items:
        print(f"{agenda.today.isoformat()} 至 {agenda.until.isoformat()} 没有待办的日程")
        return 0
    for section, items in agenda.sections():
        print(f"{labels.agenda_section_text(section)}（{len(items)}）")
        for item in items:
            print("  " + item_line(item, with_owner=owner is None))
    return 0


def item_line(item: AgendaItem, *, with_owner: bool) -> str:
    day = f"{item.date.month}月{item.date.day}日 周{WEEKDAYS[item.date.weekday()]}"
    parts = [
        day,
        labels.agenda_kind_text(item.kind),
        item.what or "（未写明）",
        f"{item.customer} · {item.opportunity}",
    ]
    if item.amount is not None:
        parts.append(f"{format_wan(item.amount)} 万元")
    if with_owner and item.owner:
        parts.append(item.owner)
    return "  ".join(parts)


def agenda_json(agenda: Agenda) -> dict[str, Any]:
    """The same items as the page: each with its section, in the order shown."""
    return {
        "today": agenda.today,
        "until": agenda.until,
        "items": [
            {
                "section": agenda.section(item),
                "kind": item.kind,
                "kind_name": labels.agenda_kind_text(item.kind),
                "date": item.date,
                "what": item.what,
                "opportunity_id": item.opportunity_id,
                "record_id": item.record_id,
                "customer": item.customer,
                "opportunity": item.opportunity,
                "owner": item.owner,
                "amount": item.amount,
            }
            for item in agenda.items
        ],
    }
