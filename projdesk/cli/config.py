"""``projdesk config get [KEY] [--json]`` and ``projdesk config set KEY VALUE``: the settings of
the 设置 dialog from the command line (projdesk.storage.setting_keys holds the keys for both)."""

from __future__ import annotations

import argparse
import copy
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.storage.setting_keys import SETTING_KEYS, setting_key


def register(commands: Any) -> None:
    p = commands.add_parser("config", help="设置：我的姓名、公司名称、持证项目主管、重点客户门槛、模板文件夹")
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    g = sub.add_parser("get", help="查看设置（不给 KEY 则列出全部）")
    g.add_argument("key", nargs="?", help="、".join(SETTING_KEYS))
    g.add_argument("--json", action="store_true")
    g.set_defaults(func=get_cmd)
    s = sub.add_parser("set", help="修改一项设置")
    s.add_argument("key", help="、".join(SETTING_KEYS))
    s.add_argument("value", help="持证项目主管用逗号或“、”分隔；门槛以万元计")
    s.set_defaults(func=set_cmd)


def get_cmd(args: argparse.Namespace, open_services: Any) -> int:
    names = [args.key] if args.key else list(SETTING_KEYS)
    specs = {name: setting_key(name) for name in names}  # an unknown key: a usage error first
    prefs = open_services().prefs
    values = {name: spec.read(prefs) for name, spec in specs.items()}
    if args.json:
        print(dumps(values))
    elif args.key:
        print(values[args.key])
    else:
        for name, value in values.items():
            print(f"{name}（{specs[name].label}）：{value}")
    return 0


def set_cmd(args: argparse.Namespace, open_services: Any) -> int:
    spec = setting_key(args.key)
    services = open_services()
    prefs = copy.deepcopy(services.prefs)
    spec.write(prefs, args.value)  # checked before anything is saved
    services.ctx.save_preferences(prefs)
    print(f"已设置 {spec.label}：{spec.read(prefs)}")
    return 0
