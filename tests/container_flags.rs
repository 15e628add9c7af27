//! The `run`/`create` flags podman users' scripts reach for: namespaces, process
//! attributes, kernel parameters, devices, /dev/shm, /etc files, the environment, labels
//! and annotations, each proven from inside the container (and compared with podman where
//! the two must agree).

use crate::util::{self, Env};

/// The output of `run --rm FLAGS IMAGE sh -c CMD`, which must succeed.
fn run_in(env: &Env, image: &str, flags: &[&str], cmd: &str) -> String {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&[image, "sh", "-c", cmd]);
    env.ok(&args)
}

fn ns_link(kind: &str) -> String {
    std::fs::read_link(format!("/proc/self/ns/{kind}"))
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn ipc_pid_uts_modes_share_the_hosts_or_another_containers_namespaces() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let inside = |flags: &[&str], cmd: &str| run_in(&env, &image, flags, cmd).trim().to_string();
    // host: the namespace gorae runs in (which its user namespace doesn't change).
    assert_eq!(
        inside(&["--ipc", "host"], "readlink /proc/self/ns/ipc"),
        ns_link("ipc")
    );
    assert_ne!(inside(&[], "readlink /proc/self/ns/ipc"), ns_link("ipc"));
    assert_eq!(
        inside(&["--pid", "host"], "readlink /proc/self/ns/pid"),
        ns_link("pid")
    );
    let own_pids = inside(&[], "ls /proc | grep -c '^[0-9]'");
    assert!(own_pids.parse::<u32>().unwrap() < 5, "{own_pids}");
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    assert_eq!(inside(&["--uts", "host"], "hostname"), host.trim());
    let r = env.expect(
        125,
        &["run", "--rm", "--uts", "host", "-h", "x", &image, "true"],
    );
    assert!(
        r.stderr
            .contains("cannot set hostname when running in the host UTS namespace"),
        "{r}"
    );
    for (flag, bad) in [
        ("--pid", "shareable"),
        ("--uts", "none"),
        ("--ipc", "bogus"),
    ] {
        let r = env.expect(125, &["run", "--rm", flag, bad, &image, "true"]);
        assert!(r.stderr.contains(flag) && r.error_lines() == 1, "{r}");
    }
    // container:NAME: another container's, which must be running.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "donor",
        "-h",
        "donorhost",
        &image,
        "sleep",
        "300",
    ]);
    let donor_ns = |kind: &str| {
        env.ok(&[
            "exec",
            "donor",
            "readlink",
            &format!("/proc/self/ns/{kind}"),
        ])
        .trim()
        .to_string()
    };
    assert_eq!(
        inside(&["--ipc", "container:donor"], "readlink /proc/self/ns/ipc"),
        donor_ns("ipc")
    );
    assert_eq!(
        inside(&["--uts", "container:donor"], "hostname"),
        "donorhost"
    );
    let ps = inside(&["--pid", "container:donor"], "ps -o comm");
    assert!(ps.contains("sleep"), "the donor's processes are seen: {ps}");
    env.ok(&["stop", "-t", "0", "donor"]);
    let r = env.expect(
        125,
        &["run", "--rm", "--pid", "container:donor", &image, "true"],
    );
    assert!(r.stderr.contains("must be running"), "{r}");
    env.expect(
        125,
        &["run", "--rm", "--ipc", "container:nothere", &image, "true"],
    );
    // --ipc none has no /dev/shm; --shm-size sizes the container's own.
    env.expect(
        1,
        &["run", "--rm", "--ipc", "none", &image, "ls", "/dev/shm"],
    );
    assert_eq!(
        inside(
            &["--shm-size", "1m"],
            "df -k /dev/shm | tail -1 | awk '{print $2}'"
        ),
        "1024"
    );
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--ipc",
            "host",
            "--shm-size",
            "1m",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("cannot set shmsize"), "{r}");
    // What inspect says, in podman's words.
    env.ok(&[
        "create", "--name", "modes", "--ipc", "host", "--pid", "host", &image, "true",
    ]);
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.HostConfig.IpcMode}} {{.HostConfig.PidMode}} {{.HostConfig.UTSMode}}",
            "modes"
        ]),
        "host host private\n"
    );
}

