//! Foreground `run`: the image's config, flags, exit codes, namespaces and ID mappings.

use crate::util::{self, Env};

#[test]
fn run_prints_and_returns_the_container_status() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    assert_eq!(
        env.ok(&["run", "--rm", &image, "sh", "-c", "echo hello; id -u"]),
        "hello\n0\n"
    );
    env.expect(7, &["run", "--rm", &image, "sh", "-c", "exit 7"]);
    // A process killed by a signal reports 128 + N through the shell that ran it.
    env.expect(
        137,
        &[
            "run",
            "--rm",
            &image,
            "sh",
            "-c",
            "sh -c 'kill -9 $$'; exit $?",
        ],
    );
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "", "--rm leaves no container");
}

#[test]
fn the_full_subuid_range_is_mapped() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let map = env.ok(&["run", "--rm", &image, "cat", "/proc/self/uid_map"]);
    let widths: Vec<u64> = map
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2)?.parse().ok())
        .collect();
    if util::my_uid() == 0 {
        eprintln!("*** NOTE: running as root: no user namespace, the mapping is the host's ***");
        return;
    }
    assert_eq!(
        widths.iter().sum::<u64>(),
        65537,
        "own ID + 65536 subordinate IDs: {map}"
    );
    // Files owned by a non-root user in the image keep that owner inside.
    let owner = env.ok(&[
        "run",
        "--rm",
        &env.pull(&reg, "test/layers:latest"),
        "stat -c %u:%g /home/user/owned",
    ]);
    assert_eq!(owner, "1000:1000\n");
}

#[test]
fn without_subuid_ranges_a_single_id_mapping_still_pulls_and_runs() {
    let Some(reg) = util::registry() else { return };
    if util::my_uid() == 0 {
        eprintln!("*** SKIPPED: running as root, where no ID mapping is used ***");
        return;
    }
    let mut env = Env::new();
    env.extra_env.push(("GORAE_IDMAP".into(), "single".into()));
    let r = env.expect(
        0,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            &format!("{reg}/test/layers:latest"),
        ],
    );
    assert_eq!(
        r.stderr.matches("warning:").count(),
        1,
        "one clear warning: {r}"
    );
    assert!(r.stderr.contains("single-ID"), "{r}");
    let r = env.expect(
        0,
        &[
            "run",
            "--rm",
            &format!("{reg}/test/layers:latest"),
            "cat /proc/self/uid_map; stat -c %u /home/user/owned",
        ],
    );
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        vec!["0", &util::my_uid().to_string(), "1"]
    );
    assert_eq!(lines[1], "0", "owners are squashed to root");
}

#[test]
fn image_config_is_honoured() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "test/layers:latest");
    // Entrypoint + Cmd + Env + WorkingDir.
    assert_eq!(env.ok(&["run", "--rm", &image]), "hello from /data\n");
    // Whiteouts, opaque dirs, setuid bits, hardlinks and symlinks came through.
    let out = env.ok(&[
        "run",
        "--rm",
        &image,
        "test ! -e /data/gone && ls /opt/old && stat -c %a /usr/local/bin/suid && \
         test $(stat -c %i /data/hard) = $(stat -c %i /data/keep) && readlink /data/link",
    ]);
    assert_eq!(out, "y\n4755\nkeep\n");
    let user = env.pull(&reg, "test/user:latest");
    assert_eq!(
        env.ok(&["run", "--rm", &user, "sh", "-c", "id -u; id -g; echo $HOME"]),
        "1000\n1000\n/home/app\n"
    );
    assert_eq!(
        env.ok(&["run", "--rm", "-u", "0", &user, "id", "-u"]),
        "0\n"
    );
    assert_eq!(
        env.ok(&["run", "--rm", "-u", "nobody", &user, "id", "-u"]),
        "65534\n"
    );
}

#[test]
fn flags_override_the_image() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "test/layers:latest");
    let envfile = env.base.join("vars.env");
    util::write(&envfile, "# comment\nFROM_FILE=1\nGREETING=file\n");
    let out = env.ok(&[
        "run", "--rm", "-e", "GREETING=flag", "--env-file", envfile.to_str().unwrap(), "-w", "/tmp/new/dir",
        "--hostname", "box1", "--name", "named", &image,
        "echo $GREETING $FROM_FILE $(pwd) $(hostname) $HOSTNAME; grep -c box1 /etc/hosts; cat /etc/hostname",
    ]);
    assert_eq!(out, "flag 1 /tmp/new/dir box1 box1\n1\nbox1\n");
    let out = env.ok(&["run", "--rm", "--entrypoint", "/bin/echo", &image, "a", "b"]);
    assert_eq!(out, "a b\n");
    let out = env.ok(&[
        "run",
        "--rm",
        "--entrypoint",
        r#"["/bin/sh","-c","echo json $0"]"#,
        &image,
        "x",
    ]);
    assert_eq!(out, "json x\n");
}

