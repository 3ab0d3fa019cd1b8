"""Guides for an emergency: short, large-type instructions opened from any screen (Qt-free)."""

from .overdose import (
    GUIDE_FILE,
    OverdoseGuide,
    check_guides,
    choose_guide,
    guide_file,
    guide_html,
    load_guide_in,
    load_overdose_guide,
)

__all__ = ["GUIDE_FILE", "OverdoseGuide", "check_guides", "choose_guide", "guide_file", "guide_html", "load_guide_in",
           "load_overdose_guide"]
