//! Lifecycle commands: create, start, stop, kill, restart, wait, pause, rm, rename, prune.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use super::exec::{AttachArgs, attach};
use super::logs::follow;
use super::select::{Latest, Pick, Targets, pick};
use super::{each, needs_cgroup_scope};
use crate::cli::format;
use crate::cli::run::{RunArgs, run_options};
use crate::engine::Engine;
use crate::engine::lifecycle;

pub fn create(a: RunArgs) -> Result<ExitCode> {
    let a = crate::cli::run::with_pod_flags(a)?;
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
    /// Start every container that is not running
    #[arg(long)]
    pub all: bool,
    /// With --attach --interactive: the keys that detach (ctrl-p,ctrl-q by default; "" none)
    #[arg(long, value_name = "KEYS")]
    pub detach_keys: Option<String>,
    /// With --attach --interactive: forward the signals start receives to the container
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Start the containers that match (as ps --filter)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub latest: Latest,
    #[arg(value_name = "CONTAINER")]
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
    let shared = configs
        .iter()
        .find_map(|c| c.shared_container().map(str::to_string));
    let mut networks: Vec<String> = configs.iter().flat_map(|c| c.networks().cloned()).collect();
    networks.dedup();
    engine.enter_for_network(shared.as_deref(), &networks)?;
    Ok(())
}

