//! Information commands: inspect's arguments, top, stats, port, healthcheck.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use crate::cli::format;
use crate::engine::Engine;
use crate::engine::lifecycle;

#[derive(Debug, Args)]
pub struct InspectContainerArgs {
    /// Format the output as JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Inspect the latest container created
    #[arg(short, long, conflicts_with = "containers")]
    pub latest: bool,
    /// Add what the container wrote (SizeRw) and that with its image (SizeRootFs)
    #[arg(short, long)]
    pub size: bool,
    #[arg(required_unless_present = "latest", value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TopArgs {
    #[command(flatten)]
    pub latest: super::Latest,
    pub container: Option<String>,
}

pub fn top(a: TopArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let id = super::select::one(&engine, a.container.as_deref(), a.latest.latest)?;
    let rows = crate::engine::containers::top(&engine, &id)?;
    let mut out = String::from("USER\tPID\tPPID\tCOMMAND\n");
    for r in rows {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            r.user, r.pid, r.ppid, r.command
        ));
    }
    let lines: Vec<String> = out.lines().map(str::to_string).collect();
    format::print_stdout(&format::align_lines(&lines));
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print one sample and exit
    #[arg(long)]
    pub no_stream: bool,
    /// JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Show all containers, not only running ones (those not running show "--")
    #[arg(short, long)]
    pub all: bool,
    /// Seconds between samples
    #[arg(
        short,
        long,
        default_value_t = 5,
        value_name = "SECONDS",
        allow_negative_numbers = true
    )]
    pub interval: i64,
    /// Do not clear the screen between samples
    #[arg(long)]
    pub no_reset: bool,
    /// Do not truncate the IDs
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub latest: super::Latest,
    /// Containers (default: all running)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn stats(a: StatsArgs) -> Result<ExitCode> {
    use crate::engine::containers::{Stats, stats};
    let given =
        usize::from(a.all) + usize::from(a.latest.latest) + usize::from(!a.containers.is_empty());
    if given > 1 {
        bail!("--all, --latest and containers cannot be used together");
    }
    if a.interval < 1 {
        bail!("invalid interval, must be a positive number greater zero");
    }
    let engine = Engine::open_readonly()?;
    let names: Vec<String> = if a.latest.latest {
        super::select::pick(
            &engine,
            super::select::Pick {
                latest: true,
                ..Default::default()
            },
        )?
    } else if a.containers.is_empty() {
        engine
            .store
            .list_containers()?
            .into_iter()
            .map(|c| engine.refresh(c))
            .filter(|c| a.all || lifecycle::is_running(c))
            .map(|c| c.id)
            .collect()
    } else {
        a.containers.clone()
    };
    let mut previous: Vec<Option<(Stats, std::time::Instant)>> = vec![None; names.len()];
    loop {
        let mut rows = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let prev = previous[i].as_ref().map(|(s, t)| (s, t.elapsed()));
            let s = match stats(&engine, n, prev) {
                Ok(s) => s,
                // Listed by --all but not running: a row of "--", as it has no processes.
                Err(crate::engine::Error::InvalidState(_)) if a.all => {
                    let rec = engine.find_container(n)?;
                    rows.push(serde_json::json!({
                        "ID": short_id(&rec.id, a.no_trunc), "ContainerID": rec.id, "Name": rec.name,
                        "CPUPerc": "--", "MemUsage": "-- / --", "MemPerc": "--",
                        "NetIO": "-- / --", "BlockIO": "-- / --", "PIDs": "--",
                    }));
                    continue;
                }
                Err(e) => return Err(e.into()),
            };
            rows.push(serde_json::json!({
                "ID": short_id(&s.id, a.no_trunc), "ContainerID": s.id, "Name": s.name,
                "CPUPerc": format!("{:.2}%", s.cpu_percent),
                "MemUsage": format!("{} / {}", format::human_size(s.mem_bytes), format::human_size(s.mem_limit)),
                "MemPerc": format!("{:.2}%", if s.mem_limit > 0 { s.mem_bytes as f64 / s.mem_limit as f64 * 100.0 } else { 0.0 }),
                "NetIO": "-- / --",
                "BlockIO": s.block_io.map_or("-- / --".to_string(), |(r, w)| format!("{} / {}", format::human_size(r), format::human_size(w))),
                "PIDs": s.pids.to_string(),
            }));
            previous[i] = Some((s, std::time::Instant::now()));
        }
        if !a.no_stream && !a.no_reset && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            format::print_stdout("\x1b[2J\x1b[H");
        }
        format::ListFormat {
            format: a.format.as_deref(),
            default_table: "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}",
            headers: &[("ID", "ID"), ("CPUPerc", "CPU %"), ("MemUsage", "MEM USAGE / LIMIT"), ("MemPerc", "MEM %"), ("NetIO", "NET IO"), ("BlockIO", "BLOCK IO"), ("PIDs", "PIDS")],
            no_heading: false,
        }
        .print(&rows, || serde_json::Value::Array(rows.clone()))?;
        if a.no_stream {
            return Ok(ExitCode::SUCCESS);
        }
        std::thread::sleep(std::time::Duration::from_secs(a.interval as u64));
    }
}

