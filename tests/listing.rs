//! Listing and reading containers as podman does: `ps`'s selections, sorts, sizes and
//! namespaces, `logs` of several containers (prefixes, names, colors, time windows), the log of a
//! foreground run, `start --attach`, `stats`' and `pod logs`/`pod stats`' flags.

use crate::util::{self, Env};

fn names(out: &str) -> Vec<&str> {
    out.lines().collect()
}

#[test]
fn ps_selects_sorts_and_sizes_as_podman() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "--name", "stopped", &image, "true"]);
    env.expect(1, &["run", "--name", "failed", &image, "false"]);
    env.ok(&["create", "--name", "created", &image, "true"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "runner",
        &image,
        "sh",
        "-c",
        "echo hi > /f; sleep 60",
    ]);
    let ps = |args: &[&str]| {
        let mut all = vec!["ps", "--format", "{{.Names}}"];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    // podman's "stopped" is an exited container; --sort orders ascending.
    assert_eq!(
        names(&ps(&["--filter", "status=stopped", "--sort", "names"])),
        ["failed", "stopped"]
    );
    assert_eq!(ps(&["-a", "--filter", "exited=1"]), "failed\n");
    assert_eq!(
        names(&ps(&["-a", "--sort", "created"])),
        ["stopped", "failed", "created", "runner"]
    );
    assert_eq!(
        names(&ps(&[
            "-a",
            "--filter",
            "since=failed",
            "--sort",
            "created"
        ])),
        ["created", "runner"]
    );
    assert_eq!(ps(&["-a", "--filter", "before=failed"]), "stopped\n");
    // --last N: the N newest, in every state (no -a needed).
    assert_eq!(names(&ps(&["--last", "2"])), ["runner", "created"]);
    assert_eq!(names(&ps(&["-n", "1"])), ["runner"]);
    let r = env.expect(125, &["ps", "--filter", "status=bogus"]);
    assert!(r.stderr.contains("unknown container state: bogus"), "{r}");
    let r = env.expect(125, &["ps", "--sort", "bogus"]);
    assert!(r.stderr.contains("bogus"), "{r}");
    for (args, why) in [
        (
            &["-q", "--size"][..],
            "quiet conflicts with size and namespace",
        ),
        (
            &["--size", "--ns"][..],
            "size and namespace options conflict",
        ),
        (
            &["--last", "1", "--latest"][..],
            "last and latest are mutually exclusive",
        ),
        (
            &["--watch", "1", "--latest"][..],
            "the watch and latest flags cannot be used together",
        ),
    ] {
        let mut all = vec!["ps"];
        all.extend_from_slice(args);
        let r = env.expect(125, &all);
        assert!(r.stderr.contains(why), "{args:?}: {r}");
    }
    // --size: what the container wrote (a 3-byte file) and that plus its image.
    let size = env.ok(&[
        "ps",
        "--size",
        "--format",
        "{{.Size}}",
        "--filter",
        "name=runner",
    ]);
    let image_size: u64 = env
        .ok(&["image", "inspect", "--format", "{{.Size}}", &image])
        .trim()
        .parse()
        .unwrap();
    assert!(size.starts_with("3B (virtual "), "{size}");
    assert!(size.trim_end().ends_with("B)"), "{size}");
    let table = env.ok(&["ps", "-s"]);
    assert!(table.lines().next().unwrap().ends_with("SIZE"), "{table}");
    let json = env.ok(&["ps", "--size", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["Size"]["RwSize"], 3, "{json}");
    assert_eq!(v[0]["Size"]["RootFsSize"], image_size + 3, "{json}");
    // podman's JSON shape: arrays for names and the command, Unix times.
    assert_eq!(v[0]["Names"], serde_json::json!(["runner"]));
    assert_eq!(v[0]["Command"][0], "sh");
    assert!(v[0]["Created"].as_i64().unwrap() > 1_600_000_000, "{json}");
    assert_eq!(v[0]["Exited"], false);
    // --ns: the running container's namespaces, as /proc shows them.
    let pid = env.ok(&["inspect", "--format", "{{.State.Pid}}", "runner"]);
    let ns = env.ok(&["ps", "--ns", "--format", "{{.PIDNS}} {{.Namespaces.UTS}}"]);
    let link = |k: &str| {
        let l = std::fs::read_link(format!("/proc/{}/ns/{k}", pid.trim())).unwrap();
        let l = l.to_string_lossy().into_owned();
        l.split_once(":[")
            .unwrap()
            .1
            .trim_end_matches(']')
            .to_string()
    };
    assert_eq!(ns.trim(), format!("{} {}", link("pid"), link("uts")));
    let header = env.ok(&["ps", "--ns"]);
    let words: Vec<&str> = header.split_whitespace().take(5).collect();
    assert_eq!(
        words,
        ["CONTAINER", "ID", "NAMES", "PID", "CGROUPNS"],
        "{header}"
    );
    // --pod: the pod's columns; --sync changes nothing; --watch reprints.
    let header = env.ok(&["ps", "--pod"]);
    assert!(
        header.lines().next().unwrap().ends_with("POD ID  PODNAME"),
        "{header}"
    );
    assert_eq!(ps(&["--sync"]), "runner\n");
    let mut watch = env.command(&["ps", "--watch", "1", "--format", "{{.Names}}"]);
    watch.stdout(std::process::Stdio::piped());
    let mut child = watch.spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2500));
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.matches("\x1b[2J").count() >= 2, "{out:?}");
    assert!(out.matches("runner").count() >= 2, "{out:?}");
    env.ok(&["rm", "-f", "-t", "0", "runner"]);
}