#[test]
fn process_attributes_and_kernel_parameters_reach_the_container() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let inside = |flags: &[&str], cmd: &str| run_in(&env, &image, flags, cmd);
    assert_eq!(
        inside(
            &["--ulimit", "nofile=100:200", "--ulimit", "core=0"],
            "ulimit -n; ulimit -Hn; ulimit -c"
        ),
        "100\n200\n0\n"
    );
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--ulimit",
            "nofile=1:99999999999",
            &image,
            "true",
        ],
    );
    assert!(
        r.stderr.contains("--ulimit nofile") && r.error_lines() == 1,
        "{r}"
    );
    for bad in ["nofile", "bogus=1", "nofile=5:1"] {
        let r = env.expect(125, &["run", "--rm", "--ulimit", bad, &image, "true"]);
        assert!(r.stderr.contains("--ulimit"), "{r}");
    }
    assert_eq!(inside(&[], "umask"), "0022\n", "podman's default umask");
    assert_eq!(
        inside(
            &["--umask", "0077"],
            "umask; touch /tmp/f; stat -c %a /tmp/f"
        ),
        "0077\n600\n"
    );
    let r = env.expect(125, &["run", "--rm", "--umask", "999a", &image, "true"]);
    assert!(r.stderr.contains("invalid umask string 999a"), "{r}");
    let own: i32 = std::fs::read_to_string("/proc/self/oom_score_adj")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let higher = (own + 100).min(1000).to_string();
    assert_eq!(
        inside(
            &["--oom-score-adj", &higher],
            "cat /proc/self/oom_score_adj"
        ),
        format!("{higher}\n")
    );
    if util::my_uid() != 0 && own > -1000 {
        // Rootless, below gorae's own is refused by the kernel, and said.
        let r = env.expect(
            125,
            &["run", "--rm", "--oom-score-adj", "-1000", &image, "true"],
        );
        assert!(r.stderr.contains("--oom-score-adj -1000"), "{r}");
    }
    env.expect(
        125,
        &["run", "--rm", "--oom-score-adj", "1001", &image, "true"],
    );
    if std::env::consts::ARCH == "x86_64" {
        assert_eq!(inside(&["--personality", "LINUX32"], "uname -m"), "i686\n");
    }
    env.expect(
        125,
        &["run", "--rm", "--personality", "BSD", &image, "true"],
    );
    assert_eq!(
        inside(
            &[
                "--sysctl",
                "net.ipv4.ping_group_range=0 0",
                "--sysctl",
                "kernel.shmmax=12345"
            ],
            "cat /proc/sys/net/ipv4/ping_group_range /proc/sys/kernel/shmmax"
        ),
        "0\t0\n12345\n"
    );
    let r = env.expect(
        125,
        &["run", "--rm", "--sysctl", "kernel.panic=1", &image, "true"],
    );
    assert!(
        r.stderr.contains("sysctl 'kernel.panic' is not allowed"),
        "{r}"
    );
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--network",
            "host",
            "--sysctl",
            "net.ipv4.ip_forward=1",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("Network Namespace set to host"), "{r}");
    // The attributes hold for exec'd processes too.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "lim",
        "--ulimit",
        "nofile=64",
        "--umask",
        "0027",
        &image,
        "sleep",
        "300",
    ]);
    assert_eq!(
        env.ok(&["exec", "lim", "sh", "-c", "ulimit -n; umask"]),
        "64\n0027\n"
    );
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{range .HostConfig.Ulimits}}{{.Name}}={{.Soft}}{{end}}",
            "lim"
        ]),
        "RLIMIT_NOFILE=64\n"
    );
    env.ok(&["rm", "-f", "-t", "0", "lim"]);
}

#[test]
fn devices_time_zones_and_etc_files() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let inside = |flags: &[&str], cmd: &str| run_in(&env, &image, flags, cmd);
    assert_eq!(
        inside(
            &["--device", "/dev/zero:/dev/nothing"],
            "head -c 4 /dev/nothing | od -An -tx1"
        ),
        " 00 00 00 00\n"
    );
    assert_eq!(
        inside(
            &["--device", "/dev/null"],
            "echo gone > /dev/null && echo ok"
        ),
        "ok\n"
    );
    for (bad, says) in [
        ("/etc/passwd", "under /dev"),
        ("/dev/nosuchdevice", "/dev/nosuchdevice"),
        ("/dev/zero:/dev/z:rx", "permissions"),
    ] {
        let r = env.expect(125, &["run", "--rm", "--device", bad, &image, "true"]);
        assert!(r.stderr.contains(says), "{bad}: {r}");
    }
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--device-cgroup-rule",
            "c 1:3 rwm",
            &image,
            "true",
        ],
    );
    assert!(
        r.stderr.contains("--device-cgroup-rule") && r.stderr.contains("rootless"),
        "{r}"
    );
    assert_eq!(inside(&["--tz", "Asia/Seoul"], "date +%Z"), "KST\n");
    let host_zone = std::fs::read("/etc/localtime").unwrap();
    let local = inside(&["--tz", "local"], "od -An -tx1 /etc/localtime | head -1");
    let want: String = host_zone[..16]
        .iter()
        .map(|b| format!(" {b:02x}"))
        .collect();
    assert_eq!(local.trim(), want.trim(), "--tz local is the host's zone");
    let r = env.expect(
        125,
        &["run", "--rm", "--tz", "Nowhere/Land", &image, "true"],
    );
    assert!(r.stderr.contains("invalid timezone"), "{r}");
    // --no-hosts: gorae writes no /etc/hosts (busybox has none of its own).
    assert!(inside(&[], "cat /etc/hosts").contains("127.0.0.1"));
    env.expect(
        1,
        &["run", "--rm", "--no-hosts", &image, "cat", "/etc/hosts"],
    );
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--no-hosts",
            "--add-host",
            "a:10.0.0.1",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("--no-hosts and --add-host"), "{r}");
    // --read-only-tmpfs=false: a read-only root without the tmpfs mounts.
    assert_eq!(inside(&["--read-only"], "touch /tmp/x && echo w"), "w\n");
    env.expect(
        1,
        &[
            "run",
            "--rm",
            "--read-only",
            "--read-only-tmpfs=false",
            &image,
            "touch",
            "/tmp/x",
        ],
    );
}

