//! Detached containers: run -d, ps, logs, exec, stop, kill, wait, restart, rm, and the monitor.

use std::time::{Duration, Instant};

use crate::util::{self, Env, is_hex};

fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

const TICKER: &str =
    "echo started; echo to-stderr >&2; i=0; while :; do i=$((i+1)); echo tick $i; sleep 0.1; done";

#[test]
fn detached_containers_run_log_and_stop() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let id = env.ok(&["run", "-d", "--name", "ticker", &image, "sh", "-c", TICKER]);
    assert!(is_hex(id.trim(), 64), "run -d prints the ID: {id}");
    let ps = env.ok(&["ps", "--format", "{{.Names}} {{.State}}"]);
    assert_eq!(ps, "ticker running\n");
    wait_for("three ticks", || {
        env.ok(&["logs", "ticker"]).contains("tick 3")
    });

    let logs = env.expect(0, &["logs", "ticker"]);
    assert!(
        logs.stdout.starts_with("started\ntick 1\n"),
        "{}",
        logs.stdout
    );
    assert_eq!(logs.stderr, "to-stderr\n", "stderr lines go to stderr");
    assert_eq!(
        env.ok(&["logs", "--tail", "1", "ticker"]).lines().count(),
        1
    );
    let stamped = env.ok(&["logs", "-t", "--tail", "1", "ticker"]);
    let ts = stamped.split(' ').next().unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(ts).is_ok(),
        "{stamped}"
    );

    let inspect = env.ok(&[
        "inspect",
        "--format",
        "{{.State.Running}} {{.State.Pid}}",
        "ticker",
    ]);
    let pid: i32 = inspect.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(inspect.starts_with("true ") && pid > 0, "{inspect}");

    // sh as PID 1 ignores SIGTERM: stop waits -t seconds, then kills.
    let started = Instant::now();
    assert_eq!(env.ok(&["stop", "-t", "1", "ticker"]), "ticker\n");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        env.ok(&[
            "ps",
            "-a",
            "--format",
            "{{.Names}} {{.State}} {{.ExitCode}}"
        ]),
        "ticker exited 137\n"
    );
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        "the process is gone"
    );
    env.ok(&["stop", "ticker"]); // stopping a stopped container is fine
    env.ok(&["rm", "ticker"]);
}

#[test]
fn stop_signal_reaches_a_trap_and_wait_returns_the_status() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "trapper",
        &image,
        "sh",
        "-c",
        "trap 'echo bye; exit 3' TERM; echo ready; while :; do sleep 0.1; done",
    ]);
    wait_for("ready", || env.ok(&["logs", "trapper"]).contains("ready"));
    env.ok(&["stop", "-t", "10", "trapper"]);
    assert_eq!(env.ok(&["wait", "trapper"]), "3\n");
    assert!(env.ok(&["logs", "trapper"]).ends_with("bye\n"));

    env.ok(&[
        "run",
        "-d",
        "--name",
        "usr1",
        &image,
        "sh",
        "-c",
        "trap 'echo got-usr1' USR1; echo ready; while :; do sleep 0.1; done",
    ]);
    wait_for("ready", || env.ok(&["logs", "usr1"]).contains("ready"));
    env.ok(&["kill", "-s", "USR1", "usr1"]);
    wait_for("the trap", || {
        env.ok(&["logs", "usr1"]).contains("got-usr1")
    });
    env.ok(&["kill", "usr1"]);
    assert_eq!(env.ok(&["wait", "usr1"]), "137\n");
    let r = env.expect(125, &["kill", "usr1"]);
    assert!(r.stderr.contains("can only kill running containers"), "{r}");
    let r = env.expect(125, &["kill", "-s", "NOPE", "usr1"]);
    assert!(r.stderr.contains("invalid signal"), "{r}");
}

#[test]
fn exec_runs_in_the_container_with_its_environment() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "test/user:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "box",
        "-e",
        "FROM_RUN=1",
        "--hostname",
        "boxhost",
        &image,
        "sleep",
        "1000",
    ]);
    let out = env.ok(&[
        "exec",
        "box",
        "sh",
        "-c",
        "echo $FROM_RUN $(hostname) $(id -u) $(pwd); ps -o pid,comm | grep -c sleep",
    ]);
    assert_eq!(
        out, "1 boxhost 1000 /\n1\n",
        "same env, user, hostname and PID namespace as the container"
    );
    assert_eq!(
        env.ok(&[
            "exec",
            "-u",
            "0",
            "-e",
            "X=y",
            "-w",
            "/tmp",
            "box",
            "sh",
            "-c",
            "echo $X $(id -u) $(pwd)"
        ]),
        "y 0 /tmp\n"
    );
    env.expect(1, &["exec", "box", "false"]);
    env.expect(127, &["exec", "box", "no-such-cmd"]);
    env.expect(126, &["exec", "box", "/etc"]);
    env.ok(&["exec", "-d", "box", "sh", "-c", "echo detached > /tmp/mark"]);
    wait_for("the detached exec", || {
        env.run(&["exec", "box", "cat", "/tmp/mark"]).stdout == "detached\n"
    });
    env.ok(&["stop", "-t", "0", "box"]);
    let r = env.expect(125, &["exec", "box", "true"]);
    assert!(r.stderr.contains("running containers"), "{r}");
    let r = env.expect(125, &["exec", "nosuchbox", "true"]);
    assert!(r.stderr.contains("no such container"), "{r}");
}

