"""The log file can fail to open (a read-only or odd log folder) or to take a write (a full disk). Logging
must never stop the app: records are dropped, and the console is told once, in one line."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.logging_setup import LazyRotatingFileHandler, configure_logging
from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services

NOT_ROOT = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner",
            "--inh-caps=-dac_override,-dac_read_search,-fowner"]


@pytest.fixture
def configured() -> Iterator[list[LazyRotatingFileHandler]]:
    """configure_logging as the app calls it; the root logger is put back afterwards."""
    root = logging.getLogger()
    level = root.level
    made: list[LazyRotatingFileHandler] = []
    yield made
    for handler in made:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _configure(made: list[LazyRotatingFileHandler], log_file: Path) -> LazyRotatingFileHandler:
    handler = configure_logging(log_file)
    assert isinstance(handler, LazyRotatingFileHandler)
    made.append(handler)
    return handler


def test_a_log_file_that_cannot_be_opened_drops_records_without_raising(
        tmp_path: Path, configured, capsys) -> None:
    log_file = tmp_path / "log" / "nps-trainer.log"
    log_file.mkdir(parents=True)  # opening it fails, as a read-only log folder would
    handler = _configure(configured, log_file)
    log = logging.getLogger("nps_trainer.test")
    log.error("Could not open the database: %s", "StorageError")
    try:
        raise ValueError("case reference X123456")
    except ValueError:
        log.exception("Unexpected exception")
    log.warning("again")
    assert handler.unavailable
    err = capsys.readouterr().err
    assert err.count("nps-trainer: cannot write the log file") == 1  # one line, once
    assert str(log_file) in err and "IsADirectoryError" in err and "nothing will be logged" in err
    assert "Traceback" not in err and "X123456" not in err and "Could not open the database" not in err


def test_after_the_first_failure_the_file_is_not_tried_again(tmp_path: Path, configured) -> None:
    log_file = tmp_path / "log" / "nps-trainer.log"
    log_file.mkdir(parents=True)
    _configure(configured, log_file)
    logging.getLogger("nps_trainer.test").error("first")
    log_file.rmdir()  # the file could be opened now, but this run has stopped trying
    logging.getLogger("nps_trainer.test").error("second")
    assert not log_file.exists()


def test_a_log_folder_path_through_a_file_is_survived(tmp_path: Path, configured) -> None:
    (tmp_path / "log").write_text("a file where the log folder should be")
    handler = _configure(configured, tmp_path / "log" / "nps-trainer.log")
    logging.getLogger("nps_trainer.test").error("no folder can be made")
    assert handler.unavailable


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_write_that_fails_after_opening_is_told_once_and_does_not_raise(tmp_path: Path, configured,
                                                                          capsys) -> None:
    log_file = tmp_path / "nps-trainer.log"
    log_file.symlink_to("/dev/full")  # opens, but every write fails with 'no space left on device'
    handler = _configure(configured, log_file)
    for number in range(3):
        logging.getLogger("nps_trainer.test").error("record %d", number)
    handler.flush()
    handler.close()
    err = capsys.readouterr().err
    assert err.count("nps-trainer: cannot write the log file") == 1
    assert "some entries may be missing" in err and "Traceback" not in err


def test_the_services_open_while_the_log_cannot_be_written(user_paths: UserPaths, configured) -> None:
    """On first run Alembic logs at INFO while it creates the database: that must not fail the migration."""
    user_paths.log_file.mkdir(parents=True)
    handler = _configure(configured, user_paths.log_file)
    services = build_services(user_paths)
    try:
        assert services.database.report.migrated
        assert handler.unavailable
    finally:
        services.close()


def test_a_working_log_still_gets_every_record(tmp_path: Path, configured) -> None:
    log_file = tmp_path / "log" / "nps-trainer.log"
    handler = _configure(configured, log_file)
    assert not log_file.parent.exists()  # nothing made until the first record
    logging.getLogger("nps_trainer.test").warning("first %s", "record")
    logging.getLogger("nps_trainer.test").error("second")
    handler.flush()
    text = log_file.read_text()
    assert "WARNING nps_trainer.test: first record" in text and "ERROR nps_trainer.test: second" in text


@pytest.mark.skipif(shutil.which("setpriv") is None and os.geteuid() == 0, reason="needs setpriv to drop root")
def test_the_app_starts_with_a_read_only_log_folder(tmp_path: Path, user_paths: UserPaths) -> None:
    state = Path(os.environ["XDG_STATE_HOME"])  # the log folder lives under it; make it read-only
    state.mkdir(parents=True)
    state.chmod(0o555)
    command = [sys.executable, "-m", "nps_trainer", "--exit-when-ready"]
    try:
        result = subprocess.run([*NOT_ROOT, *command] if os.geteuid() == 0 else command, capture_output=True,
                                text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    finally:
        state.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("nps-trainer: cannot write the log file") == 1
    assert "PermissionError" in result.stderr
    assert user_paths.database_file.exists()
    assert not user_paths.logs.exists()
