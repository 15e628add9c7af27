//! Lifecycle commands: create, start, stop, kill, restart, wait, pause, rm, rename, prune.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use super::exec::{AttachArgs, attach};
use super::logs::follow;
use super::{each, needs_cgroup_scope, targets, with_cidfiles};
use crate::cli::format;
use crate::cli::run::{RunArgs, run_options};
use crate::engine::Engine;
use crate::engine::lifecycle;

pub fn create(a: RunArgs) -> Result<ExitCode> {
    let mut opts = run_options(&a)?;
    let engine = Engine::open_readonly()?;
    replace_first(&engine, &a)?;
    crate::cli::run::enter_namespaces(&engine, &a, &mut opts)?;
    match crate::engine::run::create(&engine, &opts) {
        Ok(rec) => {
            format::print_stdout(&format!("{}\n", rec.id));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("Error: {e}");
            Ok(ExitCode::from(e.exit_code()))
        }
    }
}

/// `--replace`: the old container goes before this process enters its own user namespace.
pub fn replace_first(engine: &Engine, a: &RunArgs) -> Result<()> {
    if a.replace
        && let Some(name) = &a.name
        && let Ok(old) = engine.find_container(name)
    {
        lifecycle::remove(engine, &old.id, true)?;
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// Attach: print the container's output and exit with its status
    #[arg(short, long)]
    pub attach: bool,
    /// Attach stdin too (for containers created with -i)
    #[arg(short, long)]
    pub interactive: bool,
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// The user namespace to start containers from: the one of a container whose network they
/// share, else a new one.
fn enter_for_start(engine: &Engine, containers: &[String]) -> Result<()> {
    let configs: Vec<crate::engine::run::LaunchConfig> = containers
        .iter()
        .filter_map(|c| {
            let rec = engine.find_container(c).ok()?;
            crate::engine::run::LaunchConfig::of(&rec).ok()
        })
        .collect();
    if let Some(pod) = configs.iter().find_map(|c| c.pod.clone()) {
        let pod = engine.find_pod(&pod)?;
        if pod.has_infra() {
            engine.enter_pod(&pod)?;
            return Ok(());
        }
    }
    let shared = configs.iter().find_map(|c| c.network_container.clone());
    let mut networks: Vec<String> = configs.iter().flat_map(|c| c.networks().cloned()).collect();
    networks.dedup();
    engine.enter_for_network(shared.as_deref(), &networks)?;
    Ok(())
}

pub fn start(a: StartArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    needs_cgroup_scope(&engine, &a.containers);
    enter_for_start(&engine, &a.containers)?;
    if a.attach {
        if a.containers.len() != 1 {
            bail!("you cannot start and attach multiple containers at once");
        }
        let rec = engine.find_container(&a.containers[0])?;
        if let Err(e) = lifecycle::start(&engine, &rec.id) {
            eprintln!("Error: {e}");
            return Ok(ExitCode::from(e.exit_code()));
        }
        if a.interactive {
            return attach(AttachArgs {
                no_stdin: false,
                container: rec.id,
            });
        }
        follow(&engine, &rec.id, None, false, 0)?;
        let code = lifecycle::wait(&engine, &rec.id)?;
        return Ok(ExitCode::from(u8::try_from(code).unwrap_or(255)));
    }
    Ok(each(&a.containers, |t| {
        let rec = engine.find_container(t)?;
        lifecycle::start(&engine, &rec.id)?;
        Ok(Some(t.to_string()))
    }))
}

#[derive(Debug, Args)]
pub struct StopArgs {
    /// Seconds to wait before killing the container (default: its stop timeout, 10)
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    pub time: Option<u32>,
    /// Stop all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors for containers that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Read the container's ID from this file (as `run --cidfile` wrote it)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<String>,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn stop(a: StopArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let given = with_cidfiles(&a.containers, &a.cidfile, a.ignore)?;
    if given.is_empty() && !a.all && !a.cidfile.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let list = targets(&engine, a.all, &given, true)?;
    Ok(each(&list, |t| match engine.find_container(t) {
        Ok(rec) => {
            lifecycle::stop(&engine, &rec.id, a.time)?;
            Ok(Some(t.to_string()))
        }
        Err(_) if a.ignore => Ok(None),
        Err(e) => Err(e),
    }))
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// Signal to send (name or number)
    #[arg(short, long, default_value = "SIGKILL")]
    pub signal: String,
    /// Kill all running containers
    #[arg(short, long)]
    pub all: bool,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn kill(a: KillArgs) -> Result<ExitCode> {
    let sig = crate::runtime::signals::parse(&a.signal).map_err(anyhow::Error::msg)?;
    let engine = Engine::open_readonly()?;
    let list = targets(&engine, a.all, &a.containers, true)?;
    Ok(each(&list, |t| {
        let rec = engine.find_container(t)?;
        lifecycle::kill_container(&engine, &rec.id, sig)?;
        Ok(Some(t.to_string()))
    }))
}

#[derive(Debug, Args)]
pub struct RestartArgs {
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time")]
    pub time: Option<u32>,
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn restart(a: RestartArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    needs_cgroup_scope(&engine, &a.containers);
    let mut ids = Vec::new();
    let code = each(&a.containers, |t| {
        let rec = engine.find_container(t)?;
        lifecycle::stop(&engine, &rec.id, a.time)?;
        ids.push((t.to_string(), rec.id));
        Ok(None)
    });
    let started: Vec<String> = ids.iter().map(|(_, id)| id.clone()).collect();
    enter_for_start(&engine, &started)?;
    let code2 = each(&started, |id| {
        lifecycle::start(&engine, id)?;
        Ok(Some(id.to_string()))
    });
    Ok(if code == ExitCode::SUCCESS {
        code2
    } else {
        code
    })
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn wait(a: WaitArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    Ok(each(&a.containers, |t| {
        let rec = match engine.find_container(t) {
            Ok(rec) => rec,
            // A `--rm` container that ended before `wait` looked, named by its full ID (as
            // `run -d` printed it): its exit code is kept.
            Err(e) => match lifecycle::removed_exit(&engine, t) {
                Some(code) => return Ok(Some(code.to_string())),
                None => return Err(e),
            },
        };
        Ok(Some(lifecycle::wait(&engine, &rec.id)?.to_string()))
    }))
}

#[derive(Debug, Args)]
pub struct PauseArgs {
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn pause(a: PauseArgs, pause: bool) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    Ok(each(&a.containers, |t| {
        crate::engine::containers::set_paused(&engine, t, pause)?;
        Ok(Some(t.to_string()))
    }))
}

/// `rm`: kills (with -f) every target first, then deletes them all from one user namespace.
pub fn rm(
    force: bool,
    all: bool,
    ignore: bool,
    volumes: bool,
    given: &[String],
) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let list = targets(&engine, all, given, false)?;
    let mut prepared = Vec::new();
    let mut code = each(&list, |t| match engine.find_container(t) {
        Ok(rec) => {
            prepared.push(lifecycle::prepare_removal(&engine, &rec.id, force)?);
            Ok(None)
        }
        Err(_) if ignore => Ok(None),
        Err(e) => Err(e),
    });
    for rec in &prepared {
        match lifecycle::finish_removal(&engine, rec) {
            Ok(()) => {
                if volumes {
                    lifecycle::remove_anonymous_volumes(&engine, rec);
                }
                format::print_stdout(&format!("{}\n", rec.id))
            }
            Err(e) => {
                eprintln!("Error: {e}");
                code = ExitCode::from(125);
            }
        }
    }
    Ok(code)
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    pub container: String,
    pub name: String,
}

pub fn rename(a: RenameArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    engine.rename_container(&a.container, &a.name)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

pub fn prune(a: PruneArgs) -> Result<ExitCode> {
    if !a.force && !format::confirm("WARNING! This will remove all non running containers.")? {
        return Ok(ExitCode::SUCCESS);
    }
    let engine = Engine::open_readonly()?;
    let removed = engine.prune_containers()?;
    format::print_stdout(
        &removed
            .iter()
            .map(|id| format!("{id}\n"))
            .collect::<String>(),
    );
    Ok(ExitCode::SUCCESS)
}
