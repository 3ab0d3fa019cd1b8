"""The Jinja2 environment for module pages and the size scale derived from the base point size."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from nps_trainer.content.markdown_html import module_url

TEMPLATE_DIR = Path(__file__).with_name("templates")
DEFAULT_BASE_PT = 11.0
MIN_BASE_PT = 6.0
MAX_BASE_PT = 48.0


@dataclass(frozen=True)
class Sizes:
    """Font sizes in points; spacing (``gap``, ``half``, ``gap15``, ``gap2``, ``pad``) in whole pixels."""

    body: float
    h1: float
    h2: float
    h3: float
    lead: float
    small: float
    gap: int
    half: int
    gap15: int
    gap2: int
    pad: int

    @classmethod
    def for_base(cls, base_pt: float) -> Sizes:
        base = min(max(float(base_pt), MIN_BASE_PT), MAX_BASE_PT)

        def r(factor: float) -> float:
            return round(base * factor, 1)

        def px(factor: float) -> int:
            return max(2, round(base * factor))

        return cls(body=r(1), h1=r(1.7), h2=r(1.4), h3=r(1.15), lead=r(1.1), small=r(0.9), gap=px(1.0),
                   half=px(0.6), gap15=px(1.4), gap2=px(2.0), pad=px(0.8))


@dataclass(frozen=True)
class PageColours:
    """The colours of a module page, as CSS colour names. ``PRINT_COLOURS`` (dark on white) is for paper and the
    projected room screen; the reader passes colours taken from the system palette (see ``ui.colours``)."""

    text: str = "#1a1a1a"
    background: str = "#ffffff"
    code_background: str = "#f4f4f4"
    quote: str = "#333333"
    link: str = "#0b57a4"
    header_background: str = "#e9edf2"
    rule: str = "#8a8f96"
    muted: str = "#444444"
    missing: str = "#6b2b2b"
    notice: tuple[str, str] = ("#eef2f7", "#4a6a8a")  # callout (background, border)
    safety: tuple[str, str] = ("#fdecea", "#b3261e")
    key_points: tuple[str, str] = ("#e8f4ea", "#2e7d32")
    practice_tip: tuple[str, str] = ("#fff8e1", "#8a6d00")
    case_example: tuple[str, str] = ("#f3eef8", "#6a4c93")
    warning: tuple[str, str] = ("#fff4e5", "#a15c00")


PRINT_COLOURS = PageColours()


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(enabled_extensions=("j2",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["module_url"] = module_url
    return env
