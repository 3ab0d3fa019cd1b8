"""The byte-reading check PySide6 is given at start-up answers as PySide6's own does, and keeps no source."""

from __future__ import annotations

import importlib
import linecache
import sys

import pytest

from nps_trainer.ui import pyside_import_check

MODULES = ["nps_trainer.ui.main_window", "nps_trainer.ui.widgets", "nps_trainer.settings", "nps_trainer.clock",
           "json", "sys", "PySide6.QtCore"]


@pytest.fixture
def feature(qapp, monkeypatch):
    module = sys.modules.get("shibokensupport.feature")
    if module is None or not hasattr(module, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no per-module check")
    own = getattr(module._mod_uses_pyside, "original", module._mod_uses_pyside)  # PySide6's, even if swapped
    monkeypatch.setattr(module, "_mod_uses_pyside", own)  # and put back afterwards whatever was there
    return module


def test_the_cheaper_check_answers_as_pysides_own_and_keeps_no_source(feature) -> None:
    own = feature._mod_uses_pyside
    modules = [importlib.import_module(name) for name in MODULES]
    expected = [own(m) for m in modules]
    assert expected[:4] == [True, True, False, False] and expected[4:6] == [False, False]
    assert pyside_import_check.use_cheaper_check()
    cheaper = feature._mod_uses_pyside
    assert cheaper is not own and pyside_import_check.use_cheaper_check()  # a second call changes nothing
    assert feature._mod_uses_pyside is cheaper
    linecache.clearcache()
    assert [cheaper(m) for m in modules] == expected
    assert not any(m.__file__ in linecache.cache for m in modules if getattr(m, "__file__", None))


def test_a_pyside6_without_the_check_is_left_alone(feature, monkeypatch) -> None:
    monkeypatch.delattr(feature, "_mod_uses_pyside")
    assert not pyside_import_check.use_cheaper_check()
    assert not hasattr(feature, "_mod_uses_pyside")
