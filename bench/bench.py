#!/usr/bin/env python3
"""gorae vs rootless podman, alternating runs, medians and ratios. Run by bench/run.sh."""
import http.client, os, shutil, socket, statistics, subprocess, sys, tempfile, time

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
            # podman keeps a pause process (holding its user namespace) per runtime dir; end ours
            try:
                pause = int(open(os.path.join(self.env["XDG_RUNTIME_DIR"], "libpod", "tmp", "pause.pid")).read())
            except (OSError, ValueError):
                pause = None
            subprocess.run(["podman", "unshare", "rm", "-rf", self.base], env=self.env, stderr=subprocess.DEVNULL)
            if pause:
                try:
                    os.kill(pause, 15)
                except OSError:
                    pass
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
        # bwrap on the same busybox root filesystem (gorae's unpacked layer), all namespaces new.
        layers = os.path.join(tools[0].base, "data", "gorae", "layers")
        rootfs = next((os.path.join(layers, d, "diff") for d in sorted(os.listdir(layers))), None)
        bwrap = shutil.which("bwrap")
        if bwrap and rootfs:
            results["bwrap"] = []
        else:
            print("  (bwrap not installed: apt-get install bubblewrap for the bwrap comparison)")
        for _ in range(runs):
            for t in tools:
                results[t.name].append(sh(t.cmd("run", "--rm", "--network", "none", BUSYBOX, "true"), t.env))
            results["unshare -Urmpf"].append(sh(["unshare", "-Urmpf", "true"], os.environ))
            if "bwrap" in results:
                results["bwrap"].append(sh([bwrap, "--unshare-all", "--die-with-parent", "--ro-bind", rootfs, "/",
                                            "--proc", "/proc", "--dev", "/dev", "/bin/true"], os.environ))
        report("start: run --rm --network none busybox true", results)
        results = {t.name: [] for t in tools}
        # The floor of any rootless start with pasta: a user namespace, a network namespace in
        # it, and pasta connecting that (no container, no root filesystem).
        pasta = shutil.which("pasta")
        pidfile = os.path.join(tools[0].base, "floor-pasta.pid")
        floor_script = """unshare -n sleep 10 & s=$!
while [ "$(readlink /proc/$s/ns/net)" = "$(readlink /proc/self/ns/net)" ]; do :; done
exec 7</proc/$s/ns/net
pasta --config-net --quiet -t none -u none -T none -U none --runas 0:0 -P "$1" --netns /proc/self/fd/7 2>/dev/null
kill -9 "$(cat "$1")" $s"""
        if pasta:
            results["userns+netns+pasta"] = []
        for t in tools:
            sh(t.cmd("run", "--rm", BUSYBOX, "true"), t.env)  # warm
        for _ in range(runs):
            for t in tools:
                results[t.name].append(sh(t.cmd("run", "--rm", BUSYBOX, "true"), t.env))
            if pasta:
                results["userns+netns+pasta"].append(
                    sh(["unshare", "-Ur", "sh", "-c", floor_script, "sh", pidfile], os.environ))
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


