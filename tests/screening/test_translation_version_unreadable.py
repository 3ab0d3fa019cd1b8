"""A translation whose version YAML cannot read (an impossible date) is reported once, at its line: the reader's
own problem says what is wrong, and no second message about the version follows on the same line."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.checks import validate_forms

FORM = """\
id: tiny
version: "1"
title: Tiny
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Uses?}
"""


def _problems(tmp_path: Path, version: str) -> list[tuple[str, int, str]]:
    (tmp_path / "tiny.yaml").write_text(FORM, encoding="utf-8")
    (tmp_path / "tiny.cy.yaml").write_text(f"form: tiny\nversion: {version}\ntitle: Bach\n", encoding="utf-8")
    return [(p.path.name, p.line, p.message) for p in validate_forms(tmp_path) if p.severity.value == "error"]


def test_an_impossible_date_as_the_version_is_one_problem_at_its_line(tmp_path: Path) -> None:
    assert _problems(tmp_path, "2025-02-30") == [
        ("tiny.cy.yaml", 2, "cannot read value: '2025-02-30' is not a real date (day is out of range for month)")]


def test_an_empty_or_unquoted_version_is_still_told_to_be_written_in_quotes(tmp_path: Path) -> None:
    told = "'version' must be text: write it in quotes, as the form does (version: \"1\")"
    assert _problems(tmp_path, "") == [("tiny.cy.yaml", 2, told)]
    assert _problems(tmp_path, "2025-01-01") == [("tiny.cy.yaml", 2, told)]
