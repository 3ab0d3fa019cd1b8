"""Messages the command line prints that were left in English in Welsh (issue 13): a module's front matter problems,
a screening form translation's problems (the file:line prefix stays outside the translated text), the demo's count
of learning records, and the one line said when the log cannot be written."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from nps_trainer.content.frontmatter import parse_front_matter
from nps_trainer.content.schema import check_fields
from nps_trainer.i18n import tr
from nps_trainer.i18n.command_line import use_for_commands
from nps_trainer.logging_setup import LazyRotatingFileHandler
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.screening.library import FormLibrary
from nps_trainer.screening.translation import EnglishTexts, read_translation

MODULE = """---
id: tiny
title: Tiny module
version: "1"
minutes: 5
audience: [everyone]
reviewed: 2026-12-01
sources: []
content_warnings: overdose
---
Text.
"""


def test_front_matter_problems_in_welsh() -> None:
    use_for_commands("cy")
    path = Path("tiny.md")
    front_matter, problems = parse_front_matter(MODULE, path)
    assert front_matter is not None and problems == []
    _fields, problems = check_fields(front_matter, path)
    messages = [problem.message for problem in problems]
    assert "rhaid i 'sources' fod yn rhestr gydag o leiaf un ffynhonnell" in messages
    assert "rhaid i 'content_warnings' fod yn rhestr (defnyddiwch [] os nad oes dim)" in messages
    assert all(str(problem).startswith("tiny.md:") for problem in problems)


def test_a_form_translations_problems_in_welsh(tmp_path: Path) -> None:
    use_for_commands("cy")
    form = FormLibrary.load(bundled_screening_dir()).latest("nps-screening")
    path = tmp_path / "nps-screening.cy.yaml"
    path.write_text(f'form: nps-screening\nversion: "{form.version}"\ntranslation_reviewed: maybe\n'
                    "colour: red\nitems:\n  injecting_evr:\n    label: Erioed?\n", encoding="utf-8")
    translation = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert [str(problem) for problem in translation.problems] == [
        f"{path}:3: rhaid i 'translation_reviewed' fod yn true neu false",
        f"{path}:4: cyfieithiad: allwedd anhysbys 'colour' (caniateir: " + ", ".join(sorted(
            ["form", "version", "translation_reviewed", "title", "description", "summary_title", "summary_date_label",
             "choice_lists", "sections", "items", "calculations", "flags"])) + ")",
        f"{path}:6: nid yw eitem 'injecting_evr' yn y ffurflen Saesneg",
    ]


def test_the_demos_learning_records_count_in_welsh_and_english() -> None:
    source = "Made %n learning record(s) (xAPI statements) for the demo team."
    use_for_commands("cy")
    assert tr(source, "", 1) == "Gwnaed 1 cofnod dysgu (datganiad xAPI) ar gyfer y tîm arddangos."
    assert tr(source, "", 40) == "Gwnaed 40 o gofnodion dysgu (datganiadau xAPI) ar gyfer y tîm arddangos."
    use_for_commands("en")
    assert tr(source, "", 1) == "Made 1 learning record (xAPI statement) for the demo team."
    assert tr(source, "", 40) == "Made 40 learning records (xAPI statements) for the demo team."


def test_the_log_cannot_be_written_line_in_welsh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    use_for_commands("cy")
    log_file = tmp_path / "log" / "nps-trainer.log"
    log_file.mkdir(parents=True)  # opening it fails, as a read-only log folder would
    handler = LazyRotatingFileHandler(log_file)
    record = logging.LogRecord("nps_trainer.test", logging.WARNING, __file__, 1, "hello", None, None)
    handler.emit(record)
    handler.emit(record)
    handler.close()
    assert handler.unavailable
    assert capsys.readouterr().err == (f"nps-trainer: ni ellir ysgrifennu'r ffeil log {log_file} (IsADirectoryError);"
                                       " ni chaiff dim ei gofnodi y tro hwn.\n")
