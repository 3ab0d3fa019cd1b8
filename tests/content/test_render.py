"""Rendering: callouts, tables, links, images, content warnings, sizes, and sanitising."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nps_trainer.content.catalogue import Catalogue
from nps_trainer.content.loader import read_module_file
from nps_trainer.content.render import render_about, render_module, render_overview, render_section
from tests.content.support import FIXTURES, TODAY


def test_callouts_have_kind_class_and_title(good_catalogue: Catalogue) -> None:
    html = render_module(good_catalogue["basics"])
    assert '<div class="callout callout-notice">' in html
    assert re.search(r'<p class="callout-title">Notice</p>\s*<p>Training, not clinical advice', html)
    assert '<div class="callout callout-key-points">' in html
    assert '<p class="callout-title">Remember this</p>' in html
    assert '<p class="callout-title">Call 999 first</p>' in html  # author's title replaces the default
    assert '<p class="callout-title">Practice tip</p>' in html
    assert "<li>Give naloxone.</li>" in html
    assert ":::" not in html


def test_table_has_border_for_qtextbrowser(good_catalogue: Catalogue) -> None:
    html = render_section(good_catalogue["basics"], 1)
    assert '<table border="1" cellpadding="4" cellspacing="0" width="100%">' in html
    assert '<th align="left">Sign</th>' in html
    assert '<td align="right">Low oxygen</td>' in html


def test_links(good_catalogue: Catalogue) -> None:
    html = render_section(good_catalogue["basics"], 1)
    assert '<a class="module-link" href="nps-module://pictures#the-diagram">the pictures module</a>' in html
    assert ('<a class="external" href="https://www.gov.uk/guidance" title="Opens outside NPS Trainer">'
            "official guidance</a>") in html
    assert '<a class="module-link" href="nps-module://basics#in-practice-supervision">later</a>' in html
    html = render_section(good_catalogue["pictures"], 1)
    assert '<a class="module-link" href="nps-module://basics">the basics</a>' in html


def test_headings_have_anchors(good_catalogue: Catalogue) -> None:
    html = render_module(good_catalogue["basics"])
    assert '<h2 id="why-it-matters"><a name="why-it-matters"></a>Why it matters</h2>' in html
    assert '<h2 id="in-practice-supervision-2">' in html
    assert '<h3 id="a-smaller-heading">A smaller heading</h3>' in html


def test_image_becomes_file_url_inside_module_folder(good_catalogue: Catalogue) -> None:
    module = good_catalogue["pictures"]
    html = render_section(module, 1)
    url = (module.folder / "diagram.gif").resolve().as_uri()
    assert f'<img alt="Recovery position" src="{url}">' in html


def test_content_warning_before_its_section(good_catalogue: Catalogue) -> None:
    module = good_catalogue["basics"]
    html = render_section(module, 2)
    warning = html.index("<b>Content warning:</b> Describes a fatal overdose.")
    assert html.index("Case example: Dan&#39;s release</h2>") < warning < html.index("Dan was released")
    assert "Content warning" not in render_section(module, 1)


def test_base_point_size_sets_font_sizes(good_catalogue: Catalogue) -> None:
    module = good_catalogue["basics"]
    assert "body { font-size: 11.0pt;" in render_section(module, 0)
    big = render_section(module, 0, base_pt=16)
    assert "body { font-size: 16.0pt;" in big
    assert "h1 { font-size: 27.2pt;" in big
    assert "body { font-size: 48.0pt;" in render_section(module, 0, base_pt=200)  # clamped


def test_one_inlined_stylesheet(good_catalogue: Catalogue) -> None:
    html = render_module(good_catalogue["basics"])
    assert html.count("<style") == 1
    assert "<link" not in html
    assert html.startswith("<!DOCTYPE html>")


def test_about_block(good_catalogue: Catalogue) -> None:
    module = good_catalogue["basics"]
    html = render_about(module)
    assert "Version 1.2. Content last reviewed on 1 June 2026." in html
    assert ('<a class="external" title="Opens outside NPS Trainer" '
            'href="https://www.justiceinspectorates.gov.uk/hmiprobation/">') in html
    assert "<i>Naloxone guidance</i>.\nA. Writer, 2019." in html
    assert "About this module" in render_module(module)


def test_overview_and_prerequisite_titles(good_catalogue: Catalogue) -> None:
    module = good_catalogue["advanced"]
    html = render_overview(module, catalogue=good_catalogue)
    assert '<a class="module-link" href="nps-module://basics">Basics of the format</a>' in html
    assert ('<a class="module-link" href="nps-module://advanced#putting-it-together">'
            "Putting it together</a>") in html
    assert "<li>Bring the other modules together.</li>" in html
    assert 'href="nps-module://basics">basics</a>' in render_module(module)  # no catalogue: ids


@pytest.fixture(scope="module")
def unsafe_html() -> str:
    file = read_module_file(FIXTURES / "unsafe" / "unsafe.md", TODAY)
    assert file.module is not None
    return render_module(file.module)


@pytest.mark.parametrize("forbidden", [
    "<script", "alert(", "onerror", "onclick", "style=\"color", "<iframe", "evil.example", "javascript:",
])
def test_sanitising_removes(unsafe_html: str, forbidden: str) -> None:
    assert forbidden not in unsafe_html


def test_sanitising_keeps_text(unsafe_html: str) -> None:
    assert "<p>Styled paragraph</p>" in unsafe_html
    assert '<span class="image-missing">[Image not shown: Tracker]</span>' in unsafe_html
    assert "<span>Click me</span>" in unsafe_html
    assert "<img" not in unsafe_html


def test_images_outside_folder_are_not_shown(copy_good: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.gif"
    secret.write_bytes((copy_good / "pictures" / "diagram.gif").read_bytes())
    path = copy_good / "pictures" / "module.md"
    path.write_text(path.read_text(encoding="utf-8").replace("(diagram.gif)", "(../../secret.gif)"),
                    encoding="utf-8")
    module = read_module_file(path, TODAY).module
    assert module is not None
    html = render_section(module, 1)
    assert "secret.gif" not in html
    assert "[Image not shown: Recovery position]" in html


def test_raw_html_images_are_removed_however_their_path_is_written(copy_good: Path, tmp_path: Path) -> None:
    """A raw <img> whose file: URL climbs out of the module folder (%2e%2e, ..) or stays inside it: removed, as
    the checker's warning says; Markdown images inside the folder still show."""
    secret = tmp_path / "secret.gif"
    secret.write_bytes((copy_good / "pictures" / "diagram.gif").read_bytes())
    folder = (copy_good / "pictures").resolve()
    climbs = [f"{folder.as_uri()}/%2e%2e/%2e%2e/secret.gif", f"{folder.as_uri()}/../../secret.gif",
              secret.as_uri(), f"{folder.as_uri()}/diagram.gif"]
    path = copy_good / "pictures" / "module.md"
    raw = "".join(f'\n\n<img src="{src}" alt="raw {n}">' for n, src in enumerate(climbs))
    path.write_text(path.read_text(encoding="utf-8") + raw, encoding="utf-8")
    result = read_module_file(path, TODAY)
    assert any("raw HTML <img> is not allowed and is removed" in p.message for p in result.problems)
    html = render_section(result.module, len(result.module.sections) - 1)
    assert "secret.gif" not in html and "raw " not in html.split("<body")[-1].replace("raw HTML", "")
    assert html.count("<img") == 0 or all("diagram.gif" in tag for tag in html.split("<img")[1:])
    shown = render_section(result.module, 1)
    assert f'src="{folder.as_uri()}/diagram.gif"' in shown  # the Markdown image


