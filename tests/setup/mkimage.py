#!/usr/bin/env python3
"""Build an OCI / Docker schema2 image from layer tarballs or directories and push
it to a registry with the Distribution HTTP API v2. Standard library only (plus the
`zstd` command for zstd layers).

Example:
    mkimage.py --registry 127.0.0.1:5000 --name library/busybox --tag latest \\
        --layer rootfs/ --env PATH=/bin --cmd '["sh"]'

Prints the digest of the pushed top-level manifest (or image index) on stdout.

Everything is deterministic: the same inputs give the same digests, so a rerun is
detected (HEAD of the tag returns our digest) and skipped without uploading.
With SOURCE_DATE_EPOCH (or --source-date-epoch) the mtimes of files taken from a
*directory* layer are clamped to that time, so freshly built trees hash the same.
"""

import argparse
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
import time
import urllib.parse

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER = {
    "none": "application/vnd.oci.image.layer.v1.tar",
    "gzip": "application/vnd.oci.image.layer.v1.tar+gzip",
    "zstd": "application/vnd.oci.image.layer.v1.tar+zstd",
}
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json"
DOCKER_LAYER = {"gzip": "application/vnd.docker.image.rootfs.diff.tar.gzip"}
ACCEPT = ", ".join([OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST])

CHUNK = 1 << 20


def die(msg):
    print(f"mkimage.py: error: {msg}", file=sys.stderr)
    sys.exit(1)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            b = f.read(CHUNK)
            if not b:
                break
            h.update(b)
    return "sha256:" + h.hexdigest()