/// An ID as lists show it: 12 characters, or whole with `--no-trunc`.
fn short_id(id: &str, no_trunc: bool) -> String {
    if no_trunc {
        id
    } else {
        &id[..id.len().min(12)]
    }
    .to_string()
}

#[derive(Debug, clap::Subcommand)]
pub enum HealthcheckCmd {
    /// Run a container's health check once: prints healthy or unhealthy, exits 0 or 1
    Run { container: String },
}

pub fn healthcheck(c: HealthcheckCmd) -> Result<ExitCode> {
    let HealthcheckCmd::Run { container } = c;
    let engine = Engine::open_readonly()?;
    let rec = engine.find_container(&container)?;
    let healthy = crate::engine::health::run_check(&engine, &rec.id)?;
    format::print_stdout(if healthy { "healthy\n" } else { "unhealthy\n" });
    Ok(ExitCode::from(if healthy { 0 } else { 1 }))
}

#[derive(Debug, Args)]
pub struct PortArgs {
    /// Every running container's ports, each line after the container's ID
    #[arg(short, long)]
    pub all: bool,
    #[command(flatten)]
    pub latest: super::Latest,
    /// The container (with --latest, the port)
    pub container: Option<String>,
    /// Only this container port (80 or 80/tcp)
    pub port: Option<String>,
}

pub fn port(mut a: PortArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    if a.all {
        if a.container.is_some() || a.latest.latest {
            bail!("the --all and --latest options and a container cannot be used together");
        }
        let mut out = String::new();
        for c in engine.store.list_containers()? {
            let c = engine.refresh(c);
            if !lifecycle::is_running(&c) {
                continue;
            }
            let cfg = crate::engine::run::LaunchConfig::of(&c)?;
            for l in crate::net::ports::describe(&cfg.ports) {
                out.push_str(&format!("{}\t{l}\n", &c.id[..12]));
            }
        }
        format::print_stdout(&out);
        return Ok(ExitCode::SUCCESS);
    }
    if a.latest.latest && a.port.is_none() {
        a.port = a.container.take();
    }
    if a.container.is_none() && !a.latest.latest {
        bail!("you must supply a running container name or id");
    }
    let id = super::select::one(&engine, a.container.as_deref(), a.latest.latest)?;
    let rec = engine.find_container(&id)?;
    let cfg = crate::engine::run::LaunchConfig::of(&rec)?;
    let mut lines = crate::net::ports::describe(&cfg.ports);
    if let Some(want) = &a.port {
        let want = if want.contains('/') {
            want.clone()
        } else {
            format!("{want}/tcp")
        };
        lines.retain(|l| l.starts_with(&format!("{want} ")));
        lines = lines
            .into_iter()
            .map(|l| l.split(" -> ").nth(1).unwrap_or("").to_string())
            .collect();
    }
    format::print_stdout(&lines.iter().map(|l| format!("{l}\n")).collect::<String>());
    Ok(ExitCode::SUCCESS)
}
