//! Pulling: formats, compression, platforms, verification, credentials, registries.conf,
//! concurrency and crash leftovers.

use crate::util::{self, Env, is_hex};

#[test]
fn pull_prints_the_image_id_and_progress_goes_to_stderr() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let r = env.expect(
        0,
        &[
            "pull",
            "--tls-verify=false",
            &format!("{reg}/library/busybox:latest"),
        ],
    );
    let id = r.stdout.trim();
    assert!(is_hex(id, 64), "stdout should be the image ID only: {r}");
    assert!(r.stderr.contains("Copying blob"), "{r}");
    let quiet = env.expect(
        0,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            &format!("{reg}/library/busybox:latest"),
        ],
    );
    assert_eq!(quiet.stdout.trim(), id);
    assert_eq!(quiet.stderr, "", "-q must be silent: {quiet}");
}

#[test]
fn gzip_zstd_plain_and_docker_images_unpack_to_the_same_layer() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    for name in [
        "library/busybox",
        "test/busybox-zstd",
        "test/busybox-plain",
        "test/busybox-docker",
    ] {
        let image = env.pull(&reg, name);
        let out = env.ok(&["run", "--rm", &image, "sh", "-c", "echo ok"]);
        assert_eq!(out, "ok\n", "{name}");
    }
    // Same diff_id, same chain ID: one unpacked layer for all four.
    let layers: Vec<String> = env
        .entries("layers")
        .into_iter()
        .filter(|e| is_hex(e, 64))
        .collect();
    assert_eq!(layers.len(), 1, "{layers:?}");
}

#[test]
fn an_index_resolves_to_the_host_platform_or_the_one_asked_for() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = format!("{reg}/test/index:latest");
    env.ok(&["pull", "-q", "--tls-verify=false", &image]);
    assert_eq!(
        env.ok(&["run", "--rm", &image, "sh", "-c", "echo $MARKER"]),
        "amd64\n"
    );
    let other = Env::new();
    other.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        "--platform",
        "linux/arm64",
        &image,
    ]);
    assert_eq!(
        other.ok(&["image", "inspect", "--format", "{{.Architecture}}", &image]),
        "arm64\n"
    );
    let r = other.expect(
        125,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            "--platform",
            "linux/s390x",
            &image,
        ],
    );
    assert!(r.stderr.contains("linux/s390x"), "{r}");
}

#[test]
fn a_layer_whose_content_does_not_match_its_diff_id_is_refused_and_nothing_is_kept() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let r = env.expect(
        125,
        &[
            "pull",
            "--tls-verify=false",
            &format!("{reg}/test/bad-diffid:latest"),
        ],
    );
    assert!(r.stderr.contains("diff_id"), "{r}");
    assert_eq!(env.ok(&["images", "-q"]), "");
    let leftovers: Vec<String> = env.entries("layers");
    assert!(leftovers.is_empty(), "layers left behind: {leftovers:?}");
    assert!(env.entries("blobs/sha256").is_empty(), "blobs left behind");
}

#[test]
fn truncated_gzip_and_zstd_layers_are_refused_and_nothing_is_kept() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    for name in ["test/corrupt-gzip:latest", "test/corrupt-zstd:latest"] {
        let r = env.expect(
            125,
            &["pull", "-q", "--tls-verify=false", &format!("{reg}/{name}")],
        );
        assert_eq!(r.error_lines(), 1, "{r}");
        assert!(r.stderr.contains("layer"), "{r}");
    }
    assert_eq!(env.ok(&["images", "-q"]), "");
    assert!(
        env.entries("layers")
            .iter()
            .all(|e| !e.starts_with(".tmp") || e.ends_with(".lock")),
        "{:?}",
        env.entries("layers")
    );
    assert!(env.entries("blobs/sha256").is_empty());
}

#[test]
fn missing_images_and_registries_are_clear_errors() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let r = env.expect(
        125,
        &[
            "pull",
            "--tls-verify=false",
            &format!("{reg}/library/nope:latest"),
        ],
    );
    assert!(
        r.stderr.contains("manifest unknown") || r.stderr.contains("not found"),
        "{r}"
    );
    assert_eq!(r.error_lines(), 1, "one error line: {r}");
    let r = env.expect(125, &["pull", "--tls-verify=false", "127.0.0.1:1/x:latest"]);
    assert!(r.stderr.contains("cannot reach the registry"), "{r}");
    let r = env.expect(125, &["pull", "Not/Valid:name"]);
    assert!(r.stderr.contains("invalid reference"), "{r}");
    // Without --tls-verify=false an HTTP-only registry is refused, as podman does.
    env.expect(125, &["pull", &format!("{reg}/library/busybox:latest")]);
}

