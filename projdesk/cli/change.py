"""``projdesk change add|assess|decide|list``: change requests after the contract (变更管理)."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli.jsonout import decimal_text, dumps, jsonable
from projdesk.deliverables.context import signed_yuan
from projdesk.domain.money import format_yuan
from projdesk.labels import change_status_text
from projdesk.storage import dto


def register(commands: Any) -> None:
    change = commands.add_parser("change", help="变更管理：合同签订后的变更申请、评估、决定")
    sub = change.add_subparsers(dest="action", required=True, parser_class=type(change))

    p = sub.add_parser("add", help="登记变更申请，打印其 ID（合同须已签订）")
    p.add_argument("id", help="商机 ID")
    p.add_argument("--reason", required=True, help="变更原因")
    p.add_argument("--impact", default="", help="变更影响")
    p.add_argument("--by", default="", help="申请人（默认：本机用户）")
    p.add_argument("--date", help="申请日期（默认：今天）")
    p.set_defaults(func=add_cmd)

    p = sub.add_parser("assess", help="评估变更：费用、工期、风险")
    p.add_argument("change", help="变更 ID")
    p.add_argument("--cost", required=True, help="合同金额变动（元；减少写 -5000）")
    p.add_argument("--days", help="工期影响（天）")
    p.add_argument("--risk", default="", help="风险评估")
    p.add_argument("--date", help="评估日期（默认：今天）")
    p.set_defaults(func=assess_cmd)

    p = sub.add_parser("decide", help="批准或驳回已评估的变更；批准即修订合同金额")
    p.add_argument("change", help="变更 ID")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--approve", action="store_true", help="批准")
    group.add_argument("--reject", action="store_true", help="驳回")
    p.add_argument("--by", default="", help="决定人（默认：本机用户）")
    p.add_argument("--note", default="", help="决定说明")
    p.add_argument("--date", help="决定日期（默认：今天）")
    p.set_defaults(func=decide_cmd)

    p = sub.add_parser("list", help="列出商机的变更")
    p.add_argument("id", help="商机 ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=list_cmd)


def change_json(change: dto.ChangeView) -> dict[str, Any]:
    data: dict[str, Any] = jsonable(change)
    data["amount_change"] = decimal_text(change.amount_change)
    return data


def add_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    opp = s.opportunities.resolve(args.id)
    print(s.changes.add(opp, args.reason, impact=args.impact, requested_by=args.by, on=args.date))
    return 0


def assess_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    s.changes.assess(
        s.changes.resolve(args.change), cost=args.cost, schedule_days=args.days, risk=args.risk, on=args.date
    )
    print("已评估")
    return 0


def decide_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    change_id = s.changes.resolve(args.change)
    s.changes.decide(
        change_id, "approved" if args.approve else "rejected", by=args.by, note=args.note, on=args.date
    )
    change = s.changes.get(change_id)
    print(f"变更 #{change.number} {change_status_text(change.status)}")
    amount = s.opportunities.detail(change.opportunity_id).contract_amount
    if args.approve and amount is not None:
        print(f"合同金额现为 {format_yuan(amount)} 元")
    return 0


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    detail = s.opportunities.detail(s.opportunities.resolve(args.id))
    if args.json:
        print(dumps([change_json(c) for c in detail.changes]))
        return 0
    for c in detail.changes:
        cost = f"  金额 {signed_yuan(c.amount_change)} 元" if c.cost is not None else ""
        days = f"  工期 {c.schedule_days} 天" if c.schedule_days is not None else ""
        print(f"{c.id[:8]} #{c.number} {change_status_text(c.status)}  {c.reason}{cost}{days}")
    original = detail.contract.amount if detail.contract else None
    if original is not None:
        print(
            f"合同原金额 {format_yuan(original)} 元，现金额 {format_yuan(detail.contract_amount or original)} 元"
        )
    print(f"共 {len(detail.changes)} 项变更")
    return 0
