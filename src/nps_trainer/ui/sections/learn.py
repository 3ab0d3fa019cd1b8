"""Learn: the module catalogue and reader."""

from __future__ import annotations

from .placeholders import StateSection


class LearnSection(StateSection):
    title = "Learn"

    def describe_state(self) -> str:
        folder = self.services.config.content_dir / "modules"
        count = len(list(folder.glob("*.md"))) + len(list(folder.glob("*/module.md"))) if folder.is_dir() else 0
        if not count:
            return f"No modules installed yet. The content folder in use is {self.services.config.content_dir}."
        return f"{count} modules installed."
