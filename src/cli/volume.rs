//! `volume create|ls|inspect|rm|prune|exists|export|import`.

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
    /// Write a volume's content as a tar archive (to stdout, or --output)
    Export(ExportArgs),
    /// Unpack a tar archive (a file, or - for stdin) into a volume
    Import { name: String, source: String },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    pub name: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Set a label (KEY=VALUE)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Do nothing if the volume exists
    #[arg(long)]
    pub ignore: bool,
    /// The volume driver: local (the only one gorae has)
    #[arg(short, long, default_value = "local")]
    pub driver: String,
    /// A driver option: type=tmpfs|none, device=PATH, o=uid=N,gid=N,size=… (repeat)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
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
    /// name=, driver=, label=KEY[=VALUE], opt=, scope=, dangling=true|false, until= (repeat)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Inspect every volume
    #[arg(short, long, conflicts_with = "names")]
    pub all: bool,
    #[arg(required_unless_present = "all")]
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
    /// With --force: seconds to wait for each container using it to stop before killing it
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u32>,
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// label=KEY[=VALUE], label!=…, until=TIME: only the unused volumes that match (repeat)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

/// podman's `volume ls --filter` and `volume prune --filter`.
fn volume_filter(
    engine: &Engine,
    given: &[String],
    keys: &[&str],
) -> Result<impl Fn(&VolumeRecord) -> bool> {
    let filters = format::parse_kv_filters(given, keys)?;
    for (k, v) in &filters {
        if k == "dangling" && !["true", "false", "1", "0"].contains(&v.as_str()) {
            anyhow::bail!(
                "{v} is not a valid value for the \"dangling\" filter - must be true or false"
            );
        }
    }
    let used: Vec<String> = if filters.iter().any(|(k, _)| k == "dangling") {
        engine
            .store
            .list_volumes()?
            .into_iter()
            .filter(|v| engine.volume_users(&v.name).is_ok_and(|u| !u.is_empty()))
            .map(|v| v.name)
            .collect()
    } else {
        Vec::new()
    };
    Ok(move |v: &VolumeRecord| {
        format::filters_match(&filters, |key, want| match key {
            "name" => v.name.contains(want),
            "driver" | "scope" => want == "local",
            "label" => format::label_matches(&v.labels, want),
            "opt" => v
                .options
                .iter()
                .any(|(k, x)| want == format!("{k}={x}") || want == k),
            "until" => format::before(&v.created, want),
            "dangling" => used.contains(&v.name) != (want == "true" || want == "1"),
            _ => false,
        })
    })
}

fn volume_json(engine: &Engine, v: &VolumeRecord) -> serde_json::Value {
    serde_json::json!({
        "Name": v.name,
        "Driver": "local",
        "Mountpoint": engine.store.volume_data(&v.name),
        "CreatedAt": v.created,
        "Labels": v.labels,
        "Scope": "local",
        "Options": v.options,
        "Anonymous": v.anonymous,
    })
}

pub fn volume_cmd(c: VolumeCmd) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    match c {
        VolumeCmd::Create(a) => {
            if a.driver != "local" {
                anyhow::bail!(
                    "volume driver {:?} not found: gorae has the local driver only",
                    a.driver
                );
            }
            engine.ensure_userns()?;
            match engine.create_volume_with(a.name.as_deref(), &a.label, false, &a.opt) {
                Ok(v) => format::print_stdout(&format!("{}\n", v.name)),
                Err(crate::engine::Error::Exists { name: n, .. }) if a.ignore => {
                    format::print_stdout(&format!("{n}\n"))
                }
                Err(e) => return Err(e.into()),
            }
        }
        VolumeCmd::Ls(a) => {
            let keep = volume_filter(
                &engine,
                &a.filter,
                &[
                    "name", "driver", "label", "opt", "scope", "dangling", "until",
                ],
            )?;
            let mut list = engine.store.list_volumes()?;
            list.retain(|v| keep(v));
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
        VolumeCmd::Inspect(mut a) => {
            if a.all {
                a.names = engine
                    .store
                    .list_volumes()?
                    .into_iter()
                    .map(|v| v.name)
                    .collect();
            }
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
            if a.time.is_some() && !a.force {
                anyhow::bail!("--force option must be specified to use the --time option");
            }
            let mut code = 0u8;
            for n in &names {
                match engine.remove_volume(n, a.force, a.time) {
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
            let keep = volume_filter(&engine, &a.filter, &["label", "label!", "until"])?;
            let removed = engine.prune_volumes(|v| keep(v))?;
            format::print_stdout(&removed.iter().map(|n| format!("{n}\n")).collect::<String>());
        }
        VolumeCmd::Export(a) => match &a.output {
            Some(path) => {
                // Whole or not at all: the archive is renamed into place once complete.
                crate::engine::archive::write_beside(path, |f| engine.export_volume(&a.name, f))?;
            }
            None => {
                if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    anyhow::bail!(
                        "cannot write to terminal, use command-line redirection or the --output flag"
                    );
                }
                engine.export_volume(&a.name, std::io::stdout().lock())?;
            }
        },
        VolumeCmd::Import { name, source } => {
            if source == "-" {
                engine.import_volume(&name, std::io::stdin().lock())?;
            } else {
                let f = std::fs::File::open(&source)
                    .map_err(|e| anyhow::anyhow!("open {source}: {e}"))?;
                engine.import_volume(&name, std::io::BufReader::new(f))?;
            }
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
