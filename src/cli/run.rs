//! Container commands: run (foreground), ps, rm, and container inspect documents.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::format::{self, ListFormat};
use super::image::RegistryArgs;
use crate::engine::Engine;
use crate::engine::run::{self, PullPolicy, RunOptions};
use crate::runtime::spec::{NetworkMode, SpecFlags};
use crate::store::containers::{ContainerRecord, ContainerState};

mod security;
use security::security;

#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct RunArgs {
    /// Print help (`-h` is --hostname, as in podman)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Run in the background and print the container ID
    #[arg(short, long)]
    pub detach: bool,
    /// Replace a container of the same name
    #[arg(long)]
    pub replace: bool,
    /// Forward signals gorae receives to the container (foreground runs)
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Signal to stop the container (default: the image's STOPSIGNAL, else SIGTERM)
    #[arg(long)]
    pub stop_signal: Option<String>,
    /// Seconds to wait for the stop signal before SIGKILL (default 10)
    #[arg(long)]
    pub stop_timeout: Option<u32>,
    /// Bind mount or volume: [SOURCE:]DESTINATION[:OPTIONS] (ro, rw, z, Z, nosuid, nodev, noexec)
    #[arg(short, long, value_name = "VOLUME")]
    pub volume: Vec<String>,
    /// Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]
    #[arg(long, value_name = "MOUNT")]
    pub mount: Vec<String>,
    /// Mount a tmpfs: DESTINATION[:OPTIONS]
    #[arg(long, value_name = "TMPFS")]
    pub tmpfs: Vec<String>,
    /// Memory limit (512m, 1g, …)
    #[arg(short, long)]
    pub memory: Option<String>,
    /// Memory plus swap limit (-1 for unlimited)
    #[arg(long)]
    pub memory_swap: Option<String>,
    /// Memory soft limit
    #[arg(long)]
    pub memory_reservation: Option<String>,
    /// CPU limit, in CPUs (1.5)
    #[arg(long)]
    pub cpus: Option<String>,
    /// CPU shares (relative weight)
    #[arg(short = 'c', long)]
    pub cpu_shares: Option<u64>,
    /// CPUs the container may use (0-1,3)
    #[arg(long)]
    pub cpuset_cpus: Option<String>,
    /// Process limit (-1 for unlimited)
    #[arg(long, allow_hyphen_values = true)]
    pub pids_limit: Option<i64>,
    /// Block IO weight (10-1000)
    #[arg(long)]
    pub blkio_weight: Option<u16>,
    /// The container's cgroup: enabled (its own), disabled (none: the caller's), no-conmon
    /// (its own; the monitor stays in the caller's), split (both below the caller's own
    /// cgroup, for systemd units)
    #[arg(long, default_value = "enabled", value_name = "MODE")]
    pub cgroups: String,
    /// The cgroup (a path under /sys/fs/cgroup) to create the container's cgroup in
    #[arg(long, value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// With systemd's NOTIFY_SOCKET: who says READY=1: container, conmon (gorae, once the
    /// container runs), healthy (once its health check passed) or ignore
    #[arg(long, default_value = "container", value_name = "WHO")]
    pub sdnotify: String,
    /// Write the container's ID to this file
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<String>,
    /// Write the PID of the container's first process to this file
    #[arg(long, value_name = "FILE")]
    pub pidfile: Option<String>,
    /// Write the PID of the container's monitor (podman's conmon) to this file
    #[arg(long, value_name = "FILE")]
    pub conmon_pidfile: Option<String>,
    /// Run gorae's minimal init as PID 1: it forwards signals and reaps zombies
    #[arg(long)]
    pub init: bool,
    /// Health check command (a shell command, a JSON array, or "none")
    #[arg(long)]
    pub health_cmd: Option<String>,
    /// Time between health checks (e.g. 30s; "disable" for manual checks only)
    #[arg(long)]
    pub health_interval: Option<String>,
    /// Failures in a row before the container is unhealthy
    #[arg(long)]
    pub health_retries: Option<u32>,
    /// Time a check may take
    #[arg(long)]
    pub health_timeout: Option<String>,
    /// Grace period in which failures don't count
    #[arg(long)]
    pub health_start_period: Option<String>,
    /// Disable the image's health check
    #[arg(long)]
    pub no_healthcheck: bool,
    /// User namespace mode: keep-id (your UID and GID inside), or host (the default)
    #[arg(long, value_parser = ["keep-id", "host", ""])]
    pub userns: Option<String>,
    /// Set a label on the container (KEY=VALUE)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Restart policy for detached containers: no, always, unless-stopped, on-failure[:N]
    #[arg(long, default_value = "no")]
    pub restart: String,
    /// Make the root filesystem read-only (with tmpfs on /tmp, /var/tmp, /run)
    #[arg(long)]
    pub read_only: bool,
    /// Add capabilities (NET_ADMIN, CAP_SYS_TIME, …, or ALL; several with commas)
    #[arg(long, value_name = "CAPABILITY", value_delimiter = ',')]
    pub cap_add: Vec<String>,
    /// Drop capabilities (or ALL; several with commas)
    #[arg(long, value_name = "CAPABILITY", value_delimiter = ',')]
    pub cap_drop: Vec<String>,
    /// All capabilities, no seccomp filter, no masked kernel paths (still rootless)
    #[arg(long)]
    pub privileged: bool,
    /// Additional groups for the container's user
    #[arg(long, value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// Security options: seccomp=unconfined|PROFILE.json, mask=PATHS, unmask=PATHS|ALL,
    /// proc-opts=OPTIONS, no-new-privileges, label=disable
    #[arg(long, value_name = "OPTION")]
    pub security_opt: Vec<String>,
    /// Where the seccomp profile comes from: default, or image (the image's
    /// io.containers.seccomp.profile label, over --security-opt seccomp=)
    #[arg(long, value_name = "POLICY", default_value = "default",
          value_parser = ["default", "image"])]
    pub seccomp_policy: String,
    /// Keep stdin open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    pub tty: bool,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Set environment variables (KEY=VALUE, or KEY to take it from the host)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Working directory inside the container
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// Run as USER[:GROUP] (names or numbers)
    #[arg(short, long)]
    pub user: Option<String>,
    /// Override the image's entrypoint (a string, or a JSON array)
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Set the container's hostname
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Network mode: pasta[:OPTS] (the default when installed), slirp4netns[:OPTS], host, none,
    /// container:NAME (share another container's), ns:PATH, or a network's name (repeat it
    /// for more user-defined networks)
    #[arg(long, alias = "net")]
    pub network: Vec<String>,
    /// Run in a pod (sharing its network, IPC and UTS namespaces)
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
    /// Another name for the container on its network
    #[arg(long, value_name = "NAME")]
    pub network_alias: Vec<String>,
    /// Where the container's output goes: k8s-file (the default, for `logs`) or none
    #[arg(long, value_name = "DRIVER")]
    pub log_driver: Option<String>,
    /// The MAC address of the container's interface (pasta, slirp4netns)
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// Publish a port: [ip:][hostPort:]containerPort[/tcp|udp], ranges allowed
    #[arg(short, long, value_name = "PORT")]
    pub publish: Vec<String>,
    /// Publish every port the image EXPOSEs to a random host port
    #[arg(short = 'P', long)]
    pub publish_all: bool,
    /// DNS servers for the container's /etc/resolv.conf
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// DNS search domains
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// resolv.conf options (ndots:2, …)
    #[arg(long, value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Add a line to /etc/hosts: NAME:IP
    #[arg(long, value_name = "NAME:IP")]
    pub add_host: Vec<String>,
    /// When to pull the image: always, missing, never, newer
    #[arg(long, default_value = "missing", num_args = 0..=1, default_missing_value = "always", require_equals = false,
          value_parser = ["always", "missing", "never", "newer", "true", "false"])]
    pub pull: String,
    /// Suppress pull progress output
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// The image to run
    pub image: String,
    /// Command and arguments (default: the image's)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

