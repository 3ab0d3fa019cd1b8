"""Images in modules: a one-file module's own image folder, missing files, missing alt text, and SVGs that are
malformed or could run code or read other files (each reported as file:line). Also checks the bundled diagrams."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nps_trainer.content.loader import read_module_file
from nps_trainer.content.render import render_section
from nps_trainer.content.svg_check import svg_problems
from nps_trainer.content.validator import format_problems, validate_modules
from nps_trainer.paths import bundled_content_dir
from tests.content.support import TODAY

GOOD_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">\n'
            '  <rect x="10" y="10" width="180" height="80" fill="#1d4f91"/>\n'
            '  <text x="20" y="60" font-family="sans-serif" font-size="20" fill="#ffffff">Call 999</text>\n'
            '</svg>\n')


def _add_image(module: Path, markdown: str) -> int:
    """Append ``markdown`` as its own paragraph at the end of ``module``; return its line number."""
    text = module.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    module.write_text(text + markdown + "\n", encoding="utf-8")
    return text.count("\n") + 1


def _messages(module: Path) -> list[tuple[Path, int, str]]:
    return [(p.path, p.line, p.message) for p in read_module_file(module, TODAY).problems]


def test_a_one_file_module_shows_images_from_its_own_folder(copy_good: Path) -> None:
    (copy_good / "basics").mkdir()
    (copy_good / "basics" / "chart.svg").write_text(GOOD_SVG, encoding="utf-8")
    module_path = copy_good / "basics.md"
    _add_image(module_path, "![A blue box saying Call 999](basics/chart.svg)")
    result = read_module_file(module_path, TODAY)
    assert [p for p in result.problems if "image" in p.message.lower()] == []
    module = result.module
    assert module is not None and module.image_folder == copy_good / "basics"
    html = render_section(module, len(module.sections) - 1)
    url = (copy_good / "basics" / "chart.svg").resolve().as_uri()
    assert f'<img alt="A blue box saying Call 999" src="{url}">' in html


def test_a_missing_image_file_is_an_error_at_its_line(copy_good: Path) -> None:
    (copy_good / "basics").mkdir()
    module = copy_good / "basics.md"
    line = _add_image(module, "![A chart of overdose risk](basics/missing.svg)")
    assert (module, line, "image 'basics/missing.svg' not found in the folder 'basics/' beside basics.md") \
        in _messages(module)
    problems = validate_modules(copy_good, TODAY)
    assert f"{module}:{line}: image 'basics/missing.svg' not found" in format_problems(problems)


def test_an_image_outside_the_modules_own_folder_is_an_error(copy_good: Path) -> None:
    (copy_good / "chart.svg").write_text(GOOD_SVG, encoding="utf-8")
    (copy_good / "basics").mkdir()
    module = copy_good / "basics.md"
    beside = _add_image(module, "![A chart](chart.svg)")
    climbing = _add_image(module, "![A chart](basics/../chart.svg)")
    found = _messages(module)
    assert (module, beside, "image 'chart.svg' must be in this module's own folder: put it in 'basics/' beside "
                            "basics.md and write 'basics/chart.svg'") in found
    assert (module, climbing, "image 'basics/../chart.svg' must be inside the module folder") in found


def test_an_image_without_alt_text_is_an_error(copy_good: Path) -> None:
    (copy_good / "basics").mkdir()
    (copy_good / "basics" / "chart.svg").write_text(GOOD_SVG, encoding="utf-8")
    module = copy_good / "basics.md"
    line = _add_image(module, "![](basics/chart.svg)")
    assert (module, line, "image 'basics/chart.svg' has no alt text: say what it shows, as in "
                          "![The recovery position, seen from above](basics/chart.svg)") in _messages(module)


def test_a_malformed_svg_is_reported_at_its_own_file_and_line(copy_good: Path) -> None:
    (copy_good / "basics").mkdir()
    svg = copy_good / "basics" / "chart.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">\n'
                   '  <g>\n'
                   '    <rect x="1" y="1" width="10" height="10"/>\n'
                   '  </svg>\n', encoding="utf-8")
    module = copy_good / "basics.md"
    line = _add_image(module, "![A chart of overdose risk](basics/chart.svg)")
    expected = (f"{svg}:4: SVG image is not well-formed XML: mismatched tag (column 5) (image 'basics/chart.svg' "
                f"on line {line} of basics.md)")
    assert expected in format_problems(validate_modules(copy_good, TODAY)).splitlines()
    assert not read_module_file(module, TODAY).available  # like a missing image: fix it before it is shown


@pytest.mark.parametrize(("body", "line", "message"), [
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">\n<script>alert(1)</script>\n</svg>', 2,
     "<script> is not allowed in an SVG image (it runs code or reads another file)"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">\n<rect width="9" height="9"\n onload="x()"/>\n'
     '</svg>', 2, "the event handler 'onload' is not allowed in an SVG image"),  # the element's line
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9">\n'
     '<use xlink:href="file:///etc/passwd#x"/>\n</svg>', 2,
     "'file:///etc/passwd#x' is outside this image: an SVG image may only refer to its own parts ('#id')"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">\n<rect width="9" height="9"\n'
     ' fill="url(https://example.org/p.svg#g)"/>\n</svg>', 2, "'fill' refers outside this image: use url(#id) only"),
    ('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n<svg xmlns="http://www.w3.org/2000/svg"/>', 2,
     "an SVG image may not have a DOCTYPE (remove the '<!DOCTYPE ...>' line)"),
    ('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">\n</svg>', 1,
     'the <svg> element needs a viewBox (for example viewBox="0 0 640 400") so that it can be drawn at any size'),
    ('<html>\n</html>', 1, 'this is not an SVG image: its first element is <html>, not '
                          '<svg xmlns="http://www.w3.org/2000/svg">'),
    ('', 1, "SVG image is not well-formed XML: no element found (column 1)"),
])
def test_svgs_that_could_harm_or_not_draw_are_refused(tmp_path: Path, body: str, line: int, message: str) -> None:
    svg = tmp_path / "picture.svg"
    svg.write_text(body, encoding="utf-8")
    assert [(p.path, p.line, p.message) for p in svg_problems(svg)] == [(svg, line, message)]


# -- the bundled diagrams ---------------------------------------------------------------------------------------
MODULES = bundled_content_dir() / "modules"
DIAGRAMS = sorted(MODULES.glob("*/*.svg"))
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def test_the_bundled_diagrams_are_there() -> None:
    names = {f"{path.parent.name}/{path.name}" for path in DIAGRAMS}
    assert {"overdose-response/recovery-position.svg", "overdose-response/overdose-response-steps.svg",
            "naloxone-probation/naloxone-kits.svg", "safeguarding/three-part-test.svg",
            "treatment-pathways/court-to-recovery.svg",
            "recovery-resettlement/first-weeks-after-release.svg"} <= names


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_each_bundled_diagram_is_safe_shown_described_and_captioned(svg: Path) -> None:
    assert svg_problems(svg) == []
    text = svg.read_text(encoding="utf-8")
    assert "<title" in text and "<desc" in text  # named and described inside the file too
    assert re.search(r'font-family="(?:sans-serif|serif|monospace)"', text)  # generic families only
    module = svg.parent.with_suffix(".md")
    if not module.is_file():
        module = svg.parent / "module.md"
    body = module.read_text(encoding="utf-8")
    uses = [match for match in IMAGE.finditer(body) if match.group(2).endswith(f"/{svg.name}")
            or match.group(2) == svg.name]
    assert len(uses) == 1, f"{svg.name} should be shown once in {module.name}"
    alt = uses[0].group(1)
    assert len(alt.split()) >= 8, "alt text should say what the diagram shows"
    after = body[uses[0].end():].lstrip("\n").splitlines()[0]
    assert re.match(r"\*Figure \d+\. .+\*$", after), f"a visible caption should follow {svg.name}"
