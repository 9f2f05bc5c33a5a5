"""``projdesk contact|competitor|quote|review|payment add``: the records gates read."""

from __future__ import annotations

import argparse
import json
from typing import Any

from projdesk.domain.errors import InvalidInput


def register(commands: Any) -> None:
    p = commands.add_parser("contact", help="客户联系人（采购决策链）")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("add", help="为商机的客户添加联系人")
    a.add_argument("id", help="商机 ID")
    a.add_argument("--name", required=True)
    a.add_argument("--role", default="", help="关键决策人/具体经办人/信息中心/业务部门/领导/选型小组")
    a.add_argument("--attitude", default="未知", help="支持/中立/反对/未知")
    a.add_argument("--title", default="")
    a.add_argument("--phone", default="")
    a.set_defaults(func=contact_add)

    p = commands.add_parser("competitor", help="竞争对手")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("add")
    a.add_argument("id")
    a.add_argument("--name", required=True)
    a.add_argument("--offer", default="")
    a.add_argument("--price")
    a.set_defaults(func=competitor_add)

    p = commands.add_parser("quote", help="报价")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("add", help='新一轮报价；--lines 为 JSON：[{"item":…,"quantity":…,"unit_price":…}]')
    a.add_argument("id")
    a.add_argument("--lines", required=True)
    a.add_argument("--date")
    a.add_argument("--note", default="")
    a.set_defaults(func=quote_add)

    p = commands.add_parser("review", help="方案/投标/合同评审")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("add")
    a.add_argument("id")
    a.add_argument("--kind", required=True, choices=["proposal", "bid", "contract"])
    a.add_argument("--outcome", default="pending", choices=["pending", "passed", "rejected"])
    a.add_argument("--reviewer", default="")
    a.add_argument("--comments", default="")
    a.set_defaults(func=review_add)

    p = commands.add_parser("payment", help="合同付款节点与到账")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("add")
    a.add_argument("id")
    a.add_argument("--milestone", required=True)
    a.add_argument("--amount", required=True)
    a.add_argument("--due")
    a.add_argument("--received")
    a.add_argument("--received-date")
    a.set_defaults(func=payment_add)
    a = sub.add_parser("write-off", help="核销一个付款节点（不再催收），需写明原因（步骤 Z）")
    a.add_argument("payment_id")
    a.add_argument("--reason", default="")
    a.set_defaults(func=payment_write_off)


def contact_add(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    customer_id = s.opportunities.summary(s.opportunities.resolve(args.id)).customer_id
    print(
        s.people.add_contact(
            customer_id, args.name, role=args.role, attitude=args.attitude, title=args.title, phone=args.phone
        )
    )
    return 0


def competitor_add(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    print(
        s.people.add_competitor(
            s.opportunities.resolve(args.id), args.name, offer=args.offer, price=args.price
        )
    )
    return 0


def quote_add(args: argparse.Namespace, open_services: Any) -> int:
    try:
        lines = json.loads(args.lines)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--lines 不是有效的 JSON：{exc.msg}") from None
    if not isinstance(lines, list) or not all(isinstance(x, dict) for x in lines):
        raise InvalidInput("--lines 应为对象列表")
    s = open_services()
    print(s.commercial.add_quote(s.opportunities.resolve(args.id), lines, date=args.date, note=args.note))
    return 0


def review_add(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    print(
        s.commercial.add_review(
            s.opportunities.resolve(args.id),
            args.kind,
            outcome=args.outcome,
            reviewer=args.reviewer,
            comments=args.comments,
        )
    )
    return 0


def payment_add(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    print(
        s.commercial.add_payment(
            s.opportunities.resolve(args.id),
            args.milestone,
            args.amount,
            due_date=args.due,
            received_amount=args.received,
            received_date=args.received_date,
        )
    )
    return 0


def payment_write_off(args: argparse.Namespace, open_services: Any) -> int:
    open_services().commercial.write_off_payment(args.payment_id.strip(), args.reason)
    print("已核销")
    return 0
