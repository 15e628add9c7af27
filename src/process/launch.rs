//! What starting a container is given (`Launch`, `Hardening`, `Stdio`) and how it can fail
//! (`ChildFailure`, `ContainerError`, `PrivilegeError`): the data of `container`'s hand-off.

use std::os::fd::OwnedFd;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::runtime::spec::{NetworkMode, Spec};

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

/// A capability name (`--cap-add`, `--cap-drop`, the configured defaults) that names none.
#[derive(Debug, Error)]
#[error("unknown capability {0:?}")]
pub struct UnknownCapability(pub String);

/// Why the child could not take the container's user and confinement before exec.
#[derive(Debug, Error)]
pub enum PrivilegeError {
    /// The user's or group's ID has no mapping in the user namespace.
    #[error(
        "{what} {id} is not mapped in the user namespace (add a range to /etc/subuid and /etc/subgid)"
    )]
    Unmapped { what: &'static str, id: u32 },
    /// A capability, ID or prctl call failed; `what` says which.
    #[error("{what}: {source}")]
    Call {
        what: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error(transparent)]
    Seccomp(#[from] crate::runtime::seccomp::SeccompError),
}

/// `.map_err(call("what"))`: a failed call, named.
pub(super) fn call<E: std::error::Error + Send + Sync + 'static>(
    what: impl Into<String>,
) -> impl FnOnce(E) -> PrivilegeError {
    let what = what.into();
    move |e| PrivilegeError::Call {
        what,
        source: Box::new(e),
    }
}

/// What a process entering the container is confined by.
#[derive(Debug, Clone, Default)]
pub struct Hardening {
    /// The capability set for a root user (bounding set for everyone).
    pub caps: Vec<caps::Capability>,
    /// `--group-add`: names or numbers, resolved in the container's /etc/group.
    pub group_add: Vec<String>,
    /// The seccomp filters, installed in order; none for unconfined.
    pub seccomp: Vec<seccompiler::BpfProgram>,
    pub no_new_privs: bool,
    /// `--init`: stay as PID 1 (reaping, forwarding signals) and run the command as a child.
    pub init: bool,
    /// `--ulimit`, `--umask`, `--oom-score-adj`, `--personality` (and `--sysctl`, which
    /// only the container's first process writes).
    pub attrs: crate::runtime::proc_attrs::ProcAttrs,
}

/// The namespaces a container keeps from gorae's own (`--ipc host`, …) instead of new ones.
#[derive(Debug, Clone, Copy, Default)]
pub struct HostNamespaces {
    pub ipc: bool,
    pub pid: bool,
    pub uts: bool,
    pub cgroup: bool,
}

pub struct Launch {
    pub layers_root: PathBuf,
    pub lower: Vec<String>,
    /// `--rootfs PATH`: this directory, bound as the root, instead of the overlay.
    pub bind_root: Option<PathBuf>,
    pub upper: PathBuf,
    pub work: PathBuf,
    pub merged: PathBuf,
    pub spec: Spec,
    pub hostname: String,
    pub network: NetworkMode,
    pub interactive: bool,
    pub tty_gid: bool,
    pub etc_files: Vec<(String, PathBuf)>,
    pub mounts: Vec<crate::runtime::mounts::ResolvedMount>,
    pub read_only: bool,
    pub read_only_tmpfs: bool,
    pub hardening: Hardening,
    /// `--privileged`: all of /sys/fs/cgroup writable.
    pub privileged: bool,
    /// `--systemd`: a writable /sys/fs/cgroup.
    pub systemd: bool,
    /// The kernel paths masked and made read-only.
    pub kernel_paths: crate::runtime::kernel_paths::KernelPaths,
    /// `--security-opt proc-opts=`.
    pub proc_opts: Option<String>,
    /// `--userns=keep-id`: the user's UID and GID inside.
    pub keep_id: Option<(u32, u32)>,
    /// Published ports, for pasta.
    pub ports: Vec<crate::net::ports::PortMapping>,
    /// Where pasta records its PID (with `--network pasta`).
    pub pasta_pidfile: PathBuf,
    /// `--network container:NAME` or `ns:PATH`: the network namespace the child joins.
    pub join_netns: Option<PathBuf>,
    /// `--network pasta:OPTS` or `slirp4netns:OPTS`.
    pub network_options: Vec<String>,
    /// The interfaces on user-defined networks, attached before the helper starts.
    pub attachments: Vec<crate::net::network::Attachment>,
    /// A pod member: the infra's IPC and UTS namespaces, joined by the child.
    pub join_ipc: Option<PathBuf>,
    pub join_uts: Option<PathBuf>,
    /// A pod member with `--share pid`: the infra's PID namespace, entered before the clone.
    pub join_pid: Option<PathBuf>,
    /// A pod's infra: holds the namespaces and waits, with no root filesystem and no exec.
    pub infra: bool,
    /// The container's own cgroup (v2), which the child is moved into before it goes on; it
    /// then takes a cgroup namespace rooted there and sees it at /sys/fs/cgroup.
    pub cgroup: Option<PathBuf>,
    /// `--sdnotify=container` under systemd: the unit's socket, for the container.
    pub notify_socket: Option<PathBuf>,
    /// `--ipc/--pid/--uts/--cgroupns host`.
    pub host_ns: HostNamespaces,
    /// `--cgroupns container:`/`ns:`: the cgroup namespace the child joins.
    pub join_cgroup: Option<PathBuf>,
    /// /dev/shm: a tmpfs of its own of a size, the host's, or none.
    pub shm: super::rootfs::Shm,
    /// `--device`, bound into /dev.
    pub devices: Vec<crate::runtime::mounts::Device>,
    /// Lines for /etc/passwd and /etc/group, added where missing.
    pub passwd: Vec<crate::runtime::users::AddedEntry>,
    pub group: Vec<crate::runtime::users::AddedEntry>,
}

/// Where the container's stdout and stderr go.
pub enum Stdio<'a> {
    Inherit,
    /// The write ends of the monitor's log pipes.
    Pipes {
        stdout: &'a OwnedFd,
        stderr: &'a OwnedFd,
        /// With `-i`: the read end of the pipe `attach` writes into.
        stdin: Option<&'a OwnedFd>,
    },
    /// A pty opened inside the container; its master goes back over this socket.
    Tty(&'a OwnedFd),
}
