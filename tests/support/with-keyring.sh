#!/bin/sh
# Runs a test inside a private D-Bus session bus with an unlocked gnome-keyring-daemon,
# so the keychain tests talk to a real Secret Service and never to the user's own.
# Usage: with-keyring.sh TEST [ARGS...]
set -eu
if [ "${LOGDECK_IN_KEYRING_SESSION:-}" != 1 ]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session missing (dbus package)" >&2; exit 1; }
    export LOGDECK_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
trap 'kill "${GNOME_KEYRING_PID:-0}" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# An empty password unlocks (and creates) the login keyring.
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
"$@"
