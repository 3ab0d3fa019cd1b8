"""Screening benchmark: save latency per change, and listing 10,000 records, on SQLite and PostgreSQL.

    python benchmarks/bench_screening.py [--changes 300] [--records 10000]

Run from the repository root. PostgreSQL: NPS_TRAINER_BENCH_POSTGRES_URL (an empty database), or a throwaway
server started from Debian's postgresql package as the tests do. Targets: 95th percentile save <= 15 ms;
list <= 200 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_postgres import postgres_url
from sqlalchemy import insert

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary, evaluate_record, set_answer
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import ScreeningRecord

PASSPHRASE = "benchmark passphrase for screening"
CHANGES = [("any_use_past_year", "yes"), ("substances[0].category", "heroin"), ("substances[0].days_used", 12),
           ("substances[1].category", "synthetic_cannabinoids"), ("recent_release", "yes"),
           ("naloxone_held", "no"), ("notes", "Seen at the office; discussed naloxone and release risk.")]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench(url: str, folder: Path, changes: int, records: int) -> dict[str, float]:
    db = open_database(url, folder / "backups")
    audit = AuditLog(db)
    profile = ProfileService(db).create("Bench", "practitioner")
    keyring = KeyStore(db, audit).set_passphrase(profile.id, PASSPHRASE)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))

    # Save latency: what the screen does per change (evaluate, then save), timed around the save.
    opened = store.create(profile.id, keyring, "nps-screening", "BENCH-1")
    record = opened.record
    save_ms: list[float] = []
    total_ms: list[float] = []
    for i in range(changes):
        path, value = CHANGES[i % len(CHANGES)]
        if path == "notes":
            value = f"{value} ({i})"
        started = time.perf_counter()
        record.answers = set_answer(record.answers, path, value)
        evaluation = evaluate_record(opened.form, record)
        saving = time.perf_counter()
        store.save_draft(profile.id, keyring, record, evaluation)
        done = time.perf_counter()
        save_ms.append((done - saving) * 1000)
        total_ms.append((done - started) * 1000)

    # 10,000 records with real ciphertext, inserted in bulk (ids fixed first: the ciphertext is bound to them).
    payload = {"answers": dict(record.answers), "overrides": {}}
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(records):
        rid = 1000 + n
        at = start + timedelta(minutes=47 * n)
        reference = f"X{rid:06d}"
        rows.append({
            "id": rid, "profile_id": profile.id, "form_id": opened.form.id, "form_version": opened.form.version,
            "status": "final" if n % 4 else "draft", "created_at": at, "updated_at": at,
            "case_ref_cipher": keyring.encrypt_json(reference, record_id=str(rid), field="case_reference").encode(),
            "case_ref_index": keyring.blind_index(reference),
            "answers_cipher": keyring.encrypt_json(payload, record_id=str(rid), field="answers").encode(),
            "month": at.strftime("%Y-%m"), "categories": {"category": ["heroin"]},
            "flags": ["overdose_release_opioids"] if n % 3 == 0 else [],
        })
    with db.session() as session:
        for chunk in range(0, len(rows), 2000):
            session.execute(insert(ScreeningRecord), rows[chunk:chunk + 2000])
    # Rows written this way are laid out as before 0.3 (the data key): give each its own key first, as the
    # practitioner's listings do over time, and time the first listing with nothing cached (every record's key
    # unsealed) apart from the rest.
    started = time.perf_counter()
    store.bring_up_to_date(profile.id, keyring)
    convert_ms = (time.perf_counter() - started) * 1000
    cold = ScreeningStore(db, audit, store.forms)
    started = time.perf_counter()
    cold.list(profile.id, keyring)
    cold_ms = (time.perf_counter() - started) * 1000
    list_ms = []
    for _ in range(7):
        started = time.perf_counter()
        listed = store.list(profile.id, keyring)
        list_ms.append((time.perf_counter() - started) * 1000)
    assert len(listed) == records + 1
    screen_ms = _screen_list_ms(store, profile.id, keyring)
    filtered_ms = []
    for _ in range(7):
        started = time.perf_counter()
        store.list(profile.id, keyring, case_reference="X001234")
        filtered_ms.append((time.perf_counter() - started) * 1000)
    db.close()
    return {"save_median": statistics.median(save_ms), "save_p95": percentile(save_ms, 0.95),
            "change_median": statistics.median(total_ms), "change_p95": percentile(total_ms, 0.95),
            "list_median": statistics.median(list_ms), "filtered_median": statistics.median(filtered_ms),
            "screen_median": screen_ms, "convert": convert_ms, "cold_list": cold_ms}


def _screen_list_ms(store: ScreeningStore, profile_id: int, keyring) -> float:
    """The Screening section's list page showing every record: query, decrypt, model, and first paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from nps_trainer.ui.screening.record_list_page import RecordListPage

    app = QApplication.instance() or QApplication([])
    page = RecordListPage(store, store.forms, profile_id)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    page.keyring = keyring
    times = []
    for _ in range(7):
        started = time.perf_counter()
        page.refresh()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    page.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nps-bench-screening-"))
    results = {"SQLite (WAL)": bench(f"sqlite:///{folder / 'bench.sqlite3'}", folder, args.changes, args.records)}
    url, server = postgres_url()
    try:
        results["PostgreSQL (loopback)"] = bench(url, folder, args.changes, args.records)
    finally:
        if server is not None:
            server.stop()
            shutil.rmtree(server.data_dir.parent, ignore_errors=True)
    from machine_info import machine

    print(f"Screening benchmark, {datetime.now(UTC).date().isoformat()}, {args.changes} changes, "
          f"{args.records} records")
    print(f"Machine: {machine()}\n")
    print("| database | save median (ms) | save p95 (ms) | change = evaluate + save, p95 (ms) "
          "| list 10,000 median (ms) | list screen, 10,000 shown (ms) | filter by case reference (ms) |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['save_median']:.2f} | {r['save_p95']:.2f} | {r['change_p95']:.2f} "
              f"| {r['list_median']:.0f} | {r['screen_median']:.0f} | {r['filtered_median']:.1f} |")
    print("\nTargets: save p95 <= 15 ms; list <= 200 ms.")
    for name, r in results.items():
        print(f"{name}: giving {args.records} records made before 0.3 keys of their own {r['convert']:.0f} ms; "
              f"the first listing after sign-in (every record's key unsealed) {r['cold_list']:.0f} ms")


if __name__ == "__main__":
    main()
