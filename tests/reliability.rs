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
        let env = Env::new();
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
    let env = Env::new();
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
    crash_at(&env, "rm.after-rename", &["rm", "half"]);
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
    let env = Env::new();
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
    let env = Env::new();
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
