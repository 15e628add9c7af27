#!/usr/bin/env bash
# gorae's main job on a fresh Debian machine, as root: install the rootless prerequisites, build
# gorae, start a local registry with a busybox image built offline, then — as an ordinary
# unprivileged user — pull it and run a container.
#
#   bash scripts/demo.sh   (as root)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/demo.sh: run as root (it installs packages and creates the user gorae-test)" >&2
    exit 2
fi
bash tests/setup/install.sh
bash tests/setup/registry.sh start
GORAE_TEST_NO_DEBIAN=1 bash tests/setup/images.sh
cargo build --release --locked --bins 2>&1 | tail -n 1
install -D -m 0755 target/release/gorae /usr/local/bin/gorae

cd /tmp
runuser -u gorae-test -- bash -c '
set -x
gorae pull --tls-verify=false 127.0.0.1:5000/library/busybox:latest
gorae images
gorae run --rm busybox sh -c "echo hello from a rootless container; id -u; cat /proc/self/uid_map"
'
echo "gorae is installed at /usr/local/bin/gorae; the registry on 127.0.0.1:5000 keeps running (tests/setup/registry.sh stop)."
