//! A small fixture kit: an isolated gorae environment per test and a command runner.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn gorae_bin() -> PathBuf {
    std::env::var_os("GORAE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_gorae")))
}

/// A part of the test bed is missing: the test fails, unless `GORAE_TEST_ALLOW_SKIP=1` says
/// skipping is fine, and then it says loudly that it did not run.
pub fn missing_bed(what: &str) {
    if std::env::var_os("GORAE_TEST_ALLOW_SKIP").is_some_and(|v| v == "1") {
        eprintln!(
            "\n*** SKIPPED (GORAE_TEST_ALLOW_SKIP=1): {what}, so this test did not run. \
             scripts/test.sh (as root) sets up the whole test bed. ***\n"
        );
    } else {
        panic!(
            "the test bed is missing: {what}. scripts/test.sh (as root) sets it up; \
             GORAE_TEST_ALLOW_SKIP=1 skips such tests instead"
        );
    }
}

/// The plain-HTTP test registry; `None` only when skipping is allowed (see [`missing_bed`]).
pub fn registry() -> Option<String> {
    match std::env::var("GORAE_TEST_REGISTRY") {
        Ok(r) if !r.is_empty() => Some(r),
        _ => {
            missing_bed("GORAE_TEST_REGISTRY (the local test registry) is not set");
            None
        }
    }
}

/// The basic-auth registry (user gorae, password secret).
pub fn auth_registry() -> String {
    std::env::var("GORAE_TEST_AUTH_REGISTRY").unwrap_or_else(|_| "127.0.0.1:5001".into())
}