#[test]
fn create_start_restart_and_start_attach() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let id = env.ok(&[
        "create",
        "--name",
        "later",
        &image,
        "sh",
        "-c",
        "echo run; sleep 1000",
    ]);
    assert!(is_hex(id.trim(), 64));
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.State}}"]), "created\n");
    assert_eq!(env.ok(&["start", "later"]), "later\n");
    wait_for("the first run", || env.ok(&["logs", "later"]) == "run\n");
    let pid1 = env.ok(&["inspect", "--format", "{{.State.Pid}}", "later"]);
    env.ok(&["restart", "-t", "0", "later"]);
    wait_for("the second run", || {
        env.ok(&["logs", "later"]) == "run\nrun\n"
    });
    let pid2 = env.ok(&["inspect", "--format", "{{.State.Pid}}", "later"]);
    assert_ne!(pid1, pid2);
    env.ok(&["rm", "-f", "later"]);

    env.ok(&[
        "create",
        "--name",
        "once",
        &image,
        "sh",
        "-c",
        "echo attached; exit 4",
    ]);
    let r = env.expect(4, &["start", "-a", "once"]);
    assert_eq!(r.stdout, "attached\n");
}

#[test]
fn detached_rm_removes_itself_and_replace_swaps_containers() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--rm",
        "--name",
        "brief",
        &image,
        "sh",
        "-c",
        "sleep 0.2",
    ]);
    wait_for("--rm cleanup", || env.ok(&["ps", "-a", "-q"]).is_empty());

    let first = env.ok(&["run", "-d", "--name", "svc", &image, "sleep", "1000"]);
    let r = env.expect(
        125,
        &["run", "-d", "--name", "svc", &image, "sleep", "1000"],
    );
    assert!(r.stderr.contains("already in use"), "{r}");
    let second = env.ok(&[
        "run",
        "-d",
        "--replace",
        "--name",
        "svc",
        &image,
        "sleep",
        "1000",
    ]);
    assert_ne!(first, second);
    assert_eq!(env.ok(&["ps", "-a", "--no-trunc", "-q"]), second);
    env.ok(&["rm", "-f", "svc"]);
}

#[test]
fn rm_reports_each_target_and_refuses_running_ones_without_force() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "-d", "--name", "up", &image, "sleep", "1000"]);
    env.expect(3, &["run", "--name", "down", &image, "sh", "-c", "exit 3"]);
    let r = env.expect(125, &["rm", "up"]);
    assert!(r.stderr.contains("is running"), "{r}");
    let r = env.expect(1, &["rm", "down", "nosuch"]);
    assert!(r.stderr.contains("nosuch"), "{r}");
    assert_eq!(
        r.stdout.lines().count(),
        1,
        "one report per removed container: {r}"
    );
    let r = env.expect(0, &["rm", "-f", "up"]);
    assert!(is_hex(r.stdout.trim(), 64));
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
}

#[test]
fn two_concurrent_rm_of_one_container_one_wins_and_nothing_is_left() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.expect(0, &["run", "--name", "victim", &image, "true"]);
    let a = env
        .command(&["rm", "victim"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let b = env
        .command(&["rm", "victim"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let codes = [
        a.wait_with_output().unwrap().status.code(),
        b.wait_with_output().unwrap().status.code(),
    ];
    assert_eq!(
        codes.iter().filter(|c| **c == Some(0)).count(),
        1,
        "exactly one rm succeeds: {codes:?}"
    );
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
    let stray: Vec<String> = env.entries("containers");
    assert!(
        stray.iter().all(|e| e.ends_with(".lock")),
        "leftovers: {stray:?}"
    );
}

#[test]
fn a_killed_monitor_takes_its_container_along_and_state_is_corrected() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "-d", "--name", "orphan", &image, "sleep", "1000"]);
    let pid: i32 = env
        .ok(&["inspect", "--format", "{{.State.Pid}}", "orphan"])
        .trim()
        .parse()
        .unwrap();
    env.kill_monitor("orphan");
    wait_for("the container to die with its monitor", || {
        !std::path::Path::new(&format!("/proc/{pid}")).exists()
    });
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.State}}"]), "exited\n");
    env.ok(&["rm", "orphan"]);
}

