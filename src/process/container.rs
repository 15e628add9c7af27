//! The container process: cloned into new namespaces, it builds its root filesystem, drops
//! privileges and execs the command. The parent (foreground `run`) forwards signals and returns
//! the exit status.
//!
//! One channel crosses the boundary: a close-on-exec pipe from child to parent. It closes with
//! nothing written when `execve` succeeds; otherwise the child writes one JSON [`ChildFailure`].

use std::ffi::CString;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use nix::sched::CloneFlags;
use nix::sys::signal::{SigSet, Signal, kill};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

use super::launch::call;
pub use super::launch::{
    ChildFailure, ContainerError, Hardening, Launch, PrivilegeError, Stdio, UnknownCapability,
};
use super::rootfs::{self, RootfsPlan};
use crate::runtime::spec::NetworkMode;
use crate::runtime::users;
use crate::sys::{self, Forked};

/// Connects the new network namespace of `pid`: the user network's interface, if any, then
/// the helper that leads to the host and publishes ports.
fn connect_network(pid: i32, l: &Launch) -> Result<(), crate::net::NetError> {
    for a in &l.attachments {
        crate::net::network::attach(pid, a)?;
    }
    // Only internal networks: no way out at all, so no helper.
    if !l.attachments.is_empty() && l.attachments.iter().all(|a| a.internal) {
        return Ok(());
    }
    match l.network {
        NetworkMode::Slirp4netns => crate::net::slirp::start(
            pid,
            &l.ports,
            &crate::net::slirp::parse_options(&l.network_options)?,
            &l.pasta_pidfile.with_file_name("slirp4netns.pid"),
        ),
        _ => crate::net::pasta::start(pid, &l.ports, &l.network_options, &l.pasta_pidfile),
    }
}

/// The signals a foreground parent (and `attach --sig-proxy`) passes to the container.
pub const FORWARDED: &[Signal] = &[
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
    Signal::SIGWINCH,
];

/// The signals a parent waits for: SIGCHLD and the ones it forwards.
pub fn wait_set() -> SigSet {
    let mut set = SigSet::empty();
    for s in FORWARDED {
        set.add(*s);
    }
    set.add(Signal::SIGCHLD);
    set
}

