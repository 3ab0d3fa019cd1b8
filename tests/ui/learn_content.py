"""Small module files for Learn tests that need their own content folder."""

from __future__ import annotations

from pathlib import Path

FRONT = """---
id: {id}
title: {title}
version: "{version}"
summary: {summary}
audience: [probation practitioner]
minutes: {minutes}
objectives:
  - Understand {title_lower}.
prerequisites: []
sources:
  - title: A joint thematic inspection of community-based drug treatment
    publisher: HM Inspectorate of Probation
    year: 2021
    url: https://www.justiceinspectorates.gov.uk/hmiprobation/
reviewed: 2026-06-01
content_warnings: {warnings}
---
"""


def write_module(folder: Path, module_id: str, title: str, sections: dict[str, str], *, version: str = "1.0",
                 minutes: int = 5, warnings: dict[str, str] | None = None) -> Path:
    """Write ``<folder>/modules/<id>.md`` with one ``##`` section per entry of ``sections``."""
    modules = folder / "modules"
    modules.mkdir(parents=True, exist_ok=True)
    warning_yaml = "[]"
    if warnings:
        warning_yaml = "".join(f'\n  - section: "{section}"\n    warning: {text}' for section, text in warnings.items())
    body = "".join(f"\n## {heading}\n\n{text}\n" for heading, text in sections.items())
    path = modules / f"{module_id}.md"
    path.write_text(FRONT.format(id=module_id, title=title, title_lower=title.lower(), version=version,
                                 summary=f"A short module about {title.lower()}.", minutes=minutes,
                                 warnings=warning_yaml) + body, encoding="utf-8")
    return path


def write_small_library(folder: Path, *, version: str = "1.0") -> None:
    """Two good modules (one with a content warning and links) and one broken module."""
    write_module(folder, "alpha", "Alpha basics", {
        "First steps": "Alpha starts here. Read [the beta detail](module:beta#beta-detail) next.",
        "Hard stories": "A difficult account of an overdose.",
        "Wider reading": "See [the inspectorate](https://www.justiceinspectorates.gov.uk/hmiprobation/).",
        "In practice: supervision": "Ask about the zanzibarine effect in supervision.",
    }, version=version, minutes=7, warnings={"Hard stories": "Describes a fatal overdose."})
    write_module(folder, "beta", "Beta follow-up", {
        "Beta intro": "Beta begins.",
        "Beta detail": "The detail lives here.",
    }, minutes=4)
    (folder / "modules" / "gamma.md").write_text("---\nid: gamma\ntitle: Gamma\n---\n\n## Only\n\nText.\n",
                                                 encoding="utf-8")
