//! Local image management: images, tag, untag, rmi, image inspect, image prune.

use crate::util::{self, Env, is_hex};

#[test]
fn images_lists_in_table_json_template_and_quiet_forms() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let table = env.ok(&["images"]);
    let mut lines = table.lines();
    let header: Vec<&str> = lines
        .next()
        .unwrap()
        .split("  ")
        .filter(|s| !s.is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(
        header,
        vec!["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]
    );
    let row = lines.next().unwrap();
    assert!(
        row.starts_with(&format!("{reg}/library/busybox")) && row.contains("latest"),
        "{table}"
    );

    let q = env.ok(&["images", "-q"]);
    assert!(is_hex(q.trim(), 12), "{q}");
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["images", "--format", "json"])).unwrap();
    let first = &json[0];
    assert!(is_hex(first["Id"].as_str().unwrap(), 64));
    assert_eq!(first["RepoTags"][0], image);
    assert_eq!(
        env.ok(&["images", "--format", "{{.ID}} {{.Tag}}"]),
        format!("{} latest\n", q.trim())
    );
    assert_eq!(
        env.ok(&["images", "--noheading", "--format", "table {{.Tag}}"]),
        "latest\n"
    );
}

#[test]
fn tag_untag_rmi_and_prune() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let id = env.ok(&["images", "-q", "--no-trunc"]).trim().to_string();
    env.ok(&["tag", &image, "mytag:1", "example.com/team/app:v2"]);
    let names = env.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert!(
        names.contains("localhost/mytag:1") && names.contains("example.com/team/app:v2"),
        "{names}"
    );
    assert_eq!(
        env.ok(&["images", "-q"]).lines().count(),
        1,
        "one image, several names"
    );
    assert_eq!(
        env.ok(&["run", "--rm", "mytag:1", "echo", "tagged"]),
        "tagged\n"
    );

    // Removing by one of several names only untags.
    assert_eq!(env.ok(&["rmi", "mytag:1"]), "Untagged: localhost/mytag:1\n");
    // Removing by ID with several names left needs --force.
    env.expect(2, &["rmi", &id[..12]]);
    env.ok(&["untag", &image, "example.com/team/app:v2"]);
    let inspect = env.ok(&[
        "image",
        "inspect",
        "--format",
        "{{.Id}} {{len .RootFS.Layers}}",
        &image,
    ]);
    assert_eq!(inspect, format!("{id} 1\n"));
    let full: serde_json::Value =
        serde_json::from_str(&env.ok(&["image", "inspect", &image])).unwrap();
    assert_eq!(full[0]["Config"]["Cmd"][0], "sh");

    let r = env.ok(&["rmi", &image]);
    assert!(
        r.contains(&format!("Untagged: {image}")) && r.contains(&format!("Deleted: {id}")),
        "{r}"
    );
    assert_eq!(env.ok(&["images", "-q"]), "");
    assert!(
        env.entries("layers").iter().all(|e| !is_hex(e, 64)),
        "layers are collected"
    );
    assert!(
        env.entries("blobs/sha256").is_empty(),
        "blobs are collected"
    );
    let r = env.expect(1, &["rmi", &image]);
    assert!(r.stderr.contains("image not known"), "{r}");
    env.ok(&["rmi", "-i", &image]);

    // Prune: a dangling image goes, a named one stays unless -a.
    env.pull(&reg, "library/busybox:latest");
    let layers = env.pull(&reg, "test/layers:latest");
    env.ok(&["untag", &layers]);
    let pruned = env.ok(&["image", "prune", "-f"]);
    assert_eq!(pruned.lines().count(), 1, "{pruned}");
    assert_eq!(env.ok(&["images", "-q"]).lines().count(), 1);
    env.ok(&["image", "prune", "-a", "-f"]);
    assert_eq!(env.ok(&["images", "-q"]), "");
}

#[test]
fn inspect_of_unknown_names_fails_with_125() {
    let Some(_) = util::registry() else { return };
    let env = Env::new();
    let r = env.expect(125, &["image", "inspect", "nothing-here"]);
    assert!(r.stderr.contains("nothing-here"), "{r}");
    assert_eq!(r.stdout.trim(), "[]");
}

