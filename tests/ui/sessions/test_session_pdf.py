"""A joint session's record as PDF, read back with pdftotext: the facts, an attendance sheet grouped by side for
both organisations with a signature column (its header repeated on each page a long register runs onto), the
topics with their times, the group's tallies and scenario path, the amendment and the footer; text escaped."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from nps_trainer.sessions.record import RUNNING
from nps_trainer.ui.documents import pdf
from nps_trainer.ui.documents.session_pdf import FOOTER, file_stem, session_html, write_session_pdf
from tests.sessions.test_export import sample_record

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(_run("pdftotext", "-layout", *pages, str(path), "-").split())  # -layout: a row stays a line


def _has_row(path: Path, *cells: str, page: int | None = None) -> bool:
    """Whether one line of the laid-out text holds ``cells`` in order (a table row; a wrapped cell's first
    line)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    for line in _run("pdftotext", "-layout", *pages, str(path), "-").splitlines():
        line, at = " ".join(line.split()), 0
        for cell in cells:
            found = line.find(cell, at)
            if found < 0:
                break
            at = found + len(cell)
        else:
            return True
    return False


def _pages(path: Path) -> int:
    line = next(line for line in _run("pdfinfo", str(path)).splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def test_the_record_reads_back_for_both_organisations(qapp, tmp_path: Path) -> None:
    record = sample_record(8)
    target = tmp_path / f"{file_stem(record)}.pdf"
    write_session_pdf(record, target)
    text = _text(target)
    for expected in ("NPS together", "20 November 2026", "Wexbridge Probation Office",
                     "Rhiannon Pryce, Sunita Patel", "41 min (planned 60 min)", "Name the main groups of NPS.",
                     "8 people (3 probation, 3 drug service, 2 other; 2 guests); 1 left early",
                     "Probation (3)", "Drug service (3)", "Other organisations (2)",
                     "Aisha Okafor", "What counts as an NPS Module section 10 min 12 min",
                     "Local services Activity 10 min not covered",
                     "In all 60 min 41 min", "Not covered: Local services."):
        assert expected in text, expected
    assert _has_row(target, "Name", "Organisation", "Role", "Stayed", "Signature")
    assert _has_row(target, "Hana Evans (guest)", "Change Ahead", "Recovery", "yes")
    assert _has_row(target, "Ciara Nowak", "Wexbridge", "Probation", "no, left")
    assert _has_row(target, "Dev Patel (guest)", "Probation", "Probation", "yes")
    # the side groups come in order: probation, then the drug service, then other organisations
    assert text.index("Probation (3)") < text.index("Drug service (3)") < text.index("Other organisations (2)")
    assert text.index("Aisha Okafor") < text.index("Ben Hughes") < text.index("Ciara Nowak")


def test_the_group_answers_the_path_and_the_amendment(qapp, tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    write_session_pdf(sample_record(8), target)
    text = _text(target)
    for expected in ("Synthetic cannabis (group question)", "Synthetic cannabis is a kind of cannabis.",
                     "A True 3", "B False ✓ 9 agreed", "Hands counted 12",
                     "An overdose in the office (group scenario)",
                     "Decision 1: Lee is slumped in the waiting room and not responding.",
                     "A Call 999 and check his breathing ✓ 11 agreed", "B Let him sleep 1",
                     "Decision 2: He is breathing slowly",
                     "The path the group took 1. A. Call 999 and check his breathing "
                     "2. A. Give naloxone and stay with him",
                     "Amendments", "Morgan Manager: Ciara came back after the break",
                     "Stayed throughout, Ciara Nowak: no → yes", "Place: Wexbridge → Wexbridge Probation Office",
                     FOOTER):
        assert expected in text, expected
    assert "record 12 · amended" in text
    metadata = pdf.metadata_from_xmp(_run("pdfinfo", "-meta", str(target)))
    assert metadata == {"session": "12", "held_on": "2026-11-20", "plan": "nps-together", "plan_version": "1.0",
                        "status": "finished", "attendees": "8"}


def test_a_long_register_runs_over_pages_with_its_header_on_each(qapp, tmp_path: Path) -> None:
    record = sample_record(25)
    target = tmp_path / "long.pdf"
    write_session_pdf(record, target)
    pages = _pages(target)
    assert pages >= 3
    everything = _text(target)
    for person in record.attendees:
        assert person.name in everything, person.name
    assert "25 people (9 probation, 8 drug service, 8 other; 6 guests)" in everything
    assert _has_row(target, "Name", "Organisation", "Role", "Stayed", "Signature", page=2), "the header repeats"
    names = tuple(person.name.split()[0] for person in record.attendees)
    for page in range(2, pages + 1):
        lines = [" ".join(line.split()) for line in _run("pdftotext", "-layout", "-f", str(page), "-l", str(page),
                                                         str(target), "-").splitlines() if line.strip()]
        if not any(line.endswith("Signature") for line in lines):
            continue  # the register has ended
        if re.fullmatch(r"(Probation|Drug service|Other organisations) \(\d+\)", lines[0]):
            lines = lines[1:]  # a new group starts the page
        assert lines[0] == "Name Organisation Role Stayed Signature", f"page {page} starts mid-row: {lines[0]}"
        assert lines[1] == "throughout" and lines[2].startswith(names), f"page {page} starts mid-row: {lines[2]}"


def test_nobody_on_the_register(qapp, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    write_session_pdf(replace(sample_record(0), amendments=()), target)
    text = _text(target)
    assert "Attendance (0) Nobody is on the register." in text
    assert "nobody on the register" in text and "Signature" not in text
    assert "Topics covered" in text and FOOTER in text and "Amendments" not in text


def test_every_text_is_escaped_and_a_running_session_is_marked() -> None:
    record = sample_record(1, status=RUNNING, amended=False)
    hostile = replace(record.attendees[0], name="<b>Bold</b> & Co", organisation="O'Neil <script>")
    html = session_html(replace(record, attendees=(hostile,), place="Room <1>"))
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in html and "O&#x27;Neil &lt;script&gt;" in html
    assert "Room &lt;1&gt;" in html and "<script>" not in html and "<b>Bold" not in html
    assert "This session has not ended yet" in html and "not ended" in html


def test_the_file_stem_names_the_session_and_its_date() -> None:
    assert file_stem(sample_record(0)) == "joint-session-12-2026-11-20"
