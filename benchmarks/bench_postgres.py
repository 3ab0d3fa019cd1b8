"""The PostgreSQL database a benchmark runs against: ``NPS_TRAINER_BENCH_POSTGRES_URL``, or a throwaway
server started from Debian's postgresql package (as the tests start one)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def postgres_url() -> tuple[str, object | None]:
    """(database URL, the server to stop afterwards or None)."""
    if os.environ.get("NPS_TRAINER_BENCH_POSTGRES_URL"):
        return os.environ["NPS_TRAINER_BENCH_POSTGRES_URL"], None
    from tests.pg_server import PostgresServer, find_postgres_bin

    bin_dir = find_postgres_bin()
    if bin_dir is None:
        raise SystemExit("PostgreSQL not installed: set NPS_TRAINER_BENCH_POSTGRES_URL or install postgresql")
    server = PostgresServer.start(bin_dir, Path(tempfile.mkdtemp(prefix="nps-bench-pg-")))
    return server.fresh_database(), server
