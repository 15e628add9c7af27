//! The monitor of a detached container (`gorae __monitor ID FD`): launches the container,
//! reports the outcome to the starting command over FD, copies the container's output into its
//! log, forwards signals, reaps the exit status, records it, and removes the container for
//! `--rm`. No tokio, no threads: one `poll` loop.

use std::io::Write;
use std::os::fd::{AsFd, OwnedFd};

use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::signal::{SigmaskHow, Signal, kill};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::unistd::Pid;

use super::Engine;
use super::Error;
use super::lifecycle::MonitorReport;
use super::logs::{LogWriter, Stream};
use super::run::prepare;
use crate::process::container::{self, ChildFailure, ContainerError, Launch};
use crate::store::containers::ContainerState;
use crate::store::now_rfc3339;
use crate::sys::procfs::start_time as process_start;

pub fn main(id: &str, report_fd: i32) -> i32 {
    let report = match crate::sys::take_inherited_fd(report_fd) {
        Ok(fd) => fd,
        Err(_) => return 125,
    };
    match supervise(id, Some(report), None) {
        Ok(()) => 0,
        Err(_) => 125,
    }
}

/// `gorae __monitor-resume ID CODE RESTARTS`: the keeper saw the container exit with CODE and
/// drained its output; what follows (the record, a restart) is gorae's.
pub fn resume(id: &str, code: i32, restarts: u32) -> i32 {
    // First what the keeper leaves to gorae, before anything that can fail: the network helper
    // (and its published ports) and the attach socket.
    if let Ok(engine) = Engine::open_inherited() {
        crate::net::stop_helpers(&engine.store.container_dir(id).join("userdata"));
        let _ = std::fs::remove_file(super::attach::socket_path(&engine.paths.runtime, id));
    }
    match supervise(id, None, Some((code, restarts))) {
        Ok(()) => 0,
        Err(_) => 125,
    }
}

/// The monitor has no terminal and nobody waits on it: what it could not do goes to the
/// container's `userdata/monitor.err` (shown by `inspect` and `ps`), to the event log, and to
/// its stderr for `--log-level`.
fn noted(engine: &Engine, id: &str, what: &str) {
    crate::log::warn(format_args!("container {id}: {what}"));
    let _ = engine.store.note_monitor_error(id, what);
    engine.store.event("container", "monitor-error", id, "", "");
}

fn send(report: OwnedFd, msg: &MonitorReport) {
    let mut f = std::fs::File::from(report);
    let _ = f.write_all(&serde_json::to_vec(msg).unwrap_or_default());
}

fn supervise(id: &str, report: Option<OwnedFd>, resumed: Option<(i32, u32)>) -> Result<(), Error> {
    let engine = Engine::open_inherited()?;
    let store = &engine.store;
    let rec = store.container(id)?;
    if resumed.is_none() {
        store.clear_monitor_errors(id);
    }
    let cfg = super::run::LaunchConfig::of(&rec)?;
    let policy = RestartPolicy::parse(&cfg.restart).unwrap_or(RestartPolicy::No);
    let set = container::wait_set();
    let sfd = set
        .thread_swap_mask(SigmaskHow::SIG_BLOCK)
        .ok()
        .and_then(|_| {
            SignalFd::with_flags(&set, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK).ok()
        });
    let mut report = report;
    let Some(sfd) = sfd else {
        let f = ChildFailure::Setup("setting up signal handling".into());
        return finish(
            &engine,
            &rec,
            i32::from(f.exit_code()),
            report.take().map(|r| (r, f)),
        );
    };
    let mut restarts = resumed.map_or(0, |(_, n)| n);
    let mut ended = resumed.map(|(code, _)| code);
    loop {
        let run = match ended.take() {
            Some(code) => Ok(code),
            None => run_once(&engine, &rec, cfg.tty, &sfd, &mut report, restarts),
        };
        let code = match run {
            Ok(code) => code,
            Err(f) => match report.take() {
                // The first start failed: tell the starting command, as podman does.
                Some(r) => return finish(&engine, &rec, i32::from(f.exit_code()), Some((r, f))),
                None => i32::from(f.exit_code()),
            },
        };
        // `stop` and `rm -f` mark the container first; a container that is gone stays gone.
        let stopped = store
            .container(id)
            .map(|c| c.state == ContainerState::Stopping)
            .unwrap_or(true);
        if stopped || !policy.should_restart(code, restarts) {
            return finish(&engine, &rec, code, None);
        }
        restarts += 1;
        let saved = store.update_container(id, |c| {
            c.restart_count = restarts;
            c.exit_code = Some(code);
        });
        if let Err(e) = saved {
            noted(
                &engine,
                id,
                &format!("recording restart {restarts} (exit code {code}): {e}"),
            );
        }
        // Back off: 100 ms, doubling, at most 5 s, so a crash loop doesn't spin.
        let delay = std::time::Duration::from_millis(100u64 << restarts.min(6))
            .min(std::time::Duration::from_secs(5));
        std::thread::sleep(delay);
    }
}

