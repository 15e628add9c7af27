//! Security defaults and the escapes they must stop (see SECURITY.md).

use crate::util::{self, Env};

fn status_field(out: &str, field: &str) -> String {
    out.lines()
        .find_map(|l| l.strip_prefix(field))
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

#[test]
fn default_capabilities_seccomp_and_no_new_privs_match_podman() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let st = env.ok(&["run", "--rm", &image, "cat", "/proc/self/status"]);
    // CHOWN DAC_OVERRIDE FOWNER FSETID KILL SETGID SETUID SETPCAP NET_BIND_SERVICE SYS_CHROOT SETFCAP
    assert_eq!(status_field(&st, "CapEff:"), "00000000800405fb");
    assert_eq!(status_field(&st, "CapBnd:"), "00000000800405fb");
    assert_eq!(status_field(&st, "CapInh:"), "0000000000000000");
    assert_eq!(status_field(&st, "CapAmb:"), "0000000000000000");
    assert_eq!(
        status_field(&st, "Seccomp:"),
        "2",
        "the default seccomp filter is on"
    );
    assert_eq!(status_field(&st, "NoNewPrivs:"), "1");
    // The filter is podman's allow-list: a nested user namespace is allowed (the kernel
    // checks), as bwrap and podman in a container need.
    env.ok(&["run", "--rm", &image, "unshare", "-U", "true"]);
    // The same confinement applies to exec'd processes.
    env.ok(&["run", "-d", "--name", "c", &image, "sleep", "1000"]);
    let st = env.ok(&["exec", "c", "cat", "/proc/self/status"]);
    assert_eq!(status_field(&st, "CapEff:"), "00000000800405fb");
    assert_eq!(status_field(&st, "Seccomp:"), "2");
    env.ok(&["rm", "-f", "c"]);
}

#[test]
fn non_root_users_get_no_inheritable_or_ambient_capabilities() {
    // CVE-2022-27649: inheritable capabilities must not reach a non-root user's processes.
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "test/user:latest");
    let st = env.ok(&[
        "run",
        "--rm",
        "--cap-add",
        "net_admin",
        &image,
        "cat",
        "/proc/self/status",
    ]);
    for f in ["CapInh:", "CapAmb:", "CapEff:", "CapPrm:"] {
        assert_eq!(status_field(&st, f), "0000000000000000", "{f} for uid 1000");
    }
}

#[test]
fn cap_add_drop_privileged_group_add_and_security_opt() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let st = env.ok(&[
        "run",
        "--rm",
        "--cap-drop",
        "all",
        "--cap-add",
        "NET_ADMIN",
        &image,
        "cat",
        "/proc/self/status",
    ]);
    assert_eq!(status_field(&st, "CapEff:"), format!("{:016x}", 1u64 << 12));
    let st = env.ok(&[
        "run",
        "--rm",
        "--cap-drop",
        "chown",
        &image,
        "cat",
        "/proc/self/status",
    ]);
    assert_eq!(status_field(&st, "CapEff:"), "00000000800405fa");
    let st = env.ok(&[
        "run",
        "--rm",
        "--privileged",
        &image,
        "cat",
        "/proc/self/status",
    ]);
    assert_eq!(status_field(&st, "Seccomp:"), "0");
    assert_eq!(status_field(&st, "NoNewPrivs:"), "0");
    assert_ne!(status_field(&st, "CapEff:"), "00000000800405fb");
    let st = env.ok(&[
        "run",
        "--rm",
        "--security-opt",
        "seccomp=unconfined",
        &image,
        "cat",
        "/proc/self/status",
    ]);
    assert_eq!(status_field(&st, "Seccomp:"), "0");
    // A user profile in Docker's format.
    let profile = env.base.join("deny-mkdir.json");
    util::write(
        &profile,
        r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}"#,
    );
    let opt = format!("seccomp={}", profile.display());
    let r = env.run(&[
        "run",
        "--rm",
        "--security-opt",
        &opt,
        &image,
        "mkdir",
        "/tmp/x",
    ]);
    assert!(
        r.code != 0 && r.stderr.contains("Operation not permitted"),
        "{r}"
    );
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "-u",
            "nobody",
            "--group-add",
            "root",
            &image,
            "id",
            "-G"
        ]),
        "65534 0\n"
    );
    let r = env.expect(125, &["run", "--rm", "--cap-add", "BOGUS", &image, "true"]);
    assert!(r.stderr.contains("BOGUS"), "{r}");
    env.expect(
        125,
        &["run", "--rm", "--security-opt", "nonsense", &image, "true"],
    );
}

