"""Typing follows the domain's value rules, and whatever can be typed travels in a snapshot."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from projdesk.domain import limits
from projdesk.domain.catalog import FieldKind, FieldSpec
from projdesk.domain.errors import BadInputFile, InvalidInput, RuleRefused
from projdesk.domain.values import parse_field
from projdesk.storage.services import Services
from projdesk.sync import columns
from projdesk.sync import format as fmt
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import canonical_dump, new_device, template_db

PASSPHRASE = "团队口令 2026"


@pytest.fixture
def two_devices(tmp_path: Path) -> Iterator[tuple[Services, SyncService, Services, SyncService]]:
    """Two colleagues' databases: 王芳 (a) exports, 李雷 (b) imports."""
    template = template_db()
    a, sync_a = new_device(tmp_path / "a", "a", "王芳", template)
    b, sync_b = new_device(tmp_path / "b", "b", "李雷", template)
    yield a, sync_a, b, sync_b
    a.close()
    b.close()


Devices = tuple[Services, SyncService, Services, SyncService]


@pytest.fixture
def opp(services: Services) -> str:
    return services.opportunities.add("华东电力设计院", "调度自动化平台", amount="120万")


@pytest.mark.parametrize(
    ("name", "char"), [("nul", "\x00"), ("vt", "\x0b"), ("x01", "\x01"), ("esc", "\x1b")]
)
def test_typing_a_control_character_in_a_note_is_refused_and_nothing_changes(
    services: Services, opp: str, name: str, char: str
) -> None:
    before = services.opportunities.detail(opp).notes
    with pytest.raises(InvalidInput) as refused:
        services.opportunities.update(opp, {"notes": f"纪{char}要"})
    assert "控制字符" in str(refused.value) and "\n" not in str(refused.value), name
    assert services.opportunities.detail(opp).notes == before


def test_typing_a_newline_in_a_project_name_is_refused(services: Services, opp: str) -> None:
    with pytest.raises(InvalidInput, match="不能换行"):
        services.opportunities.update(opp, {"name": "一期\n二期"})


def test_typing_a_control_character_in_an_activity_is_refused(services: Services, opp: str) -> None:
    with pytest.raises(InvalidInput, match="日志的 内容 含有不允许的控制字符"):
        services.activities.add(opp, type="拜访", content="见面\x00")
    assert services.activities.list(opportunity_id=opp) == []


def test_typing_a_control_character_in_a_contact_or_step_field_is_refused(
    services: Services, opp: str
) -> None:
    customer = services.opportunities.summary(opp).customer_id
    with pytest.raises(InvalidInput, match="联系人的 职务"):
        services.people.add_contact(customer, "王建国", title="主任\x1b")
    with pytest.raises(InvalidInput, match="步骤 A 的 why_pursue"):
        services.steps.update(opp, "A", {"why_pursue": "值得\x01跟进"})


def test_typing_a_credit_code_in_chinese_digits_is_refused(services: Services, opp: str) -> None:
    customer = services.opportunities.summary(opp).customer_id
    with pytest.raises(InvalidInput, match="统一社会信用代码 应为 18 位数字或大写字母"):
        services.people.update_customer(customer, {"credit_code": "九一三一" * 4 + "一二"})
    services.people.update_customer(customer, {"credit_code": "91310000ma1fl4xx1a"})
    assert services.people.customer(customer).credit_code == "91310000MA1FL4XX1A"


def test_a_move_reason_with_a_control_character_is_refused(services: Services, opp: str) -> None:
    with pytest.raises(InvalidInput, match="变更记录的 原因"):
        services.opportunities.move(opp, 2, force=True, reason="老板\x07同意")
    assert services.opportunities.summary(opp).stage == 1


def test_a_windows_pasted_note_is_stored_with_plain_newlines(services: Services, opp: str) -> None:
    services.opportunities.update(opp, {"notes": "第一行\r\n第二行"})
    assert services.opportunities.detail(opp).notes == "第一行\n第二行"


def test_a_note_of_a_million_characters_is_accepted_and_one_more_refused(
    services: Services, opp: str
) -> None:
    services.opportunities.update(opp, {"notes": "记" * limits.LONG_TEXT})
    with pytest.raises(InvalidInput, match="过长"):
        services.opportunities.update(opp, {"notes": "记" * (limits.LONG_TEXT + 1)})
    assert len(services.opportunities.detail(opp).notes) == limits.LONG_TEXT


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-inf"])
def test_nan_or_infinity_in_a_number_field_is_refused(text: str) -> None:
    spec = FieldSpec("count", "数量", FieldKind.NUMBER)
    with pytest.raises(InvalidInput, match="应为数字"):
        parse_field(spec, text)
    assert parse_field(spec, "12.5") == Decimal("12.5")


