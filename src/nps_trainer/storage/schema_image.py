"""Write ``latest_schema.sql``, the image a new SQLite database is made from (see ``new_database``), by running
every migration on a new database the long way: ``python -m nps_trainer.storage.schema_image``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from .database import open_database
from .new_database import IMAGE, image_of


def migrated_image() -> str:
    """Run every migration on a new database (the long way) and return its image."""
    with tempfile.TemporaryDirectory(prefix="nps-schema-image-") as folder:
        path = Path(folder) / "new.sqlite3"
        database = open_database(f"sqlite:///{path}", Path(folder) / "backups", from_image=False)
        database.close()
        return image_of(path)


def write_image() -> Path:
    IMAGE.write_text(migrated_image(), encoding="utf-8")
    return IMAGE


if __name__ == "__main__":
    print(f"wrote {write_image()}", file=sys.stderr)
