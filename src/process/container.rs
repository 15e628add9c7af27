//! The container process: cloned into new namespaces, it builds its root filesystem, drops
//! privileges and execs the command. The parent (foreground `run`) forwards signals and returns
//! the exit status.
//!
//! One channel crosses the boundary: a close-on-exec pipe from child to parent. It closes with
//! nothing written when `execve` succeeds; otherwise the child writes one JSON [`ChildFailure`].

use std::ffi::CString;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

use nix::sched::CloneFlags;
use nix::sys::signal::{SigSet, SigmaskHow, Signal, kill};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::rootfs::{self, RootfsPlan};
use crate::runtime::spec::{NetworkMode, Spec};
use crate::runtime::users;
use crate::sys::{self, Forked};

/// Why the child could not exec, with podman's exit code for each kind.
#[derive(Debug, Clone, Serialize, Deserialize, Error)]
pub enum ChildFailure {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    NotExecutable(String),
    #[error("{0}")]
    Setup(String),
}

impl ChildFailure {
    pub fn exit_code(&self) -> u8 {
        match self {
            ChildFailure::NotFound(_) => 127,
            ChildFailure::NotExecutable(_) => 126,
            ChildFailure::Setup(_) => 125,
        }
    }
}

#[derive(Debug, Error)]
pub enum ContainerError {
    #[error("starting the container: {0}")]
    Launch(#[source] std::io::Error),
    #[error(transparent)]
    Child(#[from] ChildFailure),
}

pub struct Launch {
    pub layers_root: PathBuf,
    pub lower: Vec<String>,
    pub upper: PathBuf,
    pub work: PathBuf,
    pub merged: PathBuf,
    pub spec: Spec,
    pub hostname: String,
    pub network: NetworkMode,
    pub interactive: bool,
    pub tty_gid: bool,
    pub etc_files: Vec<(String, PathBuf)>,
}

const FORWARDED: &[Signal] = &[
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
    Signal::SIGWINCH,
];

/// Runs the container in the foreground and returns its exit status (128+N for signal N).
pub fn run_foreground(l: &Launch) -> Result<i32, ContainerError> {
    let (mut err_r, err_w) = pipe().map_err(ContainerError::Launch)?;
    let mut set = SigSet::empty();
    for s in FORWARDED {
        set.add(*s);
    }
    set.add(Signal::SIGCHLD);
    // Blocked before the clone so no signal is lost between clone and the wait loop.
    let old = set
        .thread_swap_mask(SigmaskHow::SIG_BLOCK)
        .map_err(|e| ContainerError::Launch(e.into()))?;
    let mut flags = CloneFlags::CLONE_NEWNS
        | CloneFlags::CLONE_NEWPID
        | CloneFlags::CLONE_NEWUTS
        | CloneFlags::CLONE_NEWIPC;
    if l.network == NetworkMode::None {
        flags |= CloneFlags::CLONE_NEWNET;
    }
    let child = match sys::clone_into(flags) {
        Ok(Forked::Child) => {
            drop(err_r);
            let failure = child_main(l, &err_w);
            let mut w = std::fs::File::from(err_w);
            let _ = w.write_all(&serde_json::to_vec(&failure).unwrap_or_default());
            sys::exit_now(i32::from(failure.exit_code()));
        }
        Ok(Forked::Parent(pid)) => pid,
        Err(e) => {
            let _ = old.thread_set_mask();
            return Err(ContainerError::Launch(e));
        }
    };
    drop(err_w);
    let mut report = Vec::new();
    let _ = err_r.read_to_end(&mut report);
    if !report.is_empty() {
        let _ = waitpid(child, None);
        let _ = old.thread_set_mask();
        let failure = serde_json::from_slice::<ChildFailure>(&report)
            .unwrap_or_else(|_| ChildFailure::Setup(String::from_utf8_lossy(&report).into_owned()));
        return Err(failure.into());
    }
    let status = loop {
        let Ok(sig) = set.wait() else { continue };
        if sig != Signal::SIGCHLD {
            let _ = kill(child, sig);
            continue;
        }
        match waitpid(child, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(_, code)) => break code,
            Ok(WaitStatus::Signaled(_, s, _)) => break 128 + s as i32,
            _ => continue,
        }
    };
    let _ = old.thread_set_mask();
    Ok(status)
}

fn pipe() -> std::io::Result<(std::fs::File, std::os::fd::OwnedFd)> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    Ok((std::fs::File::from(r), w))
}

