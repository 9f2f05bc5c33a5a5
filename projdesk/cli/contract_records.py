"""``projdesk contract|payment|review …``: the contract, its payment milestones, the reviews."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli import record_commands as rc
from projdesk.cli.jsonout import dumps
from projdesk.domain.errors import InvalidInput
from projdesk.domain.limits import REVIEW_KINDS, REVIEW_OUTCOMES
from projdesk.domain.money import format_yuan

CONTRACT_LABELS = {
    "number": "合同编号",
    "amount": "合同金额",
    "party_a": "甲方",
    "party_b": "乙方",
    "signed_date": "签订日期",
    "effective_date": "生效日期",
    "terms": "主要条款",
}
PAYMENT_LABELS = {
    "milestone": "付款节点",
    "amount": "应收金额",
    "due_date": "应收日期",
    "received_amount": "到账金额",
    "received_date": "到账日期",
}
REVIEW_LABELS = {
    "kind": "类型",
    "outcome": "结论",
    "reviewer": "评审人",
    "submitted": "提交日期",
    "comments": "意见",
}
MILESTONE_HELP = "付款节点：名称=金额[@应收日期]，金额可写合同额的比例（30%%）；可重复"


def register(commands: Any) -> None:
    _contract_commands(commands)
    _payment_commands(commands)
    _review_commands(commands)


def _contract_options(p: Any) -> None:
    p.add_argument("--number", help="合同编号")
    p.add_argument("--amount", help="合同金额（元，可写“120万”）")
    p.add_argument("--party-a", help="甲方")
    p.add_argument("--party-b", help="乙方")
    p.add_argument("--signed", help="签订日期")
    p.add_argument("--effective", help="生效日期")
    p.add_argument("--terms", help="主要条款")
    p.add_argument("--milestone", action="append", default=[], help=MILESTONE_HELP)


def _contract_commands(commands: Any) -> None:
    sub = rc.group(commands, "contract", "合同：add update show delete")
    p = rc.action(sub, "add", "建立商机的合同（可同时加付款节点），打印其 ID", contract_add)
    _contract_options(p)
    p = rc.action(sub, "update", "修改合同（选项或 字段=值），可加付款节点", contract_update)
    _contract_options(p)
    p.add_argument(
        "assignments", nargs="*", metavar="FIELD=VALUE", help="可改字段：" + "、".join(CONTRACT_LABELS)
    )
    rc.with_json(rc.action(sub, "show", "查看合同及其付款节点", contract_show))
    rc.action(sub, "delete", "删除合同（付款节点保留）", contract_delete)


def _payment_commands(commands: Any) -> None:
    sub = rc.group(commands, "payment", "合同付款节点与到账：add list show update delete")
    p = rc.action(sub, "add", "添加付款节点，打印其 ID", payment_add)
    p.add_argument("--milestone", required=True, help="节点名称，如 首付款")
    p.add_argument("--amount", required=True, help="应收金额")
    p.add_argument("--due", help="应收日期")
    p.add_argument("--received", help="到账金额")
    p.add_argument("--received-date", help="到账日期")
    rc.with_json(rc.action(sub, "list", "列出付款节点", payment_list))
    p = rc.with_json(rc.action(sub, "show", "查看一个付款节点", payment_show))
    p.add_argument("milestone", help="节点名称或 ID")
    p = rc.action(sub, "update", "修改付款节点；--received 记到账（同一节点，不新增）", payment_update)
    p.add_argument("milestone", help="节点名称或 ID")
    p.add_argument("--received", help="到账金额")
    p.add_argument("--date", help="到账日期（默认今天）")
    p.add_argument(
        "assignments", nargs="*", metavar="FIELD=VALUE", help="可改字段：" + "、".join(PAYMENT_LABELS)
    )
    p = rc.action(sub, "delete", "删除付款节点", payment_delete)
    p.add_argument("milestone", help="节点名称或 ID")
    p = rc.action(sub, "write-off", "核销一个付款节点（不再催收），需写明原因（步骤 Z）", payment_write_off)
    p.add_argument("milestone", help="节点名称或 ID")
    p.add_argument("--reason", default="", help="核销原因")


def _review_commands(commands: Any) -> None:
    sub = rc.group(commands, "review", "方案/投标/合同评审：add list show update delete")
    p = rc.action(sub, "add", "记录一次评审，打印其 ID", review_add)
    p.add_argument("--kind", required=True, choices=list(REVIEW_KINDS))
    p.add_argument("--outcome", default="pending", choices=list(REVIEW_OUTCOMES))
    p.add_argument("--reviewer", default="")
    p.add_argument("--submitted", help="提交评审日期（默认今天）")
    p.add_argument("--comments", default="")
    rc.with_json(rc.action(sub, "list", "列出评审", review_list))
    p = rc.with_json(rc.action(sub, "show", "查看一次评审", review_show))
    p.add_argument("review", help="评审 ID（或唯一前缀）")
    p = rc.action(sub, "update", "修改评审", review_update)
    p.add_argument("review", help="评审 ID（或唯一前缀）")
    rc.with_assignments(p, REVIEW_LABELS)
    p = rc.action(sub, "delete", "删除评审", review_delete)
    p.add_argument("review", help="评审 ID（或唯一前缀）")


# -- contract ----------------------------------------------------------------------------


def parse_milestone(text: str) -> dict[str, str | None]:
    """``首付款=30%@2026-12-01`` → name, amount (or share) and due date."""
    name, sep, rest = text.partition("=")
    amount, _, due = rest.partition("@")
    if not sep or not name.strip() or not amount.strip():
        raise InvalidInput.coded("milestone_invalid", text=text)
    return {"milestone": name.strip(), "amount": amount.strip(), "due_date": due.strip() or None}


def _contract_changes(args: argparse.Namespace) -> dict[str, Any]:
    options = {
        "number": args.number,
        "amount": args.amount,
        "party_a": args.party_a,
        "party_b": args.party_b,
        "signed_date": args.signed,
        "effective_date": args.effective,
        "terms": args.terms,
    }
    changes: dict[str, Any] = {k: v for k, v in options.items() if v is not None}
    if getattr(args, "assignments", None):
        changes.update(rc.assignments(args))
    return changes


def contract_add(args: argparse.Namespace, open_services: Any) -> int:
    changes = _contract_changes(args)
    milestones = [parse_milestone(m) for m in args.milestone]
    services, opp_id = rc.opportunity(args, open_services)
    if services.commercial.contract(opp_id) is not None:
        raise InvalidInput.coded("contract_exists")
    print(services.commercial.save_contract(opp_id, changes, milestones))
    return 0


def contract_update(args: argparse.Namespace, open_services: Any) -> int:
    changes = _contract_changes(args)
    milestones = [parse_milestone(m) for m in args.milestone]
    services, opp_id = rc.opportunity(args, open_services)
    if services.commercial.contract(opp_id) is None:
        raise InvalidInput.coded("contract_missing")
    services.commercial.save_contract(opp_id, changes, milestones)
    print(f"已修改合同（{len(changes)} 个字段，新增付款节点 {len(milestones)} 个）")
    return 0


def contract_show(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    contract = services.commercial.contract(opp_id)
    payments = services.commercial.payments(opp_id)
    if args.json:
        print(dumps({"contract": contract, "payments": payments}))
        return 0
    if contract is None:
        print("这个商机还没有合同")
    else:
        rc.show_record(args, contract, CONTRACT_LABELS)
    for p in payments:
        print(f"  {p.milestone}  应收 {format_yuan(p.amount)} 元  {p.due_date or '-'}  {_received(p)}")
    return 0


def contract_delete(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    services.commercial.delete_contract(opp_id)
    print("已删除")
    return 0


# -- payments ----------------------------------------------------------------------------


def _received(p: Any) -> str:
    if p.received_amount is None:
        return "未到账"
    return f"已到账 {format_yuan(p.received_amount)} 元 {p.received_date or ''}".strip()


def _milestone(args: argparse.Namespace, open_services: Any) -> tuple[Any, str]:
    services, opp_id = rc.opportunity(args, open_services)
    return services, services.commercial.payment_id(opp_id, args.milestone)


def payment_add(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    print(
        services.commercial.add_payment(
            opp_id,
            args.milestone,
            args.amount,
            due_date=args.due,
            received_amount=args.received,
            received_date=args.received_date,
        )
    )
    return 0


def payment_list(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    return rc.show_rows(
        args,
        services.commercial.payments(opp_id),
        lambda p: f"{p.milestone}  应收 {format_yuan(p.amount)} 元  {p.due_date or '-'}  {_received(p)}",
        "还没有付款节点",
    )


def payment_show(args: argparse.Namespace, open_services: Any) -> int:
    services, payment_id = _milestone(args, open_services)
    opp_id = services.opportunities.resolve(args.id)
    [payment] = [p for p in services.commercial.payments(opp_id) if p.id == payment_id]
    return rc.show_record(args, payment, PAYMENT_LABELS)


def payment_update(args: argparse.Namespace, open_services: Any) -> int:
    import datetime as dt

    changes: dict[str, Any] = rc.assignments(args) if args.assignments else {}
    if args.received is not None:  # money arrived: this milestone's receipt, on the day given or today
        changes["received_amount"] = args.received
        changes["received_date"] = args.date or dt.date.today().isoformat()
    elif args.date is not None:
        changes["received_date"] = args.date
    if not changes:
        raise InvalidInput.coded("nothing_to_change")
    services, payment_id = _milestone(args, open_services)
    return rc.changed(services.commercial.update_payment(payment_id, changes))


def payment_write_off(args: argparse.Namespace, open_services: Any) -> int:
    services, payment_id = _milestone(args, open_services)
    services.commercial.write_off_payment(payment_id, args.reason)
    print("已核销")
    return 0


def payment_delete(args: argparse.Namespace, open_services: Any) -> int:
    services, payment_id = _milestone(args, open_services)
    services.commercial.delete_payment(payment_id)
    print("已删除")
    return 0


# -- reviews -----------------------------------------------------------------------------


def review_add(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    print(
        services.commercial.add_review(
            opp_id,
            args.kind,
            outcome=args.outcome,
            reviewer=args.reviewer,
            submitted=args.submitted,
            comments=args.comments,
        )
    )
    return 0


def review_list(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    return rc.show_rows(
        args,
        services.commercial.reviews(opp_id),
        lambda r: (
            f"{REVIEW_KINDS[r.kind]}评审  {REVIEW_OUTCOMES[r.outcome]}  {r.reviewer or '-'}  {r.submitted or '-'}"
        ),
        "还没有评审",
    )


def review_show(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    review_id = services.commercial.review_id(opp_id, args.review)
    [review] = [r for r in services.commercial.reviews(opp_id) if r.id == review_id]
    return rc.show_record(args, review, REVIEW_LABELS)


def review_update(args: argparse.Namespace, open_services: Any) -> int:
    changes = rc.assignments(args)
    services, opp_id = rc.opportunity(args, open_services)
    return rc.changed(
        services.commercial.update_review(services.commercial.review_id(opp_id, args.review), changes)
    )


def review_delete(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    services.commercial.delete_review(services.commercial.review_id(opp_id, args.review))
    print("已删除")
    return 0
