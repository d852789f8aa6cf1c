#!/bin/sh
# check-install.sh BUILD_DIR VERSION: `cmake --install` into a temporary prefix, then
# check that every file a desktop user needs is there and that the binaries run.
set -eu
build=$1 version=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

for f in bin/logdeck bin/logdeck-cli bin/logdeck-demo-server \
         share/applications/org.logdeck.LogDeck.desktop \
         share/metainfo/org.logdeck.LogDeck.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.logdeck.LogDeck.svg \
         share/logdeck/translations/logdeck_zh_CN.qm share/logdeck/translations/logdeck_en.qm; do
    [ -s "$prefix/$f" ] || fail "missing or empty: $f"
done

for exe in logdeck logdeck-cli logdeck-demo-server; do
    # No platform plugin forced: --version must work on a machine without a display.
    out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$prefix/bin/$exe" --version) || fail "$exe --version exited non-zero"
    [ "$out" = "$exe $version" ] || fail "$exe --version printed '$out', expected '$exe $version'"
done

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/org.logdeck.LogDeck.desktop" || fail "desktop entry invalid"
else
    echo "note: desktop-file-validate not installed, desktop entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/org.logdeck.LogDeck.metainfo.xml" >/dev/null \
        || appstreamcli validate --no-net "$prefix/share/metainfo/org.logdeck.LogDeck.metainfo.xml" || fail "metainfo invalid"
fi
echo "installed tree OK ($prefix)"