#[test]
fn environment_flags_follow_podmans_order() {
    let Some(reg) = util::registry() else { return };
    let mut env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.extra_env = vec![
        ("http_proxy".into(), "http://proxy:3128".into()),
        ("GORAE_SPECIAL".into(), "from-host".into()),
    ];
    let inside = |flags: &[&str], cmd: &str| run_in(&env, &image, flags, cmd);
    assert_eq!(inside(&[], "echo $http_proxy"), "http://proxy:3128\n");
    assert_eq!(
        inside(&["--http-proxy=false"], "echo ${http_proxy:-none}"),
        "none\n"
    );
    assert_eq!(inside(&[], "echo ${GORAE_SPECIAL:-none}"), "none\n");
    assert_eq!(
        inside(&["--env-host"], "echo $GORAE_SPECIAL"),
        "from-host\n"
    );
    assert_eq!(
        inside(&["--env-merge", "PATH=/opt/bin:${PATH}"], "echo $PATH"),
        "/opt/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"
    );
    assert_eq!(
        inside(&["--unsetenv", "container"], "echo ${container:-unset}"),
        "unset\n"
    );
    let all = inside(
        &["--unsetenv-all", "--http-proxy=false", "-e", "ONLY=1"],
        "env | grep -v -e ^PWD= -e ^SHLVL= -e ^HOME= -e ^PATH= | sort",
    );
    let lines: Vec<&str> = all.lines().collect();
    assert!(
        lines.len() == 2 && lines[0].starts_with("HOSTNAME=") && lines[1] == "ONLY=1",
        "only what was given (and the host name): {all}"
    );
}

#[test]
fn labels_annotations_exposed_ports_and_pod_id_files() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let file = env.config().join("labels");
    util::write(&file, "# labels\nteam=blue\n\nbare\nlevel=3\n");
    env.ok(&[
        "create",
        "--name",
        "lab",
        "--label-file",
        file.to_str().unwrap(),
        "--label",
        "level=4",
        "--annotation",
        "io.example/note=hello",
        "--disable-content-trust",
        &image,
        "true",
    ]);
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{index .Labels \"team\"}} {{index .Labels \"level\"}} {{index .Config.Annotations \"io.example/note\"}}",
            "lab"
        ]),
        "blue 4 hello\n"
    );
    env.expect(125, &["create", "--annotation", "novalue", &image, "true"]);
    // --expose adds to what -P publishes.
    env.ok(&[
        "run", "-d", "--name", "exp", "--expose", "8080", "-P", &image, "sleep", "300",
    ]);
    let ports = env.ok(&["port", "exp"]);
    assert!(ports.starts_with("8080/tcp -> "), "{ports}");
    env.ok(&["rm", "-f", "-t", "0", "exp"]);
    env.expect(125, &["run", "--rm", "--expose", "80/icmp", &image, "true"]);
    // --pod-id-file names the pod.
    let pod = env.ok(&["pod", "create", "--name", "p1"]);
    let idfile = env.config().join("pod.id");
    util::write(&idfile, &pod);
    env.ok(&[
        "create",
        "--name",
        "member",
        "--pod-id-file",
        idfile.to_str().unwrap(),
        &image,
        "true",
    ]);
    assert_eq!(
        env.ok(&["ps", "-a", "--filter", "pod=p1", "--format", "{{.Names}}"])
            .lines()
            .filter(|l| *l == "member")
            .count(),
        1
    );
    let r = env.expect(
        125,
        &[
            "create",
            "--pod",
            "p1",
            "--pod-id-file",
            idfile.to_str().unwrap(),
            &image,
            "true",
        ],
    );
    assert!(
        r.stderr
            .contains("cannot specify both --pod and --pod-id-file"),
        "{r}"
    );
}

#[test]
fn rmi_removes_the_image_after_the_run_unless_another_container_uses_it() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["create", "--name", "keeper", &image, "true"]);
    let r = env.expect(0, &["run", "--rmi", &image, "echo", "ran"]);
    assert_eq!(r.stdout, "ran\n");
    assert!(r.stderr.contains("--rmi"), "the image in use is said: {r}");
    env.ok(&["image", "exists", &image]);
    assert_eq!(
        env.ok(&["ps", "-a", "-q"]).lines().count(),
        1,
        "--rmi implies --rm"
    );
    env.ok(&["rm", "keeper"]);
    env.expect(3, &["run", "--rmi", &image, "sh", "-c", "exit 3"]);
    env.expect(1, &["image", "exists", &image]);
    env.expect(125, &["run", "-d", "--rmi", &image, "true"]);
}

#[test]
fn podman_sees_the_same_attributes_from_the_same_flags() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let Some(podman) = util::podman(&env) else {
        return;
    };
    let image = env.pull(&reg, "library/busybox:latest");
    podman.ok(&["pull", "-q", "--tls-verify=false", &image]);
    let flags = [
        "--ulimit",
        "nofile=100:200",
        "--umask",
        "0077",
        "--sysctl",
        "kernel.shmmax=12345",
        "--tz",
        "Asia/Seoul",
        "--shm-size",
        "2m",
        "--env-merge",
        "PATH=/opt:${PATH}",
        "--unsetenv",
        "container",
        "--personality",
        "LINUX",
    ];
    let script = "ulimit -n; ulimit -Hn; umask; cat /proc/sys/kernel/shmmax; date +%Z; \
                  echo $PATH; echo ${container:-unset}; df -k /dev/shm | tail -1 | awk '{print $2}'";
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(&flags);
    args.extend_from_slice(&[&image, "sh", "-c", script]);
    let ours = env.ok(&args);
    let theirs = podman.ok(&args);
    assert_eq!(ours, theirs, "gorae and podman agree");
}

