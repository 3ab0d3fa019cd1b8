"""Records that outlive one person: the organisation's recovery key. Qt-free.

Each screening record's key is sealed to its practitioner and to the recovery key, whose private half only the
recovery passphrase (held by managers) opens. With it a manager can move a case's screenings to another
practitioner and reset a forgotten passphrase; every use is audited.
"""

from .key import NoRecoveryKey, RecoveryThrottled, WrongRecoveryPassphrase
from .service import MoveResult, RecoveryService, RecoveryStatus, ReplaceResult, ResetResult, temporary_passphrase

__all__ = ["MoveResult", "NoRecoveryKey", "RecoveryService", "RecoveryStatus", "RecoveryThrottled", "ReplaceResult",
           "ResetResult", "WrongRecoveryPassphrase", "temporary_passphrase"]
