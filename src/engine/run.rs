//! `create` and `run`: find or pull the image, create the container record, then launch it in
//! the foreground (this process waits) or detached (a monitor process supervises it).

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::images::ImageError;
use super::pull::{self, PullOptions};
use super::{Engine, Error};
use crate::process::container::{self, Launch};
use crate::runtime::mounts::MountSpec;
use crate::runtime::names;
use crate::runtime::spec::{self, NetworkMode, Spec, SpecFlags};
use crate::store::containers::{ContainerRecord, ContainerState, RawConfig};
use crate::store::{IoContext, StoreError, now_rfc3339};

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
}

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
    pub health: Option<super::health::HealthConfig>,
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
}

impl Security {
    /// Turns the settings into what the container process applies.
    pub fn hardening(&self, cache: &std::path::Path) -> Result<container::Hardening, Error> {
        let caps = container::capability_set(
            self.default_caps.as_deref(),
            &self.cap_add,
            &self.cap_drop,
            self.privileged,
        )
        .map_err(|e| Error::Invalid(e.to_string()))?;
        let seccomp = match self.seccomp.as_deref() {
            _ if self.privileged => None,
            Some("unconfined") => None,
            Some(profile) => Some(crate::runtime::seccomp::compile_cached(profile, cache)?),
            None => Some(crate::runtime::seccomp::compile_cached(
                crate::runtime::seccomp::DEFAULT_PROFILE,
                cache,
            )?),
        };
        Ok(container::Hardening {
            caps,
            group_add: self.group_add.clone(),
            seccomp,
            no_new_privs: !self.privileged,
            init: false,
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
}

/// `run` in the foreground: returns the container's exit status.
pub fn run(engine: &Engine, opts: &RunOptions) -> Result<i32, Error> {
    let record = create(engine, opts)?;
    let result = start_foreground(engine, &record, opts.sig_proxy);
    let code = result
        .as_ref()
        .map_or_else(|e| i32::from(e.exit_code()), |c| *c);
    engine.store.event(
        "container",
        "died",
        &record.id,
        &record.name,
        &format!("{}:exit={code}", record.image_name),
    );
    if opts.remove {
        engine.store.delete_container(engine.owner()?, &record.id)?;
        engine.store.event(
            "container",
            "remove",
            &record.id,
            &record.name,
            &record.image_name,
        );
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

/// Finds or pulls the image and creates the container record (`created` state).
pub fn create(engine: &Engine, opts: &RunOptions) -> Result<ContainerRecord, Error> {
    if let Some(n) = &opts.name
        && !names::valid_name(n)
    {
        return Err(Error::bad_name(n));
    }
    let image = match opts.pull {
        PullPolicy::Always | PullPolicy::Newer => {
            pull::pull(engine, &opts.image, &opts.pull_options)?
        }
        PullPolicy::Never => engine.find_image(&opts.image)?,
        PullPolicy::Missing => match engine.find_image(&opts.image) {
            Ok(img) => img,
            Err(ImageError::NotKnown(_)) => pull::pull(engine, &opts.image, &opts.pull_options)?,
            Err(e) => return Err(e.into()),
        },
    };
    let config = engine.image_config(&image)?;
    create_from(engine, opts, &image, &config)
}

/// Creates the container record for `image` (a stored image, or a build step's layers with an
/// empty ID) and its `config`.
pub fn create_from(
    engine: &Engine,
    opts: &RunOptions,
    image: &crate::store::images::ImageRecord,
    config: &crate::image::manifest::ImageConfig,
) -> Result<ContainerRecord, Error> {
    let config = config.clone();
    let id = names::new_id();
    let hostname = opts
        .hostname
        .clone()
        .unwrap_or_else(|| id[..12].to_string());
    let spec = spec::resolve(&config, &opts.flags, &hostname)?;
    let image_stop = config.config.as_ref().and_then(|c| c.stop_signal.clone());
    let mut launch = LaunchConfig {
        spec,
        hostname,
        network: opts.network,
        interactive: opts.interactive,
        stop_signal: opts
            .stop_signal
            .clone()
            .or(image_stop)
            .unwrap_or_else(|| "SIGTERM".into()),
        stop_timeout: opts.stop_timeout.unwrap_or(10),
        mounts: opts.mounts.clone(),
        read_only: opts.read_only,
        tty: opts.flags.tty,
        security: opts.security.clone(),
        restart: opts.restart.clone(),
        init: opts.init,
        labels: config
            .config
            .as_ref()
            .and_then(|c| c.labels.clone())
            .unwrap_or_default()
            .into_iter()
            .chain(opts.labels.clone())
            .collect(),
        health: super::health::resolve(
            config
                .config
                .as_ref()
                .and_then(|c| c.healthcheck.as_ref())
                .and_then(super::health::from_image),
            opts.health.cmd.as_deref(),
            opts.health.interval.as_deref(),
            opts.health.timeout.as_deref(),
            opts.health.start_period.as_deref(),
            opts.health.retries,
            opts.health.disabled,
        )?,
        keep_id: None,
        ports: opts.ports.clone(),
        dns: opts.dns.clone(),
        dns_search: opts.dns_search.clone(),
        dns_options: opts.dns_options.clone(),
        add_hosts: opts.add_hosts.clone(),
        netns_path: opts.netns_path.clone(),
        network_name: match &opts.network_name {
            Some(n) => Some(engine.networks().get(n)?.name),
            None => None,
        },
        extra_networks: {
            // Names as recorded (an ID prefix resolves to its network's name).
            let mut names: Vec<String> = Vec::new();
            if let Some(n) = &opts.network_name {
                names.push(engine.networks().get(n)?.name);
            }
            for n in &opts.extra_networks {
                let name = engine.networks().get(n)?.name;
                if names.contains(&name) {
                    return Err(Error::Invalid(format!("network {name} is given twice")));
                }
                names.push(name);
            }
            names.split_off(names.len().min(1))
        },
        network_options: opts.network_options.clone(),
        network_aliases: opts.network_aliases.clone(),
        pod: opts.pod.clone(),
        infra: false,
        mac_address: opts.mac_address.clone(),
        log_driver: opts.log_driver.clone(),
        cgroups: opts.cgroups.clone(),
        sdnotify: opts.sdnotify,
        files: opts.files.clone(),
        create_command: opts.create_command.clone(),
        network_container: match &opts.network_container {
            Some(n) => Some(engine.find_container(n)?.id),
            None => None,
        },
    };
    crate::net::etc::validate(&launch.add_hosts, &launch.dns)?;
    if launch.sdnotify == SdNotify::Healthy && launch.health.is_none() {
        return Err(Error::Invalid(
            "--sdnotify=healthy needs a health check (--health-cmd or the image's HEALTHCHECK)"
                .into(),
        ));
    }
    if opts.publish_all {
        let exposed: Vec<String> = config
            .config
            .as_ref()
            .and_then(|c| c.exposed_ports.as_ref())
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        launch
            .ports
            .extend(crate::net::ports::publish_all(&exposed));
    }
    if !launch.ports.is_empty() && !launch.network.has_helper() {
        return Err(Error::Invalid(
            "publishing ports (-p, -P) needs a network of the container's own (not --network host, none, container: or ns:)".into(),
        ));
    }
    if let Some(missing) = crate::net::missing_helper(launch.network) {
        return Err(Error::System(missing.into()));
    }
    if let Some(p) = &launch.netns_path
        && !std::path::Path::new(p).exists()
    {
        return Err(Error::Invalid(format!(
            "--network ns:{p}: no such network namespace"
        )));
    }
    if let Some(mac) = &launch.mac_address {
        if !launch.network.has_helper() {
            return Err(Error::Invalid(
                "--mac-address needs a network of the container's own (pasta, slirp4netns or a user-defined network)".into(),
            ));
        }
        let ok = mac.split(':').count() == 6
            && mac
                .split(':')
                .all(|b| b.len() == 2 && u8::from_str_radix(b, 16).is_ok());
        if !ok {
            return Err(Error::Invalid(format!(
                "invalid --mac-address {mac:?}: want six hex bytes such as 92:d0:c6:0a:29:33"
            )));
        }
    }
    if !launch.network_aliases.is_empty() && launch.network != NetworkMode::Bridge {
        return Err(Error::Invalid(
            "--network-alias is only for user-defined networks".into(),
        ));
    }
    if opts.keep_id {
        let (uid, gid) = match &engine.mapping {
            crate::process::userns::Mapping::Full { uid, gid, .. } => (*uid, *gid),
            _ => return Err(Error::Invalid("--userns=keep-id needs a subordinate ID range (/etc/subuid) and runs rootless only".into())),
        };
        launch.keep_id = Some((uid, gid));
        // Like podman: the process runs as the user, unless --user says otherwise.
        if opts.flags.user.is_none() {
            launch.spec.user = format!("{uid}:{gid}");
        }
    }
    super::monitor::RestartPolicy::parse(&launch.restart)?;
    if opts.remove && !matches!(launch.restart.as_str(), "" | "no") {
        return Err(Error::Invalid(
            "the --rm option conflicts with --restart (other than \"no\")".into(),
        ));
    }
    // Refuse bad capability names or profiles now, not at start.
    launch.security.hardening(&engine.paths.runtime)?;
    crate::runtime::mounts::check_unique(&launch.mounts)
        .map_err(|e| Error::Invalid(e.to_string()))?;
    crate::runtime::signals::parse(&launch.stop_signal)
        .map_err(|e| Error::Invalid(e.to_string()))?;

    engine.materialize_mounts(&mut launch.mounts)?;
    if opts.replace
        && let Some(name) = &opts.name
        && let Ok(old) = engine.find_container(name)
    {
        super::lifecycle::remove(engine, &old.id, true)?;
    }
    let store = &engine.store;
    // The GC lock keeps the image's layers alive until the record that pins them exists.
    let _gc = store.lock_gc_shared()?;
    let _lock = store.lock_records()?;
    let image = if image.id.is_empty() {
        image.clone()
    } else {
        store
            .image(&image.id)
            .map_err(|_| ImageError::NotKnown(opts.image.clone()))?
    };
    let existing = store.list_containers()?;
    let name = match &opts.name {
        Some(n) => {
            if let Some(c) = existing.iter().find(|c| c.name == *n) {
                return Err(StoreError::NameInUse(n.clone(), c.id.clone()).into());
            }
            n.clone()
        }
        None => names::unused_name(|n| existing.iter().any(|c| c.name == n)),
    };
    let record = ContainerRecord {
        id: id.clone(),
        name,
        image_name: image
            .names
            .first()
            .cloned()
            .unwrap_or_else(|| image.id.clone()),
        image_id: image.id.clone(),
        layers: image.layers.iter().map(|l| l.chain_id.clone()).collect(),
        command: launch.spec.argv.clone(),
        created: now_rfc3339(),
        state: ContainerState::Created,
        pid: None,
        monitor_pid: None,
        monitor_start: None,
        exit_code: None,
        started_at: None,
        finished_at: None,
        auto_remove: opts.remove,
        restart_count: 0,
        health: launch
            .health
            .as_ref()
            .map(|_| serde_json::json!({"Status": "starting", "FailingStreak": 0, "Log": []})),
        config: RawConfig::of(&launch).expect("launch configs serialize"),
        cgroup: None,
        applied_limits: None,
    };
    // With --replace the file may be the replaced container's (a unit started again).
    if let Some(f) = &opts.files.cidfile
        && !opts.replace
        && std::path::Path::new(f).exists()
    {
        return Err(Error::Conflict(format!(
            "the --cidfile {f} exists: another container may be using it; remove it first"
        )));
    }
    engine.hold_claim(&record.id, store.create_container(&record)?);
    if let Some(f) = &opts.files.cidfile
        && let Err(e) = std::fs::write(f, &record.id)
    {
        if let Ok(owner) = engine.owner() {
            let _ = store.delete_container(owner, &record.id);
        }
        return Err(Error::System(format!("writing --cidfile {f}: {e}")));
    }
    store.event(
        "container",
        "create",
        &record.id,
        &record.name,
        &record.image_name,
    );
    Ok(record)
}

/// This process is the container's monitor: it records itself so `stop`, `kill` and `exec`
/// from other commands can reach the container while it runs.
pub fn start_foreground(
    engine: &Engine,
    record: &ContainerRecord,
    sig_proxy: bool,
) -> Result<i32, Error> {
    // Parsed once for this process's own use (the record's config is large).
    let cfg = LaunchConfig::of(record)?;
    let record = &place_cgroup(engine, record, &cfg)?;
    let launch = match prepare(engine, record) {
        Ok(l) => l,
        Err(e) => {
            if let Some(leaf) = &record.cgroup {
                crate::process::cgroup::remove(std::path::Path::new(leaf));
            }
            return Err(e);
        }
    };
    let tty = cfg.tty;
    let set = container::wait_set();
    let old = set
        .thread_swap_mask(nix::sys::signal::SigmaskHow::SIG_BLOCK)
        .map_err(|e| Error::System(format!("blocking signals: {e}")))?;
    let result = (|| {
        let console = if tty {
            Some(
                crate::process::console::socket_pair()
                    .map_err(|e| Error::System(format!("creating the console socket: {e}")))?,
            )
        } else {
            None
        };
        let stdio = match &console {
            Some((_, child_end)) => container::Stdio::Tty(child_end),
            None => container::Stdio::Inherit,
        };
        let child = container::spawn(&launch, stdio)?;
        let me = std::process::id() as i32;
        engine.store.update_container(&record.id, |c| {
            c.state = ContainerState::Running;
            c.pid = Some(child.as_raw());
            c.monitor_pid = Some(me);
            c.monitor_start = crate::sys::procfs::start_time(me);
            c.started_at = Some(now_rfc3339());
            c.finished_at = None;
            c.exit_code = None;
        })?;
        engine.store.event(
            "container",
            "start",
            &record.id,
            &record.name,
            &record.image_name,
        );
        started(&cfg, child.as_raw(), me, false);
        if let Some((ours, theirs)) = console {
            drop(theirs);
            if let Ok(Some(master)) = crate::process::console::receive_master(&ours) {
                return Ok(crate::process::console::relay(
                    child,
                    master,
                    launch.interactive,
                    &set,
                ));
            }
        }
        if sig_proxy {
            Ok(container::wait_forwarding(child, &set))
        } else {
            Ok(container::wait_ignoring(child, &set))
        }
    })();
    crate::net::stop_helpers_waiting(
        &engine.store.container_dir(&record.id).join("userdata"),
        crate::net::Wait::ForPorts,
    );
    if let Some(leaf) = &launch.cgroup {
        crate::process::cgroup::remove(leaf);
    }
    let _ = old.thread_set_mask();
    result
}

/// Where a container with `--sdnotify=container` finds systemd's socket.
const NOTIFY_INSIDE: &str = "/run/notify/notify.sock";

/// After a start: `--pidfile` and `--conmon-pidfile`, then systemd's notification as
/// `--sdnotify` says (`healthy` is waited for by the caller, which then calls this).
pub fn started(cfg: &LaunchConfig, pid: i32, monitor: i32, detached: bool) {
    for (file, value) in [
        (&cfg.files.pidfile, pid),
        (&cfg.files.conmon_pidfile, monitor),
    ] {
        if let Some(f) = file
            && let Err(e) = std::fs::write(f, value.to_string())
        {
            crate::log::warn(format_args!("writing {f}: {e}"));
        }
    }
    let socket = crate::process::sdnotify::socket();
    let message = match cfg.sdnotify {
        SdNotify::Ignore => None,
        SdNotify::Container if socket.as_deref().is_some_and(|s| s.starts_with('@')) => {
            crate::log::warn(format_args!(
                "--sdnotify=container: NOTIFY_SOCKET is an abstract socket, which can't be mounted into the container; gorae says READY=1 once it runs"
            ));
            Some(format!("MAINPID={monitor}\nREADY=1"))
        }
        // The container says READY=1 itself; a detached one's main process is the monitor.
        SdNotify::Container => detached.then(|| format!("MAINPID={monitor}")),
        SdNotify::Conmon | SdNotify::Healthy => Some(format!("MAINPID={monitor}\nREADY=1")),
    };
    if let Some(m) = message
        && let Err(e) = crate::process::sdnotify::send(&m)
    {
        crate::log::warn(format_args!("{e}"));
    }
}

/// Builds the launch description of a created container, writing its /etc files.
pub fn prepare(engine: &Engine, record: &ContainerRecord) -> Result<Launch, Error> {
    let cfg = LaunchConfig::of(record)?;
    let store = &engine.store;
    let dir = store.container_dir(&record.id);
    let etc_files = write_etc_files(&dir.join("userdata"), &cfg, &record.name)?;
    let mut cfg = cfg;
    let mut notify_socket = None;
    if cfg.sdnotify == SdNotify::Container
        && let Some(sock) = crate::process::sdnotify::socket().filter(|s| s.starts_with('/'))
    {
        // The container tells systemd itself: the unit's socket, at podman's place.
        notify_socket = Some(PathBuf::from(sock));
        cfg.spec.env.retain(|e| !e.starts_with("NOTIFY_SOCKET="));
        cfg.spec.env.push(format!("NOTIFY_SOCKET={NOTIFY_INSIDE}"));
    }
    let lower: Vec<String> = record
        .layers
        .iter()
        .rev()
        .filter_map(|c| crate::store::digest_hex(c).map(|h| format!("{h}/diff")))
        .collect();
    // The container whose namespaces this one shares (`--network container:`, a pod's infra).
    let shared_pid = match &cfg.network_container {
        Some(id) => {
            let other = engine.refresh(store.container(id)?);
            if !super::lifecycle::is_running(&other) {
                return Err(Error::InvalidState(format!(
                    "the network of container {} is used by this one, but it is not running",
                    other.name
                )));
            }
            Some(other.pid.unwrap_or(0))
        }
        None => None,
    };
    let mut attachments = Vec::new();
    for (i, name) in cfg.networks().enumerate() {
        attachments.push(join_network(engine, record, name, i)?);
    }
    // A pod member joins the namespaces its pod shares, held by the infra.
    let pod = match cfg.pod.as_deref().filter(|_| !cfg.infra) {
        Some(id) => Some(engine.find_pod(id)?).filter(|p| p.has_infra()),
        None => None,
    };
    // The infra's PID, looked up once for all the namespaces shared.
    let infra_pid = match &pod {
        Some(p) if !p.share.is_empty() => Some(engine.infra_pid(p)?),
        _ => None,
    };
    let pod_ns = |ns: &str| match (&pod, infra_pid) {
        (Some(p), Some(pid)) if p.shares(ns) => Some(PathBuf::from(format!("/proc/{pid}/ns/{ns}"))),
        _ => None,
    };
    if let Some(p) = &pod
        && p.shares("net")
    {
        // Peers on the pod's user-defined network learn this member's name.
        let infra = LaunchConfig::of(&store.container(&p.infra_id)?)?;
        if let Some(net) = &infra.network_name {
            refresh_network_hosts(engine, net, Some(&record.id))?;
        }
    }
    let mut hardening = cfg.security.hardening(&engine.paths.runtime)?;
    hardening.init = cfg.init;
    Ok(Launch {
        layers_root: store.layers_dir(),
        lower,
        upper: dir.join("upper"),
        work: dir.join("work"),
        merged: dir.join("merged"),
        spec: cfg.spec,
        hostname: cfg.hostname,
        network: cfg.network,
        interactive: cfg.interactive,
        tty_gid: container::tty_gid_mapped(),
        etc_files,
        mounts: engine.resolve_mounts(&cfg.mounts),
        read_only: cfg.read_only,
        hardening,
        privileged: cfg.security.privileged,
        keep_id: cfg.keep_id,
        ports: cfg.ports.clone(),
        pasta_pidfile: dir.join("userdata/pasta.pid"),
        network_options: match (&cfg.mac_address, cfg.network) {
            // slirp4netns's options are gorae's own (`key=value`), the MAC among them.
            (Some(mac), NetworkMode::Slirp4netns) => cfg
                .network_options
                .iter()
                .cloned()
                .chain([format!("mac={mac}")])
                .collect(),
            (Some(mac), _) => cfg
                .network_options
                .iter()
                .cloned()
                .chain(["--ns-mac-addr".to_string(), mac.clone()])
                .collect(),
            (None, _) => cfg.network_options.clone(),
        },
        attachments,
        join_netns: match shared_pid {
            Some(pid) => Some(PathBuf::from(format!("/proc/{pid}/ns/net"))),
            None => cfg.netns_path.as_ref().map(PathBuf::from),
        },
        join_ipc: pod_ns("ipc"),
        join_uts: pod_ns("uts"),
        join_pid: pod_ns("pid"),
        infra: cfg.infra,
        cgroup: record.cgroup.as_ref().map(PathBuf::from),
        notify_socket,
    })
}

/// Gives a container about to start its cgroup (see `process::cgroup`), records it with the
/// limits in force there, and says on stderr which limits given are not, and why.
pub fn place_cgroup(
    engine: &Engine,
    rec: &ContainerRecord,
    cfg: &LaunchConfig,
) -> Result<ContainerRecord, Error> {
    use crate::process::cgroup;
    if let Some(old) = &rec.cgroup {
        cgroup::remove(std::path::Path::new(old));
    }
    let limits = &cfg.cgroups.limits;
    let (leaf, applied) = if cfg.infra {
        (None, None)
    } else {
        match cgroup::place(
            &rec.id,
            cfg.cgroups.mode,
            cfg.cgroups.parent.as_deref(),
            limits,
        )? {
            Ok(p) => {
                for (flag, why) in &p.missing {
                    crate::log::warn(format_args!("{flag} not in force for {}: {why}", rec.name));
                }
                (Some(p.leaf.to_string_lossy().into_owned()), Some(p.applied))
            }
            Err(why) => {
                if !limits.is_empty() {
                    crate::log::warn(format_args!(
                        "{} not in force for {}: {why}; the container runs without these limits",
                        limits.given().join(", "),
                        rec.name
                    ));
                }
                (None, None)
            }
        }
    };
    if leaf.is_none() && applied.is_none() && rec.cgroup.is_none() && rec.applied_limits.is_none() {
        // Nothing to record (no cgroup here): spare the start a record write.
        return Ok(rec.clone());
    }
    Ok(engine.store.update_container(&rec.id, |c| {
        c.cgroup = leaf.clone();
        c.applied_limits = applied
            .as_ref()
            .map(|l| RawConfig::of(l).expect("limits serialize"));
    })?)
}

/// Gives a container on a user-defined network its address, and brings the /etc/hosts of
/// every member up to date (each lists the others, by name and alias).
fn join_network(
    engine: &Engine,
    record: &ContainerRecord,
    name: &str,
    index: usize,
) -> Result<crate::net::network::Attachment, Error> {
    let nets = engine.networks();
    let net = nets.get(name)?;
    let holder = nets.holder(name).ok_or_else(|| {
        Error::InvalidState(format!(
            "network {name} is not running: start the container again"
        ))
    })?;
    let store = &engine.store;
    let alive = |id: &str| {
        store
            .container(id)
            .is_ok_and(|c| super::lifecycle::is_running(&engine.refresh(c)))
    };
    let (ip, prefix, _) = nets.lease(&net, &record.id, alive)?;
    refresh_network_hosts(engine, &net.name, Some(&record.id))?;
    Ok(crate::net::network::Attachment {
        network: name.to_string(),
        holder_pid: holder,
        ip,
        prefix,
        ifname: crate::net::network::container_ifname(index),
    })
}

/// Rewrites the network's block in the /etc/hosts of every member: each lists the others, by
/// name and alias. A pod's infra stands for the pod, so it carries the pod's name and its
/// members' names, and its members get the block too. A file that is gone or unwritable
/// costs only its container the new names, unless it is `own`'s (the container starting).
fn refresh_network_hosts(engine: &Engine, name: &str, own: Option<&str>) -> Result<(), Error> {
    let store = &engine.store;
    let nets = engine.networks();
    let members = nets.members(name);
    let all = store.list_containers().unwrap_or_default();
    let configs: Vec<(&ContainerRecord, LaunchConfig)> = all
        .iter()
        .filter_map(|c| Some((c, LaunchConfig::of(c).ok()?)))
        .collect();
    // For each member: its names, and the containers whose hosts files carry its view.
    let describe = |id: &str| -> Option<(String, Vec<String>)> {
        let (rec, cfg) = configs.iter().find(|(c, _)| c.id == id)?;
        if Some(id) != own && !super::lifecycle::is_running(&engine.refresh((*rec).clone())) {
            return None;
        }
        let mut names = vec![rec.name.clone(), rec.id[..12].to_string()];
        names.extend(cfg.network_aliases.iter().cloned());
        let mut files = vec![rec.id.clone()];
        if cfg.infra
            && let Some(pod) = cfg.pod.as_deref().and_then(|p| engine.find_pod(p).ok())
        {
            names.insert(0, pod.name.clone());
            for (c, l) in &configs {
                if l.pod.as_deref() == Some(pod.id.as_str()) && !l.infra && pod.shares("net") {
                    names.push(c.name.clone());
                    files.push(c.id.clone());
                }
            }
        }
        Some((names.join(" "), files))
    };
    let entries: Vec<(std::net::Ipv4Addr, String, String, Vec<String>)> = members
        .iter()
        .filter_map(|(ip, id)| {
            let (names, files) = describe(id)?;
            Some((*ip, id.clone(), names, files))
        })
        .collect();
    for (_, id, _, files) in &entries {
        let peers: Vec<(std::net::Ipv4Addr, String)> = entries
            .iter()
            .filter(|(_, other, _, _)| other != id)
            .map(|(ip, _, n, _)| (*ip, n.clone()))
            .collect();
        for file in files {
            let hosts = store.container_dir(file).join("userdata/hosts");
            if let Err(e) = crate::net::network::write_hosts_block(&hosts, name, &peers)
                && Some(file.as_str()) == own
            {
                return Err(Error::io(&hosts, e));
            }
        }
    }
    Ok(())
}

/// /etc/hosts, /etc/hostname and /etc/resolv.conf for the container, bound over the image's.
fn write_etc_files(
    dir: &std::path::Path,
    cfg: &LaunchConfig,
    name: &str,
) -> Result<Vec<(String, PathBuf)>, Error> {
    let host_hosts = (cfg.network == NetworkMode::Host)
        .then(|| std::fs::read_to_string("/etc/hosts").unwrap_or_default());
    let slirp_dns = [crate::net::slirp::DNS.to_string()];
    let names = crate::net::etc::NameConfig {
        hostname: &cfg.hostname,
        name,
        host_hosts: host_hosts.as_deref(),
        host_gateway: match cfg.network {
            // pasta maps its gateway address to the host itself.
            NetworkMode::Pasta | NetworkMode::Bridge => crate::net::pasta::default_gateway(),
            NetworkMode::Slirp4netns => crate::net::slirp::host_address(&cfg.network_options),
            _ => None,
        },
        add_hosts: &cfg.add_hosts,
        dns: if cfg.network == NetworkMode::Slirp4netns && cfg.dns.is_empty() {
            &slirp_dns
        } else {
            &cfg.dns
        },
        dns_search: &cfg.dns_search,
        dns_options: &cfg.dns_options,
    };
    let hosts = crate::net::etc::hosts(&names);
    let host_resolv = crate::net::etc::resolv(
        &std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default(),
        &names,
    );
    let hostname = &cfg.hostname;
    let files = [
        ("/etc/hosts", "hosts", hosts),
        ("/etc/hostname", "hostname", format!("{hostname}\n")),
        ("/etc/resolv.conf", "resolv.conf", host_resolv),
    ];
    let mut out = Vec::new();
    for (inside, file, content) in files {
        let path = dir.join(file);
        // Regenerated at every start, so no fsync: durability buys nothing here. Mode 0644 so
        // any user in the container can read them.
        let _ = std::fs::remove_file(&path);
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o644)
            .open(&path)
            .and_then(|mut f| f.write_all(content.as_bytes()))
            .at(&path)?;
        out.push((inside.to_string(), path));
    }
    Ok(out)
}