#[test]
fn volumes_from_requires_and_timeout() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let shared = env.config().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let ro = format!("{}:/conf:ro", shared.display());
    env.ok(&[
        "create",
        "--name",
        "src",
        "-v",
        "vol1:/data",
        "-v",
        &ro,
        "--tmpfs",
        "/scratch",
        &image,
        "true",
    ]);
    env.ok(&[
        "run",
        "--rm",
        "-v",
        "vol1:/data",
        &image,
        "sh",
        "-c",
        "echo kept > /data/f",
    ]);
    assert_eq!(
        env.ok(&["run", "--rm", "--volumes-from", "src", &image, "sh", "-c",
                 "cat /data/f; touch /conf/x 2>/dev/null || echo ro; mountpoint -q /scratch || echo no-tmpfs"]),
        "kept\nro\nno-tmpfs\n"
    );
    env.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "src:rw",
        &image,
        "touch",
        "/conf/x",
    ]);
    assert!(shared.join("x").exists());
    // A mount given here wins on the same destination.
    let own = format!("{}:/data", shared.display());
    env.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "src",
        "-v",
        &own,
        &image,
        "test",
        "-e",
        "/data/x",
    ]);
    let r = env.expect(
        125,
        &["run", "--rm", "--volumes-from", "src:Z", &image, "true"],
    );
    assert!(r.stderr.contains("can only use z,ro,rw options"), "{r}");
    let r = env.expect(
        125,
        &["run", "--rm", "--volumes-from", "nothere", &image, "true"],
    );
    assert!(r.stderr.contains("for volumes-from"), "{r}");
    env.ok(&["rm", "src"]);
    env.ok(&["volume", "inspect", "vol1"]);
    // --requires starts the containers first.
    env.ok(&["create", "--name", "db", &image, "sleep", "300"]);
    env.ok(&["run", "--rm", "--requires", "db", &image, "true"]);
    assert_eq!(env.ok(&["ps", "--format", "{{.Names}}"]), "db\n");
    env.ok(&["stop", "-t", "0", "db"]);
    env.ok(&[
        "create",
        "--name",
        "app",
        "--requires",
        "db",
        &image,
        "true",
    ]);
    env.ok(&["start", "app"]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.Running}}", "db"]),
        "true\n"
    );
    let r = env.expect(
        125,
        &["run", "--rm", "--requires", "nothere", &image, "true"],
    );
    assert!(r.stderr.contains("cannot be used as a dependency"), "{r}");
    // --timeout kills a foreground and a detached container.
    let t = std::time::Instant::now();
    env.expect(
        137,
        &["run", "--rm", "--timeout", "1", &image, "sleep", "60"],
    );
    assert!(
        t.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        t.elapsed()
    );
    env.ok(&[
        "run",
        "-d",
        "--name",
        "late",
        "--timeout",
        "1",
        &image,
        "sleep",
        "60",
    ]);
    env.ok(&["wait", "late"]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.ExitCode}}", "late"]),
        "137\n"
    );
}

#[test]
fn dns_none_propagation_and_devpts_mounts() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // busybox has no /etc/resolv.conf of its own: with --dns none gorae writes none.
    env.expect(
        1,
        &[
            "run",
            "--rm",
            "--dns",
            "none",
            &image,
            "cat",
            "/etc/resolv.conf",
        ],
    );
    env.ok(&["run", "--rm", &image, "cat", "/etc/resolv.conf"]);
    env.expect(
        125,
        &[
            "run", "--rm", "--dns", "none", "--dns", "1.1.1.1", &image, "true",
        ],
    );
    let dir = env.config().join("d");
    std::fs::create_dir_all(&dir).unwrap();
    for opt in ["rslave", "rshared", "private"] {
        let v = format!("{}:/host:{opt}", dir.display());
        env.ok(&["run", "--rm", "-v", &v, &image, "ls", "/host"]);
    }
    let m = format!(
        "type=bind,source={},target=/host,bind-propagation=rslave",
        dir.display()
    );
    env.ok(&["run", "--rm", "--mount", &m, &image, "ls", "/host"]);
    let bad = format!(
        "type=bind,source={},target=/host,bind-propagation=sideways",
        dir.display()
    );
    env.expect(125, &["run", "--rm", "--mount", &bad, &image, "true"]);
    let pts = env.ok(&[
        "run",
        "--rm",
        "--mount",
        "type=devpts,destination=/dev/pts",
        &image,
        "sh",
        "-c",
        "grep -c ' /dev/pts .* devpts ' /proc/self/mountinfo",
    ]);
    assert_eq!(
        pts, "2\n",
        "a devpts instance of its own over the default one"
    );
}

#[test]
fn more_limit_flags_are_checked_and_said_when_not_in_force() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    for (args, says) in [
        (
            vec!["--cpus", "1", "--cpu-period", "50000"],
            "--cpu-period and --cpus cannot be set together",
        ),
        (
            vec!["--cpus", "1", "--cpu-quota", "50000"],
            "--cpu-quota and --cpus cannot be set together",
        ),
        (vec!["--cpuset-mems", "3-1"], "--cpuset-mems"),
        (vec!["--memory-swappiness", "101"], "--memory-swappiness"),
        (
            vec!["--device-read-bps", "/dev/null:1mb"],
            "not a block device",
        ),
        (vec!["--device-write-iops", "/etc/passwd:10"], "under /dev"),
        (
            vec!["--blkio-weight-device", "/dev/nosuch:100"],
            "no such device",
        ),
        (vec!["--cgroup-conf", "nonsense"], "KEY=VALUE"),
        (vec!["--cgroup-conf", "cgroup.procs=1"], "controller's file"),
    ] {
        let mut a = vec!["run", "--rm"];
        a.extend(args.iter().copied());
        a.extend([image.as_str(), "true"]);
        let r = env.expect(125, &a);
        assert!(r.stderr.contains(says), "{args:?}: {r}");
    }
    // Realtime scheduling is podman's warning on cgroup v2, and left out.
    let r = env.expect(
        0,
        &["run", "--rm", "--cpu-rt-period", "1000", &image, "true"],
    );
    assert!(
        r.stderr
            .contains("Realtime period not supported on cgroups V2 systems"),
        "{r}"
    );
    // Where no cgroup is delegated (these hosts) each one is said not to be in force.
    if !std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
        let r = env.expect(
            0,
            &[
                "run",
                "--rm",
                "--cpu-quota",
                "50000",
                "--cgroup-conf",
                "memory.high=1g",
                "--oom-kill-disable",
                &image,
                "true",
            ],
        );
        assert!(
            r.stderr
                .contains("--cpu-quota, --oom-kill-disable, --cgroup-conf not in force"),
            "{r}"
        );
    }
}

