//! Build and ship without a registry and with one: save/load, commit, export/import, history,
//! push, login/logout, and interoperability with podman and skopeo.

use std::io::Write;

use crate::util::{self, Env};

#[test]
fn save_and_load_round_trip_in_every_format_and_with_podman() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let web = env.pull(&reg, "test/web:latest");
    let dir = env.base.join("archives");
    std::fs::create_dir_all(&dir).unwrap();
    let docker = dir.join("two.tar");
    let oci = dir.join("oci.tar");
    let layout = dir.join("layout");
    let s = |p: &std::path::Path| p.display().to_string();
    env.ok(&["save", "-o", &s(&docker), &image, &web]);
    env.ok(&["save", "--format", "oci-archive", "-o", &s(&oci), &image]);
    env.ok(&[
        "image",
        "save",
        "--format",
        "oci-dir",
        "-o",
        &s(&layout),
        &image,
    ]);
    assert!(layout.join("oci-layout").is_file() && layout.join("index.json").is_file());
    env.expect(
        125,
        &["save", "--format", "tarball", "-o", &s(&oci), &image],
    );
    env.expect(
        125,
        &["save", "-o", &s(&dir.join("x.tar")), "nosuch:latest"],
    );
    assert!(!dir.join("x.tar").exists(), "no half-written archive");

    for (archive, names) in [
        (&docker, vec![image.clone(), web.clone()]),
        (&oci, vec![image.clone()]),
        (&layout, vec![image.clone()]),
    ] {
        let env = Env::new();
        let out = env.ok(&["load", "-i", &s(archive)]);
        for n in &names {
            assert!(out.contains(&format!("Loaded image: {n}")), "{out}");
        }
        assert_eq!(
            env.ok(&["run", "--rm", &image, "echo", "loaded"]),
            "loaded\n"
        );
    }
    // From stdin too.
    let env2 = Env::new();
    let mut child = env2
        .command(&["load"])
        .stdin(std::process::Stdio::from(
            std::fs::File::open(&docker).unwrap(),
        ))
        .output()
        .unwrap();
    assert!(
        child.status.success(),
        "{}",
        String::from_utf8_lossy(&child.stderr)
    );
    child.stdout.clear();

    let Some(podman) = util::podman(&env) else {
        return;
    };
    // podman loads what gorae saves, in both archive formats, and runs it.
    for archive in [&docker, &oci] {
        podman.ok(&["load", "-i", &s(archive)]);
        assert_eq!(
            podman.ok(&[
                "run",
                "--rm",
                "--network",
                "none",
                &image,
                "echo",
                "podman-ran-it"
            ]),
            "podman-ran-it\n"
        );
        podman.ok(&["rmi", "-a", "-f"]);
    }
    // gorae loads what podman saves (its docker-archive links shared layers).
    podman.ok(&["pull", "-q", "--tls-verify=false", &image]);
    let from_podman = dir.join("podman.tar");
    let from_podman_oci = dir.join("podman-oci.tar");
    podman.ok(&["save", "-o", &s(&from_podman), &image]);
    podman.ok(&[
        "save",
        "--format",
        "oci-archive",
        "-o",
        &s(&from_podman_oci),
        &image,
    ]);
    for archive in [&from_podman, &from_podman_oci] {
        let env = Env::new();
        env.ok(&["load", "-i", &s(archive)]);
        assert_eq!(
            env.ok(&["run", "--rm", &image, "echo", "gorae-ran-it"]),
            "gorae-ran-it\n"
        );
    }
}

