#!/usr/bin/env bash
# Installs a built gorae with its completions and man pages.
#   cargo build --release && packaging/install.sh               # into /usr/local
#   PREFIX=/usr DESTDIR=/tmp/pkgroot packaging/install.sh       # staged, for packagers
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
BIN=${BIN:-target/release/gorae}
[ -x "$BIN" ] || { echo "install.sh: $BIN not found: run cargo build --release first" >&2; exit 1; }
install -D -m 0755 "$BIN" "$DESTDIR$PREFIX/bin/gorae"
install -D -m 0644 completions/gorae.bash "$DESTDIR$PREFIX/share/bash-completion/completions/gorae"
install -D -m 0644 completions/_gorae "$DESTDIR$PREFIX/share/zsh/site-functions/_gorae"
install -D -m 0644 completions/gorae.fish "$DESTDIR$PREFIX/share/fish/vendor_completions.d/gorae.fish"
for page in man/*.1; do
    install -D -m 0644 "$page" "$DESTDIR$PREFIX/share/man/man1/$(basename "$page")"
done
echo "installed gorae into $DESTDIR$PREFIX"
