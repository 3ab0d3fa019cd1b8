#!/usr/bin/env bash
# Run some tests against one mutant from the last mutation run, to check that a new test kills it:
#   bash benchmarks/mutant_check.sh nps_trainer.quiz.scoring.x_score__mutmut_12 tests/quiz/test_scoring.py
# Exit status 0 means the mutant survived those tests; non-zero means a test failed (killed). The current tests
# are copied into mutants/ first; the source there is the mutated copy mutmut made.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
[ -d mutants/src ] || { echo "no mutants/: run benchmarks/mutation_testing.sh first" >&2; exit 2; }
cp -r tests/. mutants/tests/
cd mutants
MUTANT_UNDER_TEST="$name" PYTHONPATH="$PWD/src" ../.venv/bin/python -m pytest -q -x -p no:cacheprovider -p no:randomly "$@"