#[test]
fn commit_export_import_and_history() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "--name",
        "work",
        "-e",
        "STAGE=one",
        &image,
        "sh",
        "-c",
        "echo made > /made; rm /bin/ls; mkdir /d; echo inner > /d/f",
    ]);
    let id = env.ok(&[
        "commit",
        "-c",
        "CMD [\"cat\", \"/made\"]",
        "-c",
        "LABEL stage=two",
        "-m",
        "a message",
        "-a",
        "me",
        "work",
        "snap",
    ]);
    assert!(util::is_hex(id.trim(), 64), "{id}");
    assert_eq!(env.ok(&["run", "--rm", "snap"]), "made\n");
    // The deletion is a whiteout in the new layer; the environment came along.
    let out = env.ok(&[
        "run",
        "--rm",
        "snap",
        "sh",
        "-c",
        "test -e /bin/ls && echo still-there; cat /d/f; echo $STAGE",
    ]);
    assert_eq!(out, "inner\none\n");
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.Labels.stage}}", "snap"]),
        "two\n"
    );
    let history = env.ok(&["history", "--format", "{{.CreatedBy}}|{{.Comment}}", "snap"]);
    assert_eq!(
        history.lines().next(),
        Some("gorae commit work|a message"),
        "{history}"
    );
    assert_eq!(
        env.ok(&["image", "history", "-q", "snap"]).lines().count(),
        history.lines().count()
    );
    env.expect(125, &["commit", "nosuch", "x"]);
    env.expect(125, &["commit", "-c", "RUN true", "work", "x"]);

    // export → import: the container's whole filesystem as a one-layer image.
    let tarball = env.base.join("work.tar");
    env.ok(&["export", "-o", &tarball.display().to_string(), "work"]);
    let listing = std::process::Command::new("tar")
        .arg("tf")
        .arg(&tarball)
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(listing.lines().any(|l| l == "made"), "{listing}");
    assert!(
        !listing.lines().any(|l| l == "bin/ls"),
        "deleted files stay deleted"
    );
    let imported = env.ok(&[
        "import",
        "-c",
        "CMD [\"cat\", \"/d/f\"]",
        "-m",
        "from a tarball",
        &tarball.display().to_string(),
        "flat",
    ]);
    assert!(imported.starts_with("sha256:"), "{imported}");
    assert_eq!(env.ok(&["run", "--rm", "flat"]), "inner\n");
    assert_eq!(
        env.ok(&["inspect", "--format", "{{len .RootFS.Layers}}", "flat"]),
        "1\n"
    );
    // A running container exports through its own root.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "live",
        &image,
        "sh",
        "-c",
        "echo alive > /alive; sleep 1000",
    ]);
    // `run -d` returns once the shell runs, not once it has written the file.
    env.run_until_ok(&["exec", "live", "cat", "/alive"]);
    let out = env.command(&["export", "live"]).output().unwrap();
    assert!(out.status.success());
    let live = env.base.join("live.tar");
    std::fs::write(&live, &out.stdout).unwrap();
    let listing = std::process::Command::new("tar")
        .arg("tf")
        .arg(&live)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&listing.stdout)
            .lines()
            .any(|l| l == "alive")
    );
    env.ok(&["rm", "-f", "live"]);
    env.expect(125, &["import", "/nonexistent.tar"]);
}

