//! Crashes at named points and at random moments, and many gorae processes at once: the store
//! stays consistent (`system check`), the next command cleans up, and work can go on.

use std::time::Duration;

use crate::util::{self, Env};

/// Runs gorae with `GORAE_FAULT=point`, which SIGKILLs it there.
fn crash_at(env: &Env, point: &str, args: &[&str]) {
    let out = env
        .command(args)
        .env("GORAE_FAULT", point)
        .output()
        .unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        out.status.signal(),
        Some(9),
        "{point}: gorae {} was not killed at the fault point: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The store is clean: nothing broken, no leftovers.
fn assert_clean(env: &Env, when: &str) {
    let r = env.run(&["system", "check"]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "No problems found\n"),
        "{when}: {r}"
    );
}

/// An environment whose store must be clean (`system check`) when the test ends: every
/// reliability test runs in one, so none can forget the final check.
struct Checked(Env);

impl Checked {
    fn new() -> Checked {
        Checked(Env::new())
    }
}

impl std::ops::Deref for Checked {
    type Target = Env;
    fn deref(&self) -> &Env {
        &self.0
    }
}

impl Drop for Checked {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            assert_clean(&self.0, "when the test ended");
        }
    }
}

/// What the listings show is true: every image listed runs, every container listed can be
/// inspected, every volume listed can be inspected and mounted.
fn assert_truthful(env: &Env, when: &str) {
    for id in env.ok(&["images", "-q", "--no-trunc"]).lines() {
        let r = env.run(&["run", "--rm", "--network", "none", id, "true"]);
        assert_eq!(
            r.code, 0,
            "{when}: image {id} is listed but does not run: {r}"
        );
    }
    for id in env.ok(&["ps", "-aq"]).lines() {
        let r = env.run(&["inspect", id]);
        assert_eq!(
            r.code, 0,
            "{when}: container {id} is listed but broken: {r}"
        );
    }
    for v in env.ok(&["volume", "ls", "-q"]).lines() {
        let r = env.run(&["volume", "inspect", v]);
        assert_eq!(r.code, 0, "{when}: volume {v} is listed but broken: {r}");
    }
}

/// The Debian image's `/var/cache/apt/archives/partial` is a 0700 directory of `_apt` (a
/// subordinate UID): the layer the store-integrity bug lost.
const APT_PARTIAL: &str = "stat -c '%U %a' /var/cache/apt/archives/partial && test -e /var/cache/apt/archives/partial/lock && echo intact";

fn debian_runs(env: &Env, image: &str, when: &str) {
    env.ok(&["pull", "-q", "--tls-verify=false", image]);
    let r = env.run(&[
        "run",
        "--rm",
        "--network",
        "none",
        image,
        "sh",
        "-c",
        APT_PARTIAL,
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "_apt 700\nintact\n"),
        "{when}: {r}"
    );
}

#[test]
fn a_crash_at_any_named_point_leaves_a_store_the_next_command_repairs() {
    let Some(reg) = util::registry() else { return };
    let image = format!("{reg}/library/busybox:latest");
    for point in [
        "pull.layer-start",
        "pull.layer-extracted",
        "pull.layer-unpacked",
        "pull.before-record",
        "pull.after-record",
        "store.before-rename",
    ] {
        let env = Checked::new();
        crash_at(&env, point, &["pull", "-q", "--tls-verify=false", &image]);
        // The image is absent or complete, never half there.
        let images = env.ok(&["images", "-q"]);
        assert!(images.lines().count() <= 1, "{point}: {images}");
        // (Perhaps without its name yet: by ID.)
        if let Some(id) = images.lines().next() {
            env.ok(&["run", "--rm", "--network", "none", id, "true"]);
        }
        // Any command that writes cleans the leftovers; a re-pull works and is verified.
        env.ok(&["pull", "-q", "--tls-verify=false", &image]);
        assert_clean(&env, point);
        assert_eq!(
            env.ok(&["run", "--rm", "--network", "none", &image, "echo", "ok"]),
            "ok\n"
        );
    }
    // Container creation and removal.
    let env = Checked::new();
    env.pull(&reg, "library/busybox:latest");
    crash_at(
        &env,
        "container.before-commit",
        &["create", "--name", "half", &image, "true"],
    );
    assert_eq!(
        env.ok(&["ps", "-aq"]),
        "",
        "a half-created container is invisible"
    );
    env.ok(&["create", "--name", "half", &image, "true"]);
    crash_at(&env, "delete.after-rename", &["rm", "half"]);
    assert_eq!(
        env.ok(&["ps", "-aq"]),
        "",
        "a half-removed container is gone"
    );
    env.ok(&["create", "--name", "next", &image, "true"]);
    env.ok(&["rm", "next"]);
    assert_clean(&env, "after create/rm crashes");
}

