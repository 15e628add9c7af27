#!/usr/bin/env bash
# Build (once) the throwaway guest that proves cgroup limits and systemd units for real: a
# Debian 12 tree with systemd, a pure cgroup v2 hierarchy and an unprivileged user `tester`
# (uid 1000, lingering, subordinate IDs, cpu/cpuset/io/memory/pids delegated), booted under
# User-Mode Linux. The hosts gorae is developed on have a hybrid cgroup layout; this guest
# does not. Run as root. The image is cached in $GORAE_GUEST_DIR (default
# /var/cache/gorae-guest) and rebuilt only when this script changes.
set -euo pipefail

die() { echo "tests/guest/build.sh: error: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "must be run as root (debootstrap, chroot)"

dir=${GORAE_GUEST_DIR:-/var/cache/gorae-guest}
here=$(cd "$(dirname "$0")" && pwd)
stamp=$(sha256sum "$here/build.sh" | cut -c1-16)
if [ -f "$dir/root.ext4" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$stamp" ]; then
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
need=()
for p in debootstrap e2fsprogs user-mode-linux; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || die "apt-get install ${need[*]} failed"
fi

mirror=${GORAE_GUEST_MIRROR:-$(grep -rhoE 'https?://[^ ]+debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n1 | tr -d ' ' || true)}
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

mkdir -p "$dir"
work=$(mktemp -d "$dir/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
pkgs=systemd,systemd-sysv,dbus,dbus-user-session,libpam-systemd,udev,kmod,procps,uidmap,iproute2,busybox-static,passt,util-linux
echo "tests/guest/build.sh: debootstrap bookworm from $mirror (a few minutes, once)"
debootstrap --variant=minbase --include="$pkgs" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log" >&2; die "debootstrap failed"; }

echo gorae-guest >"$root/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 gorae-guest\n' >"$root/etc/hosts"
: >"$root/etc/fstab"
# The UML kernel's modules (overlay, tun, veth…) so the guest can load them.
cp -a /usr/lib/uml/modules/. "$root/lib/modules/"
mkdir -p "$root/mnt/share"
# A fixed machine id: no first-boot set-up.
echo 6f72616567756573746d616368696e65 >"$root/etc/machine-id"
for u in systemd-firstboot.service apt-daily.timer apt-daily-upgrade.timer e2scrub_all.timer \
         e2scrub_reap.service fstrim.timer dpkg-db-backup.timer systemd-timesyncd.service \
         systemd-udev-trigger.service getty@tty1.service serial-getty@ttyS0.service; do
    ln -sf /dev/null "$root/etc/systemd/system/$u"
done
chroot "$root" passwd -d root >/dev/null
chroot "$root" useradd -m -u 1000 -s /bin/bash tester
echo 'tester:100000:65536' >"$root/etc/subuid"
echo 'tester:100000:65536' >"$root/etc/subgid"
mkdir -p "$root/var/lib/systemd/linger"
touch "$root/var/lib/systemd/linger/tester"
# Debian's user@.service delegates memory, pids and cpu; add cpuset and io.
mkdir -p "$root/etc/systemd/system/user@.service.d"
printf '[Service]\nDelegate=cpu cpuset io memory pids\n' >"$root/etc/systemd/system/user@.service.d/delegate.conf"

# The runner: mounts the host folder given on the kernel command line (hostfs), runs
# test.sh from it as root, writes output.log and rc there, and powers off at once (the disk
# is a throwaway copy-on-write file).
cat >"$root/usr/local/sbin/gorae-guest-runner" <<'RUNNER'
#!/bin/bash
share=/mnt/share
host=$(tr ' ' '\n' </proc/cmdline | sed -n 's/^gorae.share=//p')
mountpoint -q $share || mount -t hostfs -o "$host" none $share
for _ in $(seq 1 200); do systemctl is-active -q user@1000.service && break; sleep 0.1; done
cd $share
timeout 900 bash $share/test.sh >$share/output.log 2>&1
echo $? >$share/rc
sync
systemctl poweroff --force --force
RUNNER
chmod 755 "$root/usr/local/sbin/gorae-guest-runner"
cat >"$root/etc/systemd/system/gorae-guest-runner.service" <<'UNIT'
[Unit]
Description=gorae guest tier: run the shared test.sh, then power off
After=systemd-logind.service systemd-user-sessions.service user@1000.service

[Service]
Type=simple
ExecStart=/usr/local/sbin/gorae-guest-runner

[Install]
WantedBy=multi-user.target
UNIT
ln -sf /etc/systemd/system/gorae-guest-runner.service \
    "$root/etc/systemd/system/multi-user.target.wants/gorae-guest-runner.service"

rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
mkfs.ext4 -q -F -L gorae-guest -d "$root" "$work/root.ext4" 3G
mv "$work/root.ext4" "$dir/root.ext4"
echo "$stamp" >"$dir/stamp"
echo "tests/guest/build.sh: guest image ready in $dir/root.ext4"