/// Parses the limit flags; a bad value is an error naming the flag. Whether they are in
/// force is known when the container starts, and said then.
fn limits(a: &RunArgs) -> Result<crate::runtime::limits::Limits> {
    use crate::runtime::limits::{self as l, Limits};
    Ok(Limits {
        memory: a
            .memory
            .as_deref()
            .map(|m| l::parse_size("--memory", m).and_then(l::check_memory))
            .transpose()?,
        memory_swap: a
            .memory_swap
            .as_deref()
            .map(|m| {
                if m == "-1" {
                    Ok(-1)
                } else {
                    l::parse_size("--memory-swap", m).map(|v| v as i64)
                }
            })
            .transpose()?,
        memory_reservation: a
            .memory_reservation
            .as_deref()
            .map(|m| l::parse_size("--memory-reservation", m))
            .transpose()?,
        cpus: a.cpus.as_deref().map(l::parse_cpus).transpose()?,
        cpu_shares: a.cpu_shares,
        cpuset_cpus: a.cpuset_cpus.as_deref().map(l::parse_cpuset).transpose()?,
        pids_limit: a.pids_limit,
        // 0 is podman's "unset".
        blkio_weight: a
            .blkio_weight
            .map(l::check_blkio)
            .transpose()?
            .filter(|w| *w != 0),
    })
}

