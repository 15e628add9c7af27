//! Container storage: bind mounts, named and anonymous volumes, tmpfs, read-only roots, diff.

use crate::util::{self, Env};

#[test]
fn bind_mounts_are_shared_and_read_only_ones_refuse_writes() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let host = env.base.join("shared");
    util::write(&host.join("in.txt"), "from host\n");
    let bind = format!("{}:/mnt/h", host.display());
    let out = env.ok(&[
        "run",
        "--rm",
        "-v",
        &bind,
        &image,
        "sh",
        "-c",
        "cat /mnt/h/in.txt; echo back > /mnt/h/out.txt",
    ]);
    assert_eq!(out, "from host\n");
    assert_eq!(
        std::fs::read_to_string(host.join("out.txt")).unwrap(),
        "back\n"
    );
    let ro = format!("{bind}:ro");
    let r = env.run(&[
        "run",
        "--rm",
        "-v",
        &ro,
        &image,
        "sh",
        "-c",
        "echo x > /mnt/h/nope",
    ]);
    assert_ne!(r.code, 0, "{r}");
    assert!(r.stderr.contains("Read-only"), "{r}");
    let mount = format!("type=bind,source={},target=/m,readonly", host.display());
    assert_eq!(
        env.ok(&["run", "--rm", "--mount", &mount, &image, "cat", "/m/in.txt"]),
        "from host\n"
    );
    let r = env.expect(
        125,
        &["run", "--rm", "-v", "/no/such/dir:/x", &image, "true"],
    );
    assert!(r.stderr.contains("/no/such/dir"), "{r}");
    env.expect(125, &["run", "--rm", "-v", "/tmp:relative", &image, "true"]);
}

#[test]
fn named_volumes_persist_and_start_with_the_image_content() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "test/layers:latest");
    assert_eq!(
        env.ok(&["volume", "create", "--label", "a=b", "vol1"]),
        "vol1\n"
    );
    env.expect(125, &["volume", "create", "vol1"]);
    env.ok(&["volume", "create", "--ignore", "vol1"]);
    // The image's /data populates the empty volume on first use.
    let out = env.ok(&[
        "run",
        "--rm",
        "-v",
        "vol1:/data",
        &image,
        "cat /data/keep; echo more > /data/added",
    ]);
    assert_eq!(out, "keep\n");
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "-v",
            "vol1:/other",
            &image,
            "cat /other/added"
        ]),
        "more\n"
    );
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "vol1\n");
    assert_eq!(
        env.ok(&[
            "volume",
            "inspect",
            "--format",
            "{{.Name}} {{.Driver}} {{.Labels.a}}",
            "vol1"
        ]),
        "vol1 local b\n"
    );
    env.ok(&["volume", "exists", "vol1"]);
    env.expect(1, &["volume", "exists", "nope"]);
    // In use by a container: rm refuses (exit 2) until the container goes.
    env.ok(&["create", "--name", "user", "-v", "vol1:/data", &image]);
    env.expect(2, &["volume", "rm", "vol1"]);
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["container", "inspect", "user"])).unwrap();
    assert_eq!(json[0]["Mounts"][0]["Name"], "vol1");
    assert_eq!(json[0]["Mounts"][0]["Destination"], "/data");
    env.ok(&["rm", "user"]);
    assert_eq!(env.ok(&["volume", "rm", "vol1"]), "vol1\n");
    env.expect(1, &["volume", "rm", "vol1"]);
    // Created on first use, removed by prune once unused.
    env.ok(&["run", "--rm", "-v", "auto:/x", &image, "true"]);
    assert_eq!(env.ok(&["volume", "prune", "-f"]), "auto\n");
    // rm --all: every volume; names and --all don't go together.
    env.ok(&["volume", "create", "va"]);
    env.ok(&["volume", "create", "vb"]);
    let r = env.run(&["volume", "rm", "--all", "va"]);
    assert!(r.code == 125 && r.stderr.contains("choose either"), "{r}");
    let r = env.run(&["volume", "rm"]);
    assert!(r.code == 125 && r.stderr.contains("choose either"), "{r}");
    let removed = env.ok(&["volume", "rm", "-a"]);
    assert_eq!(removed.lines().count(), 2, "{removed}");
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
}

