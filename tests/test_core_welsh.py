"""The core's own words in Welsh: database refusals, the settings notice, quiz feedback and certainty sentences,
the refresher's 'next question due' text, module pages and content check messages each read as a whole Welsh
sentence with names and numbers in their places; English is unchanged (the other tests run in it)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from nps_trainer.i18n.command_line import use_for_commands


@pytest.fixture
def welsh():
    use_for_commands("cy")  # the conftest puts every test back into English afterwards


def test_a_file_that_is_not_a_database_is_refused_in_welsh(welsh, tmp_path: Path) -> None:
    from nps_trainer.storage.database import open_database
    from nps_trainer.storage.engine import sqlite_url
    from nps_trainer.storage.errors import NotADatabaseError

    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotADatabaseError) as refused:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert str(refused.value).startswith(f"Nid yw {path} yn gronfa ddata NPS Trainer (nid yw'n ffeil SQLite).")
    assert path.read_text(encoding="utf-8") == "not a database"


def test_a_database_from_a_newer_version_is_refused_in_welsh(welsh, tmp_path: Path) -> None:
    from nps_trainer.storage.database import open_database
    from nps_trainer.storage.engine import sqlite_url
    from nps_trainer.storage.errors import NewerDatabaseError

    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.close()
    with pytest.raises(NewerDatabaseError) as refused:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert str(refused.value) == (
        f"Ysgrifennwyd y gronfa ddata {path} gan fersiwn mwy newydd o NPS Trainer (sgema 9999). Nid yw wedi'i "
        "chyffwrdd. Gosodwch y fersiwn mwy newydd o NPS Trainer i'w hagor.")


def test_the_damaged_settings_notice_is_welsh_with_the_copy_named(welsh, tmp_path: Path) -> None:
    from nps_trainer.settings import SettingsStore

    settings_file = tmp_path / "settings.json"
    settings_file.write_text("{ not json", encoding="utf-8")
    store = SettingsStore(settings_file)
    store.load()
    notice = store.take_notice()
    assert notice is not None
    assert notice.startswith("Nid oedd modd darllen eich ffeil gosodiadau oherwydd ei bod wedi'i difrodi.")
    assert f"Cadwyd copi o'r ffeil sydd wedi'i difrodi fel:\n{store.set_aside}" in notice
    assert "Mae NPS Trainer yn defnyddio ei osodiadau diofyn" in notice


def test_quiz_feedback_and_certainty_sentences_in_welsh(welsh) -> None:
    from nps_trainer.quiz.certainty import MarkedAnswer, mark_sentence, summarise

    assert mark_sentence(1.0, 3) == "Dywedoch chi Siŵr iawn (3) ac roedd eich ateb yn gywir: marc ar sail sicrwydd +3."
    assert mark_sentence(0.0, 3, spoken=True).endswith("marc ar sail sicrwydd minws 6.")
    lines = summarise([MarkedAnswer("a", 1.0, 3), MarkedAnswer("b", 0.0, 3)]).lines()
    assert lines[0] == "Cywirdeb: 50% (faint a gawsoch yn gywir, heb ystyried sicrwydd)."
    over = ("Roeddech chi braidd yn orhyderus: pan oeddech chi'n siŵr iawn, roeddech chi'n gywir dim ond 50% o'r "
            "amser.")
    said = "(Dywedoch chi Siŵr iawn (3) ddwywaith.)"
    assert any(line.startswith(over) and line.endswith(said) for line in lines), lines


def test_the_refresher_says_when_the_next_question_is_due_in_welsh(welsh) -> None:
    from nps_trainer.refresher import RefresherStatus
    from nps_trainer.refresher.wording import status_text

    today = date(2026, 12, 6)
    later = RefresherStatus(3, 0, 0, 10, datetime(2026, 12, 8, 9, tzinfo=UTC), 0)
    assert status_text(later, today, UTC) == (
        "Gloywi: dim byd yn ddyledus heddiw. Mae'r cwestiwn nesaf yn ddyledus ddydd Mawrth 8 Rhagfyr.")
    gone = RefresherStatus(2, 0, 0, 10, None, 1)
    assert status_text(gone, today).endswith(
        "(Mae 1 cwestiwn o gwis nad yw wedi'i osod mwyach wedi'i adael allan.)")


def test_a_module_page_has_welsh_headings_around_its_own_text(welsh) -> None:
    from nps_trainer.content import load_catalogue, render_overview
    from nps_trainer.paths import bundled_content_dir

    catalogue = load_catalogue(bundled_content_dir() / "modules", language="en")
    module = catalogue.modules[0]
    html = render_overview(module, catalogue=catalogue)
    assert f"Tua {module.minutes} munud. Ar gyfer:" in html
    assert "<h3>Adrannau</h3>" in html
    assert module.title in html  # the module's own text is not the app's to translate


def test_content_check_messages_keep_file_and_line_outside_the_welsh(welsh, tmp_path: Path) -> None:
    from nps_trainer.content import validate_modules

    (tmp_path / "broken.md").write_text("---\nid: broken\ntitle: 3\n---\n# Heading\n", encoding="utf-8")
    messages = [str(problem) for problem in validate_modules(tmp_path, today=date(2026, 12, 6))]
    assert f"{tmp_path / 'broken.md'}:3: rhaid i 'title' fod yn destun" in messages
    assert (f"{tmp_path / 'broken.md'}:5: ni chaniateir penawdau '#' (daw'r teitl o'r deunydd blaen; defnyddiwch "
            "'##' ar gyfer adrannau)") in messages
