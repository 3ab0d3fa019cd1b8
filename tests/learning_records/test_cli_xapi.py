"""``nps-trainer xapi export|send|status|import`` through the runner (the lead wires the parser): a manager's
sign-in, the statements file, sending to the real Ralph with counts, the outbox's state, and clear errors."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.cli.errors import CommandError
from nps_trainer.cli.xapi import run_xapi_command
from nps_trainer.i18n.command_line import use_for_commands
from nps_trainer.learning_records.config import LrsConfig
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from tests.team.helpers import PASSPHRASE, make_manager, make_person

from .helpers import KINDS, one_of_each


@pytest.fixture
def setup(user_paths: UserPaths, tmp_path: Path) -> Iterator[tuple[Services, dict, int]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    built = build_services(user_paths, database=url)
    make_manager(built, "Morgan Manager")
    ann = make_person(built, "Ann Practitioner")
    with built.database.session() as session:
        one_of_each(LearningEvents(LrsConfig()), session, ann.id)
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield built, {"database": url, "passphrase_file": str(passphrase), "as_name": "Morgan Manager"}, ann.id
    built.close()


@pytest.fixture(autouse=True)
def _english_as_the_command_line_speaks_it() -> None:
    """What ``main()`` does before a command: English with its plural forms ("1 statement")."""
    use_for_commands("en")


def _run(options: dict, command: str, **values) -> int:
    return run_xapi_command(argparse.Namespace(**options, xapi_command=command, **values))


def test_export_then_import_elsewhere(setup, tmp_path, capsys, user_paths):
    services, options, _ = setup
    target = tmp_path / "out" / "statements.json"
    with pytest.raises(CommandError, match=r"the folder .*out does not exist"):
        _run(options, "export", file=str(target), since=None)
    target.parent.mkdir()
    assert _run(options, "export", file=str(target), since=None) == 0
    assert f"Wrote {len(KINDS)} statements to {target}" in capsys.readouterr().out
    assert len(json.loads(target.read_text())) == len(KINDS)
    assert _run(options, "export", file=str(target), since="2027-01-01") == 0
    assert json.loads(target.read_text()) == []
    with pytest.raises(CommandError, match="--since 'soon' is not a date"):
        _run(options, "export", file=str(target), since="soon")
    actions = [e.action for e in services.audit.entries(object_type="xapi_statements")]
    assert actions == ["export", "export"]

    _run(options, "export", file=str(target), since=None)
    other_url = f"sqlite:///{tmp_path / 'manager.sqlite3'}"
    other = build_services(user_paths, database=other_url)
    make_manager(other, "Morgan Manager")
    other.close()
    elsewhere = {**options, "database": other_url}
    capsys.readouterr()
    assert _run(elsewhere, "import", file=str(target)) == 0
    out = capsys.readouterr().out
    assert f"Imported {len(KINDS)} statements" in out and "1 person in the file is not linked" in out
    assert _run(elsewhere, "import", file=str(target)) == 0
    assert f"Imported 0 statements from {target} ({len(KINDS)} already here)" in capsys.readouterr().out
    assert _run(elsewhere, "status") == 0
    assert f"Imported from other devices: {len(KINDS)}" in capsys.readouterr().out


def test_send_to_the_real_lrs_and_status(setup, ralph, tmp_path, capsys):
    services, options, ann_id = setup
    secret = tmp_path / "secret.txt"
    secret.write_text(ralph.secret + "\n")
    lrs = {"lrs": ralph.endpoint, "key": ralph.key, "secret_file": str(secret)}
    assert _run(options, "status", lrs=None, key=None, secret_file=None) == 0
    out = capsys.readouterr().out
    assert f"Waiting: {len(KINDS)}" in out and "none set up" in out
    assert _run(options, "send", **lrs) == 0
    out = capsys.readouterr().out
    assert f"Sent {len(KINDS)}, rejected 0, still waiting 0 (to {ralph.endpoint}/statements)." in out
    assert _run(options, "status", **lrs) == 0
    out = capsys.readouterr().out
    assert f"Sent: {len(KINDS)}, last at" in out and "Waiting: 0" in out
    uid = services.profiles.get(ann_id).uid
    assert len(ralph.statements_of(uid, LrsConfig().organisation_iri)) == len(KINDS)
    # Nothing is set up and nothing given: a clear refusal.
    with pytest.raises(CommandError, match="No learning record store is set up"):
        _run(options, "send", lrs=None, key=None, secret_file=None)
    with pytest.raises(CommandError, match="not encrypted"):
        _run(options, "send", lrs="http://lrs.example.org/xAPI", key="k", secret_file=str(secret))
    with pytest.raises(CommandError, match="no such file"):
        _run(options, "send", lrs=ralph.endpoint, key="k", secret_file=str(tmp_path / "missing"))


def test_send_with_the_lrs_down_exits_1_and_keeps_everything(setup, ralph, tmp_path, capsys):
    services, options, ann_id = setup
    from .ralph_server import free_port

    secret = tmp_path / "secret.txt"
    secret.write_text("s\n")
    assert _run(options, "send", lrs=f"http://127.0.0.1:{free_port()}/xAPI", key="k", secret_file=str(secret)) == 1
    out = capsys.readouterr().out
    assert f"Sent 0, rejected 0, still waiting {len(KINDS)}" in out and "did not answer" in out
    assert _run(options, "status", lrs=None, key=None, secret_file=None) == 0
    out = capsys.readouterr().out
    assert "in back-off until" in out and "Last error" in out and "did not answer" in out
    # Asked to send again once the LRS is up: the back-off does not make the person wait.
    secret.write_text(ralph.secret + "\n")
    assert _run(options, "send", lrs=ralph.endpoint, key=ralph.key, secret_file=str(secret)) == 0
    assert f"Sent {len(KINDS)}, rejected 0, still waiting 0" in capsys.readouterr().out
    uid = services.profiles.get(ann_id).uid
    assert len(ralph.statements_of(uid, LrsConfig().organisation_iri)) == len(KINDS)


def test_a_practitioner_cannot(setup, tmp_path):
    _, options, _ = setup
    with pytest.raises(CommandError, match="only a manager can see or send learning records"):
        _run({**options, "as_name": "Ann Practitioner"}, "status")