#[test]
fn push_login_and_what_podman_and_skopeo_see() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "--name",
        "src",
        &image,
        "sh",
        "-c",
        "echo pushed-by-gorae > /msg",
    ]);
    env.ok(&[
        "commit",
        "-q",
        "-c",
        "CMD [\"cat\", \"/msg\"]",
        "src",
        "pushme",
    ]);
    let unique = std::process::id();
    let dest = format!("{reg}/gorae-tests/pushme:{unique}");
    let digestfile = env.base.join("digest");
    let r = env.expect(
        0,
        &[
            "push",
            "--tls-verify=false",
            "--digestfile",
            &digestfile.display().to_string(),
            "pushme",
            &dest,
        ],
    );
    assert!(r.stderr.contains("Writing manifest"), "{r}");
    let digest = std::fs::read_to_string(&digestfile).unwrap();
    assert!(
        digest.starts_with("sha256:") && digest.len() == 71,
        "{digest}"
    );
    // Again: the registry has every blob.
    let r = env.expect(0, &["push", "--tls-verify=false", "pushme", &dest]);
    assert!(r.stderr.contains("skipped: already exists"), "{r}");
    let zdest = format!("{reg}/gorae-tests/pushme-zstd:{unique}");
    env.ok(&[
        "push",
        "-q",
        "--tls-verify=false",
        "--compression-format",
        "zstd",
        "pushme",
        &zdest,
    ]);
    env.expect(
        125,
        &["push", "--compression-format", "lz4", "pushme", &zdest],
    );
    // Blobs the registry holds in the repository the image came from are mounted, not sent.
    let mdest = format!("{reg}/gorae-tests/mounted-{unique}:v1");
    let r = env.expect(0, &["push", "--tls-verify=false", &image, &mdest]);
    assert!(r.stderr.contains("mounted from library/busybox"), "{r}");

    // gorae pulls both back into a fresh store.
    let other = Env::new();
    for d in [&dest, &zdest] {
        other.ok(&["pull", "-q", "--tls-verify=false", d]);
        assert_eq!(other.ok(&["run", "--rm", d]), "pushed-by-gorae\n");
    }
    // skopeo sees the manifest gorae wrote, with the digest it reported.
    let sk = std::process::Command::new("skopeo")
        .args(["inspect", "--tls-verify=false", &format!("docker://{dest}")])
        .output()
        .expect("skopeo (tests/setup/install.sh installs it)");
    assert!(
        sk.status.success(),
        "{}",
        String::from_utf8_lossy(&sk.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&sk.stdout).unwrap();
    assert_eq!(doc["Digest"].as_str(), Some(digest.as_str()));
    assert_eq!(doc["Layers"].as_array().map(|l| l.len()), Some(2));
    // podman runs it with the same output.
    if let Some(podman) = util::podman(&env) {
        for d in [&dest, &zdest] {
            assert_eq!(
                podman.ok(&["run", "--rm", "--network", "none", "--tls-verify=false", d]),
                "pushed-by-gorae\n"
            );
        }
    }

    // login writes podman's auth.json (private), push uses it, logout forgets it.
    let auth = util::auth_registry();
    let adest = format!("{auth}/gorae-tests/private:{unique}");
    let r = env.expect(125, &["push", "--tls-verify=false", "pushme", &adest]);
    assert!(r.stderr.contains("unauthorized"), "{r}");
    env.expect(
        125,
        &[
            "login",
            "--tls-verify=false",
            "-u",
            "gorae",
            "-p",
            "wrong",
            &auth,
        ],
    );
    let mut child = env
        .command(&[
            "login",
            "--tls-verify=false",
            "-u",
            "gorae",
            "--password-stdin",
            &auth,
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"secret\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Login Succeeded!\n");
    let file = env.runtime().join("containers/auth.json");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(std::fs::read_to_string(&file).unwrap().contains(&auth));
    assert_eq!(env.ok(&["login", "--get-login", &auth]), "gorae\n");
    env.ok(&["push", "-q", "--tls-verify=false", "pushme", &adest]);
    assert_eq!(
        env.ok(&["logout", &auth]),
        format!("Removed login credentials for {auth}\n")
    );
    env.expect(125, &["logout", &auth]);
    env.expect(125, &["push", "-q", "--tls-verify=false", "pushme", &adest]);
}

/// A member of a hand-made archive: name, type, link target, data.
type Member<'a> = (&'a str, tar::EntryType, &'a str, &'a [u8]);

