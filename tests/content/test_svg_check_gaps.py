"""The SVG check reads a <style> whole (however expat splits it at entities, and through CSS escapes and
comments) and refuses a viewBox that cannot size a drawing, with a message that says what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.content.svg_check import css_text, svg_problems

HEAD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">\n'
STYLE_REFUSED = "a <style> in an SVG image may not import or refer to other files"
EXAMPLE = 'for example viewBox="0 0 640 400"'


def _problems(tmp_path: Path, body: str) -> list[tuple[int, str]]:
    svg = tmp_path / "picture.svg"
    svg.write_text(body, encoding="utf-8")
    return [(p.line, p.message) for p in svg_problems(svg)]


@pytest.mark.parametrize("style", [
    '@imp&#111;rt "x.css";',  # split by expat at the character reference
    '@import&#32;"x.css";',
    '@\\69mport "x.css";',  # a CSS escape for 'i'
    "@\\import 'x.css';",
    "@IMPORT 'x.css';",
    "<![CDATA[@im]]><![CDATA[port 'x.css';]]>",
    "rect { fill: u&#114;l(https://example.org/p.svg#g) }",
    "rect { fill: \\75 rl(https://example.org/p.svg#g) }",
    "rect { fill: url(/*x*/https://example.org/p.svg#g) }",
])
def test_a_style_that_imports_or_refers_outside_is_refused_however_it_is_written(tmp_path: Path,
                                                                                 style: str) -> None:
    body = f"{HEAD}<rect width='9' height='9'/>\n<style>\n{style}\n</style>\n</svg>"
    assert _problems(tmp_path, body) == [(3, STYLE_REFUSED)]  # at the <style> element's own line


def test_a_harmless_style_in_pieces_passes(tmp_path: Path) -> None:
    body = f"{HEAD}<style>rect {{ fill: url(#g); }} text {{ font-family: &quot;sans-serif&quot; }}</style></svg>"
    assert _problems(tmp_path, body) == []


def test_css_text_decodes_escapes_and_drops_comments() -> None:
    assert css_text("@\\69mport") == "@import"
    assert css_text("u\\72 l(") == "url("
    assert css_text("@im/* a comment */port") == "@import"
    assert css_text("\\110000x") == "\ufffdx"  # beyond Unicode: the replacement character, never an error


@pytest.mark.parametrize(("view_box", "message"), [
    ("", f"the <svg> element's viewBox is empty: give min-x, min-y, width and height ({EXAMPLE})"),
    ("   ", f"the <svg> element's viewBox is empty: give min-x, min-y, width and height ({EXAMPLE})"),
    ("0 0 0 10", 'the <svg> element\'s viewBox "0 0 0 10" has a width or height of 0 or less, so nothing can be '
                 f"drawn: both must be more than 0 ({EXAMPLE})"),
    ("0 0 10 -5", 'the <svg> element\'s viewBox "0 0 10 -5" has a width or height of 0 or less, so nothing can be '
                  f"drawn: both must be more than 0 ({EXAMPLE})"),
    ("0 0 640", 'the <svg> element\'s viewBox "0 0 640" is not four numbers (min-x, min-y, width and height; '
                f"{EXAMPLE})"),
    ("0 0 wide 400", 'the <svg> element\'s viewBox "0 0 wide 400" is not four numbers (min-x, min-y, width and '
                     f"height; {EXAMPLE})"),
    ("0 0 inf 400", 'the <svg> element\'s viewBox "0 0 inf 400" is not four numbers (min-x, min-y, width and '
                    f"height; {EXAMPLE})"),
])
def test_a_viewbox_that_cannot_size_a_drawing_is_refused(tmp_path: Path, view_box: str, message: str) -> None:
    body = f'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}">\n</svg>'
    assert _problems(tmp_path, body) == [(2, message)]


@pytest.mark.parametrize("view_box", ["0 0 640 400", "0,0,640,400", "-10 -10 20.5 1e2"])
def test_a_good_viewbox_passes(tmp_path: Path, view_box: str) -> None:
    body = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}"></svg>'
    assert _problems(tmp_path, body) == []