/// A small deterministic generator, so a failing run can be repeated.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn two_hundred_sigkills_at_random_moments_never_corrupt_the_store() {
    let Some(reg) = util::registry() else { return };
    let env = Checked::new();
    let image = format!("{reg}/library/busybox:latest");
    let mut rng = Lcg(0x5eed);
    for i in 0..200 {
        let name = format!("k{i}");
        let args: Vec<&str> = match rng.next(4) {
            0 => vec!["pull", "-q", "--tls-verify=false", &image],
            1 => vec!["run", "--rm", "--network", "none", &image, "true"],
            2 => vec!["create", "--name", &name, &image, "true"],
            _ => vec!["rmi", "-f", &image],
        };
        let mut child = env
            .command(&args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.next(60)));
        let _ = child.kill();
        let _ = child.wait();
    }
    // Whatever was interrupted, the next commands succeed and leave a clean store.
    env.ok(&["rm", "-a", "-f"]);
    env.ok(&["pull", "-q", "--tls-verify=false", &image]);
    let r = env.run(&["system", "check", "--repair"]);
    assert_eq!(r.code, 0, "{r}");
    assert_clean(&env, "after 200 kills");
    assert_eq!(
        env.ok(&["run", "--rm", "--network", "none", &image, "echo", "alive"]),
        "alive\n"
    );
}

