"""``projdesk activity add|list``: the progress log."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli.jsonout import dumps


def register(commands: Any) -> None:
    activity = commands.add_parser("activity", help="售前项目进展日志")
    sub = activity.add_subparsers(dest="action", required=True, parser_class=type(activity))
    p = sub.add_parser("add", help="记录一条日志")
    p.add_argument("id")
    p.add_argument("--type", required=True, help="拜访/电话/会议/演示/宴请/邮件/其他")
    p.add_argument("--content", required=True)
    p.add_argument("--date")
    p.add_argument("--step", help="步骤字母（默认：当前步骤）")
    p.add_argument("--people", default="")
    p.add_argument("--result", default="")
    p.add_argument("--next", default="", help="下一步行动（成为商机的下一步）")
    p.add_argument("--next-date")
    p.set_defaults(func=add_cmd)

    p = sub.add_parser("list", help="列出日志")
    p.add_argument("id", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=list_cmd)


def add_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    new_id = services.activities.add(
        services.opportunities.resolve(args.id),
        type=args.type,
        content=args.content,
        date=args.date,
        step_letter=args.step,
        people=args.people,
        result=args.result,
        next_action=args.next,
        next_date=args.next_date,
    )
    print(new_id)
    return 0


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    opp_id = services.opportunities.resolve(args.id) if args.id else None
    rows = services.activities.list(opportunity_id=opp_id)
    if args.json:
        print(dumps(rows))
        return 0
    for a in rows:
        print(f"{a.date} {a.type} [{a.step}] {a.customer}/{a.opportunity}：{a.content}")
    return 0
