"""Get ready for a sign-in while the person types their passphrase.

Start-up loads only what the sign-in screen shows; everything a signed-in person sees first (SQLAlchemy and the
models, the identity keys, the sections' code, the module catalogue, the quiz library, the learning paths) is
loaded here on a worker thread from the first key typed into a passphrase box, so that pressing Return costs the
passphrase check (Argon2id, which no warm-up can start early) and little more. Nothing here makes a Qt object
or writes anything: only imports, the Qt-free services a signed-in person uses first, the read-only content caches
and one read of a profile.
"""

from __future__ import annotations

import importlib
import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services import Services

log = logging.getLogger(__name__)

#: What a sign-in imports, in the order it needs them (the sections' modules import most of the rest).
MODULES = (
    "nps_trainer.identity.crypto",  # the package itself loads its names on first use
    "nps_trainer.identity.keys",
    "nps_trainer.identity.signin",
    "nps_trainer.storage.models",
    "nps_trainer.ui.sections.learn",
    "nps_trainer.ui.sections.quizzes",
    "nps_trainer.ui.sections.screening",
    "nps_trainer.ui.sections.progress",
    "nps_trainer.ui.sessions.attended",  # Progress builds these when it is made
    "nps_trainer.ui.my_certificates",
    "nps_trainer.ui.sections.sessions",
)


class WarmUp:
    """One warm-up per window; ``start`` is idempotent and ``wait`` returns once it has finished (or at once if it
    never started)."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="nps-trainer warm-up", daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            for name in MODULES:
                importlib.import_module(name)
            self._services.database.engine  # noqa: B018 - the SQLAlchemy engine and its dialect, made once
            from sqlalchemy.orm import configure_mappers

            configure_mappers()  # the models' mappings, which the first query would otherwise work out
            for profile in self._services.profiles.list()[:1]:
                self._services.profiles.get(profile.id)  # compiles the statement the sign-in reads a profile with
            services = self._services
            services.progress, services.quiz_records, services.assignments, services.refresher  # noqa: B018
            from .assigned_panel import module_cache, paths_cache, quiz_cache

            content = self._services.config.content_dir
            module_cache().load(content)
            quiz_cache().load(content)
            paths_cache().load(content)
        except Exception as exc:  # only a head start: the sign-in does the same work itself and reports errors
            log.warning("Warming up for sign-in failed (%s); signing in loads it instead", type(exc).__name__)
