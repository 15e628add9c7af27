#!/usr/bin/env bash
# Boot the guest built by build.sh under User-Mode Linux (or qemu, see backend.sh), run
# SCRIPT in it as root (with the FILES beside it in the shared folder, its working
# directory), print what it printed and exit with its status. The guest's disk is a throwaway
# copy-on-write file (a qemu snapshot); the base image is never written.
#
#   tests/guest/run.sh SCRIPT [FILES...]
#   GORAE_GUEST_TIMEOUT=600  GORAE_GUEST_MEM=1G  GORAE_GUEST_KEEP=1 (keep the run folder)
set -euo pipefail
dir=${GORAE_GUEST_DIR:-/var/cache/gorae-guest}
. "$(dirname "$0")/backend.sh"
backend=$(guest_backend)
script=${1:?usage: tests/guest/run.sh SCRIPT [FILES...]}
shift
[ -f "$dir/root.ext4" ] || { echo "tests/guest/run.sh: no guest image in $dir: run tests/guest/build.sh" >&2; exit 2; }
run=$(mktemp -d "${TMPDIR:-/tmp}/gorae-guest-XXXXXX")
share=$run/share
mkdir -p "$share"
chmod 0755 "$run"
chmod 1777 "$share"
cp "$script" "$share/test.sh"
for f in "$@"; do cp -a "$f" "$share/"; done
chmod -R a+rX "$share"
start=$(date +%s)
set +e
args="quiet systemd.unified_cgroup_hierarchy=1"
case $backend in
uml)
    # UML keeps the guest's memory in a file under TMPDIR: /dev/shm is tmpfs.
    TMPDIR=/dev/shm timeout --foreground -k 5 "${GORAE_GUEST_TIMEOUT:-600}" \
        linux.uml mem="${GORAE_GUEST_MEM:-1G}" ubd0="$run/cow,$dir/root.ext4" root=/dev/ubda rw \
        con=null con0=null,fd:1 ssl=null $args \
        gorae.share="$share" </dev/null >"$run/console.log" 2>&1
    ;;
qemu)
    [ -f "$dir/vmlinuz" ] && [ -f "$dir/initrd.img" ] \
        || { echo "tests/guest/run.sh: no kernel in $dir: run tests/guest/build.sh" >&2; exit 2; }
    timeout --foreground -k 5 "${GORAE_GUEST_TIMEOUT:-900}" \
        qemu-system-x86_64 -accel tcg,thread=multi,tb-size=256 \
        -cpu qemu64,+ssse3,+sse4.1,+sse4.2,+popcnt,+cx16 -m "${GORAE_GUEST_MEM:-1G}" -smp 2 \
        -nodefaults -no-user-config -nographic -monitor none -no-reboot -nic none \
        -serial file:"$run/console.log" \
        -kernel "$dir/vmlinuz" -initrd "$dir/initrd.img" \
        -append "console=ttyS0 root=/dev/vda rw panic=-1 mitigations=off $args" \
        -drive file="$dir/root.ext4",format=raw,if=virtio,snapshot=on \
        -virtfs local,path="$share",mount_tag=share,security_model=none,id=share \
        </dev/null >/dev/null 2>"$run/qemu.err"
    ;;
esac
vm=$?
set -e
rm -f "$run/cow"
[ -f "$share/output.log" ] && cat "$share/output.log"
if [ -f "$share/rc" ]; then
    rc=$(cat "$share/rc")
else
    echo "tests/guest/run.sh: the guest left no result ($backend exit $vm, 124 is a timeout); last console lines:" >&2
    tail -n 30 "$run/console.log" >&2
    [ -s "$run/qemu.err" ] && tail -n 10 "$run/qemu.err" >&2
    rc=255
fi
echo "tests/guest/run.sh: guest ($backend) ran $(( $(date +%s) - start )) s, rc=$rc" >&2
if [ "${GORAE_GUEST_KEEP:-0}" = 1 ] || [ "$rc" != 0 ]; then
    echo "tests/guest/run.sh: run folder kept: $run" >&2
else
    rm -rf "$run"
fi
exit "$rc"