def _repetitive_note() -> str:
    """About 1 MB of pasted meeting notes: the same lines over and over, as real pastes are."""
    block = "2026-11-30 周例会：客户确认调度平台二期范围，下周提交方案初稿。\tOK\n"
    return (block * (limits.LONG_TEXT // len(block) + 1))[: limits.LONG_TEXT]


def test_1mb_repetitive_note_round_trips_through_a_snapshot(two_devices: Devices, tmp_path: Path) -> None:
    a, sync_a, b, sync_b = two_devices
    note = _repetitive_note()
    assert len(note.encode("utf-8")) > 2**20
    opp = a.opportunities.add("星河科技有限公司", "数据中台", notes=note)
    a.activities.add(opp, type="会议", content=note)
    path = tmp_path / "a.pdsnap"
    sync_a.export(path)
    result = sync_b.import_snapshot(path)
    assert result["conflicts"] == 0
    assert b.opportunities.detail(opp).notes == note
    assert b.activities.list(opportunity_id=opp)[0].content == note
    assert canonical_dump(b.db.path)["opportunities"] == canonical_dump(a.db.path)["opportunities"]


def test_member_size_cap_follows_from_rows_and_field_limits() -> None:
    spec = columns.BY_NAME["activities"]
    one = columns.max_payload(spec, 1)
    assert one > 2 * limits.LONG_TEXT * 4  # content and result at their limit, any characters
    assert one < 200 * 2**20  # a 200 MB member claiming one record is a bomb
    assert columns.max_payload(spec, 10) > columns.max_payload(spec, 1)
    assert columns.max_payload(spec, 10**9) == columns.MAX_RAW


def _encrypted_export(devices: Devices, tmp_path: Path) -> Path:
    a, sync_a, _, _ = devices
    a.opportunities.add("星河科技有限公司", "数据中台")
    path = tmp_path / "a.pdsnap"
    sync_a.export(path, passphrase=PASSPHRASE)
    return path


def test_key_is_derived_once_per_import(
    two_devices: Devices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _encrypted_export(two_devices, tmp_path)
    calls: list[int] = []
    real = fmt.derive_key

    def counting(*args: object) -> bytes:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "derive_key", counting)
    assert two_devices[3].import_snapshot(path, PASSPHRASE)["added"] > 0
    assert len(calls) == 1


def _with_kdf(src: Path, dst: Path, **params: int) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == fmt.MANIFEST:
                manifest = json.loads(data)
                manifest["encryption"].update(params)
                data = json.dumps(manifest).encode()
            zout.writestr(item, data)
    return dst


@pytest.mark.parametrize(
    ("case", "params"),
    [
        ("n_2_20", {"n": 2**20}),
        ("r_16", {"r": 16}),
        ("p_4", {"p": 4}),
        ("n_not_power_of_two", {"n": 3 * 2**15}),
    ],
)
def test_key_derivation_beyond_bounds_is_refused_before_deriving(
    two_devices: Devices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, params: dict[str, int]
) -> None:
    good = _encrypted_export(two_devices, tmp_path)

    def never(*args: object) -> bytes:
        raise AssertionError("a key was derived")

    monkeypatch.setattr(fmt, "derive_key", never)
    crafted = _with_kdf(good, tmp_path / f"{case}.pdsnap", **params)
    with pytest.raises(BadInputFile, match="密钥派生参数超出上限"):
        two_devices[3].import_snapshot(crafted, PASSPHRASE)


def test_derive_key_itself_refuses_parameters_beyond_bounds() -> None:
    with pytest.raises(ValueError):
        fmt.derive_key("口令", b"0" * 16, n=2**20)
    assert fmt.kdf_within_bounds(fmt.SCRYPT_N, fmt.SCRYPT_R, fmt.SCRYPT_P)


def test_export_refuses_a_member_beyond_the_readers_cap_and_writes_no_file(
    services: Services, opp: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Data saved before the limits existed could exceed them: no file is better than one
    # that every colleague refuses. The export asks the very cap the reader applies.
    monkeypatch.setattr(columns, "max_payload", lambda spec, rows: 10)
    target = tmp_path / "out.pdsnap"
    with pytest.raises(RuleRefused, match="超出字段上限"):
        SyncService(services).export(target)
    assert list(tmp_path.glob("*.pdsnap*")) == [] and list(tmp_path.glob(".out.pdsnap*")) == []