/// Records the end (or removes the container for `--rm`); reports a failed first start.
fn finish_event(engine: &Engine, rec: &crate::store::containers::ContainerRecord, code: i32) {
    super::events::container(&engine.store, "died", rec, Some(code));
    if rec.auto_remove {
        super::events::container(&engine.store, "remove", rec, None);
    }
}

fn finish(
    engine: &Engine,
    rec: &crate::store::containers::ContainerRecord,
    code: i32,
    failed: Option<(OwnedFd, ChildFailure)>,
) -> Result<(), Error> {
    let store = &engine.store;
    if let Some(leaf) = &rec.cgroup {
        crate::process::cgroup::remove(std::path::Path::new(leaf));
    }
    finish_event(engine, rec, code);
    if rec.auto_remove {
        // `wait` (and a `stop` racing with the removal) still learn how it ended.
        super::lifecycle::note_removed_exit(engine, &rec.id, code);
        let removed = engine
            .owner()
            .map_err(Error::from)
            .and_then(|o| Ok(store.delete_container(o, &rec.id)?));
        if let Err(e) = removed {
            noted(
                engine,
                &rec.id,
                &format!("removing the --rm container (exit code {code}): {e}"),
            );
        }
        super::lifecycle::remove_anonymous_volumes(engine, rec);
    } else {
        let saved = store.update_container(&rec.id, |c| {
            c.state = ContainerState::Exited;
            c.exit_code = Some(code);
            c.finished_at = Some(now_rfc3339());
            c.pid = None;
        });
        if let Err(e) = saved {
            noted(
                engine,
                &rec.id,
                &format!("recording the exit (exit code {code}): {e}"),
            );
        }
    }
    engine.after_member_exit(rec);
    if let Some((report, f)) = failed {
        send(report, &MonitorReport::Failed(f));
    }
    Ok(())
}

