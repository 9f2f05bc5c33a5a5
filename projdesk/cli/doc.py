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
    # 文档组装: the library's parts a bid, proposal, solution or slides carry, by name and in order.
    parts = p.add_argument_group(
        "文档组装（投标书、建议书、解决方案、讲解；不给则按商机的产品和行业自动选取）"
    )
    parts.add_argument(
        "--chapters", help="产品与服务章节的标题，按顺序，用逗号分隔（空字符串：不要任何章节）"
    )
    parts.add_argument("--cases", help="案例的项目名称，按顺序，用逗号分隔")
    parts.add_argument("--qualifications", help="资质名称，按顺序，用逗号分隔")
    parts.add_argument("--team", help="项目团队成员姓名，按顺序，用逗号分隔")
    p.set_defaults(func=doc_cmd)


def assembly_of(args: argparse.Namespace) -> Any:
    """The parts named on the command line (None when none was: the default choice)."""
    from projdesk.deliverables.assembly import GROUPS, Assembly, split_names

    chosen = {g: split_names(getattr(args, g)) for g in GROUPS if getattr(args, g) is not None}
    return Assembly(**chosen) if chosen else None


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
        assembly=assembly_of(args),
    )
    print(f"{result.path}（第 {result.version} 版）")
    for warning in result.check.warnings:
        print(f"提示：{warning}", file=sys.stderr)
    if result.check.gaps:
        print(f"缺项 {len(result.check.lines)} 处，已标为【待填：…】：", file=sys.stderr)
        for line in result.check.lines:
            print(f"  - {line}", file=sys.stderr)
    return 0
