//! `pod create`. The pod's own settings (its network, ports, hostname, labels) go to its infra
//! container; the settings podman gives every member (volumes, devices, security options,
//! sysctls, DNS options, resource limits, namespaces) are kept as flags each member gets
//! before its own, which win.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use super::super::format;
use crate::engine::Engine;
use crate::engine::pods::PodOptions;

#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct CreateArgs {
    /// Print help (`-h` is --hostname, as in podman)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// The pod's name
    #[arg(short, long)]
    pub name: Option<String>,
    /// The hostname its containers share (default: the pod's name)
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Publish a port: [ip:][hostPort:]containerPort[/tcp|udp]
    #[arg(short, long, value_name = "PORT")]
    pub publish: Vec<String>,
    /// Set a label (KEY=VALUE)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Read labels from a file of KEY=VALUE lines
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// Network mode: pasta[:OPTS], slirp4netns[:OPTS], host, none, ns:PATH
    #[arg(long, alias = "net")]
    pub network: Option<String>,
    /// Another name for the pod on its user-defined network
    #[arg(long, value_name = "ALIAS")]
    pub network_alias: Vec<String>,
    /// The infra's MAC address on its user-defined network
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// The pod's IPv4 address on its user-defined network
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    /// Refused: gorae's user-defined networks have IPv4 subnets only
    #[arg(long, value_name = "IP")]
    pub ip6: Option<String>,
    /// DNS servers for the pod's containers
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// Add a NAME:IP line to /etc/hosts
    #[arg(long, value_name = "NAME:IP")]
    pub add_host: Vec<String>,
    /// Namespaces members share: a list of ipc, net, pid, uts (default ipc,net,uts); +LIST
    /// adds to the default, "" shares none
    #[arg(long)]
    pub share: Option<String>,
    /// Whether to create an infra container to hold the shared namespaces
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub infra: Option<bool>,
    /// The infra container's name (default: the pod ID's first 12 characters, then -infra)
    #[arg(long, value_name = "NAME")]
    pub infra_name: Option<String>,
    /// Accepted with a warning: gorae's infra runs no image (gorae holds the namespaces)
    #[arg(long, value_name = "IMAGE")]
    pub infra_image: Option<String>,
    /// Accepted with a warning: gorae's infra runs no command (gorae holds the namespaces)
    #[arg(long, value_name = "COMMAND")]
    pub infra_command: Option<String>,
    /// Write the PID of the infra's monitor (gorae's conmon) here when it starts
    #[arg(long, value_name = "FILE")]
    pub infra_conmon_pidfile: Option<PathBuf>,
    /// Write the pod's ID to this file
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Option<PathBuf>,
    /// Replace a pod of the same name (its containers removed)
    #[arg(long)]
    pub replace: bool,
    /// When the last member exits: continue (the default) or stop the pod
    #[arg(long, value_parser = ["continue", "stop"], value_name = "POLICY")]
    pub exit_policy: Option<String>,
    /// Whether members are put below the pod's --cgroup-parent and bound by its limits
    #[arg(long, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value_t = true, value_name = "BOOL")]
    pub share_parent: bool,
    /// Every member: a bind mount or volume, [SOURCE:]DESTINATION[:OPTIONS]
    #[arg(short, long)]
    pub volume: Vec<String>,
    /// Every member: the volumes of this container
    #[arg(long, value_name = "CONTAINER")]
    pub volumes_from: Vec<String>,
    /// Every member: this host device
    #[arg(long)]
    pub device: Vec<String>,
    /// Every member: this security option
    #[arg(long, value_name = "OPTION")]
    pub security_opt: Vec<String>,
    /// Every member: this namespaced sysctl
    #[arg(long)]
    pub sysctl: Vec<String>,
    /// Every member: the size of /dev/shm
    #[arg(long, value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// Every member: a resolv.conf option
    #[arg(long, value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Every member: a DNS search domain
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// Every member: no /etc/hosts of gorae's (the image's is kept)
    #[arg(long)]
    pub no_hosts: bool,
    /// Every member: this PID namespace (host, private, ns:PATH); pid is then not shared
    #[arg(long)]
    pub pid: Option<String>,
    /// Every member: this UTS namespace (host, private, ns:PATH); uts is then not shared
    #[arg(long)]
    pub uts: Option<String>,
    /// Every member: this user namespace mode (keep-id, …)
    #[arg(long)]
    pub userns: Option<String>,
    /// Refused, as by run: see `run --uidmap`
    #[arg(long, value_name = "MAP")]
    pub uidmap: Vec<String>,
    /// Refused, as by run: see `run --uidmap`
    #[arg(long, value_name = "MAP")]
    pub gidmap: Vec<String>,
    /// Refused, as by run: see `run --uidmap`
    #[arg(long, value_name = "NAME")]
    pub subuidname: Option<String>,
    /// Refused, as by run: see `run --uidmap`
    #[arg(long, value_name = "NAME")]
    pub subgidname: Option<String>,
    /// Every member: below this cgroup
    #[arg(long, value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// Every member: memory limit (512m, 1g, …)
    #[arg(short, long)]
    pub memory: Option<String>,
    /// Every member: memory plus swap limit (-1 for unlimited)
    #[arg(long)]
    pub memory_swap: Option<String>,
    /// Every member: CPU limit, in CPUs
    #[arg(long)]
    pub cpus: Option<String>,
    /// Every member: CPU shares
    #[arg(short = 'c', long)]
    pub cpu_shares: Option<u64>,
    /// Every member: the CPUs it may use
    #[arg(long)]
    pub cpuset_cpus: Option<String>,
    /// Every member: the memory nodes it may use
    #[arg(long)]
    pub cpuset_mems: Option<String>,
    /// Every member: block IO weight (10-1000)
    #[arg(long)]
    pub blkio_weight: Option<u16>,
    /// Every member: block IO weight of a device, DEVICE:WEIGHT
    #[arg(long, value_name = "DEVICE:WEIGHT")]
    pub blkio_weight_device: Vec<String>,
    /// Every member: read rate limit of a device, DEVICE:RATE
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Every member: write rate limit of a device, DEVICE:RATE
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// The pod's name, as a positional argument
    #[arg(conflicts_with = "name")]
    pub pod_name: Option<String>,
}

