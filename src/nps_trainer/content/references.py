"""Rules for link targets and image paths, shared by the validator and the renderer."""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from nps_trainer.content.anchors import slugify
from nps_trainer.content.links import LinkRef, parse_module_link
from nps_trainer.content.model import MODULE_FILE_NAME, image_folder_of
from nps_trainer.content.schema import ID_PATTERN
from nps_trainer.content.svg_check import is_svg, svg_problems
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
        return f"remote or non-file images are not allowed ('{src}'); put the image in the module folder"
    relative = PurePosixPath(unquote(src))
    if relative.is_absolute() or src.startswith("\\"):
        return f"image path '{src}' must be relative to the module folder"
    if ".." in relative.parts:
        return f"image '{src}' must be inside the module folder"
    if module_path.name != MODULE_FILE_NAME:
        stem = module_path.stem
        if len(relative.parts) < 2 or relative.parts[0] != stem:
            return (f"image '{src}' must be in this module's own folder: put it in '{stem}/' beside "
                    f"{module_path.name} and write '{stem}/{relative.name}'")
        if not (module_path.parent / relative).is_file():
            return f"image '{src}' not found in the folder '{stem}/' beside {module_path.name}"
    elif not (module_path.parent / relative).is_file():
        return f"image '{src}' not found in the module folder"
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
                reason = f"image '{link.target}' must be inside the module folder"
            if reason is None and not link.text.strip():
                reason = (f"image '{link.target}' has no alt text: say what it shows, as in "
                          f"![The recovery position, seen from above]({link.target})")
            if reason:
                problems.append(Problem(path, link.line, reason))
            elif resolved is not None and is_svg(resolved):
                problems += svg_problems(resolved, f"'{link.target}' on line {link.line} of {path.name}")
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
                problems.append(Problem(path, link.line, f"module link '{link.target}' must be "
                                        "'module:<id>' or 'module:<id>#<section-anchor>'"))
        elif kind is LinkKind.ANCHOR:
            anchor = link.target[1:]
            if anchor not in anchors:
                problems.append(Problem(path, link.line, f"link '{link.target}' names no section in this "
                                        f"module{_suggest(anchor, anchors)}"))
        elif kind is LinkKind.UNSUPPORTED:
            problems.append(Problem(path, link.line, f"unsupported link '{link.target}' (use https://..., "
                                    "module:<id> or module:<id>#<section-anchor>)"))
        elif link.target.lower().startswith("http://"):
            problems.append(Problem(path, link.line, f"link '{link.target}' uses http://; use https:// "
                                    "where the site supports it", Severity.WARNING))
    return problems


def _suggest(anchor: str, anchors: set[str]) -> str:
    slug = slugify(anchor)
    if slug in anchors and slug != anchor:
        return f" (did you mean '#{slug}'?)"
    return ""