/// Clones the container process and returns its PID once `execve` succeeded. The caller has
/// blocked [`wait_set`] so that no SIGCHLD is lost.
pub fn spawn(l: &Launch, stdio: Stdio<'_>) -> Result<Pid, ContainerError> {
    let (mut err_r, err_w) = pipe().map_err(ContainerError::Launch)?;
    // With --userns=keep-id the child gets a user namespace of its own, which we map before it
    // may go on (user gate). With pasta it gets a network namespace that pasta connects while
    // the child builds its root filesystem; it waits for that only before exec (net gate).
    let (user_r, user_w) = pipe().map_err(ContainerError::Launch)?;
    let (net_r, net_w) = pipe().map_err(ContainerError::Launch)?;
    let mut flags = CloneFlags::CLONE_NEWNS;
    if l.join_pid.is_none() && !l.host_ns.pid {
        flags |= CloneFlags::CLONE_NEWPID;
    }
    if l.join_uts.is_none() && !l.host_ns.uts {
        flags |= CloneFlags::CLONE_NEWUTS;
    }
    if l.join_ipc.is_none() && !l.host_ns.ipc {
        flags |= CloneFlags::CLONE_NEWIPC;
    }
    if l.network.own_namespace() {
        flags |= CloneFlags::CLONE_NEWNET;
    }
    if l.keep_id.is_some() {
        flags |= CloneFlags::CLONE_NEWUSER;
    }
    let user_gated = l.keep_id.is_some();
    let net_gated = l.network.has_helper();
    if user_gated || net_gated {
        // Becoming root in gorae's namespace left this process non-dumpable, and the child
        // would inherit that; pasta (which drops its capabilities) could then not open the
        // child's namespaces. The child makes itself non-dumpable again before it execs, and
        // until then it is alone in its PID namespace.
        let _ = nix::sys::prctl::set_dumpable(true);
    }
    let cloned = match &l.join_pid {
        Some(path) => clone_in_pid_namespace(flags, path),
        None => sys::clone_into(flags),
    };
    let child = match cloned.map_err(ContainerError::Launch)? {
        Forked::Child => {
            drop(err_r);
            drop(user_w);
            drop(net_w);
            let mut user_r = user_r;
            let mut b = [0u8; 1];
            if (user_gated || l.join_pid.is_some() || l.cgroup.is_some())
                && user_r.read_exact(&mut b).is_err()
            {
                sys::exit_now(125);
            }
            drop(user_r);

            let failure = child_main(l, &err_w, &stdio, net_gated.then_some(net_r));
            let mut w = std::fs::File::from(err_w);
            let _ = w.write_all(&serde_json::to_vec(&failure).unwrap_or_default());
            sys::exit_now(i32::from(failure.exit_code()));
        }
        Forked::Parent(pid) => pid,
    };
    drop(user_r);
    drop(net_r);
    // If setting up for the child fails, the child may have failed first (it runs on
    // meanwhile): its own report is the one to give.
    let fail = |e: String, err_r: &mut std::fs::File, err_w: OwnedFd| {
        let _ = nix::sys::signal::kill(child, Signal::SIGKILL);
        let _ = waitpid(child, None);
        drop(err_w);
        let mut report = Vec::new();
        let _ = err_r.read_to_end(&mut report);
        let failure =
            serde_json::from_slice::<ChildFailure>(&report).unwrap_or(ChildFailure::Setup(e));
        Err(ContainerError::Child(failure))
    };
    let mut user_w = std::fs::File::from(user_w);
    if let Some((uid, gid)) = l.keep_id
        && let Err(e) = write_keep_id_maps(child, uid, gid)
    {
        return fail(format!("--userns=keep-id: {e}"), &mut err_r, err_w);
    }
    if l.join_pid.is_some() {
        // Noted while the child waits, so that it can't have ended already.
        if let Ok(ns) = std::fs::read_link(format!("/proc/{child}/ns/mnt")) {
            shared_pid_members().push((child.as_raw(), ns));
        }
    }
    if let Some(leaf) = &l.cgroup
        && let Err(e) = super::cgroup::enter(leaf, child.as_raw())
    {
        return fail(format!("--cgroups: {e}"), &mut err_r, err_w);
    }
    // One byte lets the child go on, once everything it waits for is done.
    if user_gated || l.join_pid.is_some() || l.cgroup.is_some() {
        let _ = user_w.write_all(b"g");
    }
    drop(user_w);
    let mut net_w = std::fs::File::from(net_w);
    if net_gated {
        if let Err(e) = connect_network(child.as_raw(), l) {
            crate::net::stop_helpers(l.pasta_pidfile.parent().unwrap_or(Path::new("/")));
            return fail(e.to_string(), &mut err_r, err_w);
        }
        let _ = net_w.write_all(b"g");
    }
    drop(net_w);
    drop(err_w);
    let mut report = Vec::new();
    let _ = err_r.read_to_end(&mut report);
    if !report.is_empty() {
        let _ = waitpid(child, None);
        let failure = serde_json::from_slice::<ChildFailure>(&report)
            .unwrap_or_else(|_| ChildFailure::Setup(String::from_utf8_lossy(&report).into_owned()));
        return Err(failure.into());
    }
    Ok(child)
}

