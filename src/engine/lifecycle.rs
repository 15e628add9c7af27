//! Detached containers and their lifecycle: start (through a monitor), stop, kill, wait, remove.
//!
//! A detached container is supervised by a monitor: this binary re-executed as
//! `gorae __monitor ID FD` (no tokio, small RSS), in the user namespace of the command that
//! started it. Later commands reach the container's processes by joining that namespace from a
//! short-lived child (`in_container_ns`), since each gorae command otherwise gets a namespace of
//! its own.

use std::ffi::CString;
use std::io::Read;
use std::os::fd::{AsFd, AsRawFd};
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;
use nix::sys::wait::{WaitStatus, waitpid};
use serde::{Deserialize, Serialize};

use super::Engine;
use super::Error;
use super::run::LaunchConfig;
use crate::process::container::ChildFailure;
use crate::process::userns;
use crate::runtime::signals::Sig;
use crate::store::containers::{ContainerRecord, ContainerState};
use crate::store::now_rfc3339;
use crate::sys::{self, Forked};

/// What the monitor tells the command that started it, over an inherited pipe.
#[derive(Debug, Serialize, Deserialize)]
pub enum MonitorReport {
    Started { pid: i32 },
    Failed(ChildFailure),
}

use crate::sys::procfs::start_time as process_start;

pub fn monitor_alive(rec: &ContainerRecord) -> bool {
    match (rec.monitor_pid, rec.monitor_start) {
        (Some(pid), Some(start)) => process_start(pid) == Some(start),
        _ => false,
    }
}

pub fn is_running(rec: &ContainerRecord) -> bool {
    matches!(
        rec.state,
        ContainerState::Running | ContainerState::Stopping | ContainerState::Paused
    ) && monitor_alive(rec)
}

impl Engine {
    /// A record whose monitor died without writing the exit (SIGKILL, OOM) is corrected here:
    /// the container died with it (its init has PDEATHSIG=SIGKILL).
    pub fn refresh(&self, rec: ContainerRecord) -> ContainerRecord {
        if !matches!(
            rec.state,
            ContainerState::Running | ContainerState::Stopping | ContainerState::Paused
        ) || monitor_alive(&rec)
        {
            return rec;
        }
        self.store
            .update_container(&rec.id, |c| {
                if matches!(
                    c.state,
                    ContainerState::Running | ContainerState::Stopping | ContainerState::Paused
                ) && !monitor_alive(c)
                {
                    c.state = ContainerState::Exited;
                    c.exit_code = c.exit_code.or(Some(137));
                    c.finished_at = Some(now_rfc3339());
                    c.pid = None;
                    // The monitor can't stop the network helper any more: do it here.
                    crate::net::stop_helpers(&self.store.container_dir(&c.id).join("userdata"));
                    if let Some(leaf) = &c.cgroup {
                        crate::process::cgroup::remove(std::path::Path::new(leaf));
                    }
                }
            })
            .unwrap_or(rec)
    }
}

/// Starts a created or exited container detached: forks the monitor and waits for its report.
/// `--requires`: the containers one needs, started first (those running are left alone).
/// No cycle can exist: a container can only require containers made before it.
pub fn start_required(engine: &Engine, cfg: &LaunchConfig) -> Result<(), Error> {
    for id in &cfg.settings.requires {
        let rec = engine.store.container(id).map_err(|_| {
            Error::InvalidState(format!(
                "container {id} this one requires (--requires) is gone"
            ))
        })?;
        if !is_running(&engine.refresh(rec)) {
            start(engine, id)?;
        }
    }
    Ok(())
}

