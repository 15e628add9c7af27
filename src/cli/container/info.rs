//! Information commands: inspect's arguments, top, stats, port, healthcheck.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::cli::format;
use crate::engine::Engine;
use crate::engine::lifecycle;

#[derive(Debug, Args)]
pub struct InspectContainerArgs {
    /// Format the output as JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    #[arg(required = true, value_name = "CONTAINER")]
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
    /// Containers (default: all running)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn stats(a: StatsArgs) -> Result<ExitCode> {
    use crate::engine::containers::{Stats, stats};
    let engine = Engine::open_readonly()?;
    let names: Vec<String> = if a.containers.is_empty() {
        engine
            .store
            .list_containers()?
            .into_iter()
            .map(|c| engine.refresh(c))
            .filter(lifecycle::is_running)
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
            let s = stats(&engine, n, prev)?;
            rows.push(serde_json::json!({
                "ID": s.id, "Name": s.name,
                "CPUPerc": format!("{:.2}%", s.cpu_percent),
                "MemUsage": format!("{} / {}", format::human_size(s.mem_bytes), format::human_size(s.mem_limit)),
                "MemPerc": format!("{:.2}%", if s.mem_limit > 0 { s.mem_bytes as f64 / s.mem_limit as f64 * 100.0 } else { 0.0 }),
                "NetIO": "-- / --",
                "BlockIO": s.block_io.map_or("-- / --".to_string(), |(r, w)| format!("{} / {}", format::human_size(r), format::human_size(w))),
                "PIDs": s.pids.to_string(),
            }));
            previous[i] = Some((s, std::time::Instant::now()));
        }
        if !a.no_stream && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
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
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
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
    #[command(flatten)]
    pub latest: super::Latest,
    /// The container (with --latest, the port)
    pub container: Option<String>,
    /// Only this container port (80 or 80/tcp)
    pub port: Option<String>,
}

pub fn port(mut a: PortArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    if a.latest.latest && a.port.is_none() {
        a.port = a.container.take();
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
