"""A form value PyYAML cannot read (a date that does not exist, an unknown tag, a control character) is
reported as ``file:line: message`` instead of stopping the check."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from nps_trainer.screening.checks import load_form, validate_forms
from nps_trainer.screening.loader import FormLoadError
from nps_trainer.validation import has_errors

BASE = textwrap.dedent("""\
    id: tiny
    version: "1"
    title: Tiny form
    sections:
      - id: main
        title: Main
        items:
          - id: uses
            type: yes_no
            label: Uses anything?
    """)

# (replace this, with this, expected message); the problem is on the line of the replacement
BAD_VALUES = [
    ("title: Tiny form", "title: 2024-13-45", "cannot read value: '2024-13-45' is not a real date (month must be "
     "in 1..12)"),
    ("title: Tiny form", "title: 2024-02-30", "cannot read value: '2024-02-30' is not a real date (day is out of "
     "range for month)"),
    ("title: Tiny form", "title: !foo x", "cannot read value: could not determine a constructor for the tag '!foo'"),
    ("title: Tiny form", "title: !!timestamp soon", "cannot read value: 'soon' is not a real date"),
    ("label: Uses anything?", "label: Uses\x07 anything?",
     "not valid YAML: control character U+0007 is not allowed (delete it)"),
    ("    items:", "    extra: &x [*x]\n    items:", "a YAML alias ('*name') is used inside the value it names"),
]


@pytest.mark.parametrize(("old", "new", "message"), BAD_VALUES)
def test_unreadable_value_is_reported_at_its_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in BASE
    text = BASE.replace(old, new, 1)
    path = tmp_path / "form.yaml"
    path.write_text(text, encoding="utf-8")
    line = text[:text.index(new)].count("\n") + 1
    problems = validate_forms(tmp_path)
    assert has_errors(problems)
    assert f"{path}:{line}: {message}" in [str(p) for p in problems]
    with pytest.raises(FormLoadError):
        load_form(path)


def test_the_other_forms_are_still_checked(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(BASE.replace("title: Tiny form", "title: 2024-13-45"), encoding="utf-8")
    (tmp_path / "good.yaml").write_text(BASE.replace("id: tiny", "id: other"), encoding="utf-8")
    problems = validate_forms(tmp_path)
    assert {p.path.name for p in problems} == {"bad.yaml"}
    assert load_form(tmp_path / "good.yaml").id == "other"