#[test]
fn health_on_failure_log_opt_and_detach_keys() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let failing = |name: &str, action: &str| {
        env.ok(&[
            "run",
            "-d",
            "--name",
            name,
            "--stop-timeout",
            "1",
            "--health-cmd",
            "false",
            "--health-interval",
            "1s",
            "--health-retries",
            "1",
            "--health-on-failure",
            action,
            &image,
            "sleep",
            "300",
        ]);
    };
    let state = |name: &str| {
        env.ok(&[
            "inspect",
            "--format",
            "{{.State.Status}} {{.State.ExitCode}}",
            name,
        ])
    };
    let until = |name: &str, want: &str| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while state(name) != want {
            assert!(
                std::time::Instant::now() < deadline,
                "{name}: {}",
                state(name)
            );
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    };
    failing("hk", "kill");
    until("hk", "exited 137\n");
    failing("hs", "stop");
    until("hs", "exited 137\n");
    // restart: stopped and started again (a new start time), and checked afresh.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "hr",
        "--stop-timeout",
        "1",
        "--health-cmd",
        "test ! -e /tmp/seen && touch /tmp/seen",
        "--health-interval",
        "1s",
        "--health-retries",
        "1",
        "--health-on-failure",
        "restart",
        &image,
        "sleep",
        "300",
    ]);
    let first = env.ok(&["inspect", "--format", "{{.State.StartedAt}}", "hr"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(25);
    loop {
        let now = env.ok(&[
            "inspect",
            "--format",
            "{{.State.StartedAt}} {{.State.Status}}",
            "hr",
        ]);
        if !now.starts_with(first.trim()) && now.trim().ends_with("running") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "not restarted: {now}");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    env.ok(&["rm", "-f", "-t", "0", "hk", "hs", "hr"]);
    let r = env.expect(
        125,
        &["run", "--rm", "--health-on-failure", "kill", &image, "true"],
    );
    assert!(r.stderr.contains("without a health check"), "{r}");
    // --log-opt path= puts the log where asked, and logs reads it there.
    let log = env.config().join("my.log");
    let path = format!("path={}", log.display());
    env.ok(&[
        "run",
        "-d",
        "--name",
        "lo",
        "--log-opt",
        &path,
        "--log-opt",
        "tag=t1",
        &image,
        "echo",
        "hello-log",
    ]);
    env.ok(&["wait", "lo"]);
    assert_eq!(env.ok(&["logs", "lo"]), "hello-log\n");
    assert!(
        std::fs::read_to_string(&log)
            .unwrap()
            .contains("stdout F hello-log")
    );
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.HostConfig.LogConfig.Type}} {{.HostConfig.LogConfig.Tag}}",
            "lo"
        ]),
        "k8s-file t1\n"
    );
    for bad in ["max-size=10m", "bogus=1", "path"] {
        env.expect(125, &["run", "--rm", "--log-opt", bad, &image, "true"]);
    }
    // --detach-keys: checked as podman spells them.
    env.ok(&["run", "-d", "-i", "--name", "att", &image, "sleep", "300"]);
    let r = env.expect(125, &["attach", "--detach-keys", "ctrl-xx", "att"]);
    assert!(r.stderr.contains("invalid detach keys"), "{r}");
    env.expect(125, &["start", "--detach-keys", "ctrl-", "att"]);
    // With stdin at its end and no detach keys, attach waits for the container.
    let t = std::time::Instant::now();
    let mut c = env.command(&["attach", "--detach-keys", "ctrl-a,d", "att"]);
    c.stdin(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(b"\x01d").unwrap();
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "ctrl-a d detaches");
    assert!(t.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.Running}}", "att"]),
        "true\n"
    );
    env.ok(&["rm", "-f", "-t", "0", "att"]);
}

