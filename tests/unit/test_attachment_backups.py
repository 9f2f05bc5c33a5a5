"""Backups and restores keep the attachments' bytes: a backup copies the files folder, a restore
brings back what the backup names, and the folder never loses a file on the way."""

from __future__ import annotations

import shutil
from pathlib import Path

from projdesk.storage import attachment_files
from projdesk.storage.backups import backup_files_folder, copy_with_files, make_backup
from projdesk.storage.restore import restore_database
from projdesk.storage.services import Services

TENDER = b"%PDF-1.7 tender of the grid company " * 2000
CARD = b"\xff\xd8\xff\xe0 business card " * 300


def _attach(services: Services, folder: Path, name: str, content: bytes) -> tuple[str, str]:
    opp = services.opportunities.add("华东电力有限公司", f"调度系统 {name}")
    source = folder / name
    source.write_bytes(content)
    return opp, services.attachments.add(opp, source)


def test_a_backup_copies_the_attachments_folder(services: Services, db_path: Path, tmp_path: Path) -> None:
    _attach(services, tmp_path, "招标文件.pdf", TENDER)

    make_backup(db_path, "manual")

    held = [(p.name, p.read_bytes()) for p in attachment_files.held_files(backup_files_folder(db_path))]
    assert held == [(attachment_files.file_digest(tmp_path / "招标文件.pdf")[0], TENDER)]


def test_backup_restore_keeps_the_files(services: Services, db_path: Path, tmp_path: Path) -> None:
    opp, att = _attach(services, tmp_path, "招标文件.pdf", TENDER)
    backup = make_backup(db_path, "manual")
    services.close()
    shutil.rmtree(attachment_files.files_folder(db_path))  # the laptop's folder lost

    restore_database(db_path, backup)

    reopened = Services.open(db_path)
    try:
        [restored] = reopened.attachments.list(opp)
        assert restored.held and reopened.attachments.path(att).read_bytes() == TENDER
    finally:
        reopened.close()


def test_a_restore_keeps_files_added_after_the_backup(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    backup = make_backup(db_path, "manual")
    _, later = _attach(services, tmp_path, "名片.jpg", CARD)
    later_path = services.attachments.path(later)
    services.close()

    restore_database(db_path, backup)

    # The attachment row is gone with the restored database, its bytes are not: the backup made
    # before the restore names them, and restoring that one brings the attachment back whole.
    assert later_path.read_bytes() == CARD


def test_a_backup_to_a_chosen_file_takes_its_files_beside_it(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    opp, att = _attach(services, tmp_path, "招标文件.pdf", TENDER)
    target = tmp_path / "usb" / "work-copy.db"

    copy_with_files(db_path, target)
    services.close()
    shutil.rmtree(attachment_files.files_folder(db_path))
    restore_database(db_path, target)

    assert [p.read_bytes() for p in attachment_files.held_files(tmp_path / "usb" / "work-copy.files")] == [
        TENDER
    ]
    reopened = Services.open(db_path)
    try:
        assert reopened.attachments.path(att).read_bytes() == TENDER
        assert [a.held for a in reopened.attachments.list(opp)] == [True]
    finally:
        reopened.close()