#[test]
fn images_whose_proc_or_dev_are_symlinks_are_refused() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    for (name, what) in [
        ("test/proc-symlink:latest", "/proc"),
        ("test/dev-symlink:latest", "/dev"),
    ] {
        let image = env.pull(&reg, name);
        let r = env.expect(125, &["run", "--rm", &image, "true"]);
        assert!(
            r.stderr.contains(what) && r.stderr.contains("symlink"),
            "{r}"
        );
    }
}

#[test]
fn mounts_made_inside_a_container_never_reach_the_host() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let host = env.base.join("shared");
    std::fs::create_dir_all(&host).unwrap();
    let bind = format!("{}:/mnt", host.display());
    // Even with every capability and no seccomp, a mount inside stays inside.
    let r = env.run(&[
        "run",
        "--rm",
        "--privileged",
        "-v",
        &bind,
        &image,
        "sh",
        "-c",
        "mount -t tmpfs none /mnt && touch /mnt/inside",
    ]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        !host.join("inside").exists(),
        "the file went to the container's tmpfs, not the host dir"
    );
    let mounts = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    assert!(
        !mounts.contains(host.to_str().unwrap()),
        "no mount appeared on the host"
    );
}

#[test]
fn the_container_cannot_overwrite_gorae_through_proc_exe() {
    // CVE-2019-5736: the container's processes must not reach gorae's binary.
    let Some(reg) = util::registry() else { return };
    let mut env = Env::new();
    // A copy the user owns: the user is root in the container, so only gorae's own care (a
    // non-dumpable process until exec, no gorae process in the container's PID namespace)
    // protects it.
    let own = env.base.join("gorae-own");
    std::fs::copy(util::gorae_bin(), &own).unwrap();
    // Another test thread may fork while the copy's write descriptor is open, and exec then
    // fails with ETXTBSY until that child has exec'd too: wait for the copy to be runnable.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::process::Command::new(&own)
        .arg("version")
        .output()
        .is_err()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the copied binary never became executable"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    env.bin = Some(own.clone());
    let image = env.pull(&reg, "library/busybox:latest");
    let before = std::fs::read(&own).unwrap();
    env.ok(&["run", "-d", "--name", "c", &image, "sleep", "1000"]);
    // From inside, try every process's exe (the container's own init included) and an exec.
    let script =
        "for p in /proc/[0-9]*; do echo pwned > $p/exe 2>/dev/null && echo WROTE $p; done; true";
    let r = env.ok(&["run", "--rm", &image, "sh", "-c", script]);
    assert!(!r.contains("WROTE"), "{r}");
    let r = env.ok(&["exec", "c", "sh", "-c", script]);
    assert!(!r.contains("WROTE"), "{r}");
    env.ok(&["rm", "-f", "c"]);
    assert_eq!(
        std::fs::read(&own).unwrap(),
        before,
        "gorae's binary is unchanged"
    );
}

