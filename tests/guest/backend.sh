# Sourced by build.sh and run.sh: which machine boots the guest.
#
# User-Mode Linux (the default: boots in seconds, no KVM needed) is Debian 12's 6.1, which can't
# restore an FP state the size AMX makes it on the host ("userspace - ptrace set fp regs
# failed, errno = 14", then init dies): on such CPUs the guest boots under qemu instead, with
# TCG (these hosts' /dev/kvm can't run a stock kernel). GORAE_GUEST_BACKEND=uml|qemu chooses.
guest_backend() {
    case "${GORAE_GUEST_BACKEND:-}" in
    uml | qemu) echo "$GORAE_GUEST_BACKEND" ;;
    "") if grep -qw amx_tile /proc/cpuinfo; then echo qemu; else echo uml; fi ;;
    *) echo "GORAE_GUEST_BACKEND must be uml or qemu, not $GORAE_GUEST_BACKEND" >&2; return 2 ;;
    esac
}
