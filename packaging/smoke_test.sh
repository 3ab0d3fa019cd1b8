#!/usr/bin/env bash
# Smoke-test a self-contained build (default dist/pyinstaller/nps-trainer): its version, a real start on X (Xvfb,
# Qt's xcb platform) that exits once the window is shown, the bundled content's check, and a new database's
# check, the demo team and its team report, all with fresh user folders, from outside the checkout.
set -euo pipefail
app=$(cd "${1:-$(dirname "$0")/../dist/pyinstaller/nps-trainer}" && pwd)
home=$(mktemp -d)
cd "$home"
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state"
"$app/nps-trainer" --version
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$app/nps-trainer" --exit-when-ready
"$app/nps-trainer" content check
"$app/nps-trainer" db check
# A realistic team, and the team report PDF with its charts: migrations, the sessions, matplotlib and QPdfWriter.
echo "smoke-test-passphrase-$$" > "$home/passphrase"
"$app/nps-trainer" demo --database "$home/demo.sqlite3" --passphrase-file "$home/passphrase" >/dev/null
QT_QPA_PLATFORM=offscreen "$app/nps-trainer" report team --database "$home/demo.sqlite3" \
  --passphrase-file "$home/passphrase" --as "Helen Ashworth" --pdf "$home/team.pdf"
pdftotext "$home/team.pdf" "$home/team.txt" && grep -q "Team training report" "$home/team.txt"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$app/nps-trainer.desktop"; fi
echo "self-contained build passed its smoke test"