fn cgroup_config(a: &RunArgs) -> Result<crate::engine::run::CgroupConfig> {
    use crate::process::cgroup::Mode;
    let limits = limits(a)?;
    if let (Some(m), Some(s)) = (limits.memory, limits.memory_swap)
        && s >= 0
        && (s as u64) < m
    {
        anyhow::bail!("invalid --memory-swap {s}: must be at least --memory ({m})");
    }
    if limits.memory_swap.is_some() && limits.memory.is_none() {
        anyhow::bail!("--memory-swap needs --memory");
    }
    let mode = Mode::parse(&a.cgroups).map_err(anyhow::Error::msg)?;
    if mode == Mode::Disabled && !limits.is_empty() {
        anyhow::bail!(
            "{}: resource limits need a cgroup, and --cgroups=disabled gives none",
            limits.given().join(", ")
        );
    }
    if mode == Mode::Disabled && a.cgroup_parent.is_some() {
        anyhow::bail!("--cgroup-parent and --cgroups=disabled contradict each other");
    }
    Ok(crate::engine::run::CgroupConfig {
        mode,
        parent: a.cgroup_parent.clone(),
        limits,
    })
}

pub fn run_options(a: &RunArgs) -> Result<RunOptions> {
    let cgroups = cgroup_config(a)?;
    let sdnotify = crate::engine::run::SdNotify::parse(&a.sdnotify)?;
    let absolute = |f: &Option<String>| -> Result<Option<String>> {
        f.as_ref()
            .map(|f| {
                std::path::absolute(f)
                    .map(|p| p.to_string_lossy().into_owned())
                    .map_err(|e| anyhow::anyhow!("{f}: {e}"))
            })
            .transpose()
    };
    let files = crate::engine::run::RunFiles {
        cidfile: absolute(&a.cidfile)?,
        pidfile: absolute(&a.pidfile)?,
        conmon_pidfile: absolute(&a.conmon_pidfile)?,
    };
    let pull = match a.pull.as_str() {
        "always" | "true" => PullPolicy::Always,
        "never" | "false" => PullPolicy::Never,
        "newer" => PullPolicy::Newer,
        _ => PullPolicy::Missing,
    };
    let conf = crate::engine::config::ContainersConf::load()?;
    let default_net = conf.default_network_cmd.as_deref().unwrap_or("private");
    let mut net = crate::net::parse_mode(a.network.first().map_or(default_net, String::as_str))?;
    // More than one --network: user-defined networks only, each an interface of its own.
    let mut extra_networks = Vec::new();
    for n in a.network.iter().skip(1) {
        let more = crate::net::parse_mode(n)?;
        match (net.mode, more.mode, more.target) {
            (NetworkMode::Bridge, NetworkMode::Bridge, Some(name)) => extra_networks.push(name),
            _ => anyhow::bail!(
                "--network {n}: only user-defined networks can be combined (got {})",
                a.network.join(", ")
            ),
        }
    }
    // containers.conf's helper options apply when --network gives none.
    if net.options.is_empty() {
        net.options = match net.mode {
            NetworkMode::Pasta => conf.pasta_options.clone(),
            NetworkMode::Slirp4netns => conf.slirp_options.clone(),
            _ => vec![],
        };
        if net.mode == NetworkMode::Slirp4netns {
            crate::net::slirp::parse_options(&net.options)
                .map_err(|e| anyhow::anyhow!("containers.conf network_cmd_options: {e}"))?;
        }
    }
    let or_conf = |flag: &Vec<String>, conf: &Vec<String>| {
        if flag.is_empty() {
            conf.clone()
        } else {
            flag.clone()
        }
    };
    Ok(RunOptions {
        image: a.image.clone(),
        flags: SpecFlags {
            base_env: conf.env.clone(),
            command: a.command.clone(),
            entrypoint: a.entrypoint.clone(),
            env: a.env.clone(),
            env_files: a.env_file.clone(),
            workdir: a.workdir.clone(),
            user: a.user.clone(),
            tty: a.tty,
        },
        name: a.name.clone(),
        hostname: a.hostname.clone(),
        remove: a.rm,
        network: net.mode,
        network_container: (net.mode == NetworkMode::Container)
            .then(|| net.target.clone())
            .flatten(),
        netns_path: (net.mode == NetworkMode::Ns)
            .then(|| net.target.clone())
            .flatten(),
        network_name: (net.mode == NetworkMode::Bridge)
            .then(|| net.target.clone())
            .flatten(),
        extra_networks,
        network_options: net.options.clone(),
        network_aliases: a.network_alias.clone(),
        pod: None,
        mac_address: a.mac_address.clone(),
        ports: a
            .publish
            .iter()
            .map(|p| crate::net::ports::parse(p))
            .collect::<Result<_, _>>()
            .map_err(anyhow::Error::msg)?,
        publish_all: a.publish_all,
        dns: or_conf(&a.dns, &conf.dns_servers),
        dns_search: or_conf(&a.dns_search, &conf.dns_searches),
        dns_options: or_conf(&a.dns_option, &conf.dns_options),
        add_hosts: a.add_host.clone(),
        interactive: a.interactive,
        pull,
        pull_options: a.registry.pull_options(a.quiet)?,
        replace: a.replace,
        sig_proxy: a.sig_proxy,
        stop_signal: a.stop_signal.clone(),
        stop_timeout: a.stop_timeout,
        mounts: {
            use crate::runtime::mounts;
            let mut m = Vec::new();
            for v in &a.volume {
                m.push(mounts::parse_volume(v)?);
            }
            for v in &a.mount {
                m.push(mounts::parse_mount(v)?);
            }
            for v in &a.tmpfs {
                m.push(mounts::parse_tmpfs(v)?);
            }
            m
        },
        read_only: a.read_only,
        security: security(a, &conf)?,
        seccomp_policy_image: a.seccomp_policy == "image",
        log_driver: match a.log_driver.as_deref().or(conf.log_driver.as_deref()) {
            None | Some("k8s-file") => None,
            Some("none") => Some("none".into()),
            Some(other) => {
                anyhow::bail!("invalid --log-driver {other:?}: gorae has k8s-file and none")
            }
        },
        restart: a.restart.clone(),
        init: a.init,
        health: crate::engine::run::HealthFlags {
            cmd: a.health_cmd.clone(),
            interval: a.health_interval.clone(),
            timeout: a.health_timeout.clone(),
            start_period: a.health_start_period.clone(),
            retries: a.health_retries,
            disabled: a.no_healthcheck,
        },
        keep_id: a.userns.as_deref() == Some("keep-id"),
        labels: format::labels(&a.label),
        cgroups,
        sdnotify,
        files,
        create_command: std::env::args().collect(),
    })
}

