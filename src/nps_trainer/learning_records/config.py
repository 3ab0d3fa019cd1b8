"""Where learning records go: the organisation's base IRI and its LRS (endpoint, key, secret).

The base IRI, endpoint and key are ordinary settings (``Settings.xapi_base_iri``, ``lrs_endpoint``,
``lrs_key``, ``xapi_actor_names``). The secret is not: it lives in its own owner-only file in the user config
folder (:func:`secret_path`), never in the settings file or the database, which other people may read or back
up elsewhere.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..i18n import tr
from ..private_files import PRIVATE_FILE_MODE, private_folder
from .iris import base_problem, normalise_base

SECRET_FILE_NAME = "lrs-secret"


@dataclass(frozen=True)
class LrsConfig:
    """``endpoint`` is the LRS's xAPI base (statements are POSTed to ``{endpoint}/statements``); empty means no
    LRS: statements wait in the outbox. ``actor_names``: the organisation has chosen to send people's display
    names with their records (off by default: an account id only)."""

    base_iri: str = ""
    endpoint: str = ""
    key: str = ""
    secret: str = field(default="", repr=False)
    actor_names: bool = False

    @property
    def organisation_iri(self) -> str:
        return normalise_base(self.base_iri)

    @property
    def configured(self) -> bool:
        return bool(self.endpoint.strip())

    @property
    def statements_url(self) -> str:
        return self.endpoint.strip().rstrip("/") + "/statements"

    def problem(self) -> str | None:
        """What stops sending, in words for the person setting it up; None when it can be tried."""
        base = base_problem(self.base_iri)
        if base:
            return base
        if not self.configured:
            return tr("No learning record store is set up: records wait on this device (File → Settings).")
        return endpoint_problem(self.endpoint) or (
            None if self.key and self.secret else tr("The learning record store needs a key and a secret."))

    @classmethod
    def from_settings(cls, settings: Any, config_folder: Path | None = None) -> LrsConfig:
        """From the app's settings (fields missing from an older settings object count as unset) and, when
        ``config_folder`` is given, the secret file in it."""
        secret = read_secret(secret_path(config_folder)) if config_folder is not None else ""
        return cls(base_iri=str(getattr(settings, "xapi_base_iri", "") or ""),
                   endpoint=str(getattr(settings, "lrs_endpoint", "") or ""),
                   key=str(getattr(settings, "lrs_key", "") or ""), secret=secret,
                   actor_names=bool(getattr(settings, "xapi_actor_names", False)))


def endpoint_problem(endpoint: str) -> str | None:
    """An LRS address must be https, except on this computer (a test or local LRS): the key and secret travel
    with every request."""
    parts = urlsplit(endpoint.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return tr("'{address}' is not a web address (for example https://lrs.example.org/xAPI/).").format(
            address=endpoint)
    if parts.scheme == "http" and not _loopback(parts.hostname):
        return tr("'{address}' is not encrypted (http): use the LRS's https address, so the key and secret are not "
                  "sent in the clear.").format(address=endpoint)
    return None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secret_path(config_folder: Path) -> Path:
    return config_folder / SECRET_FILE_NAME


def read_secret(path: Path) -> str:
    """The secret on the file's first line; empty when there is no file."""
    try:
        return path.read_text(encoding="utf-8").splitlines()[0].strip() if path.stat().st_size else ""
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError, IndexError):
        return ""


def write_secret(path: Path, secret: str) -> None:
    """Write the secret owner-only (created with mode 0600, never readable by others even for a moment), or
    remove the file when ``secret`` is empty."""
    if not secret:
        path.unlink(missing_ok=True)
        return
    private_folder(path.parent)
    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(secret.strip() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    os.chmod(path, PRIVATE_FILE_MODE)
