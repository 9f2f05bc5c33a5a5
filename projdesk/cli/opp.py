"""``projdesk opp list|show|add|update|move|close|reopen|delete``."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli.change import change_json
from projdesk.cli.jsonout import decimal_text, dumps, jsonable
from projdesk.cli.risk import risk_json
from projdesk.domain.catalog import LOSS_REASONS, STAGES, STATUSES
from projdesk.domain.display import money_short
from projdesk.domain.errors import InvalidInput
from projdesk.domain.values import parse_bool
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

    p = sub.add_parser("close", help="结案：赢单、丢单或暂停（附项目总结）")
    p.add_argument("id")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument(
        "--won", dest="outcome", action="store_const", const="won", help="赢单（需已签合同）"
    )
    outcome.add_argument("--lost", dest="outcome", action="store_const", const="lost", help="丢单")
    outcome.add_argument("--hold", dest="outcome", action="store_const", const="on_hold", help="暂停")
    p.add_argument("--loss-reason", default="", help=f"丢单原因：{'、'.join(LOSS_REASONS)}")
    p.add_argument("--reason", default="", help="说明（丢单的补充说明、暂停原因、越过门槛的理由）")
    p.add_argument("--winner", default="", help="丢单时的中标方（竞争对手之一或新名称）")
    p.add_argument("--look-again", default="", help="暂停时重新评估的日期（YYYY-MM-DD），到期提醒")
    p.add_argument("--force", action="store_true", help="赢单时越过未满足的条件（需 --reason）")
    p.add_argument("--worked", default="", help="项目总结：做得好的")
    p.add_argument("--not-worked", default="", help="项目总结：做得不好的")
    p.add_argument("--lessons", default="", help="项目总结：经验教训")
    p.add_argument("--tags", default="", help="项目总结：标签，逗号分隔")
    p.set_defaults(func=close_cmd)

    p = sub.add_parser("reopen", help="重新打开已结案或暂停的商机")
    p.add_argument("id")
    p.add_argument("--reason", default="")
    p.set_defaults(func=reopen_cmd)

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
            f"{money_short(c.amount) or '-'}  {STATUSES[c.status]}  {c.owner}"
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
        f"预计签单额 {money_short(s.amount) or '-'}  负责人 {s.owner}  下一步 {s.next_step} {s.next_date or ''}"
    )
    if detail.close is not None:
        c = detail.close
        why = "：".join(p for p in (c.reason_code, c.reason) if p)
        winner = f"  中标方 {c.winner}" if c.winner else ""
        print(f"{STATUSES.get(c.outcome, c.outcome)} {c.closed_on}  {why}{winner}")
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
    customer_id = services.opportunities.summary(opp_id).customer_id
    flag = customer_changes.pop("key_account", None)
    if flag is not None:
        parse_bool(flag, label="重点客户")  # checked before anything is written
    if customer_changes:
        services.people.update_customer(customer_id, customer_changes)
    if flag is not None:
        # The same rules as the GUI's 客户 page: the reasons come from them, at the set threshold.
        services.people.set_key_account(customer_id, bool(parse_bool(flag, label="重点客户")))
        customer_changes["key_account"] = flag
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


def close_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.storage.dto import Retrospective
    from projdesk.storage.services.closing import parse_tags

    services = open_services()
    opp_id = services.opportunities.resolve(args.id)
    retro = Retrospective(args.worked, args.not_worked, args.lessons, parse_tags(args.tags))
    closing = services.closing
    if args.outcome == "won":
        closed = closing.win(opp_id, retrospective=retro, force=args.force, reason=args.reason)
    elif args.outcome == "lost":
        closed = closing.lose(
            opp_id, reason_code=args.loss_reason, reason=args.reason, winner=args.winner, retrospective=retro
        )
    else:
        closed = closing.hold(opp_id, reason=args.reason, look_again=args.look_again or None)
    print(f"已结案：{STATUSES[args.outcome]}")
    for rule in closed.overridden:
        print(f"  已越过：{rule}")
    return 0


def reopen_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    services.closing.reopen(services.opportunities.resolve(args.id), reason=args.reason)
    print("已重新打开")
    return 0


def delete_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    services.opportunities.delete(services.opportunities.resolve(args.id), reason=args.reason)
    print("已删除")
    return 0
