"""Team view benchmark: the training matrix for 500 people and 40 items, by TeamRecords.matrix() alone and on
the Training page (query, model, first paint), on SQLite and PostgreSQL.

    python benchmarks/bench_team_view.py [--people 500] [--runs 30] [--screenshot FILE.png]

Run from the repository root. The content is the bundled set plus 7 copies of modules and their quizzes under
new ids (40 items). The database gets realistic rows: people in four roles, two organisations and 12 teams, a
year of module completions (some old enough for a refresher, some completed unread, some in progress), quiz
attempts in both modes, and role, team, path and personal assignments with due dates either side of today.
PostgreSQL: NPS_TRAINER_BENCH_POSTGRES_URL (an empty database), or a throwaway server started from Debian's
postgresql package as the tests do. Target: the page opens in at most 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_postgres import postgres_url
from sqlalchemy import insert

from nps_trainer.paths import UserPaths, bundled_content_dir
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import Assignment, ModuleProgress, Profile, QuizAttempt

EXTRA_MODULES = 7
TEAMS = ["North", "South", "East", "West", "Central", "Approved Premises", "Courts", "Resettlement",
         "Recovery Hub", "Young Adults", "Women's Centre", "Integrated Offender Management"]
FIRST = ["Alex", "Sam", "Jo", "Priya", "Kwame", "Megan", "Tom", "Aisha", "Liam", "Chloe", "Ravi", "Nia", "Owen",
         "Grace", "Hassan", "Erin", "Dan", "Fatima", "Luke", "Zoe", "Imran", "Beth", "Callum", "Mei"]
LAST = ["Archer", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan",
        "Lewis", "Morgan", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh", "Taylor", "Walsh", "Young"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def make_content(folder: Path, extra: int = EXTRA_MODULES) -> Path:
    """The bundled content plus ``extra`` copies of modules and their quizzes under new ids."""
    target = folder / "content"
    shutil.copytree(bundled_content_dir(), target)
    modules = sorted((target / "modules").glob("*.md"))[:extra]
    for module in modules:
        old = module.stem
        new = f"{old}-advanced"
        text = module.read_text(encoding="utf-8")
        text = re.sub(r"^id: .*$", f"id: {new}", text, count=1, flags=re.M)
        text = re.sub(r"^title: (.*)$", lambda m: 'title: "' + m.group(1).strip().strip('"').replace('"', "'")
                      + ' (advanced)"', text, count=1, flags=re.M)
        (target / "modules" / f"{new}.md").write_text(text, encoding="utf-8")
        quiz = target / "quizzes" / f"{old}.yaml"
        text = quiz.read_text(encoding="utf-8")
        text = re.sub(r"^id: .*$", f"id: {new}", text, count=1, flags=re.M)
        text = re.sub(r"^modules: \[.*\]$", f"modules: [{new}]", text, count=1, flags=re.M)
        text = re.sub(r"\bmodule: " + re.escape(old) + r"\b", f"module: {new}", text)
        (target / "quizzes" / f"{new}.yaml").write_text(text, encoding="utf-8")
    return target


def fill_team(services: Services, people: int, today: date, seed: int = 20261206) -> None:
    """Realistic rows for ``people`` people (one of them the manager who assigns)."""
    rng = random.Random(seed)
    content = services.team_records.content()
    modules = [i for i in content.items if i.item_type == "module"]
    quizzes = [i for i in content.items if i.item_type == "quiz"]
    start = datetime.combine(today - timedelta(days=540), clock(9), tzinfo=UTC)
    manager = services.profiles.create("Morgan Manager", "manager", team="North")
    profiles, progress, attempts = [], [], []
    for n in range(people - 1):
        role = rng.choices(["practitioner", "drug_service", "facilitator", "manager"], [70, 20, 6, 4])[0]
        organisation = "drug_service" if role == "drug_service" else "probation"
        profiles.append({"display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n + 1}", "role": role,
                         "organisation": organisation, "team": rng.choice(TEAMS), "uid": f"bench-{n:05d}",
                         "created_at": start, "last_used_at": start + timedelta(days=rng.randint(0, 500))})
    with services.database.session() as session:
        session.execute(insert(Profile), profiles)
    ids = [p.id for p in services.profiles.list() if p.id != manager.id]
    for pid in ids:
        for item in modules:
            roll = rng.random()
            if roll < 0.35:
                continue
            seen = list(item.sections)
            completed_at = version = None
            unread = False
            if roll < 0.50:
                seen = seen[: rng.randint(1, len(seen) - 1)]
            else:
                # Most within the last year; about one in six old enough for a refresher.
                completed_at = start + timedelta(days=rng.choice([rng.randint(0, 180), *[rng.randint(180, 535)] * 5]),
                                                 hours=rng.randint(0, 8))
                version = item.version if rng.random() > 0.1 else "0.9"
                if rng.random() < 0.05:
                    unread, seen = True, seen[: rng.randint(1, len(seen) - 1)]
            progress.append({"profile_id": pid, "module_id": item.item_id, "progress": len(seen) / len(item.sections),
                             "last_section": seen[-1], "sections_seen": seen, "sections_credited": [],
                             "completed_at": completed_at, "version_completed": version, "completed_unread": unread,
                             "updated_at": completed_at or start, "reflection_learnt": None, "reflection_use": None})
        for item in quizzes:
            if rng.random() < 0.4:
                continue
            for _ in range(rng.randint(0, 2)):
                attempts.append(_attempt(rng, pid, item.item_id, "practice", start))
            for _ in range(rng.randint(0, 3)):
                attempts.append(_attempt(rng, pid, item.item_id, "assessed", start))
    assignments = [
        ("path", "practitioner-essentials", "role", "practitioner", today + timedelta(days=21)),
        ("module", "overdose-response", "role", "practitioner", today - timedelta(days=30)),
        ("module", "overdose-response", "role", "drug_service", today + timedelta(days=20)),
        ("module", "safeguarding", "role", "manager", today - timedelta(days=90)),
    ]
    assignments += [("module", rng.choice(modules).item_id, "team", team, today + timedelta(days=rng.randint(-60, 60)))
                    for team in TEAMS]
    assignments += [("quiz", rng.choice(quizzes).item_id, "person", str(rng.choice(ids)),
                     today + timedelta(days=rng.randint(-45, 45))) for _ in range(60)]
    with services.database.session() as session:
        session.execute(insert(ModuleProgress), progress)
        session.execute(insert(QuizAttempt), attempts)
        session.execute(insert(Assignment), [
            {"item_type": kind, "item_id": item_id, "target_type": target_type, "target": target, "due_on": due,
             "assigned_by": manager.id, "created_at": start + timedelta(days=400)}
            for kind, item_id, target_type, target, due in assignments])


def _attempt(rng: random.Random, pid: int, quiz_id: str, mode: str, start: datetime) -> dict:
    finished = start + timedelta(days=rng.randint(0, 535), minutes=rng.randint(0, 600))
    score = round(rng.triangular(30, 100, 85), 1)
    return {"profile_id": pid, "quiz_id": quiz_id, "quiz_version": "1.1", "mode": mode,
            "started_at": finished - timedelta(minutes=12), "finished_at": finished, "score": score,
            "passed": score >= 80, "pass_mark": 80.0, "state": {}}


def bench(url: str, folder: Path, content: Path, people: int, runs: int, screenshot: Path | None) -> dict:
    from PySide6.QtWidgets import QApplication

    from nps_trainer.ui.team.training_page import TrainingPage

    today = date.today()
    services = build_services(UserPaths.default(), database=url, content=str(content))
    fill_team(services, people, today)
    services.__dict__.pop("team_records", None)  # start cold: content not yet loaded
    records = services.team_records
    started = time.perf_counter()
    matrix = records.matrix(today)
    cold = (time.perf_counter() - started) * 1000
    assert len(matrix.people) == people and len(matrix.items) == 2 * (13 + EXTRA_MODULES), (
        len(matrix.people), len(matrix.items))
    matrix_ms, matrix_cpu = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        records.matrix(today)
        matrix_ms.append((time.perf_counter() - started) * 1000)
        matrix_cpu.append((time.process_time() - cpu) * 1000)

    app = QApplication.instance() or QApplication([])
    page = TrainingPage(services, None)  # showing the matrix needs no keys
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    page_ms, page_cpu = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        page.refresh()
        app.processEvents()  # layout and scroll bars, as the event loop does after the tab is shown
        page.repaint()  # and the first frame, painted now
        page_ms.append((time.perf_counter() - started) * 1000)
        page_cpu.append((time.process_time() - cpu) * 1000)
    started = time.perf_counter()
    page.search_edit.setText("ali")
    app.processEvents()
    page.repaint()
    search_ms = (time.perf_counter() - started) * 1000
    page.search_edit.clear()
    app.processEvents()
    if screenshot is not None:
        page.grab().save(str(screenshot))
    page.close()
    services.close()
    return {"cold": cold, "matrix_p50": statistics.median(matrix_ms), "matrix_p95": percentile(matrix_ms, 0.95),
            "page_p50": statistics.median(page_ms), "page_p95": percentile(page_ms, 0.95), "search": search_ms,
            "matrix_cpu": statistics.median(matrix_cpu), "page_cpu": statistics.median(page_cpu),
            "load": os.getloadavg()[0],
            "overdue": matrix.overdue, "cells": len(matrix.people) * len(matrix.items)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--screenshot", type=Path, help="save the Training page (SQLite run) as a PNG")
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nps-bench-team-"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(folder / "home" / variable.lower())
    content = make_content(folder)
    results = {"SQLite (WAL)": bench(f"sqlite:///{folder / 'bench.sqlite3'}", folder, content, args.people,
                                     args.runs, args.screenshot)}
    if not args.sqlite_only:
        url, server = postgres_url()
        try:
            results["PostgreSQL (loopback)"] = bench(url, folder, content, args.people, args.runs, None)
        finally:
            if server is not None:
                server.stop()
                shutil.rmtree(server.data_dir.parent, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    from machine_info import machine

    print(f"Team view benchmark, {datetime.now(UTC).date().isoformat()}, {args.people} people, "
          f"{2 * (13 + EXTRA_MODULES)} items, {args.runs} runs")
    print(f"Machine: {machine()}\n")
    print("| database | matrix() p50 / p95 (ms) | matrix() CPU p50 (ms) | first matrix(), content loaded (ms) "
          "| Training page refresh + paint p50 / p95 (ms) | page CPU p50 (ms) | search keystroke (ms) | load avg |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['matrix_p50']:.0f} / {r['matrix_p95']:.0f} | {r['matrix_cpu']:.0f} | {r['cold']:.0f} "
              f"| {r['page_p50']:.0f} / {r['page_p95']:.0f} | {r['page_cpu']:.0f} | {r['search']:.0f} "
              f"| {r['load']:.1f} |")
    print(f"\n{next(iter(results.values()))['cells']} cells, {next(iter(results.values()))['overdue']} overdue. "
          "Target: the page opens in at most 300 ms.")


if __name__ == "__main__":
    main()