#[test]
fn logs_of_several_containers_and_of_a_foreground_run() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // A foreground run is logged as a detached one is (its output still reaches us).
    let out = env.ok(&[
        "run",
        "--name",
        "fg",
        &image,
        "sh",
        "-c",
        "echo one; echo two",
    ]);
    assert_eq!(out, "one\ntwo\n");
    assert_eq!(env.ok(&["logs", "fg"]), "one\ntwo\n");
    assert_eq!(env.ok(&["logs", "-f", "fg"]), "one\ntwo\n");
    // start --attach prints this start's output, even when it is over at once, not the log's.
    assert_eq!(env.ok(&["start", "--attach", "fg"]), "one\ntwo\n");
    assert_eq!(
        env.ok(&["start", "--attach", "--interactive", "fg"]),
        "one\ntwo\n"
    );
    assert_eq!(env.ok(&["logs", "fg"]), "one\ntwo\n".repeat(3));
    // Several containers, followed: each line after its container's ID, as they come.
    let c1 = env.ok(&[
        "run",
        "-d",
        "--rm",
        "--name",
        "c1",
        &image,
        "sh",
        "-c",
        "echo a; sleep 2; echo d; sleep 1",
    ]);
    let c2 = env.ok(&[
        "run",
        "-d",
        "--rm",
        "--name",
        "c2",
        &image,
        "sh",
        "-c",
        "sleep 1; echo b; sleep 0.4; echo c; sleep 1",
    ]);
    let (c1, c2) = (&c1[..12], &c2[..12]);
    assert_eq!(
        env.ok(&["logs", "-f", "c1", "c2"]),
        format!("{c1} a\n{c2} b\n{c2} c\n{c1} d\n")
    );
    env.ok(&["run", "--name", "n1", &image, "echo", "x"]);
    env.ok(&["run", "--name", "n2", &image, "echo", "y"]);
    assert_eq!(env.ok(&["logs", "--names", "n1", "n2"]), "n1 x\nn2 y\n");
    assert_eq!(env.ok(&["logs", "-n", "n2", "n1"]), "n1 x\nn2 y\n");
    assert_eq!(
        env.ok(&["logs", "--color", "n1", "n2"]),
        format!(
            "\x1b[37m{} x\x1b[0m\n\x1b[31m{} y\x1b[0m\n",
            &env.ok(&["inspect", "--format", "{{.Id}}", "n1"])[..12],
            &env.ok(&["inspect", "--format", "{{.Id}}", "n2"])[..12]
        )
    );
    // --until: before the time (a duration counts forward from now).
    assert_eq!(env.ok(&["logs", "--until", "2020-01-01", "n1"]), "");
    assert_eq!(env.ok(&["logs", "--until", "1m", "n1"]), "x\n");
    assert_eq!(
        env.ok(&["logs", "--since", "1m", "--until", "1700000000", "n1"]),
        ""
    );
    let r = env.expect(125, &["logs", "--until", "someday", "n1"]);
    assert!(r.stderr.contains("unable to interpret time value"), "{r}");
    // --log-driver none: a foreground run still prints, and has no log to read.
    let out = env.ok(&[
        "run",
        "--log-driver",
        "none",
        "--name",
        "quiet",
        &image,
        "echo",
        "z",
    ]);
    assert_eq!(out, "z\n");
    env.expect(125, &["logs", "quiet"]);
}

