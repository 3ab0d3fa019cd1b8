"""The About dialog's content name and version never fail on a bad content.yaml (content check explains it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.content_info import ContentInfo, read_content_info
from nps_trainer.paths import bundled_content_dir


def test_the_bundled_content_has_a_title_and_version() -> None:
    info = read_content_info(bundled_content_dir())
    assert info.version != "unknown" and info.title


@pytest.mark.parametrize("raw", [b"\xff\xfe title", b"version: 2026-02-30\n", b"title: [unclosed\n", b"- a list\n",
                                 b"title: \x07\n"])
def test_a_bad_content_file_gives_unknown_instead_of_an_error(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "content.yaml").write_bytes(raw)
    assert read_content_info(tmp_path) == ContentInfo(title=tmp_path.name, version="unknown")