/// Clones the container into the PID namespace at `path` (its pod's). Only children are born
/// into a PID namespace, and this process could not return to its own afterwards (that needs
/// privilege over the host's), which its later children (pasta, health checks) would then
/// share. So a short-lived intermediate enters it and clones with `CLONE_PARENT`: the
/// container is this process's child all the same, and its PID comes back over a pipe.
fn clone_in_pid_namespace(flags: CloneFlags, path: &Path) -> std::io::Result<Forked> {
    let ns = std::fs::File::open(path)?;
    let (mut r, w) = pipe()?;
    match sys::fork()? {
        Forked::Child => {
            drop(r);
            let cloned = nix::sched::setns(&ns, CloneFlags::CLONE_NEWPID)
                .map_err(std::io::Error::from)
                .and_then(|()| sys::clone_into(flags | CloneFlags::CLONE_PARENT));
            let mut w = std::fs::File::from(w);
            match cloned {
                Ok(Forked::Child) => {
                    drop((w, ns));
                    Ok(Forked::Child)
                }
                Ok(Forked::Parent(pid)) => {
                    let _ = write!(w, "{pid}");
                    sys::exit_now(0)
                }
                Err(e) => {
                    let _ = write!(w, "error: {e}");
                    sys::exit_now(1)
                }
            }
        }
        Forked::Parent(mid) => {
            drop(w);
            let mut answer = String::new();
            let _ = r.read_to_string(&mut answer);
            let _ = waitpid(mid, None);
            match answer.parse::<i32>() {
                Ok(pid) => Ok(Forked::Parent(Pid::from_raw(pid))),
                Err(_) => Err(std::io::Error::other(format!(
                    "joining the PID namespace {}: {}",
                    path.display(),
                    answer.strip_prefix("error: ").unwrap_or("the helper died")
                ))),
            }
        }
    }
}

