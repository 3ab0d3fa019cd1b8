"""Test set-up shared by every test: no display, temporary user folders, and database URLs for SQLite and a
real PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.paths import UserPaths
from tests.pg_server import PostgresServer, find_postgres_bin

USER_DIR_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@pytest.fixture(autouse=True)
def user_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserPaths:
    """Point every user folder (data, config, logs) at a temporary folder, and clear app settings from the
    environment, so no test touches the real user's files."""
    home = tmp_path / "home"
    for variable in USER_DIR_VARIABLES:
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("NPS_TRAINER_DATABASE_URL", raising=False)
    monkeypatch.delenv("NPS_TRAINER_CONTENT_DIR", raising=False)
    paths = UserPaths.default()
    assert str(paths.data).startswith(str(home)), "user folders must be redirected for tests"
    return paths


@pytest.fixture(autouse=True)
def _restore_application_font(request: pytest.FixtureRequest):
    """A main window applies the chosen text size to the whole application's font; put it back after every test
    that drives widgets, wherever it lives, so that no test sees another's size (PDFs are laid out in it too)."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    qapp = request.getfixturevalue("qapp")
    font = qapp.font()
    yield
    qapp.setFont(font)


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The app reads Qt's compiled .qm files: make them from the .ts files when those are newer (an editable
    install compiles them once; editing a translation afterwards must not leave the tests on old ones)."""
    from nps_trainer.i18n.release import compile_all, stale
    from nps_trainer.paths import translations_dir

    folder = translations_dir()
    if stale(folder, folder / "qm"):
        compile_all(folder, folder / "qm")


@pytest.fixture(autouse=True)
def _english_again():
    """A test may switch the app to Welsh: every test starts, and ends, in English."""
    yield
    from nps_trainer import i18n

    translation = sys.modules.get("nps_trainer.ui.translation")
    if translation is not None and translation.installed():
        translation.uninstall()
    i18n.reset()


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server on loopback for this test session.

    Uses NPS_TRAINER_TEST_POSTGRES_URL when set (an empty database the tests may fill); otherwise starts a
    throwaway server from Debian's postgresql package. Without either, PostgreSQL tests are skipped, unless
    NPS_TRAINER_REQUIRE_POSTGRES=1 (as in CI), which makes that a failure.
    """
    external = os.environ.get("NPS_TRAINER_TEST_POSTGRES_URL")
    if external:  # a server that outlives this session (a mutation run's): leave it as it was found
        server = PostgresServer.external(external)
        yield server
        for name in list(server._databases):
            server.drop_database(f"{server.base_url}/{name}")
        return
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        message = "PostgreSQL is not installed (Debian package 'postgresql')"
        if os.environ.get("NPS_TRAINER_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    # Not under pytest's temporary folder: that is private to root, and the server runs as 'postgres'.
    folder = Path(tempfile.mkdtemp(prefix="nps-trainer-pg-"))
    server = PostgresServer.start(bin_dir, folder)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind: a SQLite file, and a fresh database on the PostgreSQL server (dropped
    afterwards)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.fresh_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def welsh() -> Iterator[None]:
    """The app's words in Welsh, from the translation sources (no compiled catalogue needed), for one test."""
    from nps_trainer import i18n
    from nps_trainer.i18n.catalogue import Catalogue
    from nps_trainer.paths import translations_dir

    files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
    i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)
    yield
    i18n.reset()