impl CreateArgs {
    /// The flags every member gets, as `run` takes them.
    fn member_flags(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut many = |flag: &str, values: &[String]| {
            out.extend(values.iter().map(|v| format!("--{flag}={v}")));
        };
        many("volume", &self.volume);
        many("volumes-from", &self.volumes_from);
        many("device", &self.device);
        many("security-opt", &self.security_opt);
        many("sysctl", &self.sysctl);
        many("dns-option", &self.dns_option);
        many("dns-search", &self.dns_search);
        if self.share_parent {
            many("blkio-weight-device", &self.blkio_weight_device);
            many("device-read-bps", &self.device_read_bps);
            many("device-write-bps", &self.device_write_bps);
        }
        let mut one = |flag: &str, value: Option<String>| {
            out.extend(value.map(|v| format!("--{flag}={v}")));
        };
        one("shm-size", self.shm_size.clone());
        one("pid", self.pid.clone());
        one("uts", self.uts.clone());
        one("userns", self.userns.clone());
        if self.share_parent {
            one("cgroup-parent", self.cgroup_parent.clone());
            one("memory", self.memory.clone());
            one("memory-swap", self.memory_swap.clone());
            one("cpus", self.cpus.clone());
            one("cpu-shares", self.cpu_shares.map(|v| v.to_string()));
            one("cpuset-cpus", self.cpuset_cpus.clone());
            one("cpuset-mems", self.cpuset_mems.clone());
            one("blkio-weight", self.blkio_weight.map(|v| v.to_string()));
        }
        if self.no_hosts {
            out.push("--no-hosts".into());
        }
        out
    }