/// Containers in a pod's shared PID namespace, with the mount namespace of each: processes
/// they leave behind are re-parented to the infra rather than killed with them, so [`reap`]
/// finds them by that namespace and kills them.
fn shared_pid_members() -> std::sync::MutexGuard<'static, Vec<(i32, PathBuf)>> {
    static MEMBERS: std::sync::Mutex<Vec<(i32, PathBuf)>> = std::sync::Mutex::new(Vec::new());
    MEMBERS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Kills every process in mount namespace `ns` (a container's leftovers), until none is left.
fn kill_mount_namespace(ns: &Path) {
    for _ in 0..50 {
        let mut found = false;
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<i32>().ok())
            else {
                continue;
            };
            if std::fs::read_link(format!("/proc/{pid}/ns/mnt")).is_ok_and(|m| m == ns) {
                found = true;
                let _ = kill(Pid::from_raw(pid), Signal::SIGKILL);
            }
        }
        if !found {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// `--userns=keep-id`: the user's own ID (0 in gorae's namespace) appears as `uid` in the
/// container, and the subordinate IDs fill the rest around it, as podman maps it.
fn write_keep_id_maps(child: Pid, uid: u32, gid: u32) -> std::io::Result<()> {
    let ranges = |id: u32| -> String {
        // Our namespace holds 0 (the user) and 1..=65536 (subordinate IDs).
        let size: u32 = std::fs::read_to_string("/proc/self/uid_map")
            .ok()
            .map(|m| {
                m.lines()
                    .filter_map(|l| l.split_whitespace().nth(2)?.parse::<u32>().ok())
                    .sum()
            })
            .unwrap_or(1);
        let mut out = String::new();
        if id > 0 {
            out.push_str(&format!("0 1 {}\n", id.min(size.saturating_sub(1))));
        }
        out.push_str(&format!("{id} 0 1\n"));
        if size > id + 1 {
            out.push_str(&format!("{} {} {}\n", id + 1, id + 1, size - id - 1));
        }
        out
    };
    let pid = child.as_raw();
    std::fs::write(format!("/proc/{pid}/uid_map"), ranges(uid))?;
    std::fs::write(format!("/proc/{pid}/gid_map"), ranges(gid))
}

/// `--sig-proxy=false`: waits for `child`; the other signals in `set` are received and dropped,
/// so they neither reach the container nor end this process (which would end the container).
pub fn wait_ignoring(child: Pid, set: &SigSet) -> i32 {
    loop {
        if let Ok(Signal::SIGCHLD) = set.wait()
            && let Some(code) = reap(child)
        {
            return code;
        }
    }
}

/// Waits for `child`, forwarding every other signal in `set` to it.
pub fn wait_forwarding(child: Pid, set: &SigSet) -> i32 {
    loop {
        let Ok(sig) = set.wait() else { continue };
        if sig != Signal::SIGCHLD {
            let _ = kill(child, sig);
            continue;
        }
        if let Some(code) = reap(child) {
            return code;
        }
    }
}

/// The exit status of `child` if it has ended: its code, or 128+N when killed by signal N.
pub fn reap(child: Pid) -> Option<i32> {
    let code = match waitpid(child, Some(WaitPidFlag::WNOHANG)) {
        Ok(WaitStatus::Exited(_, code)) => Some(code),
        Ok(WaitStatus::Signaled(_, s, _)) => Some(128 + s as i32),
        Ok(_) => None,
        // Already reaped (ECHILD): report it as killed rather than hang.
        Err(_) => Some(137),
    }?;
    let leftovers = {
        let mut members = shared_pid_members();
        let at = members.iter().position(|(pid, _)| *pid == child.as_raw());
        at.map(|i| members.remove(i).1)
    };
    if let Some(ns) = leftovers {
        kill_mount_namespace(&ns);
    }
    Some(code)
}

fn pipe() -> std::io::Result<(std::fs::File, std::os::fd::OwnedFd)> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    Ok((std::fs::File::from(r), w))
}

/// Everything the child does; returns only on failure.
fn child_main(
    l: &Launch,
    keep_fd: &impl AsRawFd,
    stdio: &Stdio<'_>,
    net_gate: Option<std::fs::File>,
) -> ChildFailure {
    let setup = |why: String| ChildFailure::Setup(why);
    reset_signals();
    if let Stdio::Pipes {
        stdout,
        stderr,
        stdin,
    } = stdio
    {
        let connected = nix::unistd::dup2_stdout(stdout)
            .and_then(|_| nix::unistd::dup2_stderr(stderr))
            .and_then(|_| stdin.map_or(Ok(()), nix::unistd::dup2_stdin));
        if let Err(e) = connected {
            return setup(format!("connecting the log pipes: {e}"));
        }
    }
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    // Moved into its cgroup by the parent before the gate opened: the namespace is rooted there.
    if l.cgroup.is_some()
        && !l.host_ns.cgroup
        && l.join_cgroup.is_none()
        && let Err(e) = nix::sched::unshare(CloneFlags::CLONE_NEWCGROUP)
    {
        return setup(format!("creating the cgroup namespace: {e}"));
    }
    for (path, kind, what) in [
        (&l.join_netns, CloneFlags::CLONE_NEWNET, "network"),
        (&l.join_ipc, CloneFlags::CLONE_NEWIPC, "IPC"),
        (&l.join_uts, CloneFlags::CLONE_NEWUTS, "UTS"),
        (&l.join_cgroup, CloneFlags::CLONE_NEWCGROUP, "cgroup"),
    ] {
        let Some(path) = path else { continue };
        let joined = std::fs::File::open(path)
            .map_err(|e| e.to_string())
            .and_then(|f| nix::sched::setns(&f, kind).map_err(|e| e.to_string()));
        if let Err(e) = joined {
            return setup(format!(
                "joining the {what} namespace {}: {e}",
                path.display()
            ));
        }
    }
    if l.infra {
        return infra_main(l, net_gate);
    }
    // The host's /proc still resolves them in this process's own namespaces.
    if let Err(e) = super::attrs::write_sysctls(&l.hardening.attrs.sysctls) {
        return setup(e.to_string());
    }
    if let Some(score) = l.hardening.attrs.oom_score_adj
        && let Err(e) = super::attrs::write_oom_score_adj(score, l.join_pid.is_none())
    {
        return setup(e.to_string());
    }
    if let Err(e) = rootfs::build(&RootfsPlan {
        layers_root: &l.layers_root,
        lower: &l.lower,
        bind_root: l.bind_root.as_deref(),
        upper: &l.upper,
        work: &l.work,
        merged: &l.merged,
        network: l.network,
        tty_gid: l.tty_gid,
        etc_files: &l.etc_files,
        mounts: &l.mounts,
        read_only: l.read_only,
        read_only_tmpfs: l.read_only_tmpfs,
        privileged: l.privileged,
        systemd: l.systemd,
        kernel_paths: &l.kernel_paths,
        proc_opts: l.proc_opts.as_deref(),
        user: &l.spec.user,
        cgroup: l.cgroup.is_some(),
        notify_socket: l.notify_socket.as_deref(),
        shm: l.shm,
        host_proc: l.host_ns.pid,
        host_cgroupns: l.host_ns.cgroup,
        devices: &l.devices,
        passwd: &l.passwd,
        group: &l.group,
    }) {
        return setup(e.to_string());
    }
    if l.join_uts.is_none()
        && !l.host_ns.uts
        && let Err(e) = nix::unistd::sethostname(&l.hostname)
    {
        return setup(format!("setting the hostname: {e}"));
    }
    if let Stdio::Tty(socket) = stdio {
        if let Err(e) = super::console::setup_in_container(socket) {
            return setup(e.to_string());
        }
    } else if !l.interactive || matches!(stdio, Stdio::Pipes { stdin: None, .. }) {
        match std::fs::File::open("/dev/null") {
            Ok(f) => {
                if let Err(e) = nix::unistd::dup2_stdin(&f) {
                    return setup(format!("redirecting stdin: {e}"));
                }
            }
            Err(e) => return setup(format!("opening /dev/null: {e}")),
        }
    }
    // The network is ready before the command runs.
    if let Some(mut gate) = net_gate {
        let mut b = [0u8; 1];
        if gate.read_exact(&mut b).is_err() {
            return setup("the network helper failed".into());
        }
    }
    // From here until execve nobody may open /proc/<pid>/exe and write through it to gorae's
    // binary (CVE-2019-5736); exec of the container's program makes the process dumpable again.
    let _ = nix::sys::prctl::set_dumpable(false);
    become_and_exec(
        &l.spec.argv,
        &l.spec.env,
        &l.spec.workdir,
        &l.spec.user,
        &l.hardening,
        keep_fd,
    )
}

/// A pod's infra process: PID 1 of the pod's namespaces, which it only holds. It sets the
/// hostname, waits for the network, reports success by closing the report pipe, drops every
/// capability, and sleeps until asked to stop (as PID 1 it must catch the signals itself).
fn infra_main(l: &Launch, net_gate: Option<std::fs::File>) -> ChildFailure {
    let setup = |why: String| ChildFailure::Setup(why);
    // What `ps` in a pod that shares its PID namespace shows as PID 1.
    let _ = nix::sys::prctl::set_name(c"gorae-pause");
    if let Err(e) = nix::unistd::sethostname(&l.hostname) {
        return setup(format!("setting the hostname: {e}"));
    }
    if let Some(mut gate) = net_gate {
        let mut b = [0u8; 1];
        if gate.read_exact(&mut b).is_err() {
            return setup("the network helper failed".into());
        }
    }
    let mut stop = SigSet::empty();
    for s in [
        Signal::SIGTERM,
        Signal::SIGINT,
        Signal::SIGHUP,
        Signal::SIGQUIT,
        Signal::SIGCHLD,
    ] {
        stop.add(s);
    }
    if let Err(e) = stop.thread_block() {
        return setup(format!("blocking signals: {e}"));
    }
    let _ = nix::sys::prctl::set_no_new_privs();
    let _ = caps::clear(None, caps::CapSet::Effective);
    let _ = caps::clear(None, caps::CapSet::Permitted);
    // The report pipe is among these: its end of file tells the parent that all went well.
    let _ = sys::close_fds_except(-1);
    // With `--share pid` the infra is PID 1 of the members too, and reaps their orphans.
    while let Ok(Signal::SIGCHLD) = stop.wait() {
        while let Ok(status) = waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            if status == WaitStatus::StillAlive {
                break;
            }
        }
    }
    sys::exit_now(0);
}