#[test]
fn leaked_descriptors_cannot_become_the_workdir() {
    // CVE-2024-21626: a workdir of /proc/self/fd/N must not resolve to a host directory.
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    for fd in 3..10 {
        let r = env.run(&[
            "run",
            "--rm",
            "-w",
            &format!("/proc/self/fd/{fd}"),
            &image,
            "sh",
            "-c",
            "ls -a .. | head -50",
        ]);
        assert!(r.code != 0, "fd {fd} became the workdir: {r}");
    }
    env.ok(&["run", "-d", "--name", "target", &image, "sleep", "1000"]);
    for fd in 3..10 {
        let r = env.run(&[
            "exec",
            "-w",
            &format!("/proc/self/fd/{fd}"),
            "target",
            "sh",
            "-c",
            "ls -a ..",
        ]);
        assert!(r.code != 0, "exec: fd {fd} became the workdir: {r}");
    }
    env.ok(&["rm", "-f", "target"]);
}

#[test]
fn restart_policies_are_honoured_by_the_monitor() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "flaky",
        "--restart",
        "on-failure:2",
        &image,
        "sh",
        "-c",
        "echo run; exit 1",
    ]);
    wait_for("two restarts and the end", || {
        env.ok(&["ps", "-a", "--format", "{{.State}}"]) == "exited\n"
    });
    assert_eq!(
        env.ok(&["logs", "flaky"]),
        "run\nrun\nrun\n",
        "one start and two restarts"
    );
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.RestartCount}} {{.State.ExitCode}}",
            "flaky"
        ]),
        "2 1\n"
    );

    env.ok(&[
        "run",
        "-d",
        "--name",
        "forever",
        "--restart",
        "always",
        &image,
        "sh",
        "-c",
        "echo up; sleep 0.1",
    ]);
    wait_for("a restart", || {
        env.ok(&["logs", "forever"]).lines().count() >= 2
    });
    // A user stop is final, whatever the policy.
    env.ok(&["stop", "-t", "0", "forever"]);
    std::thread::sleep(Duration::from_millis(400));
    assert_eq!(
        env.ok(&["ps", "-a", "--format", "{{.Names}} {{.State}}"]),
        "forever exited\nflaky exited\n"
    );
    let r = env.expect(125, &["run", "--rm", "--restart", "always", &image, "true"]);
    assert!(r.stderr.contains("conflicts"), "{r}");
    env.expect(125, &["run", "--restart", "sometimes", &image, "true"]);
}

#[test]
fn init_reaps_and_forwards_signals() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // The command is not PID 1; gorae's init is.
    assert_eq!(
        env.ok(&["run", "--rm", "--init", &image, "sh", "-c", "echo $$"]),
        "2\n"
    );
    env.expect(3, &["run", "--rm", "--init", &image, "sh", "-c", "exit 3"]);
    env.expect(127, &["run", "--rm", "--init", &image, "no-such-command"]);
    // sleep as PID 1 ignores SIGTERM; under the init it gets it and stop is immediate.
    env.ok(&[
        "run", "-d", "--name", "sleeper", "--init", &image, "sleep", "1000",
    ]);
    let started = Instant::now();
    env.ok(&["stop", "-t", "5", "sleeper"]);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "SIGTERM reached the command"
    );
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.ExitCode}}", "sleeper"]),
        "143\n"
    );
    // Orphans are reaped: no zombie is left behind by a background process that exits.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "parent",
        "--init",
        &image,
        "sh",
        "-c",
        "(sleep 0.1 &) ; sleep 1000",
    ]);
    std::thread::sleep(Duration::from_millis(500));
    let zombies = env.ok(&[
        "exec",
        "parent",
        "sh",
        "-c",
        "grep -l '^State:.*Z' /proc/[0-9]*/status 2>/dev/null | wc -l",
    ]);
    assert_eq!(zombies.trim(), "0");
    env.ok(&["rm", "-f", "parent"]);
}

#[test]
fn pause_unpause_and_stats() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "counter",
        &image,
        "sh",
        "-c",
        "while :; do date +%s%N > /tmp/t; done",
    ]);
    assert_eq!(env.ok(&["pause", "counter"]), "counter\n");
    assert_eq!(env.ok(&["ps", "--format", "{{.State}}"]), "paused\n");
    let pid = env.ok(&["inspect", "--format", "{{.State.Pid}}", "counter"]);
    let state = std::fs::read_to_string(format!("/proc/{}/status", pid.trim())).unwrap();
    assert!(
        state
            .lines()
            .any(|l| l.starts_with("State:") && l.contains("T")),
        "stopped: {state}"
    );
    env.expect(125, &["pause", "counter"]);
    assert_eq!(env.ok(&["unpause", "counter"]), "counter\n");
    env.expect(125, &["unpause", "counter"]);
    let stats = env.ok(&[
        "stats",
        "--no-stream",
        "--format",
        "{{.Name}} {{.PIDs}}",
        "counter",
    ]);
    assert!(stats.starts_with("counter "), "{stats}");
    let table = env.ok(&["stats", "--no-stream"]);
    assert!(
        table.starts_with("ID") && table.contains("CPU %") && table.contains("counter"),
        "{table}"
    );
    // A paused container still stops.
    env.ok(&["pause", "counter"]);
    env.ok(&["stop", "-t", "1", "counter"]);
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.State}}"]), "exited\n");
}

