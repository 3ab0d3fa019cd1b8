"""The user's settings for a command: loaded as the app loads them, and any problem with the file told."""

from __future__ import annotations

from ..paths import UserPaths
from ..settings import Settings, SettingsStore
from .errors import complain


def load_user_settings(paths: UserPaths) -> Settings:
    """The settings; if the file was damaged (and set aside) or unusable, say so on stderr, as the app would
    in a dialog, so that a command never resets the settings silently."""
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    notice = store.take_notice()
    if notice:
        complain(str(notice))
    return settings
