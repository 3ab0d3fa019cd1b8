"""Commands that show staff records sign a manager in first: by --as and --passphrase-file, or asked."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from nps_trainer.cli.errors import CommandError
from nps_trainer.cli.staff_sign_in import read_passphrase_file, sign_in
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services

ADA = "ada reads maps by lamplight"


@pytest.fixture
def services(user_paths: UserPaths):
    built = build_services(user_paths)
    built.keys = KeyStore(built.database, built.audit, FAST_TEST_KDF)
    yield built
    built.close()


def _file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "passphrase.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _args(**values) -> argparse.Namespace:
    return argparse.Namespace(**values)


def test_the_only_manager_signs_in_from_a_passphrase_file(services, tmp_path) -> None:
    ada = services.profiles.create("Ada", "manager")
    pat = services.profiles.create("Pat", "practitioner")
    services.signin.set_passphrase(ada.id, ADA)
    services.signin.set_passphrase(pat.id, "pat sails small boats at dawn")
    signed = sign_in(_args(passphrase_file=_file(tmp_path, ADA + "\nignored second line\n")), services)
    assert signed.profile.id == ada.id and signed.keyring.owner == ada.id


def test_refusals_say_why(services, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("nps_trainer.cli.staff_sign_in._interactive", lambda: False)
    with pytest.raises(CommandError, match="there is no manager"):
        sign_in(_args(), services)
    ada = services.profiles.create("Ada", "manager")
    services.profiles.create("Pat", "practitioner")
    with pytest.raises(CommandError, match="has not set a passphrase yet"):
        sign_in(_args(passphrase_file=_file(tmp_path, ADA)), services)
    services.signin.set_passphrase(ada.id, ADA)
    with pytest.raises(CommandError, match="a passphrase is needed: give --passphrase-file"):
        sign_in(_args(), services)
    with pytest.raises(CommandError, match="not correct"):
        sign_in(_args(passphrase_file=_file(tmp_path, "the wrong passphrase entirely")), services)
    with pytest.raises(CommandError, match="Pat is a probation practitioner: only a manager can see staff"):
        sign_in(_args(as_name="pat", passphrase_file=_file(tmp_path, ADA)), services)
    with pytest.raises(CommandError, match="no profile called 'Nobody'"):
        sign_in(_args(as_name="Nobody", passphrase_file=_file(tmp_path, ADA)), services)
    bea = services.profiles.create("Bea", "manager", acting=ada)
    services.keys.set_passphrase(bea.id, "bea grows beans on the roof")
    # Several managers and no --as: the administrator (the first manager), saying so.
    assert sign_in(_args(passphrase_file=_file(tmp_path, ADA)), services).profile.id == ada.id
    assert sign_in(_args(as_name=" ada ", passphrase_file=_file(tmp_path, ADA)), services).profile.id == ada.id
    assert sign_in(_args(as_name="Bea", passphrase_file=_file(tmp_path, "bea grows beans on the roof")),
                   services).profile.id == bea.id


def test_a_passphrase_file_must_be_readable_and_not_empty(tmp_path) -> None:
    with pytest.raises(CommandError, match="cannot read the passphrase file"):
        read_passphrase_file(str(tmp_path / "missing.txt"))
    with pytest.raises(CommandError, match="has no passphrase on its first line"):
        read_passphrase_file(_file(tmp_path, "\nsecond"))
    (tmp_path / "latin1.txt").write_bytes(b"caf\xe9 au lait with milk")
    with pytest.raises(CommandError, match="not UTF-8"):
        read_passphrase_file(str(tmp_path / "latin1.txt"))
    assert read_passphrase_file(_file(tmp_path, "  spaces kept  \r\n")) == "  spaces kept  "


def test_a_database_path_that_does_not_exist_is_refused_not_created(tmp_path, capsys) -> None:
    from nps_trainer.__main__ import main

    missing = tmp_path / "typo.sqlite3"
    code = main(["report", "completion", "--csv", str(tmp_path / "c.csv"), "--database", str(missing),
                 "--passphrase-file", _file(tmp_path, ADA)])
    assert code == 2 and not missing.exists()
    assert f"there is no database at {missing}" in capsys.readouterr().err
