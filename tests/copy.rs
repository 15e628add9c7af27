//! `cp` both ways, for running and stopped containers, and the symlink-swap race.

use crate::util::{self, Env};

#[test]
fn cp_copies_files_and_trees_both_ways() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let src = env.base.join("src");
    util::write(&src.join("a"), "one\n");
    util::write(&src.join("sub/b"), "two\n");
    std::os::unix::fs::symlink("/etc/passwd", src.join("link")).unwrap();
    env.ok(&["run", "-d", "--name", "c", &image, "sleep", "1000"]);
    env.ok(&["cp", src.to_str().unwrap(), "c:/tmp/"]);
    let out = env.ok(&[
        "exec",
        "c",
        "sh",
        "-c",
        "cat /tmp/src/a /tmp/src/sub/b; readlink /tmp/src/link; stat -c %u /tmp/src/a",
    ]);
    assert_eq!(
        out, "one\ntwo\n/etc/passwd\n0\n",
        "copied in, owned by the container's root, symlinks kept as links"
    );
    env.ok(&["cp", src.join("a").to_str().unwrap(), "c:/renamed"]);
    assert_eq!(env.ok(&["exec", "c", "cat", "/renamed"]), "one\n");
    let back = env.base.join("back");
    env.ok(&["cp", "c:/tmp/src", back.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(back.join("sub/b")).unwrap(),
        "two\n"
    );
    let host_file = env.base.join("passwd.out");
    env.ok(&["cp", "c:/etc/passwd", host_file.to_str().unwrap()]);
    assert!(
        std::fs::read_to_string(&host_file)
            .unwrap()
            .starts_with("root:x:0:0")
    );
    // Stopped containers too.
    env.ok(&["stop", "-t", "0", "c"]);
    env.ok(&["cp", src.join("a").to_str().unwrap(), "c:/while-stopped"]);
    let out = env.base.join("stopped.out");
    env.ok(&["cp", "c:/while-stopped", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "one\n");
    let r = env.expect(
        125,
        &[
            "cp",
            "c:/no/such/file",
            env.base.join("x").to_str().unwrap(),
        ],
    );
    assert!(r.stderr.contains("/no/such/file"), "{r}");
    env.expect(125, &["cp", "nosuch:/x", "/tmp/y"]);
    env.ok(&["rm", "-f", "c"]);
}

#[test]
fn cp_is_not_fooled_by_a_directory_swapped_for_a_symlink() {
    // CVE-2018-15664: while `cp` runs, the container flips /w/d between a directory and a
    // symlink to a host path. Nothing on the host may be read or written through it.
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let canary_dir = env.base.join("canary");
    util::write(&canary_dir.join("f"), "HOST SECRET\n");
    let target = canary_dir.to_str().unwrap().to_string();
    let flipper = format!(
        "mkdir -p /w; while :; do rm -rf /w/d; mkdir /w/d; echo inside > /w/d/f; rm -rf /w/d; ln -s {target} /w/d; done"
    );
    env.ok(&["run", "-d", "--name", "flip", &image, "sh", "-c", &flipper]);
    let payload = env.base.join("payload");
    util::write(&payload, "evil\n");
    for i in 0..40 {
        let out = env.base.join(format!("out{i}"));
        let r = env.run(&["cp", "flip:/w/d/f", out.to_str().unwrap()]);
        if r.code == 0 {
            let got = std::fs::read_to_string(&out).unwrap();
            assert_ne!(
                got, "HOST SECRET\n",
                "cp read a host file through the container's symlink"
            );
        }
        let _ = env.run(&["cp", payload.to_str().unwrap(), "flip:/w/d/f"]);
    }
    env.ok(&["rm", "-f", "flip"]);
    assert_eq!(
        std::fs::read_to_string(canary_dir.join("f")).unwrap(),
        "HOST SECRET\n"
    );
    let names: Vec<_> = std::fs::read_dir(&canary_dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        names.len(),
        1,
        "nothing was written into the host directory: {names:?}"
    );
}

#[test]
fn cp_archive_gives_copies_to_the_container_user_and_overwrite_lets_types_change() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let src = env.base.join("src");
    std::fs::create_dir_all(src.join("dir")).unwrap();
    util::write(&src.join("file"), "x\n");
    util::write(&src.join("dir/inner"), "y\n");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "cpu",
        "--user",
        "1000:1000",
        &image,
        "sleep",
        "100",
    ]);
    let s = |p: &str| src.join(p).display().to_string();
    env.ok(&["cp", &s("file"), "cpu:/tmp/owned"]);
    env.ok(&["cp", "--archive=false", &s("file"), "cpu:/tmp/root"]);
    env.ok(&["cp", &s("dir"), "cpu:/tmp/tree"]);
    assert_eq!(
        env.ok(&[
            "exec",
            "cpu",
            "stat",
            "-c",
            "%n %u:%g",
            "/tmp/owned",
            "/tmp/root",
            "/tmp/tree/inner"
        ]),
        "/tmp/owned 1000:1000\n/tmp/root 0:0\n/tmp/tree/inner 1000:1000\n"
    );
    // A directory onto a file (and the reverse) only with --overwrite.
    env.ok(&["exec", "cpu", "touch", "/tmp/plain"]);
    let r = env.expect(125, &["cp", &s("dir"), "cpu:/tmp/plain"]);
    assert!(r.stderr.contains("--overwrite"), "{r}");
    assert_eq!(
        env.ok(&["exec", "cpu", "stat", "-c", "%F", "/tmp/plain"]),
        "regular empty file\n"
    );
    env.ok(&["cp", "--overwrite", &s("dir"), "cpu:/tmp/plain"]);
    assert_eq!(env.ok(&["exec", "cpu", "cat", "/tmp/plain/inner"]), "y\n");
    env.ok(&["exec", "cpu", "mkdir", "-p", "/tmp/box/file"]);
    let r = env.expect(125, &["cp", &s("file"), "cpu:/tmp/box"]);
    assert!(r.stderr.contains("cannot overwrite directory"), "{r}");
    env.ok(&["cp", "--overwrite", &s("file"), "cpu:/tmp/box"]);
    assert_eq!(env.ok(&["exec", "cpu", "cat", "/tmp/box/file"]), "x\n");
    env.ok(&["rm", "-f", "-t", "0", "cpu"]);
}
