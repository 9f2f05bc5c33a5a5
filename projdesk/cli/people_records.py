"""``projdesk contact|competitor|customer …``: the buying committee, the rivals, the customer."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli import record_commands as rc
from projdesk.domain.catalog import ATTITUDES, DECISION_ROLES

CONTACT_LABELS = {
    "name": "姓名",
    "title": "职务",
    "role": "决策角色",
    "attitude": "态度",
    "phone": "电话",
    "email": "电子邮件",
    "background": "背景",
}
COMPETITOR_LABELS = {
    "name": "名称",
    "offer": "方案",
    "price": "报价",
    "strengths": "优势",
    "our_answer": "我方对策",
}
CUSTOMER_LABELS = {
    "name": "名称",
    "credit_code": "统一社会信用代码",
    "industry": "行业",
    "region": "地区",
    "listed": "上市公司",
    "industry_key": "行业重点",
    "regional_influence": "区域影响力",
    "key_account": "重点客户",
    "key_reasons": "重点客户理由",
    "address": "地址",
    "notes": "备注",
}


def register(commands: Any) -> None:
    _contact_commands(commands)
    _competitor_commands(commands)
    _customer_commands(commands)


def _contact_commands(commands: Any) -> None:
    sub = rc.group(commands, "contact", "客户联系人（采购决策链）：add list show update delete")
    p = rc.action(sub, "add", "为商机的客户添加联系人，打印其 ID", contact_add)
    p.add_argument("--name", required=True)
    p.add_argument("--role", default="", help="/".join(DECISION_ROLES))
    p.add_argument("--attitude", default="未知", help="/".join(ATTITUDES))
    p.add_argument("--title", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--background", default="")
    rc.with_json(rc.action(sub, "list", "列出商机客户的联系人", contact_list))
    p = rc.with_json(rc.action(sub, "show", "查看一个联系人", contact_show))
    p.add_argument("contact", help="联系人姓名或 ID")
    p = rc.action(sub, "update", "修改联系人（态度等就地修改，不会重复）", contact_update)
    p.add_argument("contact", help="联系人姓名或 ID")
    rc.with_assignments(p, CONTACT_LABELS)
    p = rc.action(sub, "delete", "删除联系人", contact_delete)
    p.add_argument("contact", help="联系人姓名或 ID")


def _competitor_commands(commands: Any) -> None:
    sub = rc.group(commands, "competitor", "竞争对手：add list show update delete")
    p = rc.action(sub, "add", "添加竞争对手，打印其 ID", competitor_add)
    p.add_argument("--name", required=True)
    p.add_argument("--offer", default="", help="对手的方案")
    p.add_argument("--price", help="对手的报价（元，可写“120万”）")
    p.add_argument("--strengths", default="", help="对手的优势")
    p.add_argument("--our-answer", default="", help="我方对策")
    rc.with_json(rc.action(sub, "list", "列出竞争对手", competitor_list))
    p = rc.with_json(rc.action(sub, "show", "查看一个竞争对手", competitor_show))
    p.add_argument("competitor", help="名称或 ID")
    p = rc.action(sub, "update", "修改竞争对手", competitor_update)
    p.add_argument("competitor", help="名称或 ID")
    rc.with_assignments(p, COMPETITOR_LABELS)
    p = rc.action(sub, "delete", "删除竞争对手", competitor_delete)
    p.add_argument("competitor", help="名称或 ID")


def _customer_commands(commands: Any) -> None:
    sub = rc.group(commands, "customer", "客户：list show update merge")
    p = rc.with_json(rc.action(sub, "list", "列出客户", customer_list, opportunity=False))
    p.add_argument("--search", default="", help="名称包含")
    p = rc.with_json(rc.action(sub, "show", "查看一个客户", customer_show, opportunity=False))
    p.add_argument("customer", help="客户名称或 ID")
    p = rc.action(sub, "update", "修改客户", customer_update, opportunity=False)
    p.add_argument("customer", help="客户名称或 ID")
    rc.with_assignments(p, CUSTOMER_LABELS)
    p = rc.action(sub, "merge", "把 OTHER 客户的联系人和商机并入 KEEP", customer_merge, opportunity=False)
    p.add_argument("keep", help="保留的客户（名称或 ID）")
    p.add_argument("other", help="并入后删除的客户（名称或 ID）")


# -- contacts ----------------------------------------------------------------------------


def _customer_of(args: argparse.Namespace, open_services: Any) -> tuple[Any, str]:
    services, opp_id = rc.opportunity(args, open_services)
    args.opportunity_id = opp_id  # the contact's history lines go on this opportunity
    return services, services.opportunities.summary(opp_id).customer_id


def contact_add(args: argparse.Namespace, open_services: Any) -> int:
    services, customer_id = _customer_of(args, open_services)
    fields = {k: getattr(args, k) for k in ("role", "attitude", "title", "phone", "email", "background")}
    print(services.people.add_contact(customer_id, args.name, opportunity_id=args.opportunity_id, **fields))
    return 0


def contact_list(args: argparse.Namespace, open_services: Any) -> int:
    services, customer_id = _customer_of(args, open_services)
    return rc.show_rows(
        args,
        services.people.contacts(customer_id),
        lambda c: f"{c.name}  {c.title or '-'}  {c.role or '-'}  {c.attitude}",
        "还没有联系人",
    )


def contact_show(args: argparse.Namespace, open_services: Any) -> int:
    services, customer_id = _customer_of(args, open_services)
    contact = services.people.contact(services.people.contact_id(customer_id, args.contact))
    return rc.show_record(args, contact, CONTACT_LABELS)


def contact_update(args: argparse.Namespace, open_services: Any) -> int:
    changes = rc.assignments(args)
    services, customer_id = _customer_of(args, open_services)
    return rc.changed(
        services.people.update_contact(services.people.contact_id(customer_id, args.contact), changes)
    )


def contact_delete(args: argparse.Namespace, open_services: Any) -> int:
    services, customer_id = _customer_of(args, open_services)
    contact = services.people.contact_id(customer_id, args.contact)
    services.people.delete_contact(contact, opportunity_id=args.opportunity_id)
    print("已删除")
    return 0


# -- competitors -------------------------------------------------------------------------


def competitor_add(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    fields = {
        "offer": args.offer,
        "price": args.price,
        "strengths": args.strengths,
        "our_answer": args.our_answer,
    }
    print(services.people.add_competitor(opp_id, args.name, **fields))
    return 0


def competitor_list(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    return rc.show_rows(
        args,
        services.people.competitors(opp_id),
        lambda c: f"{c.name}  报价 {c.price if c.price is not None else '-'}  {c.strengths or ''}",
        "还没有竞争对手",
    )


def competitor_show(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    rival = services.people.competitor(services.people.competitor_id(opp_id, args.competitor))
    return rc.show_record(args, rival, COMPETITOR_LABELS)


def competitor_update(args: argparse.Namespace, open_services: Any) -> int:
    changes = rc.assignments(args)
    services, opp_id = rc.opportunity(args, open_services)
    rival = services.people.competitor_id(opp_id, args.competitor)
    return rc.changed(services.people.update_competitor(rival, changes))


def competitor_delete(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    services.people.delete_competitor(services.people.competitor_id(opp_id, args.competitor))
    print("已删除")
    return 0


# -- customers ---------------------------------------------------------------------------


def customer_list(args: argparse.Namespace, open_services: Any) -> int:
    rows = open_services().people.customers(args.search)
    return rc.show_rows(
        args,
        rows,
        lambda c: f"{'★' if c.key_account else ' '} {c.name}  {c.industry or '-'}  {c.region or '-'}",
        "还没有客户",
    )


def customer_show(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    customer = services.people.customer(services.people.customer_id(args.customer))
    return rc.show_record(args, customer, CUSTOMER_LABELS)


def customer_update(args: argparse.Namespace, open_services: Any) -> int:
    changes = rc.assignments(args)
    services = open_services()
    return rc.changed(services.people.update_customer(services.people.customer_id(args.customer), changes))


def customer_merge(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.sync.service import SyncService

    services = open_services()
    keep = services.people.customer_id(args.keep)
    other = services.people.customer_id(args.other)
    moved = SyncService(services).merge_customers(keep, other)
    print(f"已合并：移动商机 {moved['opportunities']}，联系人 {moved['contacts']}")
    return 0
