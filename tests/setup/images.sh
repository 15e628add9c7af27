#!/usr/bin/env bash
# Build the gorae test images offline and push them to the local test registries
# (start them first with registry.sh start). Run as root. Idempotent: an image whose
# tag already points at the identical manifest is skipped, compressed layers are cached
# in $GORAE_TEST_CACHE/blobs and the debootstrap rootfs (minbase and strace) in $GORAE_TEST_CACHE/debian-minbase-strace.tar.
#
#   GORAE_TEST_NO_DEBIAN=1      skip test/debian and test/debian-zstd
#   GORAE_TEST_CACHE=DIR        cache dir (default /var/cache/gorae-test)
#   GORAE_TEST_STATE=DIR        registry state dir (default /tmp/gorae-test-registry);
#                               a digest summary is written to $GORAE_TEST_STATE/images.tsv
#   GORAE_TEST_DEBIAN_MIRROR=URL  override the mirror found in /etc/apt/sources*
set -euo pipefail
umask 022

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE="${GORAE_TEST_STATE:-/tmp/gorae-test-registry}"
CACHE="${GORAE_TEST_CACHE:-/var/cache/gorae-test}"
SUITE="${GORAE_TEST_DEBIAN_SUITE:-bookworm}"
REG=127.0.0.1:5000
AUTHREG=127.0.0.1:5001
AUTH=gorae:secret
PATHENV="PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
export SOURCE_DATE_EPOCH=1700000000   # fixed mtimes/created => stable digests
export MKIMAGE_CACHE="$CACHE/blobs"

