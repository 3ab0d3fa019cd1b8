"""``nps-trainer session list`` and ``session export ID --csv FILE [--pdf FILE]``: a manager's or facilitator's
sign-in, one line per session (its id first), a CSV with one row per attendee and their organisation, a PDF
record read back with pdftotext, and clear refusals."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.__main__ import main
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.sessions.export import CSV_HEADER
from tests.sessions.helpers import Clock, make_team
from tests.sessions.test_store import run_session
from tests.team.helpers import PASSPHRASE, sign_in


@pytest.fixture
def setup(user_paths: UserPaths, tmp_path: Path) -> Iterator[tuple[Services, list[str], Path, int]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    built = build_services(user_paths, database=url)
    team = make_team(built)
    sign_in(built, team.practitioner)
    _store, session_id, _record, _pat, _drew = run_session(built, team, Clock())
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield built, ["--database", url, "--passphrase-file", str(passphrase)], tmp_path, session_id
    built.close()


def test_list_prints_one_line_per_session_id_first(setup, capsys) -> None:
    _services, options, _folder, session_id = setup
    assert main(["session", "list", "--as", "Fran Facilitator", *options]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{session_id}  2026-11-20  NPS together  Wexbridge Probation Office  "
                           "Fran Facilitator, Sam Co  3 attendees (1 probation, 2 drug service, 0 other; 1 guest)")
    assert line.endswith("finished")
    assert main(["session", "list", "--as", "Morgan Manager", "--since", "2026-12-01", *options]) == 0
    assert capsys.readouterr().out.strip() == "No joint sessions."
    assert main(["session", "list", "--as", "Morgan Manager", "--status", "running", *options]) == 0
    assert capsys.readouterr().out.strip() == "No joint sessions."
    assert main(["session", "list", "--as", "Morgan Manager", "--status", "finished", "--plan", "nps-together",
                 "--since", "2026-11-20", "--until", "2026-11-20", *options]) == 0
    assert capsys.readouterr().out.startswith(f"{session_id}  2026-11-20  NPS together")
    for narrower in (["--plan", "overdose-naloxone-release"], ["--until", "2026-11-19"]):
        assert main(["session", "list", "--as", "Morgan Manager", *narrower, *options]) == 0
        assert capsys.readouterr().out.strip() == "No joint sessions.", narrower


def test_export_writes_the_csv_and_the_pdf(setup, capsys) -> None:
    _services, options, folder, session_id = setup
    target, pdf = folder / "session.csv", folder / "session.pdf"
    assert main(["session", "export", str(session_id), "--csv", str(target), "--pdf", str(pdf),
                 "--as", "Morgan Manager", *options]) == 0
    out = capsys.readouterr().out
    assert f"Wrote {target}: 3 attendees of session {session_id}" in out and f"Wrote {pdf}" in out
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == CSV_HEADER
    by_name = {row[5]: row for row in rows[1:]}
    assert by_name["Pat Practitioner"][6:9] == ["Probation", "Probation", "Probation practitioner"]
    assert by_name["Gita Guest"][6:10] == ["Change Ahead", "Drug service", "Recovery worker", "yes"]
    assert by_name["Drew Worker"][10] == "no"  # did not stay throughout
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("NPS together", "Wexbridge Probation Office", "Fran Facilitator, Sam Co", "Probation (1)",
                     "Drug service (2)", "Pat Practitioner", "Gita Guest", "Change Ahead", "Signature",
                     "Synthetic cannabis", "Call 999", "not clinical advice", "call 999"):
        assert expected in text, expected


def test_refusals(setup, capsys, tmp_path: Path) -> None:
    _services, options, folder, _session_id = setup
    assert main(["session", "export", "999", "--csv", str(folder / "x.csv"), "--as", "Morgan Manager",
                 *options]) == 2  # like every refusal
    assert "There is no joint session 999" in capsys.readouterr().err
    assert not (folder / "x.csv").exists()
    assert main(["session", "list", "--as", "Pat Practitioner", *options]) == 2
    assert "only a manager or facilitator" in capsys.readouterr().err
    assert main(["session", "list", "--since", "yesterday", *options]) == 2
    assert "is not a date" in capsys.readouterr().err
    # bad arguments are refused before anyone is asked for a passphrase (none is given here)
    assert main(["session", "export", "twelve", "--csv", str(folder / "x.csv"), "--database", options[1]]) == 2
    err = capsys.readouterr().err
    assert "'twelve' is not a session id" in err and "passphrase" not in err
    assert main(["session", "export", "1", "--csv", str(folder / "x.csv"), "--database", options[1]]) == 2
    assert "a passphrase is needed" in capsys.readouterr().err
    assert main(["session", "export", "1", "--csv", str(tmp_path / "nowhere" / "x.csv"), *options]) == 2
    assert "does not exist" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    assert main(["session", "list", "--as", "Morgan Manager", "--database", options[1], "--passphrase-file",
                 str(wrong)]) == 2
    assert "passphrase" in capsys.readouterr().err.lower()


def test_a_folder_given_as_the_file_is_named_as_such(setup, capsys) -> None:
    _services, options, folder, session_id = setup
    assert main(["session", "export", str(session_id), "--csv", str(folder), *options]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {folder}: it is a folder" in err and ".partial" not in err