/// `--pod`: the container joins the pod's infra, whose namespaces this process enters (the
/// infra is started if need be).
pub fn enter_namespaces(engine: &Engine, a: &RunArgs, opts: &mut RunOptions) -> Result<()> {
    let Some(query) = &a.pod else {
        engine.enter_for_network(opts.network_container.as_deref(), &opts.networks())?;
        return Ok(());
    };
    let pod = engine.find_pod(query)?;
    if pod.shares("net") {
        if !a.network.is_empty() || !opts.ports.is_empty() {
            anyhow::bail!(
                "--pod: the network and published ports are the pod's: set them at pod create"
            );
        }
        opts.network = NetworkMode::Container;
        opts.network_container = Some(pod.infra_id.clone());
    } else if pod.has_infra() && (opts.network_name.is_some() || opts.network_container.is_some()) {
        // Joining the infra's namespaces means starting from its user namespace, and a user
        // network or another container's namespace each need their own.
        anyhow::bail!(
            "--pod: a member of pod {} cannot use --network {}: give the pod the network \
             (pod create --network), or make the pod with --infra=false",
            pod.name,
            a.network.join(", ")
        );
    }
    if pod.shares("uts") {
        opts.hostname = Some(pod.hostname.clone());
    }
    opts.pod = Some(pod.id.clone());
    if pod.has_infra() {
        engine.enter_pod(&pod)?;
    } else {
        engine.enter_for_network(opts.network_container.as_deref(), &opts.networks())?;
    }
    Ok(())
}

