//! Pods as podman makes them: what `pod create` gives every member, and `pod ps`.

use crate::util::{self, Env};

#[test]
fn pod_create_gives_members_its_settings_and_their_own_win() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let shared = env.base.join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    util::write(&shared.join("f"), "from-the-pod\n");
    let idfile = env.base.join("pod.id");
    let labels = env.base.join("labels");
    util::write(&labels, "team=blue\n");
    let id = env.ok(&[
        "pod",
        "create",
        "-n",
        "pp",
        "-h",
        "podhost",
        "--volume",
        &format!("{}:/pv:ro", shared.display()),
        "--dns-search",
        "example.com",
        "--dns-option",
        "ndots:3",
        "--shm-size",
        "8m",
        "--sysctl",
        "net.ipv4.ping_group_range=0 0",
        "--label-file",
        labels.to_str().unwrap(),
        "--pod-id-file",
        idfile.to_str().unwrap(),
        "--infra-name",
        "pp-infra",
        "--exit-policy",
        "stop",
    ]);
    assert_eq!(std::fs::read_to_string(&idfile).unwrap(), id);
    let out = env.ok(&[
        "run",
        "--rm",
        "--pod",
        "pp",
        &image,
        "sh",
        "-c",
        "cat /pv/f; grep -E 'search|options' /etc/resolv.conf; df -k /dev/shm | tail -1 | awk '{print $2}'; cat /proc/sys/net/ipv4/ping_group_range; hostname",
    ]);
    assert_eq!(
        out, "from-the-pod\nsearch example.com\noptions ndots:3\n8192\n0\t0\npodhost\n",
        "{out}"
    );
    // The member's own value wins over the pod's.
    let shm = env.ok(&[
        "run",
        "--rm",
        "--pod",
        "pp",
        "--shm-size",
        "4m",
        &image,
        "sh",
        "-c",
        "df -k /dev/shm | tail -1 | awk '{print $2}'",
    ]);
    assert_eq!(shm, "4096\n");
    assert_eq!(
        env.ok(&["pod", "inspect", "--format", "{{.Labels}}", "pp"]),
        "map[team:blue]
"
    );
    assert!(
        env.ok(&["ps", "-a", "--format", "{{.Names}}"])
            .contains("pp-infra")
    );
    // --exit-policy stop: the last member out stops the pod.
    assert_eq!(
        env.ok(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]),
        "pp Exited\n"
    );
    // --replace: a pod of the same name goes first.
    let again = env.ok(&["pod", "create", "--name", "pp", "--replace"]);
    assert_ne!(again, id);
    // Bad input is refused at create, leaving no pod.
    let r = env.expect(125, &["pod", "create", "-n", "bad", "--memory", "lots"]);
    assert!(r.stderr.contains("--memory"), "{r}");
    env.expect(125, &["pod", "create", "-n", "bad", "--uidmap", "0:1:1"]);
    env.expect(125, &["pod", "create", "-n", "bad", "--ip", "10.0.0.9"]);
    let r = env.expect(
        125,
        &[
            "pod",
            "create",
            "-n",
            "bad",
            "--pod-id-file",
            "/nonexistent/dir/id",
        ],
    );
    assert!(r.stderr.contains("--pod-id-file"), "{r}");
    assert_eq!(env.ok(&["pod", "ps", "--format", "{{.Name}}"]), "pp\n");
    assert!(
        !env.ok(&["ps", "-a", "--format", "{{.Names}}"])
            .contains("bad")
    );
}

#[test]
fn pod_ps_filters_sorts_and_shows_members() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["pod", "create", "--name", "alpha", "--label", "team=x"]);
    env.ok(&["pod", "create", "--name", "beta", "--infra=false"]);
    env.ok(&[
        "create",
        "--pod",
        "alpha",
        "--name",
        "alpha-web",
        &image,
        "true",
    ]);
    let ps = |args: &[&str]| {
        let mut all = vec!["pod", "ps"];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    assert_eq!(
        ps(&["--format", "{{.Name}}"]),
        "beta\nalpha\n",
        "newest first"
    );
    assert_eq!(
        ps(&["--sort", "name", "--format", "{{.Name}}"]),
        "alpha\nbeta\n"
    );
    assert_eq!(
        ps(&[
            "--sort",
            "number",
            "--format",
            "{{.Name}} {{.NumberOfContainers}}"
        ]),
        "beta 0\nalpha 2\n"
    );
    assert_eq!(
        ps(&["--filter", "name=^al", "--format", "{{.Name}}"]),
        "alpha\n"
    );
    assert_eq!(
        ps(&["--filter", "label=team=x", "--format", "{{.Name}}"]),
        "alpha\n"
    );
    assert_eq!(
        ps(&["--filter", "ctr-names=web", "--format", "{{.Name}}"]),
        "alpha\n"
    );
    assert_eq!(
        ps(&["--filter", "ctr-number=0", "--format", "{{.Name}}"]),
        "beta\n"
    );
    assert_eq!(
        ps(&["--filter", "name=alpha", "--filter", "name=beta", "-q"])
            .lines()
            .count(),
        2
    );
    assert_eq!(ps(&["--latest", "--format", "{{.Name}}"]), "beta\n");
    let names = ps(&["--ctr-names", "--ctr-status", "--filter", "name=alpha"]);
    let header = names.lines().next().unwrap();
    assert!(
        header.contains("NAMES") && !header.contains("# OF CONTAINERS"),
        "{names}"
    );
    assert!(
        names.contains("alpha-web") && names.contains("created"),
        "{names}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&ps(&["--format", "json", "--filter", "name=alpha"])).unwrap();
    assert_eq!(json[0]["Name"], "alpha");
    assert_eq!(json[0]["Containers"].as_array().unwrap().len(), 2);
    assert!(json[0]["InfraId"].as_str().unwrap().len() == 64);
    env.expect(125, &["pod", "ps", "--sort", "bogus"]);
    env.expect(125, &["pod", "ps", "--filter", "status=bogus"]);
    env.expect(125, &["pod", "ps", "-q", "--format", "{{.Name}}"]);
}

#[test]
fn pod_prune_removes_the_stopped_pods_only() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let created = env.ok(&["pod", "create", "--name", "idle"]);
    env.ok(&["pod", "create", "--name", "busy"]);
    env.ok(&[
        "run", "-d", "--pod", "busy", "--name", "runs", &image, "sleep", "100",
    ]);
    env.ok(&["pod", "create", "--name", "done"]);
    env.ok(&["run", "--pod", "done", "--name", "ran", &image, "true"]);
    // Without -f it asks, and stdin (not a yes) keeps everything.
    env.ok(&["pod", "prune"]);
    assert_eq!(env.ok(&["pod", "ps", "-q"]).lines().count(), 3);
    let out = env.ok(&["pod", "prune", "-f"]);
    assert!(
        out.contains(created.trim()) && out.lines().count() == 2,
        "{out}"
    );
    assert_eq!(env.ok(&["pod", "ps", "--format", "{{.Name}}"]), "busy\n");
    env.expect(125, &["inspect", "ran"]);
    assert_eq!(env.ok(&["pod", "prune", "-f"]), "");
    env.ok(&["pod", "rm", "-f", "-t", "0", "busy"]);
}
