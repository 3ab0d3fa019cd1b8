"""Several instances opening a brand-new SQLite file at the same moment all get a WAL connection.

SQLite refuses the switch to WAL at once ("database is locked", no busy handler) when two connections on a
new file try it together; the engine must wait and retry rather than fail an instance's start-up. The race
is timing-dependent, so it is run many times: without the retry, 7 to 14 of these 180 opens failed here."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from nps_trainer.storage.engine import sqlite_url

ROUNDS = 60
INSTANCES = 3


def _open_new_files(directory: str, barrier, results) -> None:
    """One instance: in each round, wait for the others, then open and write to that round's new file."""
    from sqlalchemy import text

    from nps_trainer.storage.engine import make_engine

    for round_number in range(ROUNDS):
        engine = make_engine(sqlite_url(Path(directory) / f"race-{round_number}.sqlite3"))
        barrier.wait(timeout=60)
        try:
            with engine.begin() as connection:
                mode = connection.execute(text("PRAGMA journal_mode")).scalar()
                connection.execute(text("CREATE TABLE IF NOT EXISTS t (x INTEGER)"))
                connection.execute(text("INSERT INTO t VALUES (1)"))
            results.put(mode)
        except Exception as exc:  # reported to the test, which names it
            results.put(f"{type(exc).__name__}: {exc}")
        finally:
            engine.dispose()


def test_instances_racing_to_open_a_new_file_all_get_wal(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(INSTANCES)
    results = context.Queue()
    workers = [context.Process(target=_open_new_files, args=(str(tmp_path), barrier, results))
               for _ in range(INSTANCES)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in range(ROUNDS * INSTANCES)]
    for worker in workers:
        worker.join(timeout=60)
    failures = [outcome for outcome in outcomes if outcome != "wal"]
    assert failures == [], f"{len(failures)} of {len(outcomes)} opens failed, first: {failures[0]}"
