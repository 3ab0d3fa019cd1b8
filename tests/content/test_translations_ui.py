"""The reader and catalogue show what the content engine knows about Welsh copies (issue 13): a 'Cymraeg' mark
beside the title of a module that can be read in Welsh, and a note above a Welsh module nobody has reviewed."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.content import SearchIndex, load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.ui.learn.catalogue_page import ID_ROLE, CataloguePage
from nps_trainer.ui.learn.reader_page import ReaderPage

NOTE = "This translation has not yet been reviewed by a Welsh speaker."


def _titles(page: CataloguePage) -> dict[str, str]:
    table = page.table
    found = {}
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ID_ROLE):
            found[item.data(ID_ROLE)] = item.text()
    return found


def test_the_catalogue_marks_modules_that_can_be_read_in_welsh(qtbot) -> None:
    catalogue = load_catalogue(bundled_content_dir() / "modules", language="en")
    page = CataloguePage()
    qtbot.addWidget(page)
    page.show_catalogue(catalogue, SearchIndex(catalogue), {}, bundled_content_dir())
    titles = _titles(page)
    assert titles["overdose-response"] == "Recognising and responding to opioid overdose · Cymraeg"
    assert all(("Cymraeg" in title) == ("cy" in catalogue[module_id].languages)
               for module_id, title in titles.items())
    assert len(titles) == len(catalogue)


def test_the_reader_says_when_a_welsh_module_is_not_reviewed(qtbot, tmp_path: Path) -> None:
    root = bundled_content_dir() / "modules"
    welsh = load_catalogue(root, language="cy")
    reader = ReaderPage()
    qtbot.addWidget(reader)
    reader.show()
    reader.open(welsh["overdose-response"], welsh, 11.0)
    assert reader.translation_note.isVisible() and reader.translation_note.text() == NOTE
    assert reader.title_label.text() == "Adnabod gorddos opioid ac ymateb iddo"
    reader.open(welsh["drug-awareness"], welsh, 11.0)  # no Welsh copy: English, no note
    assert not reader.translation_note.isVisible()
    english = load_catalogue(root, language="en")
    reader.open(english["overdose-response"], english, 11.0)
    assert not reader.translation_note.isVisible()
