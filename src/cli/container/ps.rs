//! `ps`: the container list, its filters and its row fields.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use crate::cli::format::{self, ListFormat};
use crate::engine::Engine;
use crate::store::containers::{ContainerRecord, ContainerState};

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
    let engine = Engine::open_readonly()?;
    let filters = super::parse_filters(&engine, &a.filter)?;
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
    list.retain(|c| super::filter_matches(c, &filters));
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