#[test]
fn info_and_system_df_prune_reset() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let info = env.ok(&[
        "info",
        "--format",
        "{{.Host.OCIRuntime.Name}} {{.Store.GraphDriverName}} {{.Store.ImageStore.Number}}",
    ]);
    assert_eq!(info, "gorae overlay 1\n");
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["info", "--format", "json"])).unwrap();
    assert_eq!(json["host"]["ociRuntime"]["name"], "gorae");
    assert!(
        json["host"]["cgroupsVersion"]
            .as_str()
            .unwrap()
            .starts_with('v')
    );
    env.ok(&["run", "--name", "old", &image, "true"]);
    let df = env.ok(&["system", "df"]);
    assert!(
        df.starts_with("TYPE") && df.contains("Images") && df.contains("Containers"),
        "{df}"
    );
    let pruned = env.ok(&["system", "prune", "-a", "-f"]);
    assert!(
        pruned.contains("Deleted Containers") && pruned.contains("Deleted Images"),
        "{pruned}"
    );
    assert_eq!(env.ok(&["images", "-q"]), "");
    env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "-d", "--name", "live", &image, "sleep", "1000"]);
    env.ok(&["system", "reset", "-f"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
    assert_eq!(env.ok(&["images", "-q"]), "");
}

#[test]
fn events_record_what_happened() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "--rm", "--name", "evt", &image, "true"]);
    env.ok(&["run", "-d", "--name", "evd", &image, "sleep", "1000"]);
    env.ok(&["rm", "-f", "evd"]);
    let all = env.ok(&[
        "events",
        "--stream=false",
        "--format",
        "{{.Type}} {{.Status}} {{.Name}}",
    ]);
    let lines: Vec<&str> = all.lines().collect();
    assert!(
        lines.first().is_some_and(|l| l.starts_with("image pull ")),
        "{all}"
    );
    for want in [
        "container create evt",
        "container start evt",
        "container died evt",
        "container remove evt",
        "container start evd",
        "container remove evd",
    ] {
        assert!(lines.contains(&want), "missing {want:?} in {all}");
    }
    let only = env.ok(&[
        "events",
        "--stream=false",
        "--filter",
        "container=evd",
        "--filter",
        "event=remove",
        "--format",
        "{{.Status}}",
    ]);
    assert_eq!(only, "remove\n");
    let json = env.ok(&["events", "--until", "0s", "--format", "json"]);
    let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(first["Type"], "image");
    env.expect(125, &["events", "--filter", "bogus=1"]);
}