#[test]
fn credentials_come_from_flags_auth_json_and_docker_config() {
    let Some(_) = util::registry() else { return };
    let reg = util::auth_registry();
    let image = format!("{reg}/library/busybox:latest");
    let env = Env::new();
    let r = env.expect(125, &["pull", "-q", "--tls-verify=false", &image]);
    assert!(r.stderr.contains("unauthorized"), "{r}");
    env.expect(
        125,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            "--creds",
            "gorae:wrong",
            &image,
        ],
    );
    env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        "--creds",
        "gorae:secret",
        &image,
    ]);

    // base64("gorae:secret")
    let auth = format!(r#"{{"auths":{{"{reg}":{{"auth":"Z29yYWU6c2VjcmV0"}}}}}}"#);
    let env = Env::new();
    util::write(&env.config().join("containers/auth.json"), &auth);
    env.ok(&["pull", "-q", "--tls-verify=false", &image]);
    let env = Env::new();
    util::write(&env.runtime().join("containers/auth.json"), &auth);
    env.ok(&["pull", "-q", "--tls-verify=false", &image]);
    let env = Env::new();
    util::write(&env.base.join("home/.docker/config.json"), &auth);
    env.ok(&["pull", "-q", "--tls-verify=false", &image]);
}

#[test]
fn registries_conf_gives_search_registries_insecure_flags_and_aliases() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    util::write(
        &env.config().join("containers/registries.conf"),
        &format!(
            "unqualified-search-registries = [\"{reg}\"]\n\n[[registry]]\nlocation = \"{reg}\"\ninsecure = true\n\n[aliases]\n\"bb\" = \"{reg}/library/busybox\"\n"
        ),
    );
    // Only docker.io gets the implicit library/ prefix, as in podman.
    env.expect(125, &["pull", "-q", "busybox"]);
    let id = env.ok(&["pull", "-q", "library/busybox"]);
    assert!(is_hex(id.trim(), 64));
    assert_eq!(
        env.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]),
        format!("{reg}/library/busybox:latest\n")
    );
    env.ok(&["pull", "-q", "bb:1.0"]);
    let names = env.ok(&["images", "--format", "{{.Tag}}"]);
    assert!(names.contains("1.0"), "{names}");
}

#[test]
fn parallel_pulls_share_one_layer_and_all_succeed() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let names = [
        "library/busybox:latest",
        "library/busybox:1.0",
        "test/busybox-zstd:latest",
        "test/layers:latest",
    ];
    let children: Vec<_> = names
        .iter()
        .map(|n| {
            env.command(&["pull", "-q", "--tls-verify=false", &format!("{reg}/{n}")])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for (c, n) in children.into_iter().zip(names) {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{n}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // busybox base is shared; test/layers adds two more chain IDs.
    let layers: Vec<String> = env
        .entries("layers")
        .into_iter()
        .filter(|e| is_hex(e, 64))
        .collect();
    assert_eq!(layers.len(), 3, "{layers:?}");
    assert!(
        !env.entries("layers")
            .iter()
            .any(|e| e.starts_with(".tmp-") && !e.ends_with(".lock"))
    );
}

#[test]
fn a_pull_killed_midway_leaves_nothing_the_next_command_does_not_clean() {
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let env = Env::new();
    let image = format!("{reg}/test/debian:latest");
    let mut child = env
        .command(&["pull", "-q", "--tls-verify=false", &image])
        .spawn()
        .unwrap();
    // Wait until extraction has started, then kill without warning.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !env
        .entries("layers")
        .iter()
        .any(|e| e.starts_with(".tmp-layer"))
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // The next writer cleans up and the pull completes and verifies.
    env.ok(&["pull", "-q", "--tls-verify=false", &image]);
    let stray: Vec<String> = env
        .entries("layers")
        .into_iter()
        .filter(|e| e.starts_with(".tmp-"))
        .collect();
    assert!(stray.is_empty(), "stale temp dirs: {stray:?}");
    let out = env.ok(&["run", "--rm", &image, "sh", "-c", "cd /opt/gorae && sha256sum -c random.bin.sha256 >/dev/null && cat /etc/gorae-layer3 && test ! -e /usr/share/doc/bash && test -d /usr/share/doc/coreutils && echo whiteouts-ok"]);
    assert_eq!(out, "layer 3\nwhiteouts-ok\n");
}

#[test]
fn zstd_debian_image_runs() {
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "test/debian-zstd:latest");
    assert_eq!(
        env.ok(&["run", "--rm", &image, "gorae-hello"]),
        "hello from debian layer 2\n"
    );
}

#[test]
fn a_full_disk_fails_the_pull_cleanly_and_the_store_still_works() {
    let Some(reg) = util::registry() else { return };
    let Some(small) = std::env::var_os("GORAE_TEST_SMALL_DIR") else {
        util::missing_bed("GORAE_TEST_SMALL_DIR (a small mounted filesystem) is not set");
        return;
    };
    if !util::debian_available() {
        return;
    }
    let mut env = Env::new();
    let root = std::path::PathBuf::from(small).join(format!("store-{}", std::process::id()));
    env.extra_env
        .push(("GORAE_ROOT".into(), root.display().to_string()));
    // busybox fits; the 120 MB Debian image does not.
    env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        &format!("{reg}/library/busybox:latest"),
    ]);
    let r = env.expect(
        125,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            &format!("{reg}/test/debian:latest"),
        ],
    );
    assert!(
        r.stderr.contains("No space left") || r.stderr.contains("space"),
        "{r}"
    );
    assert_eq!(r.error_lines(), 1, "{r}");
    // Nothing half-written is visible; what was there still works; space comes back.
    assert_eq!(
        env.ok(&["images", "--format", "{{.Repository}}"]),
        format!("{reg}/library/busybox\n")
    );
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--network",
            "none",
            &format!("{reg}/library/busybox:latest"),
            "echo",
            "still-works"
        ]),
        "still-works\n"
    );
    let leftovers: Vec<_> = std::fs::read_dir(root.join("layers"))
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name().to_string_lossy().starts_with(".tmp-")
                && !e.file_name().to_string_lossy().ends_with(".lock")
        })
        .collect();
    assert!(leftovers.is_empty(), "a failed pull leaves no temp dirs");
    env.ok(&["rmi", &format!("{reg}/library/busybox:latest")]);
    env.ok(&["image", "prune", "-a", "-f"]);
    let _ = env.run(&["unshare", "rm", "-rf", root.to_str().unwrap()]);
}