#[test]
fn health_checks_run_on_their_interval_and_on_demand() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "svc",
        "--health-cmd",
        "test -f /tmp/ready",
        "--health-interval",
        "300ms",
        "--health-retries",
        "2",
        &image,
        "sh",
        "-c",
        "sleep 1; touch /tmp/ready; sleep 1000",
    ]);
    let status = || env.ok(&["inspect", "--format", "{{.State.Health.Status}}", "svc"]);
    wait_for("unhealthy before the file exists", || {
        status() == "unhealthy\n"
    });
    wait_for("healthy once it does", || status() == "healthy\n");
    assert!(
        env.ok(&["ps", "--format", "{{.Status}}"])
            .contains("(healthy)")
    );
    let r = env.expect(0, &["healthcheck", "run", "svc"]);
    assert_eq!(r.stdout, "healthy\n");
    env.ok(&["exec", "svc", "rm", "/tmp/ready"]);
    assert_eq!(
        env.expect(1, &["healthcheck", "run", "svc"]).stdout,
        "unhealthy\n"
    );
    let log = env.ok(&["inspect", "--format", "{{len .State.Health.Log}}", "svc"]);
    assert!(
        log.trim().parse::<usize>().unwrap() <= 5,
        "the log keeps the last five: {log}"
    );
    env.ok(&["rm", "-f", "svc"]);
    env.ok(&["run", "-d", "--name", "plain", &image, "sleep", "1000"]);
    let r = env.expect(125, &["healthcheck", "run", "plain"]);
    assert!(r.stderr.contains("no defined healthcheck"), "{r}");
    env.ok(&["rm", "-f", "plain"]);
}