pub fn start(mut a: StartArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    // start's own rules, as podman's: --filter narrows the names or --all (it takes
    // arguments here), and --all means the containers that are not running.
    if a.all && (!a.containers.is_empty() || a.latest.latest) {
        bail!("either start all containers or the container(s) provided in the arguments");
    }
    if a.all || !a.filter.is_empty() && a.containers.is_empty() {
        a.containers = pick(
            &engine,
            Pick {
                all: true,
                ..Pick::default()
            },
        )?;
        a.containers.retain(|id| {
            engine
                .find_container(id)
                .is_ok_and(|c| !lifecycle::is_running(&engine.refresh(c)))
        });
    } else {
        a.containers = pick(
            &engine,
            Pick {
                given: &a.containers,
                latest: a.latest.latest,
                ..Pick::default()
            },
        )?;
    }
    if !a.filter.is_empty() {
        let filters = super::parse_filters(&engine, &a.filter)?;
        a.containers.retain(|id| {
            engine
                .find_container(id)
                .is_ok_and(|c| super::filter_matches(&c, &filters))
        });
    }
    needs_cgroup_scope(&engine, &a.containers);
    enter_for_start(&engine, &a.containers)?;
    if let Some(k) = &a.detach_keys {
        super::exec::detach_keys(k)?;
    }
    if a.attach {
        if a.containers.len() != 1 {
            bail!("you cannot start and attach multiple containers at once");
        }
        let rec = engine.find_container(&a.containers[0])?;
        let cfg = crate::engine::run::LaunchConfig::of(&rec)?;
        // The output of this start is what the log gains from here on: read from the log, it
        // is whole even when the container is done before anyone could attach.
        let log = cfg.log_path(&engine.store, &rec.id);
        let offset = std::fs::metadata(&log).map_or(0, |m| m.len());
        if let Err(e) = lifecycle::start(&engine, &rec.id) {
            eprintln!("Error: {e}");
            return Ok(ExitCode::from(e.exit_code()));
        }
        // Input goes through the monitor's attach socket (so does all output without a log).
        if (a.interactive && cfg.interactive) || cfg.log_driver.is_some() {
            return attach(AttachArgs {
                no_stdin: !a.interactive,
                detach_keys: a.detach_keys,
                sig_proxy: a.sig_proxy,
                latest: Latest::default(),
                container: Some(rec.id),
            });
        }
        follow(&engine, &rec.id, offset)?;
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
    #[command(flatten)]
    pub targets: Targets,
}

pub fn stop(a: StopArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let list = a.targets.pick(&engine, a.all, a.ignore, true)?;
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
    #[arg(short, long, default_value = "SIGKILL", allow_hyphen_values = true)]
    pub signal: String,
    /// Kill all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Read the container's ID from this file (as `run --cidfile` wrote it)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<String>,
    #[command(flatten)]
    pub latest: Latest,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn kill(a: KillArgs) -> Result<ExitCode> {
    let sig = crate::runtime::signals::parse(&a.signal).map_err(anyhow::Error::msg)?;
    let engine = Engine::open_readonly()?;
    let list = pick(
        &engine,
        Pick {
            given: &a.containers,
            all: a.all,
            latest: a.latest.latest,
            cidfiles: &a.cidfile,
            running_only: true,
            ..Pick::default()
        },
    )?;
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
    /// Restart all containers
    #[arg(short, long)]
    pub all: bool,
    /// With --all: only the running containers
    #[arg(long)]
    pub running: bool,
    #[command(flatten)]
    pub targets: Targets,
}

pub fn restart(a: RestartArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let list = a.targets.pick(&engine, a.all, false, a.running)?;
    needs_cgroup_scope(&engine, &list);
    let mut ids = Vec::new();
    let code = each(&list, |t| {
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
    /// Wait until the container reaches this state (created, running, paused, stopping,
    /// exited or stopped, healthy, unhealthy); repeat for any of several. Default: stopped
    #[arg(long, value_name = "STATE")]
    pub condition: Vec<String>,
    /// Time between polls: a duration, or milliseconds (default 250ms)
    #[arg(short, long, default_value = "250ms", value_name = "INTERVAL")]
    pub interval: String,
    #[command(flatten)]
    pub latest: Latest,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// What `wait --condition` waits for: exit (printing the exit code), or other states
/// (printing -1, as podman does).
struct Conditions {
    exit: bool,
    states: Vec<String>,
}

impl Conditions {
    fn parse(given: &[String]) -> Result<Conditions> {
        let mut c = Conditions {
            exit: given.is_empty(),
            states: Vec::new(),
        };
        for g in given {
            match g.as_str() {
                "exited" | "stopped" => c.exit = true,
                "created" | "running" | "paused" | "stopping" | "healthy" | "unhealthy" => {
                    c.states.push(g.clone())
                }
                other => bail!(
                    "invalid condition {other:?}: want created, running, paused, stopping, exited, stopped, healthy or unhealthy"
                ),
            }
        }
        Ok(c)
    }

    /// `Some(line)` once `rec` meets a condition.
    fn met(&self, rec: &crate::store::containers::ContainerRecord) -> Option<String> {
        let state = rec.state.as_str();
        if self.exit && rec.state == crate::store::containers::ContainerState::Exited {
            return Some(rec.exit_code.unwrap_or(-1).to_string());
        }
        let health = rec.health.as_ref().and_then(|h| h["Status"].as_str());
        self.states
            .iter()
            .any(|s| s == state || Some(s.as_str()) == health)
            .then(|| "-1".to_string())
    }
}

fn interval(s: &str) -> Result<std::time::Duration> {
    if let Ok(ms) = s.parse::<u64>() {
        return Ok(std::time::Duration::from_millis(ms));
    }
    Ok(crate::engine::health::parse_duration(s)?)
}

pub fn wait(a: WaitArgs) -> Result<ExitCode> {
    let conditions = Conditions::parse(&a.condition)?;
    let every = interval(&a.interval)?;
    let engine = Engine::open_readonly()?;
    let list = if a.latest.latest || a.containers.is_empty() {
        pick(
            &engine,
            Pick {
                given: &a.containers,
                latest: a.latest.latest,
                ..Pick::default()
            },
        )?
    } else {
        // Named as given: a `--rm` container that is already gone still has an answer.
        a.containers.clone()
    };
    Ok(each(&list, |t| {
        let rec = match engine.find_container(t) {
            Ok(rec) => rec,
            // A `--rm` container that ended before `wait` looked, named by its full ID (as
            // `run -d` printed it): its exit code is kept.
            Err(e) => match lifecycle::removed_exit(&engine, t) {
                Some(code) if conditions.exit => return Ok(Some(code.to_string())),
                _ => return Err(e),
            },
        };
        if conditions.states.is_empty() {
            return Ok(Some(lifecycle::wait(&engine, &rec.id)?.to_string()));
        }
        loop {
            let now = engine.refresh(engine.find_container(&rec.id)?);
            if let Some(line) = conditions.met(&now) {
                return Ok(Some(line));
            }
            std::thread::sleep(every);
        }
    }))
}

#[derive(Debug, Args)]
pub struct PauseArgs {
    /// Pause (unpause) every running (paused) container
    #[arg(short, long)]
    pub all: bool,
    #[command(flatten)]
    pub targets: Targets,
}

pub fn pause(a: PauseArgs, pause: bool) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let mut list = a.targets.pick(&engine, a.all, false, false)?;
    if a.all {
        // pause --all takes the running containers, unpause --all the paused ones.
        let want = if pause { "running" } else { "paused" };
        list.retain(|id| {
            engine
                .find_container(id)
                .map(|c| engine.refresh(c).state.as_str() == want)
                .unwrap_or(false)
        });
    }
    Ok(each(&list, |t| {
        crate::engine::containers::set_paused(&engine, t, pause)?;
        Ok(Some(t.to_string()))
    }))
}

/// `rm`: kills (with -f) every target first, then deletes them all from one user namespace.
pub fn rm(
    engine: &Engine,
    force: bool,
    ignore: bool,
    volumes: bool,
    list: &[String],
) -> Result<ExitCode> {
    let mut prepared = Vec::new();
    let mut code = each(list, |t| match engine.find_container(t) {
        Ok(rec) => {
            prepared.push(lifecycle::prepare_removal(engine, &rec.id, force)?);
            Ok(None)
        }
        Err(_) if ignore => Ok(None),
        Err(e) => Err(e),
    });
    for rec in &prepared {
        match lifecycle::finish_removal(engine, rec) {
            Ok(()) => {
                if volumes {
                    lifecycle::remove_anonymous_volumes(engine, rec);
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
    /// label=KEY[=VALUE], label!=…, until=TIME: only the stopped containers that match
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

pub fn prune(a: PruneArgs) -> Result<ExitCode> {
    if !a.force && !format::confirm("WARNING! This will remove all non running containers.")? {
        return Ok(ExitCode::SUCCESS);
    }
    let filters = format::parse_kv_filters(&a.filter, &["label", "label!", "until"])?;
    let engine = Engine::open_readonly()?;
    let removed = engine.prune_containers(|c| {
        format::filters_match(&filters, |key, want| match key {
            "label" => crate::engine::run::LaunchConfig::of(c)
                .is_ok_and(|l| format::label_matches(&l.labels, want)),
            "until" => format::before(&c.created, want),
            _ => false,
        })
    })?;
    format::print_stdout(
        &removed
            .iter()
            .map(|id| format!("{id}\n"))
            .collect::<String>(),
    );
    Ok(ExitCode::SUCCESS)
}
