"""``projdesk doc ID KIND -o FILE``: generate one of the method's documents."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from projdesk.deliverables.templates import KINDS


def register(commands: Any) -> None:
    p = commands.add_parser("doc", help="生成文档：" + "、".join(KINDS))
    p.add_argument("id", help="商机 ID（或唯一前缀）")
    p.add_argument("kind", choices=KINDS, help="文档类型")
    p.add_argument("-o", "--output", help="输出文件（默认：文档文件夹下的 客户_项目_文档_vN）")
    p.add_argument("--note", default="", help="本版说明（建议方案的版本说明）")
    p.add_argument(
        "--allow-gaps",
        action="store_true",
        help="资料不全也生成：缺项处标为【待填：…】（否则列出缺项，退出码 3）",
    )
    p.set_defaults(func=doc_cmd)


def doc_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.deliverables.service import generate

    services = open_services()
    result = generate(
        services,
        services.opportunities.resolve(args.id),
        args.kind,
        out_path=args.output,
        note=args.note,
        allow_gaps=args.allow_gaps,
    )
    print(f"{result.path}（第 {result.version} 版）")
    for warning in result.check.warnings:
        print(f"提示：{warning}", file=sys.stderr)
    if result.check.gaps:
        print(f"缺项 {len(result.check.lines)} 处，已标为【待填：…】：", file=sys.stderr)
        for line in result.check.lines:
            print(f"  - {line}", file=sys.stderr)
    return 0