/// `image trust set/show`, and the pulls the policy then allows or refuses.
#[test]
fn image_trust_sets_the_policy_pulls_obey() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = format!("{reg}/library/busybox:latest");
    let r = env.run(&["image", "trust", "set", "--type=bogus", "default"]);
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("invalid choice: bogus"), "{r}");
    let r = env.run(&["image", "trust", "set", "--type=signedBy", &reg]);
    assert!(
        r.code == 125 && r.stderr.contains("at least one public key"),
        "{r}"
    );
    // Without --policypath: the user's own policy.json, started from the system's.
    env.ok(&["image", "trust", "set", "--type=accept", "default"]);
    env.ok(&["image", "trust", "set", "--type=reject", &reg]);
    let shown = env.ok(&["image", "trust", "show"]);
    assert!(
        shown
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["repository", &reg, "reject"]),
        "{shown}"
    );
    let r = env.run(&["pull", "-q", "--tls-verify=false", &image]);
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("rejected by policy"), "{r}");
    env.expect(1, &["image", "exists", &image]);
    env.ok(&["image", "trust", "set", "--type=accept", &reg]);
    env.ok(&["pull", "-q", "--tls-verify=false", &image]);
    let json = env.ok(&["image", "trust", "show", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ours = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["repo_name"] == reg.as_str())
        .expect("the registry's row");
    assert_eq!(ours["type"], "accept");
    let raw = env.ok(&["image", "trust", "show", "--raw"]);
    let file = env.config().join("containers/policy.json");
    assert_eq!(
        raw.trim_end(),
        std::fs::read_to_string(&file).unwrap().trim_end()
    );
}

#[test]
fn pull_all_tags_pulls_every_tag_of_a_repository() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // Two tags of one repository, pushed here.
    let repo = format!("{reg}/gorae-tests/alltags-{}", std::process::id());
    for t in ["one", "two"] {
        env.ok(&["push", "--tls-verify=false", &image, &format!("{repo}:{t}")]);
    }
    let fresh = Env::new();
    let ids = fresh.ok(&["pull", "-q", "--all-tags", "--tls-verify=false", &repo]);
    assert_eq!(ids.lines().count(), 2, "{ids}");
    let names = fresh.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert!(
        names.contains(&format!("{repo}:one")) && names.contains(&format!("{repo}:two")),
        "{names}"
    );
    let r = fresh.expect(
        125,
        &["pull", "-a", "--tls-verify=false", &format!("{repo}:one")],
    );
    assert!(r.stderr.contains("--all-tags"), "{r}");
    // podman's no-op Docker flag is taken.
    fresh.ok(&[
        "pull",
        "-q",
        "--disable-content-trust",
        "--tls-verify=false",
        &format!("{repo}:one"),
    ]);
}