/// Everything the child does; returns only on failure.
fn child_main(l: &Launch, keep_fd: &impl AsRawFd) -> ChildFailure {
    let setup = |why: String| ChildFailure::Setup(why);
    reset_signals();
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    if let Err(e) = rootfs::build(&RootfsPlan {
        layers_root: &l.layers_root,
        lower: &l.lower,
        upper: &l.upper,
        work: &l.work,
        merged: &l.merged,
        network: l.network,
        tty_gid: l.tty_gid,
        etc_files: &l.etc_files,
    }) {
        return setup(e);
    }
    if let Err(e) = nix::unistd::sethostname(&l.hostname) {
        return setup(format!("setting the hostname: {e}"));
    }
    if !l.interactive {
        match std::fs::File::open("/dev/null") {
            Ok(f) => {
                if let Err(e) = nix::unistd::dup2_stdin(&f) {
                    return setup(format!("redirecting stdin: {e}"));
                }
            }
            Err(e) => return setup(format!("opening /dev/null: {e}")),
        }
    }
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let user = match users::resolve(&l.spec.user, &read("/etc/passwd"), &read("/etc/group")) {
        Ok(u) => u,
        Err(e) => return setup(e.to_string()),
    };
    let mut env = l.spec.env.clone();
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", user.home));
    }
    let program = match find_program(&l.spec.argv[0], &env) {
        Ok(p) => p,
        Err(f) => return f,
    };
    if let Err(e) = std::fs::create_dir_all(&l.spec.workdir) {
        return setup(format!(
            "creating the working directory {}: {e}",
            l.spec.workdir
        ));
    }
    // Nothing from gorae may leak into the container (CVE-2024-21626): close every descriptor
    // except stdio and the report pipe *before* the chdir, so a workdir like /proc/self/fd/N
    // can't resolve to a host directory.
    if let Err(e) = sys::close_fds_except(keep_fd.as_raw_fd()) {
        return setup(format!("closing inherited descriptors: {e}"));
    }
    if let Err(e) = nix::unistd::chdir(l.spec.workdir.as_str()) {
        return setup(format!("chdir to {}: {e}", l.spec.workdir));
    }
    if let Err(e) = drop_privileges(&user) {
        return setup(e);
    }
    let to_c = |v: &[String]| -> Result<Vec<CString>, ChildFailure> {
        v.iter()
            .map(|s| {
                CString::new(s.as_str())
                    .map_err(|_| setup(format!("argument or variable {s:?} contains NUL")))
            })
            .collect()
    };
    let (argv, envp) = match (to_c(&l.spec.argv), to_c(&env)) {
        (Ok(a), Ok(e)) => (a, e),
        (Err(f), _) | (_, Err(f)) => return f,
    };
    let path = match CString::new(program.as_os_str().as_encoded_bytes()) {
        Ok(p) => p,
        Err(_) => return setup("program path contains NUL".into()),
    };
    let err = nix::unistd::execve(&path, &argv, &envp).unwrap_err();
    exec_failure(&l.spec.argv[0], err)
}

fn exec_failure(program: &str, err: nix::Error) -> ChildFailure {
    match err {
        nix::Error::ENOENT => ChildFailure::NotFound(format!(
            "executable file `{program}` not found: No such file or directory"
        )),
        nix::Error::EACCES | nix::Error::ENOEXEC | nix::Error::EISDIR | nix::Error::EPERM => {
            ChildFailure::NotExecutable(format!("{program}: permission denied: cannot execute"))
        }
        other => ChildFailure::Setup(format!("executing {program}: {other}")),
    }
}

