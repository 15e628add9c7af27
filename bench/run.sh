#!/usr/bin/env bash
# Side-by-side benchmarks, gorae vs rootless podman (--runtime runc), as the unprivileged test
# user against the local test registry. Prints medians and gorae/podman ratios. Not a test: it
# never fails on slow numbers.
#
#   bash bench/run.sh [start|pull|net|build|scale|all]      (default: all)
#   BENCH_RUNS=20 BENCH_PULLS=3 BENCH_NET_RUNS=5 BENCH_NET_GETS=200 to change the repetitions.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case $what in start|pull|net|build|scale|all) ;; *) echo "usage: bench/run.sh [start|pull|net|build|scale|all]" >&2; exit 2 ;; esac
[ "$(id -u)" -eq 0 ] || { echo "bench/run.sh: run as root (installs podman, uses the test user)" >&2; exit 2; }

bash tests/setup/install.sh
if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v bwrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman runc uidmap fuse-overlayfs bubblewrap >/dev/null
fi
bash tests/setup/registry.sh start
bash tests/setup/images.sh
cargo build --release --locked --bins 2>&1 | tail -n 1
bin=$(mktemp -d /tmp/gorae-bench-XXXXXX)
trap 'rm -rf "$bin"' EXIT
cp target/release/gorae bench/bench.py "$bin/"
chmod -R a+rX "$bin"
cd /tmp
runuser -u gorae-test -- env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/home/gorae-test USER=gorae-test \
    BENCH_RUNS="${BENCH_RUNS:-20}" BENCH_PULLS="${BENCH_PULLS:-3}" \
    BENCH_NET_RUNS="${BENCH_NET_RUNS:-5}" BENCH_NET_GETS="${BENCH_NET_GETS:-200}" BENCH_BUILDS="${BENCH_BUILDS:-5}" BENCH_CONTAINERS="${BENCH_CONTAINERS:-1000}" BENCH_IMAGES="${BENCH_IMAGES:-200}" BENCH_RUNNING="${BENCH_RUNNING:-100}" \
    python3 "$bin/bench.py" "$bin/gorae" "$what"
