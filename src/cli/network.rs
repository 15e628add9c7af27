//! `network create|ls|inspect|rm|prune|exists|connect|disconnect`: user-defined networks.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::format::{self, ListFormat};
use crate::engine::Engine;
use crate::net::network::{NetworkRecord, Networks};

#[derive(Debug, Subcommand)]
pub enum NetworkCmd {
    /// Create a network
    Create(CreateArgs),
    /// List networks
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Display a network's configuration
    Inspect(InspectArgs),
    /// Remove networks
    #[command(alias = "remove")]
    Rm(RmArgs),
    /// Remove all networks no container uses
    Prune(PruneArgs),
    /// Exit 0 if the network exists, 1 if not
    Exists { name: String },
    /// Connect a container to a network (a running one at once)
    Connect(ConnectArgs),
    /// Disconnect a container from a network (a running one at once)
    Disconnect(DisconnectArgs),
    /// Rewrite running containers' network files (gorae sets no firewall rules to reload)
    Reload(ReloadArgs),
}

#[derive(Debug, Args)]
pub struct ReloadArgs {
    /// Every running container
    #[arg(short, long, conflicts_with = "containers")]
    pub all: bool,
    #[command(flatten)]
    pub latest: super::container::Latest,
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    /// Another name for the container on the network (repeat, or comma-separated)
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    pub alias: Vec<String>,
    /// The container's IPv4 address on the network
    #[arg(long, value_name = "ADDR")]
    pub ip: Option<String>,
    /// Refused: gorae's user-defined networks have IPv4 subnets only
    #[arg(long, value_name = "ADDR")]
    pub ip6: Option<String>,
    /// The MAC address of the container's interface on the network
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    pub network: String,
    pub container: String,
}