#[test]
fn exit_codes_match_podman() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let r = env.expect(127, &["run", "--rm", &image, "no-such-command"]);
    assert!(r.stderr.contains("not found"), "{r}");
    env.expect(127, &["run", "--rm", &image, "/no/such/path"]);
    let r = env.expect(126, &["run", "--rm", &image, "/etc"]);
    assert!(r.stderr.contains("permission denied"), "{r}");
    let r = env.expect(125, &["run", "--rm", "--no-such-flag", &image]);
    assert!(r.stderr.contains("--no-such-flag"), "{r}");
    let r = env.expect(125, &["run", "--rm", "--pull", "never", "nosuchimage"]);
    assert!(r.stderr.contains("image not known"), "{r}");
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--tls-verify=false",
            &format!("{reg}/library/missing:1"),
        ],
    );
    assert!(r.stderr.contains("manifest unknown"), "{r}");
    env.expect(125, &["run", "--rm", "-u", "nosuchuser", &image, "true"]);
    assert_eq!(
        env.ok(&["ps", "-a", "-q"]),
        "",
        "failed --rm runs leave nothing"
    );
}

#[test]
fn pull_policy_missing_pulls_once_and_always_pulls_again() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = format!("{reg}/library/busybox:latest");
    let r = env.expect(0, &["run", "--rm", "--tls-verify=false", &image, "true"]);
    assert!(r.stderr.contains("Copying blob"), "missing → pulled: {r}");
    let r = env.expect(0, &["run", "--rm", "--tls-verify=false", &image, "true"]);
    assert!(
        !r.stderr.contains("Trying to pull"),
        "present → not pulled: {r}"
    );
    let r = env.expect(
        0,
        &[
            "run",
            "--rm",
            "--pull",
            "always",
            "--tls-verify=false",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("Trying to pull"), "{r}");
    // A short name finds the local image whatever registry it came from.
    assert_eq!(
        env.ok(&["run", "--rm", "--pull", "never", "busybox", "echo", "short"]),
        "short\n"
    );
}

#[test]
fn namespaces_isolate_pid_network_and_mounts() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    assert_eq!(
        env.ok(&["run", "--rm", &image, "sh", "-c", "echo $$"]),
        "1\n",
        "PID 1 in its own PID namespace"
    );
    let ifaces = env.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        &image,
        "sh",
        "-c",
        "ls /sys/class/net",
    ]);
    assert_eq!(ifaces, "lo\n");
    let ro = env.run(&["run", "--rm", &image, "sh", "-c", "touch /sys/x"]);
    assert_ne!(ro.code, 0, "/sys is read-only");
    let masked = env.ok(&[
        "run",
        "--rm",
        &image,
        "sh",
        "-c",
        "cat /proc/keys /proc/timer_list | wc -c",
    ]);
    assert_eq!(
        masked.trim(),
        "0",
        "/proc/keys and /proc/timer_list are masked"
    );
    let r = env.run(&[
        "run",
        "--rm",
        &image,
        "sh",
        "-c",
        "echo 1 > /proc/sys/kernel/ns_last_pid",
    ]);
    assert_ne!(r.code, 0, "/proc/sys is read-only");
    let devs = env.ok(&["run", "--rm", &image, "sh", "-c", "echo x > /dev/null && head -c 4 /dev/zero | wc -c && ls /dev/pts/ptmx && test -d /dev/shm && echo ok"]);
    assert_eq!(devs, "4\n/dev/pts/ptmx\nok\n");
    // Writes land in the container's upper dir, never in the shared image layer.
    env.ok(&[
        "run",
        "--rm",
        &image,
        "sh",
        "-c",
        "rm /bin/ls; echo changed > /etc/passwd",
    ]);
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            &image,
            "sh",
            "-c",
            "ls /bin/ls && head -c 4 /etc/passwd"
        ]),
        "/bin/ls\nroot"
    );
}

