//! Filesystem commands: diff, cp, mount, unmount.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use crate::cli::format;
use crate::engine::Engine;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Output format: json, or the default lines
    #[arg(long)]
    pub format: Option<String>,
    #[command(flatten)]
    pub latest: super::Latest,
    pub container: Option<String>,
}

pub fn diff(a: DiffArgs) -> Result<ExitCode> {
    let engine = Engine::open()?;
    let id = super::select::one(&engine, a.container.as_deref(), a.latest.latest)?;
    let changes = engine.diff_container(&id)?;
    if a.format.as_deref() == Some("json") {
        let mut map = serde_json::Map::new();
        for (kind, key) in [('A', "added"), ('C', "changed"), ('D', "deleted")] {
            let v: Vec<&String> = changes
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, p)| p)
                .collect();
            if !v.is_empty() {
                map.insert(key.into(), serde_json::json!(v));
            }
        }
        format::print_stdout(&format!("{}\n", serde_json::to_string_pretty(&map)?));
    } else {
        format::print_stdout(
            &changes
                .iter()
                .map(|(k, p)| format!("{k} {p}\n"))
                .collect::<String>(),
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct CpArgs {
    /// Into a container, the copies belong to its user (--user's uid and gid; the default);
    /// --archive=false leaves them to its root
    #[arg(short, long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub archive: bool,
    /// Let a directory replace a non-directory, and the reverse
    #[arg(long)]
    pub overwrite: bool,
    /// Source: CONTAINER:PATH or a host path
    pub src: String,
    /// Destination: CONTAINER:PATH or a host path
    pub dest: String,
}

pub fn cp(a: CpArgs) -> Result<ExitCode> {
    use crate::engine::copy::{self, Direction};
    // A host path with a colon can be written as ./a:b.
    let split = |s: &str| -> Option<(String, String)> {
        if s.starts_with('/') || s.starts_with('.') {
            return None;
        }
        s.split_once(':')
            .map(|(c, p)| (c.to_string(), p.to_string()))
    };
    let engine = Engine::open_readonly()?;
    let (container, dir) = match (split(&a.src), split(&a.dest)) {
        (Some((c, p)), None) => (
            c,
            Direction::Out {
                container_path: p,
                host: a.dest.clone().into(),
            },
        ),
        (None, Some((c, p))) => (
            c,
            Direction::In {
                host: a.src.clone().into(),
                container_path: p,
            },
        ),
        (Some(_), Some(_)) => bail!("copying between containers is not supported"),
        (None, None) => bail!("one of the paths must be CONTAINER:PATH"),
    };
    let rec = engine.find_container(&container)?;
    if !crate::engine::lifecycle::is_running(&engine.refresh(rec.clone())) {
        // A stopped container's overlay is mounted in our own namespace.
        engine.ensure_userns()?;
    }
    copy::copy(
        &engine,
        &rec.id,
        dir,
        copy::CopyOptions {
            archive: a.archive,
            overwrite: a.overwrite,
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct MountArgs {
    /// Mount every container
    #[arg(short, long, conflicts_with = "containers")]
    pub all: bool,
    #[command(flatten)]
    pub latest: super::Latest,
    /// Print JSON (with no container: the mounted ones)
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate IDs
    #[arg(long)]
    pub no_trunc: bool,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UnmountArgs {
    /// Unmount every mounted container
    #[arg(short, long)]
    pub all: bool,
    /// Ignored (gorae keeps no mount counts)
    #[arg(short, long)]
    pub force: bool,
    #[command(flatten)]
    pub latest: super::Latest,
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["all", "latest"])]
    pub containers: Vec<String>,
}

/// Rootless, a mount lives in a mount namespace that belongs to gorae's user namespace, so it
/// is only visible inside `gorae unshare` (as with podman).
fn check_mountable(verb: &str) -> Result<()> {
    if !nix::unistd::Uid::effective().is_root() {
        anyhow::bail!(
            "cannot run command \"gorae {verb}\" in rootless mode, must execute `gorae unshare` first"
        );
    }
    Ok(())
}

pub fn mount(mut a: MountArgs) -> Result<ExitCode> {
    check_mountable("mount")?;
    let engine = Engine::open()?;
    if a.all {
        a.containers = engine
            .store
            .list_containers()?
            .into_iter()
            .map(|c| c.id)
            .collect();
    } else if a.latest.latest {
        a.containers = super::pick_latest(&engine)?;
    }
    if a.containers.is_empty() && !a.all {
        let mut rows = Vec::new();
        for c in engine.store.list_containers()? {
            let merged = engine.store.container_dir(&c.id).join("merged");
            if crate::engine::containers::is_mounted(&merged) {
                rows.push((c, merged));
            }
        }
        if a.format.as_deref() == Some("json") {
            let docs: Vec<serde_json::Value> = rows
                .iter()
                .map(|(c, m)| serde_json::json!({"id": c.id, "Names": [c.name], "mountpoint": m}))
                .collect();
            format::print_stdout(&format!("{}\n", serde_json::to_string_pretty(&docs)?));
        } else {
            let lines: String = rows
                .iter()
                .map(|(c, m)| {
                    let id = if a.no_trunc { &c.id[..] } else { &c.id[..12] };
                    format!("{id} {}\n", m.display())
                })
                .collect();
            format::print_stdout(&lines);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut code = 0u8;
    for q in &a.containers {
        match crate::engine::containers::mount(&engine, q) {
            Ok(path) => format::print_stdout(&format!("{}\n", path.display())),
            Err(e) => {
                eprintln!("Error: {e}");
                code = 125;
            }
        }
    }
    Ok(ExitCode::from(code))
}

pub fn unmount(a: UnmountArgs) -> Result<ExitCode> {
    check_mountable("unmount")?;
    let engine = Engine::open()?;
    let targets: Vec<String> = if a.all {
        engine
            .store
            .list_containers()?
            .into_iter()
            .filter(|c| {
                crate::engine::containers::is_mounted(
                    &engine.store.container_dir(&c.id).join("merged"),
                )
            })
            .map(|c| c.id)
            .collect()
    } else if a.latest.latest {
        super::pick_latest(&engine)?
    } else {
        a.containers.clone()
    };
    let mut code = 0u8;
    for q in &targets {
        match crate::engine::containers::unmount(&engine, q) {
            Ok(id) => format::print_stdout(&format!("{id}\n")),
            Err(e) => {
                eprintln!("Error: {e}");
                code = 125;
            }
        }
    }
    Ok(ExitCode::from(code))
}