#[test]
fn fifty_parallel_runs_all_succeed_and_one_name_has_one_winner() {
    let Some(reg) = util::registry() else { return };
    let env = Checked::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let children: Vec<_> = (0..50)
        .map(|i| {
            env.command(&[
                "run",
                "--rm",
                "--network",
                "none",
                &image,
                "echo",
                &format!("run{i}"),
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for (i, c) in children.into_iter().enumerate() {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "run {i}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("run{i}\n"));
    }
    assert_eq!(env.ok(&["ps", "-aq"]), "", "--rm left nothing");
    // Eight creates of one name: exactly one wins, the others fail cleanly.
    let children: Vec<_> = (0..8)
        .map(|_| {
            env.command(&["create", "--name", "only", &image, "true"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == 125), "{codes:?}");
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "only\n");
    // run, ps, rmi and rm interleaved.
    let mixed: Vec<_> = [
        vec!["run", "--rm", "--network", "none", image.as_str(), "true"],
        vec!["ps", "-a"],
        vec!["rm", "-f", "only"],
        vec!["rmi", image.as_str()],
        vec!["images"],
    ]
    .iter()
    .map(|a| {
        env.command(a)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    })
    .collect();
    for mut c in mixed {
        let _ = c.wait();
    }
    assert_clean(&env, "after interleaved commands");
}

#[test]
fn system_prune_removes_layers_owned_by_subordinate_ids_and_a_pull_brings_them_back() {
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let env = Checked::new();
    let image = format!("{reg}/test/debian:latest");
    debian_runs(&env, &image, "first pull");
    let r = env.run(&["system", "prune", "-af"]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(env.ok(&["images", "-q"]), "");
    assert_eq!(
        env.entries("layers"),
        Vec::<String>::new(),
        "every layer went"
    );
    debian_runs(&env, &image, "after prune");
}

/// One deleting command, the state it needs, and where it can be killed.
struct DeleteCase {
    what: &'static str,
    setup: fn(&Env, &str, usize) -> Vec<String>,
    points: &'static [&'static str],
    /// What must be gone after a kill at any point: (listing args, the name it no longer shows).
    gone: fn(&Env) -> String,
}

fn no_setup(_: &Env, image: &str, _: usize) -> Vec<String> {
    vec!["rmi".into(), image.into()]
}

fn prune_setup(env: &Env, image: &str, _: usize) -> Vec<String> {
    env.ok(&["run", "--rm", "--network", "none", image, "true"]);
    vec!["system".into(), "prune".into(), "-af".into()]
}

fn rm_setup(env: &Env, image: &str, i: usize) -> Vec<String> {
    let name = format!("victim{i}");
    // Its upper dir holds files of a subordinate UID.
    env.ok(&["run", "--name", &name, "--network", "none", image, "sh", "-c",
        "mkdir -p /work/d && for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo $i > /work/d/$i; done && chown -R _apt /work"]);
    vec!["rm".into(), name]
}

fn volume_setup(env: &Env, image: &str, i: usize) -> Vec<String> {
    let name = format!("vol{i}");
    env.ok(&["volume", "create", &name]);
    env.ok(&["run", "--rm", "--network", "none", "-v", &format!("{name}:/data"), image, "sh", "-c",
        "mkdir /data/d && for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo $i > /data/d/$i; done && chown -R _apt /data/d && chmod 0700 /data/d"]);
    vec!["volume".into(), "rm".into(), name]
}

fn reset_setup(env: &Env, image: &str, i: usize) -> Vec<String> {
    rm_setup(env, image, i);
    volume_setup(env, image, i);
    vec!["system".into(), "reset".into(), "-f".into()]
}

#[test]
fn a_delete_killed_at_any_step_leaves_a_store_that_works() {
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let image = format!("{reg}/test/debian:latest");
    let all = &[
        "delete.after-record",
        "delete.after-rename",
        "delete.midway",
    ];
    let dirs = &["delete.after-rename", "delete.midway"];
    let cases = [
        DeleteCase {
            what: "rmi",
            setup: no_setup,
            points: all,
            gone: |e| e.ok(&["images", "-q"]),
        },
        DeleteCase {
            what: "system prune",
            setup: prune_setup,
            points: all,
            gone: |e| e.ok(&["images", "-q"]),
        },
        DeleteCase {
            what: "rm",
            setup: rm_setup,
            points: dirs,
            gone: |e| e.ok(&["ps", "-aq"]),
        },
        DeleteCase {
            what: "volume rm",
            setup: volume_setup,
            points: dirs,
            gone: |e| e.ok(&["volume", "ls", "-q"]),
        },
        // The containers go first: the rest of the store is whole.
        DeleteCase {
            what: "system reset",
            setup: reset_setup,
            points: dirs,
            gone: |e| e.ok(&["ps", "-aq"]),
        },
    ];
    for case in &cases {
        let env = Checked::new();
        for (i, point) in case.points.iter().enumerate() {
            let when = format!("{} killed at {point}", case.what);
            debian_runs(&env, &image, &format!("before {when}"));
            let args = (case.setup)(&env, &image, i);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            crash_at(&env, point, &args);
            assert_eq!(
                (case.gone)(&env),
                "",
                "{when}: what it deleted is still listed"
            );
            assert_truthful(&env, &when);
            assert_clean(&env, &when);
            debian_runs(&env, &image, &format!("after {when}"));
        }
        if case.what == "system reset" {
            env.ok(&["system", "reset", "-f"]);
        }
    }
}

#[test]
fn a_delete_that_fails_part_way_says_so_and_leaves_the_store_consistent() {
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let env = Checked::new();
    let image = format!("{reg}/test/debian:latest");
    let failing = |point: &str, args: &[&str]| {
        let out = env
            .command(args)
            .env("GORAE_FAULT", format!("{point}=eacces"))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_ne!(
            out.status.code(),
            Some(0),
            "{point}: gorae {} succeeded: {err}",
            args.join(" ")
        );
        assert!(
            err.contains("Permission denied"),
            "{point}: no clear error: {err}"
        );
        assert_eq!(
            err.lines().filter(|l| l.starts_with("Error:")).count(),
            1,
            "{err}"
        );
        err
    };
    // The record can't go: nothing changed.
    debian_runs(&env, &image, "before");
    failing("delete.record", &["rmi", &image]);
    assert_eq!(
        env.ok(&["images", "-q"]).lines().count(),
        1,
        "the image is still listed"
    );
    debian_runs(&env, &image, "after the record could not go");
    // The first layer can't be renamed away: the image comes back whole and usable.
    failing("delete.rename", &["rmi", &image]);
    assert_eq!(
        env.ok(&["images", "-q"]).lines().count(),
        1,
        "the image is still listed"
    );
    assert_truthful(&env, "after a layer could not be renamed");
    debian_runs(&env, &image, "after a layer could not be renamed");
    // The files of a renamed layer can't all be removed: the image is gone with its layers,
    // and the next command removes what was left.
    let err = failing("delete.midway", &["rmi", &image]);
    assert!(err.contains("deleted all the same"), "{err}");
    assert_eq!(env.ok(&["images", "-q"]), "");
    assert_clean(&env, "after a half-removed layer");
    assert_eq!(
        env.entries("layers"),
        Vec::<String>::new(),
        "no layer was left behind"
    );
    debian_runs(&env, &image, "after a half-removed layer");
    // The same for a container and a volume: still there, or gone.
    let rm = rm_setup(&env, &image, 0);
    failing("delete.rename", &["rm", &rm[1]]);
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "victim0\n");
    assert_truthful(&env, "after rm could not rename");
    env.ok(&["rm", &rm[1]]);
    let vol = volume_setup(&env, &image, 0);
    failing("delete.rename", &["volume", "rm", &vol[2]]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "vol0\n");
    failing("delete.midway", &["volume", "rm", &vol[2]]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
    assert_truthful(&env, "after the volume deletes");
}

#[test]
fn pulls_and_runs_racing_system_prune_get_their_image_or_a_clean_image_not_known() {
    let Some(reg) = util::registry() else { return };
    if !util::debian_available() {
        return;
    }
    let env = Checked::new();
    let image = format!("{reg}/test/debian:latest");
    // Odd rounds don't pull in `run`: those find the image pruned more often.
    let run_args = |round: u64| {
        let pull = if round.is_multiple_of(2) {
            "--pull=missing"
        } else {
            "--pull=never"
        };
        [
            "run",
            "--rm",
            pull,
            "--tls-verify=false",
            "--network",
            "none",
            image.as_str(),
            "sh",
            "-c",
            APT_PARTIAL,
        ]
    };
    let mut outcomes = [0u32; 2];
    for round in 0..20 {
        let user = {
            let pull = env.command(&["pull", "-q", "--tls-verify=false", &image]);
            let run = env.command(&run_args(round));
            std::thread::spawn(move || {
                let mut pull = pull;
                let mut run = run;
                (pull.output().unwrap(), run.output().unwrap())
            })
        };
        std::thread::sleep(Duration::from_millis(round * 37 % 400));
        let prune = env.run(&["system", "prune", "-af"]);
        assert_eq!(prune.code, 0, "round {round}: prune: {prune}");
        let (pull, run) = user.join().unwrap();
        assert!(
            pull.status.success(),
            "round {round}: pull: {}",
            String::from_utf8_lossy(&pull.stderr)
        );
        let (out, err) = (
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr),
        );
        match run.status.code() {
            Some(0) => {
                assert_eq!(out, "_apt 700\nintact\n", "round {round}: {err}");
                outcomes[0] += 1;
            }
            Some(125) => {
                outcomes[1] += 1;
                assert!(
                    err.contains("image not known"),
                    "round {round}: run failed: {err}"
                );
                let retry = env.run(&run_args(0));
                assert_eq!(
                    (retry.code, retry.stdout.as_str()),
                    (0, "_apt 700\nintact\n"),
                    "round {round}: retry: {retry}"
                );
            }
            Some(1) if !round.is_multiple_of(2) => {
                // podman's `--pull=never` exit for a missing image.
                assert!(
                    err.contains("image not known"),
                    "round {round}: run failed: {err}"
                );
                outcomes[1] += 1;
            }
            other => panic!("round {round}: run exited {other:?}: {err}"),
        }
    }
    eprintln!(
        "runs that got their image: {}, that found it pruned: {}",
        outcomes[0], outcomes[1]
    );
    assert_truthful(&env, "after 20 rounds");
}

#[test]
fn rmi_force_stops_a_running_container_before_it_removes_the_image() {
    let Some(reg) = util::registry() else { return };
    let env = Checked::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "busy",
        "--network",
        "none",
        &image,
        "sleep",
        "1000",
    ]);
    let r = env.run(&["rmi", &image]);
    assert_eq!(r.code, 2, "in use without -f: {r}");
    let r = env.run(&["rmi", "-f", &image]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    assert_eq!(env.ok(&["images", "-q"]), "");
}