/// The last steps of every process that enters a container, `run` and `exec` alike: resolve the
/// user in the container's passwd, find the program on the container's `$PATH`, close inherited
/// descriptors, `chdir`, drop to podman's default capabilities, set `no_new_privs`, `execve`.
/// Returns only on failure.
pub fn become_and_exec(
    argv: &[String],
    env: &[String],
    workdir: &str,
    user_spec: &str,
    hardening: &Hardening,
    keep_fd: &impl AsRawFd,
) -> ChildFailure {
    let setup = |why: String| ChildFailure::Setup(why);
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let group_file = read("/etc/group");
    let mut user = match users::resolve(user_spec, &read("/etc/passwd"), &group_file) {
        Ok(u) => u,
        Err(e) => return setup(e.to_string()),
    };
    for g in &hardening.group_add {
        match users::resolve_group(g, &group_file) {
            Ok(gid) => user.additional_gids.push(gid),
            Err(e) => return setup(e.to_string()),
        }
    }
    let mut env = env.to_vec();
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", user.home));
    }
    let Some(arg0) = argv.first() else {
        return setup("no command given".into());
    };
    let program = match find_program(arg0, &env) {
        Ok(p) => p,
        Err(f) => return f,
    };
    if let Err(e) = std::fs::create_dir_all(workdir) {
        return setup(format!("creating the working directory {workdir}: {e}"));
    }
    if let Err(e) = super::attrs::apply(&hardening.attrs) {
        return setup(e.to_string());
    }
    // Nothing from gorae may leak into the container (CVE-2024-21626): close every descriptor
    // except stdio and the report pipe *before* the chdir, so a workdir like /proc/self/fd/N
    // can't resolve to a host directory.
    // `--preserve-fds N`: 3 to 3+N-1 are the caller's, passed on on purpose.
    let first = 3 + hardening.attrs.preserve_fds;
    if let Err(e) = sys::close_fds_from_except(first, keep_fd.as_raw_fd()) {
        return setup(format!("closing inherited descriptors: {e}"));
    }
    if let Err(e) = nix::unistd::chdir(workdir) {
        return setup(format!("chdir to {workdir}: {e}"));
    }
    if let Err(e) = drop_privileges(&user, hardening) {
        return setup(e.to_string());
    }
    let to_c = |v: &[String]| -> Result<Vec<CString>, ChildFailure> {
        v.iter()
            .map(|s| {
                CString::new(s.as_str())
                    .map_err(|_| setup(format!("argument or variable {s:?} contains NUL")))
            })
            .collect()
    };
    let (argv_c, envp) = match (to_c(argv), to_c(&env)) {
        (Ok(a), Ok(e)) => (a, e),
        (Err(f), _) | (_, Err(f)) => return f,
    };
    let path = match CString::new(program.as_os_str().as_encoded_bytes()) {
        Ok(p) => p,
        Err(_) => return setup("program path contains NUL".into()),
    };
    if hardening.init {
        super::init::become_init();
    }
    let err = nix::unistd::execve(&path, &argv_c, &envp).unwrap_err();
    exec_failure(arg0, err)
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

