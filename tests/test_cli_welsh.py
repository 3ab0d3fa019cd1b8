"""The command line in Welsh: its messages, refusals and counts read as whole Welsh sentences, with names and
numbers in their places and the plural form Welsh needs; English keeps its own plural forms."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from nps_trainer.cli.errors import CommandError
from nps_trainer.cli.staff_sign_in import sign_in
from nps_trainer.i18n import tr
from nps_trainer.i18n.command_line import use_for_commands
from nps_trainer.identity import KeyStore, SignInThrottled
from nps_trainer.identity.crypto import FAST_TEST_KDF, WeakPassphrase, check_passphrase
from nps_trainer.paths import UserPaths
from nps_trainer.profiles import NotAllowed, require_manager
from nps_trainer.services import build_services

ADA = "ada reads maps by lamplight"


@pytest.fixture
def services(user_paths: UserPaths):
    built = build_services(user_paths)
    built.keys = KeyStore(built.database, built.audit, FAST_TEST_KDF)
    yield built
    built.close()


def test_a_refusal_names_the_person_and_their_role_in_welsh(services, tmp_path: Path) -> None:
    ada = services.profiles.create("Ada", "manager")
    services.profiles.create("Pat", "practitioner")
    services.signin.set_passphrase(ada.id, ADA)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(ADA + "\n", encoding="utf-8")
    use_for_commands("cy")
    with pytest.raises(CommandError) as refused:
        sign_in(argparse.Namespace(as_name="Pat", passphrase_file=str(secret)), services)
    assert str(refused.value) == "rôl Pat yw ymarferydd prawf: dim ond rheolwr all weld cofnodion staff"
    with pytest.raises(CommandError) as refused:
        sign_in(argparse.Namespace(as_name="Nobody", passphrase_file=str(secret)), services,
                ("manager", "facilitator"), "see joint session records")
    assert str(refused.value).startswith("nid oes proffil o'r enw 'Nobody' ar ")


def test_only_a_manager_is_one_welsh_sentence_for_each_action() -> None:
    use_for_commands("cy")
    with pytest.raises(NotAllowed, match=r"^Dim ond rheolwr all ddirymu tystysgrifau\.$"):
        require_manager(None, "revoke certificates")
    with pytest.raises(NotAllowed, match=r"^Dim ond rheolwr all neilltuo hyfforddiant\.$"):
        require_manager(None, "assign training")


def test_passphrase_advice_and_waits_are_welsh(services) -> None:
    use_for_commands("cy")
    with pytest.raises(WeakPassphrase) as weak:
        check_passphrase("short")
    assert str(weak.value).startswith("Mae'r cyfrinymadrodd hwn yn rhy wan. Defnyddiwch ")
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert "Arhoswch 30 eiliad" in str(SignInThrottled(now + timedelta(seconds=30), now))
    assert "Arhoswch 2 munud" in str(SignInThrottled(now + timedelta(seconds=90), now))


def test_counts_take_the_plural_form_each_language_needs() -> None:
    use_for_commands("cy")
    assert [tr("%n error(s)", "", n) for n in (0, 1, 2, 6, 11)] == \
        ["0 o wallau", "1 gwall", "2 o wallau", "6 o wallau", "11 o wallau"]
    assert tr("%n person(s)", "", 1) == "1 person" and tr("%n person(s)", "", 3) == "3 o bobl"
    use_for_commands("en")
    assert [tr("%n error(s)", "", n) for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]
    assert tr("%n person(s)", "", 1) == "1 person" and tr("%n person(s)", "", 3) == "3 people"


def test_a_command_refuses_in_welsh_when_asked_for_welsh(tmp_path: Path, capsys) -> None:
    from nps_trainer.__main__ import main

    target = tmp_path / "no-such-folder" / "completion.csv"
    code = main(["--language", "cy", "report", "completion", "--csv", str(target)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.strip() == (f"nps-trainer: methu ysgrifennu {target}: nid yw'r ffolder {target.parent} yn bodoli")


def test_the_same_command_refuses_in_english_by_default(tmp_path: Path, capsys) -> None:
    from nps_trainer.__main__ import main

    target = tmp_path / "no-such-folder" / "completion.csv"
    assert main(["--language", "en", "report", "completion", "--csv", str(target)]) == 2
    assert f"cannot write {target}: the folder {target.parent} does not exist" in capsys.readouterr().err


def test_the_demo_summary_reads_in_welsh_and_in_english() -> None:
    from nps_trainer.demo import DemoSummary

    summary = DemoSummary(roles={"practitioner": 3, "manager": 1}, organisations={"probation": 4},
                          teams={"North": 4}, administrator="Helen Ashworth", modules_completed=5,
                          completed_unread=1, modules_in_progress=2, quiz_attempts={"practice": 6, "assessed": 2},
                          assignments=3, screenings={"final": 7, "draft": 1}, joint_sessions=1, joint_attendees=6,
                          joint_guests=1, checklists=2)
    use_for_commands("cy")
    lines = summary.lines()
    assert "Pobl: 4 (3 o ymarferwyr prawf, 1 rheolwr)" in lines
    assert "Sefydliadau: Gwasanaeth Prawf 4" in lines and "Ymdrechion cwis: 8 (6 ymarfer, 2 wedi'u hasesu)" in lines
    assert "Allwedd adfer: dim" in lines and "Gweinyddwr: Helen Ashworth (rheolwr)" in lines
    use_for_commands("en")
    lines = summary.lines()
    assert "People: 4 (3 probation practitioners, 1 manager)" in lines
    assert "Quiz attempts: 8 (6 practice, 2 assessed)" in lines and "Recovery key: none" in lines


def test_a_help_page_says_when_it_was_checked_with_a_welsh_month() -> None:
    from nps_trainer.help import HELP_DIR, load_guide, page_html
    from nps_trainer.paths import bundled_content_dir

    page = load_guide(bundled_content_dir() / HELP_DIR).page("getting-started")
    use_for_commands("cy")
    months = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
              "Tachwedd", "Rhagfyr")
    expected = f"Gwiriwyd {page.reviewed.day} {months[page.reviewed.month - 1]} {page.reviewed.year}. Hyfforddiant yw"
    assert expected in page_html(page)
