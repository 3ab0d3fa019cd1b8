"""Switching a busy SQLite file to WAL: the retries wait in doubling steps and give up before a wait would run
past the timeout, so a start never waits longer than the busy timeout it promises; and a malformed server address
whose password holds "://" is still shown without the password.

Written from the mutation-testing survivors (issue 14). The file is a real SQLite file held by another connection;
only the clock is a stand-in, so that the waits can be counted exactly without the test taking real time.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from nps_trainer.storage.engine import _use_wal, display_url


def test_switching_a_held_file_to_wal_never_waits_past_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(time, "sleep", sleep)
    path = tmp_path / "held.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _use_wal(connection.cursor(), timeout_s=0.1)
    finally:
        connection.close()
        holder.close()
    assert slept == pytest.approx([0.005, 0.01, 0.02, 0.04])
    assert sum(slept) <= 0.1


def test_a_malformed_address_whose_password_holds_a_scheme_separator_still_hides_the_password() -> None:
    assert display_url("postgresql+psycopg://me:pa://ss@server:bad/nps") == "postgresql+psycopg://me:***@server:bad/nps"
