//! How a container command picks its targets besides naming them, as podman does: `--all`,
//! `--latest`, `--cidfile`, `--filter` (ps's filters), with podman's checks of which go
//! together.

use anyhow::{Result, bail};
use clap::Args;

use crate::engine::Engine;
use crate::engine::lifecycle;
use crate::store::containers::ContainerRecord;

/// `-l/--latest`, for the commands that take one container or several.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Latest {
    /// Act on the latest container created
    #[arg(short = 'l', long)]
    pub latest: bool,
}

/// `--cidfile`, `--filter`, `-l` and the names: how stop, restart, pause/unpause and rm pick
/// their containers (each adds its own `--all`).
#[derive(Debug, Args)]
pub struct Targets {
    /// Read the container's ID from this file (as `run --cidfile` wrote it)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<String>,
    /// The containers that match (as ps --filter)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub latest: Latest,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

impl Targets {
    /// The containers these flags and `all` name.
    pub fn pick(
        &self,
        engine: &Engine,
        all: bool,
        ignore: bool,
        running_only: bool,
    ) -> Result<Vec<String>> {
        pick(
            engine,
            Pick {
                given: &self.containers,
                all,
                latest: self.latest.latest,
                cidfiles: &self.cidfile,
                filters: &self.filter,
                ignore,
                running_only,
            },
        )
    }
}

/// What a command was asked to act on.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Pick<'a> {
    pub given: &'a [String],
    pub all: bool,
    pub latest: bool,
    pub cidfiles: &'a [String],
    pub filters: &'a [String],
    /// A missing or empty `--cidfile` is skipped rather than an error (`--ignore`).
    pub ignore: bool,
    /// `--all` means the running containers (stop, kill, pause), not every one.
    pub running_only: bool,
}

/// The containers `p` names, in order, or podman's complaint about the combination.
pub(super) fn pick(engine: &Engine, p: Pick<'_>) -> Result<Vec<String>> {
    let n = p.given.len();
    if !p.filters.is_empty() {
        if n > 0 {
            bail!("--filter takes no arguments");
        }
        let filters = parse_filters(engine, p.filters)?;
        return Ok(list(engine)?
            .into_iter()
            .filter(|c| filter_matches(c, &filters))
            .map(|c| c.id)
            .collect());
    }
    let cidfile = !p.cidfiles.is_empty();
    if cidfile && (p.all || p.latest) {
        bail!("--all, --latest, and --cidfile cannot be used together");
    }
    if p.all && p.latest {
        bail!("--all and --latest cannot be used together");
    }
    if n > 0 && p.all {
        bail!("no arguments are needed with --all");
    }
    if n > 0 && p.latest {
        bail!("--latest and containers cannot be used together");
    }
    if n == 0 && !p.all && !p.latest && !cidfile {
        bail!("you must provide at least one name or id");
    }
    if p.all {
        return Ok(list(engine)?
            .into_iter()
            .filter(|c| !p.running_only || lifecycle::is_running(c))
            .map(|c| c.id)
            .collect());
    }
    if p.latest {
        return match list(engine)?.into_iter().next() {
            Some(c) => Ok(vec![c.id]),
            None => bail!("no containers to act on: --latest found none"),
        };
    }
    super::with_cidfiles(p.given, p.cidfiles, p.ignore)
}

/// The one container of a command that takes a single one: named, or `--latest`.
pub(super) fn one(engine: &Engine, given: Option<&str>, latest: bool) -> Result<String> {
    let given: Vec<String> = given.into_iter().map(str::to_string).collect();
    let mut v = pick(
        engine,
        Pick {
            given: &given,
            latest,
            ..Pick::default()
        },
    )?;
    Ok(v.remove(0))
}

/// Every container, newest first, with its state brought up to date.
fn list(engine: &Engine) -> Result<Vec<ContainerRecord>> {
    Ok(engine
        .store
        .list_containers()?
        .into_iter()
        .map(|c| engine.refresh(c))
        .collect())
}