#[derive(Debug, Args)]
pub struct DisconnectArgs {
    /// Disconnect even if it is running (gorae always does)
    #[arg(short, long)]
    pub force: bool,
    pub network: String,
    pub container: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The subnet in CIDR form (default: the next free 10.89.N.0/24)
    #[arg(long)]
    pub subnet: Option<String>,
    /// The bridge's address in the subnet (default: its first)
    #[arg(long, value_name = "ADDR")]
    pub gateway: Option<String>,
    /// Give members addresses from this CIDR inside the subnet only
    #[arg(long, value_name = "CIDR")]
    pub ip_range: Option<String>,
    /// No way out of the network: its members reach each other only
    #[arg(long)]
    pub internal: bool,
    /// Members don't learn each other's names
    #[arg(long)]
    pub disable_dns: bool,
    /// The address manager: host-local (gorae's networks hand out addresses themselves)
    #[arg(long, value_name = "DRIVER")]
    pub ipam_driver: Option<String>,
    /// Refused: gorae's user-defined networks are IPv4 only
    #[arg(long)]
    pub ipv6: bool,
    /// A driver option: mtu=N, isolate=true (repeat)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// Set a label (KEY=VALUE)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Driver: only bridge
    #[arg(short, long, default_value = "bridge")]
    pub driver: String,
    /// Do nothing if the network exists
    #[arg(long)]
    pub ignore: bool,
    /// The network's name (default: goraeN)
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Print names only
    #[arg(short, long)]
    pub quiet: bool,
    /// JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print column headings
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Do not truncate IDs
    #[arg(long)]
    pub no_trunc: bool,
    /// name=, id=, driver=, label=KEY[=VALUE], until=, dangling=true|false (repeat)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Remove the containers that use the network too
    #[arg(short, long)]
    pub force: bool,
    /// With --force: seconds to wait for each container to stop before killing it
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u32>,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// label=KEY[=VALUE], label!=…, until=TIME: only the unused networks that match (repeat)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

/// podman's `network ls --filter` and `network prune --filter`.
fn network_filter(
    engine: &Engine,
    given: &[String],
    keys: &[&str],
) -> Result<impl Fn(&NetworkRecord) -> bool> {
    let filters = format::parse_kv_filters(given, keys)?;
    let dangling = filters.iter().any(|(k, _)| k == "dangling");
    let used: Vec<String> = if dangling {
        engine
            .store
            .list_containers()?
            .iter()
            .filter_map(|c| crate::engine::run::LaunchConfig::of(c).ok())
            .flat_map(|l| l.networks().map(String::from).collect::<Vec<_>>())
            .collect()
    } else {
        Vec::new()
    };
    Ok(move |n: &NetworkRecord| {
        format::filters_match(&filters, |key, want| match key {
            "name" => n.name.contains(want),
            "id" => n.id.starts_with(want),
            "driver" => n.driver == want,
            "label" => format::label_matches(&n.labels, want),
            "until" => n.created.as_str() < want,
            "dangling" => used.contains(&n.name) != (want == "true" || want == "1"),
            _ => false,
        })
    })
}

/// podman's `lease_range`: the first and last address of an `--ip-range`.
fn range_json(r: &str) -> serde_json::Value {
    let Ok((net, len)) = crate::net::network::parse_cidr_any(r) else {
        return serde_json::Value::Null;
    };
    let last = u32::from(net) | (u32::MAX.checked_shr(u32::from(len)).unwrap_or(0));
    serde_json::json!({"start_ip": net.to_string(), "end_ip": std::net::Ipv4Addr::from(last).to_string()})
}

/// podman's `network inspect` shape.
fn network_json(n: &NetworkRecord, containers: &[(String, String)]) -> serde_json::Value {
    serde_json::json!({
        "name": n.name,
        "id": n.id,
        "driver": n.driver,
        "network_interface": "gorae0",
        "created": n.created,
        "subnets": [match &n.ip_range {
            Some(r) => serde_json::json!({"subnet": n.subnet, "gateway": n.gateway, "lease_range": range_json(r)}),
            None => serde_json::json!({"subnet": n.subnet, "gateway": n.gateway}),
        }],
        "ipv6_enabled": false,
        "internal": n.internal,
        "dns_enabled": n.dns_enabled,
        "options": n.options,
        "labels": n.labels,
        "ipam_options": {"driver": "host-local"},
        "containers": containers
            .iter()
            .map(|(id, name)| (id.clone(), serde_json::json!({"name": name})))
            .collect::<serde_json::Map<_, _>>(),
    })
}

/// The containers (ID, name) attached to network `name`.
fn users(engine: &Engine, name: &str) -> Result<Vec<(String, String)>> {
    Ok(engine
        .store
        .list_containers()?
        .into_iter()
        .filter(|c| {
            crate::engine::run::LaunchConfig::of(c).is_ok_and(|l| l.networks().any(|n| n == name))
        })
        .map(|c| (c.id, c.name))
        .collect())
}

pub fn network_cmd(c: NetworkCmd) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let nets = engine.networks();
    match c {
        NetworkCmd::Create(a) => create(&nets, a),
        NetworkCmd::Ls(a) => ls(&engine, &nets, a),
        NetworkCmd::Inspect(a) => inspect(&engine, &nets, a),
        NetworkCmd::Rm(a) => rm(&engine, &nets, a),
        NetworkCmd::Prune(a) => prune(&engine, &nets, a),
        NetworkCmd::Exists { name } => {
            Ok(ExitCode::from(if nets.get(&name).is_ok() { 0 } else { 1 }))
        }
        NetworkCmd::Connect(a) => {
            let ip = super::run::static_ip(a.ip.as_deref(), a.ip6.as_deref())?;
            for al in &a.alias {
                if !crate::runtime::names::valid_name(al) {
                    anyhow::bail!(
                        "invalid --alias {al:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"
                    );
                }
            }
            let o = crate::engine::networks::ConnectOptions {
                aliases: a.alias,
                ip,
                mac: a.mac_address,
            };
            engine.connect(&a.network, &a.container, &o)?;
            Ok(ExitCode::SUCCESS)
        }
        NetworkCmd::Reload(a) => reload(&engine, a),
        NetworkCmd::Disconnect(a) => {
            engine.disconnect(&a.network, &a.container)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `network reload`: the peers blocks of each running container's hosts file, for each of its
/// networks, written afresh (podman reloads firewall rules, which gorae's networks don't use).
fn reload(engine: &Engine, a: ReloadArgs) -> Result<ExitCode> {
    let ids: Vec<String> = if a.all {
        engine
            .store
            .list_containers()?
            .into_iter()
            .map(|c| engine.refresh(c))
            .filter(crate::engine::lifecycle::is_running)
            .map(|c| c.id)
            .collect()
    } else if a.latest.latest {
        super::container::pick_latest(engine)?
    } else if a.containers.is_empty() {
        anyhow::bail!("network reload needs containers, --all or --latest");
    } else {
        a.containers.clone()
    };
    let mut last = None;
    for q in &ids {
        let result = (|| -> Result<String> {
            let c = engine.refresh(engine.find_container(q)?);
            if !crate::engine::lifecycle::is_running(&c) {
                anyhow::bail!(
                    "container {} network is not configured, refusing to reload: container state improper",
                    c.id
                );
            }
            let cfg = crate::engine::run::LaunchConfig::of(&c)?;
            for n in cfg.networks() {
                crate::engine::run::refresh_network_hosts(engine, n, Some(&c.id))?;
            }
            Ok(c.id)
        })();
        match result {
            Ok(id) => format::print_stdout(&format!("{id}\n")),
            Err(e) => {
                if let Some(prev) = last.replace(e) {
                    eprintln!("Error: {prev}");
                }
            }
        }
    }
    match last {
        Some(e) => Err(e),
        None => Ok(ExitCode::SUCCESS),
    }
}

fn create(nets: &Networks, a: CreateArgs) -> Result<ExitCode> {
    if a.driver != "bridge" {
        anyhow::bail!(
            "unsupported network driver {:?}: gorae has bridge only",
            a.driver
        );
    }
    let name = match a.name {
        Some(n) => n,
        None => (1..)
            .map(|i| format!("gorae{i}"))
            .find(|n| nets.get(n).is_err())
            .expect("a free name"),
    };
    if a.ipv6 {
        anyhow::bail!("--ipv6: gorae's user-defined networks are IPv4 only");
    }
    if let Some(d) = a.ipam_driver.as_deref().filter(|d| *d != "host-local") {
        anyhow::bail!(
            "unsupported ipam driver {d:?}: gorae's networks hand out addresses themselves (host-local)"
        );
    }
    let mut options = std::collections::BTreeMap::new();
    for o in &a.opt {
        let (k, v) = o.split_once('=').unwrap_or((o, "true"));
        options.insert(k.to_string(), v.to_string());
    }
    let spec = crate::net::network::NetworkSpec {
        subnet: a.subnet.clone(),
        gateway: a.gateway.clone(),
        ip_range: a.ip_range.clone(),
        labels: format::labels(&a.label),
        internal: a.internal,
        disable_dns: a.disable_dns,
        options,
    };
    if (spec.gateway.is_some() || spec.ip_range.is_some()) && spec.subnet.is_none() {
        anyhow::bail!("--gateway and --ip-range need --subnet");
    }
    match nets.create(&name, &spec) {
        Ok(n) => format::print_stdout(&format!("{}\n", n.name)),
        Err(_) if a.ignore && nets.get(&name).is_ok() => format::print_stdout(&format!("{name}\n")),
        Err(e) => anyhow::bail!(e),
    }
    Ok(ExitCode::SUCCESS)
}

fn ls(engine: &Engine, nets: &Networks, a: LsArgs) -> Result<ExitCode> {
    let keep = network_filter(
        engine,
        &a.filter,
        &["name", "id", "driver", "label", "until", "dangling"],
    )?;
    let mut list = nets.list();
    list.retain(|n| keep(n));
    if a.quiet {
        format::print_stdout(
            &list
                .iter()
                .map(|n| format!("{}\n", n.name))
                .collect::<String>(),
        );
    } else {
        let rows: Vec<serde_json::Value> = list
            .iter()
            .map(|n| {
                let mut v = network_json(n, &[]);
                v["ID"] = if a.no_trunc {
                    n.id.clone()
                } else {
                    n.id[..12].to_string()
                }
                .into();
                v["Name"] = n.name.clone().into();
                v["Driver"] = n.driver.clone().into();
                v
            })
            .collect();
        ListFormat {
            format: a.format.as_deref(),
            default_table: "table {{.ID}}\t{{.Name}}\t{{.Driver}}",
            headers: &[("ID", "NETWORK ID"), ("Name", "NAME"), ("Driver", "DRIVER")],
            no_heading: a.noheading,
        }
        .print(&rows, || serde_json::Value::Array(rows.clone()))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn inspect(engine: &Engine, nets: &Networks, a: InspectArgs) -> Result<ExitCode> {
    let mut docs = Vec::new();
    let mut code = 0;
    for q in &a.names {
        match nets.get(q) {
            Ok(n) => docs.push(network_json(&n, &users(engine, &n.name)?)),
            Err(e) => {
                eprintln!("Error: {e}");
                code = 125;
            }
        }
    }
    format::print_docs(&docs, a.format.as_deref())?;
    Ok(ExitCode::from(code))
}

fn rm(engine: &Engine, nets: &Networks, a: RmArgs) -> Result<ExitCode> {
    if a.time.is_some() && !a.force {
        anyhow::bail!("--force option must be specified to use the --time option");
    }
    let mut code = 0u8;
    for q in &a.names {
        let n = match nets.get(q) {
            Ok(n) => n,
            Err(e) => {
                eprintln!("Error: {e}");
                code = 1;
                continue;
            }
        };
        let used = users(engine, &n.name)?;
        if !used.is_empty() && !a.force {
            eprintln!(
                "Error: network {} is in use by container {}: remove it first, or use -f",
                n.name, used[0].1
            );
            code = 2;
            continue;
        }
        // All signalled before any file goes (which enters a user namespace of ours).
        let mut stopped = Vec::new();
        for (id, _) in &used {
            if let Some(t) = a.time {
                crate::engine::lifecycle::stop(engine, id, Some(t))?;
            }
            stopped.push(crate::engine::lifecycle::prepare_removal(engine, id, true)?);
        }
        for rec in &stopped {
            crate::engine::lifecycle::finish_removal(engine, rec)?;
        }
        match nets.remove(&n.name) {
            Ok(()) => format::print_stdout(&format!("{}\n", n.name)),
            Err(e) => {
                eprintln!("Error: {e}");
                code = 125;
            }
        }
    }
    Ok(ExitCode::from(code))
}

fn prune(engine: &Engine, nets: &Networks, a: PruneArgs) -> Result<ExitCode> {
    if !a.force
        && !format::confirm(
            "WARNING! This will remove all networks not used by at least one container.",
        )?
    {
        return Ok(ExitCode::SUCCESS);
    }
    let keep = network_filter(engine, &a.filter, &["label", "label!", "until"])?;
    for n in nets.list() {
        if keep(&n) && users(engine, &n.name)?.is_empty() {
            nets.remove(&n.name)?;
            format::print_stdout(&format!("{}\n", n.name));
        }
    }
    Ok(ExitCode::SUCCESS)
}
