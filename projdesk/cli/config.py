"""``projdesk config get [KEY] [--json]`` and ``projdesk config set KEY VALUE``: the settings of
the 设置 dialog from the command line (projdesk.storage.setting_keys holds the keys for both)."""

from __future__ import annotations

import argparse
import copy
from typing import Any

from projdesk.cli.jsonout import dumps
from projdesk.storage.setting_keys import ALL_KEYS, SettingKey, setting_key


def register(commands: Any) -> None:
    p = commands.add_parser(
        "config", help="设置：我的姓名、公司信息（资料库）、持证项目主管、重点客户门槛、模板文件夹"
    )
    sub = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    g = sub.add_parser("get", help="查看设置（不给 KEY 则列出全部）")
    g.add_argument("key", nargs="?", help="、".join(ALL_KEYS))
    g.add_argument("--json", action="store_true")
    g.set_defaults(func=get_cmd)
    s = sub.add_parser("set", help="修改一项设置")
    s.add_argument("key", help="、".join(ALL_KEYS))
    s.add_argument("value", help="持证项目主管用逗号或“、”分隔；门槛以万元计")
    s.set_defaults(func=set_cmd)


def _label(spec: SettingKey | tuple[str, str]) -> str:
    return spec.label if isinstance(spec, SettingKey) else spec[0]


def get_cmd(args: argparse.Namespace, open_services: Any) -> int:
    names = [args.key.strip()] if args.key else list(ALL_KEYS)
    specs = {name: setting_key(name) for name in names}  # an unknown key: a usage error first
    services = open_services()
    company = services.library.load().company  # the company keys: the library's profile
    values = {
        name: spec.read(services.prefs) if isinstance(spec, SettingKey) else getattr(company, spec[1])
        for name, spec in specs.items()
    }
    if args.json:
        print(dumps(values))
    elif args.key:
        print(values[names[0]])
    else:
        for name, value in values.items():
            print(f"{name}（{_label(specs[name])}）：{value}")
    return 0


def set_cmd(args: argparse.Namespace, open_services: Any) -> int:
    spec = setting_key(args.key)
    services = open_services()
    if isinstance(spec, SettingKey):
        prefs = copy.deepcopy(services.prefs)
        spec.write(prefs, args.value)  # checked before anything is saved
        services.ctx.save_preferences(prefs)
        shown = spec.read(prefs)
    else:
        shown = getattr(services.library.set_company(spec[1], args.value).company, spec[1])
    print(f"已设置 {_label(spec)}：{shown}")
    return 0