/// Writes a tar with the given members.
fn hostile_tar(path: &std::path::Path, members: &[Member<'_>]) {
    let f = std::fs::File::create(path).unwrap();
    let mut b = tar::Builder::new(f);
    for (name, kind, link, data) in members {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(*kind);
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        if !link.is_empty() {
            h.set_link_name(link).unwrap();
        }
        // Names that climb can't go through set_path: write the raw bytes.
        let raw = name.as_bytes();
        h.as_old_mut().name[..raw.len()].copy_from_slice(raw);
        h.set_cksum();
        b.append(&h, *data).unwrap();
    }
    b.finish().unwrap();
}

#[test]
fn hostile_archives_are_refused_and_touch_nothing_outside() {
    let Some(_) = util::registry() else { return };
    let env = Env::new();
    let canary = env.base.join("canary");
    std::fs::write(&canary, "untouched").unwrap();
    let home_canary = env.base.join("home/canary");
    std::fs::write(&home_canary, "untouched").unwrap();
    let cases: Vec<(&str, Vec<Member<'_>>)> = vec![
        ("climbing name", vec![("../canary", tar::EntryType::Regular, "", b"owned")]),
        ("absolute name", vec![("/tmp/gorae-hostile-abs", tar::EntryType::Regular, "", b"owned")]),
        ("symlink out", vec![("manifest.json", tar::EntryType::Symlink, "../../canary", b"")]),
        ("hard link out", vec![("manifest.json", tar::EntryType::Link, "../canary", b"")]),
        ("device", vec![("dev", tar::EntryType::Char, "", b"")]),
        (
            "manifest naming a file outside",
            vec![(
                "manifest.json",
                tar::EntryType::Regular,
                "",
                br#"[{"Config":"../canary","RepoTags":["x:y"],"Layers":[]}]"#,
            )],
        ),
        (
            "index with a digest that climbs",
            vec![
                ("oci-layout", tar::EntryType::Regular, "", br#"{"imageLayoutVersion":"1.0.0"}"#),
                ("index.json", tar::EntryType::Regular, "", br#"{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:../../canary","size":1}]}"#),
            ],
        ),
        ("not an archive at all", vec![]),
    ];
    for (what, members) in cases {
        let path = env.base.join("hostile.tar");
        if members.is_empty() {
            std::fs::write(&path, "root:x:0:0:root:/root:/bin/sh\n").unwrap();
        } else {
            hostile_tar(&path, &members);
        }
        let r = env.expect(125, &["load", "-i", &path.display().to_string()]);
        assert!(r.error_lines() >= 1, "{what}: {r}");
        assert_eq!(
            std::fs::read_to_string(&canary).unwrap(),
            "untouched",
            "{what}"
        );
        assert_eq!(
            std::fs::read_to_string(&home_canary).unwrap(),
            "untouched",
            "{what}"
        );
        assert!(
            !std::path::Path::new("/tmp/gorae-hostile-abs").exists(),
            "{what}"
        );
    }
    assert_eq!(env.ok(&["images", "-q"]), "", "nothing was stored");
    // No temporary directory was left in the store.
    let tmp = env.store().join("tmp");
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        left.iter().all(|n| n.to_string_lossy().ends_with(".lock")),
        "{left:?}"
    );
}

/// Writes the files of a build context.
fn context(dir: &std::path::Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        util::write(&dir.join(name), text);
    }
}

#[test]
fn build_runs_every_instruction_caches_steps_and_podman_runs_the_result() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let base = format!("{reg}/library/busybox:latest");
    let ctx = env.base.join("ctx");
    let containerfile = format!(
        r#"# a comment
ARG BASE={base}
FROM $BASE AS builder
ARG GREETING=hello
RUN echo "$GREETING from the builder" > /greeting \
 && mkdir -p /out && echo built > /out/artifact
FROM ${{BASE}}
LABEL org.example.name="demo" stage=final
ENV APP_HOME=/app PATH=/app/bin:$PATH
WORKDIR $APP_HOME
COPY --from=builder /greeting /out/artifact ./
COPY files/ data/
COPY --chown=1000:1000 --chmod=600 *.txt /texts/
ADD archive.tar /unpacked/
RUN rm /bin/vi && echo ran > ran.txt
SHELL ["/bin/sh", "-c"]
USER 1000:1000
EXPOSE 8080/tcp 9090
VOLUME /data
STOPSIGNAL SIGINT
HEALTHCHECK --interval=5s --retries=2 CMD test -f /app/ran.txt
ONBUILD RUN echo triggered > /tmp/onbuild
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["cat greeting artifact data/a data/sub/b /texts/one.txt /unpacked/inner/x; ls /texts; test -e /bin/vi || echo vi-gone; id -u; pwd"]
"#
    );
    context(
        &ctx,
        &[
            ("Containerfile", &containerfile),
            ("files/a", "A\n"),
            ("files/sub/b", "B\n"),
            ("one.txt", "one\n"),
            ("two.txt", "two\n"),
            ("secret.txt", "do not copy\n"),
            (".containerignore", "secret.txt\n"),
            ("inner/x", "x\n"),
        ],
    );
    let tar = std::process::Command::new("tar")
        .arg("-C")
        .arg(&ctx)
        .arg("-cf")
        .arg(ctx.join("archive.tar"))
        .arg("inner")
        .status()
        .unwrap();
    assert!(tar.success());
    let c = ctx.display().to_string();
    let iid = env.base.join("iid");
    let r = env.expect(
        0,
        &[
            "build",
            "--tls-verify=false",
            "-t",
            "demo",
            "--build-arg",
            "GREETING=hi",
            "--label",
            "built.by=gorae",
            "--iidfile",
            &iid.display().to_string(),
            &c,
        ],
    );
    assert!(r.stdout.contains("STEP 4/22: RUN"), "{r}");
    let id = r.stdout.lines().last().unwrap().to_string();
    assert!(util::is_hex(&id, 64), "{r}");
    assert_eq!(
        std::fs::read_to_string(&iid).unwrap(),
        format!("sha256:{id}")
    );
    let out = env.ok(&["run", "--rm", "demo"]);
    assert_eq!(
        out, "hi from the builder\nbuilt\nA\nB\none\nx\none.txt\ntwo.txt\nvi-gone\n1000\n/app\n",
        "{out}"
    );
    let cfg = env.ok(&["inspect", "--format", "{{.Config.User}} {{.Config.WorkingDir}} {{.Config.StopSignal}} {{index .Config.Labels \"built.by\"}} {{index .Config.Labels \"stage\"}}", "demo"]);
    assert_eq!(cfg, "1000:1000 /app SIGINT gorae final\n");
    let history = env.ok(&[
        "history",
        "--no-trunc",
        "--format",
        "{{.CreatedBy}}",
        "demo",
    ]);
    assert!(history.contains("rm /bin/vi"), "{history}");
    // Unchanged: every step from the cache, the same image.
    let r = env.expect(
        0,
        &[
            "build",
            "--tls-verify=false",
            "-t",
            "demo",
            "--build-arg",
            "GREETING=hi",
            "--label",
            "built.by=gorae",
            &c,
        ],
    );
    assert!(r.stdout.contains("Using cache"), "{r}");
    assert_eq!(
        r.stdout.lines().last(),
        Some(id.as_str()),
        "a cached rebuild is the same image"
    );
    // A changed input invalidates from that step on.
    util::write(&ctx.join("files/a"), "A2\n");
    let r = env.expect(
        0,
        &[
            "build",
            "-q",
            "--tls-verify=false",
            "-t",
            "demo2",
            "--build-arg",
            "GREETING=hi",
            &c,
        ],
    );
    assert_eq!(r.stdout.lines().count(), 1, "-q prints the ID only: {r}");
    assert!(env.ok(&["run", "--rm", "demo2"]).contains("A2\n"));
    // --target stops at a stage; -f picks another file; ONBUILD fires in a child image.
    let out = env.ok(&["build", "-q", "--target", "builder", "-t", "stage1", &c]);
    assert_eq!(
        env.ok(&["run", "--rm", "stage1", "cat", "/greeting"]),
        "hello from the builder\n",
        "{out}"
    );
    context(
        &ctx,
        &[("Child", "FROM demo\nCMD [\"cat /tmp/onbuild\"]\n")],
    );
    env.ok(&[
        "build",
        "-q",
        "-f",
        &ctx.join("Child").display().to_string(),
        "-t",
        "child",
        &c,
    ]);
    assert_eq!(env.ok(&["run", "--rm", "child"]), "triggered\n");
    // A context on stdin, and --squash-all.
    let tarball = env.base.join("ctx.tar");
    context(
        &env.base.join("small"),
        &[
            (
                "Containerfile",
                &format!("FROM {base}\nCOPY hello /hello\nCMD [\"cat\", \"/hello\"]\n"),
            ),
            ("hello", "from stdin\n"),
        ],
    );
    assert!(
        std::process::Command::new("tar")
            .arg("-C")
            .arg(env.base.join("small"))
            .args(["-cf"])
            .arg(&tarball)
            .arg(".")
            .status()
            .unwrap()
            .success()
    );
    let out = env
        .command(&["build", "-q", "--squash-all", "-t", "fromstdin", "-"])
        .stdin(std::process::Stdio::from(
            std::fs::File::open(&tarball).unwrap(),
        ))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.ok(&["run", "--rm", "fromstdin"]), "from stdin\n");
    assert_eq!(
        env.ok(&["inspect", "--format", "{{len .RootFS.Layers}}", "fromstdin"]),
        "1\n"
    );
    // --squash: the new layers become one, deletions (of the base's files and of earlier
    // steps' files) included; the base image's layer stays as it is.
    context(
        &env.base.join("sq"),
        &[(
            "Containerfile",
            &format!(
                "FROM {base}\nRUN mkdir /d && echo 1 > /d/keep && echo 1 > /d/gone && echo 1 > /changed\nRUN rm /d/gone /bin/vi && echo 2 > /changed\nRUN mkdir -p /o && echo old > /o/x\nRUN rm -rf /o && mkdir /o && echo new > /o/y\n"
            ),
        )],
    );
    env.ok(&[
        "build",
        "-q",
        "--squash",
        "-t",
        "squashed",
        &env.base.join("sq").display().to_string(),
    ]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{len .RootFS.Layers}}", "squashed"]),
        "2\n"
    );
    let out = env.ok(&[
        "run",
        "--rm",
        "squashed",
        "sh",
        "-c",
        "ls /d; cat /changed; ls /o; test -e /bin/vi || echo vi-gone",
    ]);
    assert_eq!(out, "keep\n2\ny\nvi-gone\n");

    // What gorae builds and pushes, podman pulls and runs with the same output.
    let dest = format!("{reg}/gorae-tests/built:{}", std::process::id());
    env.ok(&["push", "-q", "--tls-verify=false", "demo", &dest]);
    if let Some(podman) = util::podman(&env) {
        let out = podman.ok(&[
            "run",
            "--rm",
            "--network",
            "none",
            "--tls-verify=false",
            &dest,
        ]);
        assert_eq!(
            out,
            "hi from the builder\nbuilt\nA\nB\none\nx\none.txt\ntwo.txt\nvi-gone\n1000\n/app\n"
        );
    }
}