def sha256_bytes(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


# ---------------------------------------------------------------- layers

def tar_directory(src, out_path, clamp_mtime):
    """Tar the *contents* of directory src deterministically: sorted entries,
    numeric owners only (no user/group names), integer mtimes (clamped when
    clamp_mtime is set), hardlinks kept, sockets skipped."""
    with open(out_path, "wb") as f:
        tf = tarfile.open(fileobj=f, mode="w", format=tarfile.PAX_FORMAT, dereference=False)

        def add(path, arcname):
            ti = tf.gettarinfo(path, arcname)
            if ti is None:  # socket or similar
                return
            ti.uname = ""
            ti.gname = ""
            mt = int(os.lstat(path).st_mtime)
            if clamp_mtime is not None and mt > clamp_mtime:
                mt = clamp_mtime
            ti.mtime = mt
            if ti.isreg():
                with open(path, "rb") as fh:
                    tf.addfile(ti, fh)
            else:
                if ti.ischr() or ti.isblk():
                    st = os.lstat(path)
                    ti.devmajor = os.major(st.st_rdev)
                    ti.devminor = os.minor(st.st_rdev)
                tf.addfile(ti)

        def walk(d, prefix):
            try:
                names = sorted(os.listdir(d))
            except OSError as e:
                die(f"cannot read directory {d}: {e}")
            for n in names:
                p = os.path.join(d, n)
                arc = prefix + n
                add(p, arc)
                st = os.lstat(p)
                if stat.S_ISDIR(st.st_mode):
                    walk(p, arc + "/")

        walk(src, "")
        tf.close()


def prepare_layer(spec, workdir, idx, clamp_mtime):
    """Return path of an uncompressed tar for the --layer argument."""
    if os.path.isdir(spec):
        out = os.path.join(workdir, f"layer{idx}.tar")
        tar_directory(spec, out, clamp_mtime)
        return out
    if not os.path.isfile(spec):
        die(f"--layer {spec}: no such file or directory")
    with open(spec, "rb") as f:
        magic = f.read(4)
    if magic[:2] == b"\x1f\x8b":
        out = os.path.join(workdir, f"layer{idx}.tar")
        with gzip.open(spec, "rb") as src, open(out, "wb") as dst:
            shutil.copyfileobj(src, dst, CHUNK)
        return out
    if magic == b"\x28\xb5\x2f\xfd":
        out = os.path.join(workdir, f"layer{idx}.tar")
        run_zstd(["-d", "-q", "-f", "-o", out, spec])
        return out
    if not tarfile.is_tarfile(spec):
        die(f"--layer {spec}: not a directory, a tar, a .tar.gz or a .tar.zst")
    return spec


def run_zstd(args):
    if shutil.which("zstd") is None:
        die("the zstd command is needed for zstd layers (apt-get install zstd)")
    r = subprocess.run(["zstd"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        die("zstd failed: " + r.stderr.decode(errors="replace").strip())


def compress(tar_path, compression, workdir, idx, cache):
    """Return (blob_path, digest, size) of the compressed layer. Compressed blobs
    are cached by (diff_id, compression) because compression dominates cold runs."""
    diff_id = sha256_file(tar_path)
    if compression == "none":
        return tar_path, diff_id, diff_id, os.path.getsize(tar_path)
    key = f"{diff_id.split(':', 1)[1]}.{compression}"
    if cache:
        cpath = os.path.join(cache, key)
        dpath = cpath + ".digest"
        if os.path.isfile(cpath) and os.path.isfile(dpath):
            with open(dpath) as f:
                dg = f.read().strip()
            size = os.path.getsize(cpath)
            if dg.startswith("sha256:") and size > 0:
                return cpath, dg, diff_id, size
    out = os.path.join(workdir, f"layer{idx}.{compression}")
    if compression == "gzip":
        with open(tar_path, "rb") as src, open(out, "wb") as raw:
            # mtime=0 and no file name: deterministic output
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
                shutil.copyfileobj(src, gz, CHUNK)
    elif compression == "zstd":
        run_zstd(["-q", "-f", "-3", "-T1", "-o", out, tar_path])
    else:
        die(f"unknown compression {compression}")
    dg = sha256_file(out)
    if cache:
        os.makedirs(cache, exist_ok=True)
        tmp = os.path.join(cache, f".{key}.{os.getpid()}")
        shutil.copyfile(out, tmp)
        os.replace(tmp, os.path.join(cache, key))
        with open(os.path.join(cache, key + ".digest.tmp"), "w") as f:
            f.write(dg + "\n")
        os.replace(os.path.join(cache, key + ".digest.tmp"), os.path.join(cache, key + ".digest"))
    return out, dg, diff_id, os.path.getsize(out)


# ---------------------------------------------------------------- registry client

class Registry:
    def __init__(self, hostport, name, auth):
        self.hostport = hostport
        self.name = name
        self.headers = {}
        if auth:
            self.headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()

    def request(self, method, path, body=None, headers=None, length=None):
        h = dict(self.headers)
        if headers:
            h.update(headers)
        if body is not None and length is not None:
            h["Content-Length"] = str(length)
        try:
            conn = http.client.HTTPConnection(self.hostport, timeout=300)
            conn.request(method, path, body=body, headers=h)
            resp = conn.getresponse()
            data = resp.read()
            conn.close()
        except OSError as e:
            die(f"{method} http://{self.hostport}{path}: {e}")
        return resp, data

    def fail(self, what, resp, data):
        msg = data.decode(errors="replace").strip()
        if resp.status == 401:
            msg += " (authentication required: use --auth user:pass)"
        die(f"{what}: HTTP {resp.status} {resp.reason}: {msg[:500]}")

    def manifest_digest(self, ref):
        resp, _ = self.request("HEAD", f"/v2/{self.name}/manifests/{ref}", headers={"Accept": ACCEPT})
        if resp.status == 200:
            return resp.getheader("Docker-Content-Digest")
        if resp.status == 404:
            return None
        self.fail(f"HEAD manifest {self.name}:{ref}", resp, b"")

    def has_blob(self, digest):
        resp, data = self.request("HEAD", f"/v2/{self.name}/blobs/{digest}")
        if resp.status == 200:
            return True
        if resp.status == 404:
            return False
        self.fail(f"HEAD blob {digest}", resp, data)

    def push_blob(self, digest, path=None, data=None):
        if self.has_blob(digest):
            return False
        resp, body = self.request("POST", f"/v2/{self.name}/blobs/uploads/", body=b"", length=0)
        if resp.status != 202:
            self.fail(f"POST blob upload for {self.name}", resp, body)
        loc = resp.getheader("Location")
        if not loc:
            die("registry gave no Location for the upload")
        u = urllib.parse.urlsplit(loc)
        q = u.query + ("&" if u.query else "") + "digest=" + urllib.parse.quote(digest, safe="")
        target = urllib.parse.urlunsplit(("", "", u.path, q, ""))
        hdr = {"Content-Type": "application/octet-stream"}
        if path is not None:
            size = os.path.getsize(path)
            with open(path, "rb") as f:
                resp, body = self.request("PUT", target, body=f, headers=hdr, length=size)
        else:
            resp, body = self.request("PUT", target, body=data, headers=hdr, length=len(data))
        if resp.status != 201:
            self.fail(f"PUT blob {digest}", resp, body)
        got = resp.getheader("Docker-Content-Digest")
        if got and got != digest:
            die(f"registry stored blob as {got}, expected {digest}")
        return True

    def push_manifest(self, ref, media_type, raw):
        resp, body = self.request("PUT", f"/v2/{self.name}/manifests/{ref}", body=raw,
                                  headers={"Content-Type": media_type}, length=len(raw))
        if resp.status != 201:
            self.fail(f"PUT manifest {self.name}:{ref}", resp, body)
        got = resp.getheader("Docker-Content-Digest")
        want = sha256_bytes(raw)
        if got and got != want:
            die(f"registry says manifest digest {got}, expected {want}")


# ---------------------------------------------------------------- image assembly

def to_json(obj):
    return json.dumps(obj, indent=None, separators=(",", ":"), sort_keys=False).encode()


def parse_json_list(s, opt):
    try:
        v = json.loads(s)
    except json.JSONDecodeError as e:
        die(f"{opt} must be a JSON array of strings: {e}")
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        die(f"{opt} must be a JSON array of strings, got {s!r}")
    return v


def build_config(args, arch, diff_ids, extra_env, created):
    cfg = {}
    env = list(args.env) + list(extra_env)
    if env:
        cfg["Env"] = env
    if args.entrypoint is not None:
        cfg["Entrypoint"] = parse_json_list(args.entrypoint, "--entrypoint")
    if args.cmd is not None:
        cfg["Cmd"] = parse_json_list(args.cmd, "--cmd")
    if args.workdir is not None:
        cfg["WorkingDir"] = args.workdir
    if args.user is not None:
        cfg["User"] = args.user
    if args.label:
        cfg["Labels"] = dict(kv.split("=", 1) for kv in args.label)
    if args.expose:
        cfg["ExposedPorts"] = {p if "/" in p else p + "/tcp": {} for p in args.expose}
    if args.healthcheck:
        cfg["Healthcheck"] = {"Test": ["CMD-SHELL", args.healthcheck], "Interval": 300_000_000, "Retries": 1}
    ids = list(diff_ids)
    if args.corrupt_diffid and ids:
        ids[0] = sha256_bytes(b"gorae-test: this is not the diff_id of any layer\n")
    img = {
        "created": created,
        "architecture": arch,
        "os": "linux",
        "config": cfg,
        "rootfs": {"type": "layers", "diff_ids": ids},
        "history": [{"created": created, "created_by": f"mkimage.py layer {i + 1}"}
                    for i in range(len(ids))],
    }
    if arch == "arm64":
        img["variant"] = "v8"
    return to_json(img)


def build_manifest(fmt, config_raw, layers):
    if fmt == "oci":
        m = {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {"mediaType": OCI_CONFIG, "digest": sha256_bytes(config_raw), "size": len(config_raw)},
            "layers": [{"mediaType": l["mediaType"], "digest": l["digest"], "size": l["size"]} for l in layers],
        }
        return OCI_MANIFEST, to_json(m)
    m = {
        "schemaVersion": 2,
        "mediaType": DOCKER_MANIFEST,
        "config": {"mediaType": DOCKER_CONFIG, "digest": sha256_bytes(config_raw), "size": len(config_raw)},
        "layers": [{"mediaType": l["mediaType"], "digest": l["digest"], "size": l["size"]} for l in layers],
    }
    return DOCKER_MANIFEST, to_json(m)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--registry", default="127.0.0.1:5000", help="host:port (plain http)")
    ap.add_argument("--name", required=True, help="repository, e.g. library/busybox")
    ap.add_argument("--tag", action="append", default=[], help="tag (repeatable; default latest)")
    ap.add_argument("--layer", action="append", default=[], required=True,
                    help="layer: a directory (tarred deterministically) or a .tar (optionally gzip/zstd); repeat, base first")
    ap.add_argument("--compression", choices=["gzip", "zstd", "none"], default="gzip")
    ap.add_argument("--format", choices=["oci", "docker"], default="oci")
    ap.add_argument("--env", action="append", default=[], help="K=V (repeatable)")
    ap.add_argument("--cmd", help='JSON array, e.g. \'["sh"]\'')
    ap.add_argument("--entrypoint", help="JSON array")
    ap.add_argument("--workdir")
    ap.add_argument("--user", help="config User, e.g. 1000:1000 (NOT registry credentials, see --auth)")
    ap.add_argument("--label", action="append", default=[], help="K=V (repeatable)")
    ap.add_argument("--arch", default="amd64")
    ap.add_argument("--expose", action="append", default=[], help="EXPOSE a port, e.g. 80 or 53/udp (repeatable)")
    ap.add_argument("--healthcheck", help="HEALTHCHECK CMD-SHELL command (interval 300ms, 1 retry)")
    ap.add_argument("--auth", metavar="USER:PASS", default=os.environ.get("MKIMAGE_AUTH"),
                    help="HTTP basic auth for the registry (or env MKIMAGE_AUTH)")
    ap.add_argument("--corrupt-diffid", action="store_true",
                    help="write a wrong rootfs.diff_ids[0] into the config (negative tests)")
    ap.add_argument("--index", action="store_true",
                    help="push an image index (manifest list for --format docker) of an arm64 and an amd64 image "
                         "(same layers; Env MARKER=arm64 / MARKER=amd64; arm64 is listed first)")
    ap.add_argument("--source-date-epoch", type=int,
                    default=int(os.environ["SOURCE_DATE_EPOCH"]) if os.environ.get("SOURCE_DATE_EPOCH") else None,
                    help="clamp mtimes of directory layers and set 'created' (default: env SOURCE_DATE_EPOCH)")
    ap.add_argument("--cache", default=os.environ.get("MKIMAGE_CACHE"),
                    help="directory caching compressed layer blobs (or env MKIMAGE_CACHE)")
    ap.add_argument("--force", action="store_true", help="push even if the tag already has this digest")
    ap.add_argument("--truncate-blob", type=int, metavar="BYTES",
                    help="cut each compressed layer blob to BYTES (a corrupt stream whose digest is right)")
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of just the digest")
    args = ap.parse_args()

    tags = args.tag or ["latest"]
    if args.format == "docker" and args.compression != "gzip":
        die("--format docker supports only --compression gzip")
    for kv in args.env + args.label:
        if "=" not in kv:
            die(f"expected K=V, got {kv!r}")

    epoch = args.source_date_epoch if args.source_date_epoch is not None else 0
    created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))

    reg = Registry(args.registry, args.name, args.auth)
    with tempfile.TemporaryDirectory(prefix="mkimage.") as work:
        layers = []
        diff_ids = []
        for i, spec in enumerate(args.layer):
            tarp = prepare_layer(spec, work, i, args.source_date_epoch)
            blob, dg, diff_id, size = compress(tarp, args.compression, work, i, args.cache)
            if args.truncate_blob is not None:
                cut = os.path.join(work, f"layer{i}.cut")
                with open(blob, "rb") as src, open(cut, "wb") as dst:
                    dst.write(src.read(args.truncate_blob))
                blob, dg, size = cut, sha256_file(cut), os.path.getsize(cut)
            mt = (OCI_LAYER if args.format == "oci" else DOCKER_LAYER)[args.compression]
            layers.append({"mediaType": mt, "digest": dg, "size": size, "path": blob})
            diff_ids.append(diff_id)

        images = []  # (platform, config_raw, manifest_media_type, manifest_raw)
        if args.index:
            plats = [("arm64", ["MARKER=arm64"]), (args.arch if args.arch != "arm64" else "amd64", ["MARKER=amd64"])]
        else:
            plats = [(args.arch, [])]
        for arch, extra in plats:
            craw = build_config(args, arch, diff_ids, extra, created)
            mmt, mraw = build_manifest(args.format, craw, layers)
            images.append((arch, craw, mmt, mraw))

        if args.index:
            entries = []
            for arch, _, mmt, mraw in images:
                plat = {"architecture": arch, "os": "linux"}
                if arch == "arm64":
                    plat["variant"] = "v8"
                entries.append({"mediaType": mmt, "digest": sha256_bytes(mraw), "size": len(mraw), "platform": plat})
            top_mt = OCI_INDEX if args.format == "oci" else DOCKER_LIST
            top = {"schemaVersion": 2, "mediaType": top_mt, "manifests": entries}
            top_raw = to_json(top)
        else:
            top_mt, top_raw = images[0][2], images[0][3]
        top_digest = sha256_bytes(top_raw)

        pushed = False
        if args.force or any(reg.manifest_digest(t) != top_digest for t in tags):
            for l in layers:
                reg.push_blob(l["digest"], path=l["path"])
            for _, craw, mmt, mraw in images:
                reg.push_blob(sha256_bytes(craw), data=craw)
                if args.index:
                    reg.push_manifest(sha256_bytes(mraw), mmt, mraw)
            for t in tags:
                reg.push_manifest(t, top_mt, top_raw)
            pushed = True

        if args.json:
            out = {
                "registry": args.registry, "name": args.name, "tags": tags,
                "digest": top_digest, "mediaType": top_mt, "pushed": pushed,
                "layers": [{"digest": l["digest"], "size": l["size"], "mediaType": l["mediaType"], "diff_id": d}
                           for l, d in zip(layers, diff_ids)],
                "manifests": [{"architecture": a, "digest": sha256_bytes(m), "config": sha256_bytes(c)}
                              for a, c, _, m in images],
            }
            print(json.dumps(out, indent=2))
        else:
            print(top_digest)


if __name__ == "__main__":
    main()