#[test]
fn stats_and_pod_listing_flags() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let id = env.ok(&["run", "-d", "--name", "busy", &image, "sleep", "60"]);
    env.ok(&["create", "--name", "idle", &image, "true"]);
    let one = |args: &[&str]| {
        let mut all = vec![
            "stats",
            "--no-stream",
            "--format",
            "{{.ID}} {{.Name}} {{.PIDs}}",
        ];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    assert_eq!(one(&[]), format!("{} busy 1\n", &id[..12]));
    assert_eq!(
        one(&["--no-trunc", "busy"]),
        format!("{} busy 1\n", id.trim())
    );
    // --latest: the newest container, which must be running unless --all lists it.
    let r = env.expect(125, &["stats", "--no-stream", "-l"]);
    assert!(r.stderr.contains("idle is not running"), "{r}");
    let all = one(&["--all"]);
    assert!(all.contains("busy 1") && all.contains("idle --"), "{all}");
    let r = env.expect(125, &["stats", "--no-stream", "--all", "busy"]);
    assert!(
        r.stderr
            .contains("--all, --latest and containers cannot be used together"),
        "{r}"
    );
    let r = env.expect(125, &["stats", "--interval", "0"]);
    assert!(r.stderr.contains("invalid interval"), "{r}");
    // --interval: a sample every N seconds; --no-reset: no screen clearing between them.
    let mut s = env.command(&[
        "stats",
        "-i",
        "1",
        "--no-reset",
        "--format",
        "{{.Name}}",
        "busy",
    ]);
    s.stdout(std::process::Stdio::piped());
    let mut child = s.spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2500));
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.matches("busy").count() >= 2 && !out.contains('\x1b'),
        "{out:?}"
    );
    env.ok(&["rm", "-f", "-t", "0", "busy"]);
    // Pods: --pod-id-file on start/stop/rm, --latest on inspect/top/logs, pod logs' prefixes.
    env.ok(&["pod", "create", "--name", "pp"]);
    let pod_id = env.ok(&["pod", "inspect", "--format", "{{.Id}}", "pp"]);
    let file = env.data().join("pod.id");
    std::fs::write(&file, &pod_id).unwrap();
    let file = file.to_str().unwrap();
    let m1 = env.ok(&["run", "--pod", "pp", "--name", "m1", &image, "echo", "x1"]);
    assert_eq!(m1, "x1\n");
    env.ok(&["run", "--pod", "pp", "--name", "m2", &image, "echo", "x2"]);
    assert_eq!(
        env.ok(&["pod", "inspect", "-l", "--format", "{{.Name}}"]),
        "pp\n"
    );
    assert_eq!(env.ok(&["pod", "logs", "--names", "pp"]), "m1 x1\nm2 x2\n");
    assert_eq!(env.ok(&["pod", "logs", "-l", "-c", "m2"]), "x2\n");
    let r = env.expect(125, &["pod", "logs", "-c", "nosuch", "pp"]);
    assert!(r.stderr.contains("nosuch"), "{r}");
    env.ok(&["pod", "start", "--pod-id-file", file]);
    env.ok(&["pod", "stop", "-t", "0", "--pod-id-file", file]);
    env.ok(&["pod", "rm", "-f", "--pod-id-file", file]);
    env.expect(1, &["pod", "exists", "pp"]);
    let r = env.expect(125, &["pod", "rm", "--pod-id-file", file]);
    assert!(r.stderr.contains("pod"), "{r}");
    std::fs::remove_file(file).unwrap();
    let r = env.expect(125, &["pod", "rm", "--pod-id-file", file]);
    assert!(r.stderr.contains("reading pod ID file"), "{r}");
}

