"""The Screening section in Welsh: its own words come from translations/cy (the form's questions are data, translated
with the form), counts read naturally, and each page's keyboard mnemonics stay unique."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from nps_trainer.services import Services
from tests.ui.screening_helpers import CASE_REFERENCE, fast_keys, shown_section, unlock


def _mnemonics(page: QWidget) -> list[str]:
    """The mnemonic letters of the page's buttons, labels and group boxes on show ('&&' is a literal '&')."""
    texts = [w.text() for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel) if w.isVisibleTo(page)]
    texts += [box.title() for box in page.findChildren(QGroupBox) if box.isVisibleTo(page)]
    return [match.group(1).lower() for text in texts for match in re.finditer(r"(?<!&)&([^&\s])", text)]


def test_screening_in_welsh(qtbot, services: Services, shown_messages, welsh) -> None:
    fast_keys(services)
    section = shown_section(qtbot, services, services.profiles.create("Sam K.", "practitioner"))
    area = section.area
    assert area.unlock_page.title.text() == "Gosod cyfrinymadrodd sgrinio"
    assert area.unlock_page.button.text() == "&Gosod cyfrinymadrodd"
    assert section.state_label.text() == "Nid oes gennych gofnodion sgrinio eto."
    unlock(qtbot, section)

    page = area.list_page
    assert area.currentWidget() is page
    assert page.count_label.text() == "Dim cofnodion sgrinio eto."
    assert [page.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Cyfeirnod achos", "Statws", "Dechreuwyd", "Cadwyd ddiwethaf", "Dangosyddion risg"]
    assert page.new_button.text() == "&Dechrau sgrinio" and page.new_button.accessibleName() == "Dechrau sgrinio"
    letters = _mnemonics(page)
    assert letters and len(letters) == len(set(letters)), letters

    qtbot.keyClick(page.new_reference, Qt.Key.Key_Return)
    assert shown_messages[-1] == ("warn", "Dechrau sgrinio",
                                  "Rhowch gyfeirnod achos (er enghraifft CRN yr achos). Nid oes angen enw.")
    qtbot.keyClicks(page.new_reference, CASE_REFERENCE)
    qtbot.keyClick(page.new_reference, Qt.Key.Key_Return)

    form = area.form_page
    assert area.currentWidget() is form
    assert form.title_label.text() == f"Cyfeirnod achos: {CASE_REFERENCE}"
    assert form.state_label.text() == "Drafft · pob newid wedi'i gadw"
    assert form.back_button.text() == "&Yn ôl i'r rhestr" and form.back_button.accessibleName() == "Yn ôl i'r rhestr"
    assert form.flags_panel.count_label.text() == "Dim dangosyddion risg wedi'u codi."  # nothing answered yet
    first = form.section_list.item(0).text().split("\n")[1]
    assert first.startswith(("Heb ddechrau", "Anghyflawn", "Cyflawn")), first
    assert section.describe_state() == "Nifer y cofnodion sgrinio sydd gennych: 1."
    letters = _mnemonics(form)
    assert letters and len(letters) == len(set(letters)), letters

    form.leave()
    assert area.currentWidget() is page
    assert page.count_label.text() == "Cofnodion sgrinio: 1."
    assert page.table.cell_text(0, 1) == "Drafft"
