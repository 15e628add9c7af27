//! Container commands: run (foreground) and rm; the flags of run and create live in `args`.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::format;
use crate::engine::Engine;
use crate::engine::run::{self, PullPolicy, RunOptions};
use crate::runtime::spec::{NetworkMode, SpecFlags};

mod args;
mod networks;
mod pod_flags;
mod security;
pub(crate) mod settings;
pub use args::{LimitArgs, RunArgs};
pub use networks::static_ip;
pub use pod_flags::{UIDMAP_REFUSED, check_member_flags, with_pod_flags};
use security::security;

/// Parses the limit flags; a bad value is an error naming the flag. Whether they are in
/// force is known when the container starts, and said then.
pub(crate) fn limits(a: &LimitArgs) -> Result<crate::runtime::limits::Limits> {
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
        cpu_period: a.cpu_period.filter(|p| *p > 0),
        cpu_quota: a.cpu_quota.filter(|q| *q > 0),
        cpuset_mems: a
            .cpuset_mems
            .as_deref()
            .map(|m| {
                l::parse_cpuset(m).map_err(|e| l::LimitError {
                    flag: "--cpuset-mems",
                    ..e
                })
            })
            .transpose()?,
        // -1 is podman's "unset".
        memory_swappiness: match a.memory_swappiness {
            Some(s @ 0..=100) => Some(s as u64),
            Some(s) if s < 0 => None,
            Some(s) => anyhow::bail!("invalid --memory-swappiness {s}: must be between 0 and 100"),
            None => None,
        },
        oom_kill_disable: a.oom_kill_disable.then_some(true),
        blkio_weight_device: a
            .blkio_weight_device
            .iter()
            .map(|d| {
                let w = l::parse_device_limit("--blkio-weight-device", d, false)?;
                l::check_blkio(u16::try_from(w.value).unwrap_or(u16::MAX))
                    .map_err(|e| l::LimitError {
                        flag: "--blkio-weight-device",
                        ..e
                    })
                    .map(|_| w)
            })
            .collect::<Result<_, _>>()?,
        device_read_bps: per_device("--device-read-bps", &a.device_read_bps, true)?,
        device_write_bps: per_device("--device-write-bps", &a.device_write_bps, true)?,
        device_read_iops: per_device("--device-read-iops", &a.device_read_iops, false)?,
        device_write_iops: per_device("--device-write-iops", &a.device_write_iops, false)?,
        cgroup_conf: a
            .cgroup_conf
            .iter()
            .map(|c| l::parse_cgroup_conf(c))
            .collect::<Result<_, _>>()?,
    })
}

fn per_device(
    flag: &'static str,
    values: &[String],
    rate: bool,
) -> Result<Vec<crate::runtime::limits::DeviceLimit>> {
    Ok(values
        .iter()
        .map(|v| crate::runtime::limits::parse_device_limit(flag, v, rate))
        .collect::<Result<_, _>>()?)
}

fn cgroup_config(a: &RunArgs) -> Result<crate::engine::run::CgroupConfig> {
    use crate::process::cgroup::Mode;
    let limits = limits(&a.limits)?;
    if limits.cpus.is_some() && limits.cpu_period.is_some() {
        anyhow::bail!("--cpu-period and --cpus cannot be set together");
    }
    if limits.cpus.is_some() && limits.cpu_quota.is_some() {
        anyhow::bail!("--cpu-quota and --cpus cannot be set together");
    }
    // As podman on cgroup v2: said, and left out.
    if a.limits.cpu_rt_period.is_some_and(|p| p > 0) {
        eprintln!("Realtime period not supported on cgroups V2 systems");
    }
    if a.limits.cpu_rt_runtime.is_some_and(|r| r > 0) {
        eprintln!("Realtime runtime not supported on cgroups V2 systems");
    }
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
        manager: Some(crate::process::cgroup::manager().to_string()),
    })
}

/// `--network` (repeated for more user-defined networks) with containers.conf's defaults:
/// the first network, and the other user-defined ones.
type PerNetwork = Vec<(String, Vec<String>)>;

