"""Helpers for GUI tests under the offscreen platform."""

from __future__ import annotations

import warnings

from PySide6.QtWidgets import QApplication, QWidget


def show_active(qtbot, widget: QWidget) -> QWidget:
    """Show a top-level widget and make it the active window, so focus and shortcuts behave as on a desktop
    (the offscreen platform never activates windows by itself)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    return widget


def read_and_complete(services, profile_id: int, module_id: str, **reflection) -> int:
    """Read every section of a bundled module, then complete it (completion needs every section read).
    Returns the number of sections."""
    from nps_trainer.content import load_catalogue

    module = load_catalogue(services.config.content_dir / "modules")[module_id]
    anchors = [s.anchor for s in module.sections]
    visit = services.progress.start_visit(profile_id, module.id, module.version)
    for anchor in anchors:
        services.progress.section_viewed(visit, anchor, anchors)
    services.progress.complete(profile_id, module.id, module.version, all_sections=anchors, **reflection)
    return len(anchors)
