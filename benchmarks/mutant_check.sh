#!/usr/bin/env bash
# Run some tests against one mutant from the last mutation run, to check that a new test kills it:
#   bash benchmarks/mutant_check.sh nps_trainer.quiz.scoring.x_score__mutmut_12 tests/quiz/test_scoring.py
# Exit status 0 means the mutant survived those tests; non-zero means a test failed (killed). Only the test
# files named are copied into mutants/ first (the others there are the ones the run was made with); the
# source there is the mutated copy mutmut made.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
[ -d mutants/src ] || { echo "no mutants/: run benchmarks/mutation_testing.sh first" >&2; exit 2; }
for target in "$@"; do
  file=${target%%::*}
  if [ -f "$file" ]; then mkdir -p "mutants/$(dirname "$file")" && cp "$file" "mutants/$file"; fi
done
cd mutants
MUTANT_UNDER_TEST="$name" PYTHONPATH="$PWD/src" ../.venv/bin/python -m pytest -q -x -p no:cacheprovider -p no:randomly "$@"
