"""GUI test fixtures: real services on a SQLite file in the temporary user folder, and message boxes
answered through the one helper module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths)
    yield built
    built.close()


@pytest.fixture
def fast_services(services: Services) -> Services:
    """The same services with a fast key derivation, for tests that sign several people in."""
    from nps_trainer.identity import KeyStore
    from nps_trainer.identity.crypto import FAST_TEST_KDF

    services.keys = KeyStore(services.database, services.audit, FAST_TEST_KDF, ahead=services.key_ahead)
    return services


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Record message boxes instead of showing them; confirmations are answered yes."""
    from nps_trainer.ui import messages

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "inform", lambda _p, title, text: shown.append(("inform", title, text)))
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: shown.append(("warn", title, text)))

    def confirm(_p, title: str, text: str) -> bool:
        shown.append(("confirm", title, text))
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return shown