pub fn run(a: RunArgs) -> Result<ExitCode> {
    let mut opts = run_options(&a)?;
    if opts.sdnotify == crate::engine::run::SdNotify::Healthy && !a.detach {
        anyhow::bail!("--sdnotify=healthy needs --detach: gorae waits for the health check");
    }
    if opts.cgroups.needs_cgroup() {
        crate::process::cgroup::reexec_in_user_scope();
    }
    let engine = Engine::open_readonly()?;
    super::container::replace_first(&engine, &a)?;
    enter_namespaces(&engine, &a, &mut opts)?;
    let result = if a.detach {
        run::create(&engine, &opts).and_then(|rec| {
            crate::engine::lifecycle::start(&engine, &rec.id)?;
            format::print_stdout(&format!("{}\n", rec.id));
            Ok(0)
        })
    } else {
        run::run(&engine, &opts)
    };
    match result {
        Ok(code) => Ok(ExitCode::from(u8::try_from(code).unwrap_or(255))),
        Err(e) => {
            eprintln!("Error: {e}");
            Ok(ExitCode::from(e.exit_code()))
        }
    }
}

#[derive(Debug, Args)]
pub struct PsArgs {
    /// Show all containers, not only running ones
    #[arg(short, long)]
    pub all: bool,
    /// Print container IDs only
    #[arg(short, long)]
    pub quiet: bool,
    /// Change the output format to JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Do not print column headings
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Filter: name=, id=, status=, label=KEY[=VALUE], ancestor= (repeat to narrow)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Show the last created container only
    #[arg(short, long)]
    pub latest: bool,
    /// Also containers not made by run or create (other tools' containers in the store;
    /// gorae's store holds none, so the list is the same)
    #[arg(long)]
    pub external: bool,
}

pub fn ps(a: PsArgs) -> Result<ExitCode> {
    let filters = super::container::parse_filters(&a.filter)?;
    let engine = Engine::open_readonly()?;
    let mut list: Vec<ContainerRecord> = engine
        .store
        .list_containers()?
        .into_iter()
        .map(|c| engine.refresh(c))
        .collect();
    let status_filter = filters.iter().any(|(k, _)| k == "status");
    if !a.all && !status_filter && !a.latest {
        list.retain(crate::engine::lifecycle::is_running);
    }
    list.retain(|c| super::container::filter_matches(c, &filters));
    if a.latest {
        list.truncate(1);
    }
    if a.quiet {
        let out: String = list
            .iter()
            .map(|c| format!("{}\n", if a.no_trunc { &c.id } else { &c.id[..12] }))
            .collect();
        format::print_stdout(&out);
        return Ok(ExitCode::SUCCESS);
    }
    // Pod names for `.PodName`, read once (and only when some container is in a pod).
    let pods: std::collections::HashMap<String, String> = if list.iter().any(|c| {
        #[derive(serde::Deserialize)]
        struct Pod {
            #[serde(default)]
            pod: Option<String>,
        }
        serde_json::from_str::<Pod>(c.config.text()).is_ok_and(|p| p.pod.is_some())
    }) {
        engine
            .list_pods()
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect()
    } else {
        Default::default()
    };
    let rows: Vec<serde_json::Value> = list
        .iter()
        .map(|c| {
            let mut row = ps_row(c, a.no_trunc);
            let name = row["Pod"].as_str().and_then(|id| pods.get(id)).cloned();
            row["PodName"] = name.unwrap_or_default().into();
            // What its monitor could not record is not hidden behind a plain status.
            if let Some(e) = engine.store.monitor_error(&c.id) {
                let status = format!(
                    "{} (monitor error: {e})",
                    row["Status"].as_str().unwrap_or("")
                );
                row["Status"] = status.into();
                row["Error"] = e.into();
            }
            row
        })
        .collect();
    ListFormat {
        format: a.format.as_deref(),
        default_table: "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}",
        headers: &[("ID", "CONTAINER ID"), ("CreatedHuman", "CREATED"), ("Names", "NAMES")],
        no_heading: a.noheading,
    }
    .print(&rows, || serde_json::Value::Array(rows.clone()))?;
    Ok(ExitCode::SUCCESS)
}

