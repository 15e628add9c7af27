//! What podman users already have: containers.conf, storage.conf and policy.json; and the
//! commands around the store that scripts use (search, mount inside unshare, exists, migrate).

use crate::util::{self, Env};

#[test]
fn containers_conf_sets_env_dns_capabilities_network_and_log_driver() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    util::write(
        &env.config().join("containers/containers.conf"),
        "[containers]\nenv = [\"FROM_CONF=user\"]\ndns_servers = [\"192.0.2.53\"]\n",
    );
    // gorae's own file wins field by field; the user's file still gives the DNS server.
    util::write(
        &env.config().join("gorae/containers.conf"),
        "[containers]\nenv = [\"FROM_CONF=gorae\", \"PATH=/conf\"]\ndefault_capabilities = [\"CHOWN\", \"KILL\"]\nlog_driver = \"none\"\n[network]\ndefault_rootless_network_cmd = \"slirp4netns\"\n[engine]\nnetwork_cmd_options = [\"mtu=1400\"]\n",
    );
    let out = env.ok(&[
        "run",
        "--rm",
        &image,
        "sh",
        "-c",
        "echo $FROM_CONF; echo $PATH; grep nameserver /etc/resolv.conf; grep CapEff /proc/self/status; cat /sys/class/net/tap0/mtu",
    ]);
    // The image's PATH beats containers.conf's env; CHOWN and KILL are bits 0 and 5.
    assert_eq!(
        out,
        "gorae\n/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nnameserver 192.0.2.53\nCapEff:\t0000000000000021\n1400\n",
        "{out}"
    );
    // Flags beat the file.
    let out = env.ok(&[
        "run",
        "--rm",
        "--dns",
        "192.0.2.99",
        "-e",
        "FROM_CONF=flag",
        "--cap-add",
        "NET_RAW",
        &image,
        "sh",
        "-c",
        "echo $FROM_CONF; grep nameserver /etc/resolv.conf; grep CapEff /proc/self/status",
    ]);
    assert_eq!(
        out, "flag\nnameserver 192.0.2.99\nCapEff:\t0000000000002021\n",
        "{out}"
    );
    // log_driver = "none": the output goes nowhere, and `logs` says why.
    env.ok(&["run", "-d", "--name", "quiet", &image, "echo", "not-logged"]);
    env.ok(&["wait", "quiet"]);
    let r = env.expect(125, &["logs", "quiet"]);
    assert!(r.stderr.contains("\"none\" log driver"), "{r}");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "loud",
        "--log-driver",
        "k8s-file",
        &image,
        "echo",
        "logged",
    ]);
    env.ok(&["wait", "loud"]);
    assert_eq!(env.ok(&["logs", "loud"]), "logged\n");
    assert_eq!(
        env.ok(&["info", "--format", "{{.Host.NetworkBackend}}"]),
        "slirp4netns\n"
    );
    // A bad value is an engine error that names the file.
    util::write(
        &env.config().join("gorae/containers.conf"),
        "[containers]\nlog_driver = \"journald\"\n",
    );
    let r = env.expect(125, &["run", "--rm", &image, "true"]);
    assert!(
        r.stderr.contains("gorae/containers.conf") && r.stderr.contains("journald"),
        "{r}"
    );
    env.expect(
        125,
        &["run", "--rm", "--log-driver", "syslog", &image, "true"],
    );
}