pub fn start(engine: &Engine, id: &str) -> Result<i32, Error> {
    engine.claim_for_start(id)?;
    let rec = engine.refresh(engine.store.container(id)?);
    if is_running(&rec) {
        return Ok(rec.pid.unwrap_or(0));
    }
    // Placed here, so that what is not in force is said on this command's stderr (and
    // `--cgroups=split` moves this process, whose child the monitor is).
    let cfg = LaunchConfig::of(&rec)?;
    start_required(engine, &cfg)?;
    let placed = super::run::place_cgroup(engine, &rec, &cfg)?;
    let unplace = || {
        if let Some(leaf) = &placed.cgroup {
            crate::process::cgroup::remove(std::path::Path::new(leaf));
        }
    };
    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| {
        unplace();
        Error::Monitor(id.into(), e.to_string())
    })?;
    // `--preserve-fds N`: descriptors 3 to 3+N-1 go on to the container, so the report pipe
    // the monitor inherits must be above them (where gorae was given none, the monitor puts
    // /dev/null in their place before it opens anything: see `main`).
    let preserve = cfg.settings.attrs.preserve_fds;
    let report_w = if preserve > 0 {
        // The original is dropped here: the monitor's end of file is the report.
        rustix::io::fcntl_dupfd_cloexec(report_w, 3 + preserve as i32).map_err(|e| {
            unplace();
            Error::Monitor(id.into(), e.to_string())
        })?
    } else {
        report_w
    };
    let exe = CString::new("/proc/self/exe").expect("no NUL");
    let argv = [
        CString::new("gorae").expect("no NUL"),
        CString::new("__monitor").expect("no NUL"),
        CString::new(id).map_err(|_| Error::Invalid("bad container ID".into()))?,
        CString::new(report_w.as_raw_fd().to_string()).expect("digits"),
    ];
    // Without XDG_RUNTIME_DIR the monitor is told where the runtime state is: inside the user
    // namespace its UID (which names the fallback directory) is not the user's.
    let env: Vec<CString> = std::env::vars_os()
        .filter(|(k, _)| k != "GORAE_RUNTIME_DIR")
        .map(|(k, v)| {
            use std::os::unix::ffi::OsStrExt;
            [k.as_bytes(), b"=", v.as_bytes()].concat()
        })
        .chain((preserve > 0).then(|| format!("GORAE_PRESERVE_FDS={preserve}").into_bytes()))
        .chain(engine.paths.xdg_runtime.is_none().then(|| {
            use std::os::unix::ffi::OsStrExt;
            [
                b"GORAE_RUNTIME_DIR=",
                engine.paths.runtime.as_os_str().as_bytes(),
            ]
            .concat()
        }))
        .filter_map(|kv| CString::new(kv).ok())
        .collect();
    match sys::fork().map_err(|e| {
        unplace();
        Error::Monitor(id.into(), e.to_string())
    })? {
        Forked::Child => {
            // A session of its own: the monitor outlives this command and its terminal.
            let _ = nix::unistd::setsid();
            let _ = nix::fcntl::fcntl(
                report_w.as_fd(),
                nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()),
            );
            if let Ok(null) = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/null")
            {
                let _ = nix::unistd::dup2_stdin(&null);
                let _ = nix::unistd::dup2_stdout(&null);
                let _ = nix::unistd::dup2_stderr(&null);
            }
            let _ = nix::unistd::execve(&exe, &argv, &env);
            sys::exit_now(125);
        }
        Forked::Parent(monitor) => {
            drop(report_w);
            let mut buf = Vec::new();
            let _ = std::fs::File::from(report_r).read_to_end(&mut buf);
            match serde_json::from_slice::<MonitorReport>(&buf) {
                Ok(MonitorReport::Started { pid }) => {
                    if cfg.sdnotify == super::run::SdNotify::Healthy
                        && crate::process::sdnotify::socket().is_some()
                    {
                        wait_healthy(engine, id)?;
                    }
                    // For units that track the monitor by PID file (`generate systemd`).
                    let pidfile = engine.store.container_dir(id).join("userdata/monitor.pid");
                    if let Err(e) = crate::store::fsutil::write_atomic(
                        &pidfile,
                        monitor.as_raw().to_string().as_bytes(),
                    ) {
                        crate::log::warn(format_args!(
                            "writing {}: {e} (a unit's PIDFile= can't find the monitor)",
                            pidfile.display()
                        ));
                    }
                    super::run::started(&cfg, pid, monitor.as_raw(), true);
                    Ok(pid)
                }
                Ok(MonitorReport::Failed(f)) => {
                    let _ = waitpid(monitor, None);
                    Err(crate::process::container::ContainerError::Child(f).into())
                }
                Err(_) => {
                    let status = waitpid(monitor, None);
                    unplace();
                    Err(Error::Monitor(
                        id.into(),
                        format!("the monitor ended without a report ({status:?})"),
                    ))
                }
            }
        }
    }
}