pub fn reset_signals() {
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

fn drop_privileges(
    user: &users::ResolvedUser,
    hardening: &Hardening,
) -> Result<(), PrivilegeError> {
    use caps::CapSet;
    use nix::unistd::{Gid, Uid};
    let keep: caps::CapsHashSet = hardening.caps.iter().copied().collect();
    let supported = caps::runtime::thread_all_supported();
    for cap in supported.iter() {
        if !keep.contains(cap) {
            caps::drop(None, CapSet::Bounding, *cap)
                .map_err(call(format!("dropping {cap} from the bounding set")))?;
        }
    }
    // Inheritable and ambient stay empty (CVE-2022-27649).
    caps::clear(None, CapSet::Ambient).map_err(call("clearing ambient capabilities"))?;
    caps::clear(None, CapSet::Inheritable).map_err(call("clearing inheritable capabilities"))?;

    let setgroups_allowed = std::fs::read_to_string("/proc/self/setgroups")
        .map(|s| s.trim() == "allow")
        .unwrap_or(true);
    if setgroups_allowed {
        let mut groups: Vec<Gid> = vec![Gid::from_raw(user.gid)];
        groups.extend(user.additional_gids.iter().map(|g| Gid::from_raw(*g)));
        nix::unistd::setgroups(&groups).map_err(call("setgroups"))?;
    }
    let unmapped = |what: &'static str, id: u32, e: nix::Error| {
        if e == nix::Error::EINVAL {
            PrivilegeError::Unmapped { what, id }
        } else {
            call(format!("set{what}"))(e)
        }
    };
    let g = Gid::from_raw(user.gid);
    nix::unistd::setresgid(g, g, g).map_err(|e| unmapped("gid", user.gid, e))?;
    let u = Uid::from_raw(user.uid);
    nix::unistd::setresuid(u, u, u).map_err(|e| unmapped("uid", user.uid, e))?;
    if user.uid == 0 {
        caps::set(None, CapSet::Effective, &keep)
            .map_err(call("setting effective capabilities"))?;
        caps::set(None, CapSet::Permitted, &keep)
            .map_err(call("setting permitted capabilities"))?;
    }
    if hardening.no_new_privs || !hardening.seccomp.is_empty() {
        nix::sys::prctl::set_no_new_privs().map_err(call("setting no_new_privs"))?;
    }
    // Last: from here on only execve runs, and the filter applies to the container's program.
    crate::runtime::seccomp::apply(&hardening.seccomp)?;
    Ok(())
}