/// `$PATH` lookup in the container's environment (execvpe would use gorae's own).
fn find_program(arg0: &str, env: &[String]) -> Result<PathBuf, ChildFailure> {
    if arg0.contains('/') {
        return Ok(PathBuf::from(arg0));
    }
    let path = env
        .iter()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or(crate::runtime::spec::DEFAULT_PATH);
    for dir in path.split(':').filter(|d| !d.is_empty()) {
        let candidate = Path::new(dir).join(arg0);
        if candidate.metadata().is_ok_and(|m| !m.is_dir()) {
            return Ok(candidate);
        }
    }
    Err(ChildFailure::NotFound(format!(
        "executable file `{arg0}` not found in $PATH: No such file or directory"
    )))
}

fn reset_signals() {
    for sig in Signal::iterator() {
        if sig == Signal::SIGKILL || sig == Signal::SIGSTOP {
            continue;
        }
        let _ = sys::set_default_handler(sig);
    }
    let _ = SigSet::empty().thread_set_mask();
}

/// podman's default capability set for containers.
const DEFAULT_CAPS: &[caps::Capability] = &[
    caps::Capability::CAP_CHOWN,
    caps::Capability::CAP_DAC_OVERRIDE,
    caps::Capability::CAP_FOWNER,
    caps::Capability::CAP_FSETID,
    caps::Capability::CAP_KILL,
    caps::Capability::CAP_NET_BIND_SERVICE,
    caps::Capability::CAP_SETFCAP,
    caps::Capability::CAP_SETGID,
    caps::Capability::CAP_SETPCAP,
    caps::Capability::CAP_SETUID,
    caps::Capability::CAP_SYS_CHROOT,
];

fn drop_privileges(user: &users::ResolvedUser) -> Result<(), String> {
    use caps::CapSet;
    use nix::unistd::{Gid, Uid};
    let keep: caps::CapsHashSet = DEFAULT_CAPS.iter().copied().collect();
    let supported = caps::runtime::thread_all_supported();
    for cap in supported.iter() {
        if !keep.contains(cap) {
            caps::drop(None, CapSet::Bounding, *cap)
                .map_err(|e| format!("dropping {cap} from the bounding set: {e}"))?;
        }
    }
    // Inheritable and ambient stay empty (CVE-2022-27649).
    caps::clear(None, CapSet::Ambient)
        .map_err(|e| format!("clearing ambient capabilities: {e}"))?;
    caps::clear(None, CapSet::Inheritable)
        .map_err(|e| format!("clearing inheritable capabilities: {e}"))?;

    let setgroups_allowed = std::fs::read_to_string("/proc/self/setgroups")
        .map(|s| s.trim() == "allow")
        .unwrap_or(true);
    if setgroups_allowed {
        let mut groups: Vec<Gid> = vec![Gid::from_raw(user.gid)];
        groups.extend(user.additional_gids.iter().map(|g| Gid::from_raw(*g)));
        nix::unistd::setgroups(&groups).map_err(|e| format!("setgroups: {e}"))?;
    }
    let unmapped = |what: &str, id: u32, e: nix::Error| {
        if e == nix::Error::EINVAL {
            format!(
                "{what} {id} is not mapped in the user namespace (add a range to /etc/subuid and /etc/subgid)"
            )
        } else {
            format!("set{what}: {e}")
        }
    };
    let g = Gid::from_raw(user.gid);
    nix::unistd::setresgid(g, g, g).map_err(|e| unmapped("gid", user.gid, e))?;
    let u = Uid::from_raw(user.uid);
    nix::unistd::setresuid(u, u, u).map_err(|e| unmapped("uid", user.uid, e))?;
    if user.uid == 0 {
        caps::set(None, CapSet::Effective, &keep)
            .map_err(|e| format!("setting effective capabilities: {e}"))?;
        caps::set(None, CapSet::Permitted, &keep)
            .map_err(|e| format!("setting permitted capabilities: {e}"))?;
    }
    nix::sys::prctl::set_no_new_privs().map_err(|e| format!("setting no_new_privs: {e}"))
}

/// Whether gid 5 (tty) is mapped in our user namespace.
pub fn tty_gid_mapped() -> bool {
    std::fs::read_to_string("/proc/self/gid_map")
        .map(|m| {
            m.lines().any(|l| {
                let f: Vec<u64> = l
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect();
                f.len() == 3 && f[0] <= 5 && 5 < f[0] + f[2]
            })
        })
        .unwrap_or(false)
}