fn ps_row(c: &ContainerRecord, no_trunc: bool) -> serde_json::Value {
    let status = match (c.state, c.exit_code) {
        (ContainerState::Exited, Some(code)) => format!(
            "Exited ({code}) {}",
            format::since(c.finished_at.as_deref())
        ),
        (ContainerState::Running, _) if c.health.is_some() => format!(
            "Up {} ({})",
            format::since(c.started_at.as_deref()).trim_end_matches(" ago"),
            c.health
                .as_ref()
                .and_then(|h| h["Status"].as_str())
                .unwrap_or("starting")
        ),
        (ContainerState::Running, _) => format!(
            "Up {}",
            format::since(c.started_at.as_deref()).trim_end_matches(" ago")
        ),
        (ContainerState::Created, _) => "Created".into(),
        (s, _) => s.as_str().to_string(),
    };
    let mut command = c.command.join(" ");
    if !no_trunc && command.len() > 20 {
        command = format!("{}...", &command[..command.floor_char_boundary(17)]);
    }
    // Parsed once: `ps` runs this for every container.
    let launch = crate::engine::run::LaunchConfig::of(c).ok();
    serde_json::json!({
        "ID": if no_trunc { c.id.clone() } else { c.id[..12].to_string() },
        "Id": c.id,
        "Image": c.image_name,
        "ImageID": c.image_id,
        "Command": command,
        "Created": c.created,
        "CreatedHuman": format::since(Some(&c.created)),
        "Status": status,
        "State": c.state.as_str(),
        "ExitCode": c.exit_code.unwrap_or(0),
        "Names": c.name,
        "Ports": launch
            .as_ref()
            .map(|l| crate::net::ports::describe(&l.ports).iter().map(|d| {
                let (ctr, host) = d.split_once(" -> ").unwrap_or((d, ""));
                format!("{host}->{ctr}")
            }).collect::<Vec<_>>().join(", "))
            .unwrap_or_default(),
        "Pid": c.pid.unwrap_or(0),
        "AutoRemove": c.auto_remove,
        "RestartCount": c.restart_count,
        "Labels": launch.as_ref().map(|l| l.labels.clone()).unwrap_or_default(),
        "Pod": launch.and_then(|l| l.pod).unwrap_or_default(),
    })
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Remove running containers too, killing them first
    #[arg(short, long)]
    pub force: bool,
    /// Remove all containers
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors for containers that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Remove the containers' anonymous volumes too
    #[arg(short, long)]
    pub volumes: bool,
    /// With -f: stop running containers gracefully, killing them after this many seconds
    /// (default: kill at once)
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u32>,
    /// The containers (a `--cidfile` file goes with its container)
    #[command(flatten)]
    pub targets: super::container::Targets,
}

pub fn rm(a: RmArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let list = a.targets.pick(&engine, a.all, a.ignore, false)?;
    if list.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(t) = a.time.filter(|t| *t > 0 && a.force) {
        for c in list.iter().filter_map(|c| engine.find_container(c).ok()) {
            if crate::engine::lifecycle::is_running(&engine.refresh(c.clone())) {
                crate::engine::lifecycle::stop(&engine, &c.id, Some(t))?;
            }
        }
    }
    let code = super::container::rm(&engine, a.force, a.ignore, a.volumes, &list)?;
    if code == ExitCode::SUCCESS {
        for f in &a.targets.cidfile {
            let _ = std::fs::remove_file(f);
        }
    }
    Ok(code)
}

/// podman's HostConfig resource fields: the limits in force in the container's cgroup at its
/// last start, 0 (unlimited) for any not in force (see podman #21575).
fn host_config(c: &ContainerRecord) -> serde_json::Value {
    let cfg = crate::engine::run::LaunchConfig::of(c).ok();
    let l: crate::runtime::limits::Limits = c
        .applied_limits
        .as_ref()
        .and_then(|raw| serde_json::from_str(raw.text()).ok())
        .unwrap_or_default();
    serde_json::json!({
        "Memory": l.memory.unwrap_or(0),
        "MemorySwap": l.memory_swap.unwrap_or(0),
        "MemoryReservation": l.memory_reservation.unwrap_or(0),
        "NanoCpus": l.cpus.map_or(0, |c| (c * 1e9).round() as u64),
        "CpuShares": l.cpu_shares.unwrap_or(0),
        "CpusetCpus": l.cpuset_cpus.unwrap_or_default(),
        "PidsLimit": l.pids_limit.unwrap_or(0),
        "BlkioWeight": l.blkio_weight.unwrap_or(0),
        "Cgroups": cfg.as_ref().map_or("enabled", |c| c.cgroups.mode.as_str()),
        "CgroupParent": cfg.as_ref().and_then(|c| c.cgroups.parent.clone()).unwrap_or_default(),
        "CgroupManager": "cgroupfs",
        "CgroupPath": c.cgroup.as_deref().map(|p| p.trim_start_matches("/sys/fs/cgroup")).unwrap_or(""),
    })
}