#[test]
fn build_refuses_bad_and_hostile_input_and_leaves_nothing_behind() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let base = format!("{reg}/library/busybox:latest");
    env.ok(&["pull", "-q", "--tls-verify=false", &base]);
    let ctx = env.base.join("ctx");
    let outside = env.base.join("outside-secret");
    std::fs::write(&outside, "host secret\n").unwrap();
    context(&ctx, &[("ok", "ok\n")]);
    // A symlink pointing out of the context is copied as a link, never followed.
    std::os::unix::fs::symlink(&outside, ctx.join("link")).unwrap();
    std::os::unix::fs::symlink("/", ctx.join("rootlink")).unwrap();
    let build = |file: &str| {
        util::write(&ctx.join("Containerfile"), file);
        env.run(&["build", "-q", "-t", "hostile", &ctx.display().to_string()])
    };
    let r = build(&format!("FROM {base}\nCOPY link /copied\n"));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        env.ok(&["run", "--rm", "hostile", "readlink", "/copied"]),
        format!("{}\n", outside.display())
    );
    env.expect(1, &["run", "--rm", "hostile", "cat", "/copied"]);
    // Through a link to / is still inside the context.
    let r = build(&format!(
        "FROM {base}\nCOPY rootlink{} /stolen\n",
        outside.display()
    ));
    assert_eq!(r.code, 125, "{r}");
    let r = build(&format!("FROM {base}\nCOPY ../outside-secret /stolen\n"));
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("outside the build context"), "{r}");
    // ADD of an archive whose members climb.
    let evil = ctx.join("evil.tar");
    {
        let f = std::fs::File::create(&evil).unwrap();
        let mut b = tar::Builder::new(f);
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Regular);
        h.set_size(5);
        h.set_mode(0o644);
        let raw = b"../../escaped";
        h.as_old_mut().name[..raw.len()].copy_from_slice(raw);
        h.set_cksum();
        b.append(&h, &b"owned"[..]).unwrap();
        b.finish().unwrap();
    }
    let r = build(&format!("FROM {base}\nADD evil.tar /x/\n"));
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("climbs out"), "{r}");
    assert!(!env.base.join("escaped").exists() && !ctx.join("escaped").exists());
    // RUN --mount (a way to reach host paths) is refused; a failing RUN fails the build.
    let r = build(&format!(
        "FROM {base}\nRUN --mount=type=bind,source=/,target=/host cat /host/etc/passwd\n"
    ));
    assert_eq!(r.code, 125, "{r}");
    let r = build(&format!("FROM {base}\nRUN echo partial > /p && exit 3\n"));
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("status 3"), "{r}");
    let r = build("FROM scratch\nRUN true\n");
    assert_eq!(r.code, 125, "{r}");
    let r = build("FRM busybox\n");
    assert!(r.code == 125 && r.stderr.contains("line 1"), "{r}");
    env.expect(
        125,
        &[
            "build",
            "-t",
            "x",
            &env.base.join("nonexistent").display().to_string(),
        ],
    );
    env.expect(
        125,
        &[
            "build",
            "--squash",
            "--squash-all",
            "-t",
            "x",
            &ctx.display().to_string(),
        ],
    );
    // Only the first, successful build made an image; no build container is left.
    assert_eq!(
        env.ok(&["images", "-q"]).lines().count(),
        2,
        "busybox and hostile"
    );
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "host secret\n");
}

