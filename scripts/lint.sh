#!/usr/bin/env bash
# The lints the suite enforces: rustfmt, clippy on every target with warnings denied, and the
# same on the keeper (src/keeper/main.rs), which build.rs compiles with rustc alone, so cargo's
# clippy never sees it.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --all --check
cargo clippy --release --locked --all-targets -- -D warnings

target=$(rustc -vV | sed -n 's/^host: //p')
case "$target" in
x86_64-*-linux-*) ;;
*) echo "lint.sh: the keeper is built for x86_64 Linux only; not linted on $target"; exit 0 ;;
esac
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The crate's own lints (Cargo.toml [lints]) and rustc's warnings, denied.
clippy-driver --edition 2024 --crate-type bin --crate-name gorae_keeper --target "$target" \
    -C panic=abort -C opt-level=s \
    -C link-arg=-nostartfiles -C link-arg=-nostdlib -C link-arg=-static \
    -D warnings -D clippy::undocumented_unsafe_blocks \
    -o "$out/keeper" src/keeper/main.rs
echo "lint.sh: fmt, clippy and the keeper's clippy are clean"
