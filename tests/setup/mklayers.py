#!/usr/bin/env python3
"""Write the hand-made layer tarballs used by images.sh (standard library only).

    mklayers.py layers OUTDIR        -> OUTDIR/layers-2.tar OUTDIR/layers-3.tar   (test/layers)
    mklayers.py user OUTDIR          -> OUTDIR/user-2.tar                        (test/user)
    mklayers.py debian-extra OUTDIR  -> OUTDIR/debian-2.tar OUTDIR/debian-3.tar  (test/debian*)
    mklayers.py rootfs-tar DIR OUT   -> deterministic tar of a debootstrap tree (numeric owners,
                                        sorted, hardlinks kept; contents of dev/ proc/ sys/ run/ tmp/,
                                        apt lists/caches, etc/hostname and etc/resolv.conf left out)

Entries are built with tarfile so owners, modes, hardlinks and OCI whiteouts are exact.
All mtimes are EPOCH (or SOURCE_DATE_EPOCH) so the digests never change.
"""

import hashlib
import io
import os
import stat
import sys
import tarfile

EPOCH = int(os.environ.get("SOURCE_DATE_EPOCH", "1700000000"))


def die(msg):
    print(f"mklayers.py: error: {msg}", file=sys.stderr)
    sys.exit(1)


class Layer:
    def __init__(self, path):
        self.f = open(path + ".tmp", "wb")
        self.path = path
        self.tf = tarfile.open(fileobj=self.f, mode="w", format=tarfile.PAX_FORMAT)

    def _ti(self, name, typ, mode, uid=0, gid=0):
        ti = tarfile.TarInfo(name)
        ti.type = typ
        ti.mode = mode
        ti.uid, ti.gid = uid, gid
        ti.uname = ti.gname = ""
        ti.mtime = EPOCH
        return ti

    def dir(self, name, mode=0o755, uid=0, gid=0):
        self.tf.addfile(self._ti(name.rstrip("/") + "/", tarfile.DIRTYPE, mode, uid, gid))

    def file(self, name, data=b"", mode=0o644, uid=0, gid=0):
        if isinstance(data, str):
            data = data.encode()
        ti = self._ti(name, tarfile.REGTYPE, mode, uid, gid)
        ti.size = len(data)
        self.tf.addfile(ti, io.BytesIO(data))

    def symlink(self, name, target):
        ti = self._ti(name, tarfile.SYMTYPE, 0o777)
        ti.linkname = target
        self.tf.addfile(ti)

    def hardlink(self, name, target):
        ti = self._ti(name, tarfile.LNKTYPE, 0o644)
        ti.linkname = target
        self.tf.addfile(ti)

    def whiteout(self, path):
        d, base = os.path.split(path.rstrip("/"))
        self.file(os.path.join(d, ".wh." + base), b"", 0o644)

    def opaque(self, dirpath):
        self.file(os.path.join(dirpath.rstrip("/"), ".wh..wh..opq"), b"", 0o644)

    def close(self):
        self.tf.close()
        self.f.close()
        os.replace(self.path + ".tmp", self.path)


def layers(out):
    # layer 2 (layer 1 is the busybox base)
    l = Layer(os.path.join(out, "layers-2.tar"))
    l.dir("data")
    l.file("data/keep", "keep\n")
    l.file("data/gone", "gone\n")
    l.dir("data/dir")
    l.file("data/dir/a", "a\n")
    l.hardlink("data/hard", "data/keep")
    l.symlink("data/link", "keep")
    l.dir("opt")
    l.dir("opt/old")
    l.file("opt/old/x", "x\n")
    l.dir("usr")
    l.dir("usr/local")
    l.dir("usr/local/bin")
    l.file("usr/local/bin/suid", "#!/bin/sh\necho suid\n", mode=0o4755)
    l.dir("home")
    l.dir("home/user", uid=1000, gid=1000)
    l.file("home/user/owned", "owned by 1000\n", uid=1000, gid=1000)
    l.close()
    # layer 3: whiteout + opaque dir
    l = Layer(os.path.join(out, "layers-3.tar"))
    l.dir("data")
    l.whiteout("data/gone")
    l.dir("opt")
    l.dir("opt/old")
    l.opaque("opt/old")
    l.file("opt/old/y", "y\n")
    l.close()


def user(out):
    l = Layer(os.path.join(out, "user-2.tar"))
    l.dir("etc")
    l.file("etc/passwd",
           "root:x:0:0:root:/root:/bin/sh\n"
           "app:x:1000:1000:app:/home/app:/bin/sh\n"
           "nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n")
    l.file("etc/group", "root:x:0:\napp:x:1000:\nnogroup:x:65534:\n")
    l.dir("home")
    l.dir("home/app", mode=0o755, uid=1000, gid=1000)
    l.file("home/app/.profile", "export APP=1\n", uid=1000, gid=1000)
    l.close()


