#!/usr/bin/env python3
"""Check that the test registries hold every image of the contract in README.md.

    verify.py [--no-debian] [--no-chroot]

For each image: the manifest answers, its bytes hash to the Docker-Content-Digest,
every config/layer blob hashes to its digest with the stated size, every layer
decompresses to its config diff_id (test/bad-diffid must NOT match). Then it applies
the layers to a temp dir with OCI whiteout rules (root needed) and checks the file
properties the Rust tests rely on, and runs `chroot DIR /bin/sh -c 'echo ok'`.
The auth registry must answer 401 without and 200 with gorae:secret.
Prints "verify: N passed, 0 failed" on success, exits 1 on any failure.
"""

import base64
import gzip
import hashlib
import http.client
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile

REG = "127.0.0.1:5000"
AUTHREG = "127.0.0.1:5001"
AUTH = "gorae:secret"
ACCEPT = ", ".join([
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
])
INDEX_TYPES = ("application/vnd.oci.image.index.v1+json",
               "application/vnd.docker.distribution.manifest.list.v2+json")

passed = 0
failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what}", file=sys.stderr)
    return cond


def get(hostport, path, auth=None, accept=None, method="GET"):
    h = {}
    if auth:
        h["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
    if accept:
        h["Accept"] = accept
    c = http.client.HTTPConnection(hostport, timeout=120)
    c.request(method, path, headers=h)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, dict((k.lower(), v) for k, v in r.getheaders()), body


def sha(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


def decompress(media_type, data):
    if media_type.endswith("+gzip") or media_type.endswith(".tar.gzip"):
        return gzip.decompress(data)
    if media_type.endswith("+zstd"):
        r = subprocess.run(["zstd", "-d", "-q", "-c"], input=data, stdout=subprocess.PIPE, check=True)
        return r.stdout
    return data


def fetch_image(hostport, name, ref, auth=None, want_arch="amd64"):
    """Return (config_json, [(media_type, uncompressed_tar_bytes)], top_manifest_json)."""
    st, hd, body = get(hostport, f"/v2/{name}/manifests/{ref}", auth, ACCEPT)
    if not check(st == 200, f"{hostport}/{name}:{ref} manifest HTTP {st}"):
        return None
    check(sha(body) == hd.get("docker-content-digest"), f"{name}:{ref} manifest digest matches header")
    top = m = json.loads(body)
    if m.get("mediaType") in INDEX_TYPES:
        for d in m["manifests"]:
            st, hd2, b2 = get(hostport, f"/v2/{name}/manifests/{d['digest']}", auth, ACCEPT)
            check(st == 200 and sha(b2) == d["digest"] and len(b2) == d["size"], f"{name} child {d['digest']}")
        sel = [d for d in m["manifests"] if d["platform"]["architecture"] == want_arch][0]
        st, hd, body = get(hostport, f"/v2/{name}/manifests/{sel['digest']}", auth, ACCEPT)
        m = json.loads(body)
    cd = m["config"]
    st, _, cfgb = get(hostport, f"/v2/{name}/blobs/{cd['digest']}", auth)
    check(st == 200 and sha(cfgb) == cd["digest"] and len(cfgb) == cd["size"], f"{name} config blob")
    cfg = json.loads(cfgb)
    layers = []
    for i, l in enumerate(m["layers"]):
        st, _, lb = get(hostport, f"/v2/{name}/blobs/{l['digest']}", auth)
        check(st == 200 and sha(lb) == l["digest"] and len(lb) == l["size"], f"{name} layer {i} blob digest/size")
        raw = decompress(l["mediaType"], lb)
        layers.append((l["mediaType"], raw, sha(raw)))
    return cfg, layers, top, m


def apply_layers(layers, dest):
    for _, raw, _ in layers:
        tf = tarfile.open(fileobj=io.BytesIO(raw))
        members = tf.getmembers()
        keep = []
        for ti in members:
            d, base = os.path.split(ti.name.rstrip("/"))
            if base == ".wh..wh..opq":
                p = os.path.join(dest, d)
                if os.path.isdir(p):
                    for n in os.listdir(p):
                        q = os.path.join(p, n)
                        shutil.rmtree(q) if os.path.isdir(q) and not os.path.islink(q) else os.unlink(q)
            elif base.startswith(".wh."):
                q = os.path.join(dest, d, base[4:])
                if os.path.lexists(q):
                    shutil.rmtree(q) if os.path.isdir(q) and not os.path.islink(q) else os.unlink(q)
            else:
                keep.append(ti)
        kw = {"filter": "fully_trusted"} if hasattr(tarfile, "fully_trusted_filter") else {}
        tf.extractall(dest, members=keep, numeric_owner=True, **kw)


def chroot_ok(d, cmd="echo ok", shell="/bin/sh"):
    r = subprocess.run(["chroot", d, shell, "-c", cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode().strip(), r.stderr.decode().strip()


def main():
    args = sys.argv[1:]
    no_debian = "--no-debian" in args or os.environ.get("GORAE_TEST_NO_DEBIAN") == "1"
    do_chroot = "--no-chroot" not in args and os.geteuid() == 0
    PATHENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    # auth registry
    st, hd, _ = get(AUTHREG, "/v2/")
    check(st == 401 and "basic" in hd.get("www-authenticate", "").lower(), f"{AUTHREG} anonymous /v2/ gives 401 Basic (got {st})")
    st, _, _ = get(AUTHREG, "/v2/library/busybox/manifests/latest", accept=ACCEPT)
    check(st == 401, f"{AUTHREG} anonymous manifest gives 401 (got {st})")
    st, _, _ = get(AUTHREG, "/v2/", auth="gorae:wrong")
    check(st == 401, f"{AUTHREG} wrong password gives 401 (got {st})")

    images = [
        (REG, "library/busybox", "latest", None), (REG, "library/busybox", "1.0", None),
        (AUTHREG, "library/busybox", "latest", AUTH),
        (REG, "test/busybox-zstd", "latest", None), (REG, "test/busybox-plain", "latest", None),
        (REG, "test/busybox-docker", "latest", None), (REG, "test/layers", "latest", None),
        (REG, "test/user", "latest", None), (REG, "test/index", "latest", None),
        (REG, "test/bad-diffid", "latest", None),
    ]
    if not no_debian:
        images += [(REG, "test/debian", "latest", None), (REG, "test/debian-zstd", "latest", None)]

    want_layer_type = {
        "test/busybox-zstd": "application/vnd.oci.image.layer.v1.tar+zstd",
        "test/busybox-plain": "application/vnd.oci.image.layer.v1.tar",
        "test/busybox-docker": "application/vnd.docker.image.rootfs.diff.tar.gzip",
        "test/debian-zstd": "application/vnd.oci.image.layer.v1.tar+zstd",
    }
    want_layers = {"test/layers": 3, "test/user": 2, "test/debian": 3, "test/debian-zstd": 3}
    got = {}
    for hp, name, tag, auth in images:
        r = fetch_image(hp, name, tag, auth)
        if r is None:
            continue
        cfg, layers, top, m = r
        got[(hp, name, tag)] = r
        lt = want_layer_type.get(name, "application/vnd.oci.image.layer.v1.tar+gzip")
        check(all(l[0] == lt for l in layers), f"{name}:{tag} layer media type {lt}")
        check(len(layers) == want_layers.get(name, 1), f"{name}:{tag} has {want_layers.get(name, 1)} layers")
        match = [l[2] for l in layers] == cfg["rootfs"]["diff_ids"]
        if name == "test/bad-diffid":
            check(not match, "test/bad-diffid diff_ids must NOT match")
        else:
            check(match, f"{name}:{tag} diff_ids match uncompressed layers")
        check(cfg["architecture"] == "amd64" and cfg["os"] == "linux", f"{name}:{tag} amd64/linux")
        env = cfg["config"].get("Env", [])
        check(PATHENV in env, f"{name}:{tag} Env has PATH")

    # specific config properties
    bb = got.get((REG, "library/busybox", "latest"))
    if bb:
        check(bb[0]["config"].get("Cmd") == ["sh"], "busybox Cmd [sh]")
        check(bb[2]["mediaType"] == "application/vnd.oci.image.manifest.v1+json", "busybox is an OCI manifest")
    dk = got.get((REG, "test/busybox-docker", "latest"))
    if dk:
        check(dk[2]["mediaType"] == "application/vnd.docker.distribution.manifest.v2+json", "busybox-docker schema2")
        check(dk[3]["config"]["mediaType"] == "application/vnd.docker.container.image.v1+json", "busybox-docker config type")
    ly = got.get((REG, "test/layers", "latest"))
    if ly:
        c = ly[0]["config"]
        check("GREETING=hello" in c.get("Env", []), "layers Env GREETING")
        check(c.get("WorkingDir") == "/data", "layers WorkingDir /data")
        check(c.get("Entrypoint") == ["/bin/sh", "-c"], "layers Entrypoint")
        check(c.get("Cmd") == ["echo $GREETING from $(pwd)"], "layers Cmd")
        check(c.get("User", "") == "", "layers User empty")
    us = got.get((REG, "test/user", "latest"))
    if us:
        check(us[0]["config"].get("User") == "1000:1000", "user User 1000:1000")
    ix = got.get((REG, "test/index", "latest"))
    if ix:
        top = ix[2]
        check(top["mediaType"] == "application/vnd.oci.image.index.v1+json", "index media type")
        archs = [d["platform"]["architecture"] for d in top["manifests"]]
        check(archs == ["arm64", "amd64"], f"index lists arm64 then amd64 ({archs})")
        check("MARKER=amd64" in ix[0]["config"]["Env"], "index amd64 config has MARKER=amd64")
        r = fetch_image(REG, "test/index", "latest", None, want_arch="arm64")
        if r:
            check(r[0]["architecture"] == "arm64" and "MARKER=arm64" in r[0]["config"]["Env"], "index arm64 config")
    for n in ("test/debian", "test/debian-zstd"):
        d = got.get((REG, n, "latest"))
        if d:
            check(d[0]["config"].get("Cmd") == ["bash"], f"{n} Cmd [bash]")

    if do_chroot:
        def rootfs(key):
            t = tempfile.mkdtemp(prefix="gorae-verify.")
            apply_layers(got[key][1], t)
            return t
        tmps = []
        try:
            for key in [(REG, "library/busybox", "latest"), (REG, "test/busybox-zstd", "latest"),
                        (REG, "test/busybox-plain", "latest"), (REG, "test/busybox-docker", "latest")]:
                if key in got:
                    t = rootfs(key); tmps.append(t)
                    rc, out, err = chroot_ok(t)
                    check(rc == 0 and out == "ok", f"chroot {key[1]} /bin/sh -c 'echo ok' -> rc={rc} {out!r} {err!r}")
                    check(os.readlink(os.path.join(t, "bin/sh")) == "busybox", f"{key[1]} bin/sh -> busybox (relative)")
                    check(stat.S_IMODE(os.lstat(os.path.join(t, "tmp")).st_mode) == 0o1777, f"{key[1]} /tmp 1777")
            if (REG, "test/layers", "latest") in got:
                t = rootfs((REG, "test/layers", "latest")); tmps.append(t)
                P = lambda p: os.path.join(t, p.lstrip("/"))
                check(not os.path.lexists(P("/data/gone")), "layers: /data/gone whited out")
                check(not os.path.lexists(P("/data/.wh.gone")), "layers: no whiteout file left")
                check(open(P("/data/keep")).read() == "keep\n", "layers: /data/keep")
                check(open(P("/data/dir/a")).read() == "a\n", "layers: /data/dir/a")
                check(not os.path.lexists(P("/opt/old/x")), "layers: /opt/old/x hidden by opaque dir")
                check(open(P("/opt/old/y")).read() == "y\n", "layers: /opt/old/y")
                s = os.lstat(P("/usr/local/bin/suid"))
                check(stat.S_IMODE(s.st_mode) == 0o4755 and s.st_uid == 0, "layers: suid 4755 root")
                check(os.lstat(P("/data/hard")).st_ino == os.lstat(P("/data/keep")).st_ino, "layers: /data/hard hardlink of keep")
                check(os.readlink(P("/data/link")) == "keep", "layers: /data/link -> keep")
                s = os.lstat(P("/home/user/owned"))
                check((s.st_uid, s.st_gid) == (1000, 1000), "layers: /home/user/owned 1000:1000")
                rc, out, err = chroot_ok(t, "cd /data && echo $(cat keep) from $(pwd)")
                check(out == "keep from /data", f"layers chroot: {out!r} {err!r}")
            if (REG, "test/user", "latest") in got:
                t = rootfs((REG, "test/user", "latest")); tmps.append(t)
                check("app:x:1000:1000:" in open(os.path.join(t, "etc/passwd")).read(), "user: passwd has app 1000")
            for n in ("test/debian", "test/debian-zstd"):
                if (REG, n, "latest") in got:
                    t = rootfs((REG, n, "latest")); tmps.append(t)
                    rc, out, err = chroot_ok(t, "echo ok; cat /etc/gorae-layer3; gorae-hello", shell="/bin/bash")
                    check(rc == 0 and out == "ok\nlayer 3\nhello from debian layer 2", f"{n} chroot bash: {out!r} {err!r}")
                    for p in ("bash", "dpkg", "apt"):
                        check(not os.path.lexists(os.path.join(t, "usr/share/doc", p)), f"{n}: /usr/share/doc/{p} whited out")
                    check(os.path.isdir(os.path.join(t, "usr/share/doc/coreutils")), f"{n}: /usr/share/doc/coreutils kept")
                    check(os.listdir(os.path.join(t, "dev")) == [], f"{n}: /dev empty")
        finally:
            for t in tmps:
                shutil.rmtree(t, ignore_errors=True)

    print(f"verify: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
