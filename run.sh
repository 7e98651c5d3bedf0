#!/usr/bin/env bash
# Installs what is missing, builds Custody (Release) and runs the main job:
# the custody app when a display is available; without a display, a complete
# demo export by custody-cli against a simulated organisation.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/linux/deps.sh
custody_install_deps

build_dir="${CUSTODY_BUILD_DIR:-build-release}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCUSTODY_BUILD_TESTS=OFF
cmake --build "$build_dir"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build_dir/app/gui/custody" --demo
fi

# No display: a complete demo export on the command line. custody-cli starts a
# simulated org in-process, exports a week of it into a new folder, and checks
# every file against the manifest. Exit code 1 means "finished, some items
# could not be exported": the demo org has archived recordings on purpose.
dest="${CUSTODY_DEMO_DEST:-$PWD/demo-exports/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$(dirname "$dest")"
status=0
"$build_dir/app/cli/custody-cli" export --demo --dest "$dest" --store "$(dirname "$dest")/custody-demo.db" || status=$?
if [ "$status" -gt 1 ]; then
    exit "$status"
fi
echo
echo "Evidence folder: $dest"
echo "  manifest.csv, manifest.json, custody-report.txt, events.jsonl, conversations/*.jsonl.gz and the recordings."
echo "Check it again at any time with: $build_dir/app/cli/custody-cli verify \"$dest\""