def hostile(out):
    """Layers whose /proc or /dev is a symlink: an engine must not mount through them."""
    l = Layer(os.path.join(out, "proc-symlink.tar"))
    l.symlink("proc", "/etc")
    l.close()
    l = Layer(os.path.join(out, "dev-symlink.tar"))
    l.symlink("dev", "/tmp")
    l.close()


def blob(n):
    """n deterministic pseudo-random bytes."""
    out = bytearray()
    i = 0
    while len(out) < n:
        out += hashlib.sha256(b"gorae-test-%d" % i).digest()
        i += 1
    return bytes(out[:n])


DEBIAN_DOC_WHITEOUTS = ["bash", "dpkg", "apt"]


def debian_extra(out):
    l = Layer(os.path.join(out, "debian-2.tar"))
    l.dir("etc")
    l.file("etc/gorae-test-release", "gorae test debian image, layer 2\n")
    l.dir("opt")
    l.dir("opt/gorae")
    l.file("opt/gorae/random.bin", blob(1 << 20))
    l.file("opt/gorae/README", "1 MiB of deterministic bytes; sha256 is in random.bin.sha256\n")
    l.file("opt/gorae/random.bin.sha256", hashlib.sha256(blob(1 << 20)).hexdigest() + "  random.bin\n")
    l.dir("usr")
    l.dir("usr/local")
    l.dir("usr/local/bin")
    l.file("usr/local/bin/gorae-hello", "#!/bin/sh\necho hello from debian layer 2\n", mode=0o755)
    l.dir("usr/share")
    l.dir("usr/share/doc")
    for p in DEBIAN_DOC_WHITEOUTS:
        l.whiteout("usr/share/doc/" + p)
    # As apt leaves it once it has run: a 0700 directory of _apt (UID 42), with a file in it,
    # that only a subordinate UID (or gorae's user namespace) can read and remove.
    l.dir("var")
    l.dir("var/cache")
    l.dir("var/cache/apt")
    l.dir("var/cache/apt/archives")
    l.dir("var/cache/apt/archives/partial", mode=0o700, uid=42, gid=0)
    l.file("var/cache/apt/archives/partial/lock", "", mode=0o640, uid=42, gid=0)
    l.close()
    l = Layer(os.path.join(out, "debian-3.tar"))
    l.dir("etc")
    l.file("etc/gorae-layer3", "layer 3\n")
    l.close()


def excluded(rel, isdir):
    """rel: path relative to rootfs root, without leading slash."""
    parts = rel.split("/")
    if len(parts) >= 2 and parts[0] in ("dev", "proc", "sys", "run", "tmp"):
        return True
    if rel in ("etc/hostname", "etc/resolv.conf", "var/cache/ldconfig/aux-cache"):
        return True
    if rel.startswith("var/lib/apt/lists/") and not isdir:
        return True
    if rel.startswith("var/cache/apt/") and not isdir:
        return True
    if rel.startswith("var/log/") and not isdir:
        return True
    if rel == "debootstrap" or rel.startswith("debootstrap/"):
        return True
    return False


def rootfs_tar(src, out):
    if not os.path.isdir(src):
        die(f"{src} is not a directory")
    f = open(out + ".tmp", "wb")
    tf = tarfile.open(fileobj=f, mode="w", format=tarfile.PAX_FORMAT, dereference=False)

    def walk(d, prefix):
        for n in sorted(os.listdir(d)):
            p = os.path.join(d, n)
            rel = prefix + n
            st = os.lstat(p)
            isdir = stat.S_ISDIR(st.st_mode)
            if excluded(rel, isdir):
                continue
            ti = tf.gettarinfo(p, rel)
            if ti is None:
                continue
            ti.uname = ti.gname = ""
            ti.mtime = int(st.st_mtime)
            if ti.isreg():
                with open(p, "rb") as fh:
                    tf.addfile(ti, fh)
            else:
                if ti.ischr() or ti.isblk():
                    ti.devmajor, ti.devminor = os.major(st.st_rdev), os.minor(st.st_rdev)
                tf.addfile(ti)
            if isdir:
                walk(p, rel + "/")

    walk(src, "")
    tf.close()
    f.close()
    os.replace(out + ".tmp", out)


def main():
    a = sys.argv[1:]
    if len(a) == 2 and a[0] in ("layers", "user", "debian-extra", "hostile"):
        os.makedirs(a[1], exist_ok=True)
        {"layers": layers, "user": user, "debian-extra": debian_extra, "hostile": hostile}[a[0]](a[1])
    elif len(a) == 3 and a[0] == "rootfs-tar":
        rootfs_tar(a[1], a[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
