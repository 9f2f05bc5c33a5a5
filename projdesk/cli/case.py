"""``projdesk case list [--industry X] [--search TEXT] [--json]``: closed deals' retrospectives."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.domain.catalog import STATUSES


def register(commands: Any) -> None:
    p = commands.add_parser("case", help="案例：已结案商机的项目总结（步骤 D 借鉴资料）")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("list", help="列出案例")
    a.add_argument("--industry", default="", help="只列这个行业的案例")
    a.add_argument("--search", default="", help="在客户、项目、产品、原因和总结中查找")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=list_cmd)


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    cases = open_services().closing.cases(industry=args.industry or None, search=args.search)
    if args.json:
        print(dumps(cases))
        return 0
    for c in cases:
        r = c.retrospective
        print(
            f"{c.closed_on} [{c.industry or '-'}] {c.customer} / {c.opportunity}  {STATUSES.get(c.outcome, c.outcome)}"
        )
        if c.reason or c.winner:
            print(f"    原因：{c.reason or '-'}  中标方：{c.winner or '-'}")
        if c.products:
            print(f"    产品：{c.products}")
        for label, text in (("做得好", r.worked), ("不足", r.not_worked), ("经验教训", r.lessons)):
            if text:
                print(f"    {label}：{text}")
        if r.tags:
            print(f"    标签：{'、'.join(r.tags)}")
    print(f"共 {len(cases)} 个案例")
    return 0
