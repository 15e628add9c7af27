#!/usr/bin/env python3
"""gorae vs rootless podman, alternating runs, medians and ratios. Run by bench/run.sh."""
import os, shutil, statistics, subprocess, sys, tempfile, time

REG = "127.0.0.1:5000"
BUSYBOX = f"{REG}/library/busybox:latest"
DEBIAN = f"{REG}/test/debian:latest"
DEBIAN_ZSTD = f"{REG}/test/debian-zstd:latest"


def sh(cmd, env, check=True):
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t
    if check and p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr.decode()}")
    return dt


class Tool:
    def __init__(self, name, gorae):
        self.name = name
        self.base = tempfile.mkdtemp(prefix=f"bench-{name}-")
        os.chmod(self.base, 0o700)
        rt = os.path.join(self.base, "run")
        os.makedirs(rt, mode=0o700)
        self.env = dict(os.environ, XDG_RUNTIME_DIR=rt, XDG_DATA_HOME=os.path.join(self.base, "data"),
                        XDG_CONFIG_HOME=os.path.join(self.base, "config"))
        self.gorae = gorae

    def cmd(self, *args, storage=None):
        if self.name == "gorae":
            return [self.gorae, *args]
        root = storage or os.path.join(self.base, "storage")
        driver = "overlay" if "overlay" in self.name else "vfs"
        return ["podman", "--runtime", "runc", "--root", root, "--runroot", os.path.join(self.base, "runroot"),
                "--storage-driver", driver, *args]

    def cleanup(self):
        if self.name == "gorae":
            subprocess.run([self.gorae, "unshare", "rm", "-rf", self.base], env=self.env, stderr=subprocess.DEVNULL)
        else:
            subprocess.run(["podman", "unshare", "rm", "-rf", self.base], env=self.env, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.base, ignore_errors=True)


def report(title, results, base="gorae"):
    print(f"\n{title}")
    g = statistics.median(results[base])
    for name, ts in results.items():
        med = statistics.median(ts)
        ratio = "" if name == base else f"   gorae/{name} = {g / med:.3f}"
        print(f"  {name:16s} median {med * 1000:9.1f} ms  (n={len(ts)}, min {min(ts) * 1000:.1f}){ratio}")


def bench_start(gorae, runs):
    tools = [Tool("gorae", gorae), Tool("podman-overlay", gorae)]
    try:
        for t in tools:
            sh(t.cmd("pull", "-q", "--tls-verify=false", BUSYBOX), t.env)
            sh(t.cmd("run", "--rm", "--network", "none", BUSYBOX, "true"), t.env)  # warm
        results = {t.name: [] for t in tools}
        results["unshare -Urmpf"] = []
        for _ in range(runs):
            for t in tools:
                results[t.name].append(sh(t.cmd("run", "--rm", "--network", "none", BUSYBOX, "true"), t.env))
            results["unshare -Urmpf"].append(sh(["unshare", "-Urmpf", "true"], os.environ))
        report("start: run --rm --network none busybox true", results)
        results = {t.name: [] for t in tools}
        for t in tools:
            sh(t.cmd("run", "--rm", BUSYBOX, "true"), t.env)  # warm
        for _ in range(runs):
            for t in tools:
                results[t.name].append(sh(t.cmd("run", "--rm", BUSYBOX, "true"), t.env))
        report("start with the default network (gorae: pasta, podman 4.3: slirp4netns): run --rm busybox true", results)
    finally:
        for t in tools:
            t.cleanup()


def floor(image):
    """The same layers with standard tools: curl | tee blob | gunzip/unzstd | tar -x, in parallel."""
    import json, urllib.request
    reg, rest = image.split("/", 1)
    repo, tag = rest.rsplit(":", 1)
    req = urllib.request.Request(f"http://{reg}/v2/{repo}/manifests/{tag}",
                                 headers={"Accept": "application/vnd.oci.image.manifest.v1+json"})
    layers = json.load(urllib.request.urlopen(req))["layers"]
    d = tempfile.mkdtemp(prefix="bench-floor-")
    t = time.perf_counter()
    procs = []
    for i, l in enumerate(layers):
        os.makedirs(f"{d}/{i}")
        unpack = "zstd -dc" if "zstd" in l["mediaType"] else "gzip -dc"
        procs.append(subprocess.Popen(
            f"curl -s http://{reg}/v2/{repo}/blobs/{l['digest']} | tee {d}/{i}.blob | {unpack} | tar -x -C {d}/{i} --no-same-owner 2>/dev/null",
            shell=True))
    for p in procs:
        p.wait()
    dt = time.perf_counter() - t
    shutil.rmtree(d, ignore_errors=True)
    return dt


def bench_pull(gorae, pulls, image, label):
    results = {"gorae": [], "podman-overlay": [], "podman-vfs": [], "floor (curl|unzip|tar)": []}
    for _ in range(pulls):
        for name in results:
            if name.startswith("floor"):
                results[name].append(floor(image))
                continue
            t = Tool(name, gorae)
            try:
                results[name].append(sh(t.cmd("pull", "-q", "--tls-verify=false", image), t.env))
            finally:
                t.cleanup()
    report(f"cold pull: {label}", results)


def main():
    gorae, what = sys.argv[1], sys.argv[2]
    runs = int(os.environ.get("BENCH_RUNS", "20"))
    pulls = int(os.environ.get("BENCH_PULLS", "3"))
    print(f"gorae: {subprocess.run([gorae, 'version', '--format', '{{.Client.Version}}'], capture_output=True, text=True).stdout.strip()}, "
          f"podman: {subprocess.run(['podman', '--version'], capture_output=True, text=True).stdout.strip()}, "
          f"kernel {os.uname().release}, {os.cpu_count()} cpus")
    if what in ("start", "all"):
        bench_start(gorae, runs)
    if what in ("pull", "all"):
        bench_pull(gorae, pulls, DEBIAN, "Debian minbase, 3 layers, gzip")
        bench_pull(gorae, pulls, DEBIAN_ZSTD, "Debian minbase, 3 layers, zstd")


if __name__ == "__main__":
    main()
