"""The English texts a form's translation is made from, and a Welsh form asked for where no translation can be
used: a shared choice labelled with a number is that number's text and one with no label has nothing to
translate; a form not read from a file is shown as it is; a form file that cannot be read again is logged
with its path and the form shown in English.

Written from the mutation-testing survivors (issue 14, fourth pass).
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.translation import EnglishTexts, localised

FORM = """\
id: scaled
version: "1"
title: Scaled
choice_lists:
  scale:
    - {id: none, label: 0}
    - {id: some, label: " Some "}
    - {id: blank}
sections:
  - id: main
    title: Main
    items:
      - {id: amount, type: single_choice, label: How much?, choices: scale}
"""

WELSH = 'form: scaled\nversion: "1"\ntitle: Graddfa\n'


def _load(folder: Path) -> FormDefinition:
    path = folder / "scaled.yaml"
    path.write_text(FORM, encoding="utf-8")
    result = load_form_text(FORM, path)
    assert result.form is not None
    # The unlabelled choice is the form's own error, reported with its line.
    assert [(p.line, p.message) for p in result.problems] == [(8, "choice list 'scale': 'label' is required")]
    return result.form


def test_shared_choice_labels_as_the_translator_sees_them(tmp_path: Path) -> None:
    english = EnglishTexts.of(_load(tmp_path))
    assert english.lists == {"scale": {"none": "0", "some": "Some", "blank": ""}}
    assert {k: v for k, v in english.texts.items() if k[0] == "choice_lists"} == {
        ("choice_lists", "scale", "none"): "0", ("choice_lists", "scale", "some"): "Some"}


def test_a_form_not_read_from_a_file_is_shown_as_it_is_in_welsh(tmp_path: Path) -> None:
    form = dataclasses.replace(_load(tmp_path), path=None)
    assert localised(form, "cy") is form


def test_a_form_file_that_cannot_be_read_again_is_logged_with_its_path(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    form = _load(tmp_path)
    (tmp_path / "scaled.cy.yaml").write_text(WELSH, encoding="utf-8")
    (tmp_path / "scaled.yaml").write_bytes(b"title: \xff\xfe broken\n")  # no longer UTF-8
    with caplog.at_level(logging.WARNING):
        assert localised(form, "cy") is form
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 1
    path = tmp_path / "scaled.yaml"
    assert messages[0].startswith(f"screening form {path} could not be read again to translate it: ")
    assert "utf-8" in messages[0]