#[test]
fn ps_filters_and_logs_follow() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run", "-d", "--name", "alpha", "--label", "tier=web", &image, "sleep", "1000",
    ]);
    env.ok(&[
        "run", "--name", "beta", "--label", "tier=db", &image, "true",
    ]);
    let names = |filters: &[&str]| {
        let mut args = vec!["ps", "-a", "--format", "{{.Names}}"];
        for f in filters {
            args.extend(["--filter", f]);
        }
        let mut v: Vec<String> = env.ok(&args).lines().map(str::to_string).collect();
        v.sort();
        v
    };
    assert_eq!(names(&["name=alp"]), vec!["alpha"]);
    assert_eq!(names(&["status=exited"]), vec!["beta"]);
    assert_eq!(names(&["label=tier=db"]), vec!["beta"]);
    assert_eq!(names(&["label=tier"]), vec!["alpha", "beta"]);
    assert_eq!(names(&["ancestor=busybox"]), vec!["alpha", "beta"]);
    assert_eq!(names(&["label=tier=web", "status=running"]), vec!["alpha"]);
    assert_eq!(
        names(&["name=alpha", "name=beta"]),
        vec!["alpha", "beta"],
        "repeated keys: any"
    );
    env.expect(125, &["ps", "--filter", "bogus=1"]);
    assert_eq!(
        env.ok(&["ps", "--latest", "-a", "--format", "{{.Names}}"]),
        "beta\n"
    );
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.Labels.tier}}", "alpha"]),
        "web\n"
    );
    env.ok(&["rm", "-f", "alpha", "beta"]);

    // logs -f streams until the container ends.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "talker",
        &image,
        "sh",
        "-c",
        "for i in 1 2 3; do echo line $i; sleep 0.2; done",
    ]);
    let started = Instant::now();
    let out = env.ok(&["logs", "-f", "talker"]);
    assert_eq!(out, "line 1\nline 2\nline 3\n");
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// The monitor of a running detached container is the keeper (`src/keeper/main.rs`), and it
/// logs exactly what gorae's own loop logs: whole lines, a line longer than 16 KiB split into
/// partial entries, a last line without a newline, stderr apart. `GORAE_MONITOR=inline` keeps
/// gorae's loop, and both logs must read back the same.
#[test]
fn the_keeper_monitors_running_containers_and_logs_like_gorae() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // A 20,000-character line, two short ones, one on stderr, and an unterminated last one;
    // then the container waits for `stop`.
    let script = "i=0; while [ $i -lt 20000 ]; do printf x; i=$((i+1)); done; echo; \
                  echo one; echo two >&2; printf tail; exec sleep 1000";
    let mut logs = Vec::new();
    for (name, inline) in [("kept", false), ("inline", true)] {
        let mut cmd = env.command(&["run", "-d", "--name", name, &image, "sh", "-c", script]);
        if inline {
            cmd.env("GORAE_MONITOR", "inline");
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        wait_for("the output", || env.ok(&["logs", name]).contains("one\n"));
        let record: serde_json::Value = serde_json::from_slice(
            &std::fs::read(
                env.store()
                    .join("containers")
                    .join(env.ok(&["inspect", "--format", "{{.Id}}", name]).trim())
                    .join("container.json"),
            )
            .unwrap(),
        )
        .unwrap();
        let monitor = record["monitor_pid"].as_i64().expect("a monitor");
        let comm = std::fs::read_to_string(format!("/proc/{monitor}/comm")).unwrap();
        assert_eq!(
            comm == "gorae-monitor\n",
            !inline,
            "the monitor of {name}: {comm}"
        );
        let rss = std::fs::read_to_string(format!("/proc/{monitor}/status"))
            .unwrap()
            .lines()
            .find(|l| l.starts_with("VmRSS:"))
            .unwrap_or("VmRSS: ?")
            .to_string();
        // Printed for the record; the memory comparison with conmon is bench/run.sh's job.
        eprintln!("monitor of {name} ({}): {rss}", comm.trim());
        // Stopped, the keeper hands back to gorae, which records the end.
        env.ok(&["stop", "-t", "0", name]);
        assert_eq!(
            env.ok(&["inspect", "--format", "{{.State.Status}}", name]),
            "exited\n"
        );
        let out = env.expect(0, &["logs", name]);
        assert_eq!(
            out.stdout,
            format!("{}\none\ntail", "x".repeat(20000)),
            "{name}'s stdout"
        );
        assert_eq!(out.stderr, "two\n", "{name}'s stderr");
        let raw = std::fs::read_to_string(
            env.store()
                .join("containers")
                .join(record["id"].as_str().unwrap())
                .join("userdata/ctr.log"),
        )
        .unwrap();
        let tags: Vec<&str> = raw
            .lines()
            .map(|l| l.splitn(4, ' ').take(3).collect::<Vec<_>>()[1..].join(" "))
            .map(|t| match t.as_str() {
                "stdout F" => "out-F",
                "stdout P" => "out-P",
                "stderr F" => "err-F",
                _ => "other",
            })
            .collect();
        // 20,000 x: one partial entry of at least 16 KiB, the rest with the newline.
        assert_eq!(tags.first(), Some(&"out-P"), "{name}: {raw:.200}");
        assert!(tags.contains(&"err-F") && tags.last() == Some(&"out-P"));
        logs.push(out.stdout);
        env.ok(&["rm", name]);
    }
    assert_eq!(logs[0], logs[1], "the keeper and gorae log alike");
}

/// A detached container's stdout and stderr are blocking pipes: output that outruns the monitor
/// (a slow `attach` client, a busy disk) waits, instead of failing with EAGAIN and being lost.
#[test]
fn a_detached_containers_output_waits_for_the_monitor_instead_of_failing() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "flags",
        &image,
        "sh",
        "-c",
        "grep flags /proc/self/fdinfo/1; grep flags /proc/self/fdinfo/2 >&2",
    ]);
    env.ok(&["wait", "flags"]);
    let out = env.expect(0, &["logs", "flags"]);
    for (stream, line) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let flags = line
            .trim()
            .strip_prefix("flags:")
            .map(|f| u32::from_str_radix(f.trim(), 8).expect("octal flags"))
            .unwrap_or_else(|| panic!("{stream}: {line:?}"));
        assert_eq!(flags & 0o4000, 0, "{stream} is non-blocking: {flags:o}");
    }
    // And a burst far beyond a pipe's 64 KiB, read by a client on attach, arrives whole.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "burst",
        &image,
        "sh",
        "-c",
        "sleep 1; seq 200000; echo done",
    ]);
    let attached = env.expect(0, &["attach", "burst"]);
    assert_eq!(
        attached.stdout.lines().count(),
        200_001,
        "attach saw it all"
    );
    assert!(attached.stdout.ends_with("200000\ndone\n"));
    let logs = env.ok(&["logs", "burst"]);
    assert_eq!(logs.lines().count(), 200_001, "the log has it all");
    env.ok(&["rm", "flags", "burst"]);
}

/// Without XDG_RUNTIME_DIR, the monitor (inside the user namespace, where its UID is 0) and
/// `attach` (outside) must agree on the fallback runtime directory, or attach finds no socket.
#[test]
fn attach_works_without_xdg_runtime_dir() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let gorae = |args: &[&str]| {
        let mut c = env.command(args);
        c.env_remove("XDG_RUNTIME_DIR");
        c
    };
    let out = gorae(&[
        "run",
        "-di",
        "--name",
        "nort",
        &image,
        "sh",
        "-c",
        "cat; echo eof-seen",
    ])
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut child = gorae(&["attach", "nort"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"piped\n").unwrap();
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).as_ref()
        ),
        (Some(0), "piped\neof-seen\n"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        gorae(&["rm", "-f", "nort"])
            .output()
            .unwrap()
            .status
            .success()
    );
}

