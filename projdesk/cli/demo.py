"""``projdesk demo-data [--count N] [--seed S]``."""

from __future__ import annotations

import argparse
import time
from typing import Any


def register(commands: Any) -> None:
    p = commands.add_parser("demo-data", help="生成演示数据")
    p.add_argument("--count", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=demo_cmd)


def demo_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.demo.generate import generate_demo
    from projdesk.domain.errors import InvalidInput

    if not 1 <= args.count <= 100_000:
        raise InvalidInput(f"--count 应在 1–100000 之间：{args.count}")
    started = time.perf_counter()
    stats = generate_demo(open_services(), count=args.count, seed=args.seed)
    print(
        f"已生成 {stats.opportunities} 个商机、{stats.customers} 个客户、{stats.activities} 条日志"
        f"（{time.perf_counter() - started:.1f} 秒）"
    )
    return 0
