#!/usr/bin/env bash
# Starts an unlocked gnome-keyring (Secret Service) in the current D-Bus session, in a throwaway
# data folder, then runs the given command. Used by `make test` inside `dbus-run-session`.
set -euo pipefail
keyring_home=$(mktemp -d -t adviser-desk-keyring.XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A throwaway password creates and unlocks a fresh login keyring (an empty one would need an
# interactive prompt to create the collection). The daemon prints env lines to export.
eval "$(printf 'adviser-desk-test-keyring' | \
  gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)"
export GNOME_KEYRING_CONTROL
export ADVISER_DESK_EXPECT_SECRET_SERVICE=1
"$@"
