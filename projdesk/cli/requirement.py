"""``projdesk requirement import|list|answer``: the tender's requirements (step Q) and our answers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.domain.tender import RESPONSES, parse_pasted


def register(commands: Any) -> None:
    p = commands.add_parser("requirement", help="招标要求与逐条应答（步骤 Q）")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = sub.add_parser("import", help="从招标文件（.docx 的表格）或每行一条的文本导入招标要求")
    a.add_argument("id", help="商机 ID（或唯一前缀）")
    a.add_argument("file", nargs="?", help="招标文件 .docx")
    a.add_argument("--text", metavar="FILE", help="每行一条招标要求的文本文件（UTF-8）")
    a.set_defaults(func=import_cmd)

    a = sub.add_parser("list", help="招标要求及应答")
    a.add_argument("id")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=list_cmd)

    a = sub.add_parser("answer", help="答复一条招标要求")
    a.add_argument("id")
    a.add_argument("clause", help="条款号（见 requirement list）")
    a.add_argument("--response", required=True, help="/".join(RESPONSES) + "；空字符串撤回应答")
    a.add_argument("--explain", help="应答说明")
    a.add_argument("--where", help="在投标文件中的位置，例如：第五章 5.2")
    a.set_defaults(func=answer_cmd)


def _read_text(path: str) -> str:
    file = Path(path)
    if not file.is_file():
        raise InvalidInput(f"找不到文件：{file}")
    try:
        return file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise BadInputFile(f"文本文件不是 UTF-8 编码：{file.name}") from None


def import_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.deliverables.tender_docx import read_tender_docx

    if (args.file is None) == (args.text is None):
        raise InvalidInput("请给出招标文件 .docx，或用 --text 给出文本文件（二选一）")
    # The file is read and checked completely before the database is opened.
    drafts = read_tender_docx(args.file) if args.file else parse_pasted(_read_text(args.text))
    services = open_services()
    result = services.tender.import_requirements(services.opportunities.resolve(args.id), drafts)
    starred = sum(1 for d in drafts if d.mark == "★")
    print(
        f"招标要求 {len(drafts)} 条（★ {starred} 条）：新增 {result.added}，更新 {result.updated}，"
        f"未变 {result.unchanged}"
    )
    return 0


def list_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    rows = services.tender.requirements(services.opportunities.resolve(args.id))
    if args.json:
        print(dumps(rows))
        return 0
    if not rows:
        print("尚无招标要求（用 requirement import 导入）")
        return 0
    for r in rows:
        answer = r.response or "未答复"
        where = f"（{r.answered_in}）" if r.answered_in else ""
        print(f"{r.mark or ' '}{r.clause}\t[{r.category}]\t{r.text}\t→ {answer}{where}")
    open_count = sum(1 for r in rows if not r.response)
    print(f"共 {len(rows)} 条，未答复 {open_count} 条")
    return 0


def answer_cmd(args: argparse.Namespace, open_services: Any) -> int:
    services = open_services()
    services.tender.answer(
        services.opportunities.resolve(args.id),
        args.clause,
        response=args.response,
        explanation=args.explain,
        answered_in=args.where,
    )
    print(f"第 {args.clause.strip()} 条：{args.response.strip() or '已撤回应答'}")
    return 0