#[test]
fn passwd_entries_hostuser_and_init_path() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let me = std::fs::read_to_string("/etc/passwd")
        .unwrap()
        .lines()
        .find(|l| l.split(':').nth(2) == Some(&util::my_uid().to_string()))
        .map(|l| l.split(':').next().unwrap().to_string())
        .expect("the test user is in /etc/passwd");
    // A numeric --user the image doesn't know gets podman's line.
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--user",
            "4242",
            &image,
            "sh",
            "-c",
            "whoami; grep ^4242: /etc/passwd"
        ]),
        "4242\n4242:*:4242:0:container user:/:/bin/sh\n"
    );
    env.expect(
        1,
        &[
            "run",
            "--rm",
            "--user",
            "4242",
            "--passwd=false",
            &image,
            "grep",
            "^4242:",
            "/etc/passwd",
        ],
    );
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--user",
            "4242:4243",
            "-w",
            "/tmp",
            "--passwd-entry",
            "$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/false",
            &image,
            "sh",
            "-c",
            "grep ^4242: /etc/passwd; grep ^4243: /etc/group; echo $HOME",
        ]),
        "4242:x:4242:4243:container user:/tmp:/bin/false\n4243:x:4243:4242\n/tmp\n"
    );
    // A user the image has is left alone.
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--user",
            "65534",
            &image,
            "grep",
            "-c",
            ":65534:",
            "/etc/passwd"
        ]),
        "1\n"
    );
    // --hostuser: the host's entry.
    let line = env.ok(&[
        "run",
        "--rm",
        "--hostuser",
        &me,
        &image,
        "grep",
        &format!("^{me}:"),
        "/etc/passwd",
    ]);
    assert!(
        line.starts_with(&format!("{me}:*:{}:", util::my_uid())),
        "{line}"
    );
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--hostuser",
            "no-such-user-here",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("unknown user"), "{r}");
    // --userns keep-id: the user is themself inside, by name.
    if util::my_uid() != 0 {
        assert_eq!(
            env.ok(&["run", "--rm", "--userns", "keep-id", &image, "id", "-un"]),
            format!("{me}\n")
        );
    }
    // --init-path: that binary is PID 1 and runs the command after --.
    let init = env.config().join("myinit");
    util::write(
        &init,
        "#!/bin/sh\n[ \"$1\" = -- ] && shift\necho \"init $$\"\nexec \"$@\"\n",
    );
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&init, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let init = init.to_str().unwrap();
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--init",
            "--init-path",
            init,
            &image,
            "echo",
            "cmd"
        ]),
        "init 1\ncmd\n"
    );
    let r = env.expect(125, &["run", "--rm", "--init-path", init, &image, "true"]);
    assert!(r.stderr.contains("--init-path needs --init"), "{r}");
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--init",
            "--init-path",
            init,
            "--pid",
            "host",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("PID namespace isn't private"), "{r}");
    env.expect(
        125,
        &[
            "run",
            "--rm",
            "--init",
            "--init-path",
            "/nonexistent/init",
            &image,
            "true",
        ],
    );
}

