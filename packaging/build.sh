#!/usr/bin/env bash
# Build the self-contained Linux app with PyInstaller, in its own environment (.venv-build), so that neither the
# app's nor the tests' environment changes. Output: dist/pyinstaller/nps-trainer/ (run nps-trainer inside it)
# and dist/nps-trainer-linux-x86_64.tar.gz; packaging/linux/install.sh installs that for one user.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-build
.venv-build/bin/pip install -q . 'pyinstaller>=6.10,<7'
.venv-build/bin/python packaging/make_icons.py build/icons
.venv-build/bin/pyinstaller --noconfirm --log-level WARN --distpath dist/pyinstaller --workpath build/pyinstaller \
  packaging/nps-trainer.spec
app=dist/pyinstaller/nps-trainer
cp packaging/linux/nps-trainer.desktop packaging/linux/install.sh "$app/"
cp build/icons/nps-trainer-256.png "$app/nps-trainer.png"
tar -C dist/pyinstaller -czf dist/nps-trainer-linux-x86_64.tar.gz nps-trainer
echo "built $app ($(du -sh "$app" | cut -f1)) and dist/nps-trainer-linux-x86_64.tar.gz"