die() { echo "images.sh: error: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must be run as root (debootstrap, file owners)"
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; else PY=$(command -v python3) || die "python3 not found"; fi
[ -x /bin/busybox ] || die "/bin/busybox missing (run install.sh)"
command -v zstd >/dev/null || die "zstd missing (run install.sh)"
"$HERE/registry.sh" status 2>/dev/null || die "test registries are not answering on $REG / $AUTHREG; run '$HERE/registry.sh start' first"

mkdir -p "$CACHE" "$MKIMAGE_CACHE"
exec 9>"$CACHE/.images.lock"
flock -w 1800 9 || die "another images.sh holds $CACHE/.images.lock"

WORK=$(mktemp -d /tmp/gorae-images.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
SUMMARY="$WORK/images.tsv"
: >"$SUMMARY"

# push REGISTRY NAME TAG[,TAG...] mkimage-args...
push() {
    local reg=$1 name=$2 tags=$3 out t
    shift 3
    local targs=()
    IFS=, read -ra tl <<<"$tags"
    for t in "${tl[@]}"; do targs+=(--tag "$t"); done
    if ! out=$("$PY" "$HERE/mkimage.py" --registry "$reg" --name "$name" "${targs[@]}" "$@"); then
        die "pushing $reg/$name:$tags failed"
    fi
    for t in "${tl[@]}"; do printf '%s/%s:%s\t%s\n' "$reg" "$name" "$t" "$out" >>"$SUMMARY"; done
}

# ---------------------------------------------------------------- busybox rootfs
BB="$WORK/busybox"
mkdir -p "$BB"/{bin,etc,tmp,root,proc,sys,dev,home}
cp /bin/busybox "$BB/bin/busybox"
chmod 0755 "$BB/bin/busybox"
for a in $(/bin/busybox --list); do
    [ "$a" = busybox ] || ln -s busybox "$BB/bin/$a"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$BB/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$BB/etc/group"
chmod 1777 "$BB/tmp"
chmod 0700 "$BB/root"
chmod 0755 "$BB" "$BB"/{bin,etc,proc,sys,dev,home}
chmod 0644 "$BB/etc/passwd" "$BB/etc/group"

"$PY" "$HERE/mklayers.py" layers "$WORK/layers"
"$PY" "$HERE/mklayers.py" user "$WORK/user"
"$PY" "$HERE/mklayers.py" hostile "$WORK/hostile"

BBCFG=(--env "$PATHENV" --cmd '["sh"]')

push "$REG" library/busybox latest,1.0 --layer "$BB" "${BBCFG[@]}"
push "$AUTHREG" library/busybox latest --auth "$AUTH" --layer "$BB" "${BBCFG[@]}"
push "$REG" test/busybox-zstd latest --compression zstd --layer "$BB" "${BBCFG[@]}"
push "$REG" test/busybox-plain latest --compression none --layer "$BB" "${BBCFG[@]}"
push "$REG" test/busybox-docker latest --format docker --layer "$BB" "${BBCFG[@]}"
# shellcheck disable=SC2016 # $GREETING and $(pwd) are for the container's shell
push "$REG" test/layers latest --layer "$BB" --layer "$WORK/layers/layers-2.tar" --layer "$WORK/layers/layers-3.tar" \
    --env "$PATHENV" --env GREETING=hello --workdir /data \
    --entrypoint '["/bin/sh","-c"]' --cmd '["echo $GREETING from $(pwd)"]' --user ""
push "$REG" test/user latest --layer "$BB" --layer "$WORK/user/user-2.tar" "${BBCFG[@]}" --user 1000:1000
push "$REG" test/index latest --index --layer "$BB" "${BBCFG[@]}"
push "$REG" test/bad-diffid latest --corrupt-diffid --layer "$BB" "${BBCFG[@]}"
# shellcheck disable=SC2016 # for the container's shell
push "$REG" test/web latest --layer "$BB" --env "$PATHENV" --expose 80 --healthcheck 'test -f /tmp/index.html' \
    --cmd '["sh","-c","echo web-image > /tmp/index.html; exec httpd -f -p 80 -h /tmp"]'
push "$REG" test/corrupt-gzip latest --truncate-blob 4096 --layer "$BB" "${BBCFG[@]}"
push "$REG" test/corrupt-zstd latest --compression zstd --truncate-blob 4096 --layer "$BB" "${BBCFG[@]}"
push "$REG" test/proc-symlink latest --layer "$BB" --layer "$WORK/hostile/proc-symlink.tar" "${BBCFG[@]}"
push "$REG" test/dev-symlink latest --layer "$BB" --layer "$WORK/hostile/dev-symlink.tar" "${BBCFG[@]}"

# ---------------------------------------------------------------- debian
find_mirror() {
    "$PY" - "$SUITE" <<'PYEOF'
import glob, re, sys
suite = sys.argv[1]
cands = []
def consider(types, uris, suites):
    if "deb" in types and suite in suites:
        for u in uris:
            if "security" not in u:
                cands.append(u)
for f in ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*.list")):
    try:
        lines = open(f).read().splitlines()
    except OSError:
        continue
    for ln in lines:
        ln = ln.split("#", 1)[0].strip()
        ln = re.sub(r"\[[^\]]*\]", "", ln).split()
        if len(ln) >= 3 and ln[0] == "deb":
            consider(["deb"], [ln[1]], [ln[2]])
for f in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
    try:
        text = open(f).read()
    except OSError:
        continue
    for stanza in re.split(r"\n\s*\n", text):
        fields = {}
        for ln in stanza.splitlines():
            if ln.startswith("#") or ":" not in ln or ln[:1].isspace():
                continue
            k, v = ln.split(":", 1)
            fields[k.strip().lower()] = v.split()
        if fields.get("enabled", ["yes"])[0].lower() == "no":
            continue
        consider(fields.get("types", []), fields.get("uris", []), fields.get("suites", []))
print(cands[0] if cands else "http://deb.debian.org/debian")
PYEOF
}

if [ "${GORAE_TEST_NO_DEBIAN:-0}" != 1 ]; then
    # minbase and strace (with libunwind8), for the tests of ptrace in a container; the name
    # changes with what goes in, so an older cache is rebuilt.
    MINBASE="$CACHE/debian-minbase-strace.tar"
    if [ ! -s "$MINBASE" ]; then
        command -v debootstrap >/dev/null || die "debootstrap missing (run install.sh)"
        MIRROR="${GORAE_TEST_DEBIAN_MIRROR:-$(find_mirror)}"
        ROOTFS="$CACHE/debian-rootfs.tmp"
        rm -rf "$ROOTFS"
        if ! debootstrap --variant=minbase --include=strace --arch=amd64 "$SUITE" "$ROOTFS" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
            tail -n 30 "$CACHE/debootstrap.log" >&2
            rm -rf "$ROOTFS"
            die "debootstrap $SUITE from $MIRROR failed (full log: $CACHE/debootstrap.log)"
        fi
        "$PY" "$HERE/mklayers.py" rootfs-tar "$ROOTFS" "$MINBASE" || die "taring $ROOTFS failed"
        rm -rf "$ROOTFS"
    fi
    "$PY" "$HERE/mklayers.py" debian-extra "$WORK/debian"
    DEBARGS=(--layer "$MINBASE" --layer "$WORK/debian/debian-2.tar" --layer "$WORK/debian/debian-3.tar"
             --env "$PATHENV" --cmd '["bash"]')
    push "$REG" test/debian latest "${DEBARGS[@]}"
    push "$REG" test/debian-zstd latest --compression zstd "${DEBARGS[@]}"
fi

if [ -d "$STATE" ] && [ -w "$STATE" ]; then
    cp "$SUMMARY" "$STATE/images.tsv.tmp" && mv "$STATE/images.tsv.tmp" "$STATE/images.tsv"
fi