/// The system calls the seccomp probe makes, with harmless arguments: (name, x86_64 number,
/// arguments). Each either fails for its arguments, or does nothing lasting (`unshare(0)`,
/// querying the personality), or is refused by the filter (EPERM or ENOSYS).
const PROBES: &[(&str, u32, &[i64])] = &[
    ("io_uring_setup", 425, &[0, 0]),
    ("io_uring_enter", 426, &[-1, 0, 0, 0, 0, 0]),
    ("io_uring_register", 427, &[-1, 0, 0, 0]),
    ("ptrace", 101, &[65535, 0, 0, 0]),
    ("process_vm_readv", 310, &[0, 0, 0, 0, 0, 0]),
    ("process_vm_writev", 311, &[0, 0, 0, 0, 0, 0]),
    ("kcmp", 312, &[0, 0, 0, 0, 0]),
    ("process_madvise", 440, &[-1, 0, 0, 0, 0]),
    ("unshare", 272, &[0]),
    ("setns", 308, &[-1, 0]),
    ("mount", 165, &[0, 0, 0, 0, 0]),
    ("umount2", 166, &[0, 0]),
    ("pivot_root", 155, &[0, 0]),
    ("open_tree", 428, &[-1, 0, 0]),
    ("move_mount", 429, &[-1, 0, -1, 0, 0]),
    ("fsopen", 430, &[0, 0]),
    ("fspick", 433, &[-1, 0, 0]),
    ("mount_setattr", 442, &[-1, 0, 0, 0, 0]),
    ("chroot", 161, &[0]),
    ("keyctl", 250, &[0, 0, 0]),
    ("add_key", 248, &[0, 0, 0, 0, 0]),
    ("request_key", 249, &[0, 0, 0, 0]),
    ("get_mempolicy", 239, &[0, 0, 0, 0, 0]),
    ("set_mempolicy", 238, &[0, 0, 0]),
    ("mbind", 237, &[0, 0, 0, 0, 0, 0]),
    ("migrate_pages", 256, &[0, 0, 0, 0]),
    ("move_pages", 279, &[0, 0, 0, 0, 0, 0]),
    ("name_to_handle_at", 303, &[-1, 0, 0, 0, 0]),
    ("open_by_handle_at", 304, &[-1, 0, 0]),
    ("clock_adjtime", 305, &[0, 0]),
    ("adjtimex", 159, &[0]),
    ("clock_settime", 227, &[0, 0]),
    ("settimeofday", 164, &[0, 0]),
    ("reboot", 169, &[0, 0, 0, 0]),
    ("kexec_load", 246, &[0, 0, 0, 0]),
    ("kexec_file_load", 320, &[-1, -1, 0, 0, 0]),
    ("init_module", 175, &[0, 0, 0]),
    ("finit_module", 313, &[-1, 0, 0]),
    ("delete_module", 176, &[0, 0]),
    ("swapon", 167, &[0, 0]),
    ("swapoff", 168, &[0]),
    ("acct", 163, &[0]),
    ("bpf", 321, &[0, 0, 0]),
    ("perf_event_open", 298, &[0, 0, 0, 0, 0]),
    ("userfaultfd", 323, &[0]),
    ("vmsplice", 278, &[-1, 0, 0, 0]),
    ("sethostname", 170, &[0, 0]),
    ("setdomainname", 171, &[0, 0]),
    ("ioperm", 173, &[0, 0, 0]),
    ("lookup_dcookie", 212, &[0, 0, 0]),
    ("quotactl", 179, &[0, 0, 0, 0]),
    ("fanotify_init", 300, &[0, 0]),
    ("syslog", 103, &[10, 0, 0]),
    ("personality_query", 135, &[0xffff_ffff]),
    ("personality_no_randomize", 135, &[0x0040_0000]),
    ("clone3", 435, &[0, 0]),
    ("clone_thread_alone", 56, &[0x10000, 0, 0, 0, 0]),
    ("socket_inet", 41, &[2, 1, 0]),
    ("socket_vsock", 41, &[40, 1, 0]),
    ("socket_netlink_audit", 41, &[16, 3, 9]),
    ("memfd_secret", 447, &[0]),
    ("memfd_create", 319, &[0, 0]),
    ("landlock_create_ruleset", 444, &[0, 0, 1]),
    ("pidfd_getfd", 438, &[-1, 0, 0]),
    ("process_mrelease", 448, &[-1, 0]),
    ("futex_waitv", 449, &[0, 0, 0, 0, 0]),
    ("set_mempolicy_home_node", 450, &[0, 0, 0, 0]),
    ("uselib", 134, &[0]),
    ("ustat", 136, &[0, 0]),
    ("sysfs", 139, &[0, 0]),
    ("modify_ldt", 154, &[0, 0, 0]),
    ("arch_prctl", 158, &[0x1003, 0]),
    ("seccomp_notif_sizes", 317, &[3, 0, 0]),
    ("mknodat", 259, &[-1, 0, 0, 0]),
    ("openat2", 437, &[-100, 0, 0, 0]),
    ("faccessat2", 439, &[-100, 0, 0, 0]),
    ("close_range", 436, &[1000, 1000, 0]),
    ("getrandom", 318, &[0, 0, 0]),
    ("io_setup", 206, &[0, 0]),
    ("vhangup", 153, &[]),
];

const ENOSYS: i32 = 38;