#[test]
fn volume_and_network_options_filters_and_times() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // The local driver's options: an owner, a tmpfs at each use, a bind of a directory.
    env.ok(&["volume", "create", "-o", "o=uid=1000,gid=1000", "own"]);
    assert_eq!(
        env.ok(&[
            "run", "--rm", "-v", "own:/o", &image, "stat", "-c", "%u:%g", "/o"
        ]),
        "1000:1000\n"
    );
    env.ok(&[
        "volume",
        "create",
        "--opt",
        "type=tmpfs",
        "--opt",
        "device=tmpfs",
        "--opt",
        "o=size=1m",
        "tv",
    ]);
    let mounts = env.ok(&[
        "run",
        "--rm",
        "-v",
        "tv:/t",
        &image,
        "grep",
        " /t ",
        "/proc/mounts",
    ]);
    assert!(
        mounts.starts_with("tmpfs /t tmpfs") && mounts.contains("size=1024k"),
        "{mounts}"
    );
    let src = env.data().join("bindsrc");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("f"), "from-the-host\n").unwrap();
    let device = format!("device={}", src.display());
    env.ok(&[
        "volume",
        "create",
        "-o",
        "type=none",
        "-o",
        "o=bind",
        "-o",
        &device,
        "bv",
    ]);
    assert_eq!(
        env.ok(&["run", "--rm", "-v", "bv:/b", &image, "cat", "/b/f"]),
        "from-the-host\n"
    );
    for (args, why) in [
        (&["-o", "type=nfs"][..], "needs mount(8) as root"),
        (&["-o", "bogus=1"][..], "invalid volume option \"bogus\""),
        (&["-o", "o=uid=x"][..], "cannot convert UID x to integer"),
        (&["-o", "type=none", "-o", "o=bind"][..], "device=PATH"),
        (&["--driver", "nfs"][..], "volume driver \"nfs\" not found"),
    ] {
        let mut all = vec!["volume", "create"];
        all.extend_from_slice(args);
        all.push("bad");
        let r = env.expect(125, &all);
        assert!(r.stderr.contains(why), "{args:?}: {r}");
    }
    env.expect(1, &["volume", "exists", "bad"]);
    // inspect --all, ls --filter, prune --filter, rm --time.
    let all = env.ok(&["volume", "inspect", "--all", "--format", "{{.Name}}"]);
    assert_eq!(names(&all), ["bv", "own", "tv"]);
    assert_eq!(
        env.ok(&["volume", "ls", "-q", "--filter", "opt=type=tmpfs"]),
        "tv\n"
    );
    env.ok(&["volume", "create", "--label", "keep=yes", "labelled"]);
    env.ok(&[
        "run", "-d", "--name", "user", "-v", "own:/o", &image, "sleep", "60",
    ]);
    assert_eq!(
        env.ok(&["volume", "ls", "-q", "--filter", "dangling=false"]),
        "own\n"
    );
    assert_eq!(
        env.ok(&["volume", "ls", "-q", "--filter", "label=keep=yes"]),
        "labelled\n"
    );
    let r = env.expect(125, &["volume", "ls", "--filter", "colour=red"]);
    assert!(r.stderr.contains("colour is an invalid filter"), "{r}");
    assert_eq!(
        env.ok(&["volume", "prune", "-f", "--filter", "label=keep"]),
        "labelled\n"
    );
    assert_eq!(
        env.ok(&[
            "volume",
            "prune",
            "-f",
            "--filter",
            "label!=nothing",
            "--filter",
            "until=1h"
        ]),
        ""
    );
    let r = env.expect(125, &["volume", "rm", "-t", "0", "own"]);
    assert!(r.stderr.contains("--force option must be specified"), "{r}");
    assert_eq!(env.ok(&["volume", "rm", "-f", "-t", "0", "own"]), "own\n");
    env.expect(1, &["container", "exists", "user"]);
    // Networks: ls --filter, prune --filter, rm --time.
    env.ok(&["network", "create", "n1"]);
    env.ok(&["network", "create", "--label", "team=a", "n2"]);
    let ls = |f: &[&str]| {
        let mut all = vec!["network", "ls", "--format", "{{.Name}}"];
        all.extend_from_slice(f);
        env.ok(&all)
    };
    assert_eq!(ls(&["--filter", "label=team=a"]), "n2\n");
    assert_eq!(names(&ls(&["-f", "name=n1", "-f", "name=n2"])).len(), 2);
    assert_eq!(ls(&["-f", "name=n1", "-f", "label=team=a"]), "");
    assert_eq!(
        env.ok(&["network", "prune", "-f", "--filter", "label=team=a"]),
        "n2\n"
    );
    env.ok(&[
        "run",
        "-d",
        "--name",
        "member",
        "--network",
        "n1",
        &image,
        "sleep",
        "60",
    ]);
    assert!(ls(&["--filter", "dangling=false"]).contains("n1"));
    let r = env.expect(125, &["network", "rm", "-t", "1", "n1"]);
    assert!(r.stderr.contains("--force option must be specified"), "{r}");
    assert_eq!(env.ok(&["network", "rm", "-f", "-t", "0", "n1"]), "n1\n");
    env.expect(1, &["container", "exists", "member"]);
}