pub fn debian_available() -> bool {
    if std::env::var_os("GORAE_TEST_NO_DEBIAN").is_some() {
        eprintln!(
            "\n*** SKIPPED: GORAE_TEST_NO_DEBIAN is set, the Debian image test did not run ***\n"
        );
        return false;
    }
    true
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// An isolated home: its own XDG data, config and runtime dirs, removed on drop.
pub struct Env {
    pub base: PathBuf,
    pub extra_env: Vec<(String, String)>,
    /// Another gorae binary to run (a user-owned copy, say).
    pub bin: Option<PathBuf>,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// How many `Error:` lines stderr holds; a failure should print exactly one.
    pub fn error_lines(&self) -> usize {
        self.stderr
            .lines()
            .filter(|l| l.starts_with("Error:"))
            .count()
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

impl Env {
    pub fn new() -> Env {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let base = std::env::temp_dir().join(format!("gorae-it-{}-{n}", std::process::id()));
        for sub in ["data", "config", "runtime", "home"] {
            std::fs::create_dir_all(base.join(sub)).unwrap();
        }
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(base.join("runtime"), std::fs::Permissions::from_mode(0o700))
            .unwrap();
        Env {
            base,
            extra_env: Vec::new(),
            bin: None,
        }
    }

    pub fn data(&self) -> PathBuf {
        self.base.join("data")
    }
    pub fn config(&self) -> PathBuf {
        self.base.join("config")
    }
    pub fn runtime(&self) -> PathBuf {
        self.base.join("runtime")
    }
    pub fn store(&self) -> PathBuf {
        self.data().join("gorae")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(self.bin.clone().unwrap_or_else(gorae_bin));
        c.args(args)
            .env_clear()
            .env(
                "PATH",
                std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into()),
            )
            .env("HOME", self.base.join("home"))
            .env("XDG_DATA_HOME", self.data())
            .env("XDG_CONFIG_HOME", self.config())
            .env("XDG_RUNTIME_DIR", self.runtime())
            .stdin(Stdio::null());
        for (k, v) in &self.extra_env {
            c.env(k, v);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out: Output = self.command(args).output().expect("running gorae");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs and asserts exit status `code`, like podman's `run_podman <code> …`.
    pub fn expect(&self, code: i32, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, code, "gorae {}\n{r}", args.join(" "));
        r
    }

    /// Runs `args` until it exits 0 (a server in a container may not listen yet), for up to
    /// ten seconds; returns the last run.
    pub fn run_until_ok(&self, args: &[&str]) -> Run {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let r = self.run(args);
            if r.code == 0 || std::time::Instant::now() > deadline {
                return r;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    pub fn ok(&self, args: &[&str]) -> String {
        self.expect(0, args).stdout
    }

    /// Spawns gorae with stdout piped and waits until the container prints `ready\n`.
    pub fn spawn_ready(&self, args: &[&str]) -> std::process::Child {
        let mut child = self.command(args).stdout(Stdio::piped()).spawn().unwrap();
        let mut buf = [0u8; 6];
        std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut buf).unwrap();
        assert_eq!(&buf, b"ready\n");
        child
    }

    /// Pulls `name` from the test registry and returns the full reference.
    pub fn pull(&self, registry: &str, name: &str) -> String {
        let r = format!("{registry}/{name}");
        self.ok(&["pull", "-q", "--tls-verify=false", &r]);
        r
    }

    /// SIGKILLs the monitor of container `name`, as an OOM killer or `kill -9` would.
    pub fn kill_monitor(&self, name: &str) {
        let id = self
            .ok(&["inspect", "--format", "{{.Id}}", name])
            .trim()
            .to_string();
        let record: serde_json::Value = serde_json::from_slice(
            &std::fs::read(
                self.store()
                    .join("containers")
                    .join(id)
                    .join("container.json"),
            )
            .unwrap(),
        )
        .unwrap();
        let monitor = record["monitor_pid"]
            .as_i64()
            .expect("a running container has a monitor");
        let status = Command::new("kill")
            .args(["-KILL", &monitor.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Names in a store directory, ignoring our lock files.
    pub fn entries(&self, sub: &str) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.store().join(sub))
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        // A failed test may leave containers running: their monitors go first.
        let _ = self.command(&["rm", "-f", "-a"]).output();
        // Store files belong to subordinate IDs: remove them from inside the user namespace.
        let _ = self
            .command(&[
                "unshare",
                "rm",
                "-rf",
                self.base.to_str().unwrap_or("/nonexistent"),
            ])
            .output();
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

pub fn write(path: &Path, text: &str) {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

pub fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// The real UID running the tests (0 when CI runs the root subset).
pub fn my_uid() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// Rootless podman with its own storage (vfs) under this environment, for the interoperability
/// tests; `None` only when skipping is allowed (see [`missing_bed`]).
pub fn podman(env: &Env) -> Option<Podman> {
    let found = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .any(|d| d.join("podman").is_file());
    if !found {
        missing_bed("podman is not installed (tests/setup/install.sh installs it)");
        return None;
    }
    Some(Podman {
        root: env.base.join("podman-root"),
        runroot: env.runtime().join("podman-run"),
        runtime: env.runtime(),
        home: env.base.join("home"),
    })
}

pub struct Podman {
    root: PathBuf,
    runroot: PathBuf,
    runtime: PathBuf,
    home: PathBuf,
}

impl Podman {
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new("podman")
            .args(["--root"])
            .arg(&self.root)
            .arg("--runroot")
            .arg(&self.runroot)
            // crun (which Debian's podman prefers when both are installed) refuses these
            // hosts' hybrid cgroup layout; runc works (shared/MACHINE.md).
            .args([
                "--runtime",
                "runc",
                "--storage-driver",
                "vfs",
                "--cgroup-manager",
                "cgroupfs",
                "--events-backend",
                "file",
            ])
            .args(args)
            .env_clear()
            .env(
                "PATH",
                std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into()),
            )
            .env("HOME", &self.home)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .stdin(Stdio::null())
            .output()
            .expect("running podman");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "podman {}\n{r}", args.join(" "));
        r.stdout
    }
}

impl Drop for Podman {
    /// podman leaves its pause process (holding its user namespace) and vfs files owned by
    /// subordinate IDs behind: both go.
    fn drop(&mut self) {
        let _ = Command::new("podman")
            .arg("--root")
            .arg(&self.root)
            .arg("--runroot")
            .arg(&self.runroot)
            .args(["--storage-driver", "vfs", "unshare", "rm", "-rf"])
            .arg(&self.root)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env("HOME", &self.home)
            .output();
        if let Ok(pid) = std::fs::read_to_string(self.runtime.join("libpod/tmp/pause.pid")) {
            let _ = Command::new("kill").args(["-KILL", pid.trim()]).status();
        }
    }
}

/// A TCP port free on 127.0.0.1 right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