#[test]
fn storage_conf_moves_the_store_and_policy_json_decides_what_may_be_pulled() {
    let Some(reg) = util::registry() else { return };
    // gorae's own storage.conf: the graphroot itself.
    let env = Env::new();
    let root = env.base.join("elsewhere");
    util::write(
        &env.config().join("gorae/storage.conf"),
        &format!("[storage]\ngraphroot = \"{}\"\n", root.display()),
    );
    env.pull(&reg, "library/busybox:latest");
    assert!(root.join("images").is_dir(), "the store moved");
    assert!(!env.store().exists(), "nothing in the default place");
    // podman's: a gorae directory beside podman's own store, never inside it.
    let env = Env::new();
    let podman_root = env.base.join("podman-storage");
    util::write(
        &env.config().join("containers/storage.conf"),
        &format!(
            "[storage]\ndriver = \"overlay\"\nrootless_storage_path = \"{0}\"\ngraphroot = \"{0}\"\n",
            podman_root.display()
        ),
    );
    env.pull(&reg, "library/busybox:latest");
    assert!(podman_root.join("gorae/images").is_dir());
    util::write(
        &env.config().join("gorae/storage.conf"),
        "[storage]\ngraphroot = \"relative/path\"\n",
    );
    env.expect(125, &["images"]);

    let env = Env::new();
    let policy = format!(
        r#"{{"default": [{{"type": "reject"}}],
            "transports": {{"docker": {{
                "{reg}/library": [{{"type": "insecureAcceptAnything"}}],
                "{reg}/test/busybox-zstd": [{{"type": "signedBy", "keyType": "GPGKeys", "keyPath": "/k.gpg"}}]}}}}}}"#
    );
    util::write(&env.config().join("containers/policy.json"), &policy);
    env.pull(&reg, "library/busybox:latest");
    let r = env.expect(
        125,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            &format!("{reg}/test/web:latest"),
        ],
    );
    assert!(r.stderr.contains("rejected by policy"), "{r}");
    let r = env.expect(
        125,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            &format!("{reg}/test/busybox-zstd:latest"),
        ],
    );
    // A signature is required; the key it names is missing, and the refusal says which.
    assert!(
        r.stderr
            .contains("Source image rejected: reading key /k.gpg"),
        "{r}"
    );
    // Nothing of the refused images was stored.
    assert_eq!(env.ok(&["images", "-q"]).lines().count(), 1);
    // gorae's own policy.json takes precedence over podman's.
    util::write(
        &env.config().join("gorae/policy.json"),
        r#"{"default": [{"type": "insecureAcceptAnything"}]}"#,
    );
    env.pull(&reg, "test/web:latest");
}

#[test]
fn search_lists_a_registrys_catalogue_and_a_repositorys_tags() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let out = env.ok(&[
        "search",
        "--tls-verify=false",
        "--format",
        "{{.Name}}",
        &format!("{reg}/busybox"),
    ]);
    let names: Vec<&str> = out.lines().collect();
    assert!(
        names.contains(&format!("{reg}/library/busybox").as_str()),
        "{out}"
    );
    assert!(names.iter().all(|n| n.contains("busybox")), "{out}");
    let out = env.ok(&[
        "search",
        "--tls-verify=false",
        "--limit",
        "2",
        &format!("{reg}/"),
    ]);
    assert_eq!(out.lines().count(), 3, "a header and two rows: {out}");
    let out = env.ok(&[
        "image",
        "search",
        "--tls-verify=false",
        "--list-tags",
        "--format",
        "{{.Tag}}",
        &format!("{reg}/library/busybox"),
    ]);
    assert!(out.lines().any(|t| t == "latest"), "{out}");
    // The registry that needs a login: refused without, answered with credentials.
    let auth = util::auth_registry();
    let r = env.expect(125, &["search", "--tls-verify=false", &format!("{auth}/")]);
    assert!(r.stderr.contains("unauthorized"), "{r}");
    assert!(r.stdout.is_empty(), "no table for a failed search: {r}");
    let out = env.ok(&[
        "search",
        "--tls-verify=false",
        "--creds",
        "gorae:secret",
        "--format",
        "{{.Name}}",
        &format!("{auth}/"),
    ]);
    assert!(out.contains("library/busybox"), "{out}");
    env.expect(125, &["search", "127.0.0.1:1/nothing"]);
}

#[test]
fn mount_works_inside_unshare_and_the_small_commands_scripts_use() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["create", "--name", "box", &image, "true"]);
    if util::my_uid() != 0 {
        let r = env.expect(125, &["mount", "box"]);
        assert!(r.stderr.contains("gorae unshare"), "{r}");
    }
    // Inside `unshare`, the shell sees the mount; a file written there is the container's.
    let bin = util::gorae_bin();
    let script = format!(
        "set -e; p=$({b} mount box); test -x $p/bin/busybox; echo from-the-host > $p/marker; {b} mount | grep -q /merged$; {b} unmount box; test ! -e $p/bin",
        b = bin.display()
    );
    env.ok(&["unshare", "sh", "-c", &script]);
    assert!(env.ok(&["diff", "box"]).contains("A /marker"));
    assert_eq!(env.ok(&["start", "--attach", "box"]), "");
    env.ok(&["container", "exists", "box"]);
    env.expect(1, &["container", "exists", "nope"]);
    env.ok(&["image", "exists", &image]);
    env.expect(1, &["image", "exists", "nope:latest"]);
    // Both spellings of the same command.
    assert_eq!(env.ok(&["ps", "-aq"]), env.ok(&["container", "ls", "-aq"]));
    assert_eq!(env.ok(&["images", "-q"]), env.ok(&["image", "list", "-q"]));
    // podman's `rm -f -t N`: a graceful stop first, then the removal.
    env.ok(&["run", "-d", "--name", "slow", &image, "sleep", "1000"]);
    env.ok(&["rm", "-f", "-t", "1", "slow"]);
    env.ok(&["system", "migrate"]);
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "box\n");
}

