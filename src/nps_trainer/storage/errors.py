"""Storage errors, each with a message a practitioner can act on."""

from __future__ import annotations


class StorageError(Exception):
    """A problem with the database that the user must be told about. ``str()`` is the user message."""


class NotADatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class NewerDatabaseError(StorageError):
    pass


class UnknownSchemaError(StorageError):
    pass


class MigrationError(StorageError):
    pass


class DatabaseUnavailableError(StorageError):
    pass
