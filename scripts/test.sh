#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine, as root: installs what the tests need, starts
# the local registries, builds the test images offline, runs the unit tests, then the
# integration tests as the unprivileged user gorae-test against the built binary, then a short
# fuzzing run of every fuzz target.
#
#   bash scripts/test.sh                 # everything (as root)
#   GORAE_TEST_NO_DEBIAN=1 ...           # skip the (slow to build once) Debian images
#   GORAE_TEST_NO_FUZZ=1 ...             # skip fuzzing (local quick runs only)
#   GORAE_TEST_NO_GUEST=1 ...            # skip the guest tier (local quick runs only)
#   GORAE_FUZZ_SECONDS=60 ...            # fuzz each target longer (default 10 s)
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)

if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test.sh: run as root (it installs packages and creates the test user)" >&2
    exit 2
fi

echo "== set-up: packages, test user, registries, images"
bash tests/setup/install.sh
bash tests/setup/registry.sh start
trap 'bash tests/setup/registry.sh stop >/dev/null 2>&1 || true' EXIT
bash tests/setup/images.sh

echo "== build"
cargo build --release --locked --lib --bins --tests 2>&1 | tail -n 3

echo "== lints: rustfmt, clippy (all targets, warnings denied), the keeper's clippy"
bash scripts/lint.sh

echo "== unit tests (no privileges, no network)"
cargo test --release --locked --lib --bins

# The test user must be able to read the binaries wherever this clone lives.
bin=$(mktemp -d /tmp/gorae-ci-XXXXXX)
trap 'rm -rf "$bin"; bash tests/setup/registry.sh stop >/dev/null 2>&1 || true' EXIT
cp target/release/gorae "$bin/"
itest=$(cargo test --release --locked --test integration --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import sys,json
for l in sys.stdin:
    m=json.loads(l)
    if m.get("reason")=="compiler-artifact" and m["target"]["name"]=="integration" and m.get("executable"):
        print(m["executable"])' | tail -n 1)
cp "$itest" "$bin/integration"
chmod -R a+rX "$bin"

# A small filesystem for the disk-full test: the store on it runs out of space mid-pull.
small=$(mktemp -d /tmp/gorae-small-XXXXXX)
mount -t tmpfs -o size=24m,mode=0755 tmpfs "$small"
chown gorae-test "$small"
trap 'umount "$small" 2>/dev/null; rm -rf "$bin" "$small"; bash tests/setup/registry.sh stop >/dev/null 2>&1 || true' EXIT

echo "== integration tests as gorae-test (unprivileged)"
cd /tmp
runuser -u gorae-test -- env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/home/gorae-test USER=gorae-test \
    GORAE_BIN="$bin/gorae" \
    GORAE_TEST_REGISTRY=127.0.0.1:5000 \
    GORAE_TEST_AUTH_REGISTRY=127.0.0.1:5001 \
    GORAE_TEST_SMALL_DIR="$small" \
    ${GORAE_TEST_NO_DEBIAN:+GORAE_TEST_NO_DEBIAN=1} \
    RUST_BACKTRACE=1 \
    "$bin/integration" --test-threads=2

echo "== integration smoke tests as real root (no user namespace)"
env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    GORAE_BIN="$bin/gorae" GORAE_TEST_REGISTRY=127.0.0.1:5000 \
    "$bin/integration" --test-threads=2 run::run_prints run::exit_codes run::image_config images::tag_untag
cd "$top"

echo "== guest tier: cgroup v2 limits and systemd units in a guest (User-Mode Linux, or qemu where UML cannot boot)"
# The hosts here have a hybrid cgroup layout; the guest has systemd and a pure cgroup v2
# tree with controllers delegated to an unprivileged user (tests/guest/build.sh, cached).
if [ -n "${GORAE_TEST_NO_GUEST:-}" ]; then
    echo "*** SKIPPED: GORAE_TEST_NO_GUEST is set, cgroup limits and systemd units were NOT tested ***"
else
    bash tests/guest/build.sh
    bash tests/guest/run.sh tests/guest/checks.sh target/release/gorae
fi

echo "== fuzzing: a short run of each target (fuzz/run.sh; longer runs by hand)"
if [ -n "${GORAE_TEST_NO_FUZZ:-}" ]; then
    echo "*** SKIPPED: GORAE_TEST_NO_FUZZ is set, the fuzz targets did not run ***"
else
    bash fuzz/run.sh "${GORAE_FUZZ_SECONDS:-10}"
fi
