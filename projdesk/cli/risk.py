"""``projdesk risk add|list|update|close``: an opportunity's risk register (internal only)."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli.jsonout import dumps, jsonable
from projdesk.labels import risk_level_text, risk_status_text
from projdesk.storage import dto

LEVEL_HELP = "高/中/低（或 high/medium/low）"


def register(commands: Any) -> None:
    risk = commands.add_parser("risk", help="风险管理：商机的风险登记（仅内部）")
    sub = risk.add_subparsers(dest="action", required=True, parser_class=type(risk))

    p = sub.add_parser("add", help="登记一条风险，打印其 ID")
    p.add_argument("id", help="商机 ID")
    p.add_argument("--description", required=True, help="风险描述")
    p.add_argument("--probability", default="medium", help=f"可能性：{LEVEL_HELP}")
    p.add_argument("--impact", default="medium", help=f"影响：{LEVEL_HELP}")
    p.add_argument("--response", default="", help="应对措施")
    p.add_argument("--owner", help="责任人（默认：商机负责人）")
    p.add_argument("--due", help="期限 YYYY-MM-DD")
    p.set_defaults(func=add_cmd)

    p = sub.add_parser("list", help="列出商机的风险")
    p.add_argument("id", help="商机 ID")
    p.add_argument("--open", action="store_true", help="只列未关闭的风险")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=list_cmd)

    p = sub.add_parser(
        "update", help="修改风险：字段=值 …（description probability impact response owner due_date）"
    )
    p.add_argument("risk", help="风险 ID")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=update_cmd)

    p = sub.add_parser("close", help="关闭风险（需写明处理结果）")
    p.add_argument("risk", help="风险 ID")
    p.add_argument("--note", required=True, help="处理结果")
    p.add_argument("--date", help="关闭日期（默认：今天）")
    p.set_defaults(func=close_cmd)


def risk_json(risk: dto.RiskView) -> dict[str, Any]:
    data: dict[str, Any] = jsonable(risk)
    data["level"] = risk.level
    data["open_high"] = risk.open_high
    return data


def add_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    print(
        s.risks.add(
            s.opportunities.resolve(args.id),
            args.description,
            probability=args.probability,
            impact=args.impact,
            response=args.response,
            owner=args.owner,
            due_date=args.due,
        )
    )
    return 0


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    risks = s.risks.list(s.opportunities.resolve(args.id), include_closed=not args.open)
    if args.json:
        print(dumps([risk_json(r) for r in risks]))
        return 0
    for r in risks:
        due = f"  期限 {r.due_date}" if r.due_date else ""
        print(
            f"{r.id[:8]} 【{risk_level_text(r.level)}】{r.description}  "
            f"可能性 {risk_level_text(r.probability)} 影响 {risk_level_text(r.impact)}  "
            f"{risk_status_text(r.status)}  责任人 {r.owner or '-'}{due}"
        )
        if r.response:
            print(f"    应对：{r.response}")
        if r.close_note:
            print(f"    处理结果：{r.close_note}")
    print(f"共 {len(risks)} 条风险")
    return 0


def update_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.cli import split_assignments

    s = open_services()
    changed = s.risks.update(s.risks.resolve(args.risk), split_assignments(args.assignments))
    print(f"已修改 {len(changed)} 个字段")
    return 0


def close_cmd(args: argparse.Namespace, open_services: Any) -> int:
    s = open_services()
    s.risks.close(s.risks.resolve(args.risk), args.note, on=args.date)
    print("风险已关闭")
    return 0
