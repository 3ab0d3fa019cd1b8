"""The audit log: who did what and when, with no personal data, in a hash chain."""

from .log import AuditLog, AuditRecord

__all__ = ["AuditLog", "AuditRecord"]