#[test]
fn anonymous_volumes_go_with_rm_v_and_with_rm() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "--rm",
        "-v",
        "/scratch",
        &image,
        "touch",
        "/scratch/x",
    ]);
    assert_eq!(
        env.ok(&["volume", "ls", "-q"]),
        "",
        "--rm removes anonymous volumes"
    );
    env.ok(&["run", "--name", "keeper", "-v", "/scratch", &image, "true"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]).lines().count(), 1);
    env.ok(&["rm", "-v", "keeper"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
}

#[test]
fn tmpfs_and_read_only_roots() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let out = env.ok(&[
        "run",
        "--rm",
        "--tmpfs",
        "/fast:size=1m",
        &image,
        "sh",
        "-c",
        "grep ' /fast ' /proc/mounts | cut -d' ' -f3",
    ]);
    assert_eq!(out, "tmpfs\n");
    let r = env.run(&["run", "--rm", "--read-only", &image, "touch", "/etc/x"]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("Read-only"), "{r}");
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--read-only",
            &image,
            "sh",
            "-c",
            "touch /tmp/a /run/b /var/tmp/c 2>/dev/null || mkdir -p /var/tmp; echo ok"
        ]),
        "ok\n"
    );
}

#[test]
fn diff_rename_top_and_container_prune() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "--name",
        "changer",
        &image,
        "sh",
        "-c",
        "rm /bin/ls; echo x > /etc/newfile; mkdir /root/sub",
    ]);
    let diff = env.ok(&["diff", "changer"]);
    assert_eq!(
        diff,
        "C /bin\nD /bin/ls\nC /etc\nA /etc/newfile\nC /root\nA /root/sub\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["diff", "--format", "json", "changer"])).unwrap();
    assert_eq!(json["deleted"][0], "/bin/ls");
    env.ok(&["rename", "changer", "changed"]);
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "changed\n");
    env.expect(125, &["rename", "changed", "bad/name"]);

    env.ok(&[
        "run",
        "-d",
        "--name",
        "busy",
        &image,
        "sh",
        "-c",
        "sleep 1000 & sleep 1000",
    ]);
    let top = env.ok(&["top", "busy"]);
    let rows: Vec<&str> = top.lines().collect();
    assert!(rows[0].starts_with("USER") && rows.len() == 3, "{top}");
    assert!(
        rows[1].contains(" 1 ") && rows[1].starts_with('0'),
        "PID 1 as root, as the container sees it: {top}"
    );
    let pruned = env.ok(&["container", "prune", "-f"]);
    assert_eq!(
        pruned.lines().count(),
        1,
        "only the stopped container: {pruned}"
    );
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "busy\n");
    env.ok(&["rm", "-f", "busy"]);
}

#[test]
fn userns_keep_id_shows_the_users_own_files_as_theirs() {
    let Some(reg) = util::registry() else { return };
    let uid = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))?
                .split_whitespace()
                .nth(1)?
                .parse::<u32>()
                .ok()
        })
        .unwrap_or(0);
    if uid == 0 {
        eprintln!("*** SKIPPED: --userns=keep-id is for rootless users; running as root ***");
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let host = env.base.join("project");
    util::write(&host.join("src.txt"), "code\n");
    let bind = format!("{}:/work", host.display());
    let out = env.ok(&[
        "run",
        "--rm",
        "--userns",
        "keep-id",
        "-v",
        &bind,
        &image,
        "sh",
        "-c",
        "id -u; stat -c %u /work/src.txt; echo built > /work/out.txt",
    ]);
    assert_eq!(out, format!("{uid}\n{uid}\n"));
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        std::fs::metadata(host.join("out.txt")).unwrap().uid(),
        uid,
        "files written inside belong to the user"
    );
    env.ok(&[
        "run", "-d", "--name", "k", "--userns", "keep-id", &image, "sleep", "1000",
    ]);
    assert_eq!(env.ok(&["exec", "k", "id", "-u"]), format!("{uid}\n"));
    assert_eq!(env.ok(&["exec", "-u", "0", "k", "id", "-u"]), "0\n");
    env.ok(&["rm", "-f", "k"]);
}

#[test]
fn volume_option_u_hands_the_source_to_the_container_user() {
    let Some(reg) = util::registry() else { return };
    if util::my_uid() == 0 {
        eprintln!("*** SKIPPED: :U is about subordinate IDs; running as root ***");
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "test/user:latest");
    let host = env.base.join("appdata");
    util::write(&host.join("seed.txt"), "seed\n");
    let vol = format!("{}:/data:U", host.display());
    let out = env.ok(&[
        "run",
        "--rm",
        "-v",
        &vol,
        &image,
        "sh",
        "-c",
        "stat -c %u:%g /data /data/seed.txt; echo ok > /data/written",
    ]);
    assert_eq!(
        out, "1000:1000\n1000:1000\n",
        "owned by the image's user app (1000)"
    );
    assert!(host.join("written").exists());
}

