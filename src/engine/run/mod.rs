//! `create` and `run`: find or pull the image, create the container record, then launch it in
//! the foreground (this process waits) or detached (a monitor process supervises it).
//!
//! The parts: `launch` is the launch schema kept in the record, `create` makes the record,
//! `foreground` starts it in this process, `network` joins networks and writes /etc files.

mod create;
mod foreground;
mod launch;
mod network;
mod users;

pub use create::{create, create_from};
pub use foreground::{place_cgroup, prepare, start_foreground, started, watch_timeout};
pub use launch::{
    CgroupConfig, HealthFlags, ImageVolume, LaunchConfig, RootfsDir, RunFiles, SdNotify, Security,
    Settings,
};
pub(crate) use network::refresh_network_hosts;

use super::pull::PullOptions;
use super::{Engine, Error};
use crate::runtime::mounts::MountSpec;
use crate::runtime::spec::{NetworkMode, SpecFlags};
use crate::store::containers::ContainerState;
use crate::store::now_rfc3339;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PullPolicy {
    Always,
    Missing,
    Never,
    Newer,
}

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub image: String,
    pub flags: SpecFlags,
    pub name: Option<String>,
    pub hostname: Option<String>,
    pub remove: bool,
    pub network: NetworkMode,
    pub interactive: bool,
    pub pull: PullPolicy,
    pub pull_options: PullOptions,
    /// Replace an existing container of the same name.
    pub replace: bool,
    /// Forward signals this process receives to the container (`--sig-proxy`, default on).
    pub sig_proxy: bool,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<u32>,
    pub mounts: Vec<MountSpec>,
    pub read_only: bool,
    pub security: Security,
    /// `--seccomp-policy=image`: the seccomp profile is the image's
    /// `io.containers.seccomp.profile` label.
    pub seccomp_policy_image: bool,
    pub restart: String,
    pub init: bool,
    pub labels: std::collections::BTreeMap<String, String>,
    pub health: HealthFlags,
    pub keep_id: bool,
    pub ports: Vec<crate::net::ports::PortMapping>,
    /// `-P`: publish every port the image EXPOSEs.
    pub publish_all: bool,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_options: Vec<String>,
    pub add_hosts: Vec<String>,
    /// `--network container:NAME`.
    pub network_container: Option<String>,
    /// `--network ns:PATH`.
    pub netns_path: Option<String>,
    /// `--network NAME`: a user-defined network.
    pub network_name: Option<String>,
    /// More `--network NAME`s: the other user-defined networks the container is on.
    pub extra_networks: Vec<String>,
    /// `--network pasta:OPTS` or `slirp4netns:OPTS`.
    pub network_options: Vec<String>,
    pub network_aliases: Vec<String>,
    /// `--pod`: the pod's ID (its infra is `network_container`).
    pub pod: Option<String>,
    pub mac_address: Option<String>,
    /// `--log-driver none` (`None`: k8s-file).
    pub log_driver: Option<String>,
    /// `--cgroups`, `--cgroup-parent` and the resource limits.
    pub cgroups: CgroupConfig,
    /// `--sdnotify`.
    pub sdnotify: SdNotify,
    /// `--cidfile`, `--pidfile`, `--conmon-pidfile`.
    pub files: RunFiles,
    /// The command line that made it, for `generate systemd --new`.
    pub create_command: Vec<String>,
    /// Namespaces, process attributes, devices, /dev/shm, /etc/hosts, annotations.
    pub settings: Settings,
}

impl RunOptions {
    /// The user-defined networks, the first one first.
    pub fn networks(&self) -> Vec<String> {
        self.network_name
            .iter()
            .chain(&self.extra_networks)
            .cloned()
            .collect()
    }
}

/// `run` in the foreground: returns the container's exit status.
pub fn run(engine: &Engine, opts: &RunOptions) -> Result<i32, Error> {
    let record = create(engine, opts)?;
    let result = LaunchConfig::of(&record)
        .and_then(|cfg| super::lifecycle::start_required(engine, &cfg))
        .and_then(|()| start_foreground(engine, &record, opts.sig_proxy));
    let code = result
        .as_ref()
        .map_or_else(|e| i32::from(e.exit_code()), |c| *c);
    super::events::container(&engine.store, "died", &record, Some(code));
    engine.after_member_exit(&record);
    if opts.remove {
        engine.store.delete_container(engine.owner()?, &record.id)?;
        super::events::container(&engine.store, "remove", &record, None);
        super::lifecycle::remove_anonymous_volumes(engine, &record);
    } else {
        let code = match &result {
            Ok(code) => *code,
            Err(e) => i32::from(e.exit_code()),
        };
        engine.store.update_container(&record.id, |c| {
            c.state = ContainerState::Exited;
            c.finished_at = Some(now_rfc3339());
            c.exit_code = Some(code);
            c.pid = None;
        })?;
    }
    result
}