#[test]
fn image_volumes_become_anonymous_volumes_tmpfs_or_nothing() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let base = env.pull(&reg, "library/busybox:latest");
    let ctx = env.config().join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    util::write(
        &ctx.join("Containerfile"),
        &format!("FROM {base}\nRUN mkdir /data && echo from-image > /data/f\nVOLUME /data\n"),
    );
    env.ok(&["build", "-q", "-t", "withvol", ctx.to_str().unwrap()]);
    let fs =
        "grep ' /data ' /proc/self/mountinfo | sed 's/.* - \\([^ ]*\\) .*/\\1/'; cat /data/f 2>&1";
    // The default (podman's bind): an anonymous volume with the image's content.
    let out = env.ok(&["run", "--name", "v1", "withvol", "sh", "-c", fs]);
    assert!(
        out.ends_with("from-image\n") && !out.starts_with("tmpfs"),
        "{out}"
    );
    assert!(
        !out.trim().is_empty() && out.lines().count() == 2,
        "a mount at /data: {out}"
    );
    assert_eq!(env.ok(&["volume", "ls", "-q"]).lines().count(), 1);
    env.ok(&["rm", "-v", "v1"]);
    assert_eq!(
        env.ok(&["volume", "ls", "-q"]),
        "",
        "rm -v takes the anonymous volume"
    );
    env.ok(&["run", "--rm", "withvol", "true"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "", "--rm too");
    let out = env.ok(&[
        "run",
        "--rm",
        "--image-volume",
        "tmpfs",
        "withvol",
        "sh",
        "-c",
        fs,
    ]);
    assert_eq!(
        out, "tmpfs\nfrom-image\n",
        "a tmpfs with the image's content"
    );
    let out = env.ok(&[
        "run",
        "--rm",
        "--image-volume",
        "ignore",
        "withvol",
        "sh",
        "-c",
        fs,
    ]);
    assert_eq!(out, "from-image\n", "no mount: the image's directory");
    env.expect(
        125,
        &["run", "--rm", "--image-volume", "bogus", "withvol", "true"],
    );
    // A mount given on the VOLUME's destination wins.
    env.ok(&["run", "--rm", "-v", "named:/data", "withvol", "true"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "named\n");
    // --chrootdirs: the /etc files in the chroot too.
    let out = env.ok(&[
        "run",
        "--rm",
        "--chrootdirs",
        "/jail",
        &base,
        "cat",
        "/jail/etc/hosts",
    ]);
    assert!(out.contains("127.0.0.1"), "{out}");
    env.expect(125, &["run", "--rm", "--chrootdirs", "jail", &base, "true"]);
}

#[test]
fn flag_errors_are_worded_as_podman_words_them() {
    let env = Env::new();
    let r = env.expect(125, &["run", "-h"]);
    assert_eq!(
        r.stderr,
        "Error: flag needs an argument: 'h' in -h\nSee 'gorae run --help'\n"
    );
    let r = env.expect(125, &["container", "ls", "--format"]);
    assert_eq!(
        r.stderr,
        "Error: flag needs an argument: --format\nSee 'gorae container ls --help'\n"
    );
    let r = env.expect(125, &["ps", "--no-such-flag"]);
    assert_eq!(
        r.stderr,
        "Error: unknown flag: --no-such-flag\nSee 'gorae ps --help'\n"
    );
    let r = env.expect(125, &["bad", "--invalid"]);
    assert_eq!(
        r.stderr,
        "Error: unknown flag: --invalid\nSee 'gorae --help'\n"
    );
    let r = env.expect(125, &["bad", "--help"]);
    assert!(r.stderr.contains("unrecognized subcommand 'bad'"), "{r}");
    let r = env.expect(125, &["images", "-Z"]);
    assert_eq!(
        r.stderr,
        "Error: unknown shorthand flag: 'Z' in -Z\nSee 'gorae images --help'\n"
    );
}

#[test]
fn rootfs_preserve_fds_and_attach() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // --rootfs: a directory (here busybox's files, exported) is the root, and is written to;
    // with :O an overlay takes the writes and leaves it as it was.
    let dir = env.data().join("rootfs");
    std::fs::create_dir_all(&dir).unwrap();
    env.ok(&["create", "--name", "ex", &image, "true"]);
    let tar = env.data().join("ex.tar");
    env.ok(&["export", "-o", tar.to_str().unwrap(), "ex"]);
    let st = std::process::Command::new("tar")
        .args(["-C", dir.to_str().unwrap(), "-xf", tar.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(st.success());
    let root = dir.to_str().unwrap();
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--rootfs",
            root,
            "sh",
            "-c",
            "echo hi > /written; cat /written"
        ]),
        "hi\n"
    );
    assert!(dir.join("written").exists());
    let overlay = format!("{root}:O");
    env.ok(&[
        "run",
        "--rm",
        "--rootfs",
        &overlay,
        "sh",
        "-c",
        "echo o > /over; rm /written",
    ]);
    assert!(!dir.join("over").exists() && dir.join("written").exists());
    let r = env.expect(
        125,
        &["run", "--rm", "--rootfs", "/nonexistent/dir", "true"],
    );
    assert!(r.stderr.contains("--rootfs /nonexistent/dir"), "{r}");
    // --preserve-fds N: the caller's descriptors 3.. reach the process; all must be given.
    let file = env.data().join("passed");
    std::fs::write(&file, "through fd 3\n").unwrap();
    let sh = |script: &str| {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .env("G", util::gorae_bin())
            .env("F", &file)
            .env("I", &image)
            .envs(
                env.command(&[])
                    .get_envs()
                    .filter_map(|(k, v)| Some((k, v?))),
            )
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = sh(r#""$G" run --rm --preserve-fds 1 "$I" sh -c 'cat <&3' 3<"$F""#);
    assert_eq!((code, out.as_str()), (Some(0), "through fd 3\n"), "{err}");
    let (code, _, err) = sh(r#""$G" run --rm --preserve-fds 2 "$I" true 3<"$F""#);
    assert_eq!(code, Some(125));
    assert!(err.contains("file descriptor 4 is not available"), "{err}");
    let (code, out, err) = sh(
        r#""$G" run --rm --preserve-fds 1 "$I" sh -c 'test -e /proc/self/fd/4 || echo only-3; cat <&3' 3<"$F" 4<"$F""#,
    );
    assert_eq!(
        (code, out.as_str()),
        (Some(0), "only-3\nthrough fd 3\n"),
        "{err}"
    );
    // Detached and started again without them: /dev/null holds their place, nothing of gorae's.
    let (code, _, err) = sh(
        r#""$G" run -d --name pf --preserve-fds 1 "$I" sh -c 'readlink /proc/self/fd/3; sleep 60' 3<"$F""#,
    );
    assert_eq!(code, Some(0), "{err}");
    env.run_until_ok(&["exec", "pf", "true"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    env.ok(&["stop", "-t", "0", "pf"]);
    env.ok(&["start", "pf"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    let logs = env.ok(&["logs", "pf"]);
    assert_eq!(logs, format!("{}\n/dev/null\n", file.display()), "{logs}");
    let (code, out, _) = sh(r#""$G" exec --preserve-fds 1 pf sh -c 'cat <&3' 3<"$F""#);
    assert_eq!((code, out.as_str()), (Some(0), "through fd 3\n"));
    env.ok(&["rm", "-f", "-t", "0", "pf"]);
    // --attach: only the streams named reach the terminal; the log has both.
    let r = env.run(&[
        "run",
        "--name",
        "att",
        "-a",
        "stdout",
        &image,
        "sh",
        "-c",
        "echo out; echo err >&2",
    ]);
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("out\n", ""), "{r}");
    let r = env.run(&["logs", "att"]);
    assert_eq!(
        (r.stdout.as_str(), r.stderr.as_str()),
        ("out\n", "err\n"),
        "{r}"
    );
    let r = env.run(&[
        "run",
        "--rm",
        "-a",
        "STDERR",
        &image,
        "sh",
        "-c",
        "echo out; echo err >&2",
    ]);
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("", "err\n"), "{r}");
    let r = env.expect(125, &["run", "--rm", "-a", "stdio", &image, "true"]);
    assert!(
        r.stderr.contains("invalid stream \"stdio\" for --attach"),
        "{r}"
    );
}

#[test]
fn signals_by_any_name_and_a_private_ipc_that_is_not_shared() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // Real-time signals too (64, RTMIN+3): the container's traps see them.
    env.ok(&["run", "-d", "--name", "trap", &image, "sh", "-c",
        "for i in 1 37 64; do trap \"echo got: $i\" $i; done; echo READY; while :; do sleep 0.05; done"]);
    env.run_until_ok(&["exec", "trap", "true"]);
    for _ in 0..100 {
        if env.ok(&["logs", "trap"]).contains("READY") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    for (sig, n) in [("HUP", 1), ("SIGRTMIN+3", 37), ("64", 64), ("-RTMAX", 64)] {
        env.ok(&["kill", "-s", sig, "trap"]);
        let want = format!("got: {n}");
        let mut seen = false;
        for _ in 0..100 {
            if env.ok(&["logs", "trap"]).matches(&want).count() >= 1 {
                seen = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert!(seen, "{sig}: {}", env.ok(&["logs", "trap"]));
    }
    for (bad, why) in [
        ("0", "invalid signal: 0"),
        ("-0", "invalid signal: 0"),
        ("SIG", "invalid signal: SIG"),
        ("65", "valid signals are 1 through 64"),
        ("-65", "valid signals are 1 through 64"),
    ] {
        let r = env.expect(125, &["kill", "-s", bad, "nosuchcontainer"]);
        assert_eq!(r.stderr.trim(), format!("Error: {why}"), "{bad}");
        let r = env.expect(125, &["pod", "kill", "-s", bad, "nosuchpod"]);
        assert_eq!(r.stderr.trim(), format!("Error: {why}"), "{bad}");
    }
    let r = env.expect(125, &["create", "--stop-signal=99", &image]);
    assert!(r.stderr.contains("valid signals are 1 through 64"), "{r}");
    env.ok(&["rm", "-f", "-t", "0", "trap"]);
    // --ipc private: its own, which no container may join (shareable, the default, may be).
    env.ok(&[
        "run", "-d", "--ipc", "private", "--name", "priv", &image, "sleep", "60",
    ]);
    env.ok(&["run", "-d", "--name", "shared", &image, "sleep", "60"]);
    let r = env.expect(
        125,
        &["run", "--rm", "--ipc", "container:priv", &image, "true"],
    );
    assert!(
        r.stderr.contains("is not allowed: non-shareable IPC"),
        "{r}"
    );
    env.ok(&["run", "--rm", "--ipc", "container:shared", &image, "true"]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.HostConfig.IpcMode}}", "priv"]),
        "private\n"
    );
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.HostConfig.IpcMode}}", "shared"]),
        "shareable\n"
    );
    env.ok(&["rm", "-f", "-t", "0", "priv", "shared"]);
}

#[test]
fn boolean_flags_take_true_and_false_as_podman_s_do() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // --flag=false is the flag left out, --flag=true the flag; the container's own
    // arguments are passed as they are.
    assert_eq!(
        env.ok(&[
            "run",
            "--rm=true",
            "--tty=false",
            "-d=false",
            &image,
            "echo",
            "--x=false",
            "-d=true"
        ]),
        "--x=false -d=true\n"
    );
    env.expect(1, &["container", "exists", "--external=true", "nothing"]);
    let r = env.run(&["run", "--read-only=true", "--rm", &image, "touch", "/x"]);
    assert_eq!(r.code, 1, "{r}");
    let r = env.run(&["run", "--read-only=false", "--rm", &image, "touch", "/x"]);
    assert_eq!(r.code, 0, "{r}");
    let id = env.ok(&["run", "-d=true", &image, "true"]);
    assert!(util::is_hex(id.trim(), 64), "{id}");
    assert_eq!(env.ok(&["ps", "-a=true", "-q=true", "--no-trunc=true"]), id);
    let r = env.expect(125, &["run", "--bogus=false", &image, "true"]);
    assert!(r.stderr.contains("unknown flag: --bogus"), "{r}");
}

#[test]
fn systemd_mode_gives_tmpfs_and_the_stop_signal_podman_gives() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let mounts = env.ok(&[
        "run", "--rm", "--systemd=always", &image, "sh", "-c",
        "for d in /run /run/lock /tmp /var/log/journal; do grep -q \" $d tmpfs \" /proc/mounts && echo $d; done",
    ]);
    assert_eq!(mounts, "/run\n/run/lock\n/tmp\n/var/log/journal\n");
    let sig = |args: &[&str]| {
        let mut all = vec!["create"];
        all.extend_from_slice(args);
        let id = env.ok(&all);
        let out = env.ok(&[
            "inspect",
            "--format",
            "{{.Config.StopSignal}} {{.Config.SystemdMode}}",
            id.trim(),
        ]);
        env.ok(&["rm", id.trim()]);
        out
    };
    // SIGRTMIN+3 is 37: systemd's halt; an init as the command means systemd mode.
    assert_eq!(sig(&["--systemd=always", &image, "true"]), "37 true\n");
    assert_eq!(sig(&[&image, "/sbin/init"]), "37 true\n");
    assert_eq!(
        sig(&["--systemd=false", &image, "/sbin/init"]),
        "15 false\n"
    );
    assert_eq!(sig(&[&image, "true"]), "15 false\n");
    assert_eq!(
        sig(&[
            "--systemd=always",
            "--stop-signal",
            "SIGINT",
            &image,
            "true"
        ]),
        "2 true\n"
    );
    // A mount of the user's own on /tmp stays.
    let tmp = env.ok(&[
        "run",
        "--rm",
        "--systemd=always",
        "--tmpfs",
        "/tmp:size=1m",
        &image,
        "sh",
        "-c",
        "grep ' /tmp ' /proc/mounts | grep -c size=1024k",
    ]);
    assert_eq!(tmp, "1\n");
    let r = env.expect(125, &["run", "--systemd=maybe", &image, "true"]);
    assert!(r.stderr.contains("--systemd"), "{r}");
}
