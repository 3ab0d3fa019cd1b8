"""Learning paths as data: the bundled paths.yaml, and a bad one reported by file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.profiles import ROLES
from nps_trainer.quiz import load_quizzes
from nps_trainer.team.paths import PATH_ROLES, load_paths
from tests.test_cli import run

BAD_PATHS = """\
paths:
  - id: first-steps
    title: First steps
    summary: Where to begin.
    roles: [practitioner]
    items:
      - module: what-are-nps
      - module: what-are-nppps
      - quiz: what-are-nps
      - quiz: no-such-quiz
  - id: first-steps
    title: Again
    summary: Same id.
    roles: [boss]
    sumary: misspelt
    items:
      - video: intro
  - id: Bad Id
    title: ""
    summary: Nothing.
    roles: []
    items: []
"""


def _ids(content: Path) -> tuple[set[str], set[str]]:
    catalogue = load_catalogue(content / "modules")
    quizzes, _ = load_quizzes(content / "quizzes", {m.id: {s.anchor for s in m.sections} for m in catalogue})
    return {m.id for m in catalogue}, {q.id for q in quizzes}


def test_the_bundled_paths_load_with_one_for_each_role_and_name_only_bundled_items() -> None:
    content = bundled_content_dir()
    module_ids, quiz_ids = _ids(content)
    paths, problems = load_paths(content, module_ids=module_ids, quiz_ids=quiz_ids)
    assert problems == []
    assert set(PATH_ROLES) == set(ROLES)
    for role in ROLES:
        assert any(role in p.roles for p in paths), f"no path for {role}"
    for path in paths:
        assert path.title and path.summary and path.items
        for item_type, item_id in path.items:
            assert item_id in (module_ids if item_type == "module" else quiz_ids)
    practitioner = next(p for p in paths if p.id == "practitioner-essentials")
    assert practitioner.items[:2] == (("module", "what-are-nps"), ("quiz", "what-are-nps"))  # in order


def test_a_folder_without_paths_yaml_has_no_paths_and_no_problems(tmp_path: Path) -> None:
    assert load_paths(tmp_path) == ([], [])


def test_bad_paths_are_reported_by_line_and_the_good_ones_still_load(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    file = content / "paths.yaml"
    file.write_text(BAD_PATHS, encoding="utf-8")
    paths, problems = load_paths(content, module_ids={"what-are-nps"}, quiz_ids={"what-are-nps"})
    assert paths == []  # the first path names unknown items, the others are broken
    assert f"{file}:8: path 'first-steps' names unknown module 'what-are-nppps'" in problems
    assert f"{file}:10: path 'first-steps' names unknown quiz 'no-such-quiz'" in problems
    assert f"{file}:11: path id 'first-steps' is also used on line 2" not in problems  # the second is broken
    assert any(p.startswith(f"{file}:14: unknown role 'boss'") for p in problems)
    assert f"{file}:15: warning: unknown field 'sumary' in a path (expected id, title, summary, roles, items)" \
        in problems
    assert f"{file}:17: item 1 of path 'first-steps' is a 'video': use module or quiz" in problems
    assert any(p.startswith(f"{file}:18: path id 'Bad Id' must be lower-case") for p in problems)
    assert f"{file}:19: 'title' of path 'Bad Id' must be text" in problems
    assert any(p.startswith(f"{file}:21: 'roles' of path 'Bad Id' must be a list") for p in problems)

    good = BAD_PATHS.split("  - id: first-steps\n    title: Again")[0].replace("what-are-nppps", "what-are-nps")
    file.write_text(good.replace("no-such-quiz", "what-are-nps").replace("      - quiz: what-are-nps\n", "", 1),
                    encoding="utf-8")
    paths, problems = load_paths(content, module_ids={"what-are-nps"}, quiz_ids={"what-are-nps"})
    assert problems == [f"{file}:8: warning: module 'what-are-nps' is listed twice in path 'first-steps'"]
    assert [p.items for p in paths] == [(("module", "what-are-nps"), ("quiz", "what-are-nps"))]


def test_duplicate_ids_and_yaml_errors_name_their_lines(tmp_path: Path) -> None:
    file = tmp_path / "paths.yaml"
    path = "  - id: a\n    title: A\n    summary: S\n    roles: [manager]\n    items:\n      - module: m\n"
    file.write_text("paths:\n" + path + path, encoding="utf-8")
    paths, problems = load_paths(tmp_path)
    assert [p.id for p in paths] == ["a"]
    assert problems == [f"{file}:8: path id 'a' is also used on line 2"]
    file.write_text("paths:\n  - id: a\n   title: [\n", encoding="utf-8")
    assert load_paths(tmp_path)[1][0].startswith(f"{file}:3: file is not valid YAML")
    file.write_text("title: x\n", encoding="utf-8")
    assert set(load_paths(tmp_path)[1]) == {
        f"{file}:1: no 'paths' list: start the file with 'paths:' and list the paths under it",
        f"{file}:1: warning: unknown field 'title' (expected paths)"}


def test_content_check_reports_an_unknown_module_in_paths_yaml_with_its_line(tmp_path: Path) -> None:
    root = tmp_path / "org"
    shutil.copytree(bundled_content_dir(), root)
    file = root / "paths.yaml"
    lines = file.read_text(encoding="utf-8").split("\n")
    line = next(i for i, row in enumerate(lines, start=1) if row.strip() == "- module: talking-about-use")
    lines[line - 1] = lines[line - 1].replace("talking-about-use", "talking-about-uses")
    file.write_text("\n".join(lines), encoding="utf-8")
    (root / "quizzes" / "safeguarding.yaml").unlink()  # a quiz a path names is gone
    result = run("content", "check", str(root))
    assert result.returncode == 1, result.stdout
    assert f"{file}:{line}: path 'practitioner-essentials' names unknown module 'talking-about-uses'" \
        in result.stdout
    assert "names unknown quiz 'safeguarding'" in result.stdout
    assert "error" in result.stdout.splitlines()[-1]


def test_a_paths_file_that_is_not_utf8_is_reported_at_the_line_of_its_first_bad_byte(tmp_path: Path) -> None:
    file = tmp_path / "paths.yaml"
    file.write_bytes("paths:\n  - id: one\n    title: Caf\u00e9\n".encode("latin-1"))
    problem = "file is not UTF-8 text (byte 0xe9 on this line): save it as UTF-8"
    assert load_paths(tmp_path) == ([], [f"{file}:3: {problem}"])
