//! `volume create|ls|inspect|rm|prune|exists`.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::format::{self, ListFormat};
use crate::engine::Engine;
use crate::store::volumes::VolumeRecord;

#[derive(Debug, Subcommand)]
pub enum VolumeCmd {
    /// Create a volume
    Create(CreateArgs),
    /// List volumes
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Display a volume's configuration
    Inspect(InspectArgs),
    /// Remove volumes
    #[command(alias = "remove")]
    Rm(RmArgs),
    /// Remove all unused volumes
    Prune(PruneArgs),
    /// Exit 0 if the volume exists, 1 if not
    Exists { name: String },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Set a label (KEY=VALUE)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Do nothing if the volume exists
    #[arg(long)]
    pub ignore: bool,
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
    /// Remove the containers that use the volume too
    #[arg(short, long)]
    pub force: bool,
    /// Remove all volumes
    #[arg(short, long)]
    pub all: bool,
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

fn volume_json(engine: &Engine, v: &VolumeRecord) -> serde_json::Value {
    serde_json::json!({
        "Name": v.name,
        "Driver": "local",
        "Mountpoint": engine.store.volume_data(&v.name),
        "CreatedAt": v.created,
        "Labels": v.labels,
        "Scope": "local",
        "Options": {},
        "Anonymous": v.anonymous,
    })
}

pub fn volume_cmd(c: VolumeCmd) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    match c {
        VolumeCmd::Create(a) => {
            engine.ensure_userns()?;
            match engine.create_volume(a.name.as_deref(), &a.label, false) {
                Ok(v) => format::print_stdout(&format!("{}\n", v.name)),
                Err(crate::engine::Error::Exists { name: n, .. }) if a.ignore => {
                    format::print_stdout(&format!("{n}\n"))
                }
                Err(e) => return Err(e.into()),
            }
        }
        VolumeCmd::Ls(a) => {
            let list = engine.store.list_volumes()?;
            if a.quiet {
                format::print_stdout(
                    &list
                        .iter()
                        .map(|v| format!("{}\n", v.name))
                        .collect::<String>(),
                );
            } else {
                let rows: Vec<serde_json::Value> =
                    list.iter().map(|v| volume_json(&engine, v)).collect();
                ListFormat {
                    format: a.format.as_deref(),
                    default_table: "table {{.Driver}}\t{{.Name}}",
                    headers: &[("Name", "VOLUME NAME")],
                    no_heading: a.noheading,
                }
                .print(&rows, || serde_json::Value::Array(rows.clone()))?;
            }
        }
        VolumeCmd::Inspect(a) => {
            let mut docs = Vec::new();
            let mut code = 0;
            for n in &a.names {
                match engine.store.volume(n) {
                    Ok(v) => docs.push(volume_json(&engine, &v)),
                    Err(e) => {
                        eprintln!("Error: {e}");
                        code = 125;
                    }
                }
            }
            format::print_docs(&docs, a.format.as_deref())?;
            return Ok(ExitCode::from(code));
        }
        VolumeCmd::Rm(a) => {
            if a.all != a.names.is_empty() {
                anyhow::bail!("choose either one or more volumes or all");
            }
            let names = if a.all {
                engine
                    .store
                    .list_volumes()?
                    .into_iter()
                    .map(|v| v.name)
                    .collect()
            } else {
                a.names.clone()
            };
            let mut code = 0u8;
            for n in &names {
                match engine.remove_volume(n, a.force) {
                    Ok(()) => format::print_stdout(&format!("{n}\n")),
                    Err(e) => {
                        eprintln!("Error: {e}");
                        code = match e {
                            crate::engine::Error::NotFound { .. } => 1,
                            crate::engine::Error::InUse { .. } => 2,
                            _ => 125,
                        };
                    }
                }
            }
            return Ok(ExitCode::from(code));
        }
        VolumeCmd::Prune(a) => {
            if !a.force
                && !format::confirm(
                    "WARNING! This will remove all volumes not used by at least one container.",
                )?
            {
                return Ok(ExitCode::SUCCESS);
            }
            let removed = engine.prune_volumes()?;
            format::print_stdout(&removed.iter().map(|n| format!("{n}\n")).collect::<String>());
        }
        VolumeCmd::Exists { name } => {
            return Ok(ExitCode::from(if engine.store.volume(&name).is_ok() {
                0
            } else {
                1
            }));
        }
    }
    Ok(ExitCode::SUCCESS)
}