fn network(
    a: &RunArgs,
    conf: &crate::engine::config::ContainersConf,
) -> Result<(crate::net::NetworkArg, Vec<String>, PerNetwork)> {
    let default_net = conf.default_network_cmd.as_deref().unwrap_or("private");
    let mut net = crate::net::parse_mode(a.network.first().map_or(default_net, String::as_str))?;
    let mut per_network = Vec::new();
    if net.mode == NetworkMode::Bridge
        && let Some(name) = &net.target
    {
        per_network.push((name.clone(), std::mem::take(&mut net.options)));
    }
    // More than one --network: user-defined networks only, each an interface of its own.
    let mut extra_networks = Vec::new();
    for n in a.network.iter().skip(1) {
        let more = crate::net::parse_mode(n)?;
        match (net.mode, more.mode, more.target) {
            (NetworkMode::Bridge, NetworkMode::Bridge, Some(name)) => {
                per_network.push((name.clone(), more.options));
                extra_networks.push(name);
            }
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
    Ok((net, extra_networks, per_network))
}

/// `--cidfile`, `--pidfile`, `--conmon-pidfile`, made absolute.
fn run_files(a: &RunArgs) -> Result<crate::engine::run::RunFiles> {
    let absolute = |f: &Option<String>| -> Result<Option<String>> {
        f.as_ref()
            .map(|f| {
                std::path::absolute(f)
                    .map(|p| p.to_string_lossy().into_owned())
                    .map_err(|e| anyhow::anyhow!("{f}: {e}"))
            })
            .transpose()
    };
    Ok(crate::engine::run::RunFiles {
        cidfile: absolute(&a.cidfile)?,
        pidfile: absolute(&a.pidfile)?,
        conmon_pidfile: absolute(&a.conmon_pidfile)?,
    })
}

pub fn run_options(a: &RunArgs) -> Result<RunOptions> {
    if !a.uidmap.is_empty()
        || !a.gidmap.is_empty()
        || a.subuidname.is_some()
        || a.subgidname.is_some()
    {
        anyhow::bail!("{UIDMAP_REFUSED}");
    }
    let cgroups = cgroup_config(a)?;
    let sdnotify = crate::engine::run::SdNotify::parse(&a.sdnotify)?;
    let files = run_files(a)?;
    let pull = match a.pull.as_str() {
        "always" | "true" => PullPolicy::Always,
        "never" | "false" => PullPolicy::Never,
        "newer" => PullPolicy::Newer,
        _ => PullPolicy::Missing,
    };
    let conf = crate::engine::config::ContainersConf::load()?;
    let (net, extra_networks, per_network) = network(a, &conf)?;
    let per_net = networks::per_network(a, net.mode, &per_network)?;
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
            env_host: a.env_host,
            http_proxy: a.http_proxy,
            unsetenv: a.unsetenv.clone(),
            unsetenv_all: a.unsetenv_all,
            env_merge: a.env_merge.clone(),
        },
        name: a.name.clone(),
        hostname: a.hostname.clone(),
        remove: a.rm || a.rmi,
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
        network_aliases: a
            .network_alias
            .iter()
            .chain(&per_net.aliases)
            .cloned()
            .collect(),
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
        // `-a stdin` attaches stdin as -i does.
        interactive: a.interactive || a.attach.iter().any(|s| s.eq_ignore_ascii_case("stdin")),
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
        labels: format::labels(
            &settings::label_files(&a.label_file)?
                .into_iter()
                .chain(a.label.iter().cloned())
                .collect::<Vec<_>>(),
        ),
        cgroups,
        sdnotify,
        files,
        create_command: std::env::args().collect(),
        settings: crate::engine::run::Settings {
            static_ips: per_net.static_ips,
            network_macs: per_net.macs,
            ifnames: per_net.ifnames,
            ..settings::settings(a, net.mode, &conf)?
        },
    })
}

/// `--pod`: the container joins the pod's infra, whose namespaces this process enters (the
/// infra is started if need be).
pub fn enter_namespaces(engine: &Engine, a: &RunArgs, opts: &mut RunOptions) -> Result<()> {
    let query = match (&a.pod, &a.pod_id_file) {
        (Some(_), Some(_)) => anyhow::bail!("cannot specify both --pod and --pod-id-file"),
        (Some(p), None) => Some(p.clone()),
        (None, Some(f)) => Some(
            std::fs::read_to_string(f)
                .map_err(|e| anyhow::anyhow!("reading --pod-id-file {}: {e}", f.display()))?
                .trim()
                .to_string(),
        ),
        (None, None) => None,
    };
    let ns_containers = opts.settings.namespaces.containers();
    if ns_containers.len() > 1
        || ns_containers
            .first()
            .zip(opts.network_container.as_deref())
            .is_some_and(|(a, b)| *a != b)
    {
        anyhow::bail!(
            "gorae shares namespaces with one other container only (each container has a user namespace of its own)"
        );
    }
    let shared = opts
        .network_container
        .clone()
        .or(ns_containers.first().map(|c| c.to_string()));
    let Some(query) = query else {
        engine.enter_for_network(shared.as_deref(), &opts.networks())?;
        return Ok(());
    };
    if !ns_containers.is_empty() {
        anyhow::bail!("--pod: a pod member shares the pod's namespaces, not another container's");
    }
    let pod = engine.find_pod(&query)?;
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
    let a = with_pod_flags(a)?;
    let mut opts = run_options(&a)?;
    if a.tty && a.interactive && !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        crate::log::warn(format_args!(
            "The input device is not a TTY. The --tty and --interactive flags might not work properly"
        ));
    }
    if a.detach && !a.attach.is_empty() {
        crate::log::warn(format_args!(
            "--attach has no effect with --detach: a detached container's output is in its log"
        ));
    }
    if a.rmi && a.detach {
        anyhow::bail!("the --rmi option does not work with -d (detached)");
    }
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
    if a.rmi && result.is_ok() {
        // As podman: the image goes unless another container uses it, which is no error.
        match engine.remove_image(&opts.image, false) {
            Ok(lines) => {
                for l in lines {
                    crate::log::info(format_args!("--rmi: {l}"));
                }
            }
            Err(e) => eprintln!("Error: --rmi: {e}"),
        }
    }
    match result {
        Ok(code) => Ok(ExitCode::from(u8::try_from(code).unwrap_or(255))),
        Err(e) => {
            eprintln!("Error: {e}");
            Ok(ExitCode::from(e.exit_code()))
        }
    }
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
    /// Remove the containers that depend on these too (those that --require them or join
    /// their namespaces), before them
    #[arg(long)]
    pub depend: bool,
    /// The containers (a `--cidfile` file goes with its container)
    #[command(flatten)]
    pub targets: super::container::Targets,
}

pub fn rm(a: RmArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let mut list = a.targets.pick(&engine, a.all, a.ignore, false)?;
    if list.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    // Dependents first; without --depend, one left out is an error.
    let known: Vec<String> = list
        .iter()
        .filter_map(|c| engine.find_container(c).ok().map(|r| r.id))
        .collect();
    match engine.removal_order(&known, a.depend) {
        Ok(order) => {
            let unknown: Vec<String> = list
                .iter()
                .filter(|c| engine.find_container(c).is_err())
                .cloned()
                .collect();
            list = order;
            list.extend(unknown);
        }
        Err(e) => {
            eprintln!("Error: {e}");
            return Ok(ExitCode::from(e.exit_code()));
        }
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
