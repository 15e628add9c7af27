#!/usr/bin/env bash
# Build (once) the throwaway guest that proves cgroup limits and systemd units for real: a
# Debian 12 tree with systemd, a pure cgroup v2 hierarchy and an unprivileged user `tester`
# (uid 1000, lingering, subordinate IDs, cpu/cpuset/io/memory/pids delegated), booted under
# User-Mode Linux, or qemu where UML can't run (backend.sh says why). The hosts gorae is
# developed on have a hybrid cgroup layout; this guest does not. Run as root. The image (the
# same for both machines: it carries UML's modules and Debian's kernel) is cached in
# $GORAE_GUEST_DIR (default /var/cache/gorae-guest) and rebuilt only when this script changes.
set -euo pipefail

die() { echo "tests/guest/build.sh: error: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "must be run as root (debootstrap, chroot)"

dir=${GORAE_GUEST_DIR:-/var/cache/gorae-guest}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/backend.sh"
backend=$(guest_backend)
stamp=$(sha256sum "$here/build.sh" | cut -c1-16)

export DEBIAN_FRONTEND=noninteractive
need=()
machine=user-mode-linux
[ "$backend" = qemu ] && machine=qemu-system-x86
for p in debootstrap e2fsprogs cpio "$machine"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || die "apt-get install ${need[*]} failed"
fi
if [ -f "$dir/root.ext4" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$stamp" ]; then
    exit 0
fi

mirror=${GORAE_GUEST_MIRROR:-$(grep -rhoE 'https?://[^ ]+debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n1 | tr -d ' ' || true)}
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

mkdir -p "$dir"
work=$(mktemp -d "$dir/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
pkgs=systemd,systemd-sysv,dbus,dbus-user-session,libpam-systemd,udev,kmod,procps,uidmap,iproute2,busybox-static,passt,util-linux,linux-image-amd64
echo "tests/guest/build.sh: debootstrap bookworm from $mirror (a few minutes, once)"
debootstrap --variant=minbase --include="$pkgs" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log" >&2; die "debootstrap failed"; }

echo gorae-guest >"$root/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 gorae-guest\n' >"$root/etc/hosts"
: >"$root/etc/fstab"
# The UML kernel's modules (overlay, tun, veth…) so the guest can load them under UML.
if [ -d /usr/lib/uml/modules ]; then cp -a /usr/lib/uml/modules/. "$root/lib/modules/"; fi
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

# The runner: mounts the host folder (UML: hostfs, named on the kernel command line; qemu:
# 9p over virtio), runs test.sh from it as root, writes output.log and rc there, and powers
# off at once (the disk is a throwaway copy-on-write file).
cat >"$root/usr/local/sbin/gorae-guest-runner" <<'RUNNER'
#!/bin/bash
share=/mnt/share
host=$(tr ' ' '\n' </proc/cmdline | sed -n 's/^gorae.share=//p')
if ! mountpoint -q $share; then
    if [ -n "$host" ]; then
        mount -t hostfs -o "$host" none $share
    else
        modprobe -a 9p 9pnet_virtio
        mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 share $share
    fi
fi
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

# For qemu: Debian's kernel, and a small busybox initramfs that loads virtio and ext4 and
# switches to the root disk (Debian's udev initramfs costs 10-20 s of every boot under TCG).
kv=$(ls "$root/lib/modules" | grep -E '^[0-9].*amd64$' | head -n1)
[ -n "$kv" ] || die "no amd64 kernel in the guest"
cp -L "$root/boot/vmlinuz-$kv" "$work/vmlinuz"
ird=$work/initrd
mkdir -p "$ird"/{bin,dev,proc,sys,newroot,mods}
cp "$root/bin/busybox" "$ird/bin/busybox"
i=0
for m in $(for m in virtio_pci virtio_blk ext4; do chroot "$root" modprobe -S "$kv" --show-depends "$m"; done \
           | awk '$1 == "insmod" && !seen[$2]++ {print $2}'); do
    i=$((i + 1))
    cp "$root$m" "$ird/mods/$(printf %02d $i)-$(basename "$m")"
done
cat >"$ird/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t devtmpfs devtmpfs /dev
mount -t proc proc /proc
mount -t sysfs sysfs /sys
for m in /mods/*; do insmod "$m"; done
for _ in $(seq 1 200); do [ -b /dev/vda ] && break; sleep 0.05; done
mount -t ext4 -o rw /dev/vda /newroot || { echo "initramfs: cannot mount /dev/vda"; exec sh; }
umount /proc /sys
mount --move /dev /newroot/dev
exec switch_root /newroot /sbin/init
INIT
chmod 755 "$ird/init"
(cd "$ird" && find . | cpio -o -H newc --quiet | gzip -1) >"$work/initrd.img"

rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
rm -rf "$root"/boot/initrd.img-*
mkfs.ext4 -q -F -L gorae-guest -d "$root" "$work/root.ext4" 4G
mv "$work/vmlinuz" "$dir/vmlinuz"
mv "$work/initrd.img" "$dir/initrd.img"
mv "$work/root.ext4" "$dir/root.ext4"
echo "$stamp" >"$dir/stamp"
echo "tests/guest/build.sh: guest image ready in $dir/root.ext4"
