"""Fixtures for the learning records tests: a real Ralph LRS for the session, and a database with people."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .ralph_server import RalphServer, find_ralph


@pytest.fixture(scope="session")
def ralph() -> Iterator[RalphServer]:
    """A real Ralph LRS on loopback for this test session.

    Uses NPS_TRAINER_TEST_RALPH (the ``ralph`` executable of a virtual environment with
    ``ralph-malph[cli,lrs,backend-fs]`` and ``requests``), else ``.venv-ralph/bin/ralph`` in the repository.
    Without either the LRS tests are skipped, unless NPS_TRAINER_REQUIRE_LRS=1 (as in CI): then they fail.
    """
    executable = find_ralph()
    if executable is None:
        message = ("Ralph is not installed: python3 -m venv .venv-ralph && .venv-ralph/bin/pip install "
                   "'ralph-malph[cli,lrs,backend-fs]' requests (or set NPS_TRAINER_TEST_RALPH)")
        if os.environ.get("NPS_TRAINER_REQUIRE_LRS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="nps-trainer-ralph-"))
    server = RalphServer.start(executable, folder)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