/// One run of the container: launch, report the first start, copy output to the log until it
/// exits. Returns the exit status.
fn run_once(
    engine: &Engine,
    rec: &crate::store::containers::ContainerRecord,
    tty: bool,
    sfd: &SignalFd,
    report: &mut Option<OwnedFd>,
    restarts: u32,
) -> Result<i32, ChildFailure> {
    let id = rec.id.as_str();
    let launch = prepare(engine, rec).map_err(|e| ChildFailure::Setup(e.to_string()))?;
    let cfg = super::run::LaunchConfig::of(rec).ok();
    let log_file = open_container_log(engine, id, cfg.as_ref())?;
    let ((out_r, out_w), (err_r, err_w)) = log_pipes()?;
    let console = if tty {
        crate::process::console::socket_pair().ok()
    } else {
        None
    };
    // With -i and no terminal, `attach` feeds this pipe.
    let stdin_pipe = if !tty && launch.interactive {
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).ok()
    } else {
        None
    };
    let child = spawn_child(
        &launch,
        &console,
        &out_w,
        &err_w,
        stdin_pipe.as_ref().map(|(r, _)| r),
    )?;
    drop(out_w);
    drop(err_w);
    if let Some(secs) = cfg.as_ref().and_then(|c| c.settings.timeout) {
        super::run::watch_timeout(id, child.as_raw(), secs);
    }
    let mut stdin_w = stdin_pipe.map(|(_, w)| w);
    let mut server =
        super::attach::Server::bind(super::attach::socket_path(&engine.paths.runtime, id));
    let mut out_r = out_r;
    take_terminal(console, &mut out_r);
    record_start(engine, rec, child, restarts, report);
    // Health checks: gorae re-executed as `healthcheck run ID` every interval, one at a time.
    let health_every = cfg
        .and_then(|c| c.health)
        .filter(|h| h.interval_ms > 0)
        .map(|h| std::time::Duration::from_millis(h.interval_ms));
    // From here on the keeper does the same in a fraction of the memory. A container that
    // shares a pod's PID namespace stays here: its end needs this process's record of it.
    if launch.join_pid.is_none() && super::keeper::available() {
        let why = super::keeper::exec(&super::keeper::Handoff {
            id,
            child: child.as_raw(),
            tty,
            signals: sfd.as_fd(),
            stdout: Some(out_r.as_fd()),
            stderr: Some(err_r.as_fd()),
            stdin: stdin_w.as_ref().map(|f| f.as_fd()),
            listener: server.as_ref().map(|s| s.listener.as_fd()),
            log: log_file.as_ref().map(|f| f.as_fd()),
            hold: crate::net::slirp::exit_fd(),
            health_ms: health_every.map_or(0, |d| d.as_millis() as u64),
            restarts,
        });
        crate::log::info(format_args!("monitoring {id} in gorae: {why}"));
    }
    let mut log = log_file.map(LogWriter::new);
    let mut open = [Some(out_r), Some(err_r)];
    let mut next_check = health_every.map(|d| std::time::Instant::now() + d);
    let mut checking: Option<std::process::Child> = None;
    let code = loop {
        tend_health(&mut checking, &mut next_check, health_every, id);
        let Some(ready) = wait_ready(sfd, &open, &server, poll_timeout(next_check)) else {
            continue;
        };
        copy_ready(&ready, &mut open, &mut log, &mut server);
        if let Some(srv) = server.as_mut() {
            serve_clients(srv, &ready, tty, &open, &mut stdin_w);
        }
        if ready.slots[0]
            && let Some(code) = take_signals(sfd, child)
        {
            break code;
        }
    };
    if let Some(mut c) = checking {
        let _ = c.kill();
        let _ = c.wait();
    }
    stop_network(&launch);
    // What the container wrote just before exiting is still in the pipes.
    drain(&mut open, &mut log, &mut server);
    if let Some(l) = log.as_mut() {
        let _ = l.flush();
    }
    Ok(code)
}

/// The container's log file, or None for `--log-driver none`.
fn open_container_log(
    engine: &Engine,
    id: &str,
    cfg: Option<&super::run::LaunchConfig>,
) -> Result<Option<std::fs::File>, ChildFailure> {
    // `--log-driver none`: the pipes are still drained, and the output dropped. A log that
    // can't be opened fails the start: output must never be dropped silently.
    let logged = cfg.is_none_or(|l| l.log_driver.is_none());
    let log_file =
        if logged {
            let path = cfg.map_or_else(
                || engine.store.log_path(id),
                |c| c.log_path(&engine.store, id),
            );
            Some(super::logs::open_log(&path).map_err(|e| {
                ChildFailure::Setup(format!("opening the log {}: {e}", path.display()))
            })?)
        } else {
            None
        };
    Ok(log_file)
}

/// A pipe's read and write ends.
type Pipe = (OwnedFd, OwnedFd);

/// The stdout and stderr pipes.
fn log_pipes() -> Result<(Pipe, Pipe), ChildFailure> {
    // Only the monitor's end is non-blocking: a container whose output outruns the monitor
    // (say, while a slow `attach` client is served) must wait, not fail its writes with EAGAIN.
    let pipe = || {
        let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
        nix::fcntl::fcntl(
            &r,
            nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
        )?;
        Ok::<_, nix::Error>((r, w))
    };
    match (pipe(), pipe()) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        _ => Err(ChildFailure::Setup("creating log pipes".into())),
    }
}

