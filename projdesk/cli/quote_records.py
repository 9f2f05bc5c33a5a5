"""``projdesk quote …``: quote rounds and their lines (add, copy, list, show, update, accept, delete)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from projdesk.cli import record_commands as rc
from projdesk.cli.jsonout import decimal_text, dumps, jsonable
from projdesk.domain.errors import InvalidInput
from projdesk.domain.money import format_yuan
from projdesk.storage.services.commercial import QUOTE_FIELDS, QUOTE_LINE_KEYS

LINES_HELP = '报价行，JSON：[{"item":…,"quantity":…,"unit_price":…,"brand":…,"model":…,"unit":…}]'


def register(commands: Any) -> None:
    sub = rc.group(commands, "quote", "报价轮次与报价行：add copy list show update accept delete line-…")
    p = rc.action(sub, "add", "新一轮报价，打印其 ID", quote_add)
    p.add_argument("--lines", required=True, help=LINES_HELP)
    p.add_argument("--date", help="报价日期（默认今天）")
    p.add_argument("--note", default="")
    p = rc.action(sub, "copy", "复制一轮报价为新一轮（各行保持同一行，便于对比）", quote_copy)
    p.add_argument("round", type=int, help="轮次")
    p.add_argument("--date", help="新一轮的报价日期（默认今天）")
    p.add_argument("--note", default="")
    rc.with_json(rc.action(sub, "list", "列出各轮报价", quote_list))
    p = rc.with_json(rc.action(sub, "show", "查看一轮报价及其各行", quote_show))
    p.add_argument("round", type=int)
    p = rc.action(sub, "update", "修改一轮报价的日期或备注", quote_update)
    p.add_argument("round", type=int)
    rc.with_assignments(p, QUOTE_FIELDS)
    p = rc.action(sub, "accept", "把这一轮标为客户采纳的报价", quote_accept)
    p.add_argument("round", type=int)
    p = rc.action(sub, "delete", "删除一轮报价（连同其各行）", quote_delete)
    p.add_argument("round", type=int)
    p = rc.action(sub, "line-add", "给一轮报价加一行", line_add)
    p.add_argument("round", type=int)
    rc.with_assignments(p, QUOTE_LINE_KEYS)
    p = rc.action(sub, "line-update", "修改一轮报价的某一行（序号或 ID）", line_update)
    p.add_argument("round", type=int)
    p.add_argument("line", help="行序号（1、2…）或行 ID")
    rc.with_assignments(p, QUOTE_LINE_KEYS)
    p = rc.action(sub, "line-delete", "删除一轮报价的某一行", line_delete)
    p.add_argument("round", type=int)
    p.add_argument("line", help="行序号（1、2…）或行 ID")


def quote_json(quote: Any) -> dict[str, Any]:
    """A round as JSON, with its total and each line's total (exact text)."""
    data: dict[str, Any] = jsonable(quote)
    data["total"] = decimal_text(quote.total)
    for line_json, line in zip(data["lines"], quote.lines, strict=True):
        line_json["total"] = decimal_text(line.total)
    return data


def _round(args: argparse.Namespace, open_services: Any) -> tuple[Any, str]:
    services, opp_id = rc.opportunity(args, open_services)
    return services, services.commercial.round_id(opp_id, args.round)


def quote_add(args: argparse.Namespace, open_services: Any) -> int:
    try:
        lines = json.loads(args.lines)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--lines 不是有效的 JSON：{exc.msg}") from None
    if not isinstance(lines, list) or not all(isinstance(x, dict) for x in lines):
        raise InvalidInput("--lines 应为对象列表")
    services, opp_id = rc.opportunity(args, open_services)
    print(services.commercial.add_quote(opp_id, lines, date=args.date, note=args.note))
    return 0


def quote_copy(args: argparse.Namespace, open_services: Any) -> int:
    services, quote_id = _round(args, open_services)
    print(services.commercial.copy_quote(quote_id, date=args.date, note=args.note))
    return 0


def quote_list(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    quotes = services.commercial.quotes(opp_id)
    if args.json:
        print(dumps([quote_json(q) for q in quotes]))
        return 0
    for q in quotes:
        mark = "（已采纳）" if q.accepted else ""
        print(f"第 {q.round} 轮  {q.date}  {len(q.lines)} 行  合计 {format_yuan(q.total)} 元{mark}  {q.note}")
    print(f"共 {len(quotes)} 轮" if quotes else "还没有报价")
    return 0


def quote_show(args: argparse.Namespace, open_services: Any) -> int:
    services, opp_id = rc.opportunity(args, open_services)
    quote_id = services.commercial.round_id(opp_id, args.round)
    [quote] = [q for q in services.commercial.quotes(opp_id) if q.id == quote_id]
    if args.json:
        print(dumps(quote_json(quote)))
        return 0
    mark = "（已采纳）" if quote.accepted else ""
    print(f"第 {quote.round} 轮报价  {quote.date}{mark}  {quote.note}")
    for ln in quote.lines:
        print(
            f"  {ln.position}. {ln.item}  {ln.brand or '-'} {ln.model or '-'}  {ln.quantity.normalize():f}{ln.unit} × "
            f"{format_yuan(ln.unit_price)} = {format_yuan(ln.total)} 元"
        )
    print(f"合计 {format_yuan(quote.total)} 元")
    return 0


def quote_update(args: argparse.Namespace, open_services: Any) -> int:
    changes = rc.assignments(args)
    services, quote_id = _round(args, open_services)
    return rc.changed(services.commercial.update_quote(quote_id, changes))


def quote_accept(args: argparse.Namespace, open_services: Any) -> int:
    services, quote_id = _round(args, open_services)
    services.commercial.accept_quote(quote_id)
    print(f"已采纳第 {args.round} 轮报价")
    return 0


def quote_delete(args: argparse.Namespace, open_services: Any) -> int:
    services, quote_id = _round(args, open_services)
    services.commercial.delete_quote(quote_id)
    print("已删除")
    return 0


def line_add(args: argparse.Namespace, open_services: Any) -> int:
    values = rc.assignments(args)
    services, quote_id = _round(args, open_services)
    print(services.commercial.add_quote_line(quote_id, values))
    return 0


def line_update(args: argparse.Namespace, open_services: Any) -> int:
    changes = rc.assignments(args)
    services, quote_id = _round(args, open_services)
    line_id = services.commercial.line_id(quote_id, args.line)
    return rc.changed(services.commercial.update_quote_line(line_id, changes))


def line_delete(args: argparse.Namespace, open_services: Any) -> int:
    services, quote_id = _round(args, open_services)
    services.commercial.delete_quote_line(services.commercial.line_id(quote_id, args.line))
    print("已删除")
    return 0
