"""``nps-trainer certificate``: issuing after a manager signs in (writing the PDF), and verifying a code with
exit 0 only for a genuine, unrevoked certificate."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.__main__ import main
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.team.codes import ALPHABET, CHECK_ALPHABET
from tests.team.helpers import PASSPHRASE, make_manager, make_person
from tests.team.records_data import days_ago, module_record, quiz_attempt


@pytest.fixture
def setup(database_url: str, user_paths: UserPaths, tmp_path: Path) -> Iterator[tuple[Services, list[str]]]:
    built = build_services(user_paths, database=database_url)
    manager = make_manager(built, "Morgan Manager")
    ann = make_person(built, "Ann Archer")
    module_record(built, ann.id, "what-are-nps", completed=days_ago(4))
    quiz_attempt(built, ann.id, "overdose-response", 92.0, seconds=900)
    assert manager.is_manager
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield built, ["--database", database_url, "--passphrase-file", str(passphrase)]
    built.close()


def _issue(capsys, options: list[str], *words: str, pdf: Path) -> tuple[int, str, str]:
    status = main(["certificate", *words, "--pdf", str(pdf), *options])
    out, err = capsys.readouterr()
    return status, out, err


def _code(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("Verification code: ")).split(": ")[1]


def test_issue_prints_the_code_writes_the_pdf_and_verify_prints_the_facts(setup, capsys, tmp_path) -> None:
    _services, options = setup
    pdf = tmp_path / "ann.pdf"
    status, out, err = _issue(capsys, options, "ann archer", "quiz:overdose-response", pdf=pdf)
    assert status == 0, err
    code = _code(out)
    assert f"PDF written to {pdf}" in out and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert f"Verification code: {code}" in text

    assert main(["certificate", "verify", code.lower(), "--database", options[1]]) == 0
    out = capsys.readouterr().out
    assert f"The certificate {code} is genuine." in out
    for expected in ("Ann Archer", "Check your learning: recognising and responding to opioid overdose",
                     "assessed quiz", "92%", "CPD hours     0.25", "Issued by     NPS Trainer"):
        assert expected in out, out


def test_every_single_character_change_exits_1(setup, capsys, tmp_path) -> None:
    _services, options = setup
    status, out, _err = _issue(capsys, options, "Ann Archer", "what-are-nps", pdf=tmp_path / "c.pdf")
    assert status == 0
    code = _code(out)
    symbols = code.replace("-", "")
    for position in range(len(symbols)):
        alphabet = CHECK_ALPHABET if position == 10 else ALPHABET
        replacement = next(s for s in alphabet[::-1] if s != symbols[position])
        changed = symbols[:position] + replacement + symbols[position + 1:]
        assert main(["certificate", "verify", changed, "--database", options[1]]) == 1, changed
        assert "Not a genuine verification code" in capsys.readouterr().out
    assert main(["certificate", "verify", "00000-00000-0", "--database", options[1]]) == 1
    assert "No certificate with the code 00000-00000-0" in capsys.readouterr().out


def test_a_revoked_certificate_exits_1_and_says_why(setup, capsys, tmp_path) -> None:
    services, options = setup
    status, out, _err = _issue(capsys, options, "Ann Archer", "what-are-nps", pdf=tmp_path / "c.pdf")
    assert status == 0
    code = _code(out)
    from tests.team.helpers import sign_in

    manager = sign_in(services, services.profiles.find_by_name("Morgan Manager")[0])
    services.certificates.revoke(manager, code, "Completed on a shared login")
    assert main(["certificate", "verify", code, "--database", options[1]]) == 1
    out = capsys.readouterr().out
    assert "was revoked on" in out and "Completed on a shared login" in out and "Ann Archer" in out


@pytest.mark.parametrize("words, message", [
    (("Nobody Here", "what-are-nps"), "there is no profile called 'Nobody Here'"),
    (("Ann Archer", "no-such-item"), "no module, quiz or learning path with the id 'no-such-item'"),
    (("Ann Archer", "safeguarding"), "say which with module:safeguarding or quiz:safeguarding"),
    (("Ann Archer", "module:safeguarding"), "Ann Archer cannot have a certificate for the module"),
])
def test_issuing_errors_are_clear_and_exit_2(setup, capsys, tmp_path, words, message) -> None:
    _services, options = setup
    status, out, err = _issue(capsys, options, *words, pdf=tmp_path / "x.pdf")
    assert status == 2 and message in err and "Verification code" not in out
    assert not (tmp_path / "x.pdf").exists()


def test_issuing_needs_pdf_and_a_manager(setup, capsys, tmp_path) -> None:
    _services, options = setup
    assert main(["certificate", "Ann Archer", "what-are-nps", *options]) == 2
    assert "give --pdf FILE" in capsys.readouterr().err
    status, _out, err = _issue(capsys, [*options, "--as", "Ann Archer"], "Ann Archer", "what-are-nps",
                               pdf=tmp_path / "x.pdf")
    assert status == 2 and "only a manager can issue certificates" in err


def test_an_edited_register_row_exits_1(setup, capsys, tmp_path) -> None:
    from sqlalchemy import select

    from nps_trainer.storage.models import Certificate

    services, options = setup
    status, out, _err = _issue(capsys, options, "Ann Archer", "what-are-nps", pdf=tmp_path / "c.pdf")
    assert status == 0
    code = _code(out)
    with services.database.session() as session:
        row = session.scalars(select(Certificate).where(Certificate.code == code)).one()
        row.facts = {**row.facts, "name": "Someone Else"}
    assert main(["certificate", "verify", code, "--database", options[1]]) == 1
    out = capsys.readouterr().out
    assert "has been altered" in out and "Someone Else" not in out


def test_a_pdf_copy_is_checked_without_the_register(setup, capsys, tmp_path) -> None:
    _services, options = setup
    pdf = tmp_path / "ann.pdf"
    status, out, _err = _issue(capsys, options, "Ann Archer", "module:what-are-nps", pdf=pdf)
    assert status == 0
    code = next(line.split()[-1] for line in out.splitlines() if "code" in line.lower())
    database = options[:2]
    # With the organisation's database at hand, the key is known to be theirs.
    assert main(["certificate", "verify", code, "--pdf", str(pdf), *database]) == 0
    out = capsys.readouterr().out
    assert "Ann Archer" in out and "a signing key of the organisation on this computer's database" in out
    # Elsewhere (no database): the signature still checks, and the key id is given to compare.
    elsewhere = ["--database", f"sqlite:///{tmp_path / 'nowhere.sqlite3'}"]
    assert main(["certificate", "verify", code, "--pdf", str(pdf), *elsewhere]) == 0
    assert "not on this computer's database" in capsys.readouterr().out
    # A changed fact, or a code that is not this certificate's, fails.
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(pdf.read_bytes().replace(b"Ann Archer", b"Ann Archex"))
    assert main(["certificate", "verify", code, "--pdf", str(changed), *database]) == 1
    assert "signature does not match" in capsys.readouterr().out
    other = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert main(["certificate", "verify", other, "--pdf", str(pdf), *database]) == 1
