"""The settings file as a user's machine may hold it: damaged, hand-edited with the wrong kind of value, or
unreadable for a moment. None of these may stop the app starting, and none may lose the file."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.settings import Settings, SettingsStore

REPO = Path(__file__).resolve().parent.parent
NOT_ROOT = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner",
            "--inh-caps=-dac_override,-dac_read_search,-fowner"]


def _store(tmp_path: Path, content: str | bytes) -> SettingsStore:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return SettingsStore(path)


GOOD = {"database_url": "/data/nps.sqlite3", "content_dir": "/org/content", "text_size": "large",
        "screening_idle_lock_minutes": 7, "last_profile_id": 3}


@pytest.mark.parametrize(("field", "bad"), [
    ("database_url", 5),
    ("database_url", None),
    ("database_url", "a\u0000b"),
    ("content_dir", 7),
    ("content_dir", ["a"]),
    ("text_size", ["big"]),
    ("text_size", "huge"),
    ("text_size", 14),
    ("screening_idle_lock_minutes", "ten"),
    ("screening_idle_lock_minutes", None),
    ("screening_idle_lock_minutes", True),
    ("screening_idle_lock_minutes", [5]),
    ("last_profile_id", "3"),
    ("last_profile_id", 2.0),
    ("last_profile_id", True),
    ("last_profile_id", {"id": 3}),
    ("protective_marking", 3),
    ("protective_marking", "OFFICIAL\nSENSITIVE"),
    ("protective_marking", "X" * 61),
])
def test_a_value_of_the_wrong_kind_falls_back_to_its_default_alone(tmp_path: Path, caplog, field: str,
                                                                    bad: object) -> None:
    store = _store(tmp_path, json.dumps({**GOOD, field: bad}))
    with caplog.at_level(logging.WARNING, logger="nps_trainer.settings"):
        settings = store.load()
    assert settings == Settings(**{**GOOD, field: getattr(Settings(), field)})
    assert store.unusable == [field]
    assert store.path.exists() and not list(store.path.parent.glob("*damaged*"))  # the file is not set aside
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert field in logged and repr(bad) not in logged and str(bad) not in logged.replace(field, "")


@pytest.mark.parametrize(("given", "used"), [
    (0, 1), (-5, 1), (-0.5, 1), (1, 1), (7, 7), (7.4, 7), (60, 60), (61, 60), (1e9, 60), (10**400, 60), (-(10**400), 1),
])
def test_the_screening_lock_time_is_brought_into_one_to_sixty_minutes(tmp_path: Path, given: float,
                                                                       used: int) -> None:
    store = _store(tmp_path, json.dumps({"screening_idle_lock_minutes": given}))
    settings = store.load()
    assert settings.screening_idle_lock_minutes == used and isinstance(settings.screening_idle_lock_minutes, int)
    assert store.unusable == [] and store.take_notice() is None  # corrected quietly: nothing to choose again


def test_not_a_number_and_infinity_from_a_hand_edited_file(tmp_path: Path) -> None:
    store = _store(tmp_path, '{"screening_idle_lock_minutes": NaN}')  # Python's json module accepts these
    assert store.load().screening_idle_lock_minutes == 5 and store.unusable == ["screening_idle_lock_minutes"]
    store = _store(tmp_path, '{"screening_idle_lock_minutes": Infinity}')
    assert store.load().screening_idle_lock_minutes == 60


def test_paths_are_trimmed_and_unknown_keys_ignored(tmp_path: Path) -> None:
    store = _store(tmp_path, json.dumps({"content_dir": "  /org/content \n", "database_url": "   ",
                                         "colour": "blue"}))
    assert store.load() == Settings(content_dir="/org/content")
    assert store.unusable == []


def test_the_protective_marking_is_official_sensitive_unless_set(tmp_path: Path) -> None:
    assert Settings().protective_marking == "OFFICIAL-SENSITIVE"
    store = _store(tmp_path, json.dumps({"protective_marking": "  OFFICIAL  "}))
    assert store.load().protective_marking == "OFFICIAL" and store.unusable == []
    store = _store(tmp_path, json.dumps({"protective_marking": ""}))
    assert store.load().protective_marking == ""  # an organisation may print none


def test_a_good_file_round_trips(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()  # no file yet: defaults, quietly
    store.save(Settings(**GOOD))
    again = SettingsStore(store.path)
    assert again.load() == Settings(**GOOD)
    assert again.take_notice() is None


@pytest.mark.parametrize("content", ["{not json", '["a", "b"]', "42", "null", b"\xff\xfe{}", ""])
def test_a_damaged_file_is_set_aside_under_a_dated_name(tmp_path: Path, content: str | bytes) -> None:
    store = _store(tmp_path, content)
    original = store.path.read_bytes()
    assert store.load() == Settings()
    assert store.damaged and not store.path.exists()
    assert store.set_aside is not None and store.set_aside.parent == store.path.parent
    assert store.set_aside.name.startswith("settings.damaged-") and store.set_aside.suffix == ".json"
    assert store.set_aside.read_bytes() == original  # kept exactly, for IT support to look at


def test_a_second_damaged_file_does_not_overwrite_the_first_copy(tmp_path: Path) -> None:
    first = _store(tmp_path, "{first")
    first.load()
    second = _store(tmp_path, "{second")
    second.load()
    copies = sorted(tmp_path.joinpath("config").glob("settings.damaged-*.json"))
    assert len(copies) == 2
    assert {copy.read_text() for copy in copies} == {"{first", "{second"}
    assert first.set_aside != second.set_aside


def test_the_damaged_file_notice_says_where_the_copy_is_and_is_given_once(tmp_path: Path) -> None:
    store = _store(tmp_path, "{damaged")
    store.load()
    notice = store.take_notice()
    assert notice is not None
    assert "damaged" in notice and str(store.set_aside) in notice
    assert "default database location" in notice and "File → Settings" in notice
    assert store.take_notice() is None


def test_a_wrong_database_location_is_told_about_but_a_lost_last_profile_is_not(tmp_path: Path) -> None:
    store = _store(tmp_path, json.dumps({"database_url": 5, "last_profile_id": "x"}))
    store.load()
    notice = store.take_notice()
    assert notice is not None and "the database location" in notice and "profile" in notice
    assert "used last" not in notice
    quiet = _store(tmp_path, json.dumps({"last_profile_id": "x"}))
    quiet.load()
    assert quiet.take_notice() is None


def test_a_file_that_cannot_be_read_is_kept_as_it_is_and_not_written_over(tmp_path: Path) -> None:
    from nps_trainer.settings import SettingsNotSaved

    path = tmp_path / "config" / "settings.json"
    path.mkdir(parents=True)  # reading it fails with an OSError, as a locked file would
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.unreadable and not store.damaged
    assert path.is_dir() and not list(path.parent.glob("*damaged*"))
    with pytest.raises(SettingsNotSaved):
        store.save(Settings(last_profile_id=1))
    notice = store.take_notice()
    assert notice is not None and str(path) in notice and "open it again" in notice


@pytest.mark.skipif(shutil.which("setpriv") is None and os.geteuid() == 0, reason="needs setpriv to drop root")
def test_a_settings_file_without_read_permission_is_not_renamed(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps(GOOD))
    path.chmod(0o200)
    script = ("import sys; from pathlib import Path; from nps_trainer.settings import SettingsStore\n"
              "store = SettingsStore(Path(sys.argv[1])); settings = store.load()\n"
              "print(settings.database_url == '', store.unreadable, store.damaged)\n")
    command = [sys.executable, "-c", script, str(path)]
    result = subprocess.run([*NOT_ROOT, *command] if os.geteuid() == 0 else command, capture_output=True,
                            text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "False"]
    path.chmod(0o600)
    assert json.loads(path.read_text()) == GOOD
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


@pytest.mark.skipif(shutil.which("setpriv") is None and os.geteuid() == 0, reason="needs setpriv to drop root")
def test_a_damaged_file_that_cannot_be_moved_is_left_in_place_and_not_written_over(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "settings.json").write_text("{damaged")
    folder.chmod(0o555)  # read-only: the file cannot be renamed
    script = ("import sys; from pathlib import Path; from nps_trainer.settings import Settings, SettingsStore\n"
              "store = SettingsStore(Path(sys.argv[1])); store.load()\n"
              "try:\n    store.save(Settings(last_profile_id=1))\nexcept OSError as exc:\n"
              "    print(type(exc).__name__)\n"
              "print(store.set_aside is None, 'still at' in store.take_notice())\n")
    command = [sys.executable, "-c", script, str(folder / "settings.json")]
    try:
        result = subprocess.run([*NOT_ROOT, *command] if os.geteuid() == 0 else command, capture_output=True,
                                text=True, cwd=REPO, timeout=60)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["SettingsNotSaved", "True", "True"]
    assert [p.name for p in folder.iterdir()] == ["settings.json"]
    assert (folder / "settings.json").read_text() == "{damaged"


@pytest.mark.parametrize("raw", [
    {"database_url": 5}, {"content_dir": 7}, {"content_dir": ["a"]}, {"text_size": ["big"]},
    {"screening_idle_lock_minutes": "ten"}, {"screening_idle_lock_minutes": None}, ["a"],
])
def test_the_app_starts_whatever_kind_of_value_the_file_holds(user_paths: UserPaths, raw: object) -> None:
    user_paths.settings_file.parent.mkdir(parents=True)
    user_paths.settings_file.write_text(json.dumps(raw))
    services = build_services(user_paths)
    try:
        assert services.config.database_source == "default"
        assert services.config.content_source == "default"
        assert services.settings_store.take_notice() is not None
    finally:
        services.close()


def test_a_database_path_from_an_unknown_home_folder_is_refused_with_a_message(user_paths: UserPaths) -> None:
    from nps_trainer.storage.errors import StorageError

    user_paths.settings_file.parent.mkdir(parents=True)
    user_paths.settings_file.write_text(json.dumps({"database_url": "~no-such-user-here/nps.sqlite3"}))
    with pytest.raises(StorageError) as caught:
        build_services(user_paths)
    message = str(caught.value)
    assert "~no-such-user-here/nps.sqlite3" in message and str(user_paths.settings_file) in message


def test_a_content_folder_from_an_unknown_home_folder_does_not_stop_the_app(user_paths: UserPaths) -> None:
    user_paths.settings_file.parent.mkdir(parents=True)
    user_paths.settings_file.write_text(json.dumps({"content_dir": "~no-such-user-here/content"}))
    services = build_services(user_paths)
    try:
        assert services.config.content_dir == Path("~no-such-user-here/content")
    finally:
        services.close()