/// A perl program (perl-base is in every Debian) that makes each probe call and prints
/// `NAME ERRNO` (0 for success).
fn probe_script() -> String {
    let mut s = String::from("$|=1;\n");
    for (name, nr, args) in PROBES {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let call = if args.is_empty() {
            format!("syscall({nr})")
        } else {
            format!("syscall({nr}, {})", args.join(", "))
        };
        s.push_str(&format!(
            "$!=0; $r={call}; print \"{name} \", ($r == -1 ? $!+0 : 0), \"\\n\";\n"
        ));
    }
    s
}

fn probe_results(out: &str) -> std::collections::BTreeMap<String, i32> {
    out.lines()
        .filter_map(|l| {
            let (n, e) = l.split_once(' ')?;
            Some((n.to_string(), e.trim().parse().ok()?))
        })
        .collect()
}

/// Side by side with rootless podman on the same image: every probed call gets the same
/// answer, with the default capabilities and with SYS_ADMIN and SYS_PTRACE added. Where
/// gorae means to differ it says so in SECURITY.md; today it doesn't.
#[test]
fn the_seccomp_profile_answers_every_probed_call_as_podmans() {
    assert_eq!(
        std::env::consts::ARCH,
        "x86_64",
        "the probe's system call numbers are x86_64's"
    );
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "test/debian:latest");
    let Some(podman) = util::podman(&env) else {
        return;
    };
    let remote = format!("{reg}/test/debian:latest");
    podman.ok(&["pull", "-q", "--tls-verify=false", &remote]);
    let script = probe_script();
    for caps in [&[][..], &["--cap-add", "SYS_ADMIN,SYS_PTRACE"][..]] {
        let mut g = vec!["run", "--rm"];
        g.extend_from_slice(caps);
        let mut p = g.clone();
        g.extend([image.as_str(), "perl", "-e", &script]);
        p.extend([remote.as_str(), "perl", "-e", &script]);
        let ours = probe_results(&env.ok(&g));
        let theirs = probe_results(&podman.ok(&p));
        assert_eq!(ours.len(), PROBES.len(), "gorae's probe ran every call");
        assert_eq!(theirs.len(), PROBES.len(), "podman's probe ran every call");
        let differ: Vec<String> = ours
            .iter()
            .filter(|(n, e)| theirs.get(*n) != Some(e))
            .map(|(n, e)| format!("{n}: gorae {e}, podman {}", theirs[n]))
            .collect();
        assert!(differ.is_empty(), "with {caps:?}: {differ:#?}");
        if caps.is_empty() {
            // What the issue was about, spelled out: io_uring refused, nested sandboxes and
            // debuggers allowed.
            assert_eq!(ours["io_uring_setup"], ENOSYS);
            assert_eq!(ours["unshare"], 0);
            assert_ne!(ours["ptrace"], 1);
            assert_ne!(ours["ptrace"], ENOSYS);
            assert_eq!(ours["socket_netlink_audit"], 22);
            assert_eq!(ours["sethostname"], 1);
        }
    }
    // A nested user namespace, as bwrap and podman-in-a-container make.
    assert_eq!(
        env.ok(&["run", "--rm", &image, "unshare", "-U", "id", "-u"])
            .trim(),
        "65534"
    );
}

/// The mount points under /proc and /sys in a container's mountinfo.
fn kernel_mounts(mountinfo: &str) -> Vec<String> {
    mountinfo
        .lines()
        .filter_map(|l| l.split(' ').nth(4))
        .filter(|p| p.starts_with("/proc/") || p.starts_with("/sys/"))
        .map(String::from)
        .collect()
}

