"""The installed form library: old records open with the version they were filled with, and new screenings use
the newest version.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.screening.library import FormLibrary
from nps_trainer.screening.loader import FormLoadError

FORM = """\
id: {form_id}
version: "{version}"
title: Library form
sections:
  - id: main
    title: Main
    items:
      - {{id: uses, type: yes_no, label: Uses?}}
"""


def install(root: Path, name: str, version: str, form_id: str = "library-form") -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(FORM.format(form_id=form_id, version=version), encoding="utf-8")


def test_every_installed_version_can_be_opened(tmp_path: Path) -> None:
    install(tmp_path, "v1.yaml", "1.9")
    install(tmp_path, "old/v2.yml", "1.10")
    install(tmp_path, "other.yaml", "3", form_id="other-form")
    (tmp_path / "notes.txt").write_text("not a form", encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    library = FormLibrary.load(tmp_path)
    assert sorted(library.forms) == [("library-form", "1.10"), ("library-form", "1.9"), ("other-form", "3")]
    assert library.get("library-form", "1.9").version == "1.9"
    assert library.latest("library-form").version == "1.10"
    assert library.latest("other-form").version == "3"


def test_a_missing_form_or_version_names_what_is_missing(tmp_path: Path) -> None:
    install(tmp_path, "v1.yaml", "1")
    library = FormLibrary.load(tmp_path)
    with pytest.raises(KeyError) as caught:
        library.get("library-form", "2")
    plain = ("The screening form library-form, version 2, is not installed in this copy of the app, so a record "
             "made with it cannot be opened here.")
    assert caught.value.args == (plain,)
    assert str(caught.value) == plain  # read plainly: no quotes around the message (as str() of a KeyError has)
    assert isinstance(caught.value, LookupError)
    with pytest.raises(KeyError) as caught:
        library.latest("nps-screening")
    assert caught.value.args == ("The screening form nps-screening is not installed in this copy of the app.",)
    assert str(caught.value) == "The screening form nps-screening is not installed in this copy of the app."


@pytest.mark.parametrize(
    ("versions", "newest"),
    [(["1.9", "1.10", "1.2"], "1.10"), (["2", "10"], "10"), (["1.0-beta", "1.0"], "1.0"), (["1.0", "1.0.1"], "1.0.1"),
     (["1.b", "1.a"], "1.b")],
)
def test_versions_compare_as_dotted_numbers(tmp_path: Path, versions: list[str], newest: str) -> None:
    for index, version in enumerate(versions):
        install(tmp_path, f"v{index}.yaml", version)
    assert FormLibrary.load(tmp_path).latest("library-form").version == newest


def test_a_broken_form_stops_the_library_loading(tmp_path: Path) -> None:
    install(tmp_path, "v1.yaml", "1")
    (tmp_path / "v2.yaml").write_text("id: library-form\n", encoding="utf-8")
    with pytest.raises(FormLoadError):
        FormLibrary.load(tmp_path)
