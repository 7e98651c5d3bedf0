#!/usr/bin/env bash
# Installs what is missing, builds Custody (Release) and runs the main job:
# custody-sim serving its demo org, and the custody app on it when a display
# is available; without a display, a summary of what the simulator serves.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/linux/deps.sh
custody_install_deps

build_dir="${CUSTODY_BUILD_DIR:-build-release}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCUSTODY_BUILD_TESTS=OFF
cmake --build "$build_dir"

scratch=$(mktemp -d)
sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

"$build_dir/app/sim/custody-sim" --port 0 --admin --fast >"$scratch/sim.log" 2>&1 &
sim_pid=$!
base=""
for _ in $(seq 1 100); do
    base=$(sed -n 's/^custody-sim listening on \(http[^ ]*\).*/\1/p' "$scratch/sim.log")
    [ -n "$base" ] && break
    sleep 0.1
done
if [ -z "$base" ]; then
    echo "custody-sim did not start:" >&2
    cat "$scratch/sim.log" >&2
    exit 1
fi
echo "custody-sim serves the demo org at $base (client id custody-demo, secret demo-secret)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$build_dir/app/gui/custody"
    exit $?
fi

echo "No display: showing what the simulator serves."
token=$(curl -sf -u custody-demo:demo-secret -d grant_type=client_credentials "$base/oauth/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
echo
echo "Organisation:"
curl -sf "$base/sim/org?sample=3"
echo
echo
echo "Queues (GET /api/v2/routing/queues with a bearer token):"
curl -sf -H "Authorization: Bearer $token" "$base/api/v2/routing/queues?pageSize=100" \
    | grep -o '"name":"[^"]*"' | sed 's/"name":"\(.*\)"/  \1/'
echo
echo "Rate-limit headers on that call:"
curl -sf -D - -o /dev/null -H "Authorization: Bearer $token" "$base/api/v2/users?pageSize=1" \
    | grep -i '^inin-' | sed 's/^/  /'