#[test]
fn log_level_adds_detail_or_silences_warnings() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let r = env.expect(0, &["--log-level", "debug", "run", "--rm", &image, "true"]);
    assert!(r.stderr.contains("debug: store "), "{r}");
    assert!(r.stderr.contains("info: user namespace"), "{r}");
    assert!(r.stderr.contains("info: starting pasta"), "{r}");
    assert!(r.stdout.is_empty(), "stdout carries data only: {r}");
    // The default shows warnings; error hides them.
    let r = env.expect(0, &["run", "--rm", "--memory", "64m", &image, "true"]);
    assert!(r.stderr.contains("warning: --memory"), "{r}");
    let r = env.expect(
        0,
        &[
            "run",
            "--log-level",
            "error",
            "--rm",
            "--memory",
            "64m",
            &image,
            "true",
        ],
    );
    assert_eq!(r.stderr, "", "{r}");
    env.expect(125, &["--log-level", "chatty", "ps"]);
}

#[test]
fn global_flags_choose_the_store_and_refuse_what_gorae_has_not() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let other = env.data().join("other-root");
    let run = env.runtime().join("other-run");
    let (root, runroot) = (other.to_str().unwrap(), run.to_str().unwrap());
    let g = |args: &[&str]| -> Vec<String> {
        ["--root", root, "--runroot", runroot]
            .iter()
            .chain(args)
            .map(|s| s.to_string())
            .collect()
    };
    let refs = |v: &[String]| -> Vec<String> { v.to_vec() };
    let call = |v: Vec<String>| env.ok(&v.iter().map(String::as_str).collect::<Vec<_>>());
    // Another store: empty, then an image and a detached container of its own (the monitor
    // and `stop` find the same store).
    assert_eq!(call(g(&["images", "-q"])), "");
    call(g(&["pull", "-q", "--tls-verify=false", &image]));
    call(g(&[
        "run",
        "-d",
        "--name",
        "elsewhere",
        &image,
        "sleep",
        "100",
    ]));
    assert_eq!(
        call(refs(&g(&["ps", "--format", "{{.Names}} {{.State}}"]))),
        "elsewhere running\n"
    );
    assert!(other.join("containers").is_dir() && run.is_dir());
    assert_eq!(
        env.ok(&["ps", "-a", "-q"]),
        "",
        "the default store has none"
    );
    call(g(&["rm", "-f", "-t", "0", "elsewhere"]));
    // --noout: nothing on stdout, the command still done.
    assert_eq!(
        env.ok(&["--noout", "create", "--name", "quiet", &image]),
        ""
    );
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "quiet\n");
    // podman's storage drivers: overlay and vfs (served by overlay); others refused.
    env.ok(&["--storage-driver", "vfs", "images"]);
    let r = env.expect(125, &["--storage-driver", "zfs", "images"]);
    assert!(r.stderr.contains("unknown storage driver \"zfs\""), "{r}");
    env.expect(125, &["--storage-opt", "overlay.mountopt=nodev", "images"]);
    // --runtime: a runtime that exists is accepted (gorae runs the container); another isn't.
    env.ok(&["--runtime", "sh", "ps"]);
    let r = env.expect(125, &["--runtime=idonotexist", "ps"]);
    assert_eq!(
        r.stderr,
        "Error: default OCI runtime \"idonotexist\" not found: invalid argument\n"
    );
    for remote in [
        &["--remote", "ps"][..],
        &["-r", "ps"],
        &["--url", "unix:/x", "ps"],
    ] {
        let r = env.expect(125, remote);
        assert!(r.stderr.contains("no REST API"), "{r}");
    }
    env.expect(125, &["--conmon", "/usr/bin/conmon", "ps"]);
    env.expect(125, &["--runtime-flag", "debug", "ps"]);
    // A command group without its command: podman's error and 125.
    let r = env.expect(125, &["pod"]);
    assert!(
        r.stderr
            .contains("Error: missing command 'gorae pod COMMAND'"),
        "{r}"
    );
    env.expect(125, &[]);
    // --log-level takes podman's "warning"; -v is the version.
    env.ok(&["--log-level", "warning", "ps"]);
    assert!(env.ok(&["-v"]).starts_with("gorae "));
    // --cgroup-manager is kept by the container.
    env.ok(&[
        "--cgroup-manager",
        "cgroupfs",
        "create",
        "--name",
        "cg",
        &image,
    ]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.HostConfig.CgroupManager}}", "cg"]),
        "cgroupfs\n"
    );
    assert_eq!(
        env.ok(&[
            "--cgroup-manager",
            "cgroupfs",
            "info",
            "--format",
            "{{.Host.CgroupManager}}"
        ]),
        "cgroupfs\n"
    );
    // --volumepath: volumes live there.
    let vols = env.data().join("vols");
    env.ok(&[
        "--volumepath",
        vols.to_str().unwrap(),
        "volume",
        "create",
        "v1",
    ]);
    assert!(vols.join("v1/_data").is_dir());
}

