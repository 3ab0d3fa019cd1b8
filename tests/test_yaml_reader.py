"""The one YAML reader: every data file is read by `yaml_reader`, with one set of rules."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

import nps_trainer
from nps_trainer.content.content_file import read_content_file
from nps_trainer.content.frontmatter import parse_front_matter
from nps_trainer.quiz.loader import load_quiz_text
from nps_trainer.screening.loader import load_form_text
from nps_trainer.yaml_reader import LList, LMap, YamlFault, field_lines, read_yaml

PACKAGE = Path(nps_trainer.__file__).parent


def test_only_the_reader_parses_yaml() -> None:
    """No other module composes, loads or parses YAML (writing it, as the GIFT-to-YAML export does, is fine)."""
    readers = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "yaml" \
                    and node.attr in {"load", "safe_load", "compose", "parse", "load_all", "safe_load_all",
                                      "compose_all", "SafeLoader", "CSafeLoader", "FullLoader", "Loader"}:
                readers.add(path.relative_to(PACKAGE).as_posix())
    assert readers == {"yaml_reader.py"}


def test_lines_of_mappings_lists_and_fields() -> None:
    document = read_yaml("title: A\nsources:\n  - name: B\n    year: 2021\n  - name: C\n")
    assert document.readable and document.problems == []
    data = document.data
    assert isinstance(data, LMap) and isinstance(data["sources"], LList)
    assert (data.line, data.line_of("sources"), data["sources"].line_of(1)) == (1, 2, 5)
    assert data["sources"][0].line_of("year") == 4
    assert data.line_of("missing") == 1 and data["sources"].line_of(7) == data["sources"].line
    assert field_lines(data) == {("title",): 1, ("sources",): 2, ("sources", 0): 3, ("sources", 0, "name"): 3,
                                 ("sources", 0, "year"): 4, ("sources", 1): 5, ("sources", 1, "name"): 5}


def test_keys_that_are_not_text_become_text() -> None:
    assert read_yaml("yes: 1\n2: b\nnull: c\n").data == {"true": 1, "2": "b", "None": "c"}


@pytest.mark.parametrize(("text", "line", "fault", "reason"), [
    ("a: 1\nb: 2\na: 3\n", 3, YamlFault.DUPLICATE, "duplicate key 'a'"),
    ("a: 1\nb: !foo x\n", 2, YamlFault.BAD_VALUE, "could not determine a constructor for the tag '!foo'"),
    ("a: 1\nb: !foo {c: 1}\n", 2, YamlFault.BAD_VALUE, "could not determine a constructor for the tag '!foo'"),
    ("a: !!set {c: null}\n", 1, YamlFault.BAD_VALUE,
     "could not determine a constructor for the tag 'tag:yaml.org,2002:set'"),
    ("a: 1\n\nb: 2026-02-30\n", 3, YamlFault.BAD_VALUE, "'2026-02-30' is not a real date (day is out of range for "
     "month)"),
    ("a:\n  b: &x [1, *x]\n", 2, YamlFault.ALIAS_LOOP, "a YAML alias ('*name') is used inside the value it names"),
])
def test_a_problem_in_a_value_is_placed_and_the_rest_is_read(text: str, line: int, fault: YamlFault,
                                                             reason: str) -> None:
    document = read_yaml(text)
    assert document.readable
    assert [(p.line, p.fault, p.reason) for p in document.problems] == [(line, fault, reason)]
    assert document.data["a"] is not None or fault is not YamlFault.DUPLICATE


@pytest.mark.parametrize(("text", "line", "fault"), [
    ("a: [1, 2\nb: 3\n", 2, YamlFault.NOT_YAML),
    ("a: 1\nb: \x07\n", 2, YamlFault.NOT_YAML),
    ("a: " + "[" * 70 + "]" * 70 + "\n", 1, YamlFault.LIMIT),
])
def test_text_that_cannot_be_read_is_one_problem_and_no_data(text: str, line: int, fault: YamlFault) -> None:
    document = read_yaml(text)
    assert not document.readable and document.data is None
    assert [(p.line, p.fault) for p in document.problems] == [(line, fault)]


def test_empty_text_is_no_data_and_no_problem() -> None:
    assert read_yaml("").data is None and read_yaml("# only a comment\n").problems == []


# One rule in every reader: a key given twice is an error, placed on the second key's line.
def test_a_duplicate_key_is_an_error_in_every_kind_of_file(tmp_path: Path) -> None:
    module = "---\nid: m\ntitle: A\ntitle: B\n---\nBody\n"
    _, problems = parse_front_matter(module, tmp_path / "m.md")
    assert [(p.line, p.message, p.severity.value) for p in problems] == [(4, "duplicate field 'title'", "error")]

    content = tmp_path / "content.yaml"
    content.write_text("order: [a]\norder: [b]\n", encoding="utf-8")
    _, problems = read_content_file(tmp_path)
    assert [(p.line, p.severity.value) for p in problems] == [(2, "error")]

    quiz = "id: q\ntitle: Q\ntitle: R\n"
    _, problems = load_quiz_text(quiz, tmp_path / "q.yaml")
    assert (3, "duplicate key 'title': give each key once", "error") in [
        (p.line, p.message, p.severity.value) for p in problems]

    form = textwrap.dedent("""\
        id: f
        version: "1"
        title: F
        title: G
        sections: []
        """)
    result = load_form_text(form, tmp_path / "f.yaml")
    assert (4, "duplicate key 'title': give each key once", "error") in [
        (p.line, p.message, p.severity.value) for p in result.problems]