#[test]
fn commit_squash_include_volumes_and_iidfile() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let layers = |img: &str| {
        env.ok(&[
            "image",
            "inspect",
            "--format",
            "{{len .RootFS.Layers}}",
            img,
        ])
    };
    env.ok(&[
        "run",
        "--name",
        "stopped",
        "-v",
        "data:/data",
        &image,
        "sh",
        "-c",
        "echo s > /s",
    ]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "running",
        &image,
        "sh",
        "-c",
        "echo r > /r; sleep 60",
    ]);
    env.run_until_ok(&["exec", "running", "test", "-f", "/r"]);
    let iid = env.data().join("iid");
    let id = env.ok(&[
        "commit",
        "-q",
        "--squash",
        "--include-volumes",
        "--iidfile",
        iid.to_str().unwrap(),
        "stopped",
        "localhost/squashed",
    ]);
    assert_eq!(std::fs::read_to_string(&iid).unwrap(), id.trim());
    // One layer with everything: busybox's files and the container's.
    assert_eq!(layers("localhost/squashed"), "1\n");
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "localhost/squashed",
            "sh",
            "-c",
            "cat /s; test -x /bin/busybox && echo ok"
        ]),
        "s\nok\n"
    );
    let vols = env.ok(&[
        "image",
        "inspect",
        "--format",
        "{{json .Config.Volumes}}",
        "localhost/squashed",
    ]);
    assert_eq!(vols.trim(), r#"{"/data":{}}"#);
    // A running container squashes too (read through its own root).
    env.ok(&["commit", "-q", "--squash", "running", "localhost/squashed2"]);
    assert_eq!(layers("localhost/squashed2"), "1\n");
    assert_eq!(
        env.ok(&["run", "--rm", "localhost/squashed2", "cat", "/r"]),
        "r\n"
    );
    // Without --squash: one layer more than the image; no volumes unless asked.
    env.ok(&["commit", "-q", "stopped", "localhost/plain"]);
    let base: u32 = layers(&image).trim().parse().unwrap();
    assert_eq!(layers("localhost/plain").trim(), (base + 1).to_string());
    let config = env.ok(&[
        "image",
        "inspect",
        "--format",
        "{{json .Config}}",
        "localhost/plain",
    ]);
    assert!(!config.contains("/data"), "{config}");
    env.ok(&["rm", "-f", "-t", "0", "running"]);
}

