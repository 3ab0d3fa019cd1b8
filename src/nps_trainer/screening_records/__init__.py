"""Screening records kept in the database, encrypted with a key derived from the practitioner's passphrase.

Qt-free. Answers, case references, amendment reasons and changes are ciphertext; only what a manager may
count without decrypting (month, substance categories, flag ids) is stored in plain.
"""

from .counts import AnonymisedCounts, anonymised_counts
from .store import (
    AmendmentView,
    OpenedRecord,
    RecordFinalised,
    RecordListRow,
    RecordNotFound,
    ScreeningStore,
)

__all__ = [
    "AmendmentView",
    "AnonymisedCounts",
    "OpenedRecord",
    "RecordFinalised",
    "RecordListRow",
    "RecordNotFound",
    "ScreeningStore",
    "anonymised_counts",
]
