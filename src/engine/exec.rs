//! `exec`: a new process in a running container's namespaces, with its environment, user and
//! working directory (podman's precedence: flags over the container's config).

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;

use nix::sched::CloneFlags;
use nix::sys::signal::{SigSet, SigmaskHow};
use nix::unistd::Pid;

use super::Engine;
use super::Error;
use super::lifecycle::is_running;
use super::run::LaunchConfig;
use crate::process::container::{self, ChildFailure, ContainerError};
use crate::process::userns;
use crate::store::containers::ContainerRecord;
use crate::sys::{self, Forked};

#[derive(Debug, Clone, Default)]
pub struct ExecOptions {
    pub command: Vec<String>,
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub detach: bool,
    pub interactive: bool,
    pub tty: bool,
    pub privileged: bool,
    /// Kill the process after this long (health checks); `None` waits.
    pub timeout: Option<std::time::Duration>,
    /// `--preserve-fds N`: descriptors 3 to 3+N-1 pass into the process.
    pub preserve_fds: u32,
}

/// Runs the command; returns its exit status (or 0 at once with `detach`).
pub fn exec(engine: &Engine, id: &str, opts: &ExecOptions) -> Result<i32, Error> {
    let rec = engine.refresh(engine.store.container(id)?);
    if !is_running(&rec) {
        return Err(Error::InvalidState(format!(
            "can only create exec sessions on running containers: container state improper ({} is {})",
            rec.name,
            rec.state.as_str()
        )));
    }
    let mut cfg = LaunchConfig::of(&rec)?;
    let userdata = engine.store.container_dir(&rec.id).join("userdata");
    let secret_env = crate::engine::secrets::env_of(&userdata, &cfg.settings.secrets)?;
    cfg.spec.env.extend(secret_env);
    let pid = rec
        .pid
        .ok_or_else(|| Error::System("running container without a process".into()))?;
    let namespaces = open_namespaces(&rec, pid)?;
    let cgroup_procs = open_cgroup_procs(&rec)?;
    join_namespaces(&rec, pid, namespaces)?;

    let mut env = exec_env(&cfg, opts);
    let workdir = opts.workdir.clone().unwrap_or(cfg.spec.workdir.clone());
    let hardening = exec_hardening(engine, &cfg, opts)?;
    let user = opts.user.clone().unwrap_or(cfg.spec.user.clone());

    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .map_err(|e| Error::System(e.to_string()))?;
    let set = container::wait_set();
    let old = set
        .thread_swap_mask(SigmaskHow::SIG_BLOCK)
        .map_err(|e| Error::System(format!("blocking signals: {e}")))?;
    let console = if opts.tty {
        Some(
            crate::process::console::socket_pair()
                .map_err(|e| Error::System(format!("creating the console socket: {e}")))?,
        )
    } else {
        None
    };
    if opts.tty && !env.iter().any(|e| e.starts_with("TERM=")) {
        env.push("TERM=xterm".into());
    }
    // The PID namespace applies to children only: the command runs in a forked child.
    let child = match sys::fork().map_err(|e| Error::System(e.to_string()))? {
        Forked::Child => {
            drop(report_r);
            run_child(
                opts,
                &env,
                &workdir,
                &user,
                &hardening,
                cgroup_procs.as_ref(),
                report_w,
            )
        }
        Forked::Parent(child) => child,
    };
    drop(report_w);
    let result = wait_child(child, report_r, console, opts, &set);
    let _ = old.thread_set_mask();
    result
}

/// Opens the container's namespaces that differ from ours.
fn open_namespaces(rec: &ContainerRecord, pid: i32) -> Result<Vec<(File, CloneFlags)>, Error> {
    // All namespace files are opened before any setns: entering the mount namespace changes
    // what /proc resolves to.
    let open = |ns: &str| std::fs::File::open(format!("/proc/{pid}/ns/{ns}"));
    let namespaces: Vec<(std::fs::File, CloneFlags)> = [
        ("ipc", CloneFlags::CLONE_NEWIPC),
        ("uts", CloneFlags::CLONE_NEWUTS),
        ("net", CloneFlags::CLONE_NEWNET),
        ("pid", CloneFlags::CLONE_NEWPID),
        ("mnt", CloneFlags::CLONE_NEWNS),
    ]
    .into_iter()
    // A container with a cgroup of its own has a cgroup namespace rooted there.
    .chain(
        rec.cgroup
            .is_some()
            .then_some(("cgroup", CloneFlags::CLONE_NEWCGROUP)),
    )
    .filter(|(ns, _)| !same_namespace(pid, ns))
    .map(|(ns, flag)| open(ns).map(|f| (f, flag)))
    .collect::<Result<_, _>>()
    .map_err(|e| Error::System(format!("opening the namespaces of {}: {e}", rec.name)))?;
    Ok(namespaces)
}

/// The container's `cgroup.procs`, if it has a cgroup of its own.
fn open_cgroup_procs(rec: &ContainerRecord) -> Result<Option<File>, Error> {
    // The command joins the container's cgroup (its limits, `pause`, `stats`, `cgroup.kill`).
    // Opened here, before the container's mount namespace hides the host's cgroup tree.
    let cgroup_procs = match &rec.cgroup {
        Some(leaf) => Some(
            std::fs::OpenOptions::new()
                .write(true)
                .open(std::path::Path::new(leaf).join("cgroup.procs"))
                .map_err(|e| Error::System(format!("joining the cgroup of {}: {e}", rec.name)))?,
        ),
        None => None,
    };
    Ok(cgroup_procs)
}

