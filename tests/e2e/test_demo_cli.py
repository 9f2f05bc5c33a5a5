"""`demo-data` through the command line: spread over the method, reproducible."""

from tests.e2e.conftest import Cli


def test_demo_data_fills_stages_and_is_reproducible(cli, tmp_path):
    cli.run("demo-data", "--count", "300", "--seed", "7")
    cards = cli.json("opp", "list", "--json")
    assert len(cards) == 300
    assert len({c["stage"] for c in cards}) >= 8
    assert {c["key_account"] for c in cards} == {True, False}
    assert {c["status"] for c in cards} == {"open", "won", "lost", "on_hold"}
    other = Cli(tmp_path / "other.db")
    other.run("demo-data", "--count", "300", "--seed", "7")
    assert other.run("opp", "list", "--json").stdout == cli.run("opp", "list", "--json").stdout


def test_same_seed_twice_into_one_database_is_refused(cli):
    cli.run("demo-data", "--count", "5", "--seed", "3")
    again = cli.run("demo-data", "--count", "5", "--seed", "3", check=False)
    assert again.returncode == 2 and "演示数据" in again.stderr
    assert len(cli.json("opp", "list", "--json")) == 5