#[test]
fn security_opt_mask_unmask_and_proc_opts() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let info = |opts: &[&str]| {
        let mut a = vec!["run", "--rm"];
        for o in opts {
            a.extend(["--security-opt", o]);
        }
        a.extend([image.as_str(), "cat", "/proc/self/mountinfo"]);
        env.ok(&a)
    };
    let default = kernel_mounts(&info(&[]));
    assert!(default.contains(&"/proc/sys".to_string()), "{default:?}");
    assert!(
        default.contains(&"/sys/firmware".to_string()),
        "{default:?}"
    );
    let some = kernel_mounts(&info(&["unmask=/proc/sys:/sys/firmware"]));
    assert!(!some.contains(&"/proc/sys".to_string()), "{some:?}");
    assert!(!some.contains(&"/sys/firmware".to_string()), "{some:?}");
    assert!(some.contains(&"/proc/irq".to_string()), "{some:?}");
    let procs = kernel_mounts(&info(&["unmask=/proc/*"]));
    assert!(procs.iter().all(|p| p.starts_with("/sys/")), "{procs:?}");
    assert_eq!(kernel_mounts(&info(&["unmask=ALL"])), Vec::<String>::new());
    // mask= hides a file (or a directory) of the container's own.
    let passwd = env.ok(&[
        "run",
        "--rm",
        "--security-opt",
        "mask=/etc/passwd",
        &image,
        "wc",
        "-c",
        "/etc/passwd",
    ]);
    assert!(passwd.trim().starts_with('0'), "{passwd}");
    let proc_line = info(&["proc-opts=hidepid=2"])
        .lines()
        .find(|l| l.split(' ').nth(4) == Some("/proc"))
        .map(String::from)
        .unwrap_or_default();
    assert!(proc_line.contains("hidepid="), "{proc_line}");
    // A bad profile file is refused at create, the file and the field named.
    let bad = env.base.join("bad-profile.json");
    util::write(
        &bad,
        r#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_FROB"}]}"#,
    );
    let opt = format!("seccomp={}", bad.display());
    let r = env.run(&["create", "--name", "bad", "--security-opt", &opt, &image]);
    assert_eq!(r.code, 125, "{r}");
    assert!(
        r.stderr.contains(&bad.display().to_string()) && r.stderr.contains("syscalls[0].action"),
        "{r}"
    );
    env.expect(1, &["container", "exists", "bad"]);
    // Bad values: exit 125, the option named, nothing created.
    for (opt, says) in [
        ("mask=relative", "paths must be absolute"),
        ("unmask=proc/sys", "paths must be absolute"),
        ("mask=/etc/../root", "must not contain .."),
        ("frobnicate=1", "invalid --security-opt \"frobnicate\""),
    ] {
        let r = env.run(&["create", "--name", "bad", "--security-opt", opt, &image]);
        assert_eq!(r.code, 125, "{opt}: {r}");
        assert!(r.stderr.contains(says), "{opt}: {r}");
        env.expect(1, &["container", "exists", "bad"]);
    }
}

#[test]
fn strace_works_in_a_container() {
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "test/debian:latest");
    let r = env.run(&[
        "run",
        "--rm",
        &image,
        "strace",
        "-f",
        "-e",
        "trace=openat",
        "cat",
        "/etc/gorae-layer3",
    ]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(r.stdout, "layer 3\n");
    assert!(
        r.stderr.contains("openat(") && r.stderr.contains("/etc/gorae-layer3"),
        "{r}"
    );
}

#[test]
fn seccomp_policy_image_takes_the_profile_from_the_image_label() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let base = env.pull(&reg, "library/busybox:latest");
    let ctx = env.base.join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    util::write(
        &ctx.join("Containerfile"),
        &format!(
            "FROM {base}\nLABEL io.containers.seccomp.profile=\"{{\\\"defaultAction\\\":\\\"SCMP_ACT_ALLOW\\\",\\\"syscalls\\\":[{{\\\"names\\\":[\\\"mkdir\\\",\\\"mkdirat\\\"],\\\"action\\\":\\\"SCMP_ACT_ERRNO\\\"}}]}}\"\n"
        ),
    );
    env.ok(&["build", "-q", "-t", "seclabel", ctx.to_str().unwrap()]);
    let label = env.ok(&[
        "image",
        "inspect",
        "--format",
        "{{index .Config.Labels \"io.containers.seccomp.profile\"}}",
        "seclabel",
    ]);
    assert!(
        label.starts_with(r#"{"defaultAction":"SCMP_ACT_ALLOW""#),
        "{label}"
    );
    // The image's profile refuses mkdir; the default one doesn't.
    let r = env.run(&[
        "run",
        "--rm",
        "--seccomp-policy=image",
        "seclabel",
        "mkdir",
        "/tmp/x",
    ]);
    assert!(
        r.code != 0 && r.stderr.contains("Operation not permitted"),
        "{r}"
    );
    env.ok(&["run", "--rm", "seclabel", "mkdir", "/tmp/x"]);
    // An image without the label: refused at create, as podman does.
    let r = env.run(&["create", "--seccomp-policy=image", &base]);
    assert_eq!(r.code, 125, "{r}");
    assert!(
        r.stderr.contains("no seccomp policy defined by image"),
        "{r}"
    );
    let r = env.run(&["create", "--seccomp-policy=frob", &base]);
    assert_eq!(r.code, 125, "{r}");
}