/// `inspect` of a container, shaped like podman's.
pub fn container_json(engine: &Engine, query: &str) -> Result<serde_json::Value> {
    let c = engine.refresh(engine.find_container(query)?);
    let running = crate::engine::lifecycle::is_running(&c);
    // The limits asked for are not shown as such: only those in force (HostConfig).
    let mut config = c.config.value();
    if let Some(cg) = config.get_mut("cgroups").and_then(|v| v.as_object_mut()) {
        cg.remove("limits");
    }
    Ok(serde_json::json!({
        "Id": c.id,
        "Created": c.created,
        "Path": c.command.first(),
        "Args": c.command.get(1..).unwrap_or(&[]),
        "State": {
            "Status": c.state.as_str(),
            "Running": running,
            "ExitCode": c.exit_code.unwrap_or(0),
            "Pid": c.pid.unwrap_or(0),
            "StartedAt": c.started_at,
            "FinishedAt": c.finished_at,
            "Error": engine.store.monitor_error(&c.id).unwrap_or_default(),
            "Health": c.health.clone().unwrap_or(serde_json::Value::Null),
        },
        "Image": c.image_id,
        "ImageName": c.image_name,
        "Name": c.name,
        "Config": config,
        "HostConfig": host_config(&c),
        "GraphDriver": {"Name": "overlay", "Data": {
            "UpperDir": engine.store.container_dir(&c.id).join("upper"),
            "WorkDir": engine.store.container_dir(&c.id).join("work"),
        }},
        "AutoRemove": c.auto_remove,
        "RestartCount": c.restart_count,
        "NetworkSettings": {
            "SandboxKey": if running { c.pid.map(|p| format!("/proc/{p}/ns/net")).unwrap_or_default() } else { String::new() },
            "IPAddress": "",
            "Ports": crate::engine::run::LaunchConfig::of(&c).map(|l| {
                let mut m = serde_json::Map::new();
                for p in &l.ports {
                    for i in 0..p.count {
                        m.insert(format!("{}/{}", p.container_port + i, p.protocol), serde_json::json!([{
                            "HostIp": p.host_ip.clone().unwrap_or_default(),
                            "HostPort": (p.host_port + i).to_string(),
                        }]));
                    }
                }
                serde_json::Value::Object(m)
            }).unwrap_or_default(),
            "Mode": crate::engine::run::LaunchConfig::of(&c).map(|l| serde_json::to_value(l.network).unwrap_or_default()).unwrap_or_default(),
            "Networks": crate::engine::run::LaunchConfig::of(&c).map(|l| {
                let nets = engine.networks();
                l.networks().map(|n| {
                    let ip = nets.members(n).into_iter().find(|(_, id)| *id == c.id).map(|(ip, _)| ip.to_string());
                    (n.clone(), serde_json::json!({
                        "NetworkID": n,
                        "Aliases": l.network_aliases,
                        "IPAddress": if running { ip.unwrap_or_default() } else { String::new() },
                    }))
                }).collect::<serde_json::Map<_, _>>()
            }).unwrap_or_default(),
        },
        "Labels": crate::engine::run::LaunchConfig::of(&c).map(|l| l.labels).unwrap_or_default(),
        "Mounts": crate::engine::run::LaunchConfig::of(&c).map(|cfg| cfg.mounts.iter().map(|m| serde_json::json!({
            "Type": m.kind,
            "Name": if m.kind == crate::runtime::mounts::MountKind::Volume { m.source.clone() } else { String::new() },
            "Source": match m.kind {
                crate::runtime::mounts::MountKind::Volume => engine.store.volume_data(&m.source).display().to_string(),
                _ => m.source.clone(),
            },
            "Destination": m.destination,
            "RW": !m.readonly,
            "Options": m.options,
        })).collect::<Vec<_>>()).unwrap_or_default(),
    }))
}
