#!/usr/bin/env bash
# Coverage-guided fuzzing of gorae's parsers and layer extractor with cargo-fuzz (libFuzzer).
#
#   bash fuzz/run.sh [SECONDS] [TARGET...]   # default: 10 s for each target
#
# Needs the nightly toolchain (rustup's `nightly`); installs cargo-fuzz if it is missing. As
# root, the targets run as the unprivileged test user (FUZZ_USER, default gorae-test) so the
# extractor has no privilege to misuse. A crash fails the script and leaves its input under
# fuzz/artifacts/TARGET/; the corpus grows in fuzz/corpus/TARGET/ (not committed), seeded from
# fuzz/seeds/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(layer manifest reference containerfile template kube compose)

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo
    echo "*** SKIPPED: fuzzing needs rustup's nightly toolchain, which this machine lacks;"
    echo "*** the fuzz targets did not run. Install it with: rustup toolchain install nightly ***"
    echo
    exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install --locked cargo-fuzz 2>&1 | tail -n 1
fi
cargo +nightly fuzz build -O 2>&1 | tail -n 1
out=target/x86_64-unknown-linux-gnu/release
user=${FUZZ_USER:-gorae-test}
as_user=()
if [ "$(id -u)" -eq 0 ] && id "$user" >/dev/null 2>&1; then
    as_user=(runuser -u "$user" --)
fi
work=$(mktemp -d /tmp/gorae-fuzz-XXXXXX)
trap 'rm -rf "$work"' EXIT
failed=()
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t" "$work/$t/corpus" "$work/$t/artifacts"
    cp -r "seeds/$t/." "$work/$t/corpus/" 2>/dev/null || true
    cp -r "corpus/$t/." "$work/$t/corpus/" 2>/dev/null || true
    cp "$out/$t" "$work/$t/bin"
    chmod -R a+rwX "$work"
    extra=()
    # gtmpl lexes in a thread of its own that may outlive a run: LeakSanitizer would report
    # its channel as leaked, at random.
    [ "$t" = template ] && extra=(-detect_leaks=0)
    printf '== fuzz %-14s %3ss: ' "$t" "$secs"
    if (cd "$work/$t" && "${as_user[@]}" env TMPDIR="$work/$t" ./bin -max_total_time="$secs" "${extra[@]}" \
            -rss_limit_mb=2048 -timeout=10 -artifact_prefix=artifacts/ corpus \
            >log 2>&1); then
        grep -Eo '#[0-9]+ +DONE +cov: [0-9]+ +ft: [0-9]+ +corp: [0-9]+/[^ ]+' "$work/$t/log" | tail -n 1 \
            || tail -n 1 "$work/$t/log"
    else
        echo "FAILED"
        tail -n 30 "$work/$t/log"
        failed+=("$t")
    fi
    cp -r "$work/$t/corpus/." "corpus/$t/"
    cp -r "$work/$t/artifacts/." "artifacts/$t/" 2>/dev/null || true
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in ${failed[*]}: inputs are in fuzz/artifacts/" >&2
    exit 1
fi
