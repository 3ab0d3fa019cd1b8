"""A real LRS for the tests: Ralph (``ralph-malph``) with its file-system backend, on a free loopback port, in
its own virtual environment so its pins never touch the app's.

Ralph 5.1's file-system LRS backend writes every POST with the 'create' operation, which refuses to write to
its one statements file once it exists: only the first POST is stored and every later one fails with HTTP 500
("Statements bulk indexation failed"). The server is therefore started with uvicorn in one process (no
reloader) after switching that backend's default operation to 'append', its other supported mode. Everything
else (the API, validation, duplicate and conflict handling, Basic auth from ``ralph auth``) is Ralph's own.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
USER, SECRET = "nps-trainer-tests", "a-test-secret-for-ralph"

LAUNCHER = """
import sys
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
FSDataBackend.default_operation_type = BaseOperationType.APPEND  # see tests/learning_records/ralph_server.py
import uvicorn
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def find_ralph() -> Path | None:
    """NPS_TRAINER_TEST_RALPH (the ``ralph`` executable), else ``.venv-ralph/bin/ralph`` in the repository."""
    named = os.environ.get("NPS_TRAINER_TEST_RALPH")
    if named:
        return Path(named) if Path(named).is_file() else None
    default = REPO / ".venv-ralph" / "bin" / "ralph"
    return default if default.is_file() else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RalphServer:
    endpoint: str  # the xAPI base, e.g. http://127.0.0.1:PORT/xAPI
    key: str = USER
    secret: str = SECRET
    process: subprocess.Popen | None = field(default=None, repr=False)
    log_path: Path | None = None

    @classmethod
    def start(cls, ralph: Path, folder: Path, timeout: float = 60.0) -> RalphServer:
        app_dir, data_dir = folder / "app", folder / "data"
        app_dir.mkdir(parents=True)
        data_dir.mkdir()
        env = {**os.environ, "RALPH_APP_DIR": str(app_dir), "RALPH_RUNSERVER_BACKEND": "fs",
               "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data_dir)}
        subprocess.run([str(ralph), "auth", "-u", USER, "-p", SECRET, "-s", "all", "-M", "mailto:ci@example.org",
                        "-w"], env=env, cwd=folder, check=True, capture_output=True, timeout=120)
        port = free_port()
        log_path = folder / "ralph.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen([str(ralph.parent / "python"), "-c", LAUNCHER, str(port)], env=env,
                                       cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        server = cls(f"http://127.0.0.1:{port}/xAPI", process=process, log_path=log_path)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"Ralph stopped at start: {log_path.read_text(errors='replace')[-2000:]}")
            try:
                server.get("/statements", {"limit": "1"})
                return server
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        server.stop()
        raise RuntimeError(f"Ralph did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    # -- reading back ------------------------------------------------------------------------------------
    def _request(self, path: str, query: dict[str, str] | None = None) -> urllib.request.Request:
        url = self.endpoint + path + ("?" + urllib.parse.urlencode(query) if query else "")
        token = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode()
        return urllib.request.Request(url, headers={"Authorization": f"Basic {token}",
                                                    "X-Experience-API-Version": "1.0.3"})

    def get(self, path: str, query: dict[str, str] | None = None) -> dict:
        with urllib.request.urlopen(self._request(path, query), timeout=30) as response:
            return json.loads(response.read())

    def statement(self, statement_id: str) -> dict | None:
        """The stored statement with this id (GET /xAPI/statements?statementId=...), or None."""
        try:
            found = self.get("/statements", {"statementId": statement_id})
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            raise
        if "statements" in found:
            return found["statements"][0] if found["statements"] else None
        return found

    def statements_of(self, account_name: str, home_page: str) -> list[dict]:
        """Every stored statement whose actor is this account, following 'more' to the end."""
        agent = json.dumps({"objectType": "Agent", "account": {"homePage": home_page, "name": account_name}})
        found: list[dict] = []
        page = self.get("/statements", {"agent": agent, "limit": "500"})
        while True:
            found += page.get("statements", [])
            more = page.get("more")
            if not more:
                return found
            parts = urllib.parse.urlsplit(more)
            query = dict(urllib.parse.parse_qsl(parts.query))
            page = self.get("/statements", query)
