#!/usr/bin/env bash
# Packs a Custody build tree into a .deb and a .tar.gz, unpacks both into a
# scratch folder (no root, no apt) and runs what is inside: custody-cli
# --version, custody --version (offscreen), and a complete demo export whose
# manifest must exist. Also checks the .deb's Depends and its file list.
#
#   packaging/linux/test-deb.sh <build-dir>               builds the `package` target
#   packaging/linux/test-deb.sh --cpack-only <build-dir>  runs CPack on the tree as it is,
#                                                         into a scratch folder (ctest does this)
#
# Qt, QtKeychain and zlib come from the system, so no LD_LIBRARY_PATH is set.
# CUSTODY_CPACK names the cpack to use (default: cpack on PATH).
set -euo pipefail

cpack_only=0
if [ "${1:-}" = "--cpack-only" ]; then
    cpack_only=1
    shift
fi
if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 [--cpack-only] <configured build dir>" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Keep settings, caches and the demo's job store away from the caller's home.
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
# A sanitizer build (the test build) must not fail on Qt's by-design leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

if [ "$cpack_only" -eq 1 ]; then
    out="$scratch/packages"
    "${CUSTODY_CPACK:-cpack}" -G "DEB;TGZ" --config "$build_dir/CPackConfig.cmake" -B "$out" >"$scratch/cpack.log" 2>&1 ||
        { cat "$scratch/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
else
    out="$build_dir"
    cmake --build "$build_dir" --target package
fi

debs=("$out"/custody_*.deb)
tgzs=("$out"/custody-*-Linux-*.tar.gz)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "FAIL: expected exactly one custody_*.deb in $out" >&2
    exit 1
fi
if [ ${#tgzs[@]} -ne 1 ] || [ ! -f "${tgzs[0]}" ]; then
    echo "FAIL: expected exactly one custody-*-Linux-*.tar.gz in $out" >&2
    exit 1
fi
deb=${debs[0]}
tgz=${tgzs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "Package: $(basename "$deb") (version $version), $(basename "$tgz")"

# Control fields: shlibdeps' libraries plus the plugins added by hand.
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6keychain1 libqt6sql6-sqlite qt6-qpa-plugins zlib1g; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
grep -q "libsecret-1-0" <<<"$recommends" || fail "Recommends lacks libsecret-1-0: $recommends"
[ "$(dpkg-deb -f "$deb" Package)" = "custody" ] || fail "package name is not custody"
[ "$(dpkg-deb -f "$deb" Section)" = "utils" ] || fail "section is not utils"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer field"

# The file list.
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
expected=(
    ./usr/bin/custody ./usr/bin/custody-cli ./usr/bin/custody-sim
    ./usr/share/applications/custody.desktop
    ./usr/share/metainfo/io.custody.Custody.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/custody.svg
)
for size in 16 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/custody.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "the .deb does not contain $path"
done

# Unpack into a scratch root and run the binaries from there.
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
cli="$root/usr/bin/custody-cli"
"$cli" --version | grep -qxF "custody-cli $version" || fail "custody-cli --version does not print $version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/custody" --version >"$scratch/gui-version.txt" 2>&1 ||
    fail "custody --version failed: $(cat "$scratch/gui-version.txt")"
grep -qF "$version" "$scratch/gui-version.txt" || fail "custody --version does not print $version"
"$root/usr/bin/custody-sim" --print-config >/dev/null || fail "custody-sim --print-config failed"

# A complete demo export. Exit code 1 means "finished, some items could not be
# exported": the demo org has archived recordings on purpose.
dest="$scratch/export/demo"
mkdir -p "$scratch/export"
status=0
"$cli" export --demo --dest "$dest" --store "$scratch/export/custody-demo.db" >"$scratch/export.log" 2>&1 || status=$?
if [ "$status" -gt 1 ]; then
    cat "$scratch/export.log" >&2
    fail "custody-cli export --demo exited with $status"
fi
for file in manifest.csv manifest.json custody-report.txt; do
    [ -s "$dest/$file" ] || fail "the demo export has no $file"
done

# Desktop entry and AppStream metainfo, when the validators are installed.
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/custody.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.custody.Custody.metainfo.xml" ||
        fail "appstreamcli validate"
fi

# The tarball: unpack and run.
mkdir -p "$scratch/tgz"
tar -xzf "$tgz" -C "$scratch/tgz"
tgz_cli=("$scratch"/tgz/*/bin/custody-cli)
if [ -x "${tgz_cli[0]}" ]; then
    "${tgz_cli[0]}" --version | grep -qxF "custody-cli $version" || fail "custody-cli from the .tar.gz does not run"
else
    fail "the .tar.gz has no */bin/custody-cli"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "Packages OK: $(basename "$deb"), $(basename "$tgz")"