/// The clean-up every podman system test runs in its set-up and tear-down.
#[test]
fn the_cleanup_idioms_of_podmans_own_tests_work() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["pod", "create", "--name", "p1"]);
    env.ok(&["pod", "create", "--name", "p2"]);
    env.ok(&[
        "run", "-d", "--pod", "p1", "--name", "member", &image, "sleep", "1000",
    ]);
    env.ok(&["run", "-d", "--name", "alone", &image, "sleep", "1000"]);
    let listed = env.ok(&[
        "ps",
        "--all",
        "--external",
        "--format",
        "{{.ID}} {{.Names}}",
    ]);
    assert!(
        listed.contains(" member") && listed.contains(" alone"),
        "{listed}"
    );
    // -t needs -f, as in podman.
    let r = env.run(&["pod", "rm", "-t", "0", "p1"]);
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("--force option must be specified"), "{r}");
    let removed = env.ok(&["pod", "rm", "-t", "0", "--all", "--force", "--ignore"]);
    assert_eq!(removed.lines().count(), 2, "{removed}");
    assert_eq!(env.ok(&["pod", "ps", "-q"]), "");
    env.expect(1, &["container", "exists", "member"]);
    // Nothing left: --all is a no-op, and a pod list is required without it.
    env.ok(&["pod", "rm", "--all"]);
    env.expect(125, &["pod", "rm"]);
    env.ok(&["rm", "-t", "0", "--all", "--force", "--ignore"]);
    assert_eq!(env.ok(&["ps", "-a", "-q", "--external"]), "");
}

#[test]
fn latest_all_cidfile_and_filter_pick_containers_as_podman_does() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let run = |name: &str, group: &str| {
        env.ok(&[
            "run",
            "-d",
            "--name",
            name,
            "--label",
            &format!("grp={group}"),
            &image,
            "sleep",
            "1000",
        ])
        .trim()
        .to_string()
    };
    let s1 = run("s1", "one");
    let s2 = run("s2", "two");
    let state = |name: &str| env.ok(&["inspect", "--format", "{{.State.Status}}", name]);
    // --latest is the newest container, for every command that takes one.
    assert_eq!(env.ok(&["ps", "-q", "--no-trunc", "--latest"]).trim(), s2);
    assert_eq!(env.ok(&["exec", "-l", "echo", "hi"]).trim(), "hi");
    assert!(env.ok(&["top", "-l"]).contains("sleep"));
    env.ok(&["logs", "-l"]);
    env.ok(&["port", "-l"]);
    env.ok(&["diff", "-l"]);
    // --filter picks by ps's filters; pause --all/unpause --all by state.
    env.ok(&["pause", "--filter", "label=grp=one"]);
    assert_eq!(state("s1").trim(), "paused");
    assert_eq!(state("s2").trim(), "running");
    // wait --condition: a state other than exit prints -1, as podman's does.
    let waited = env.ok(&["wait", "--condition", "paused", "--interval", "50", "s1"]);
    assert_eq!(waited.trim(), "-1");
    let waited = env.ok(&["wait", "--condition=running", "--condition=exited", "s2"]);
    assert_eq!(waited.trim(), "-1");
    let r = env.run(&["wait", "--condition", "bogus", "s2"]);
    assert!(
        r.code == 125 && r.stderr.contains("invalid condition"),
        "{r}"
    );
    env.ok(&["unpause", "--all"]);
    assert_eq!(state("s1").trim(), "running");
    env.ok(&["stop", "-t", "0", "--filter", "label=grp=two"]);
    assert_eq!(state("s2").trim(), "exited");
    // restart --all --running leaves the stopped one alone.
    env.ok(&["restart", "-t", "0", "--all", "--running"]);
    assert_eq!(state("s1").trim(), "running");
    assert_eq!(state("s2").trim(), "exited");
    let cidfile = env.base.join("s1.cid");
    std::fs::write(&cidfile, &s1).unwrap();
    env.ok(&["kill", "--cidfile", cidfile.to_str().unwrap()]);
    env.ok(&["wait", "s1"]);
    assert_eq!(state("s1").trim(), "exited");
    // start --filter narrows the names given; no policy matches restart-policy=none.
    assert_eq!(
        env.ok(&["start", "--filter", "restart-policy=always", "s2"]),
        ""
    );
    env.ok(&[
        "start",
        "--filter",
        "restart-policy=none",
        "--filter",
        "name=s2",
        "s2",
    ]);
    assert_eq!(state("s2").trim(), "running");
    env.ok(&["kill", "-l"]);
    assert_eq!(env.ok(&["wait", "-l"]).trim(), "137");
    // The combinations podman refuses, with its words.
    for (args, says) in [
        (
            vec!["stop", "-l", "s1"],
            "--latest and containers cannot be used together",
        ),
        (
            vec!["stop", "--all", "s1"],
            "no arguments are needed with --all",
        ),
        (
            vec!["stop", "--filter", "name=s1", "s1"],
            "--filter takes no arguments",
        ),
        (vec!["stop"], "you must provide at least one name or id"),
        (
            vec!["kill", "--all", "--latest"],
            "--all and --latest cannot be used together",
        ),
        (
            vec!["restart", "--all", "--cidfile", cidfile.to_str().unwrap()],
            "--all, --latest, and --cidfile cannot be used together",
        ),
        (vec!["pause", "--filter", "bogus=1"], "invalid filter"),
        (
            vec!["start", "--all", "s1"],
            "either start all containers or the container(s) provided in the arguments",
        ),
        (
            vec!["start", "--filter", "restart-policy=fake", "s1"],
            "fake invalid restart policy",
        ),
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 125, "{args:?}: {r}");
        assert!(r.stderr.contains(says), "{args:?}: {r}");
    }
    env.ok(&["rm", "-f", "--filter", "label=grp=one"]);
    env.expect(1, &["container", "exists", "s1"]);
    env.ok(&["rm", "-f", "-l"]);
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    let r = env.run(&["exec", "-l", "true"]);
    assert!(
        r.code == 125 && r.stderr.contains("--latest found none"),
        "{r}"
    );
}

