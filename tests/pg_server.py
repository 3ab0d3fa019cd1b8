"""A throwaway PostgreSQL server for the tests, started from Debian's binaries on loopback."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_counter = itertools.count()


def find_postgres_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; run it as the 'postgres' system user then."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class PostgresServer:
    base_url: str
    data_dir: Path | None = None
    bin_dir: Path | None = None
    _databases: list[str] = field(default_factory=list)

    @classmethod
    def external(cls, url: str) -> PostgresServer:
        return cls(base_url=url.rsplit("/", 1)[0])

    @classmethod
    def start(cls, bin_dir: Path, folder: Path) -> PostgresServer:
        data_dir = folder / "data"
        socket_dir = folder / "socket"
        data_dir.mkdir()
        socket_dir.mkdir()
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            for path in (folder, data_dir, socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
            os.chmod(folder, 0o755)
        subprocess.run(
            _as_postgres_user([str(bin_dir / "initdb"), "-D", str(data_dir), "-U", "nps", "--auth=trust",
                               "-E", "UTF8", "--locale=C"]),
            check=True, capture_output=True,
        )
        port = _free_port()
        subprocess.run(
            _as_postgres_user([
                str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-w", "-l", str(folder / "server.log"),
                "-o", f"-p {port} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start",
            ]),
            check=True, capture_output=True,
        )
        return cls(base_url=f"postgresql+psycopg://nps@127.0.0.1:{port}", data_dir=data_dir, bin_dir=bin_dir)

    def fresh_database(self) -> str:
        import psycopg

        name = f"nps_test_{os.getpid()}_{next(_counter)}"
        admin = self.base_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        self._databases.append(name)
        return f"{self.base_url}/{name}"

    def drop_database(self, url: str) -> None:
        """Drop a database made by ``fresh_database`` (its connections closed by force). One server serves a whole
        mutation run, thousands of test runs: without this its databases filled the disk (22 GB, 2026-12-07)."""
        import psycopg

        name = url.rsplit("/", 1)[-1]
        admin = self.base_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
        try:
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except psycopg.Error:
            return  # the server is going anyway at the end of the run
        if name in self._databases:
            self._databases.remove(name)

    def stop(self) -> None:
        if self.data_dir is not None and self.bin_dir is not None:
            subprocess.run(
                _as_postgres_user([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "stop"]),
                capture_output=True,
            )
