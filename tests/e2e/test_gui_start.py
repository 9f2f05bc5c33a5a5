"""``projdesk gui --exit-after-show`` on a demo database: paints the board once, prints ms, exits 0."""

from __future__ import annotations


def test_gui_exit_after_show_on_a_demo_database(cli):
    # The bench runs this at 10,000 opportunities; a smaller count keeps the test quick.
    cli.run("demo-data", "--count", "400", "--seed", "1", timeout=300)
    proc = cli.run("gui", "--exit-after-show", timeout=120)
    assert proc.returncode == 0
    ms = proc.stdout.strip().splitlines()[-1]
    assert ms.isdigit() and int(ms) > 0