/// `KEY=VALUE` filters, as `ps --filter` takes them; a `pod=` name is resolved to the pod's
/// ID (a pod that isn't there matches no container).
pub fn parse_filters(engine: &Engine, given: &[String]) -> Result<Vec<(String, String)>> {
    const KEYS: [&str; 10] = [
        "pod",
        "name",
        "id",
        "status",
        "label",
        "ancestor",
        "restart-policy",
        "exited",
        "health",
        "volume",
    ];
    const POLICIES: [&str; 5] = ["none", "no", "always", "on-failure", "unless-stopped"];
    const STATES: [&str; 8] = [
        "unknown",
        "configured",
        "created",
        "running",
        "stopped",
        "paused",
        "exited",
        "removing",
    ];
    given
        .iter()
        .map(|f| match f.split_once('=') {
            Some(("restart-policy", v)) if !POLICIES.contains(&v) => {
                bail!("{v} invalid restart policy")
            }
            Some(("status", v)) if !STATES.contains(&v) => {
                bail!("unknown container state: {v}: invalid argument")
            }
            Some(("exited", v)) if v.parse::<i32>().is_err() => {
                bail!("exited code out of range {v:?}")
            }
            Some(("pod", v)) => Ok((
                "pod".to_string(),
                engine.find_pod(v).map(|p| p.id).unwrap_or_default(),
            )),
            // Containers created before (or since) the one named, by its creation time.
            Some((k @ ("before" | "since"), v)) => {
                Ok((k.to_string(), engine.find_container(v)?.created))
            }
            Some((k, v)) if KEYS.contains(&k) => Ok((k.to_string(), v.to_string())),
            Some(_) => bail!("{f} is an invalid filter"),
            None => bail!("invalid filter {f:?}"),
        })
        .collect()
}

/// podman's `ps --filter`: different keys must all match; repeated keys match any value.
pub fn filter_matches(c: &ContainerRecord, filters: &[(String, String)]) -> bool {
    if filters.is_empty() {
        return true;
    }
    // Only label and restart-policy filters need the launch configuration.
    let launch = if filters
        .iter()
        .any(|(k, _)| matches!(k.as_str(), "label" | "restart-policy" | "pod" | "volume"))
    {
        crate::engine::run::LaunchConfig::of(c).ok()
    } else {
        None
    };
    let labels = launch
        .as_ref()
        .map(|l| l.labels.clone())
        .unwrap_or_default();
    let policy = launch
        .as_ref()
        .map(|l| l.restart.split(':').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let mut keys: Vec<&str> = filters.iter().map(|(k, _)| k.as_str()).collect();
    keys.dedup();
    keys.iter().all(|key| {
        filters
            .iter()
            .filter(|(k, _)| k == key)
            .any(|(_, v)| match *key {
                "name" => crate::cli::format::regex_match(v, &c.name),
                "id" => c.id.starts_with(v.as_str()),
                // podman's "stopped" is its word for a container that ran and exited.
                "status" => match v.as_str() {
                    "stopped" | "exited" => c.state.as_str() == "exited",
                    "configured" => c.state.as_str() == "created",
                    v => c.state.as_str() == v,
                },
                "exited" => {
                    c.state.as_str() == "exited"
                        && c.exit_code.map(|e| e.to_string()) == Some(v.clone())
                }
                "before" => c.created < *v,
                "since" => c.created > *v,
                "health" => c
                    .health
                    .as_ref()
                    .and_then(|h| h["Status"].as_str())
                    .is_some_and(|s| s == v),
                // volume=NAME or volume=NAME:DEST (a named volume or a bind's host path).
                "volume" => {
                    let (src, dst) = v.split_once(':').unwrap_or((v.as_str(), ""));
                    launch.as_ref().is_some_and(|l| {
                        l.mounts
                            .iter()
                            .any(|m| m.source == src && (dst.is_empty() || m.destination == dst))
                    })
                }
                "ancestor" => {
                    c.image_name.contains(v.as_str()) || c.image_id.starts_with(v.as_str())
                }
                // gorae records no policy as "no": "none" and "no" mean the same to it.
                "restart-policy" => match v.as_str() {
                    "none" | "no" => policy.is_empty() || policy == "no",
                    p => p == policy,
                },
                "pod" => !v.is_empty() && launch.as_ref().and_then(|l| l.pod.as_deref()) == Some(v),
                "label" => match v.split_once('=') {
                    Some((k, val)) => labels.get(k).is_some_and(|x| x == val),
                    None => labels.contains_key(v.as_str()),
                },
                _ => false,
            })
    })
}

/// `--latest` where a command takes names: the newest container's ID.
pub fn pick_latest(engine: &Engine) -> Result<Vec<String>> {
    pick(
        engine,
        Pick {
            latest: true,
            ..Default::default()
        },
    )
}