NET_BIG_MB = 256
HTTPD = ("mkdir -p /www && dd if=/dev/zero of=/www/big bs=1M count={mb} 2>/dev/null && echo hi > /www/small"
         " && exec httpd -f -p {port} -h /www")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port, path, buf=None):
    """One GET over a new TCP connection; returns the body size. Reads into buf (no copies) if given."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        c.request("GET", path, headers={"Connection": "close"})
        r = c.getresponse()
        if r.status != 200:
            raise OSError(f"HTTP {r.status}")
        if buf is None:
            return len(r.read())
        n, mv = 0, memoryview(buf)
        while True:
            k = r.readinto(mv)
            if not k:
                return n
            n += k
    finally:
        c.close()


class NetVariant:
    """One busybox httpd container, published on 127.0.0.1:port (or on the host's loopback for --network host)."""
    def __init__(self, label, tool, netargs, index):
        self.label, self.tool, self.netargs = label, tool, list(netargs)
        self.name = f"bench-net-{os.getpid()}-{index}"
        self.port = free_port()
        self.error = None
        self.started = False

    def start(self):
        host = "host" in self.netargs
        cport = self.port if host else 80
        publish = [] if host else ["-p", f"127.0.0.1:{self.port}:80"]
        cmd = self.tool.cmd("run", "-d", "--name", self.name, *self.netargs, *publish, BUSYBOX,
                            "sh", "-c", HTTPD.format(mb=NET_BIG_MB, port=cport))
        p = subprocess.run(cmd, env=self.tool.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.started = True  # a failed run may still have left a container record behind
        if p.returncode != 0:
            self.error = (p.stderr.strip().splitlines() or [f"exit {p.returncode}"])[-1]
            return
        # rootlesskit accepts the connection before anything listens inside, so wait for a real answer;
        # /small is written after /big, so an answer also means the payload is complete.
        deadline = time.monotonic() + 60
        while True:
            try:
                http_get(self.port, "/small")
                return
            except (OSError, http.client.HTTPException) as e:
                if time.monotonic() > deadline:
                    self.error = f"port {self.port} not answering after 60 s: {e}"
                    return
                time.sleep(0.1)

    def stop(self):
        if not self.started:
            return
        rm = ["rm", "-f", self.name] if self.tool.name == "gorae" else ["rm", "-f", "-t", "0", self.name]
        subprocess.run(self.tool.cmd(*rm), env=self.tool.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def bench_net(gorae, runs, gets):
    gt, pt = Tool("gorae", gorae), Tool("podman-overlay", gorae)
    variants = [NetVariant(label, tool, netargs, i) for i, (label, tool, netargs) in enumerate([
        ("gorae (pasta)", gt, []),
        ("gorae (slirp4netns)", gt, ["--network", "slirp4netns"]),
        ("podman (slirp4netns)", pt, []),  # podman 4.3 rootless default, ports via rootlesskit
        ("podman (pasta)", pt, ["--network", "pasta"]),
        ("floor (--network host)", gt, ["--network", "host"]),  # same httpd and client, plain loopback
    ])]
    try:
        for t in (gt, pt):
            sh(t.cmd("pull", "-q", "--tls-verify=false", BUSYBOX), t.env)
        for v in variants:
            v.start()
        live = [v for v in variants if not v.error]
        buf = bytearray(1 << 20)
        for v in live:  # warm: one download each (page cache, first-connection set-up)
            http_get(v.port, "/big", buf)
        mbps = {v.label: [] for v in live}
        for _ in range(runs):
            for v in live:
                t = time.perf_counter()
                n = http_get(v.port, "/big", buf)
                dt = time.perf_counter() - t
                if n != NET_BIG_MB << 20:
                    raise SystemExit(f"{v.label}: got {n} bytes of /big, expected {NET_BIG_MB << 20}")
                mbps[v.label].append(n / dt / 1e6)
        lat = {v.label: [] for v in live}
        chunk = 20
        for i in range(0, gets, chunk):  # alternate in chunks of 20 sequential GETs
            for v in live:
                for _ in range(min(chunk, gets - i)):
                    t = time.perf_counter()
                    http_get(v.port, "/small")
                    lat[v.label].append(time.perf_counter() - t)
    finally:
        for v in variants:
            v.stop()
        for t in (gt, pt):
            t.cleanup()

    base, ref = "gorae (pasta)", "podman (slirp4netns)"
    print(f"\nnet throughput: GET /big ({NET_BIG_MB} MiB) from 127.0.0.1:hostport -> busybox httpd in the container, "
          f"MB/s (10^6 B/s), python http.client")
    for v in variants:
        if v.error:
            print(f"  {v.label:24s} skipped: {v.error}")
            continue
        ts = mbps[v.label]
        print(f"  {v.label:24s} median {statistics.median(ts):8.1f} MB/s  (n={len(ts)}, min {min(ts):.1f}, max {max(ts):.1f})")
    if base in mbps and ref in mbps:
        print(f"  gorae/podman throughput = {statistics.median(mbps[base]) / statistics.median(mbps[ref]):.2f} "
              f"(gorae pasta vs podman default slirp4netns; higher is better)")
    print(f"\nnet latency: {gets} sequential GET /small, a new TCP connection each, ms")
    for v in variants:
        if v.error:
            print(f"  {v.label:24s} skipped: {v.error}")
            continue
        ts = sorted(lat[v.label])
        p95 = ts[min(len(ts) - 1, int(round(0.95 * len(ts))) - 1)]
        print(f"  {v.label:24s} median {statistics.median(ts) * 1000:7.3f} ms  p95 {p95 * 1000:7.3f} ms  (n={len(ts)}, min {ts[0] * 1000:.3f})")
    if base in lat and ref in lat:
        print(f"  gorae/podman latency = {statistics.median(lat[base]) / statistics.median(lat[ref]):.2f} "
              f"(median; gorae pasta vs podman default slirp4netns; lower is better)")


BUILD_FILE = """FROM {base}
ENV GREETING=hello
COPY payload /payload
RUN cat /payload/* | wc -c > /size && mkdir -p /work
WORKDIR /work
CMD ["cat", "/size"]
"""


def bench_build(gorae, runs):
    """A 5-step Containerfile, cold (no cache, base image present) and fully cached."""
    tools = [Tool("gorae", gorae), Tool("podman-overlay", gorae)]
    ctx = tempfile.mkdtemp(prefix="bench-build-")
    try:
        os.makedirs(os.path.join(ctx, "payload"))
        for i in range(20):
            with open(os.path.join(ctx, "payload", f"f{i}"), "wb") as f:
                f.write(os.urandom(64 * 1024))
        with open(os.path.join(ctx, "Containerfile"), "w") as f:
            f.write(BUILD_FILE.format(base=BUSYBOX))
        for t in tools:
            sh(t.cmd("pull", "-q", "--tls-verify=false", BUSYBOX), t.env)
        cold = {t.name: [] for t in tools}
        cached = {t.name: [] for t in tools}
        for _ in range(runs):
            for t in tools:
                cold[t.name].append(sh(t.cmd("build", "-q", "--no-cache", "-t", "bench-build", ctx), t.env))
            for t in tools:
                cached[t.name].append(sh(t.cmd("build", "-q", "-t", "bench-build", ctx), t.env))
        report("build, 5 steps, cold (--no-cache)", cold)
        report("build, 5 steps, fully cached", cached)
    finally:
        shutil.rmtree(ctx, ignore_errors=True)
        for t in tools:
            t.cleanup()


def rss_kb(pids):
    """Sum of Rss and Pss (kB) over processes, from smaps_rollup."""
    rss = pss = 0
    for pid in pids:
        try:
            for line in open(f"/proc/{pid}/smaps_rollup"):
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def pids_named(pattern):
    out = subprocess.run(["pgrep", "-u", str(os.getuid()), "-f", pattern], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def du_kb(path):
    out = subprocess.run(["du", "-sk", path], capture_output=True, text=True).stdout
    return int(out.split()[0]) if out else 0


def bench_scale(gorae, many, images, running, runs):
    """ps -a over many containers, images over many images, exec, and N running containers'
    supervisor memory and disk. podman gets the same counts (it is slower to set up)."""
    tools = [Tool("gorae", gorae), Tool("podman-overlay", gorae)]
    try:
        for t in tools:
            sh(t.cmd("pull", "-q", "--tls-verify=false", BUSYBOX), t.env)
        # ps -a with `many` created containers.
        for t in tools:
            for i in range(many):
                sh(t.cmd("create", "--network", "none", "--name", f"c{i}", BUSYBOX, "true"), t.env)
        ps = {t.name: [sh(t.cmd("ps", "-a", "-q"), t.env) for _ in range(runs)] for t in tools}
        report(f"ps -a with {many} containers", ps)
        for t in tools:
            sh(t.cmd("rm", "-a", "-f"), t.env)
        # images with `images` distinct images (one-file tarballs imported).
        d = tempfile.mkdtemp(prefix="bench-images-")
        try:
            for i in range(images):
                f = os.path.join(d, f"{i}.tar")
                os.makedirs(os.path.join(d, "x"), exist_ok=True)
                with open(os.path.join(d, "x", "id"), "w") as fh:
                    fh.write(str(i))
                subprocess.run(["tar", "-C", os.path.join(d, "x"), "-cf", f, "id"], check=True)
                os.chmod(f, 0o644)
                for t in tools:
                    sh(t.cmd("import", "-q", f, f"img{i}"), t.env)
        finally:
            shutil.rmtree(d, ignore_errors=True)
        im = {t.name: [sh(t.cmd("images", "-q"), t.env) for _ in range(runs)] for t in tools}
        report(f"images with {images + 1} images", im)
        # exec into a running container.
        for t in tools:
            sh(t.cmd("run", "-d", "--name", "execme", "--network", "none", BUSYBOX, "sleep", "1000"), t.env)
        ex = {t.name: [] for t in tools}
        for _ in range(runs):
            for t in tools:
                ex[t.name].append(sh(t.cmd("exec", "execme", "true"), t.env))
        report("exec CONTAINER true", ex)
        for t in tools:
            sh(t.cmd("rm", "-f", "-t", "0", "execme"), t.env)
        # `running` detached containers: supervisor memory and disk.
        print(f"\n{running} detached containers (sleep), supervisors' memory and disk")
        for t in tools:
            base_disk = du_kb(t.base)
            for i in range(running):
                sh(t.cmd("run", "-d", "--network", "none", "--name", f"r{i}", BUSYBOX, "sleep", "1000"), t.env)
            time.sleep(1)
            pattern = f"__monitor" if t.name == "gorae" else "conmon.*" + t.base
            pids = pids_named(pattern)
            rss, pss = rss_kb(pids)
            disk = du_kb(t.base) - base_disk
            print(f"  {t.name:16s} {len(pids)} supervisors: Rss {rss / 1024:.1f} MB, Pss {pss / 1024:.1f} MB; "
                  f"disk +{disk / 1024:.1f} MB for {running} containers")
            sh(t.cmd("rm", "-a", "-f", "-t", "0"), t.env)
    finally:
        for t in tools:
            t.cleanup()


def main():
    gorae, what = sys.argv[1], sys.argv[2]
    if what not in ("start", "pull", "net", "build", "scale", "all"):
        raise SystemExit(f"bench.py: unknown mode {what!r} (start, pull, net, build, scale, all)")
    runs = int(os.environ.get("BENCH_RUNS", "20"))
    pulls = int(os.environ.get("BENCH_PULLS", "3"))
    net_runs = int(os.environ.get("BENCH_NET_RUNS", "5"))
    net_gets = int(os.environ.get("BENCH_NET_GETS", "200"))
    print(f"gorae: {subprocess.run([gorae, 'version', '--format', '{{.Client.Version}}'], capture_output=True, text=True).stdout.strip()}, "
          f"podman: {subprocess.run(['podman', '--version'], capture_output=True, text=True).stdout.strip()}, "
          f"kernel {os.uname().release}, {os.cpu_count()} cpus")
    if what in ("start", "all"):
        bench_start(gorae, runs)
    if what in ("pull", "all"):
        bench_pull(gorae, pulls, DEBIAN, "Debian minbase, 3 layers, gzip")
        bench_pull(gorae, pulls, DEBIAN_ZSTD, "Debian minbase, 3 layers, zstd")
    if what in ("net", "all"):
        bench_net(gorae, net_runs, net_gets)
    if what in ("build", "all"):
        bench_build(gorae, int(os.environ.get("BENCH_BUILDS", "5")))
    if what in ("scale", "all"):
        bench_scale(gorae, int(os.environ.get("BENCH_CONTAINERS", "1000")), int(os.environ.get("BENCH_IMAGES", "200")),
                    int(os.environ.get("BENCH_RUNNING", "100")), runs)


if __name__ == "__main__":
    main()
