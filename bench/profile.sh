#!/usr/bin/env bash
# Where gorae's time goes, repeatably: callgrind instruction counts for the listing commands
# (`ps -a` over N containers, `images`) and perf's cpu-clock samples for a cold pull of the
# Debian test image and for 100 `run --rm --network none`, all as the unprivileged test user
# against the local test registry. Prints the top entries of each profile. Not a test.
#
#   sudo bash bench/profile.sh            PROFILE_CONTAINERS=200 to change the listing's size
#
# valgrind 3.19 (Debian 12) has no openat2 (syscall 437), which gorae's extractor and
# container set-up need, so `run` and `pull` are sampled with perf (software cpu-clock: these
# VMs have no hardware counters) instead of counted.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "bench/profile.sh: run as root (perf; uses the test user)" >&2; exit 2; }
bash tests/setup/install.sh
command -v valgrind >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
command -v perf >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linux-perf >/dev/null
bash tests/setup/registry.sh start
bash tests/setup/images.sh
cargo build --release --locked --bins 2>&1 | tail -n 1
work=$(mktemp -d /tmp/gorae-profile-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp target/release/gorae "$work/"
chmod -R a+rwX "$work"
n=${PROFILE_CONTAINERS:-200}
as_user() {
    runuser -u gorae-test -- env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/home/gorae-test \
        XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/cfg" "$@"
}
G=$work/gorae
BB=127.0.0.1:5000/library/busybox:latest
mkdir -p "$work/run" && chown gorae-test "$work/run"
as_user "$G" pull -q --tls-verify=false "$BB" >/dev/null
for i in $(seq "$n"); do as_user "$G" create --name "c$i" "$BB" true >/dev/null; done

top() { # FILE: the 8 most expensive functions of a callgrind profile
    callgrind_annotate "$1" 2>/dev/null | awk '/PROGRAM TOTALS/ {print "   total " $1} /file:function/ {f=1; next} f && NF && n++ < 8 {print "   " $0}' \
        | sed -E 's/ \[[^]]*\]$//; s#\./[^ ]*/##' || true
}
for cmd in "ps -a" "images"; do
    echo "== callgrind: gorae $cmd ($n containers)"
    as_user valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$G" $cmd >/dev/null 2>"$work/vg.log"
    top "$work/cg.out"
done

perf_top() { # DATA COMM
    perf report -i "$1" --no-children --comm "$2" --sort dso,symbol --stdio -g none 2>/dev/null \
        | grep -E '^ +[0-9.]+%' | head -n 12 || true
}
echo "== perf: cold pull of test/debian (samples by thread, then by function)"
perf record -q -F 2000 -e cpu-clock -g -o "$work/pull.data" -- \
    runuser -u gorae-test -- env -i PATH=/usr/bin:/bin HOME=/home/gorae-test \
    XDG_DATA_HOME="$work/data-pull" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/cfg" \
    "$G" pull -q --tls-verify=false 127.0.0.1:5000/test/debian:latest >/dev/null
perf report -i "$work/pull.data" --no-children --sort comm --stdio -g none 2>/dev/null | grep -E '^ +[0-9.]+%' || true
perf_top "$work/pull.data" tokio-rt-worker
echo "== perf: 100 x run --rm --network none (user space vs kernel, then by function)"
perf record -q -F 2000 -e cpu-clock -g -o "$work/run.data" -- \
    runuser -u gorae-test -- env -i PATH=/usr/bin:/bin HOME=/home/gorae-test \
    XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/cfg" \
    bash -c "for i in \$(seq 100); do $G run --rm --network none $BB true; done"
perf report -i "$work/run.data" --no-children --comm gorae --sort dso --stdio -g none 2>/dev/null | grep -E '^ +[0-9.]+%' | head -n 5 || true
perf_top "$work/run.data" gorae
