"""A form file that cannot be read, as a form author or the app sees it: validate_forms names the file, the line of
the first byte that is not UTF-8 and what to do, and goes on to the other forms; loading the forms for use refuses
with the same words; and a form file is read as UTF-8 whatever the computer's own default text encoding.

Written from the mutation-testing survivors (issue 14). Each test writes its own files into its own folder.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from nps_trainer.screening.checks import load_form, validate_forms
from nps_trainer.screening.library import FormLibrary
from nps_trainer.screening.loader import FormLoadError
from nps_trainer.validation import Problem, Severity

FORM = """\
id: FORM_ID
version: "1"
title: TITLE
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Uses?}
"""

# 'Café' saved in Latin-1 rather than UTF-8: the é is the single byte 0xe9, followed by a line break.
LATIN1_FORM = FORM.replace("FORM_ID", "latin").replace("TITLE", "Café").encode("latin-1")
LATIN1_PROBLEM = "file is not UTF-8 text (byte 0xe9 on this line): save it as UTF-8"  # on line 3, the title's


def write_form(path: Path, form_id: str, title: str) -> Path:
    path.write_text(FORM.replace("FORM_ID", form_id).replace("TITLE", title), encoding="utf-8")
    return path


def test_the_latin1_form_has_its_bad_byte_where_the_reason_says() -> None:
    assert LATIN1_FORM.index(b"\xe9") == 33
    assert LATIN1_FORM[34:35] == b"\n"


def test_validate_forms_reports_a_file_that_is_not_utf8_and_checks_the_others(tmp_path: Path) -> None:
    write_form(tmp_path / "a-good.yaml", "good", "Good")
    bad = tmp_path / "b-latin.yaml"
    bad.write_bytes(LATIN1_FORM)
    found = validate_forms(tmp_path)
    assert found == [Problem(bad, 3, LATIN1_PROBLEM, Severity.ERROR)]
    assert [str(p) for p in found] == [f"{bad}:3: {LATIN1_PROBLEM}"]


def test_loading_the_forms_for_use_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin.yaml"
    bad.write_bytes(LATIN1_FORM)
    with pytest.raises(FormLoadError) as caught:
        FormLibrary.load(tmp_path)
    assert caught.value.problems == [Problem(bad, 3, LATIN1_PROBLEM)]
    assert str(caught.value) == f"{bad}:3: {LATIN1_PROBLEM}"


def test_loading_a_form_that_is_not_there_names_the_file_and_why(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(FormLoadError) as caught:
        load_form(str(missing))  # a path given as text is read too
    assert caught.value.problems == [Problem(missing, 1, "cannot read file: No such file or directory")]
    assert str(caught.value) == f"{missing}:1: cannot read file: No such file or directory"


def test_a_form_is_read_as_utf8_even_where_the_default_text_encoding_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows Python's default text encoding is the ANSI code page (cp1252 in the UK), not UTF-8. Stand in for
    such a computer by making the default cp1252: a Welsh title must still come through as written."""
    def text_encoding(encoding: str | None, stacklevel: int = 2) -> str:
        return encoding if encoding is not None else "cp1252"

    monkeypatch.setattr(io, "text_encoding", text_encoding)
    path = write_form(tmp_path / "welsh.yaml", "welsh", "Sgrinio ŵyr ac wyresau")
    assert load_form(path).title == "Sgrinio ŵyr ac wyresau"