    fn has_limits(&self) -> bool {
        self.memory.is_some()
            || self.memory_swap.is_some()
            || self.cpus.is_some()
            || self.cpu_shares.is_some()
            || self.cpuset_cpus.is_some()
            || self.cpuset_mems.is_some()
            || self.blkio_weight.is_some()
            || !self.blkio_weight_device.is_empty()
            || !self.device_read_bps.is_empty()
            || !self.device_write_bps.is_empty()
            || self.cgroup_parent.is_some()
    }
}

pub(super) fn create(engine: &Engine, a: CreateArgs) -> Result<ExitCode> {
    let static_ip = crate::cli::run::static_ip(a.ip.as_deref(), a.ip6.as_deref())?;
    if !a.uidmap.is_empty()
        || !a.gidmap.is_empty()
        || a.subuidname.is_some()
        || a.subgidname.is_some()
    {
        bail!("{}", crate::cli::run::UIDMAP_REFUSED);
    }
    if a.has_limits() && !a.share_parent {
        crate::log::warn(format_args!(
            "--share-parent=false: the pod's limits and --cgroup-parent bind no member (gorae's infra has no cgroup)"
        ));
    }
    for (given, what) in [
        (&a.infra_image, "--infra-image"),
        (&a.infra_command, "--infra-command"),
    ] {
        if given.is_some() {
            crate::log::warn(format_args!(
                "{what} is not used: gorae's infra runs nothing from an image, gorae holds the pod's namespaces itself"
            ));
        }
    }
    let member_flags = a.member_flags();
    // Checked now, as a member would take them: a bad value fails here, not at every member.
    crate::cli::run::check_member_flags(&member_flags)?;
    let mut share = a
        .share
        .as_deref()
        .map(crate::engine::pods::parse_share)
        .transpose()?;
    for (given, ns) in [(&a.pid, "pid"), (&a.uts, "uts")] {
        if given.is_some() {
            let s = share.get_or_insert_with(crate::engine::pods::default_share);
            s.retain(|n| n != ns);
        }
    }
    let mut labels = format::labels(&crate::cli::run::settings::label_files(&a.label_file)?);
    labels.extend(format::labels(&a.label));
    let name = a.name.clone().or(a.pod_name.clone());
    if a.replace
        && let Some(n) = &name
        && engine.find_pod(n).is_ok()
    {
        let status = std::process::Command::new("/proc/self/exe")
            .args(["pod", "rm", "-f", "-t", "0", n])
            .stdout(std::process::Stdio::null())
            .status()?;
        if !status.success() {
            bail!("--replace: removing pod {n} failed");
        }
    }
    let opts = PodOptions {
        name,
        hostname: a.hostname,
        ports: a
            .publish
            .iter()
            .map(|p| crate::net::ports::parse(p))
            .collect::<Result<_, _>>()
            .map_err(anyhow::Error::msg)?,
        labels,
        network: a
            .network
            .as_deref()
            .map(crate::net::parse_mode)
            .transpose()
            .map_err(anyhow::Error::msg)?,
        network_aliases: a.network_alias,
        mac_address: a.mac_address,
        static_ip,
        dns: a.dns,
        add_hosts: a.add_host,
        share,
        no_infra: a.infra == Some(false),
        infra_name: a.infra_name,
        infra_conmon_pidfile: a.infra_conmon_pidfile,
        exit_policy: a.exit_policy,
        member_flags,
        create_command: std::env::args().collect(),
    };
    let pod = engine.create_pod(&opts)?;
    if let Some(f) = &a.pod_id_file
        && let Err(e) = std::fs::write(f, format!("{}\n", pod.id))
    {
        // Nothing half made: the pod goes again.
        let _ = engine.remove_pod(&pod, true);
        bail!("--pod-id-file {}: {e}", f.display());
    }
    format::print_stdout(&format!("{}\n", pod.id));
    Ok(ExitCode::SUCCESS)
}