#[test]
fn containers_without_rm_are_listed_and_removable() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.expect(
        3,
        &["run", "--name", "keepme", &image, "sh", "-c", "exit 3"],
    );
    let ps = env.ok(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"]);
    assert!(ps.starts_with("keepme Exited (3)"), "{ps}");
    let r = env.expect(125, &["run", "--name", "keepme", &image, "true"]);
    assert!(r.stderr.contains("already in use"), "{r}");
    let inspect = env.ok(&[
        "inspect",
        "--format",
        "{{.State.Status}} {{.State.ExitCode}}",
        "keepme",
    ]);
    assert_eq!(inspect, "exited 3\n");
    // The image is in use: rmi refuses with podman's exit code 2.
    env.expect(2, &["rmi", &image]);
    env.ok(&["rm", "keepme"]);
    env.expect(1, &["rm", "keepme"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
}

#[test]
fn signals_to_a_foreground_run_reach_the_container() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let mut child = env.spawn_ready(&[
        "run",
        "--rm",
        &image,
        "sh",
        "-c",
        "trap 'exit 42' TERM; echo ready; while :; do sleep 0.1; done",
    ]);
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let code = child.wait().unwrap().code();
    assert_eq!(
        code,
        Some(42),
        "SIGTERM is forwarded and the container's status returned"
    );
}

#[test]
fn sig_proxy_false_keeps_signals_from_the_container() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let mut child = env.spawn_ready(&[
        "run",
        "--rm",
        "--sig-proxy=false",
        &image,
        "sh",
        "-c",
        "trap 'exit 42' TERM; echo ready; sleep 1; exit 0",
    ]);
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert_eq!(
        child.wait().unwrap().code(),
        Some(0),
        "the signal was not proxied and gorae did not die"
    );
}

#[test]
fn limit_flags_are_checked_and_never_silently_claimed() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let r = env.expect(125, &["run", "--rm", "--memory", "12q", &image, "true"]);
    assert!(r.stderr.contains("--memory"), "{r}");
    let r = env.expect(125, &["run", "--rm", "--memory", "1m", &image, "true"]);
    assert!(r.stderr.contains("minimum"), "{r}");
    env.expect(125, &["run", "--rm", "--cpus", "zero", &image, "true"]);
    env.expect(
        125,
        &["run", "--rm", "--cpuset-cpus", "3-1", &image, "true"],
    );
    // On these hosts there is no delegated cgroup v2 tree: the run goes on, and says so.
    let r = env.expect(
        0,
        &[
            "run",
            "--rm",
            "--memory",
            "64m",
            "--pids-limit",
            "100",
            &image,
            "true",
        ],
    );
    assert!(
        r.stderr.contains("--memory, --pids-limit not in force"),
        "{r}"
    );
    assert_eq!(
        r.stderr
            .lines()
            .filter(|l| l.starts_with("warning:"))
            .count(),
        1,
        "said once: {r}"
    );
    // What is not in force is not reported as a limit (podman #21575).
    env.ok(&[
        "create", "--name", "limited", "--memory", "64m", &image, "true",
    ]);
    env.expect(0, &["start", "limited"]);
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}} [{{.HostConfig.CgroupPath}}]",
            "limited"
        ]),
        "0 0 []\n"
    );
    let cfg = env.ok(&["inspect", "--format", "{{json .Config}}", "limited"]);
    assert!(
        !cfg.contains("67108864"),
        "the asked-for limit is not shown: {cfg}"
    );
    // --cgroups and the limits' consistency.
    let r = env.expect(125, &["run", "--rm", "--cgroups", "bogus", &image, "true"]);
    assert!(r.stderr.contains("--cgroups"), "{r}");
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--cgroups=disabled",
            "--memory",
            "64m",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("--cgroups=disabled"), "{r}");
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--memory",
            "64m",
            "--memory-swap",
            "32m",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("--memory-swap"), "{r}");
    env.ok(&["run", "--rm", "--cgroups=disabled", &image, "true"]);
    env.ok(&["run", "--rm", "--cgroups=no-conmon", &image, "true"]);
    if !std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
        // --cgroups=split and --cgroup-parent need a delegated cgroup: an error here, where
        // there is none; a quiet fallback would break the unit that asked for it.
        let r = env.expect(125, &["run", "--rm", "--cgroups=split", &image, "true"]);
        assert!(r.stderr.contains("not a cgroup v2 hierarchy"), "{r}");
        let info = env.ok(&["info", "--format", "{{.Host.CgroupUnavailable}}"]);
        assert!(info.contains("not a cgroup v2"), "{info}");
    } else {
        println!(
            "note: this host has a cgroup v2 hierarchy; the split-refused check is the guest tier's"
        );
    }
}
