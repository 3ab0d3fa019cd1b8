#!/usr/bin/env sh
# Install the self-contained build for the current user: the program in ~/.local/opt/nps-trainer, the command
# in ~/.local/bin, and the menu entry and icon where the desktop finds them. Run it from the unpacked folder.
# Remove with: rm -r ~/.local/opt/nps-trainer ~/.local/bin/nps-trainer \
#   ~/.local/share/applications/nps-trainer.desktop ~/.local/share/icons/hicolor/256x256/apps/nps-trainer.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
opt="$HOME/.local/opt/nps-trainer"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$HOME/.local/share/applications" \
  "$HOME/.local/share/icons/hicolor/256x256/apps"
rm -rf "$opt"
cp -r "$here" "$opt"
ln -sf "$opt/nps-trainer" "$HOME/.local/bin/nps-trainer"
sed "s|^Exec=.*|Exec=$opt/nps-trainer|" "$here/nps-trainer.desktop" > "$HOME/.local/share/applications/nps-trainer.desktop"
cp "$here/nps-trainer.png" "$HOME/.local/share/icons/hicolor/256x256/apps/nps-trainer.png"
echo "NPS Trainer is installed: find it in your applications menu, or run $opt/nps-trainer"
