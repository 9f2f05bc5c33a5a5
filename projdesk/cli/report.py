"""``projdesk report weekly|quotes|log``: the Excel sheets; ``report forecast``: the weighted forecast."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.deliverables.sheets import exports
from projdesk.domain.display import money_short
from projdesk.storage.services.reports import WEEKLY_FIRST_STAGE, Week


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="报表：周进度总结表、报价日志、进展日志（Excel）")
    sub = report.add_subparsers(dest="action", required=True, parser_class=type(report))

    p = sub.add_parser("weekly", help="项目运作周进度总结表")
    p.add_argument("--week", help="ISO 周，如 2026-W48（默认：本周）")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--owner", help="只含此人的商机（默认：设置中的用户名）")
    scope.add_argument("--all", action="store_true", help="所有人的商机（团队视图：按负责人小计）")
    p.add_argument(
        "--all-stages", action="store_true", help="也列出阶段 1–2 的商机（默认从阶段 3 申请立项起）"
    )
    p.add_argument("-o", "--output", type=Path, default=Path("."), help="输出文件或文件夹")
    p.add_argument("--force", action="store_true", help="没有商机时也用空表覆盖已有文件")
    p.set_defaults(func=weekly_cmd)

    p = sub.add_parser("quotes", help="报价日志")
    p.add_argument("id")
    p.add_argument("-o", "--output", type=Path, default=Path("."), help="输出文件或文件夹")
    p.set_defaults(func=quotes_cmd)

    p = sub.add_parser("forecast", help="加权预测：进行中商机的金额 × 赢单概率，按预计签约月份汇总")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--owner", help="此人的商机（默认：设置中的用户名）")
    scope.add_argument("--all", action="store_true", help="所有人的商机")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=forecast_cmd)

    p = sub.add_parser("log", help="售前项目进展日志")
    p.add_argument("id")
    p.add_argument("-o", "--output", type=Path, default=Path("."), help="输出文件或文件夹")
    p.set_defaults(func=log_cmd)


def weekly_cmd(args: argparse.Namespace, open_services: Any) -> int:
    week = Week.parse(args.week) if args.week else Week.of(dt.date.today())
    services = open_services()
    owner = None if args.all else (args.owner or services.prefs.user_name)
    first_stage = 1 if args.all_stages else WEEKLY_FIRST_STAGE
    path, report = exports.export_weekly(
        services, week, owner, args.output, replace_with_empty=args.force, first_stage=first_stage
    )
    print(path)
    print(
        f"{report.week.label}：{len(report.rows)} 个进行中商机，"
        f"预计签单额 {money_short(report.total_amount)}，重点客户 {len(report.key_rows)} 个，"
        f"暂停 {len(report.on_hold)} 个"
    )
    return 0


def forecast_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    owner = None if args.all else (args.owner or services.prefs.user_name)
    forecast = services.forecast.by_month(owner)
    if args.json:
        print(
            dumps(
                {
                    "months": [
                        {
                            "month": m.month or None,
                            "count": m.count,
                            "amount": m.amount,
                            "weighted": m.weighted,
                        }
                        for m in forecast.months
                    ],
                    "amount": forecast.amount,
                    "weighted": forecast.weighted,
                    "without_amount": forecast.without_amount,
                }
            )
        )
        return 0
    print("预计签约月份  商机数        预计签单额        加权金额")
    for m in forecast.months:
        print(
            f"{m.month or '未定':<12}  {m.count:>6}  {money_short(m.amount):>16}  {money_short(m.weighted):>14}"
        )
    print(
        f"{_padded('合计', 12)}  {sum(m.count for m in forecast.months):>6}  "
        f"{money_short(forecast.amount) or '0 元':>16}  {money_short(forecast.weighted) or '0 元':>14}"
    )
    if forecast.without_amount:
        print(f"另有 {forecast.without_amount} 个商机未填金额，未计入")
    return 0


def _padded(text: str, width: int) -> str:
    """Left-aligned in ``width`` terminal columns: a Chinese character takes two."""
    wide = sum(1 for ch in text if ord(ch) > 0x2E80)
    return text + " " * max(0, width - len(text) - wide)


def quotes_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    print(exports.export_quote_log(services, services.opportunities.resolve(args.id), args.output))
    return 0


def log_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    print(exports.export_progress_log(services, services.opportunities.resolve(args.id), args.output))
    return 0