#[test]
fn rm_depend_and_prune_filters() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "-d", "--name", "base", &image, "sleep", "60"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "dep1",
        "--network",
        "container:base",
        &image,
        "sleep",
        "60",
    ]);
    env.ok(&[
        "create",
        "--name",
        "dep2",
        "--requires",
        "dep1",
        &image,
        "true",
    ]);
    // Its dependents would be left broken: refused, nothing removed.
    let r = env.expect(125, &["rm", "-f", "base"]);
    assert!(
        r.stderr
            .contains("has dependent containers which must be removed before it: dep1"),
        "{r}"
    );
    env.ok(&["container", "exists", "base"]);
    // --depend: the dependents (dep2 through dep1) first, then base.
    let ids: Vec<String> = ["dep2", "dep1", "base"]
        .iter()
        .map(|n| env.ok(&["inspect", "--format", "{{.Id}}", n]))
        .collect();
    assert_eq!(
        env.ok(&["rm", "-f", "-t", "0", "--depend", "base"]),
        ids.concat()
    );
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    // container prune --filter: only the stopped ones that match.
    env.ok(&[
        "create", "--name", "old", "--label", "team=a", &image, "true",
    ]);
    env.ok(&["create", "--name", "other", &image, "true"]);
    let old = env.ok(&["inspect", "--format", "{{.Id}}", "old"]);
    assert_eq!(
        env.ok(&["container", "prune", "-f", "--filter", "label=team=a"]),
        old
    );
    assert_eq!(
        env.ok(&[
            "container",
            "prune",
            "-f",
            "--filter",
            "until=2020-01-01T00:00:00Z"
        ]),
        ""
    );
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "other\n");
    let r = env.expect(125, &["container", "prune", "-f", "--filter", "colour=red"]);
    assert!(r.stderr.contains("colour is an invalid filter"), "{r}");
}

