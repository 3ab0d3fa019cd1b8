#!/usr/bin/env bash
# Mutation testing of the core packages (issue 14) with mutmut; configuration in pyproject.toml [tool.mutmut].
# Starts one throwaway PostgreSQL server for the whole run, so the PostgreSQL cases of each test run in every
# mutant without starting a server per mutant. Prints the survivors at the end; `mutmut show NAME` shows one.
set -euo pipefail
cd "$(dirname "$0")/.."
url=$(.venv/bin/python - <<'PY'
import sys, tempfile
from pathlib import Path
sys.path.insert(0, "tests")
from pg_server import PostgresServer, find_postgres_bin
bin_dir = find_postgres_bin()
if bin_dir is None:
    sys.exit("PostgreSQL is not installed (Debian package 'postgresql')")
server = PostgresServer.start(bin_dir, Path(tempfile.mkdtemp(prefix="nps-mutation-pg-")))
print(f"{server.base_url}/postgres|{server.data_dir}|{server.bin_dir}")
PY
)
IFS='|' read -r pg_url pg_data pg_bin <<<"$url"
stop_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null
  else "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null; fi
}
trap stop_server EXIT
export NPS_TRAINER_TEST_POSTGRES_URL="$pg_url"
run() {
  .venv/bin/mutmut run --max-children "${MUTATION_CHILDREN:-2}" "$@" 2>&1 | tr "\r" "\n" \
    | grep -v "^⠀\|Generating\|Running stats\|Running clean\|Running forced\|⠋\|⠙\|⠹\|⠸\|⠼\|⠴\|⠦\|⠧\|⠇\|⠏" | tail -n 20 || true
}
if [ "${1:-}" = "--sample" ]; then
  # Bring the mutants and the test statistics up to date with the source and tests (running one mutant), then
  # draw the sample from the mutants as they are now, and run each of them again.
  first=$(cd benchmarks && ../.venv/bin/python mutation_sample.py | head -n 1)
  run "$first"
  mapfile -t chosen < <(cd benchmarks && ../.venv/bin/python mutation_sample.py)
  run "${chosen[@]}"
  (cd benchmarks && ../.venv/bin/python mutation_scores.py --sample)
else
  run "$@"
  (cd benchmarks && ../.venv/bin/python mutation_scores.py)
fi