/// `--sdnotify=healthy`: waits until the container's health check passed.
fn wait_healthy(engine: &Engine, id: &str) -> Result<(), Error> {
    loop {
        let rec = engine.refresh(engine.store.container(id)?);
        if !is_running(&rec) {
            return Err(Error::InvalidState(format!(
                "container {} ended before it was healthy",
                rec.name
            )));
        }
        let status = rec.health.as_ref().and_then(|h| h["Status"].as_str());
        if status == Some("healthy") {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs `action` in a child that joined the user namespace of the container's monitor, where it
/// may signal any of the container's processes. Returns the child's verdict.
fn in_container_ns(rec: &ContainerRecord, action: impl FnOnce() -> bool) -> Result<(), Error> {
    let monitor = rec
        .monitor_pid
        .ok_or_else(|| Error::InvalidState(format!("container {} has no monitor", rec.id)))?;
    match sys::fork().map_err(|e| Error::System(e.to_string()))? {
        Forked::Child => {
            let ok = userns::join(monitor).is_ok() && action();
            sys::exit_now(if ok { 0 } else { 1 });
        }
        Forked::Parent(child) => match waitpid(child, None) {
            Ok(WaitStatus::Exited(_, 0)) => Ok(()),
            _ => Err(Error::System(format!(
                "signalling container {}: permission denied or gone",
                rec.id
            ))),
        },
    }
}

/// Signals every one of `pids` from inside the container's user namespace.
pub fn signal_all(rec: &ContainerRecord, pids: &[i32], sig: Sig) -> Result<(), Error> {
    in_container_ns(rec, || {
        pids.iter().all(|p| {
            sys::kill_raw(*p, sig.0).is_ok()
                || !std::path::Path::new(&format!("/proc/{p}")).exists()
        })
    })
}

pub fn signal(rec: &ContainerRecord, sig: Sig) -> Result<(), Error> {
    if sig == Signal::SIGKILL.into()
        && let Some(leaf) = &rec.cgroup
    {
        // Every process in the container's cgroup, so that none escapes.
        crate::process::cgroup::kill(std::path::Path::new(leaf));
    }
    let Some(pid) = rec.pid else {
        return Err(Error::InvalidState(format!(
            "container {} has no process",
            rec.id
        )));
    };
    in_container_ns(rec, || sys::kill_raw(pid, sig.0).is_ok())
}

/// `kill -s SIG`: only running containers.
pub fn kill_container(engine: &Engine, id: &str, sig: Sig) -> Result<(), Error> {
    let rec = engine.refresh(engine.store.container(id)?);
    if !is_running(&rec) {
        return Err(Error::InvalidState(format!(
            "can only kill running containers. {} is in state {}: container state improper",
            rec.id,
            rec.state.as_str()
        )));
    }
    signal(&rec, sig)
}

/// Waits until the container's init has exited, up to `timeout`. True if it did.
fn wait_process_exit(pid: i32, timeout: Duration) -> bool {
    let Ok(fd) = rustix::process::pidfd_open(
        rustix::process::Pid::from_raw(pid).expect("positive pid"),
        rustix::process::PidfdFlags::empty(),
    ) else {
        return true; // already gone
    };
    // pidfds become readable when the process exits; poll takes at most ~32 s per call.
    let deadline = Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let ms = i32::try_from(left.as_millis().min(30_000)).unwrap_or(30_000);
        let mut fds = [nix::poll::PollFd::new(
            fd.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        let timeout = nix::poll::PollTimeout::try_from(ms).unwrap_or(nix::poll::PollTimeout::ZERO);
        match nix::poll::poll(&mut fds, timeout) {
            Ok(n) if n > 0 => return true,
            Err(nix::Error::EINTR) => continue,
            Err(_) => return true,
            Ok(_) if left.is_zero() => return false,
            Ok(_) => continue,
        }
    }
}

fn removed_exit_file(engine: &Engine, id: &str) -> std::path::PathBuf {
    engine.paths.runtime.join("exits").join(id)
}

/// A `--rm` container's exit code, kept (in the runtime directory, a tmpfs that goes at
/// reboot) after its record is gone.
pub fn note_removed_exit(engine: &Engine, id: &str, code: i32) {
    let path = removed_exit_file(engine, id);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = crate::store::fsutil::write_atomic(&path, code.to_string().as_bytes());
}

pub fn removed_exit(engine: &Engine, id: &str) -> Option<i32> {
    if !crate::store::is_hex64(id) {
        return None;
    }
    std::fs::read_to_string(removed_exit_file(engine, id))
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Waits for the monitor to record the exit (it reaps and writes right after the process ends).
fn wait_recorded(
    engine: &Engine,
    known: &ContainerRecord,
    timeout: Duration,
) -> Result<ContainerRecord, Error> {
    let id = known.id.as_str();
    let deadline = Instant::now() + timeout;
    let mut last = Some(known.clone());
    loop {
        let rec = match engine.store.container(id) {
            Ok(r) => engine.refresh(r),
            // A `--rm` container's monitor removed it once it ended: it has exited.
            Err(crate::store::StoreError::NoSuchContainer(_)) if known.auto_remove => {
                let mut gone = last.take().unwrap_or_else(|| known.clone());
                gone.state = ContainerState::Exited;
                gone.exit_code = removed_exit(engine, id);
                if gone.exit_code.is_none() {
                    return Err(Error::InvalidState(format!(
                        "container {} was removed (--rm) and its exit code is not known",
                        known.name
                    )));
                }
                return Ok(gone);
            }
            Err(e) => return Err(e.into()),
        };
        if !is_running(&rec) || Instant::now() > deadline {
            return Ok(rec);
        }
        last = Some(rec);
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// `stop`: the stop signal, then SIGKILL after `timeout` seconds (the container's own default
/// when `None`).
pub fn stop(engine: &Engine, id: &str, timeout: Option<u32>) -> Result<(), Error> {
    let rec = engine.refresh(engine.store.container(id)?);
    if !is_running(&rec) {
        return Ok(());
    }
    let cfg = LaunchConfig::of(&rec)?;
    let sig = crate::runtime::signals::parse(&cfg.stop_signal)
        .map_err(|e| Error::Invalid(e.to_string()))?;
    let secs = timeout.unwrap_or(cfg.stop_timeout);
    let pid = rec.pid.unwrap_or(0);
    engine.store.update_container(&rec.id, |c| {
        if c.state == ContainerState::Running {
            c.state = ContainerState::Stopping;
        }
    })?;
    if secs > 0 {
        signal(&rec, sig)?;
    }
    if rec.state == ContainerState::Paused {
        // A stopped (or frozen) process only acts on the stop signal once it runs again.
        match &rec.cgroup {
            Some(leaf) => {
                let _ = crate::process::cgroup::freeze(std::path::Path::new(leaf), false);
            }
            None => {
                let _ = signal(&rec, Signal::SIGCONT.into());
            }
        }
    }
    if secs == 0 || !wait_process_exit(pid, Duration::from_secs(u64::from(secs))) {
        if secs > 0 {
            crate::log::warn(format_args!(
                "StopSignal {} failed to stop container {} in {secs} seconds, resorting to SIGKILL",
                cfg.stop_signal, rec.name
            ));
        }
        let _ = signal(&rec, Signal::SIGKILL.into());
        wait_process_exit(pid, Duration::from_secs(10));
    }
    if let Err(e) = wait_recorded(engine, &rec, Duration::from_secs(10)) {
        // Removed meanwhile (`rm -f` raced with this stop): stopped all the same.
        if engine.store.container(&rec.id).is_ok() {
            return Err(e);
        }
    }
    wait_monitor_gone(&rec);
    Ok(())
}

/// Waits (up to 10 s) until the container's monitor has finished its clean-up and exited, so
/// that `stop` and `rm -f` return with nothing of the container left running. A systemd unit
/// whose main process is the monitor relies on it: systemd kills what is left once `ExecStop=`
/// returns.
fn wait_monitor_gone(rec: &ContainerRecord) {
    if let (Some(pid), Some(start)) = (rec.monitor_pid, rec.monitor_start)
        && pid != std::process::id() as i32
        && process_start(pid) == Some(start)
    {
        wait_process_exit(pid, Duration::from_secs(10));
    }
}

/// `wait`: blocks until the container has exited and returns its exit code.
pub fn wait(engine: &Engine, id: &str) -> Result<i32, Error> {
    let rec = engine.refresh(engine.store.container(id)?);
    if is_running(&rec)
        && let Some(pid) = rec.pid
    {
        while !wait_process_exit(pid, Duration::from_secs(3600)) {}
    }
    let rec = wait_recorded(engine, &rec, Duration::from_secs(10))?;
    Ok(rec.exit_code.unwrap_or(0))
}

/// First half of `rm`: checks the state and, with `force`, kills a running container and waits
/// for its exit. Runs before this process enters a user namespace of its own.
pub fn prepare_removal(engine: &Engine, id: &str, force: bool) -> Result<ContainerRecord, Error> {
    let rec = engine.refresh(engine.store.container(id)?);
    if is_running(&rec) {
        if !force {
            return Err(Error::InvalidState(format!(
                "cannot remove container {} as it is running - running or paused containers cannot be removed without force: container state improper",
                rec.id
            )));
        }
        // Marked first, so a restart policy doesn't bring it back.
        engine
            .store
            .update_container(&rec.id, |c| c.state = ContainerState::Stopping)?;
        let _ = signal(&rec, Signal::SIGKILL.into());
        if let Some(pid) = rec.pid {
            wait_process_exit(pid, Duration::from_secs(10));
        }
        let recorded = wait_recorded(engine, &rec, Duration::from_secs(10));
        wait_monitor_gone(&rec);
        return recorded;
    }
    Ok(rec)
}

/// Second half of `rm`: deletes the container's files, which belong to subordinate IDs and so
/// need a user namespace of our own (entered now, after any signalling).
pub fn finish_removal(engine: &Engine, rec: &ContainerRecord) -> Result<(), Error> {
    let owner = engine.ensure_userns()?;
    // The monitor stops the network helper right after it records the exit; this may be
    // sooner, and the helper's PID file goes with the container's files.
    crate::net::stop_helpers(&engine.store.container_dir(&rec.id).join("userdata"));
    if let Some(leaf) = &rec.cgroup {
        crate::process::cgroup::remove(std::path::Path::new(leaf));
    }
    match engine.store.delete_container(owner, &rec.id) {
        // A --rm monitor may have removed it already.
        Err(crate::store::StoreError::NoSuchContainer(_)) if rec.auto_remove => Ok(()),
        other => {
            other?;
            super::events::container(&engine.store, "remove", rec, None);
            Ok(())
        }
    }
}

/// `rm -v`, and `--rm`: the container's anonymous volumes go with it (named ones stay).
pub fn remove_anonymous_volumes(engine: &Engine, rec: &ContainerRecord) {
    let Ok(cfg) = LaunchConfig::of(rec) else {
        return;
    };
    for m in cfg.mounts.iter().filter(|m| m.anonymous) {
        if engine.volume_users(&m.source).is_ok_and(|u| u.is_empty())
            && let Ok(owner) = engine.owner()
        {
            let _ = engine.store.delete_volume(owner, &m.source);
        }
    }
}

/// `rm` of one container.
pub fn remove(engine: &Engine, id: &str, force: bool) -> Result<(), Error> {
    let rec = prepare_removal(engine, id, force)?;
    finish_removal(engine, &rec)
}