#[test]
fn transports_pull_run_and_push_as_podman_names_them() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let web = env.pull(&reg, "test/web:latest");
    let dir = env.base.join("transports");
    std::fs::create_dir_all(&dir).unwrap();
    let at = |n: &str| dir.join(n).display().to_string();
    for dest in [
        format!("dir:{}", at("d")),
        format!("oci:{}:named", at("o")),
        format!("docker-archive:{}", at("a.tar")),
        format!("oci-archive:{}", at("o.tar")),
    ] {
        env.ok(&["push", &image, &dest]);
    }
    assert!(dir.join("d/manifest.json").is_file() && dir.join("d/version").is_file());
    env.ok(&["save", "--format", "docker-dir", "-o", &at("saved"), &image]);
    assert!(dir.join("saved/manifest.json").is_file());
    let id = env.ok(&["image", "inspect", "--format", "{{.Id}}", &image]);
    // Each comes back as the same image, by pull and by run; the store's transport and
    // docker:// name what is stored already.
    for src in [
        format!("dir:{}", at("d")),
        format!("dir:{}", at("saved")),
        format!("oci:{}:named", at("o")),
        format!("docker-archive:{}", at("a.tar")),
        format!("oci-archive:{}", at("o.tar")),
    ] {
        let fresh = Env::new();
        assert_eq!(fresh.ok(&["pull", "-q", &src]), id, "{src}");
        let fresh = Env::new();
        assert_eq!(
            fresh.ok(&["run", "--rm", &src, "echo", "ran"]),
            "ran\n",
            "{src}"
        );
    }
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            &format!("containers-storage:{image}"),
            "echo",
            "cs"
        ]),
        "cs\n"
    );
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--pull",
            "never",
            &format!("docker://{image}"),
            "echo",
            "dk"
        ]),
        "dk\n"
    );
    // Two images in one archive: pick by name or index, or be told to.
    let two = at("two.tar");
    env.ok(&["save", "-o", &two, &image, &web]);
    let fresh = Env::new();
    let r = fresh.expect(125, &["pull", &format!("docker-archive:{two}")]);
    assert!(r.stderr.contains("holds 2 images"), "{r}");
    assert_eq!(
        fresh.ok(&["pull", "-q", &format!("docker-archive:{two}:{image}")]),
        id
    );
    fresh.ok(&["pull", "-q", &format!("docker-archive:{two}:@1")]);
    // Bad input: nothing there, a directory of something else, a corrupt blob.
    env.expect(
        125,
        &["pull", &format!("docker-archive:{}", at("none.tar"))],
    );
    std::fs::create_dir_all(dir.join("busy")).unwrap();
    util::write(&dir.join("busy/notes.txt"), "mine");
    let r = env.expect(125, &["push", &image, &format!("dir:{}", at("busy"))]);
    assert!(r.stderr.contains("notes.txt"), "{r}");
    assert_eq!(std::fs::read_dir(dir.join("busy")).unwrap().count(), 1);
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("d/manifest.json")).unwrap()).unwrap();
    let config = m["config"]["digest"]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:");
    std::fs::write(dir.join("d").join(config), b"{}").unwrap();
    let r = Env::new().expect(125, &["pull", &format!("dir:{}", at("d"))]);
    assert!(r.stderr.contains("does not match its digest"), "{r}");
    // podman reads gorae's dir: and gorae reads podman's.
    let podman = util::podman(&env).expect("podman");
    podman.ok(&["pull", "-q", &format!("dir:{}", at("saved"))]);
    podman.ok(&[
        "push",
        &id.trim()[..12],
        &format!("dir:{}", at("from-podman")),
    ]);
    let fresh = Env::new();
    assert_eq!(
        fresh.ok(&[
            "run",
            "--rm",
            &format!("dir:{}", at("from-podman")),
            "echo",
            "via-podman"
        ]),
        "via-podman\n"
    );
}
