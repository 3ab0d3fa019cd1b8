"""Which language a run uses: --language, then Settings, then the system's, then English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nps_trainer.__main__ import language_for_run
from nps_trainer.i18n.choice import choose, system_language
from nps_trainer.i18n.command_line import language_argument
from nps_trainer.settings import Settings, SettingsStore, peek_language

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch):
    def set_locale(**values: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return set_locale


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "cy_GB.UTF-8"}, "cy"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANGUAGE": "cy:en_GB", "LANG": "en_GB.UTF-8"}, "cy"),
    ({"LC_ALL": "C", "LANG": "cy_GB.UTF-8"}, "cy"),  # "C" names no language: the next one decides
    ({"LC_MESSAGES": "cy_GB@euro"}, "cy"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # neither of ours: English
    ({}, "en"),
])
def test_the_system_language(system, variables: dict[str, str], expected: str) -> None:
    system(**variables)
    assert system_language() == expected


def test_the_command_line_then_settings_then_the_system(system) -> None:
    system(LANG="cy_GB.UTF-8")
    assert choose("en", "cy") == "en"
    assert choose(None, "en") == "en"
    assert choose(None, "") == "cy"
    assert choose(None, None) == "cy"


@pytest.mark.parametrize(("argv", "expected"), [
    (["--language", "cy", "content", "check"], "cy"),
    (["content", "check", "--language=en"], "en"),
    (["--language", "fr"], None),  # argparse reports the bad choice
    (["--language"], None),
    (["--", "--language", "cy"], None),
    ([], None),
])
def test_language_argument(argv: list[str], expected: str | None) -> None:
    assert language_argument(argv) == expected


def test_the_setting_is_saved_and_peeked_without_side_effects(user_paths, system) -> None:
    system(LANG="en_GB.UTF-8")
    store = SettingsStore(user_paths.settings_file)
    settings = Settings()
    settings.language = "cy"
    store.save(settings)
    assert SettingsStore(user_paths.settings_file).load().language == "cy"
    assert peek_language(user_paths.settings_file) == "cy"
    assert language_for_run(["content", "check"]) == "cy"
    assert language_for_run(["--language", "en", "content", "check"]) == "en"


def test_a_damaged_or_odd_settings_file_is_left_for_the_load_to_report(user_paths: object, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert peek_language(path) == ""  # no file
    path.write_text("{not json", encoding="utf-8")
    assert peek_language(path) == ""
    assert path.read_text(encoding="utf-8") == "{not json"  # not set aside by the peek
    path.write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    assert peek_language(path) == ""
    store = SettingsStore(path)
    assert store.load().language == ""
    assert store.unusable == ["language"]


def test_the_system_language_comes_from_the_environment_alone() -> None:
    """A start does without the locale module (about 1 ms), whatever the environment names: until Qt sets the C
    library's locale from the environment, the library's own answer is "C", which names no language."""
    import os
    import subprocess
    import sys

    child = ("import sys; from nps_trainer.i18n.choice import system_language; "
             "print(system_language(), 'locale' in sys.modules)")
    clean = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    for environment, language in (({"LANG": "cy_GB.UTF-8"}, "cy"), ({"LANG": "C.UTF-8"}, "en"), ({}, "en")):
        run = subprocess.run([sys.executable, "-c", child], env={**clean, **environment}, capture_output=True,
                             text=True, check=True)
        assert run.stdout.split() == [language, "False"], environment
    asked = subprocess.run([sys.executable, "-c", "import locale; print(locale.getlocale(locale.LC_MESSAGES))"],
                           env={**clean, "LANG": "cy_GB.UTF-8"}, capture_output=True, text=True, check=True)
    assert asked.stdout.strip() == "(None, None)"  # what asking the locale module would have added: nothing