/// Starts the container on the terminal's socket or on the log pipes.
fn spawn_child(
    launch: &Launch,
    console: &Option<(OwnedFd, OwnedFd)>,
    out_w: &OwnedFd,
    err_w: &OwnedFd,
    stdin: Option<&OwnedFd>,
) -> Result<Pid, ChildFailure> {
    let stdio = match console {
        Some((_, theirs)) => container::Stdio::Tty(theirs),
        None => container::Stdio::Pipes {
            stdout: out_w,
            stderr: err_w,
            stdin,
        },
    };
    match container::spawn(launch, stdio) {
        Ok(pid) => Ok(pid),
        Err(e) => {
            // pasta may have been started for a child that then failed.
            stop_network(launch);
            Err(match e {
                ContainerError::Child(f) => f,
                ContainerError::Launch(e) => ChildFailure::Setup(e.to_string()),
            })
        }
    }
}

/// Stops the container's network helpers (pasta).
fn stop_network(launch: &Launch) {
    crate::net::stop_helpers(
        launch
            .pasta_pidfile
            .parent()
            .unwrap_or(std::path::Path::new("/")),
    );
}

/// With a terminal, everything comes through the pty master: log it as stdout.
fn take_terminal(console: Option<(OwnedFd, OwnedFd)>, out_r: &mut OwnedFd) {
    if let Some((ours, theirs)) = console {
        drop(theirs);
        if let Ok(Some(master)) = crate::process::console::receive_master(&ours) {
            let _ = nix::fcntl::fcntl(
                &master,
                nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
            );
            *out_r = master;
        }
    }
}

/// Records the container as running, and reports the first start to the starting command.
fn record_start(
    engine: &Engine,
    rec: &crate::store::containers::ContainerRecord,
    child: Pid,
    restarts: u32,
    report: &mut Option<OwnedFd>,
) {
    let store = &engine.store;
    let id = rec.id.as_str();
    let me = std::process::id() as i32;
    let saved = store.update_container(id, |c| {
        c.state = ContainerState::Running;
        c.pid = Some(child.as_raw());
        c.monitor_pid = Some(me);
        c.monitor_start = process_start(me);
        c.started_at = Some(now_rfc3339());
        c.finished_at = None;
        c.exit_code = None;
        c.restart_count = restarts;
    });
    if let Err(e) = saved {
        noted(engine, id, &format!("recording the start: {e}"));
    }
    super::events::container(store, "start", rec, None);
    if let Some(r) = report.take() {
        send(
            r,
            &MonitorReport::Started {
                pid: child.as_raw(),
            },
        );
        // Start-up touched far more code than the loop below needs; let it go.
        crate::sys::shed_clean_pages();
    }
}

/// Lets go of a finished health check, and starts the next one when it is due (unless the last
/// one is still running).
fn tend_health(
    checking: &mut Option<std::process::Child>,
    next_check: &mut Option<std::time::Instant>,
    health_every: Option<std::time::Duration>,
    id: &str,
) {
    if let Some(c) = checking.as_mut()
        && !matches!(c.try_wait(), Ok(None))
    {
        *checking = None;
    }
    if let (Some(due), Some(every)) = (*next_check, health_every)
        && std::time::Instant::now() >= due
    {
        if checking.is_none() {
            *checking = std::process::Command::new("/proc/self/exe")
                .args(["healthcheck", "run", id])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .ok();
        }
        *next_check = Some(std::time::Instant::now() + every);
    }
}

/// How long to wait: until the next health check (at most a minute), or for ever.
fn poll_timeout(next_check: Option<std::time::Instant>) -> PollTimeout {
    match next_check {
        Some(due) => {
            let ms = due
                .saturating_duration_since(std::time::Instant::now())
                .as_millis()
                .min(60_000);
            PollTimeout::try_from(ms as i32).unwrap_or(PollTimeout::ZERO)
        }
        None => PollTimeout::NONE,
    }
}

