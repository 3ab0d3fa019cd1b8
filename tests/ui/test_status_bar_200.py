"""The status bar at the largest text size in a 1366×768 window (issue 13): 'Signed in as …' and the learning
records line share the bar without either being cut or drawn over the other; each keeps its whole text for a
screen reader and in its tooltip."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QApplication

from nps_trainer.ui.main_window import MainWindow
from tests.team.helpers import make_manager, make_person, sign_in
from tests.ui.helpers import read_and_complete, show_active
from tests.ui.test_text_200 import WINDOW, _largest, _settle, clipped


def test_signed_in_as_and_learning_records_fit_the_bar_at_200_percent(qtbot, fast_services,
                                                                       shown_messages) -> None:
    services = fast_services
    boss = make_manager(services)
    person = make_person(services, "Gwenllian Angharad Llewellyn-Prichard", "facilitator", acting=boss)
    for module in ("overdose-response", "what-are-nps"):
        read_and_complete(services, person.id, module)
    _largest(services)
    window = MainWindow(services)
    window.resize(*WINDOW)
    show_active(qtbot, window)
    window.use_profile(sign_in(services, person))
    _settle(qtbot)
    records = window.learning_records.label
    records.refresh()
    _settle(qtbot)
    profile = window.profile_label
    assert records.isVisible() and "Learning records:" in records.text(), records.text()
    assert profile.isVisible() and "Signed in as" in profile.text()
    bar = window.statusBar()
    assert window.width() <= WINDOW[0]

    problems = clipped(bar)
    assert not problems, problems
    shown = [w for w in (window.overdose_button, records, profile) if w.isVisible()]
    for first, second in pairwise(shown):
        left, right = first.geometry(), second.geometry()
        assert not left.intersects(right), (first.accessibleName(), left, second.accessibleName(), right)
    for widget in shown:
        assert bar.rect().contains(widget.geometry()), (widget.accessibleName(), widget.geometry(), bar.rect())
    for label in (records, profile):
        # What is drawn fits the label (whole, or shortened with '…'); the whole text stays the label's text, for
        # a screen reader, and its tooltip while shortened.
        shown = label.shown_text()
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width(), shown
        assert shown == label.text() or (shown.endswith("…") and len(shown) > 5), shown
    assert profile.text() == "Signed in as Gwenllian Angharad Llewellyn-Prichard (Facilitator)", profile.text()
    QApplication.processEvents()
    window.close()
