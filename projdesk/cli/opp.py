"""``projdesk opp list|show|add|update|move|delete``."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli.change import change_json
from projdesk.cli.jsonout import decimal_text, dumps, jsonable
from projdesk.cli.risk import risk_json
from projdesk.domain.catalog import STAGES, STATUSES
from projdesk.domain.errors import InvalidInput
from projdesk.domain.money import format_wan
from projdesk.storage.services.opportunities import OPPORTUNITY_FIELDS

CUSTOMER_FIELDS = {
    "industry",
    "region",
    "listed",
    "industry_key",
    "regional_influence",
    "key_account",
    "credit_code",
    "address",
}


def register(commands: Any) -> None:
    opp = commands.add_parser("opp", help="商机：列表、查看、新建、修改、推进")
    sub = opp.add_subparsers(dest="action", required=True, parser_class=type(opp))

    p = sub.add_parser("list", help="列出商机")
    p.add_argument("--json", action="store_true")
    p.add_argument("--open", action="store_true", help="只列进行中的商机")
    p.set_defaults(func=list_cmd)

    p = sub.add_parser("show", help="查看一个商机")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=show_cmd)

    p = sub.add_parser("add", help="新建商机，打印其 ID")
    p.add_argument("--customer", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--amount")
    p.add_argument("--industry", default="")
    p.add_argument("--region", default="")
    p.add_argument("--owner")
    p.set_defaults(func=add_cmd)

    p = sub.add_parser("update", help="修改字段：字段=值 …")
    p.add_argument("id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=update_cmd)

    p = sub.add_parser("move", help="推进或退回到某阶段（检查阶段门槛）")
    p.add_argument("id")
    p.add_argument("stage", help="阶段 1–10 或阶段名")
    p.add_argument("--force", action="store_true", help="越过未满足的门槛（需 --reason）")
    p.add_argument("--reason", default="")
    p.set_defaults(func=move_cmd)

    p = sub.add_parser("delete", help="删除商机（可在其他设备同步删除）")
    p.add_argument("id")
    p.add_argument("--reason", default="")
    p.set_defaults(func=delete_cmd)


def parse_stage(text: str) -> int:
    text = text.strip()
    for s in STAGES:
        if text in (str(s.number), s.name):
            return s.number
    raise InvalidInput(f"阶段必须在 1–10 之间（或阶段名）：{text}")


def card_json(card: Any) -> dict[str, Any]:
    data: dict[str, Any] = jsonable(card)
    data["days_in_stage"] = card.days_in_stage()
    return data


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    cards = open_services().opportunities.list(include_closed=not args.open)
    if args.json:
        print(dumps([card_json(c) for c in cards]))
        return 0
    for c in cards:
        flag = "★" if c.key_account else " "
        print(
            f"{c.id[:8]} {flag} [{c.stage} {c.stage_name}] {c.customer} / {c.name}  "
            f"{format_wan(c.amount) or '-'} 万元  {STATUSES[c.status]}  {c.owner}"
        )
    print(f"共 {len(cards)} 个商机")
    return 0


def show_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    detail = services.opportunities.detail(services.opportunities.resolve(args.id))
    if args.json:
        data = jsonable(detail)
        summary = data.pop("summary")
        data = {**card_json(detail.summary), **{k: v for k, v in summary.items() if k not in data}, **data}
        for q, quote in zip(data["quotes"], detail.quotes, strict=True):
            q["total"] = decimal_text(quote.total)
            for line_json, line in zip(q["lines"], quote.lines, strict=True):
                line_json["total"] = decimal_text(line.total)
        data["risks"] = [risk_json(r) for r in detail.risks]
        data["changes"] = [change_json(c) for c in detail.changes]
        if data["contract"] is not None and detail.contract_amount is not None:
            data["contract"]["current_amount"] = decimal_text(detail.contract_amount)
        data["customer_detail"] = data.pop("customer")
        data["customer"] = detail.summary.customer
        print(dumps(data))
        return 0
    s = detail.summary
    print(f"{s.customer} / {s.name}  [{s.stage} {s.stage_name}]  {STATUSES[s.status]}")
    print(
        f"预计签单额 {format_wan(s.amount) or '-'} 万元  负责人 {s.owner}  下一步 {s.next_step} {s.next_date or ''}"
    )
    for st in detail.steps:
        mark = {"done": "✓", "skipped": "–", "in_progress": "…"}.get(st.status, " ")
        print(f"  {mark} {st.letter} {st.title}")
    return 0


def add_cmd(args: argparse.Namespace, open_services: Any) -> int:
    new_id = open_services().opportunities.add(
        args.customer,
        args.name,
        amount=args.amount,
        industry=args.industry,
        region=args.region,
        owner=args.owner,
    )
    print(new_id)
    return 0


def update_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.cli import split_assignments
    from projdesk.storage.services.opportunities import parse_opportunity_changes

    services = open_services()
    opp_id = services.opportunities.resolve(args.id)
    pairs = split_assignments(args.assignments)
    customer_changes = {k: v for k, v in pairs.items() if k in CUSTOMER_FIELDS}
    opp_changes = {k: v for k, v in pairs.items() if k not in CUSTOMER_FIELDS}
    unknown = set(opp_changes) - set(OPPORTUNITY_FIELDS) - {"stage", "customer"}
    if unknown:
        raise InvalidInput(
            f"未知字段：{', '.join(sorted(unknown))}（可用：customer, {', '.join(OPPORTUNITY_FIELDS)}, "
            f"{', '.join(sorted(CUSTOMER_FIELDS))}）"
        )
    parse_opportunity_changes({k: v for k, v in opp_changes.items() if k != "customer"})  # checked first
    if customer_changes:
        services.people.update_customer(services.opportunities.summary(opp_id).customer_id, customer_changes)
    changed = services.opportunities.update(opp_id, opp_changes) if opp_changes else {}
    print(f"已修改 {len(changed) + len(customer_changes)} 个字段")
    return 0


def move_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    opp_id = services.opportunities.resolve(args.id)
    target = parse_stage(args.stage)
    overridden = services.opportunities.move(opp_id, target, force=args.force, reason=args.reason)
    print(f"已移到阶段 {target} {STAGES[target - 1].name}")
    for rule in overridden:
        print(f"  已越过：{rule}")
    return 0


def delete_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    services.opportunities.delete(services.opportunities.resolve(args.id), reason=args.reason)
    print("已删除")
    return 0