/// What one `poll` found: slot 0 is the signalfd, then one slot per stream in `streams`, then
/// (at `listener_slot`) the attach socket followed by its clients.
struct Ready {
    slots: Vec<bool>,
    streams: Vec<usize>,
    listener_slot: usize,
}

/// Waits for a signal, output, or an attach client. None if `poll` failed.
fn wait_ready(
    sfd: &SignalFd,
    open: &[Option<OwnedFd>; 2],
    server: &Option<super::attach::Server>,
    timeout: PollTimeout,
) -> Option<Ready> {
    let mut fds = vec![PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
    let streams: Vec<usize> = (0..2).filter(|i| open[*i].is_some()).collect();
    for i in &streams {
        fds.push(PollFd::new(
            open[*i].as_ref().expect("filtered").as_fd(),
            PollFlags::POLLIN,
        ));
    }
    let listener_slot = fds.len();
    if let Some(srv) = server {
        fds.push(PollFd::new(srv.listener.as_fd(), PollFlags::POLLIN));
        for (c, _) in &srv.clients {
            fds.push(PollFd::new(c.as_fd(), PollFlags::POLLIN));
        }
    }
    if poll(&mut fds, timeout).is_err() {
        return None;
    }
    let slots: Vec<bool> = fds
        .iter()
        .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
        .collect();
    drop(fds);
    Some(Ready {
        slots,
        streams,
        listener_slot,
    })
}

/// Copies the output of the streams that are ready; closes those at their end.
fn copy_ready(
    ready: &Ready,
    open: &mut [Option<OwnedFd>; 2],
    log: &mut Option<LogWriter>,
    server: &mut Option<super::attach::Server>,
) {
    for (slot, i) in ready.streams.iter().enumerate() {
        if ready.slots[slot + 1]
            && let Copied::Eof = copy_out(&open[*i], *i, log, server)
        {
            open[*i] = None;
        }
    }
}

/// Feeds what attach clients sent to the container, drops those that left, accepts new ones.
fn serve_clients(
    srv: &mut super::attach::Server,
    ready: &Ready,
    tty: bool,
    open: &[Option<OwnedFd>; 2],
    stdin_w: &mut Option<OwnedFd>,
) {
    let client_ready: Vec<bool> = ready
        .slots
        .get(ready.listener_slot + 1..)
        .map(<[bool]>::to_vec)
        .unwrap_or_default();
    for (ci, r) in client_ready.iter().enumerate().rev() {
        if !*r || ci >= srv.clients.len() {
            continue;
        }
        match srv.read_client(ci) {
            Some(frames) => {
                let master = if tty { open[0].as_ref() } else { None };
                for (kind, data) in frames {
                    super::attach::apply_input(kind, &data, master, stdin_w);
                }
            }
            None => {
                srv.clients.remove(ci);
            }
        }
    }
    if ready
        .slots
        .get(ready.listener_slot)
        .copied()
        .unwrap_or(false)
    {
        srv.accept();
    }
}

/// Reads the pending signals: forwards them to the container, and reaps it on SIGCHLD.
/// Returns its exit status once it exited.
fn take_signals(sfd: &SignalFd, child: Pid) -> Option<i32> {
    let mut exited = None;
    while let Ok(Some(info)) = sfd.read_signal() {
        let sig = Signal::try_from(info.ssi_signo as i32).ok();
        match sig {
            Some(Signal::SIGCHLD) => exited = exited.or_else(|| container::reap(child)),
            Some(s) => {
                let _ = kill(child, s);
            }
            None => {}
        }
    }
    exited
}

/// `--restart`: podman's policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestartPolicy {
    No,
    Always,
    UnlessStopped,
    OnFailure(Option<u32>),
}

