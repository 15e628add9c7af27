#!/usr/bin/env bash
# Builds a fully static gorae for x86_64 against musl, for machines whose libc is unknown or old.
#
#   packaging/musl.sh            # check prerequisites (installing what it can), build, verify
#   packaging/musl.sh --check    # only check prerequisites; installs and builds nothing
#
# Prerequisites, checked before anything is built:
#   - an x86_64 host;
#   - musl-gcc, to compile the C inside the crates (zstd-sys, aws-lc-sys): Debian/Ubuntu package
#     musl-tools (installed here when run as root with apt-get), Fedora musl-gcc + musl-libc-static;
#   - cargo and rustc at least Cargo.toml's rust-version, with the x86_64-unknown-linux-musl
#     standard library: `rustup target add x86_64-unknown-linux-musl` (run here when rustup is
#     present). Distribution Rust packages rarely ship it (Debian's rustc has no musl target and
#     is too old anyway), so without rustup the toolchain must come with it;
#   - readelf (binutils), to verify that the result has no interpreter and no shared libraries.
#
# Output: ${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-musl/release/gorae, which
# `BIN=<that path> packaging/install.sh` installs like the glibc build.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=x86_64-unknown-linux-musl
CHECK_ONLY=0
case "${1:-}" in
    "") ;;
    --check) CHECK_ONLY=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "musl.sh: unknown argument '$1' (use --check or --help)" >&2; exit 2 ;;
esac

missing=()
note() { printf '  %-8s %s\n' "$1" "$2"; }
ok() { note ok "$1"; }
lack() { note MISSING "$1"; missing+=("$2"); }
is_root_with_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }

echo "musl.sh: checking prerequisites for a static $TARGET build"

# 1. host architecture: musl-gcc from musl-tools is a native compiler.
arch=$(uname -m)
if [ "$arch" = x86_64 ]; then
    ok "host is x86_64"
else
    lack "host is $arch, not x86_64" "run this on an x86_64 machine (musl-gcc here is a native compiler)"
fi

# 2. musl-gcc, the C compiler the cc crate uses for the musl target.
if command -v musl-gcc >/dev/null; then
    ok "musl-gcc ($(command -v musl-gcc))"
elif [ "$CHECK_ONLY" = 0 ] && is_root_with_apt; then
    echo "musl.sh: installing musl-tools"
    DEBIAN_FRONTEND=noninteractive apt-get install -y musl-tools \
        || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y musl-tools; } \
        || { echo "musl.sh: apt-get install musl-tools failed" >&2; exit 1; }
    command -v musl-gcc >/dev/null || { echo "musl.sh: musl-tools installed but musl-gcc not found" >&2; exit 1; }
    ok "musl-gcc ($(command -v musl-gcc), just installed)"
else
    lack "musl-gcc" "install musl-gcc: 'apt-get install musl-tools' (Debian/Ubuntu, as root), 'dnf install musl-gcc musl-libc-static' (Fedora)"
fi

# 3. cargo and a rustc new enough for Cargo.toml's rust-version.
want=$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)
if command -v cargo >/dev/null; then
    ok "cargo ($(command -v cargo))"
else
    lack "cargo" "install a Rust toolchain ${want:+>= $want }with cargo (rustup is the usual way)"
fi
if command -v rustc >/dev/null; then
    have=$(rustc --version | awk '{print $2}')
    if [ -n "$want" ] && [ "$(printf '%s\n%s\n' "$want" "${have%%-*}" | sort -V | head -n1)" != "$want" ]; then
        lack "rustc $have is older than rust-version $want" "update Rust to >= $want (rustup update)"
    else
        ok "rustc $have${want:+ (>= $want)}"
    fi
else
    lack "rustc" "install a Rust toolchain ${want:+>= $want }(rustup is the usual way)"
fi

# 4. the musl standard library for that rustc (looked up in its sysroot, so this works for
#    rustup and distribution toolchains alike).
has_musl_std() {
    local sysroot
    sysroot=$(rustc --print sysroot 2>/dev/null) || return 1
    compgen -G "$sysroot/lib/rustlib/$TARGET/lib/libstd-*.rlib" >/dev/null
}
if command -v rustc >/dev/null; then
    if has_musl_std; then
        ok "Rust standard library for $TARGET"
    elif [ "$CHECK_ONLY" = 0 ] && command -v rustup >/dev/null; then
        echo "musl.sh: rustup target add $TARGET"
        rustup target add "$TARGET" \
            || { echo "musl.sh: 'rustup target add $TARGET' failed (it downloads the target's standard library)" >&2; exit 1; }
        has_musl_std || { echo "musl.sh: rustup added $TARGET but rustc ($(command -v rustc)) still lacks it" >&2; exit 1; }
        ok "Rust standard library for $TARGET (just added)"
    elif command -v rustup >/dev/null; then
        lack "Rust standard library for $TARGET" "rustup target add $TARGET"
    else
        lack "Rust standard library for $TARGET" "this rustc ($(command -v rustc)) has no $TARGET target and there is no rustup: install rustup and run 'rustup target add $TARGET', or use a toolchain that ships the musl target"
    fi
fi

# 5. readelf, to prove the result static.
if command -v readelf >/dev/null; then
    ok "readelf"
else
    lack "readelf" "install binutils"
fi

if [ "${#missing[@]}" -gt 0 ]; then
    echo "musl.sh: missing prerequisites; to fix:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
fi
if [ "$CHECK_ONLY" = 1 ]; then
    echo "musl.sh: all prerequisites present"
    exit 0
fi

# zstd-sys and aws-lc-sys build C through the cc crate: compile it against musl, not glibc.
export CC_x86_64_unknown_linux_musl=musl-gcc
echo "musl.sh: cargo build --release --locked --target $TARGET"
cargo build --release --locked --target "$TARGET"

bin="${CARGO_TARGET_DIR:-target}/$TARGET/release/gorae"
[ -x "$bin" ] || { echo "musl.sh: the build succeeded but $bin is missing" >&2; exit 1; }

# Static means no program interpreter and no shared-library dependencies. (readelf's output is
# captured first: `readelf | grep -q` can fail on SIGPIPE under pipefail.)
headers=$(readelf -lW "$bin")
dynamic=$(readelf -dW "$bin")
if grep -q 'Requesting program interpreter' <<<"$headers"; then
    echo "musl.sh: $bin has a program interpreter: it is not static" >&2
    grep 'program interpreter' <<<"$headers" >&2
    exit 1
fi
if grep -q '(NEEDED)' <<<"$dynamic"; then
    echo "musl.sh: $bin needs shared libraries: it is not static" >&2
    grep '(NEEDED)' <<<"$dynamic" >&2
    exit 1
fi
if command -v file >/dev/null; then file -b "$bin"; fi
"$bin" --version

size=$(stat -c %s "$bin")
echo "musl.sh: static binary: $bin ($size bytes, $(numfmt --to=iec-i --suffix=B "$size" 2>/dev/null || echo "$((size / 1048576)) MiB"))"
