"""The first thing a person sees: create a profile (first run) or pick one (later runs)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..profiles import ROLES, ProfileInfo, ProfileService
from . import messages
from .widgets import buddy, heading, note


class ProfileGate(QWidget):
    """Emits ``chosen`` with the profile to use."""

    chosen = Signal(object)

    def __init__(self, profiles: ProfileService, last_profile_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._profiles = profiles
        self._last_profile_id = last_profile_id
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(620)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 36, 24, 24)
        layout.setSpacing(14)
        layout.addWidget(heading("Welcome to NPS Trainer"))
        layout.addWidget(note(
            "Learning modules, quizzes and an NPS-aware screening form for probation and drug service staff. "
            "Your progress stays on this computer (or your team's server)."
        ))

        self.existing_box = QGroupBox("Continue as")
        existing = QVBoxLayout(self.existing_box)
        self.profile_list = QListWidget()
        self.profile_list.setMaximumHeight(180)
        self.profile_list.setAccessibleName("Profiles")
        self.profile_list.itemActivated.connect(lambda _item: self._continue())
        existing.addWidget(buddy("&Profiles on this computer:", self.profile_list))
        existing.addWidget(self.profile_list)
        self.continue_button = QPushButton("&Continue")
        self.continue_button.setAccessibleName("Continue with the selected profile")
        self.continue_button.clicked.connect(self._continue)
        existing.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.existing_box)

        self.new_box = QGroupBox("Create a profile")
        form = QFormLayout(self.new_box)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText("For example, Sam K.")
        self.name_edit.setAccessibleName("Display name")
        self.name_edit.returnPressed.connect(self._create)
        form.addRow(buddy("Display &name:", self.name_edit), self.name_edit)
        self.role_combo = QComboBox()
        for key, label in ROLES.items():
            self.role_combo.addItem(label, key)
        self.role_combo.setAccessibleName("Role")
        form.addRow(buddy("&Role:", self.role_combo), self.role_combo)
        form.addRow(QLabel(""), note("A first name or initials is enough. No other personal details are needed."))
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton("Cr&eate profile")
        self.create_button.setAccessibleName("Create profile")
        self.create_button.clicked.connect(self._create)
        row.addWidget(self.create_button)
        form.addRow(row)
        layout.addWidget(self.new_box)
        layout.addStretch(1)
        self.reload()

    def reload(self, last_profile_id: int | None = None) -> None:
        """List the profiles again, selecting ``last_profile_id`` (the one last used) when given."""
        if last_profile_id is not None:
            self._last_profile_id = last_profile_id
        self.profile_list.clear()
        profiles = self._profiles.list()
        for profile in profiles:
            item = QListWidgetItem(f"{profile.display_name} — {profile.role_label}")
            item.setData(Qt.ItemDataRole.UserRole, profile)
            self.profile_list.addItem(item)
            if profile.id == self._last_profile_id:
                self.profile_list.setCurrentItem(item)
        if profiles and self.profile_list.currentRow() < 0:
            self.profile_list.setCurrentRow(0)
        self.existing_box.setVisible(bool(profiles))
        self.new_box.setTitle("Create another profile" if profiles else "Create your profile to begin")
        self._focus_first()

    def _focus_first(self) -> None:
        (self.profile_list if self.profile_list.count() else self.name_edit).setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._focus_first()

    def _continue(self) -> None:
        item = self.profile_list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _create(self) -> None:
        try:
            profile: ProfileInfo = self._profiles.create(self.name_edit.text(), self.role_combo.currentData())
        except ValueError as exc:
            messages.warn(self, "Create a profile", str(exc))
            self.name_edit.setFocus()
            return
        self.name_edit.clear()
        self.chosen.emit(profile)
