#!/bin/bash
# The guest tier's checks. Runs as root inside the guest (tests/guest/run.sh boots it), with
# gorae beside it in the shared folder; everything gorae does runs as the unprivileged user
# `tester` (uid 1000, lingering, cgroup controllers delegated by systemd). Exit 0 iff every
# check passed; each check prints PASS or FAIL with what it saw.
set -u
here=$(pwd)
fail=0
U=tester
step() { echo; echo "=== $* (guest uptime $(cut -d' ' -f1 /proc/uptime) s)"; }
pass() { echo "PASS: $1"; }
bad() { echo "FAIL: $1"; shift; [ $# -gt 0 ] && printf '      %s\n' "$@"; fail=1; }
expect() { # NAME WANT GOT
    if [ "$2" = "$3" ]; then pass "$1"; else bad "$1" "want: $2" "got:  $3"; fi
}
contains() { # NAME NEEDLE HAYSTACK
    if grep -qF -- "$2" <<<"$3"; then pass "$1"; else bad "$1" "want to see: $2" "got: $3"; fi
}
# As tester from root's service: not in a delegated cgroup, so gorae itself asks the user's
# systemd for a scope (the path of an ssh login).
asuser() {
    runuser -u $U -- env -C /home/$U HOME=/home/$U USER=$U PATH=/usr/local/bin:/usr/bin:/bin \
        XDG_RUNTIME_DIR=/run/user/1000 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus "$@"
}
# As tester inside the user's systemd manager (a transient unit: a delegated cgroup).
inunit() {
    systemd-run --user -M $U@ --wait --pipe --quiet -p Delegate=yes \
        -E PATH=/usr/local/bin:/usr/bin:/bin -- "$@"
}
ucheck() { systemctl --user -M $U@ "$@"; }
# A unit's state, with its status shown when it is not the one wanted.
unit_state() { # NAME UNIT WANT
    local got
    got=$(ucheck is-active "$2")
    expect "$1" "$3" "$got"
    [ "$got" = "$3" ] || asuser systemctl --user status --no-pager -n 20 "$2" 2>&1 | sed 's/^/      | /'
}

step "set-up: gorae, the user's systemd generator, a busybox image"
install -m 0755 "$here/gorae" /usr/local/bin/gorae
mkdir -p /usr/lib/systemd/user-generators /usr/lib/systemd/system-generators
ln -sf /usr/local/bin/gorae /usr/lib/systemd/user-generators/gorae-user-generator
ln -sf /usr/local/bin/gorae /usr/lib/systemd/system-generators/gorae-system-generator
root=$(mktemp -d)
mkdir -p "$root/bin" "$root/tmp" "$root/etc"
cp /bin/busybox "$root/bin/busybox"
for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -s busybox "$root/bin/$a"; done
echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
echo 'root:x:0:' >"$root/etc/group"
tar -C "$root" -cf /tmp/bb.tar .
chmod 0644 /tmp/bb.tar
asuser gorae import -q /tmp/bb.tar localhost/bb >/dev/null
expect "busybox image imported" "localhost/bb" "$(asuser gorae images --format '{{.Repository}}' | head -n1)"
cat /sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/cgroup.controllers

step "info"
info=$(inunit gorae info --format '{{.Host.CgroupsVersion}} {{.Host.CgroupManager}} {{join .Host.CgroupControllers ","}}')
contains "info reports cgroup v2 and the delegated controllers" "v2 systemd" "$info"
contains "memory is among them" "memory" "$info"
contains "the user's manager runs: podman's systemd cgroup manager; --cgroup-manager cgroupfs says so" \
    "cgroupfs" "$(inunit gorae --cgroup-manager cgroupfs info --format '{{.Host.CgroupManager}}')"

step "limits from a login-like shell (gorae gets a delegated scope through systemd-run)"
out=$(asuser gorae run --rm --network none --memory 32m --memory-swap 32m localhost/bb \
    sh -c 'dd if=/dev/zero of=/dev/null bs=100M count=1'; echo "rc=$?")
contains "--memory 32m: a process that allocates 100M is OOM-killed (exit 137)" "rc=137" "$out"
out=$(asuser gorae run --rm --network none --cpus 0.5 --pids-limit 50 --memory 64m localhost/bb \
    sh -c 'cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/pids.max /sys/fs/cgroup/memory.max' 2>&1)
contains "--cpus 0.5 is cpu.max 50000 100000" "50000 100000" "$out"
contains "--pids-limit 50 is pids.max" "$(printf '\n50\n')" "$out"
contains "--memory 64m is memory.max" "67108864" "$out"
out=$(asuser gorae run --rm --network none --cpu-quota 25000 --cpu-period 50000 \
    --cgroup-conf memory.high=52428800 --memory-swappiness 10 localhost/bb \
    sh -c 'cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/memory.high' 2>&1)
contains "--cpu-quota/--cpu-period are cpu.max" "25000 50000" "$out"
contains "--cgroup-conf memory.high is written (page-aligned, as the kernel keeps it)" "52428800" "$out"
contains "--memory-swappiness is said not to be in force" "--memory-swappiness not in force" "$out"
out=$(asuser gorae run --rm --network none --pids-limit 5 localhost/bb \
    sh -c 'for i in 1 2 3 4 5 6 7 8; do sleep 3 & done; wait' 2>&1; echo "rc=$?")
contains "--pids-limit 5 refuses the sixth process" "can't fork" "$out"

step "update: new limits in force at once in a running container's cgroup, and after a restart"
asuser gorae run -d --name upd --network none --memory 64m localhost/bb sleep 300 >/dev/null
out=$(asuser gorae update --memory 100m --cpus 1.5 --pids-limit 40 upd 2>&1)
contains "update prints the container's ID" "$(asuser gorae inspect --format '{{.Id}}' upd)" "$out"
out=$(asuser gorae exec upd sh -c 'cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/cpu.max /sys/fs/cgroup/pids.max' 2>&1)
expect "update --memory/--cpus/--pids-limit are in the cgroup at once" \
    "$(printf '104857600\n150000 100000\n40')" "$out"
expect "inspect shows the new memory limit" "104857600" \
    "$(asuser gorae inspect --format '{{.HostConfig.Memory}}' upd)"
asuser gorae restart -t 0 upd >/dev/null
out=$(asuser gorae exec upd cat /sys/fs/cgroup/memory.max 2>&1)
expect "the updated limit holds after a restart" "104857600" "$out"
asuser gorae rm -f -t 0 upd >/dev/null

fake=$(asuser mktemp -d)
out=$(asuser env XDG_RUNTIME_DIR=$fake gorae run --rm --network none --memory 32m localhost/bb echo ran 2>&1; echo "rc=$?")
contains "no user manager to ask: the container still runs" "rc=0" "$out"
contains "and stderr says the limit is not in force, and why" "--memory not in force" "$out"

step "limits inside a systemd user unit (the unit's own delegated cgroup)"
out=$(inunit gorae run --rm --network none --memory 32m localhost/bb \
    sh -c 'dd if=/dev/zero of=/dev/null bs=100M count=1'; echo "rc=$?")
contains "in a unit: OOM kill at 32m (exit 137)" "rc=137" "$out"

step "a limit is reported exactly where its controller is delegated"
# UML's kernel has no cpuset controller; Debian's (under qemu) has, and the unit gets it.
ctrls=$(inunit sh -c 'cat "/sys/fs/cgroup$(cut -d: -f3 /proc/self/cgroup)/cgroup.controllers"')
echo "the unit's controllers: $ctrls"
out=$(inunit gorae run --name nocpuset --network none --cpuset-cpus 0 --memory 48m localhost/bb true 2>&1)
got=$(inunit gorae inspect --format '{{.HostConfig.Memory}} [{{.HostConfig.CpusetCpus}}]' nocpuset)
if grep -qw cpuset <<<"$ctrls"; then
    expect "inspect: memory and cpuset in force" "50331648 [0]" "$got"
    if grep -qF -- "--cpuset-cpus not in force" <<<"$out"; then
        bad "a delegated cpuset is not said to be missing" "$out"
    else
        pass "a delegated cpuset is not said to be missing"
    fi
else
    contains "--cpuset-cpus not in force is said on stderr" "--cpuset-cpus not in force" "$out"
    expect "inspect: memory in force, cpuset not claimed" "50331648 []" "$got"
fi
inunit gorae rm nocpuset >/dev/null

step "pause, exec, stats and stop through the container's cgroup"
asuser gorae run -d --name pz --network none --memory 64m localhost/bb \
    sh -c 'trap "exit 0" TERM; sleep 1000 & sleep 1000 & wait' >/dev/null
cg=$(asuser gorae inspect --format '{{.HostConfig.CgroupPath}}' pz)
echo "cgroup: $cg"
[ -n "$cg" ] && [ -d "/sys/fs/cgroup$cg" ] && pass "the container has its own cgroup" || bad "the container has its own cgroup" "$cg"
asuser gorae exec -d pz sleep 999
sleep 0.3
epid=$(pgrep -f 'sleep 999' | head -n1)
expect "an exec'd process joins the container's cgroup" "0::$cg" "$(cat /proc/$epid/cgroup 2>&1)"
expect "and sees it as its own root" "0::/" "$(asuser gorae exec pz cat /proc/self/cgroup)"
stats=$(asuser gorae stats --no-stream --format '{{.MemUsage}}|{{.PIDs}}' pz 2>&1)
contains "stats reads the cgroup's pids.current (4 processes)" "|4" "$stats"
contains "stats shows the memory limit, 64 MiB" "/ 67.1" "$stats"
asuser gorae pause pz
expect "pause freezes the cgroup" "1" "$(cat /sys/fs/cgroup$cg/cgroup.freeze 2>&1)"
expect "state paused" "paused" "$(asuser gorae inspect --format '{{.State.Status}}' pz)"
asuser gorae unpause pz
expect "unpause thaws it" "0" "$(cat /sys/fs/cgroup$cg/cgroup.freeze 2>&1)"
asuser gorae pause pz
procs=$(cat /sys/fs/cgroup$cg/cgroup.procs | wc -l)
start=$(date +%s)
asuser gorae stop -t 8 pz >/dev/null 2>&1
took=$(( $(date +%s) - start ))
expect "a paused container stops gracefully (thawed for its stop signal: exit 0)" "0" \
    "$(asuser gorae inspect --format '{{.State.ExitCode}}' pz)"
[ "$took" -lt 8 ] && pass "without waiting for the kill ($took s)" || bad "without waiting for the kill" "took $took s"
left=$(cat /sys/fs/cgroup$cg/cgroup.procs 2>/dev/null | wc -l)
expect "stop leaves none of the $procs processes behind" "0" "$left"
kill -0 "$epid" 2>/dev/null && bad "the exec'd process ended with it" "$epid runs" || pass "the exec'd process ended with it"
asuser gorae rm pz >/dev/null
[ ! -d "/sys/fs/cgroup$cg" ] && pass "rm removes the cgroup" || bad "rm removes the cgroup" "$(ls /sys/fs/cgroup$cg)"

step "a container without a network namespace of its own (the host's /sys is bound)"
out=$(asuser gorae run --rm --network host --memory 40m localhost/bb cat /sys/fs/cgroup/memory.max 2>&1)
expect "--network host: its own cgroup at /sys/fs/cgroup, limit in force" "41943040" "$out"

step "--cgroup-parent"
top=/user.slice/user-1000.slice/user@1000.service
out=$(asuser gorae run --rm --network none --cgroup-parent $top/mine.slice --memory 40m localhost/bb \
    cat /proc/self/cgroup /sys/fs/cgroup/memory.max 2>&1)
contains "the container's cgroup is made below --cgroup-parent, limit in force" "41943040" "$out"
[ -d "/sys/fs/cgroup$top/mine.slice" ] && pass "the parent exists, the leaf is gone after --rm: $(ls /sys/fs/cgroup$top/mine.slice | grep -c gorae-) leaves" || bad "the parent was made" "$(ls /sys/fs/cgroup$top)"
out=$(asuser gorae run --rm --network none --cgroup-parent /system.slice localhost/bb true 2>&1; echo "rc=$?")
contains "a parent outside the delegated subtree: exit 125" "rc=125" "$out"
contains "and says why" "outside the cgroup subtree delegated" "$out"

step "bad input"
out=$(asuser gorae run --rm --memory 12q localhost/bb true 2>&1; echo "rc=$?")
contains "--memory 12q: exit 125" "rc=125" "$out"
contains "--memory 12q: the flag is named" "--memory" "$out"
out=$(asuser gorae run --rm --memory 1m localhost/bb true 2>&1; echo "rc=$?")
contains "--memory 1m is below the minimum: exit 125" "rc=125" "$out"
contains "--memory 1m: says the minimum" "minimum" "$out"

step "generate systemd --new: a Type=notify user unit that makes, tracks and removes its container"
units=/home/$U/.config/systemd/user
asuser mkdir -p "$units" /home/$U/.config/containers/systemd
asuser gorae create --name gs --network none --memory 40m localhost/bb \
    sh -c 'trap "exit 0" TERM; while :; do sleep 1; done' >/dev/null
asuser sh -c "cd $units && gorae generate systemd --new --name --files gs"
asuser gorae rm gs >/dev/null
cat "$units/container-gs.service"
contains "the unit is Type=notify" "Type=notify" "$(cat $units/container-gs.service)"
ucheck daemon-reload
ucheck start container-gs.service; rc=$?
expect "systemctl --user start container-gs.service" "0" "$rc"
expect "the unit is active" "active" "$(ucheck is-active container-gs.service)"
main=$(ucheck show -p MainPID --value container-gs.service)
cpid=$(asuser gorae inspect --format '{{.State.Pid}}' gs 2>&1)
echo "MainPID=$main container pid=$cpid"
expect "MainPID is gorae's monitor" "gorae" "$(tr '\0' ' ' </proc/$main/cmdline | cut -d' ' -f1 | xargs basename)"
contains "the container's process is in the unit's cgroup" "container-gs.service/" "$(cat /proc/$cpid/cgroup 2>&1)"
ucg=$(cut -d: -f3 /proc/$cpid/cgroup)
expect "its limit is in force there" "41943040" "$(cat /sys/fs/cgroup$ucg/memory.max 2>&1)"
ucheck stop container-gs.service
unit_state "after stop the unit is inactive (not failed)" container-gs.service inactive
expect "the container is gone" "" "$(asuser gorae ps -a --format '{{.Names}}' | grep -x gs)"
kill -0 "$cpid" 2>/dev/null && bad "no process left" "$cpid still runs" || pass "no process left"

step "a hand-written Type=notify unit running gorae in the foreground"
cat >"$units/fg.service" <<UNIT
[Service]
Type=notify
NotifyAccess=all
TimeoutStopSec=20
# The container ends by the SIGTERM systemd sends: 143, as under podman.
SuccessExitStatus=143
ExecStart=/usr/local/bin/gorae run --rm --init --name fg --network none --sdnotify=conmon --pids-limit 30 localhost/bb sleep 1000
UNIT
chown $U "$units/fg.service"
ucheck daemon-reload
ucheck start fg.service
unit_state "fg.service is active" fg.service active
fpid=$(asuser gorae inspect --format '{{.State.Pid}}' fg 2>&1)
contains "its container stays in the unit's cgroup" "fg.service/" "$(cat /proc/$fpid/cgroup 2>&1)"
fcg=$(cut -d: -f3 /proc/$fpid/cgroup)
expect "its --pids-limit is in force" "30" "$(cat /sys/fs/cgroup$fcg/pids.max 2>&1)"
ucheck stop fg.service
unit_state "fg.service stops cleanly" fg.service inactive
kill -0 "$fpid" 2>/dev/null && bad "systemctl stop ends the container" "$fpid still runs" || pass "systemctl stop ends the container"
expect "and --rm removed it" "" "$(asuser gorae ps -a --format '{{.Names}}' | grep -x fg)"

step "generate systemd --new for a pod: the pod's unit brings its member's"
asuser gorae pod create --name pp --network none >/dev/null
asuser gorae create --pod pp --name pm localhost/bb \
    sh -c 'trap "exit 0" TERM; while :; do sleep 1; done' >/dev/null
asuser sh -c "cd $units && gorae generate systemd --new --name --files pp" >/dev/null
asuser gorae pod rm -f pp >/dev/null
ucheck daemon-reload
ucheck start pod-pp.service; rc=$?
expect "systemctl --user start pod-pp.service" "0" "$rc"
sleep 1
unit_state "the member's unit came with it" container-pm.service active
expect "the member runs in the pod" "running $(asuser gorae pod inspect --format '{{.Id}}' pp)" \
    "$(asuser gorae ps --no-trunc --format '{{.State}} {{.Pod}}' --filter name=pm 2>&1)"
mpid=$(asuser gorae inspect --format '{{.State.Pid}}' pm 2>&1)
contains "the member's process is in its own unit's cgroup" "container-pm.service/" "$(cat /proc/$mpid/cgroup 2>&1)"
ucheck stop pod-pp.service
unit_state "stopping the pod's unit stops the member's" container-pm.service inactive
unit_state "and the pod's unit is inactive" pod-pp.service inactive
expect "the pod is removed" "" "$(asuser gorae pod ps --format '{{.Name}}' | grep -x pp)"

step "Quadlet: a .container (with a .volume) becomes a running unit"
q=/home/$U/.config/containers/systemd
cat >"$q/web.container" <<'QUADLET'
[Unit]
Description=quadlet web

[Container]
Image=localhost/bb
Exec=sh -c 'trap "exit 0" TERM; echo up >/data/state; while :; do sleep 1; done'
Network=none
Volume=data.volume:/data
Memory=48m

[Install]
WantedBy=default.target
QUADLET
printf '[Volume]\n' >"$q/data.volume"
chown -R $U "$q"
QUADLET_UNIT_DIRS=$q /usr/lib/systemd/user-generators/gorae-user-generator -user -dryrun 2>&1 | head -40
ucheck daemon-reload
contains "the generator made web.service" "SourcePath=$q/web.container" "$(asuser systemctl --user cat web.service 2>&1)"
ucheck start web.service; rc=$?
expect "systemctl --user start web.service" "0" "$rc"
expect "web.service is active" "active" "$(ucheck is-active web.service)"
expect "its container runs as systemd-web" "running" "$(asuser gorae inspect --format '{{.State.Status}}' systemd-web 2>&1)"
wpid=$(asuser gorae inspect --format '{{.State.Pid}}' systemd-web 2>&1)
contains "inside web.service's cgroup" "web.service/" "$(cat /proc/$wpid/cgroup 2>&1)"
wcg=$(cut -d: -f3 /proc/$wpid/cgroup)
expect "Memory=48m in force" "50331648" "$(cat /sys/fs/cgroup$wcg/memory.max 2>&1)"
expect "the volume unit made systemd-data" "systemd-data" "$(asuser gorae volume ls --format '{{.Name}}' | grep -x systemd-data)"
ucheck stop web.service
unit_state "web.service stops cleanly" web.service inactive
expect "its container is removed" "" "$(asuser gorae ps -a --format '{{.Names}}' | grep -x systemd-web)"
cat >"$q/broken.container" <<'QUADLET'
[Container]
Image=localhost/bb
NoSuchKey=1
QUADLET
chown $U "$q/broken.container"
out=$(QUADLET_UNIT_DIRS=$q /usr/lib/systemd/user-generators/gorae-user-generator -user -dryrun 2>&1 >/dev/null)
contains "a file with an unknown key is reported, not turned into a unit" "unsupported key NoSuchKey" "$out"

echo
if [ $fail = 0 ]; then echo "guest checks: all passed"; else echo "guest checks: FAILED"; fi
exit $fail