def test_local_image_accepts_only_existing_files_inside_the_folder(copy_good: Path, tmp_path: Path) -> None:
    from nps_trainer.content.sanitise import local_image

    folder = copy_good / "pictures"
    inside = (folder / "diagram.gif").resolve().as_uri()
    assert local_image(inside, folder) == inside
    assert local_image(f"{folder.resolve().as_uri()}/%2e%2e/module.md", folder) is None
    assert local_image(f"{folder.resolve().as_uri()}/missing.gif", folder) is None
    assert local_image("file://evil-host/share/x.gif", folder) is None
    assert local_image("https://example.org/x.gif", folder) is None
    link = folder / "link.gif"
    link.symlink_to(tmp_path)
    assert local_image(link.as_uri(), folder) is None


def test_an_image_without_alt_text_is_an_error_at_its_line(copy_good: Path) -> None:
    """A screen reader says nothing for a picture without alt text: content check says where it is."""
    path = copy_good / "pictures" / "module.md"
    text = path.read_text(encoding="utf-8")
    alt = re.search(r"!\[([^\]]+)\]\(diagram\.gif\)", text)
    assert alt is not None
    path.write_text(text.replace(alt.group(0), "![](diagram.gif)"), encoding="utf-8")
    line = text[:alt.start()].count("\n") + 1
    problems = read_module_file(path, TODAY).problems
    assert [(p.line, p.message) for p in problems if "alt text" in p.message] == [
        (line, "image 'diagram.gif' has no alt text: say what it shows, as in "
               "![The recovery position, seen from above](diagram.gif)")]
    path.write_text(text.replace(alt.group(0), "![  ](diagram.gif)"), encoding="utf-8")  # blank counts as none
    assert any("alt text" in p.message for p in read_module_file(path, TODAY).problems)