#[test]
fn system_connections_are_added_listed_renamed_and_removed() {
    let env = Env::new();
    env.ok(&[
        "system",
        "connection",
        "add",
        "first",
        "unix:///run/user/1000/podman/podman.sock",
    ]);
    env.ok(&[
        "system",
        "connection",
        "add",
        "--identity",
        "/home/u/.ssh/id",
        "--port",
        "2222",
        "--socket-path",
        "/run/podman/podman.sock",
        "box",
        "core@host.example",
    ]);
    env.ok(&[
        "system",
        "connection",
        "add",
        "-d",
        "web",
        "tcp://127.0.0.1:8080",
    ]);
    let list = env.ok(&[
        "system",
        "connection",
        "list",
        "--format",
        "{{.Name}} {{.URI}} {{.Identity}} {{.Default}}",
    ]);
    assert_eq!(
        list,
        "box ssh://core@host.example:2222/run/podman/podman.sock /home/u/.ssh/id false\n\
         first unix:///run/user/1000/podman/podman.sock  false\n\
         web tcp://127.0.0.1:8080  true\n"
    );
    let table = env.ok(&["system", "connection", "ls"]);
    assert!(
        table.starts_with("Name ") && table.contains("URI") && table.contains("Default"),
        "{table}"
    );
    env.ok(&["system", "connection", "default", "box"]);
    env.ok(&["system", "connection", "rename", "box", "vm"]);
    assert_eq!(
        env.ok(&[
            "system",
            "connection",
            "ls",
            "--format",
            "{{.Name}}={{.Default}}"
        ]),
        "first=false\nvm=true\nweb=false\n"
    );
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["system", "connection", "ls", "--format", "json"])).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(3));
    for (args, want) in [
        (vec!["add", "x", "tcp://127.0.0.1"], "requires a port"),
        (vec!["add", "x", "ssh://u@h"], "socket's path"),
        (
            vec!["add", "--identity", "k", "x", "unix:///s"],
            "--identity option not supported",
        ),
        (vec!["add", "x", "http://h/x"], "unsupported scheme"),
        (vec!["default", "nosuch"], "destination is not defined"),
        (vec!["rename", "nosuch", "y"], "destination is not defined"),
    ] {
        let mut full = vec!["system", "connection"];
        full.extend(&args);
        let r = env.expect(125, &full);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{args:?}: {r}"
        );
    }
    env.ok(&["system", "connection", "rm", "web"]);
    assert_eq!(env.ok(&["system", "connection", "ls", "-q"]), "first\nvm\n");
    env.ok(&["system", "connection", "rm", "--all"]);
    assert_eq!(env.ok(&["system", "connection", "ls", "-q"]), "");

    // podman lists the same fields for the same unix destination.
    let Some(podman) = util::podman(&env) else {
        return;
    };
    let add = [
        "system",
        "connection",
        "add",
        "-d",
        "u",
        "unix:///tmp/nosuch.sock",
    ];
    env.ok(&add);
    podman.ok(&add);
    let ls = [
        "system",
        "connection",
        "ls",
        "--format",
        "{{.Name}} {{.URI}} {{.Default}}",
    ];
    assert_eq!(env.ok(&ls), podman.ok(&ls));
}
