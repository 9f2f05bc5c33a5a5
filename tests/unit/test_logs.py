"""The log: a rotating file in the log folder, stderr too with --verbose, never in the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from projdesk import logs
from projdesk.cli import main


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    return tmp_path / "logs"


def test_log_is_written_in_the_folder_the_environment_names(log_dir: Path) -> None:
    assert logs.setup_logging() == log_dir / "projdesk.log"
    logs.logger.info("一条记录")
    assert "一条记录" in (log_dir / "projdesk.log").read_text(encoding="utf-8")


def test_log_rotates_when_full_and_keeps_a_few_files(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.setup_logging()
    for n in range(200):
        logs.logger.info("记录 %d %s", n, "x" * 50)
    names = sorted(p.name for p in log_dir.iterdir())
    assert "projdesk.log" in names and "projdesk.log.1" in names
    assert len(names) == logs.BACKUP_COUNT + 1  # the oldest went
    assert (log_dir / "projdesk.log").stat().st_size <= 2_000


def test_unwritable_log_folder_only_loses_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "logs"))
    assert logs.setup_logging() is None
    logs.logger.error("still fine")  # no handler error, no exception
    assert logs.log_file() is None


def test_verbose_also_logs_to_stderr(
    log_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--verbose", "--db", str(tmp_path / "v.db"), "opp", "list"])
    err = capsys.readouterr().err
    assert code == 0
    assert "INFO" in err and "命令：opp" in err
    code = main(["--db", str(tmp_path / "v.db"), "opp", "list"])
    assert code == 0 and capsys.readouterr().err == ""  # without it stderr stays quiet


def test_ensure_logging_keeps_a_setup_already_made(log_dir: Path) -> None:
    logs.setup_logging(verbose=True)
    handlers = list(logs.logger.handlers)
    logs.ensure_logging()
    assert logs.logger.handlers == handlers
