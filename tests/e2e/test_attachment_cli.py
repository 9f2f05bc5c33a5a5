"""``projdesk attachment …``: attach, list, open, export, delete from the command line, and a
tampered snapshot refused with exit 4 leaving the database and the files folder as they were."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from tests.e2e.conftest import Cli
from tests.unit.snapshot_helpers import logical_dump

CARD = b"\xff\xd8\xff\xe0 JFIF business card " * 400


def _opportunity(cli: Cli) -> str:
    return cli.run("opp", "add", "--customer", "华东电力有限公司", "--name", "调度自动化系统").stdout.strip()


def test_attachment_add_list_open_export_delete_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    opp = _opportunity(cli)
    card = tmp_path / "王总名片.jpg"
    card.write_bytes(CARD)

    att = cli.run("attachment", "add", opp, str(card), "--step", "c", "--note", "展会上拿到").stdout.strip()

    [row] = cli.json("attachment", "list", opp, "--json")
    assert (row["id"], row["file_name"], row["step"], row["note"], row["size"]) == (
        att, "王总名片.jpg", "C", "展会上拿到", len(CARD),
    )  # fmt: skip
    assert row["sha256"] == hashlib.sha256(CARD).hexdigest() and row["mime"] == "image/jpeg"
    assert "王总名片.jpg  9.4 KB  步骤 C" in cli.run("attachment", "list", opp).stdout
    opened = Path(cli.run("attachment", "open", att[:8]).stdout.strip())
    assert opened.name == "王总名片.jpg" and opened.read_bytes() == CARD
    [stored] = (tmp_path / "cli.files").glob("*/*")
    assert stored.name == row["sha256"] and stored.read_bytes() == CARD
    copy = tmp_path / "out" / "copy.jpg"
    assert cli.run("attachment", "export", att, "-o", str(copy)).stdout.strip() == str(copy)
    assert copy.read_bytes() == CARD

    cli.run("attachment", "note", att, "信息中心王总的名片")
    assert cli.json("attachment", "list", opp, "--json")[0]["note"] == "信息中心王总的名片"

    assert "已删除" in cli.run("attachment", "delete", att).stdout
    assert cli.json("attachment", "list", opp, "--json") == []
    assert stored.read_bytes() == CARD  # the bytes stay: undo brings the attachment back


def test_attaching_a_missing_file_exits_2_with_one_line_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    opp = _opportunity(cli)
    missing = cli.run("attachment", "add", opp, str(tmp_path / "nowhere.pdf"), check=False)
    assert (
        missing.returncode == 2 and missing.stderr.count("\n") == 1 and "找不到要附加的文件" in missing.stderr
    )
    card = tmp_path / "card.jpg"
    card.write_bytes(CARD)
    bad_step = cli.run("attachment", "add", opp, str(card), "--step", "9", check=False)
    assert bad_step.returncode == 2 and "Traceback" not in bad_step.stderr
    assert cli.json("attachment", "list", opp, "--json") == []


def test_a_tampered_attachment_in_a_snapshot_exits_4_and_changes_nothing(tmp_path: Path) -> None:
    sender, receiver = Cli(tmp_path / "a.db"), Cli(tmp_path / "b.db")
    opp = _opportunity(sender)
    card = tmp_path / "card.jpg"
    card.write_bytes(CARD)
    sender.run("attachment", "add", opp, str(card))
    good = tmp_path / "a.pdsnap"
    sender.run("snapshot", "export", "-o", str(good))
    bad = tmp_path / "bad.pdsnap"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as out:
        manifest = json.loads(src.read("manifest.json"))
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("files/"):  # changed bytes, their stored checksum made to match
                data = data.replace(b"JFIF", b"JPEG")
                manifest["files"][info.filename]["sha256"] = hashlib.sha256(data).hexdigest()
            if info.filename != "manifest.json":
                out.writestr(info, data)
        out.writestr("manifest.json", json.dumps(manifest))
    receiver.run("opp", "list")  # the receiving database exists
    before = logical_dump(receiver.db)

    refused = receiver.run("snapshot", "import", str(bad), check=False)

    assert refused.returncode == 4 and refused.stderr.count("\n") == 1
    assert "附件文件与其校验和不符" in refused.stderr and "Traceback" not in refused.stderr
    assert logical_dump(receiver.db) == before
    assert not (tmp_path / "b.files").exists()
