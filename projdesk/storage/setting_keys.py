"""The settings a user may set by name: ``projdesk config get|set`` and the 设置 dialog read and
write them through this one table, so a value typed in either place is checked the same way and
lands in the same place (the preferences kept in the database's settings table)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from projdesk.domain.errors import InvalidInput
from projdesk.domain.limits import MAX_SNAPSHOT_FILE_BYTES, MAX_SNAPSHOT_FILES_BYTES
from projdesk.domain.money import WAN, format_wan, parse_money
from projdesk.storage.preferences import Preferences

# Our company's particulars are the material library's company profile (资料库 › 公司信息): the
# one place the documents read them. ``config get|set`` names them company_<field>.
COMPANY_KEYS: dict[str, tuple[str, str]] = {  # key -> (label, CompanyProfile field)
    "company_name": ("我方公司名称", "name"),
    "company_legal_rep": ("法定代表人", "legal_rep"),
    "company_address": ("公司地址", "address"),
    "company_phone": ("公司电话", "phone"),
    "company_bank": ("开户银行", "bank"),
    "company_account": ("银行账号", "account"),
    "company_tax_number": ("纳税人识别号", "tax_number"),
    "company_tax_rate": ("增值税税率", "tax_rate"),
}


def parse_user_name(text: str) -> str:
    name = text.strip()
    if not name:
        raise InvalidInput.coded("user_name_empty")
    return name


def parse_leads(text: str | list[str]) -> list[str]:
    """Certified project leads: one a line, or separated by commas or 、."""
    lines = (
        text
        if isinstance(text, list)
        else text.replace("，", ",").replace("、", ",").replace("\n", ",").split(",")
    )
    return list(dict.fromkeys(line.strip() for line in lines if line.strip()))


def parse_threshold(text: str) -> str:
    """The key-account amount threshold: a bare number is 万元 ("300" and "300万" are 3,000,000 yuan)."""
    threshold = parse_money(text, label="重点客户金额门槛", bare_unit=WAN)
    if threshold is None or threshold <= 0:
        raise InvalidInput.coded("threshold_not_positive")
    return str(threshold)


@dataclass(frozen=True)
class SettingKey:
    """One setting: what it is called, how it reads, and how typed text becomes its value."""

    label: str
    read: Callable[[Preferences], str]
    write: Callable[[Preferences, str], None]


def _set_user_name(prefs: Preferences, text: str) -> None:
    prefs.user_name = parse_user_name(text)


def _set_leads(prefs: Preferences, text: str) -> None:
    prefs.certified_leads = parse_leads(text)


def _set_threshold(prefs: Preferences, text: str) -> None:
    prefs.key_account_threshold = parse_threshold(text)


def _set_template_folder(prefs: Preferences, text: str) -> None:
    prefs.template_folder = text.strip()


def parse_megabytes(text: str, most: int) -> int:
    """A size limit in whole megabytes, 0 (no file travels) to ``most``."""
    value = text.strip().upper().removesuffix("MB").strip()
    if not value.isascii() or not value.isdigit() or int(value) > most:
        raise InvalidInput.coded("megabytes_invalid", value=text, most=most)
    return int(value)


def _set_file_limit(prefs: Preferences, text: str) -> None:
    prefs.snapshot_file_limit_mb = parse_megabytes(text, MAX_SNAPSHOT_FILE_BYTES // 2**20)


def _set_files_limit(prefs: Preferences, text: str) -> None:
    prefs.snapshot_files_limit_mb = parse_megabytes(text, MAX_SNAPSHOT_FILES_BYTES // 2**20)


SETTING_KEYS: dict[str, SettingKey] = {
    "user_name": SettingKey("我的姓名", lambda p: p.user_name, _set_user_name),
    "certified_leads": SettingKey("持证项目主管", lambda p: "、".join(p.certified_leads), _set_leads),
    "key_account_threshold": SettingKey(
        "重点客户金额门槛（万元）", lambda p: format_wan(p.threshold), _set_threshold
    ),
    "template_folder": SettingKey("公司模板文件夹", lambda p: p.template_folder, _set_template_folder),
    "snapshot_file_limit_mb": SettingKey(
        "快照中单个附件的上限（MB）", lambda p: str(p.snapshot_file_limit_mb), _set_file_limit
    ),
    "snapshot_files_limit_mb": SettingKey(
        "快照中附件总量的上限（MB）", lambda p: str(p.snapshot_files_limit_mb), _set_files_limit
    ),
}


ALL_KEYS: tuple[str, ...] = (*SETTING_KEYS, *COMPANY_KEYS)


def setting_key(name: str) -> SettingKey | tuple[str, str]:
    """The preference named ``name``, or (label, company field) for a company key."""
    key = name.strip()
    spec = SETTING_KEYS.get(key) or COMPANY_KEYS.get(key)
    if spec is None:
        raise InvalidInput.coded("setting_unknown", key=name, keys="、".join(ALL_KEYS))
    return spec