/// The capability set from podman's default, `--cap-add`, `--cap-drop` (names with or without
/// `CAP_`, any case, or `ALL`) and `--privileged`.
pub fn capability_set(
    defaults: Option<&[String]>,
    add: &[String],
    drop: &[String],
    privileged: bool,
) -> Result<Vec<caps::Capability>, UnknownCapability> {
    let all: Vec<caps::Capability> = caps::runtime::thread_all_supported().into_iter().collect();
    let parse = |name: &str| -> Result<caps::Capability, UnknownCapability> {
        let upper = name.to_ascii_uppercase();
        let full = if upper.starts_with("CAP_") {
            upper
        } else {
            format!("CAP_{upper}")
        };
        full.parse::<caps::Capability>()
            .map_err(|_| UnknownCapability(name.to_string()))
    };
    // podman's order: `--cap-drop ALL` empties the set and the adds are then kept; otherwise
    // adds go first and drops win.
    let drop_all = drop.iter().any(|d| d.eq_ignore_ascii_case("all"));
    let mut set: caps::CapsHashSet = if privileged {
        all.iter().copied().collect()
    } else if drop_all {
        caps::CapsHashSet::new()
    } else if let Some(names) = defaults {
        names.iter().map(|n| parse(n)).collect::<Result<_, _>>()?
    } else {
        DEFAULT_CAPS.iter().copied().collect()
    };
    for a in add {
        if a.eq_ignore_ascii_case("all") {
            set.extend(all.iter().copied());
        } else {
            set.insert(parse(a)?);
        }
    }
    if !drop_all {
        for d in drop {
            set.remove(&parse(d)?);
        }
    }
    set.retain(|c| all.contains(c));
    let mut v: Vec<caps::Capability> = set.into_iter().collect();
    v.sort_by_key(|c| c.index());
    Ok(v)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capability_flags_combine_like_podman() {
        let names = |v: Vec<caps::Capability>| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let default = capability_set(None, &[], &[], false).unwrap();
        assert_eq!(default.len(), DEFAULT_CAPS.len());
        let only = capability_set(None, &["net_admin".into()], &["ALL".into()], false).unwrap();
        assert_eq!(names(only), vec!["CAP_NET_ADMIN"]);
        let fewer =
            capability_set(None, &["CAP_SYS_TIME".into()], &["chown".into()], false).unwrap();
        assert!(
            fewer.contains(&caps::Capability::CAP_SYS_TIME)
                && !fewer.contains(&caps::Capability::CAP_CHOWN)
        );
        let bogus = capability_set(None, &["BOGUS".into()], &[], false).unwrap_err();
        assert_eq!(bogus.to_string(), "unknown capability \"BOGUS\"");
        let conf = ["CHOWN".to_string(), "kill".to_string()];
        assert_eq!(
            capability_set(Some(&conf), &[], &[], false).unwrap().len(),
            2
        );
        assert!(capability_set(Some(&["NOPE".to_string()]), &[], &[], false).is_err());
        assert!(capability_set(None, &[], &[], true).unwrap().len() > default.len());
    }
}
