"""Helpers for the Screening section's GUI tests: a fast key store, a shown section, keyboard driving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import translations_dir
from nps_trainer.profiles import ProfileInfo
from nps_trainer.services import Services
from nps_trainer.ui.sections.screening import ScreeningSection
from tests.ui.helpers import show_active

PASSPHRASE = "purple otter lantern"
CASE_REFERENCE = "X123456"
FREE_TEXT = "Usually at a friend's flat in Elmtown"


def use_english_as_shown() -> None:
    """Answer ``tr()`` from the English translation files, as the app does once its translators are installed, so
    that counts read as a person sees them ('1 flag raised', '2 flags raised') rather than as their source text
    ('%n flag(s) raised'). ``i18n.reset()`` goes back to the source text."""
    files = sorted((translations_dir() / i18n.ENGLISH).glob("*.ts"))
    i18n.use(i18n.ENGLISH, Catalogue.from_files(i18n.ENGLISH, files).translate)


def fast_keys(services: Services) -> None:
    """Replace the cached key store with one using a fast key derivation (tests only)."""
    services.keys = KeyStore(services.database, services.audit, FAST_TEST_KDF)


def shown_section(qtbot, services: Services, profile: ProfileInfo) -> ScreeningSection:
    section = ScreeningSection(services, profile)
    section.resize(1280, 860)
    show_active(qtbot, section)
    section.activate()
    return section


def unlock(qtbot, section: ScreeningSection, passphrase: str = PASSPHRASE) -> None:
    """Set or enter the passphrase by keyboard."""
    page = section.area.unlock_page
    qtbot.keyClicks(page.passphrase, passphrase)
    if page.setting:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.keyClicks(page.confirm_edit, passphrase)
        qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def tab_to(qtbot, target: QWidget, limit: int = 80) -> None:
    """Press Tab until ``target`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def choose(qtbot, combo: QComboBox, label: str) -> None:
    """Tab to a combo and move to ``label`` with the arrow keys."""
    tab_to(qtbot, combo)
    target = combo.findText(label)
    assert target >= 0, f"{label!r} not in {combo.accessibleName()}"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(50):
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, key)
    raise AssertionError(f"could not reach {label!r}")


def go_to_section(qtbot, page, title: str) -> None:
    """Move to a section with Ctrl+Page Down, as a keyboard user would."""
    for _ in range(page.section_list.count()):
        if page.section_list.currentItem().text().split("\n")[0] == title:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError(f"no section {title!r}")


def type_into(qtbot, widget: QWidget, text: str) -> None:
    tab_to(qtbot, widget)
    qtbot.keyClicks(widget, text)


def british(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def complete_answers(today: dt.date, **changes: Any) -> dict[str, Any]:
    """A complete screening for ``today`` (opioid use, release a week ago: the overdose flag is raised)."""
    answers: dict[str, Any] = {
        "screening_date": today.isoformat(),
        "purpose_explained": True,
        "confidentiality_explained": True,
        "consent_share_drug_service": "yes",
        "drug_service_name": "Example Recovery Service",
        "custody_release_recent": False,
        "any_use_past_year": True,
        "substances": [{"category": "heroin", "last_used": "today", "days_used_28": 25, "routes": ["smoked"],
                        "where_with_whom": FREE_TEXT}],
        "strong_urges": True, "tried_to_cut_down": True, "withdrawal": True, "others_concerned": False,
        "injecting_ever": "never",
        "weekly_spend": 40, "funding_sources": ["benefits"],
        "children_contact": False,
        "recent_release": True, "release_setting": "prison",
        "release_date": (today - dt.timedelta(days=7)).isoformat(),
        "lost_tolerance": True, "previous_overdose": False, "mixes_depressants": False, "naloxone_held": True,
        "housing": "settled", "treatment_status": "in_treatment", "ost_status": "prescribed",
        "actions": ["naloxone"], "next_review": (today + dt.timedelta(days=28)).isoformat(),
        "notes": "Probation-only note about engagement.",
        # asked from version 2 of the bundled form on
        "suicidal_thoughts": "no", "drug_tested": False,
    }
    answers.update(changes)
    return answers
