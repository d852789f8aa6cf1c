#!/bin/sh
# Runs a test inside a private D-Bus session bus with an unlocked gnome-keyring-daemon,
# so the keychain tests talk to a real Secret Service and never to the user's own.
# Usage: with-keyring.sh TEST [ARGS...]
set -eu
if [ "${LOGDECK_IN_KEYRING_SESSION:-}" != 1 ]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session missing (dbus package)" >&2; exit 1; }
    command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon missing" >&2; exit 1; }
    export LOGDECK_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# A password on stdin creates and unlocks the login keyring without a prompter (an
# empty one would ask a graphical prompter to confirm an unencrypted keyring). The
# daemon's output goes to files: it must not hold ctest's pipes open, and it exits on
# its own when this private bus goes away.
printf 'logdeck-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize \
    >"$home/keyring.env" 2>"$home/keyring.log" || { cat "$home/keyring.log" >&2; exit 1; }
"$@"