impl RestartPolicy {
    pub fn parse(s: &str) -> Result<RestartPolicy, Error> {
        match s.split_once(':') {
            None => match s {
                "" | "no" => Ok(RestartPolicy::No),
                "always" => Ok(RestartPolicy::Always),
                "unless-stopped" => Ok(RestartPolicy::UnlessStopped),
                "on-failure" => Ok(RestartPolicy::OnFailure(None)),
                other => Err(Error::Invalid(format!(
                    "invalid restart policy {other:?}: want no, always, unless-stopped or on-failure[:N]"
                ))),
            },
            Some(("on-failure", n)) => n
                .parse()
                .map(|n| RestartPolicy::OnFailure(Some(n)))
                .map_err(|_| {
                    Error::Invalid(format!(
                        "invalid restart policy {s:?}: the retry count must be a number"
                    ))
                }),
            Some(_) => Err(Error::Invalid(format!(
                "invalid restart policy {s:?}: only on-failure takes a retry count"
            ))),
        }
    }

    fn should_restart(self, code: i32, restarts: u32) -> bool {
        match self {
            RestartPolicy::No => false,
            RestartPolicy::Always | RestartPolicy::UnlessStopped => true,
            RestartPolicy::OnFailure(max) => code != 0 && max.is_none_or(|m| restarts < m),
        }
    }
}

enum Copied {
    Data,
    Again,
    Eof,
}

/// Moves what is available from one pipe into the log.
fn copy_out(
    pipe: &Option<OwnedFd>,
    idx: usize,
    log: &mut Option<LogWriter>,
    server: &mut Option<super::attach::Server>,
) -> Copied {
    let Some(fd) = pipe.as_ref() else {
        return Copied::Eof;
    };
    let mut buf = [0u8; 64 * 1024];
    match nix::unistd::read(fd, &mut buf) {
        Ok(0) => Copied::Eof,
        Ok(n) => {
            if let Some(l) = log.as_mut() {
                let stream = if idx == 0 {
                    Stream::Stdout
                } else {
                    Stream::Stderr
                };
                let _ = l.write(stream, &buf[..n]);
            }
            if let Some(srv) = server.as_mut() {
                let kind = if idx == 0 {
                    super::attach::STDOUT
                } else {
                    super::attach::STDERR
                };
                srv.broadcast(kind, &buf[..n]);
            }
            Copied::Data
        }
        Err(nix::Error::EAGAIN) | Err(nix::Error::EINTR) => Copied::Again,
        Err(_) => Copied::Eof,
    }
}

/// After the exit: copies what is left, waiting briefly for processes that the end of the PID
/// namespace is still killing to let go of the pipes.
fn drain(
    open: &mut [Option<OwnedFd>; 2],
    log: &mut Option<LogWriter>,
    server: &mut Option<super::attach::Server>,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(500);
    for (i, slot) in open.iter_mut().enumerate() {
        loop {
            match copy_out(slot, i, log, server) {
                Copied::Data => continue,
                Copied::Eof => break,
                Copied::Again => {
                    let Some(fd) = slot.as_ref() else { break };
                    let left = deadline.saturating_duration_since(std::time::Instant::now());
                    let mut fds = [PollFd::new(fd.as_fd(), PollFlags::POLLIN)];
                    let ms = u16::try_from(left.as_millis()).unwrap_or(u16::MAX);
                    if ms == 0 || !matches!(poll(&mut fds, PollTimeout::from(ms)), Ok(n) if n > 0) {
                        break;
                    }
                }
            }
        }
        *slot = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restart_policies_parse_and_decide() {
        assert_eq!(
            RestartPolicy::parse("on-failure:3").unwrap(),
            RestartPolicy::OnFailure(Some(3))
        );
        assert!(RestartPolicy::parse("sometimes").is_err());
        assert!(RestartPolicy::parse("always:2").is_err());
        let p = RestartPolicy::OnFailure(Some(2));
        assert!(p.should_restart(1, 0) && p.should_restart(1, 1) && !p.should_restart(1, 2));
        assert!(!p.should_restart(0, 0));
        assert!(RestartPolicy::Always.should_restart(0, 100));
        assert!(!RestartPolicy::No.should_restart(1, 0));
    }
}
