"""Saving a CPD record from the app: the dialog, the PDF (read back with pdftotext) and the CSV, reflections
only when the person ticks the box, and a clear message when the folder is missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nps_trainer.services import Services
from nps_trainer.ui import cpd_export
from nps_trainer.ui.cpd_export import CpdExportDialog, CpdOptions, export_cpd
from tests.team.helpers import make_manager, make_person
from tests.team.records_data import days_ago, module_record, quiz_attempt
from tests.ui.helpers import show_active

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def priya(services: Services):
    make_manager(services)
    person = make_person(services, "Priya Patel", team="North")
    module_record(services, person.id, "what-are-nps", completed=days_ago(40),
                  learnt="Nitazenes can be far stronger than heroin.", use="Ask about naloxone at release.")
    quiz_attempt(services, person.id, "what-are-nps", 90.0, day=days_ago(39), seconds=540)
    return person


def answer(monkeypatch, options: CpdOptions | None) -> list:
    asked: list = []

    def ask(parent, profile, allow_reflections):
        asked.append((profile.id, allow_reflections))
        return options

    monkeypatch.setattr(cpd_export, "ask_options", ask)
    return asked


def test_own_record_with_reflections(qtbot, services: Services, priya, tmp_path: Path, monkeypatch,
                                     shown_messages) -> None:
    asked = answer(monkeypatch, CpdOptions(tmp_path, True))
    export_cpd(None, services, priya)
    assert asked == [(priya.id, True)]
    [pdf] = tmp_path.glob("cpd-record-priya-patel-*.pdf")
    [csv_file] = tmp_path.glob("cpd-record-priya-patel-*.csv")
    text = pdf_text(pdf)
    assert "Continuing professional development record" in text and "Priya Patel" in text
    assert "What are new psychoactive substances" in text and "Quiz (assessed)" in text
    assert "Nitazenes can be far stronger than heroin." in text
    assert "what I learnt" in csv_file.read_text(encoding="utf-8-sig").splitlines()[0]
    assert shown_messages[-1][0] == "inform" and str(pdf) in shown_messages[-1][2]


def test_without_reflections_for_a_manager_looking_at_someone(qtbot, services: Services, priya, tmp_path: Path,
                                                              monkeypatch, shown_messages) -> None:
    asked = answer(monkeypatch, CpdOptions(tmp_path, True))  # even if asked for, not allowed here
    export_cpd(None, services, priya, allow_reflections=False)
    assert asked == [(priya.id, False)]
    [pdf] = tmp_path.glob("*.pdf")
    [csv_file] = tmp_path.glob("*.csv")
    assert "Nitazenes" not in pdf_text(pdf) and "My reflections" not in pdf_text(pdf)
    assert "Nitazenes" not in csv_file.read_text(encoding="utf-8-sig")


def test_missing_folder_and_cancel(qtbot, services: Services, priya, tmp_path: Path, monkeypatch,
                                   shown_messages) -> None:
    out = tmp_path / "out"
    out.mkdir()
    answer(monkeypatch, CpdOptions(out / "gone", False))
    export_cpd(None, services, priya)
    assert shown_messages[-1][0] == "warn" and "does not exist" in shown_messages[-1][2]
    answer(monkeypatch, CpdOptions(out, False))
    monkeypatch.setattr(cpd_export, "ask_options", lambda *_args: None)  # cancelled
    export_cpd(None, services, priya)
    assert len(shown_messages) == 1 and list(out.iterdir()) == []


def test_dialog_offers_reflections_only_for_ones_own_record(qtbot, priya) -> None:
    own = CpdExportDialog(None, priya, allow_reflections=True)
    show_active(qtbot, own)
    assert own.reflections_box.isVisible() and not own.reflections_box.isChecked()
    qtbot.keyClick(own, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the mnemonic ticks it
    qtbot.waitUntil(own.reflections_box.isChecked, timeout=2000)
    assert own.options().include_reflections
    own.folder_edit.setText("~/somewhere")
    assert own.options().folder == Path("~/somewhere").expanduser()
    other = CpdExportDialog(None, priya, allow_reflections=False)
    qtbot.addWidget(other)
    other.show()
    other.reflections_box.setChecked(True)
    assert not other.reflections_box.isVisible() and not other.options().include_reflections
