"""Screening records kept in the database, encrypted with a key derived from the practitioner's passphrase.

Qt-free. Answers, case references, amendment reasons and changes are ciphertext; only what the caseload
figures count (month, flag ids, the form's summary answers) is stored in plain.
"""

from .store import (
    AmendmentView,
    OpenedRecord,
    RecordDamaged,
    RecordFinalised,
    RecordListRow,
    RecordLost,
    RecordMovedAway,
    RecordNotFound,
    ScreeningStore,
)

__all__ = [
    "AmendmentView",
    "OpenedRecord",
    "RecordDamaged",
    "RecordFinalised",
    "RecordListRow",
    "RecordLost",
    "RecordMovedAway",
    "RecordNotFound",
    "ScreeningStore",
]
