"""The ``env`` fixture (a manager, two practitioners and the recovery service on each database) for every test
module here."""

from tests.recovery.test_recovery import env  # noqa: F401 (a fixture)
