//! The launch schema kept in a container's record: `LaunchConfig` and the settings it carries
//! (`Security`, `CgroupConfig`, `SdNotify`, `RunFiles`), and the `--health-*` flags resolved
//! into it at create.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::engine::Error;
use crate::process::container;
use crate::runtime::mounts::MountSpec;
use crate::runtime::spec::{NetworkMode, Spec};
use crate::store::containers::ContainerRecord;

/// Files a start writes for the tools around gorae (systemd units above all): absolute paths.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RunFiles {
    /// The container's ID, written at create; a file already there is an error.
    #[serde(default)]
    pub cidfile: Option<String>,
    /// The container's first process, at each start.
    #[serde(default)]
    pub pidfile: Option<String>,
    /// The monitor (the process supervising it), at each start.
    #[serde(default)]
    pub conmon_pidfile: Option<String>,
}

/// `--cgroups`, `--cgroup-parent` and the limits asked for. Which limits are in force is only
/// known at start, and recorded then (`ContainerRecord::applied_limits`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CgroupConfig {
    #[serde(default)]
    pub mode: crate::process::cgroup::Mode,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub limits: crate::runtime::limits::Limits,
    /// `--cgroup-manager` as it was at create (`systemd` or `cgroupfs`); later starts keep it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
}

impl CgroupConfig {
    /// Whether a container with this needs a cgroup to be as asked: limits, `split`, or a
    /// parent given. (Without, a container where no cgroup can be had runs without one.)
    pub fn needs_cgroup(&self) -> bool {
        !self.limits.is_empty()
            || self.mode == crate::process::cgroup::Mode::Split
            || self.parent.is_some()
    }
}

/// `--sdnotify`: who tells systemd (through `$NOTIFY_SOCKET`) that the container is ready.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SdNotify {
    /// The container itself: the socket is mounted into it and `NOTIFY_SOCKET` set; gorae
    /// sends only `MAINPID`.
    #[default]
    Container,
    /// gorae, once the container runs: `MAINPID` and `READY=1`.
    Conmon,
    /// gorae, once the container's health check passed.
    Healthy,
    /// Nobody.
    Ignore,
}

impl SdNotify {
    pub fn parse(s: &str) -> Result<SdNotify, Error> {
        match s {
            "container" => Ok(SdNotify::Container),
            "conmon" => Ok(SdNotify::Conmon),
            "healthy" => Ok(SdNotify::Healthy),
            "ignore" => Ok(SdNotify::Ignore),
            _ => Err(Error::Invalid(format!(
                "invalid --sdnotify {s:?}: want container, conmon, healthy or ignore"
            ))),
        }
    }
}

/// `--health-*` flags, resolved against the image's HEALTHCHECK at create.
#[derive(Debug, Clone, Default)]
pub struct HealthFlags {
    pub cmd: Option<String>,
    pub interval: Option<String>,
    pub timeout: Option<String>,
    pub start_period: Option<String>,
    pub retries: Option<u32>,
    pub disabled: bool,
}

/// Everything needed to launch a created container, kept in its record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LaunchConfig {
    pub spec: Spec,
    pub hostname: String,
    pub network: NetworkMode,
    pub interactive: bool,
    pub stop_signal: String,
    pub stop_timeout: u32,
    #[serde(default)]
    pub mounts: Vec<MountSpec>,
    #[serde(default)]
    pub read_only: bool,
    #[serde(default)]
    pub tty: bool,
    #[serde(default)]
    pub security: Security,
    /// `--restart` policy, honoured by the monitor of a detached container.
    #[serde(default)]
    pub restart: String,
    /// `--init`: gorae's own init as PID 1.
    #[serde(default)]
    pub init: bool,
    /// The image's labels, then `--label`.
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub health: Option<crate::engine::health::HealthConfig>,
    /// `--userns=keep-id`: the user's host UID and GID, which the container sees as theirs.
    #[serde(default)]
    pub keep_id: Option<(u32, u32)>,
    /// `-p`/`-P`.
    #[serde(default)]
    pub ports: Vec<crate::net::ports::PortMapping>,
    /// `--network container:ID`: the container whose network namespace this one shares.
    #[serde(default)]
    pub network_container: Option<String>,
    /// `--dns`, `--dns-search`, `--dns-option`, `--add-host`.
    #[serde(default)]
    pub dns: Vec<String>,
    #[serde(default)]
    pub dns_search: Vec<String>,
    #[serde(default)]
    pub dns_options: Vec<String>,
    #[serde(default)]
    pub add_hosts: Vec<String>,
    #[serde(default)]
    pub netns_path: Option<String>,
    #[serde(default)]
    pub network_name: Option<String>,
    /// The user-defined networks after the first (`network_name`).
    #[serde(default)]
    pub extra_networks: Vec<String>,
    #[serde(default)]
    pub network_options: Vec<String>,
    #[serde(default)]
    pub network_aliases: Vec<String>,
    /// The pod this container belongs to (its ID).
    #[serde(default)]
    pub pod: Option<String>,
    /// A pod's infra container (no image, no command: gorae holds the namespaces).
    #[serde(default)]
    pub infra: bool,
    /// `--mac-address`, for the helper's interface.
    #[serde(default)]
    pub mac_address: Option<String>,
    /// `--log-driver none`: the output is read and dropped (`None`: k8s-file).
    #[serde(default)]
    pub log_driver: Option<String>,
    #[serde(default)]
    pub cgroups: CgroupConfig,
    #[serde(default)]
    pub sdnotify: SdNotify,
    #[serde(default)]
    pub files: RunFiles,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
    #[serde(default, skip_serializing_if = "Settings::is_default")]
    pub settings: Settings,
}

