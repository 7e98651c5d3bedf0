#!/usr/bin/env bash
# Installs what is missing, builds Custody (Debug, ASan + UBSan, -Werror) and
# runs the whole test suite with ctest inside a D-Bus session with an
# unlocked gnome-keyring, so keychain tests use a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/linux/deps.sh
custody_install_deps

build_dir="${CUSTODY_TEST_BUILD_DIR:-build-test}"
cmake -S . -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCUSTODY_WERROR=ON \
    -DCUSTODY_SANITIZE="${CUSTODY_SANITIZE:-ON}"
cmake --build "$build_dir"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen
# Leak checking is off: Qt's plugin and font caches live until exit by design.
# A small quarantine: the default 256 MB of freed-but-held memory would hide
# whether downloads keep memory flat (the memory tests measure peak RSS).
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:quarantine_size_mb=16"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export CUSTODY_TEST_KEYRING=1

dbus-run-session -- bash -c '
    echo -n custody-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$1" --output-on-failure -j2 --timeout 300
' _ "$build_dir"
