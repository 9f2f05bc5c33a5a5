"""``projdesk step ID LETTER [--done | --skip | --reopen] [FIELD=VALUE...]``."""

from __future__ import annotations

import argparse
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.domain.catalog import step as step_spec
from projdesk.domain.values import to_text
from projdesk.labels import step_status_text


def register(commands: Any) -> None:
    p = commands.add_parser("step", help="填写步骤字段、完成/跳过/重开步骤")
    p.add_argument("id")
    p.add_argument("letter", help="步骤字母 A–Z")
    state = p.add_mutually_exclusive_group()
    state.add_argument("--done", dest="action", action="store_const", const="done")
    state.add_argument("--skip", dest="action", action="store_const", const="skip")
    state.add_argument("--reopen", dest="action", action="store_const", const="reopen")
    p.add_argument("--json", action="store_true")
    p.add_argument("assignments", nargs="*", metavar="FIELD=VALUE")
    p.set_defaults(func=step_cmd)


def step_cmd(args: argparse.Namespace, open_services: Any) -> int:
    from projdesk.cli import split_assignments

    spec = step_spec(args.letter)
    values = split_assignments(args.assignments)
    for key in values:
        spec.field(key)  # unknown field: a clear usage error before opening the database
    services = open_services()
    opp_id = services.opportunities.resolve(args.id)
    view = services.steps.update(opp_id, spec.letter, values, args.action)
    if args.json:
        print(dumps(view))
        return 0
    print(f"{view.letter} {view.title}：{step_status_text(view.status)}")
    for f in spec.fields:
        mark = "*" if f.required else " "
        print(f"  {mark} {f.label}（{f.key}）：{to_text(view.fields.get(f.key))}")
    return 0