/// The settings that go from the flags into the record as they are (checked when parsed):
/// namespaces, process attributes, devices, /dev/shm, /etc/hosts, annotations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// `--ipc`, `--pid`, `--uts`, `--cgroupns` (`container:` names resolved to IDs at create).
    #[serde(default)]
    pub namespaces: crate::runtime::namespaces::Namespaces,
    /// `--ulimit`, `--umask`, `--oom-score-adj`, `--personality`, `--sysctl`.
    #[serde(default)]
    pub attrs: crate::runtime::proc_attrs::ProcAttrs,
    /// `--shm-size`, in bytes (podman's default: 64 MiB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shm_size: Option<u64>,
    /// `--device`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<crate::runtime::mounts::Device>,
    /// `--read-only-tmpfs=false`: a `--read-only` root without tmpfs on /tmp, /var/tmp, /run.
    #[serde(default)]
    pub no_read_only_tmpfs: bool,
    /// `--no-hosts`: the image's /etc/hosts is left as it is.
    #[serde(default)]
    pub no_hosts: bool,
    /// `--systemd`: `true` (the default: systemd mode when the command is an init), `false`
    /// or `always`; at create, whether the container is in systemd mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub systemd_flag: Option<String>,
    #[serde(default)]
    pub systemd: bool,
    /// `--annotation`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub annotations: std::collections::BTreeMap<String, String>,
    /// `--tz`: `local` or a zone name; its zone file is bound at /etc/localtime.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tz: Option<String>,
    /// `--image-volume`: what the image's VOLUMEs become.
    #[serde(default)]
    pub image_volume: ImageVolume,
    /// `--chrootdirs`: directories that get /etc/hosts and /etc/resolv.conf too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chrootdirs: Vec<String>,
    /// `--init-path`: the init binary bound at /run/podman-init and run as PID 1 (instead
    /// of gorae's own `--init`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init_path: Option<String>,
    /// `--passwd=false`: no /etc/passwd or /etc/group lines are added.
    #[serde(default)]
    pub no_passwd: bool,
    /// `--passwd-entry`: the template of the passwd lines added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passwd_entry: Option<String>,
    /// `--hostuser`: host users added to the container's /etc/passwd.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hostusers: Vec<String>,
    /// `--log-opt path=`: the k8s-file log's path (absolute), instead of the store's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_path: Option<String>,
    /// `--log-opt tag=`, kept for inspect (journald's; k8s-file has no use for it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_tag: Option<String>,
    /// `--health-on-failure`: kill, restart or stop once the check says unhealthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_on_failure: Option<String>,
    /// `--timeout`: seconds the container may run before it is killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    /// `--requires`: containers (IDs) started before this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// `--volumes-from`, as given (the mounts were copied at create).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volumes_from: Vec<String>,
    /// `--expose`: `PORT/PROTOCOL`, one per port, beside the image's (for `-P`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expose: Vec<String>,
    /// `--attach`: the streams a foreground run shows (all when empty); the log has all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attach: Vec<String>,
    /// `--ipc private` (not `shareable`, the default): no other container may join it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ipc_unshareable: bool,
    /// `--rootfs`: a directory that is the container's root instead of an image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rootfs: Option<RootfsDir>,
    /// `--ip`, `--network NAME:ip=`: a user-defined network's address for the container.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub static_ips: BTreeMap<String, String>,
    /// `--network NAME:mac=`: the MAC address of the container's interface on that network.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub network_macs: BTreeMap<String, String>,
    /// `--network NAME:interface_name=`: the interface's name (else eth1, eth2, …).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ifnames: BTreeMap<String, String>,
    /// `--secret`: the secrets copied into the container at create.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secrets: Vec<crate::engine::secrets::SecretUse>,
}

/// `--rootfs PATH[:O]`: the directory itself (written to), or with `:O` the lower layer of
/// an overlay (written to the container's own upper layer, the directory left as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootfsDir {
    pub path: String,
    pub overlay: bool,
}

impl RootfsDir {
    /// Parses `PATH[:O]`: an existing directory, made absolute.
    pub fn parse(given: &str) -> Result<RootfsDir, Error> {
        let (path, overlay) = match given.strip_suffix(":O") {
            Some(p) => (p, true),
            None => (given, false),
        };
        let abs = std::fs::canonicalize(path)
            .map_err(|e| Error::Invalid(format!("--rootfs {path}: {e}")))?;
        if !abs.is_dir() {
            return Err(Error::Invalid(format!("--rootfs {path}: not a directory")));
        }
        let path = abs.display().to_string();
        // The overlay's option string separates its directories with these.
        if overlay && path.contains([':', ',']) {
            return Err(Error::Invalid(format!(
                "--rootfs {path}:O: an overlay's lower directory can't contain ':' or ','"
            )));
        }
        Ok(RootfsDir { path, overlay })
    }
}

