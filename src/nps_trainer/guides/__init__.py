"""Guides for an emergency: short, large-type instructions opened from any screen (Qt-free)."""

from .overdose import GUIDE_FILE, OverdoseGuide, check_guides, guide_html, load_overdose_guide

__all__ = ["GUIDE_FILE", "OverdoseGuide", "check_guides", "guide_html", "load_overdose_guide"]