#[test]
fn pod_verbs_take_all_latest_and_ignore_as_podman_does() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    for p in ["q1", "q2"] {
        env.ok(&["pod", "create", "--name", p]);
        env.ok(&[
            "run",
            "-d",
            "--pod",
            p,
            "--name",
            &format!("{p}-m"),
            &image,
            "sleep",
            "1000",
        ]);
    }
    let state = |name: &str| {
        env.ok(&["inspect", "--format", "{{.State.Status}}", name])
            .trim()
            .to_string()
    };
    env.ok(&["pod", "stop", "-t", "0", "-l"]);
    assert_eq!(state("q2-m"), "exited");
    assert_eq!(state("q1-m"), "running");
    env.ok(&["pod", "start", "--all"]);
    assert_eq!(state("q2-m"), "running");
    env.ok(&["pod", "pause", "--latest"]);
    assert_eq!(state("q2-m"), "paused");
    env.ok(&["pod", "unpause", "-a"]);
    assert_eq!(state("q2-m"), "running");
    env.ok(&["pod", "kill", "-a"]);
    env.ok(&["wait", "q1-m", "q2-m"]);
    assert_eq!(state("q1-m"), "exited");
    env.ok(&["pod", "restart", "-t", "0", "-l"]);
    assert_eq!(state("q2-m"), "running");
    // --ignore: a pod that isn't there is no error.
    env.ok(&["pod", "stop", "--ignore", "-t", "0", "nosuch", "q2"]);
    assert_eq!(state("q2-m"), "exited");
    for (args, says) in [
        (
            vec!["pod", "stop", "-a", "q1"],
            "no arguments are needed with --all",
        ),
        (
            vec!["pod", "start"],
            "you must provide at least one name or id",
        ),
        (
            vec!["pod", "kill", "-a", "-l"],
            "--all and --latest cannot be used together",
        ),
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 125, "{args:?}: {r}");
        assert!(r.stderr.contains(says), "{args:?}: {r}");
    }
    env.ok(&["pod", "rm", "-f", "-l"]);
    env.expect(1, &["pod", "exists", "q2"]);
    env.ok(&["pod", "exists", "q1"]);
    env.ok(&["pod", "rm", "-f", "--all"]);
}

