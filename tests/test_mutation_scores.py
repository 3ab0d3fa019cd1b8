"""benchmarks/mutation_scores.py: a survivor listed as equivalent counts as such only for the change it was triaged
for (mutmut renumbers a function's mutants when the function changes). Runs on a small made-up mutmut tree."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

ORIGINAL = '''
def x_total__mutmut_orig(items):
    count = 0
    for item in items:
        count += item
    return count

def x_total__mutmut_1(items):
    count = 1
    for item in items:
        count += item
    return count

def x_total__mutmut_2(items):
    count = 0
    for item in items:
        count = item
    return count
'''


@pytest.fixture
def scores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The module, pointed at a made-up tree: one source file, its mutated copy with two mutants, an empty list."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        module = importlib.import_module("mutation_scores")
    finally:
        sys.path.remove(str(BENCHMARKS))
    (tmp_path / "src" / "nps_trainer" / "demo").mkdir(parents=True)
    (tmp_path / "src" / "nps_trainer" / "demo" / "sums.py").write_text("def total(items): ...\n")
    (tmp_path / "pyproject.toml").write_text("[tool.mutmut]\n")
    mutated = tmp_path / "mutants" / "src" / "nps_trainer" / "demo"
    mutated.mkdir(parents=True)
    (mutated / "sums.py").write_text(ORIGINAL)
    (tmp_path / "benchmarks" / "mutation_equivalent").mkdir(parents=True)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "EQUIVALENT_DIR", tmp_path / "benchmarks" / "mutation_equivalent")
    module._functions.cache_clear()
    module._not_mutated.cache_clear()
    return module


def _results(tmp_path: Path, codes: dict[str, int | None]) -> None:
    meta = tmp_path / "mutants" / "src" / "nps_trainer" / "demo" / "sums.py.meta"
    meta.write_text(json.dumps({"exit_code_by_key": codes}))


def _listed(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "benchmarks" / "mutation_equivalent" / "demo.txt"
    path.write_text(text)
    return path


def test_a_mutant_s_change_is_the_lines_it_removes_and_adds(scores) -> None:
    assert scores.change("nps_trainer.demo.sums.x_total__mutmut_1") == ("- count = 0", "+ count = 1")
    assert scores.change("nps_trainer.demo.sums.x_total__mutmut_2") == ("- count += item", "+ count = item")
    assert scores.change("nps_trainer.demo.sums.x_total__mutmut_3") is None
    first, second = (scores.fingerprint(f"nps_trainer.demo.sums.x_total__mutmut_{n}") for n in (1, 2))
    assert len(first) == 12 and first != second


def test_a_listed_survivor_counts_only_with_the_fingerprint_of_its_change_now(
    scores, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "nps_trainer.demo.sums.x_total__mutmut_2"
    _results(tmp_path, {"nps_trainer.demo.sums.x_total__mutmut_1": 1, name: 0})
    listed = _listed(tmp_path, f"{name}  # the count is only ever one item long\n")
    scores.main()
    assert "demo                       2       1       0        1" in capsys.readouterr().out  # never stamped

    assert scores.stamp([name]) == 0
    assert listed.read_text() == f"{name} @{scores.fingerprint(name)}  # the count is only ever one item long\n"
    scores.main()
    assert "demo                       2       1       1        0" in capsys.readouterr().out

    # The function changes and mutmut renumbers: the same name is now another change, and no longer counts.
    (tmp_path / "mutants" / "src" / "nps_trainer" / "demo" / "sums.py").write_text(
        ORIGINAL.replace("count = item", "count -= item"))
    scores._functions.cache_clear()
    scores.main()
    output = capsys.readouterr().out
    assert "demo                       2       1       0        1" in output and "see --stale" in output
    scores.review(only_stale=True)
    assert capsys.readouterr().out.splitlines()[:3] == [
        f"== {name}  [stale; result 0]", "- count += item", "+ count -= item"]


def test_a_listed_mutant_not_yet_run_counts_as_not_run(scores, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    name = "nps_trainer.demo.sums.x_total__mutmut_2"
    _results(tmp_path, {"nps_trainer.demo.sums.x_total__mutmut_1": 1, name: None})
    _listed(tmp_path, f"{name} @{scores.fingerprint(name)}  # why\n")
    scores.main()
    assert "demo                       2       1       0        0        0       1" in capsys.readouterr().out
