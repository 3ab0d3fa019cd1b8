"""The composition root: builds every service once, for the CLI and for the UI.

Nothing is created at import time; :func:`build_services` is the one place that opens the database and
reads settings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from .app_config import RunConfig, resolve
from .audit import AuditLog
from .paths import UserPaths, ensure_backups
from .profiles import ProfileService
from .records import record
from .settings import Settings, SettingsStore
from .storage.database import Database, SqlitePreflight, open_database

if TYPE_CHECKING:
    from .help import HelpGuide
    from .identity import KeyStore, SignInService
    from .identity.ahead import DerivationAhead
    from .learning_records.events import LearningEvents
    from .learning_records.outbox import Outbox
    from .progress import ProgressService
    from .quiz_records import QuizRecords
    from .recovery import RecoveryService
    from .refresher import RefresherService
    from .screening import FormLibrary
    from .screening_records import ScreeningStore
    from .sessions.store import JointSessions
    from .team.assignments import AssignmentService
    from .team.certificates import CertificateRegister
    from .team.figures import CaseloadFigures
    from .team.records import TeamRecords


@record
class Services:
    """Every service the app and the command line use: the few a start needs are made at once, the rest on first
    use (a :func:`~nps_trainer.records.record`, not a dataclass: see records.py)."""

    paths: UserPaths
    settings_store: SettingsStore
    settings: Settings
    config: RunConfig
    database: Database
    profiles: ProfileService
    audit: AuditLog

    # Built on first use, so that start-up loads only what the first screen needs.
    @cached_property
    def progress(self) -> ProgressService:
        from .progress import ProgressService

        return ProgressService(self.database, self.learning_events)

    @cached_property
    def quiz_records(self) -> QuizRecords:
        from .quiz_records import QuizRecords

        return QuizRecords(self.database, self.learning_events, self.refresher)

    @cached_property
    def refresher(self) -> RefresherService:
        """Spaced review of quiz questions (FSRS loads only when an answer is first scheduled)."""
        from .refresher import RefresherService

        return RefresherService(self.database, lambda: self.settings.refresher_per_day,
                                events=self.learning_events)

    @cached_property
    def learning_events(self) -> LearningEvents:
        """Learning records for the organisation's LRS, written by progress and quizzes in their own
        transactions."""
        from .learning_records.config import LrsConfig
        from .learning_records.events import LearningEvents

        return LearningEvents(lambda: LrsConfig.from_settings(self.settings), titles=self._item_title)

    @cached_property
    def outbox(self) -> Outbox:
        from .learning_records.outbox import Outbox

        return Outbox(self.database)

    @cached_property
    def _modules(self) -> dict[str, tuple[str, list[str]]]:
        """Each module's title and section anchors, read once, on first use (for learning records and joint
        session credit)."""
        from .content import load_catalogue

        # In English whatever the language on screen: learning records carry these titles tagged en-GB, and an
        # organisation's reports should not mix languages.
        catalogue = load_catalogue(self.config.content_dir / "modules", language="en")
        return {m.id: (m.title, [s.anchor for s in m.sections]) for m in catalogue.modules}


    def module_sections(self, module_id: str) -> list[str]:
        """A module's section anchors as it is now (read once, on first use); [] for an unknown module."""
        return list(self._modules[module_id][1]) if module_id in self._modules else []

    @cached_property
    def joint_sessions(self) -> JointSessions:
        """Joint probation/drug-service sessions: running them, their records, credit and CPD."""
        from .sessions.store import JointSessions

        return JointSessions(self.database, self.audit, self.profiles, self.learning_events, self.module_sections)

    def _item_title(self, kind: str, item_id: str) -> str:
        """A module's title for its learning records (quizzes name themselves); read once, on first use."""
        return self._modules[item_id][0] if kind == "module" and item_id in self._modules else ""

    @cached_property
    def forms(self) -> FormLibrary:
        from .screening import FormLibrary

        return FormLibrary.load(self.config.screening_dir)

    @cached_property
    def keys(self) -> KeyStore:
        from .identity import KeyStore

        return KeyStore(self.database, self.audit, ahead=self.key_ahead)

    @cached_property
    def key_ahead(self) -> DerivationAhead:
        """Derives the passphrase key while it is typed at sign-in (light to make: ``cryptography`` and the
        database are loaded by its worker thread, when first offered a passphrase)."""
        from .identity.ahead import DerivationAhead

        return DerivationAhead(lambda profile_id: self.keys.header(profile_id))

    @cached_property
    def signin(self) -> SignInService:
        from .identity import SignInService

        return SignInService(self.profiles, self.keys)

    @cached_property
    def assignments(self) -> AssignmentService:
        from .team.assignments import AssignmentService

        return AssignmentService(self.database, self.audit, self.profiles)

    @cached_property
    def team_records(self) -> TeamRecords:
        from .team.records import TeamRecords

        return TeamRecords(self.database, self.profiles, self.assignments, self.config.content_dir)

    @cached_property
    def figures(self) -> CaseloadFigures:
        from .team.figures import CaseloadFigures

        return CaseloadFigures(self.database, self.profiles, self.forms)

    @cached_property
    def certificates(self) -> CertificateRegister:
        from .team.certificates import CertificateRegister

        return CertificateRegister(self.database, self.audit, self.keys, self.profiles, self.config.content_dir)

    @cached_property
    def screening(self) -> ScreeningStore:
        from .screening_records import ScreeningStore

        return ScreeningStore(self.database, self.audit, self.forms, self.keys)

    @cached_property
    def recovery(self) -> RecoveryService:
        """The organisation's recovery key: moving a case's screenings, resetting a forgotten passphrase."""
        from .recovery import RecoveryService

        return RecoveryService(self.database, self.audit, self.profiles)

    def help_guide(self, language: str = "en") -> HelpGuide:
        """The user guide (F1) in ``language``, each page falling back to English: the content folder's own guide
        if it has one, else the bundled guide. Read afresh each time (it is small), so edits show at once."""
        from .help import help_root, load_guide
        from .paths import bundled_content_dir

        return load_guide(help_root(self.config.content_dir, bundled_content_dir()), language)

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    def close(self) -> None:
        if "key_ahead" in self.__dict__:  # made: it may be reading a key header from the database right now
            self.key_ahead.close()
        self.database.close()


def build_services(
    paths: UserPaths | None = None,
    *,
    database: str | None = None,
    content: str | None = None,
    upgrade: bool = True,
    on_checking: Callable[[], None] | None = None,
) -> Services:
    """Build every service. ``on_checking`` runs while the database file is being checked (or, on a first start,
    made) on another thread: the GUI loads Qt then."""
    paths = paths or UserPaths.default()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    config = resolve(paths, settings, database=database, content=content)
    try:  # before the database is touched: a backups folder that cannot be made must leave everything as it was
        backups = ensure_backups(paths)
    except OSError:
        if on_checking is not None:
            on_checking()  # the window's language is loaded, so that the caller's message about it is in it
        raise
    preflight = SqlitePreflight(config.database_url, create=upgrade)
    if on_checking is not None:
        try:
            on_checking()
        except BaseException:
            preflight.settle()  # the start ends here: never with the database half-made
            raise
    db = open_database(config.database_url, backups, upgrade=upgrade, preflight=preflight)
    audit = AuditLog(db)
    return Services(
        paths=paths,
        settings_store=store,
        settings=settings,
        config=config,
        database=db,
        profiles=ProfileService(db, audit),
        audit=audit,
    )

