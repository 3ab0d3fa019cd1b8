"""Rules for link targets and image paths, shared by the validator and the renderer."""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from nps_trainer.content.anchors import slugify
from nps_trainer.content.links import LinkRef, parse_module_link
from nps_trainer.content.model import image_folder_of, is_folder_module, module_stem
from nps_trainer.content.schema import ID_PATTERN
from nps_trainer.content.svg_check import is_svg, svg_problems
from nps_trainer.i18n import tr
from nps_trainer.validation import Problem, Severity

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


class LinkKind(Enum):
    MODULE = "module"
    EXTERNAL = "external"  # http(s); the app asks before opening
    MAIL = "mail"
    ANCHOR = "anchor"  # #section in the same module
    UNSUPPORTED = "unsupported"


def classify_link(target: str) -> LinkKind:
    if target.startswith("#"):
        return LinkKind.ANCHOR
    match = _SCHEME.match(target)
    scheme = match.group(1).lower() if match else ""
    if scheme == "module":
        return LinkKind.MODULE
    if scheme in ("http", "https") and "//" in target:
        return LinkKind.EXTERNAL
    if scheme == "mailto":
        return LinkKind.MAIL
    return LinkKind.UNSUPPORTED


def image_problem(module_path: Path, src: str) -> str | None:
    """Why ``src`` may not be shown as an image of the module at ``module_path``; None if it may.

    Images come only from the module's image folder (:func:`image_folder_of`): beside ``module.md`` in a folder
    module, and in ``<id>/`` beside a one-file module ``<id>.md`` (written ``<id>/picture.svg``).
    """
    if _SCHEME.match(src) or src.startswith("//"):
        return tr("remote or non-file images are not allowed ('{image}'); put the image in the module folder").format(
            image=src)
    relative = PurePosixPath(unquote(src))
    if relative.is_absolute() or src.startswith("\\"):
        return tr("image path '{image}' must be relative to the module folder").format(image=src)
    if ".." in relative.parts:
        return tr("image '{image}' must be inside the module folder").format(image=src)
    if not is_folder_module(module_path):
        stem = module_stem(module_path)
        if len(relative.parts) < 2 or relative.parts[0] != stem:
            return tr("image '{image}' must be in this module's own folder: put it in '{folder}/' beside "
                      "{file} and write '{folder}/{name}'").format(
                image=src, folder=stem, file=module_path.name, name=relative.name)
        if not (module_path.parent / relative).is_file():
            return tr("image '{image}' not found in the folder '{folder}/' beside {file}").format(
                image=src, folder=stem, file=module_path.name)
    elif not (module_path.parent / relative).is_file():
        return tr("image '{image}' not found in the module folder").format(image=src)
    return None


def resolve_image(module_path: Path, src: str) -> Path | None:
    """Absolute path of an allowed, existing image, or None."""
    if image_problem(module_path, src) is not None:
        return None
    folder = image_folder_of(module_path).resolve()
    resolved = (module_path.parent / PurePosixPath(unquote(src))).resolve()
    return resolved if resolved.is_relative_to(folder) else None


def check_images(path: Path, links: list[LinkRef]) -> list[Problem]:
    """Each image must be an allowed, existing file with alt text; an SVG must also be one the app will draw."""
    problems: list[Problem] = []
    for link in links:
        if link.is_image:
            reason = image_problem(path, link.target)
            resolved = resolve_image(path, link.target) if reason is None else None
            if reason is None and resolved is None:
                reason = tr("image '{image}' must be inside the module folder").format(image=link.target)
            if reason is None and not link.text.strip():
                reason = tr("image '{image}' has no alt text: say what it shows, as in "
                            "![The recovery position, seen from above]({image})").format(image=link.target)
            if reason:
                problems.append(Problem(path, link.line, reason))
            elif resolved is not None and is_svg(resolved):
                problems += svg_problems(resolved, tr("'{image}' on line {line} of {file}").format(
                    image=link.target, line=link.line, file=path.name))
    return problems


def check_local_links(path: Path, links: list[LinkRef], anchors: set[str]) -> list[Problem]:
    """Link syntax and same-module anchors; links to other modules are checked across the catalogue."""
    problems: list[Problem] = []
    for link in links:
        if link.is_image:
            continue
        kind = classify_link(link.target)
        if kind is LinkKind.MODULE:
            parsed = parse_module_link(link.target)
            if parsed is None or not ID_PATTERN.match(parsed[0]):
                problems.append(Problem(path, link.line, tr("module link '{link}' must be "
                                                            "'module:<id>' or 'module:<id>#<section-anchor>'").format(
                    link=link.target)))
        elif kind is LinkKind.ANCHOR:
            anchor = link.target[1:]
            if anchor not in anchors:
                problems.append(Problem(path, link.line, tr("link '{link}' names no section in this module").format(
                    link=link.target) + _suggest(anchor, anchors)))
        elif kind is LinkKind.UNSUPPORTED:
            problems.append(Problem(path, link.line, tr("unsupported link '{link}' (use https://..., "
                                                        "module:<id> or module:<id>#<section-anchor>)").format(
                link=link.target)))
        elif link.target.lower().startswith("http://"):
            problems.append(Problem(path, link.line, tr("link '{link}' uses http://; use https:// "
                                                        "where the site supports it").format(link=link.target),
                                    Severity.WARNING))
    return problems


def _suggest(anchor: str, anchors: set[str]) -> str:
    slug = slugify(anchor)
    if slug in anchors and slug != anchor:
        return " " + tr("(did you mean '#{anchor}'?)").format(anchor=slug)
    return ""