#[test]
fn images_filter_and_sort() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["create", "--name", "c", &image, "true"]);
    env.ok(&[
        "commit",
        "-q",
        "--change",
        "LABEL team=a",
        "c",
        "localhost/first",
    ]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    env.ok(&["commit", "-q", "c", "localhost/second"]);
    let list = |args: &[&str]| {
        let mut all = vec!["images", "--format", "{{.Repository}}"];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    // Newest first by default; --sort repository ascending.
    let busybox = image.rsplit_once(':').unwrap().0.to_string();
    assert_eq!(
        list(&[]),
        format!("localhost/second\nlocalhost/first\n{busybox}\n")
    );
    assert_eq!(
        list(&["--sort", "repository"]),
        format!("{busybox}\nlocalhost/first\nlocalhost/second\n")
    );
    assert_eq!(list(&["--filter", "label=team=a"]), "localhost/first\n");
    assert_eq!(
        list(&["--filter", "reference=localhost/*"]),
        "localhost/second\nlocalhost/first\n"
    );
    assert_eq!(list(&["-f", "reference=*sec*"]), "localhost/second\n");
    assert_eq!(list(&["-f", "since=localhost/first"]), "localhost/second\n");
    assert_eq!(
        list(&[
            "-f",
            "before=localhost/second",
            "-f",
            "reference=localhost/*"
        ]),
        "localhost/first\n"
    );
    assert_eq!(list(&["-f", "dangling=true"]), "");
    let id = env.ok(&["image", "inspect", "--format", "{{.Id}}", "localhost/first"]);
    assert_eq!(
        list(&["-f", &format!("id={}", &id[..12])]),
        "localhost/first\n"
    );
    let r = env.expect(125, &["images", "--sort", "colour"]);
    assert!(
        r.stderr
            .contains("\"colour\" is not a valid field for sorting"),
        "{r}"
    );
    let r = env.expect(125, &["images", "--filter", "colour=red"]);
    assert!(r.stderr.contains("colour is an invalid filter"), "{r}");
}

#[test]
fn events_carry_labels_and_exit_codes_and_follow_containers_conf() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.expect(
        17,
        &[
            "run", "--rm", "--name", "ev", "--label", "team=a b", &image, "sh", "-c", "exit 17",
        ],
    );
    let ev = |args: &[&str]| {
        let mut all = vec!["events", "--stream=false"];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    assert_eq!(
        ev(&[
            "--filter",
            "container=ev",
            "--filter",
            "status=died",
            "--format",
            "{{.Attributes.team}} {{.ContainerExitCode}}"
        ]),
        "a b 17\n"
    );
    // Same key: any value; label=: the container's labels; the line as podman prints it.
    env.ok(&["run", "--rm", "--name", "ev2", &image, "true"]);
    let both = ev(&[
        "-f",
        "container=ev",
        "-f",
        "container=ev2",
        "-f",
        "event=start",
        "--format",
        "{{.Name}}",
    ]);
    assert_eq!(both, "ev\nev2\n");
    let line = ev(&["--filter", "label=team=a b", "--filter", "event=start"]);
    assert!(
        line.contains(" container start ")
            && line
                .trim_end()
                .ends_with(&format!("(image={image}, name=ev, team=a b)")),
        "{line}"
    );
    // Image events: tag with the name given, untag and remove as podman names them.
    env.ok(&["tag", &image, "localhost/extra"]);
    env.ok(&["rmi", "localhost/extra"]);
    let img = ev(&[
        "--filter",
        "type=image",
        "--format",
        "{{.Status}} {{.Name}}",
    ]);
    assert!(
        img.ends_with("tag localhost/extra\nuntag localhost/extra:latest\n"),
        "{img}"
    );
    // containers.conf: another file, cut to its newer half past a size, or no events at all.
    let file = env.data().join("events.txt");
    util::write(
        &env.config().join("containers/containers.conf"),
        &format!(
            "[engine]\nevents_logfile_path = \"{}\"\nevents_logfile_max_size = 2000\n",
            file.display()
        ),
    );
    for i in 0..12 {
        env.ok(&["create", "--name", &format!("c{i}"), &image]);
    }
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.len() < 2000 && text.contains("log-rotation"), "{text}");
    assert!(ev(&["--format", "{{.Name}}"]).ends_with("c11\n"));
    util::write(
        &env.config().join("containers/containers.conf"),
        "[engine]\nevents_logger = \"none\"\n",
    );
    let r = env.expect(125, &["events", "--stream=false"]);
    assert_eq!(
        r.stderr,
        "Error: cannot read events with the \"none\" backend\n"
    );
    env.ok(&["--events-backend", "file", "events", "--stream=false"]);
}

#[test]
fn images_history_import_platform_search_filters_and_system_df() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["tag", &image, "localhost/first"]);
    env.ok(&["tag", &image, "localhost/second"]);
    env.ok(&["rmi", "localhost/first"]);
    // Names the image has had, the latest first, also after one went.
    let h = env.ok(&[
        "images",
        "--history",
        "--format",
        "{{.History}}",
        "--filter",
        "reference=localhost/second",
    ]);
    assert_eq!(
        h.lines().next().unwrap(),
        format!("localhost/second:latest, localhost/first:latest, {image}")
    );
    let table = env.ok(&["images", "--history"]);
    assert!(
        table.lines().next().unwrap().ends_with("HISTORY"),
        "{table}"
    );
    // rmi --no-prune: only what is named goes (gorae's images have no parents).
    assert_eq!(
        env.ok(&["rmi", "--no-prune", "localhost/second"]),
        "Untagged: localhost/second:latest\n"
    );
    // import --arch/--os/--variant set the image's platform.
    let tarball = env.base.join("one.tar");
    let f = std::fs::File::create(&tarball).unwrap();
    let mut b = tar::Builder::new(f);
    let mut hd = tar::Header::new_gnu();
    hd.set_size(3);
    hd.set_mode(0o644);
    hd.set_uid(0);
    hd.set_gid(0);
    hd.set_mtime(0);
    hd.set_cksum();
    b.append_data(&mut hd, "hi", &b"hi\n"[..]).unwrap();
    b.finish().unwrap();
    drop(b);
    env.ok(&[
        "import",
        "-q",
        "--arch",
        "arm64",
        "--variant",
        "v8",
        "--os",
        "linux",
        tarball.to_str().unwrap(),
        "localhost/imp",
    ]);
    assert_eq!(
        env.ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Architecture}} {{.Variant}} {{.Os}}",
            "localhost/imp"
        ]),
        "arm64 v8 linux\n"
    );
    // search: a catalogue has no stars; --compatible shows docker's columns.
    let term = format!("{reg}/busybox");
    let all = env.ok(&[
        "search",
        "--tls-verify=false",
        "--format",
        "{{.Name}}",
        &term,
    ]);
    assert!(all.contains("library/busybox"), "{all}");
    assert_eq!(
        env.ok(&[
            "search",
            "--tls-verify=false",
            "--format",
            "{{.Name}}",
            "--filter",
            "stars=1",
            &term
        ]),
        ""
    );
    assert_eq!(
        env.ok(&[
            "search",
            "--tls-verify=false",
            "--format",
            "{{.Name}}",
            "--filter",
            "is-official=false",
            &term
        ]),
        all
    );
    let compat = env.ok(&["search", "--tls-verify=false", "--compatible", &term]);
    assert!(
        compat.starts_with("NAME")
            && compat
                .lines()
                .next()
                .unwrap()
                .contains("STARS  OFFICIAL  AUTOMATED"),
        "{compat}"
    );
    env.expect(
        125,
        &[
            "search",
            "--tls-verify=false",
            "--filter",
            "colour=red",
            &term,
        ],
    );
    // system df: podman's fields, JSON and the verbose tables.
    env.ok(&["create", "--name", "dfc", &image, "true"]);
    assert_eq!(
        env.ok(&[
            "system",
            "df",
            "--format",
            "{{.Type}} {{.Total}} {{.Active}}"
        ]),
        "Images 2 1\nContainers 1 0\nLocal Volumes 0 0\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["system", "df", "--format", "json"])).unwrap();
    assert!(json[0]["RawSize"].as_u64().unwrap() > 0);
    let v = env.ok(&["system", "df", "-v"]);
    for want in [
        "Images space usage:",
        "Containers space usage:",
        "Local Volumes space usage:",
        "dfc",
    ] {
        assert!(v.contains(want), "{want} missing in {v}");
    }
    env.expect(125, &["system", "df", "-v", "--format", "json"]);
}