/// `--image-volume`: an anonymous volume per image VOLUME (podman's `bind`, the default), a
/// tmpfs, or nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageVolume {
    #[default]
    Anonymous,
    Tmpfs,
    Ignore,
}

impl Settings {
    fn is_default(&self) -> bool {
        *self == Settings::default()
    }
}

/// `--cap-add/--cap-drop`, `--privileged`, `--group-add`, `--security-opt`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Security {
    /// containers.conf's `default_capabilities`, replacing podman's default set.
    #[serde(default)]
    pub default_caps: Option<Vec<String>>,
    #[serde(default)]
    pub cap_add: Vec<String>,
    #[serde(default)]
    pub cap_drop: Vec<String>,
    #[serde(default)]
    pub privileged: bool,
    #[serde(default)]
    pub group_add: Vec<String>,
    /// `None`: the default profile; `Some("unconfined")`; or a profile's JSON text.
    #[serde(default)]
    pub seccomp: Option<String>,
    /// `--security-opt mask=`: more paths to mask (colon-separated lists).
    #[serde(default)]
    pub mask: Vec<String>,
    /// `--security-opt unmask=`: default masked or read-only paths to leave alone (`ALL`).
    #[serde(default)]
    pub unmask: Vec<String>,
    /// `--security-opt proc-opts=`: mount options of /proc (`hidepid=2`, `subset=pid`).
    #[serde(default)]
    pub proc_opts: Vec<String>,
}

impl Security {
    /// The kernel paths masked and made read-only.
    pub fn kernel_paths(&self) -> Result<crate::runtime::kernel_paths::KernelPaths, Error> {
        crate::runtime::kernel_paths::kernel_paths(self.privileged, &self.mask, &self.unmask)
            .map_err(|e| Error::Invalid(e.to_string()))
    }

    /// The options /proc is mounted with, if any were given.
    pub fn proc_opts(&self) -> Option<String> {
        (!self.proc_opts.is_empty()).then(|| self.proc_opts.join(","))
    }

    /// The capabilities the container's process gets (`CHOWN`, …), for inspect.
    pub fn effective_caps(&self) -> Vec<String> {
        container::capability_set(
            self.default_caps.as_deref(),
            &self.cap_add,
            &self.cap_drop,
            self.privileged,
        )
        .map(|caps| {
            caps.iter()
                .map(|c| c.to_string().trim_start_matches("CAP_").to_string())
                .collect()
        })
        .unwrap_or_default()
    }

    /// Turns the settings into what the container process applies.
    pub fn hardening(&self, cache: &std::path::Path) -> Result<container::Hardening, Error> {
        let caps = container::capability_set(
            self.default_caps.as_deref(),
            &self.cap_add,
            &self.cap_drop,
            self.privileged,
        )
        .map_err(|e| Error::Invalid(e.to_string()))?;
        // The profile's rules are chosen by the capabilities the container gets.
        let target =
            || crate::runtime::seccomp::Target::host(caps.iter().map(|c| c.to_string()).collect());
        let seccomp = match self.seccomp.as_deref() {
            _ if self.privileged => Vec::new(),
            Some("unconfined") => Vec::new(),
            Some(profile) => crate::runtime::seccomp::compile_cached(profile, &target(), cache)?,
            None => crate::runtime::seccomp::compile_cached(
                crate::runtime::seccomp::DEFAULT_PROFILE,
                &target(),
                cache,
            )?,
        };
        Ok(container::Hardening {
            caps,
            group_add: self.group_add.clone(),
            seccomp,
            no_new_privs: !self.privileged,
            init: false,
            attrs: Default::default(),
        })
    }
}

impl LaunchConfig {
    pub fn of(rec: &ContainerRecord) -> Result<LaunchConfig, Error> {
        serde_json::from_str(rec.config.text()).map_err(|e| {
            Error::System(format!(
                "container {}: unreadable launch configuration: {e}",
                rec.id
            ))
        })
    }

    /// The user-defined networks the container is on, its first one first.
    pub fn networks(&self) -> impl Iterator<Item = &String> {
        self.network_name.iter().chain(&self.extra_networks)
    }

    /// Where the container's log is (`--log-opt path=`, else in the store).
    pub fn log_path(&self, store: &crate::store::Store, id: &str) -> std::path::PathBuf {
        self.settings
            .log_path
            .as_ref()
            .map_or_else(|| store.log_path(id), std::path::PathBuf::from)
    }

    /// The container whose user namespace a start must begin in: the one whose network, or
    /// another of whose namespaces, this one shares.
    pub fn shared_container(&self) -> Option<&str> {
        self.network_container
            .as_deref()
            .or_else(|| self.settings.namespaces.containers().first().copied())
    }
}
