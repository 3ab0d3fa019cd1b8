"""'Suspected overdose: what to do now': read from ``guides/overdose-now.yaml`` in the content folder (the bundled
one when an organisation's folder has none), checked by ``content check``, and laid out as HTML for the screen,
an A4 poster and a pocket card."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import jinja2

from ..validation import Problem, decode_problem
from ..yaml_reader import LList, LMap, read_yaml

GUIDE_FILE = Path("guides") / "overdose-now.yaml"
KEYS = {"title", "first", "steps", "after", "note", "source", "sources", "reviewed"}
MAX_STEPS = 12
MAX_TEXT = 400
Layout = Literal["screen", "poster", "card"]


@dataclass(frozen=True)
class Step:
    heading: str
    text: str


@dataclass(frozen=True)
class OverdoseGuide:
    title: str
    first: str
    steps: tuple[Step, ...]
    after: str
    note: str
    source: str
    sources: tuple[str, ...]
    reviewed: dt.date
    path: Path


def load_overdose_guide(path: Path) -> tuple[OverdoseGuide | None, list[Problem]]:
    """The guide and its problems (``file:line: message``); None when it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(path, 1, f"cannot read the guide: {exc.strerror or exc}")]
    bad = decode_problem(data)
    if bad is not None:
        return None, [Problem(path, *bad)]
    document = read_yaml(data.decode("utf-8"))
    problems = [Problem(path, p.line or 1, p.message) for p in document.problems]
    root = document.data
    if problems or not isinstance(root, LMap):
        return None, problems or [Problem(path, 1, "the guide must be a set of 'field: value' lines")]

    def text(key: str, required: bool = True) -> str:
        value = root.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(path, root.line_of(key), f"'{key}' must be text"))
            return ""
        if len(value) > MAX_TEXT:
            problems.append(Problem(path, root.line_of(key), f"'{key}' is longer than {MAX_TEXT} characters"))
        return " ".join(value.split())

    for key in sorted(set(root) - KEYS):
        expected = ", ".join(sorted(KEYS))
        problems.append(Problem(path, root.line_of(key), f"unknown field '{key}' (expected: {expected})"))
    title, first, after, note, source = text("title"), text("first"), text("after", False), text("note"), text("source")
    if first and "999" not in first:
        problems.append(Problem(path, root.line_of("first"), "'first' must tell the reader to call 999"))
    steps: list[Step] = []
    raw_steps = root.get("steps")
    if not isinstance(raw_steps, LList) or not raw_steps or len(raw_steps) > MAX_STEPS:
        problems.append(Problem(path, root.line_of("steps"), f"'steps' must be a list of 1 to {MAX_STEPS} steps"))
    else:
        for index, step in enumerate(raw_steps):
            line = raw_steps.line_of(index)
            if not isinstance(step, LMap) or not all(isinstance(step.get(k), str) and step.get(k).strip()
                                                     for k in ("heading", "text")):
                problems.append(Problem(path, line, f"step {index + 1} needs a 'heading' and a 'text'"))
                continue
            steps.append(Step(" ".join(step["heading"].split()), " ".join(step["text"].split())))
    sources = root.get("sources")
    if not isinstance(sources, LList) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        problems.append(Problem(path, root.line_of("sources"), "'sources' must list where the steps come from"))
        sources = []
    reviewed = root.get("reviewed")
    if not isinstance(reviewed, dt.date):
        problems.append(Problem(path, root.line_of("reviewed"), "'reviewed' must be a date such as 2026-12-06"))
    if problems:
        return None, problems
    return OverdoseGuide(title, first, tuple(steps), after, note, source, tuple(sources), reviewed, path), []


def check_guides(content_dir: Path) -> list[Problem]:
    """Problems in an organisation's own guide, if it has one (``content check``)."""
    path = content_dir / GUIDE_FILE
    return load_overdose_guide(path)[1] if path.is_file() else []


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def guide_html(guide: OverdoseGuide, layout: Layout = "screen", base_pt: float = 11.0) -> str:
    """The guide as HTML: for the screen (large type), an A4 poster (larger still) or a pocket card (compact)."""
    scale = {"screen": 1.6, "poster": 2.0, "card": 0.85}[layout]
    return _environment().get_template("overdose.html.j2").render(
        guide=guide, layout=layout, body=round(base_pt * scale, 1),
        head=round(base_pt * scale * (1.2 if layout == "card" else 1.5), 1),
        reviewed=f"{guide.reviewed.day} {guide.reviewed:%B %Y}")