#[test]
fn image_and_system_prune_take_label_and_until_filters() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let base = env.pull(&reg, "library/busybox:latest");
    let ctx = env.base.join("ctx");
    let build = |label: &str, tag: &str| {
        util::write(
            &ctx.join("Containerfile"),
            &format!("FROM {base}\nLABEL {label}\nRUN echo {tag} > /t\n"),
        );
        env.ok(&[
            "build",
            "--tls-verify=false",
            "-q",
            "-t",
            tag,
            ctx.to_str().unwrap(),
        ])
        .trim()
        .to_string()
    };
    let keep = build("tier=keep", "keep");
    let drop1 = build("tier=drop", "drop1");
    let drop2 = build("tier=drop", "drop2");
    // label=: only the matching unused ones; label!= the others; until= by creation time.
    let out = env.ok(&["image", "prune", "-a", "-f", "--filter", "label=tier=drop"]);
    let mut got: Vec<&str> = out.lines().collect();
    got.sort_unstable();
    let mut want = vec![drop1.as_str(), drop2.as_str()];
    want.sort_unstable();
    assert_eq!(got, want, "{out}");
    env.ok(&["image", "exists", "keep"]);
    assert_eq!(
        env.ok(&[
            "image",
            "prune",
            "-a",
            "-f",
            "--external",
            "--filter",
            "until=2000-01-01T00:00:00Z"
        ]),
        ""
    );
    assert_eq!(
        env.ok(&[
            "image",
            "prune",
            "-a",
            "-f",
            "--filter",
            "label!=tier=keep",
            "--filter",
            "label=tier"
        ]),
        ""
    );
    let r = env.expect(125, &["image", "prune", "-f", "--filter", "bogus=1"]);
    assert!(r.stderr.contains("bogus is an invalid filter"), "{r}");
    // system prune: the filters hold for containers and volumes too.
    env.ok(&[
        "create",
        "--label",
        "tier=drop",
        "--name",
        "c1",
        &base,
        "true",
    ]);
    env.ok(&[
        "create",
        "--label",
        "tier=keep",
        "--name",
        "c2",
        &base,
        "true",
    ]);
    env.ok(&["volume", "create", "--label", "tier=drop", "v1"]);
    env.ok(&["volume", "create", "v2"]);
    env.ok(&[
        "system",
        "prune",
        "-a",
        "-f",
        "--volumes",
        "--filter",
        "label=tier=drop",
    ]);
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "c2\n");
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "v2\n");
    env.ok(&["image", "exists", "keep"]);
    assert_eq!(keep.len(), 64);
}
