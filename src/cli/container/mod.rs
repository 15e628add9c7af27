//! Container commands, one submodule per family, re-exported here: lifecycle (create, start,
//! stop, kill, restart, wait, pause, rm, rename, prune), logs, exec and attach, filesystem
//! (diff, cp, mount, unmount) and information (top, stats, port, healthcheck).

mod control;
mod exec;
mod fs;
mod info;
mod inspect;
mod logs;
mod ps;
mod select;

use std::process::ExitCode;

use anyhow::{Result, bail};

use super::format;
use crate::engine::Engine;
use crate::engine::{Error as EngineFailure, Kind};

pub use control::{
    KillArgs, PauseArgs, PruneArgs, RenameArgs, RestartArgs, StartArgs, StopArgs, WaitArgs, create,
    kill, pause, prune, rename, replace_first, restart, rm, start, stop, wait,
};
pub use exec::{AttachArgs, ExecArgs, attach, exec};
pub use fs::{CpArgs, DiffArgs, MountArgs, UnmountArgs, cp, diff, mount, unmount};
pub use info::{
    HealthcheckCmd, InspectContainerArgs, PortArgs, StatsArgs, TopArgs, healthcheck, port, stats,
    top,
};
pub use inspect::container_json;
pub use logs::{LogsArgs, logs};
pub use ps::{PsArgs, ps};
pub use select::{Latest, Targets, filter_matches, parse_filters, pick_latest};

/// Prints one line per target and folds the errors into podman's exit code.
fn each(
    targets: &[String],
    mut f: impl FnMut(&str) -> Result<Option<String>, EngineFailure>,
) -> ExitCode {
    let mut code = 0u8;
    for t in targets {
        match f(t) {
            Ok(Some(line)) => format::print_stdout(&format!("{line}\n")),
            Ok(None) => {}
            Err(e) => {
                eprintln!("Error: {e}");
                code = match e {
                    EngineFailure::NotFound {
                        kind: Kind::Container,
                        ..
                    } if code == 0 => 1,
                    _ => 125,
                };
            }
        }
    }
    ExitCode::from(code)
}

/// Containers with limits need a delegated cgroup: see `cgroup::reexec_in_user_scope`.
pub(super) fn needs_cgroup_scope(engine: &Engine, containers: &[String]) {
    let needs = containers.iter().find_map(|c| {
        engine
            .find_container(c)
            .ok()
            .and_then(|r| crate::engine::run::LaunchConfig::of(&r).ok())
            .filter(|cfg| cfg.cgroups.needs_cgroup())
    });
    if let Some(cfg) = needs {
        crate::process::cgroup::reexec_in_user_scope_for(cfg.cgroups.manager.as_deref());
    }
}

/// The containers named, then those whose IDs the `--cidfile` files hold. A missing or empty
/// file is skipped with `ignore`, an error otherwise.
pub fn with_cidfiles(given: &[String], cidfiles: &[String], ignore: bool) -> Result<Vec<String>> {
    let mut all = given.to_vec();
    for f in cidfiles {
        match std::fs::read_to_string(f) {
            Ok(id) if !id.trim().is_empty() => all.push(id.trim().to_string()),
            Ok(_) | Err(_) if ignore => {}
            Ok(_) => bail!("the --cidfile {f} is empty"),
            Err(e) => bail!("reading --cidfile {f}: {e}"),
        }
    }
    Ok(all)
}