#[test]
fn inspect_port_exists_exec_and_events_flags() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let port = util::free_port().to_string();
    let publish = format!("{port}:80");
    let id = env.ok(&[
        "run", "-d", "--name", "p1", "-p", &publish, &image, "sleep", "60",
    ]);
    let id = id.trim();
    // inspect --latest / --size.
    assert_eq!(env.ok(&["inspect", "-l", "--format", "{{.Name}}"]), "p1\n");
    env.ok(&["exec", "p1", "sh", "-c", "echo 12345 > /x"]);
    let sizes = env.ok(&[
        "container",
        "inspect",
        "--size",
        "p1",
        "--format",
        "{{.SizeRw}} {{.SizeRootFs}}",
    ]);
    let (rw, rootfs) = sizes.trim().split_once(' ').unwrap();
    assert_eq!(rw, "6", "{sizes}");
    assert!(rootfs.parse::<u64>().unwrap() > 1_000_000, "{sizes}");
    // port --all: every running container's ports after its ID.
    assert_eq!(
        env.ok(&["port", "--all"]),
        format!("{}\t80/tcp -> 0.0.0.0:{port}\n", &id[..12])
    );
    let r = env.expect(125, &["port"]);
    assert!(
        r.stderr
            .contains("you must supply a running container name or id"),
        "{r}"
    );
    env.ok(&["container", "exists", "--external", "p1"]);
    env.expect(1, &["container", "exists", "--external", "nosuch"]);
    // exec --env-file: the file's settings, which --env overrides.
    let file = env.data().join("envf");
    std::fs::write(&file, "A=1\n# a comment\n\nB=2\n").unwrap();
    let out = env.ok(&[
        "exec",
        "--env-file",
        file.to_str().unwrap(),
        "-e",
        "B=3",
        "p1",
        "sh",
        "-c",
        "echo $A $B",
    ]);
    assert_eq!(out, "1 3\n");
    let r = env.expect(
        125,
        &["exec", "--env-file", "/nonexistent/env", "p1", "true"],
    );
    assert!(r.stderr.contains("/nonexistent/env"), "{r}");
    // events: whole IDs by default, 12 characters with --no-trunc=false (a --format always
    // has the whole ID, as podman's).
    let ev = |args: &[&str]| {
        let mut all = vec!["events", "--stream=false", "--filter", "event=start"];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    assert!(ev(&["--no-trunc"]).contains(&format!(" container start {id} (")));
    assert!(ev(&["--no-trunc=false"]).contains(&format!(" container start {} (", &id[..12])));
    assert_eq!(
        ev(&["--no-trunc=false", "--format", "{{.ID}}"]),
        format!("{id}\n")
    );
    env.ok(&["rm", "-f", "-t", "0", "p1"]);
}

#[test]
fn container_inspect_has_podmans_fields_and_templates_print_as_go() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let id = env
        .ok(&[
            "run",
            "-d",
            "--name",
            "ins",
            "--label",
            "a=b",
            "--annotation",
            "x=y",
            "-v",
            "/data",
            &image,
            "sleep",
            "100",
        ])
        .trim()
        .to_string();
    let f = |t: &str| {
        env.ok(&["inspect", "--format", t, "ins"])
            .trim_end()
            .to_string()
    };
    assert_eq!(f("{{.ID}} {{.Id}}"), format!("{id} {id}"));
    assert_eq!(f("{{.State.Running}} {{.State.Status}}"), "true running");
    assert_eq!(f("{{.HostConfig.LogConfig.Type}}"), "k8s-file");
    assert_eq!(
        f("{{.Config.Annotations}} {{.Config.Labels}}"),
        "map[x:y] map[a:b]"
    );
    assert_eq!(
        f("{{.Config.Cmd}} {{.Config.Image}}"),
        format!("[sleep 100] {image}")
    );
    assert_eq!(f("{{.Config.StopSignal}} {{.Config.StopTimeout}}"), "15 10");
    assert_eq!(f("{{.Config.Volumes}}"), "map[/data:map[]]");
    assert!(f("{{.Config.Env}}").contains("container=podman"));
    // The conmon of podman's documents is gorae's monitor: its PID, in the file named.
    let pidfile = f("{{.ConmonPidFile}}");
    let monitor = std::fs::read_to_string(&pidfile).unwrap();
    assert_eq!(f("{{.State.ConmonPid}}"), monitor.trim());
    assert!(std::path::Path::new(&format!("/proc/{}", monitor.trim())).exists());
    let doc: serde_json::Value = serde_json::from_str(&env.ok(&["inspect", "ins"])).unwrap();
    let d = &doc[0];
    for key in [
        "ImageDigest",
        "ResolvConfPath",
        "HostsPath",
        "StaticDir",
        "OCIRuntime",
        "EffectiveCaps",
        "IsInfra",
        "Pod",
    ] {
        assert!(d.get(key).is_some(), "inspect lacks {key}: {d}");
    }
    assert!(
        d["Config"].get("spec").is_none(),
        "gorae's record leaked: {}",
        d["Config"]
    );
    assert_eq!(d["Config"]["Entrypoint"], "");
    assert_eq!(d["State"]["FinishedAt"], "0001-01-01T00:00:00Z");
    env.ok(&["rm", "-f", "-t", "0", "ins"]);
}