/// Enters the container's user namespace, then the others.
fn join_namespaces(
    rec: &ContainerRecord,
    pid: i32,
    namespaces: Vec<(File, CloneFlags)>,
) -> Result<(), Error> {
    userns::join(pid).map_err(|e| Error::from(super::EngineError::from(e)))?;
    for (f, flag) in &namespaces {
        nix::sched::setns(f, *flag)
            .map_err(|e| Error::System(format!("joining {flag:?} of {}: {e}", rec.name)))?;
    }
    drop(namespaces);
    Ok(())
}

/// The container's environment with `--env` applied (`NAME` alone takes ours, if set).
fn exec_env(cfg: &LaunchConfig, opts: &ExecOptions) -> Vec<String> {
    let mut env = cfg.spec.env.clone();
    for kv in &opts.env {
        match kv.split_once('=') {
            Some((k, _)) => {
                env.retain(|e| e.split('=').next() != Some(k));
                env.push(kv.clone());
            }
            None => {
                if let Ok(v) = std::env::var(kv) {
                    env.retain(|e| e.split('=').next() != Some(kv.as_str()));
                    env.push(format!("{kv}={v}"));
                }
            }
        }
    }
    env
}

/// The container's hardening, or with `--privileged` that of a privileged container.
fn exec_hardening(
    engine: &Engine,
    cfg: &LaunchConfig,
    opts: &ExecOptions,
) -> Result<container::Hardening, Error> {
    let mut hardening = cfg.security.hardening(&engine.paths.runtime)?;
    if opts.privileged {
        hardening = super::run::Security {
            privileged: true,
            ..cfg.security.clone()
        }
        .hardening(&engine.paths.runtime)?;
    }
    // What the container's processes run with, but for kernel parameters (its first
    // process wrote them).
    hardening.attrs = crate::runtime::proc_attrs::ProcAttrs {
        sysctls: Default::default(),
        preserve_fds: opts.preserve_fds,
        ..cfg.settings.attrs.clone()
    };
    Ok(hardening)
}

/// In the forked child: joins the cgroup and becomes the command. What fails goes to the
/// parent over `report_w`.
fn run_child(
    opts: &ExecOptions,
    env: &[String],
    workdir: &str,
    user: &str,
    hardening: &container::Hardening,
    cgroup_procs: Option<&File>,
    report_w: OwnedFd,
) -> ! {
    let _ = nix::sys::prctl::set_dumpable(false);
    container::reset_signals();
    if let Some(mut procs) = cgroup_procs
        && let Err(e) = procs.write_all(b"0")
    {
        let f = container::ChildFailure::Setup(format!("joining the container's cgroup: {e}"));
        let mut w = std::fs::File::from(report_w);
        let _ = w.write_all(&serde_json::to_vec(&f).unwrap_or_default());
        sys::exit_now(i32::from(f.exit_code()));
    }
    if opts.detach {
        let _ = nix::unistd::setsid();
    }
    if !opts.interactive
        && let Ok(null) = std::fs::File::open("/dev/null")
    {
        let _ = nix::unistd::dup2_stdin(&null);
    }
    let f = container::become_and_exec(&opts.command, env, workdir, user, hardening, &report_w);
    let mut w = std::fs::File::from(report_w);
    let _ = w.write_all(&serde_json::to_vec(&f).unwrap_or_default());
    sys::exit_now(i32::from(f.exit_code()));
}

/// In the parent: the child's failure to start, or (unless detached) its exit status.
fn wait_child(
    child: Pid,
    report_r: OwnedFd,
    console: Option<(OwnedFd, OwnedFd)>,
    opts: &ExecOptions,
    set: &SigSet,
) -> Result<i32, Error> {
    let mut buf = Vec::new();
    let _ = std::fs::File::from(report_r).read_to_end(&mut buf);
    if !buf.is_empty() {
        let _ = nix::sys::wait::waitpid(child, None);
        let f = serde_json::from_slice::<ChildFailure>(&buf)
            .unwrap_or_else(|_| ChildFailure::Setup(String::from_utf8_lossy(&buf).into_owned()));
        Err(Error::Container(ContainerError::Child(f)))
    } else if opts.detach {
        Ok(0)
    } else if let Some(limit) = opts.timeout {
        Ok(wait_with_timeout(child, limit))
    } else if let Some((ours, theirs)) = console {
        drop(theirs);
        match crate::process::console::receive_master(&ours) {
            Ok(Some(master)) => Ok(crate::process::console::relay(
                child,
                master,
                opts.interactive,
                set,
                &mut |_| {},
            )),
            _ => Ok(container::wait_forwarding(child, set)),
        }
    } else {
        Ok(container::wait_forwarding(child, set))
    }
}

fn same_namespace(pid: i32, ns: &str) -> bool {
    let theirs = std::fs::read_link(format!("/proc/{pid}/ns/{ns}"));
    let ours = std::fs::read_link(format!("/proc/self/ns/{ns}"));
    matches!((theirs, ours), (Ok(a), Ok(b)) if a == b)
}

/// Waits for `child` at most `limit`, then kills it (status 137 then).
fn wait_with_timeout(child: nix::unistd::Pid, limit: std::time::Duration) -> i32 {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if let Some(code) = container::reap(child) {
            return code;
        }
        if std::time::Instant::now() >= deadline {
            let _ = nix::sys::signal::kill(child, nix::sys::signal::Signal::SIGKILL);
            let _ = nix::sys::wait::waitpid(child, None);
            return 137;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
