"""All form definitions in a folder, by id and version, so old records open with the version they used."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from nps_trainer.screening.checks import FORM_SUFFIXES, load_form
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.translation import is_translation_file, localised

from ..i18n import tr


class FormNotInstalled(KeyError):
    """A form (or a version of one) that is not installed. A :class:`KeyError` (so a :class:`LookupError`) whose
    text reads plainly: ``str()`` of a plain KeyError would wrap the message in quotes."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass
class FormLibrary:
    forms: dict[tuple[str, str], FormDefinition] = field(default_factory=dict)

    @classmethod
    def load(cls, root: str | os.PathLike[str]) -> FormLibrary:
        """Load every form under ``root`` (a :class:`~pathlib.Path` or text), old versions kept in subfolders
        such as ``archive/`` included; raises :class:`FormLoadError` on the first broken one. Forms come in the
        language in use where a translation file (``<form>.cy.yaml``) gives their texts."""
        root = Path(root)
        library = cls()
        for path in sorted(p for p in root.rglob("*") if p.suffix in FORM_SUFFIXES and p.is_file()):
            if is_translation_file(path):
                continue
            form = localised(load_form(path))
            library.forms[form.key] = form
        return library

    def get(self, form_id: str, version: str) -> FormDefinition:
        try:
            return self.forms[(form_id, version)]
        except KeyError:
            raise FormNotInstalled(tr("The screening form {form}, version {version}, is not installed in this copy "
                                      "of the app, so a record made with it cannot be opened here.").format(
                                          form=form_id, version=version)) from None

    def latest(self, form_id: str) -> FormDefinition:
        """The newest version (versions compare as dotted numbers, e.g. '1.10' after '1.9')."""
        candidates = [form for (fid, _), form in self.forms.items() if fid == form_id]
        if not candidates:
            raise FormNotInstalled(tr("The screening form {form} is not installed in this copy of the app.").format(
                form=form_id))
        return max(candidates, key=lambda f: _version_key(f.version))


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.split("."))
