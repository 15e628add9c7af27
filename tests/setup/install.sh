#!/usr/bin/env bash
# Install everything the gorae integration tests need on a Debian 12 machine.
# Run as root. Idempotent; quiet on success.
set -euo pipefail

die() { echo "install.sh: error: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must be run as root"
command -v apt-get >/dev/null || die "apt-get not found (Debian/Ubuntu required)"

export DEBIAN_FRONTEND=noninteractive

TEST_USER="${GORAE_TEST_USER:-gorae-test}"
PKGS=(uidmap passt slirp4netns docker-registry busybox-static debootstrap zstd
      apache2-utils curl ca-certificates python3 tar gzip iproute2 procps
      podman runc skopeo python3-venv gnupg tzdata)

missing=()
for p in "${PKGS[@]}"; do
    st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$st" = "install ok installed" ] || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
    log=$(mktemp)
    trap 'rm -f "$log"' EXIT
    # Refresh the package lists once per run when we actually need to install something.
    if ! apt-get update -qq >"$log" 2>&1; then
        cat "$log" >&2; die "apt-get update failed"
    fi
    if ! apt-get install -y -qq --no-install-recommends \
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
            "${missing[@]}" >"$log" 2>&1; then
        tail -n 40 "$log" >&2; die "apt-get install failed for: ${missing[*]}"
    fi
fi

# Debian's docker-registry package starts a system service on :5000 that would
# collide with our test registry; keep it stopped and disabled when systemd runs.
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
    systemctl disable --now docker-registry.service >/dev/null 2>&1 || true
fi

# Unprivileged test user with a 65536-wide subordinate id range.
if ! id -u "$TEST_USER" >/dev/null 2>&1; then
    useradd -m -s /bin/bash "$TEST_USER" || die "useradd $TEST_USER failed"
fi

ensure_subid() { # file
    local f=$1
    touch "$f"
    if ! awk -F: -v u="$TEST_USER" -v uid="$(id -u "$TEST_USER")" \
            '($1==u || $1==uid) && $3+0 >= 65536 {found=1} END {exit !found}' "$f"; then
        # pick a start above every existing range (at least 100000)
        local start
        start=$(awk -F: 'BEGIN{m=100000} {e=$2+$3; if (e>m) m=e} END{print m}' "$f")
        echo "$TEST_USER:$start:65536" >>"$f"
    fi
}
ensure_subid /etc/subuid
ensure_subid /etc/subgid

# pasta/slirp4netns open /dev/net/tun as the unprivileged user.
if [ -e /dev/net/tun ]; then
    chmod 0666 /dev/net/tun
fi

# The Kubernetes OpenAPI schemas, to check the YAML `kube generate` writes (PyPI's
# kubernetes-validate bundles them), in a venv of its own.
# Debian's /usr/bin/python3, never root's own (on these machines root's python3 lives under
# /root, which the unprivileged test user can't execute).
KV=/opt/gorae-kubernetes-validate
if [ ! -x "$KV/bin/kubernetes-validate" ] || ! runuser -u "$TEST_USER" -- "$KV/bin/python" -c '' 2>/dev/null; then
    rm -rf "$KV"
    /usr/bin/python3 -m venv "$KV" || die "/usr/bin/python3 -m venv failed"
    "$KV/bin/pip" install -q kubernetes-validate || die "pip install kubernetes-validate failed"
fi
runuser -u "$TEST_USER" -- "$KV/bin/kubernetes-validate" --version >/dev/null 2>&1 \
    || die "the test user $TEST_USER cannot run $KV/bin/kubernetes-validate"

# Sanity checks.
for b in newuidmap newgidmap pasta slirp4netns docker-registry busybox debootstrap zstd htpasswd curl python3; do
    command -v "$b" >/dev/null 2>&1 || [ -x "/usr/sbin/$b" ] || [ -x "/usr/bin/$b" ] \
        || die "expected command '$b' is still missing after install"
done
[ -x /bin/busybox ] || die "/bin/busybox (busybox-static) missing"
