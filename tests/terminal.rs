//! Terminals: `run -it` and `exec -it` through a real pty (util-linux `script` provides one).

use crate::util::{self, Env};

fn in_pty(env: &Env, input: &str, command: &str) -> (i32, String) {
    in_pty_fed(env, &format!("printf '{input}'"), command)
}

/// Runs `command` on a pty whose keyboard is the shell snippet `feed`.
fn in_pty_fed(env: &Env, feed: &str, command: &str) -> (i32, String) {
    // The input waits a moment: typed before the program puts the terminal in raw mode, the
    // line discipline would eat control keys (Ctrl-Q is XON).
    let full = format!("(sleep 0.5; {feed}) | script -qec \"{command}\" /dev/null");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(&full)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.base.join("home"))
        .env("XDG_DATA_HOME", env.data())
        .env("XDG_CONFIG_HOME", env.config())
        .env("XDG_RUNTIME_DIR", env.runtime())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).replace('\r', ""),
    )
}

fn have_script() -> bool {
    let ok = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok();
    if !ok {
        crate::util::missing_bed("util-linux `script` is missing, so no pty can be made");
    }
    ok
}

#[test]
fn run_it_gives_an_interactive_terminal_and_its_exit_status() {
    let Some(reg) = util::registry() else { return };
    if !have_script() {
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let g = util::gorae_bin().display().to_string();
    let (code, out) = in_pty(
        &env,
        r"tty; echo $TERM\rexit 5\r",
        &format!("{g} run --rm -it {image} sh"),
    );
    assert_eq!(code, 5, "{out}");
    assert!(
        out.contains("/dev/pts/0\n"),
        "the pty comes from the container's own devpts: {out}"
    );
    assert!(out.contains("xterm\n"), "{out}");
    // -t alone: a terminal for output, stdin closed.
    let (code, out) = in_pty(
        &env,
        "",
        &format!("{g} run --rm -t {image} sh -c 'test -t 1 && echo out-is-tty'"),
    );
    assert_eq!((code, out.trim()), (0, "out-is-tty"));
}

#[test]
fn exec_it_and_detached_tty_logs() {
    let Some(reg) = util::registry() else { return };
    if !have_script() {
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "-t",
        "--name",
        "termy",
        &image,
        "sh",
        "-c",
        "tty; sleep 1000",
    ]);
    let g = util::gorae_bin().display().to_string();
    let (code, out) = in_pty(
        &env,
        r"echo in-exec; exit 3\r",
        &format!("{g} exec -it termy sh"),
    );
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("in-exec\n"), "{out}");
    // A detached container's terminal output is logged.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !env.ok(&["logs", "termy"]).contains("/dev/pts/0") {
        assert!(
            std::time::Instant::now() < deadline,
            "no tty output in the log"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    env.ok(&["rm", "-f", "termy"]);
}

#[test]
fn attach_relays_a_terminal_and_detaches_with_ctrl_p_ctrl_q() {
    let Some(reg) = util::registry() else { return };
    if !have_script() {
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "-dit", "--name", "shell", &image, "sh"]);
    let g = util::gorae_bin().display().to_string();
    let feed = r"printf 'echo in-attach\r'; sleep 0.5; printf '\020\021'";
    let (code, out) = in_pty_fed(&env, feed, &format!("{g} attach shell"));
    assert_eq!(code, 0, "detached: {out}");
    assert!(out.contains("in-attach"), "{out}");
    assert_eq!(
        env.ok(&["ps", "--format", "{{.Names}} {{.State}}"]),
        "shell running\n",
        "still running after detach"
    );
    // Without a terminal: stdin goes in with -i, and its end closes the container's stdin.
    env.ok(&[
        "run",
        "-di",
        "--name",
        "catter",
        &image,
        "sh",
        "-c",
        "cat; echo eof-seen",
    ]);
    let mut child = env
        .command(&["attach", "catter"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"piped\n").unwrap();
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "piped\neof-seen\n");
    let r = env.expect(125, &["attach", "catter"]);
    assert!(r.stderr.contains("running"), "{r}");
    env.ok(&["rm", "-f", "shell", "catter"]);
}

#[test]
fn run_it_has_the_terminal_size_from_the_start_and_warns_without_a_terminal() {
    let Some(reg) = util::registry() else { return };
    if !have_script() {
        return;
    }
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let g = util::gorae_bin().display().to_string();
    // stty runs at once: the size must be there before the command starts, not relayed after.
    let (code, out) = in_pty(
        &env,
        "",
        &format!("stty rows 31 cols 36; {g} run --rm -it {image} stty size"),
    );
    assert_eq!((code, out.trim()), (0, "31 36"), "{out}");
    // -it with stdin that is no terminal: podman's warning, and the command still runs.
    let r = env.run(&["run", "--rm", "-it", &image, "echo", "hello"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("The input device is not a TTY"), "{r}");
    assert!(r.stdout.contains("hello"), "{r}");
}
