"""The wheel's build step: compile the translation files (translations/*/*.ts) into Qt's .qm with lrelease, so
the wheel carries them (docs/translation.md). Runs for editable installs too, writing translations/qm/."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("nps_trainer_release", root / "src/nps_trainer/i18n/release.py")
        release = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(release)
        made = release.compile_all(root / "translations", root / "translations" / "qm")
        self.app.display_info(f"Compiled {len(made)} translation file(s): {', '.join(path.name for path in made)}")