#[test]
fn volumes_export_and_import_as_tar_with_podman_on_the_other_side() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["volume", "create", "v1"]);
    env.ok(&[
        "run", "--rm", "-v", "v1:/v", &image, "sh", "-c",
        "echo a > /v/a; mkdir /v/d; echo b > /v/d/b; chown 100:200 /v/d/b; ln -s /etc/passwd /v/link",
    ]);
    let tar = env.base.join("v1.tar");
    env.ok(&["volume", "export", "-o", tar.to_str().unwrap(), "v1"]);
    let list = std::process::Command::new("tar")
        .arg("tvf")
        .arg(&tar)
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(
        list.contains("100/200") && list.contains("link -> /etc/passwd"),
        "{list}"
    );
    // stdout gets the same archive.
    let out = env.command(&["volume", "export", "v1"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        out.stdout.len() as u64,
        std::fs::metadata(&tar).unwrap().len()
    );
    env.ok(&["volume", "create", "v2"]);
    env.ok(&["volume", "import", "v2", tar.to_str().unwrap()]);
    let show = "cd /v; find . | sort; stat -c '%u:%g' d/b; cat a d/b; readlink link";
    let want = ".\n./a\n./d\n./d/b\n./link\n100:200\na\nb\n/etc/passwd\n";
    assert_eq!(
        env.ok(&["run", "--rm", "-v", "v2:/v", &image, "sh", "-c", show]),
        want
    );
    // A climbing name, junk, a missing volume: refused, the volume as it was.
    let evil = env.base.join("evil.tar");
    let mut b = tar::Builder::new(std::fs::File::create(&evil).unwrap());
    let mut h = tar::Header::new_gnu();
    h.set_size(1);
    h.set_mode(0o644);
    h.as_gnu_mut().unwrap().name[..9].copy_from_slice(b"../escape");
    h.set_cksum();
    b.append(&h, &b"x"[..]).unwrap();
    b.finish().unwrap();
    drop(b);
    for (args, want) in [
        (
            vec!["volume", "import", "v2", evil.to_str().unwrap()],
            "importing into volume v2",
        ),
        (
            vec!["volume", "import", "v2", "/nonexistent"],
            "/nonexistent",
        ),
        (
            vec!["volume", "import", "nosuch", tar.to_str().unwrap()],
            "no such volume",
        ),
        (vec!["volume", "export", "nosuch"], "no such volume"),
    ] {
        let r = env.expect(125, &args);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{args:?}: {r}"
        );
    }
    assert!(!env.base.join("escape").exists() && !env.store().join("volumes/escape").exists());
    assert_eq!(
        env.ok(&["run", "--rm", "-v", "v2:/v", &image, "sh", "-c", show]),
        want
    );

    // podman imports what gorae exported, and gorae what podman exports.
    let Some(podman) = util::podman(&env) else {
        return;
    };
    podman.ok(&["pull", "--tls-verify=false", &image]);
    podman.ok(&["volume", "create", "pv"]);
    podman.ok(&["volume", "import", "pv", tar.to_str().unwrap()]);
    assert_eq!(
        podman.ok(&["run", "--rm", "-v", "pv:/v", &image, "sh", "-c", show]),
        want
    );
    podman.ok(&[
        "run",
        "--rm",
        "-v",
        "pv:/v",
        &image,
        "sh",
        "-c",
        "echo fromp > /v/p",
    ]);
    let ptar = env.base.join("p.tar");
    podman.ok(&["volume", "export", "-o", ptar.to_str().unwrap(), "pv"]);
    env.ok(&["volume", "create", "v3"]);
    env.ok(&["volume", "import", "v3", ptar.to_str().unwrap()]);
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "-v",
            "v3:/v",
            &image,
            "sh",
            "-c",
            "cat /v/p; stat -c '%u:%g' /v/d/b"
        ]),
        "fromp\n100:200\n"
    );
}

#[test]
fn system_renumber_and_migrate_new_runtime_are_nothing_to_do() {
    let env = Env::new();
    let r = env.expect(0, &["system", "renumber"]);
    assert!(r.stderr.contains("nothing to do"), "{r}");
    let r = env.expect(0, &["system", "migrate", "--new-runtime", "sh"]);
    assert!(
        r.stderr.contains("gorae runs every container itself"),
        "{r}"
    );
    let r = env.expect(
        125,
        &["system", "migrate", "--new-runtime", "nosuchruntime"],
    );
    assert!(r.stderr.contains("not found"), "{r}");
}
