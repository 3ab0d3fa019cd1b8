"""Read an application's accessibility tree through AT-SPI, as a Linux screen reader (Orca) reads it, and print
it as JSON. Run with the system's Python, which has Debian's python3-pyatspi:

    /usr/bin/python3 tests/accessibility/atspi_dump.py "APPLICATION NAME" [--focus]

Each node: role, name, description, states, attributes (heading level and others), children; text nodes carry
their text and, for the first lines, what the text interface gives by line and by word (what arrow keys read);
tables carry rows, columns and header cells; links their names. With --focus, only the focused object.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

MAX_DEPTH = 60


def states(accessible) -> list[str]:
    return sorted(pyatspi.stateToString(state) for state in accessible.getState().getStates())


def text_of(accessible) -> dict | None:
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    count = text.characterCount
    whole = text.getText(0, min(count, 4000))
    found = {"text": whole, "length": count}
    if count:
        found["first_line"] = text.getTextAtOffset(0, pyatspi.TEXT_BOUNDARY_LINE_START)[0]
        found["first_word"] = text.getTextAtOffset(0, pyatspi.TEXT_BOUNDARY_WORD_START)[0]
        found["caret"] = text.caretOffset
    return found


def table_of(accessible) -> dict | None:
    try:
        table = accessible.queryTable()
    except NotImplementedError:
        return None
    rows, columns = table.nRows, table.nColumns
    headers = []
    for column in range(columns):
        header = table.getColumnHeader(column)
        headers.append(header.name if header is not None else None)
    cells = []
    for row in range(min(rows, 20)):
        line = []
        for column in range(columns):
            cell = table.getAccessibleAt(row, column)
            line.append(cell.name if cell is not None else None)
        cells.append(line)
    return {"rows": rows, "columns": columns, "column_headers": headers, "cells": cells}


def node(accessible, depth: int = 0) -> dict:
    found = {
        "role": accessible.getRoleName(),
        "name": accessible.name,
        "description": accessible.description,
        "states": states(accessible),
    }
    try:
        attributes = dict(item.split(":", 1) for item in accessible.getAttributes() if ":" in item)
    except Exception:  # an object gone while reading
        attributes = {}
    if attributes:
        found["attributes"] = attributes
    text = text_of(accessible)
    if text is not None:
        found["text"] = text
    table = table_of(accessible)
    if table is not None:
        found["table"] = table
    if depth < MAX_DEPTH:
        found["children"] = [node(child, depth + 1) for child in accessible if child is not None]
    return found


def find_application(name: str, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for application in desktop:
            if application is not None and application.name == name:
                return application
        time.sleep(0.2)
    raise SystemExit(f"application {name!r} not found on the accessibility bus")


def focused(accessible):
    if pyatspi.STATE_FOCUSED in accessible.getState().getStates() and accessible.getRoleName() != "frame":
        return accessible
    for child in accessible:
        if child is None:
            continue
        found = focused(child)
        if found is not None:
            return found
    return None


def main() -> int:
    application = find_application(sys.argv[1])
    if "--focus" in sys.argv:
        target = focused(application)
        print(json.dumps(node(target, MAX_DEPTH) if target is not None else None))
    else:
        print(json.dumps(node(application)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