#[test]
fn update_changes_limits_of_running_containers_and_the_restart_policy() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "-d", "--name", "u", &image, "sleep", "100"]);
    let id = env.ok(&["inspect", "--format", "{{.Id}}", "u"]);
    // Nothing to change: the ID, as podman (its system test updates with no flags rootless).
    assert_eq!(env.ok(&["update", "u"]), id);
    // --restart alone: any state; the record has it.
    assert_eq!(env.ok(&["update", "--restart", "on-failure:3", "u"]), id);
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}",
            "u"
        ]),
        "on-failure:3\n"
    );
    let cgroup = env.ok(&["inspect", "--format", "{{.HostConfig.CgroupPath}}", "u"]);
    let r = env.run(&["update", "--memory", "100m", "--pids-limit", "40", "u"]);
    if cgroup.trim().is_empty() {
        // No delegated cgroup here (the guest tier proves the other side): said, and why.
        assert_eq!(r.code, 125, "{r}");
        assert!(
            r.stderr.contains("has no cgroup of its own (") && r.error_lines() == 1,
            "{r}"
        );
        assert_eq!(
            env.ok(&["inspect", "--format", "{{.HostConfig.Memory}}", "u"]),
            "0\n"
        );
    } else {
        assert_eq!(r.code, 0, "{r}");
        let out = env.ok(&[
            "exec",
            "u",
            "cat",
            "/sys/fs/cgroup/memory.max",
            "/sys/fs/cgroup/pids.max",
        ]);
        assert_eq!(out, "104857600\n40\n");
    }
    for (args, want) in [
        (vec!["update", "--memory", "lots", "u"], "invalid --memory"),
        (vec!["update", "--restart", "sometimes", "u"], "sometimes"),
        (
            vec!["update", "--memory", "1g", "nosuch"],
            "no such container",
        ),
        (
            vec!["update", "--cpus", "1", "--cpu-quota", "5000", "u"],
            "cannot be set together",
        ),
    ] {
        let r = env.expect(125, &args);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{args:?}: {r}"
        );
    }
    // An exited container's limits can't change: refused, its record as it was.
    env.ok(&["stop", "-t", "0", "u"]);
    let before = std::fs::read(
        env.store()
            .join("containers")
            .join(id.trim())
            .join("container.json"),
    )
    .unwrap();
    let r = env.expect(125, &["update", "--memory", "1g", "u"]);
    assert!(
        r.stderr
            .contains("container u is exited: update changes the limits of a running container"),
        "{r}"
    );
    let after = std::fs::read(
        env.store()
            .join("containers")
            .join(id.trim())
            .join("container.json"),
    )
    .unwrap();
    assert_eq!(before, after);
    env.ok(&["container", "update", "--restart", "no", "u"]);
    env.ok(&["rm", "u"]);
}

#[test]
fn container_clone_copies_the_configuration_with_volumes_and_secrets_of_its_own() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let pw = env.base.join("pw");
    util::write(&pw, "s3");
    env.ok(&["secret", "create", "s", pw.to_str().unwrap()]);
    env.ok(&[
        "create",
        "--name",
        "orig",
        "-v",
        "/data",
        "--secret",
        "s",
        "-e",
        "A=1",
        "--label",
        "l=v",
        &image,
        "sh",
        "-c",
        "cat /run/secrets/s; echo \" $A\"; ls /data; touch /data/mine",
    ]);
    env.ok(&["start", "-a", "orig"]);
    let clone = env.ok(&["container", "clone", "orig"]);
    assert!(is_hex(clone.trim(), 64), "{clone}");
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.Name}} {{.State.Status}} {{.Config.Labels.l}}",
            clone.trim()
        ]),
        "orig-clone created v\n"
    );
    // Its own anonymous volume (empty), the same secret and environment.
    env.ok(&["secret", "rm", "s"]);
    env.ok(&["start", "-a", "orig-clone"]);
    assert_eq!(env.ok(&["logs", "orig-clone"]), "s3 1\n");
    let vols = |c: &str| {
        env.ok(&[
            "inspect",
            "--format",
            "{{range .Mounts}}{{.Name}}{{end}}",
            c,
        ])
    };
    assert_ne!(vols("orig"), vols("orig-clone"));
    // NAME as an argument, --run, and names taken or bad.
    env.ok(&["container", "clone", "--run", "orig", "second"]);
    env.run_until_ok(&["wait", "second"]);
    assert_eq!(env.ok(&["logs", "second"]), "s3 1\n");
    for (args, want) in [
        (
            vec!["container", "clone", "orig", "second"],
            "already in use",
        ),
        (
            vec!["container", "clone", "--name", "bad name", "orig"],
            "invalid container name",
        ),
        (vec!["container", "clone", "nosuch"], "no such container"),
        (
            vec!["container", "clone", "orig", "x", "nosuch/image"],
            "image not known",
        ),
        (
            vec!["container", "clone", "--memory", "lots", "orig"],
            "invalid --memory",
        ),
    ] {
        let r = env.expect(125, &args);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{args:?}: {r}"
        );
    }
    // --destroy: the original goes (a running one only with --force).
    env.ok(&[
        "run",
        "-d",
        "--name",
        "live",
        "--stop-timeout",
        "0",
        &image,
        "sleep",
        "100",
    ]);
    let r = env.expect(125, &["container", "clone", "--destroy", "live"]);
    assert!(r.stderr.contains("without force"), "{r}");
    env.ok(&["container", "clone", "--destroy", "-f", "live", "moved"]);
    env.expect(1, &["container", "exists", "live"]);
    env.ok(&["container", "exists", "moved"]);
    assert_eq!(
        env.ok(&["ps", "-a", "--format", "{{.Names}}", "--sort", "names"]),
        "moved\norig\norig-clone\nsecond\n"
    );
    env.ok(&["rm", "-fv", "moved", "orig", "orig-clone", "second"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
}
