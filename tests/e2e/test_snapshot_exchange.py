"""Two colleagues exchange snapshots through the real command line."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import Cli


def test_two_colleagues_exchange_and_end_identical(tmp_path: Path) -> None:
    a, b = Cli(tmp_path / "a.db"), Cli(tmp_path / "b.db")
    first = a.run(
        "opp", "add", "--customer", "华东电力有限公司", "--name", "调度系统", "--amount", "80万"
    ).stdout.strip()
    second = a.run("opp", "add", "--customer", "华东电力有限公司", "--name", "运维平台").stdout.strip()
    a.run("snapshot", "export", "-o", str(tmp_path / "a1.pdsnap"))
    first_import = b.json("snapshot", "import", str(tmp_path / "a1.pdsnap"), "--json")
    assert first_import["added"] >= 3 and first_import["conflicts"] == 0
    assert {o["name"] for o in b.json("opp", "list", "--json")} == {"调度系统", "运维平台"}

    # Both edit; the amount of the first opportunity on both sides (a conflict), other fields apart.
    a.run("opp", "update", first, "amount=90万", "next_step=约技术交流")
    b.run("opp", "update", first, "amount=95万")
    b.run("opp", "update", second, "notes=客户预算已批")
    b.run("activity", "add", second, "--type", "拜访", "--content", "拜访信息中心")

    a.run("snapshot", "export", "-o", str(tmp_path / "a2.pdsnap"))
    b.run("snapshot", "export", "-o", str(tmp_path / "b2.pdsnap"))
    into_a = a.json("snapshot", "import", str(tmp_path / "b2.pdsnap"), "--json")
    into_b = b.json("snapshot", "import", str(tmp_path / "a2.pdsnap"), "--json")
    for result in (into_a, into_b):
        assert {"added", "updated", "conflicts", "unchanged"} <= set(result)

    # Identical lists, every field compared (updated_at merges as the later of the two).
    list_a, list_b = a.json("opp", "list", "--json"), b.json("opp", "list", "--json")
    assert list_a == list_b
    row = next(o for o in list_a if o["id"] == first)
    assert row["amount"] == "950000.00"  # B edited last: the newer stamp wins
    assert row["next_step"] == "约技术交流"  # a different field: both edits kept
    assert len(a.json("opp", "show", second, "--json")["activities"]) == 1

    # The same-field edit is a conflict on the side that lost (A), with both values.
    conflicts_a = a.json("snapshot", "conflicts", "--json")
    assert [(c["field"], c["mine"], c["theirs"]) for c in conflicts_a] == [
        ("amount", "900000.00", "950000.00")
    ]
    assert conflicts_a[0]["lost_by"]
    conflicts_b = b.json("snapshot", "conflicts", "--json")
    assert [(c["field"], c["mine"], c["theirs"]) for c in conflicts_b] == [
        ("amount", "950000.00", "900000.00")
    ]

    # A keeps its own value: the resolution is an edit that travels back to B.
    a.run("snapshot", "resolve", conflicts_a[0]["id"], "mine")
    assert a.json("snapshot", "conflicts", "--json") == []
    a.run("snapshot", "export", "-o", str(tmp_path / "a3.pdsnap"))
    b.json("snapshot", "import", str(tmp_path / "a3.pdsnap"), "--json")
    amounts = {o["id"]: o["amount"] for o in b.json("opp", "list", "--json")}
    assert amounts[first] == "900000.00"

    # Importing the same snapshot again changes nothing.
    again = b.json("snapshot", "import", str(tmp_path / "a3.pdsnap"), "--json")
    assert (again["added"], again["updated"], again["conflicts"]) == (0, 0, 0)
    assert again["already_imported"] is True  # recognised by its checksums
    merged_again = b.json("snapshot", "import", str(tmp_path / "a3.pdsnap"), "--json", "--recheck")
    assert (merged_again["added"], merged_again["updated"], merged_again["conflicts"]) == (0, 0, 0)
    assert merged_again["unchanged"] == again["unchanged"]


def test_inspect_dry_run_and_selection(tmp_path: Path) -> None:
    a, b = Cli(tmp_path / "a.db"), Cli(tmp_path / "b.db")
    mine = a.run("opp", "add", "--customer", "甲公司", "--name", "我的项目").stdout.strip()
    a.run("opp", "add", "--customer", "乙公司", "--name", "别人的项目", "--owner", "李四")
    a.run("snapshot", "export", "-o", str(tmp_path / "mine.pdsnap"), "--mine")
    info = a.json("snapshot", "inspect", str(tmp_path / "mine.pdsnap"), "--json")
    assert info["counts"]["opportunities"] == 1 and info["counts"]["customers"] == 1
    assert info["selection"]["kind"] == "mine"
    dry = b.json("snapshot", "import", str(tmp_path / "mine.pdsnap"), "--dry-run", "--json")
    assert dry["added"] >= 2 and dry["dry_run"] is True
    assert b.json("opp", "list", "--json") == []
    b.run("snapshot", "import", str(tmp_path / "mine.pdsnap"))
    assert [o["id"] for o in b.json("opp", "list", "--json")] == [mine]
