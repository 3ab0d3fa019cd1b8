"""The module reader read as a Linux screen reader reads it: through AT-SPI, on a virtual X display (Xvfb, a D-Bus
session with the AT-SPI bus, openbox), the real app signed in on a temporary SQLite file, the bundled
overdose-response module (issue 13, point 3).

What a screen reader gets: the page title and the section title as headings with their levels; a table with its
rows, columns and column header cells; lists with their items; each paragraph as text it can read by line and by
word, with a caret; a link reached by Tab, named; a picture named by its alt text; a callout as a named note."""

from __future__ import annotations

import re
import select
import subprocess
import time
from pathlib import Path

import pytest

from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir
from tests.accessibility.desktop import accessible_desktop, read_tree, require_desktop, start_app, walk

SCENARIO = Path(__file__).with_name("reader_scenario.py")
APPLICATION = "NPS Trainer reader test"
RECOGNISING = "Recognising an opioid overdose"
RESPONSE = "The response, step by step"


def _wait_ready(process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the app stopped: {process.stderr.read()[-3000:]}")
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready and process.stdout.readline().strip() == "ready":
            return
    raise AssertionError("the app did not show the module in time")


def _stop(process: subprocess.Popen) -> str:
    process.terminate()
    try:
        _out, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return err


def _read(env: dict[str, str], section: str, *flags: str, settle: float = 2.5) -> list[dict]:
    """Every object the app shows on screen (state 'showing'), after it opened ``section``."""
    process = start_app(env, SCENARIO, section, *flags)
    try:
        _wait_ready(process)
        time.sleep(settle)
        tree = read_tree(env, APPLICATION)
    finally:
        _stop(process)
    return [node for node in walk(tree) if "showing" in node["states"]]


@pytest.fixture(scope="module")
def module():
    return load_catalogue(bundled_content_dir() / "modules")["overdose-response"]


@pytest.fixture(scope="module")
def screens(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """The two sections as a screen reader reads them (one desktop, one app run each)."""
    require_desktop()
    tmp_path = tmp_path_factory.mktemp("atspi")
    import os

    home = tmp_path / "home"  # the app's user folders (its SQLite file) for this test only
    saved = {name: os.environ.get(name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                                                     "XDG_CACHE_HOME")}
    for name in saved:
        os.environ[name] = str(home / name.lower())
    try:
        with accessible_desktop(tmp_path) as env:
            return {"recognising": _read(env, RECOGNISING, "--link"), "response": _read(env, RESPONSE)}
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _headings(nodes: list[dict]) -> list[tuple[str, str]]:
    return [(node["attributes"].get("level", ""), node["name"]) for node in nodes
            if node["role"] == "heading" and "attributes" in node]


def test_the_page_title_and_section_title_are_headings_with_levels(screens, module) -> None:
    headings = _headings(screens["recognising"])
    assert ("1", module.title) in headings  # the reader's page title
    assert ("2", RECOGNISING) in headings  # the section's own title, below it


def test_a_table_has_rows_columns_and_column_header_cells(screens) -> None:
    tables = [node for node in screens["recognising"] if node["role"] == "table" and node["name"].startswith("Table")]
    assert len(tables) == 1
    table = tables[0]["table"]
    assert (table["rows"], table["columns"]) == (4, 3)
    assert table["column_headers"] == ["", "Heavily intoxicated", "Possible overdose"]
    assert table["cells"][1][:2] == ["Breathing", "Steady"]
    roles = [child["role"] for child in tables[0]["children"]]
    assert roles.count("table column header") == 3 and roles.count("table cell") == 12


def test_lists_have_their_items(screens) -> None:
    lists = [node for node in screens["recognising"] if node["role"] == "list" and not node["name"]
             and any(child["role"] == "list item" for child in node.get("children", []))]
    items = [child["name"] for node in lists for child in node["children"] if child["role"] == "list item"]
    assert "blue or grey lips and fingertips, and pale skin" in items
    assert len(items) >= 5


def test_paragraphs_read_by_line_and_by_word_with_a_caret(screens) -> None:
    texts = [node for node in screens["recognising"] if "text" in node and node["role"] == "label"
             and node["text"]["length"] > 150]
    assert texts, "no paragraph gives a screen reader its text"
    paragraph = texts[0]["text"]
    assert paragraph["caret"] >= 0
    line = paragraph["first_line"]
    assert line and len(line) < paragraph["length"] and paragraph["text"].startswith(line.rstrip())  # one line
    assert paragraph["first_word"].strip() == re.split(r"\W", paragraph["text"], maxsplit=1)[0]


def test_a_link_is_reached_by_tab_and_named(screens) -> None:
    focused = [node for node in screens["recognising"] if "focused" in node["states"] and "text" in node]
    assert len(focused) == 1
    assert focused[0]["description"] == "Link: naloxone and probation"  # what Tab reached, named
    assert "naloxone and probation" in focused[0]["text"]["text"]


def test_a_picture_is_named_by_its_alt_text(screens, module) -> None:
    section = next(section for section in module.sections if section.title == RESPONSE)
    alt = " ".join(re.search(r"!\[([^\]]+)\]", section.markdown).group(1).split())
    images = [node for node in screens["response"] if node["role"] == "image"]
    assert [node["name"] for node in images] == [alt]


def test_a_callout_is_a_named_note(screens) -> None:
    notes = [node for node in screens["recognising"] if node["role"] == "comment"]
    assert [node["name"] for node in notes] == ["If in doubt, treat it as an overdose"]
