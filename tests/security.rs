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
    // The filter answers EPERM for namespace and keyring calls.
    let r = env.run(&["run", "--rm", &image, "unshare", "-U", "true"]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("Operation not permitted"), "{r}");
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
