"""The one reader of content and form files (validation.read_utf8_file): a named pipe, a folder or a file far too
large is refused at line 1 without being read (a pipe would never end; a link to an endless device would fill the
memory), and `content check` goes on to the rest."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from nps_trainer.paths import bundled_content_dir
from nps_trainer.validation import MAX_READ_BYTES, Problem, read_utf8_file
from tests.test_cli import run


def test_a_named_pipe_is_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "content.yaml"
    os.mkfifo(pipe)
    assert read_utf8_file(pipe) == (None, [Problem(pipe, 1, "cannot read file: it is not a file")])
    assert read_utf8_file(pipe, unreadable="cannot read the guide: {reason}") == (
        None, [Problem(pipe, 1, "cannot read the guide: it is not a file")])


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    assert read_utf8_file(tmp_path) == (None, [Problem(tmp_path, 1, "cannot read file: it is a folder")])
    missing = tmp_path / "paths.yaml"
    assert read_utf8_file(missing, missing_ok=True) == (None, [])
    assert read_utf8_file(missing) == (None, [Problem(missing, 1, "cannot read file: No such file or directory")])


def test_a_file_far_too_large_is_refused_by_its_size_unread(tmp_path: Path) -> None:
    huge = tmp_path / "quiz.yaml"
    with huge.open("wb") as handle:  # sparse: nothing is written, and nothing must be read
        handle.truncate(5 * 1024 * 1024 * 1024)
    assert read_utf8_file(huge) == (None, [Problem(huge, 1, (
        f"file is too large (5,242,880 KB; at most {MAX_READ_BYTES // 1024:,} KB)"))])


def test_content_check_does_not_hang_on_a_pipe_in_place_of_a_quiz_or_content_yaml(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), root)
    (root / "content.yaml").unlink()
    os.mkfifo(root / "content.yaml")
    quiz = next((root / "quizzes").glob("*.yaml"))
    quiz.unlink()
    os.mkfifo(quiz)
    result = run("content", "check", str(root), timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{root / 'content.yaml'}:1: cannot read file: it is not a file" in result.stdout
    assert f"{quiz}:1: cannot read quiz file: it is not a file" in result.stdout
