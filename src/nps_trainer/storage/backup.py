"""Backups: a consistent copy of a SQLite file, or a JSON dump of every table for other databases."""

from __future__ import annotations

import base64
import gzip
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, MetaData, select

from ..clock import utcnow
from ..i18n import tr
from ..private_files import private_file, private_folder
from .engine import read_only_uri
from .errors import BackupError, describe_os_error


def _stamp() -> str:
    return utcnow().strftime("%Y%m%d-%H%M%S-%f")


@contextmanager
def _writing(folder: Path, target: Path) -> Iterator[Path]:
    """The ``.partial`` file to write a backup into, renamed to ``target`` when the body succeeds. On any
    failure it is removed, and a failure to write becomes a :class:`BackupError` naming the file."""
    partial = target.with_suffix(".partial")
    created = False
    try:
        private_folder(folder)
        private_file(partial)
        created = True
        yield partial
        partial.replace(target)
    except BaseException as exc:
        if created:
            with suppress(OSError):
                partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BackupError(tr("Cannot write the backup {path}: {reason}. The database has not been changed.").format(
                path=target, reason=describe_os_error(exc, target))) from exc
        if isinstance(exc, sqlite3.Error):
            raise BackupError(tr("Could not make the backup {path} ({detail}). The database has not been "
                                 "changed.").format(path=target, detail=exc)) from exc
        raise


def backup_sqlite(source: Path, folder: Path, label: str) -> Path:
    """Copy a SQLite database with SQLite's online backup, safe while another process is writing."""
    target = folder / f"{source.stem}-{_stamp()}-{label}.sqlite3"
    with _writing(folder, target) as partial:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    return target


def _jsonable(value: object) -> object:
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def backup_dump(engine: Engine, folder: Path, label: str) -> Path:
    """Dump every table as JSON lines (gzip) for databases SQLite's backup can't copy, such as PostgreSQL."""
    target = folder / f"{engine.url.database or 'database'}-{_stamp()}-{label}.jsonl.gz"
    metadata = MetaData()
    # One repeatable-read, read-only transaction: every table as of the same moment, even while in use.
    with (_writing(folder, target) as partial,
          engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection,
          connection.begin()):
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        metadata.reflect(connection)
        with gzip.open(partial, "wt", encoding="utf-8") as out:
            for table in metadata.sorted_tables:
                for row in connection.execute(select(table)).mappings():
                    record = {"table": table.name, "row": {k: _jsonable(v) for k, v in row.items()}}
                    out.write(json.dumps(record) + "\n")
    return target
