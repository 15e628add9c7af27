//! `pod create|ps|start|stop|kill|rm|inspect|exists`.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::format;

mod create;
mod ps;
use crate::engine::Engine;
use crate::engine::lifecycle;
use crate::engine::pods::PodRecord;
pub use create::CreateArgs;
use create::create;
use ps::ps;

#[derive(Debug, Subcommand)]
pub enum PodCmd {
    /// Create a pod (its infra holds the shared namespaces)
    Create(Box<CreateArgs>),
    /// List pods
    #[command(alias = "ls", alias = "list")]
    Ps(PsArgs),
    /// Start pods: the infra, then every container
    Start(StartArgs),
    /// Stop pods: every container, then the infra
    Stop(StopArgs),
    /// Send a signal to every container of pods
    Kill(KillArgs),
    /// Remove pods and their containers
    Rm(RmArgs),
    /// Display a pod's configuration
    Inspect(InspectArgs),
    /// Exit 0 if the pod exists, 1 if not
    Exists { pod: String },
    /// Stop and start pods again
    Restart(StopArgs),
    /// Pause every container of pods
    Pause(PodsArgs),
    /// Resume every container of pods
    Unpause(PodsArgs),
    /// Show the processes of a pod's containers
    Top(TopArgs),
    /// Show the resource use of pods' containers
    Stats(StatsArgs),
    /// Show the output of a pod's containers, each line after the container's ID (or name)
    Logs(LogsArgs),
    /// Remove every stopped pod (none of its containers running) and its containers
    Prune(PruneArgs),
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

/// `--pod-id-file`: pods named by the files `pod create --pod-id-file` wrote.
#[derive(Debug, Default, Args)]
pub struct PodIdFiles {
    /// Read the pod's ID from this file
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Vec<String>,
}

impl PodIdFiles {
    /// The IDs the files hold, after `pods`.
    fn add_to(&self, pods: &mut Vec<String>) -> Result<()> {
        for f in &self.pod_id_file {
            let id = std::fs::read_to_string(f)
                .map_err(|e| anyhow::anyhow!("reading pod ID file {f}: {e}"))?
                .trim()
                .to_string();
            if id.is_empty() {
                anyhow::bail!("pod ID file {f} is empty");
            }
            pods.push(id);
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct StartArgs {
    #[command(flatten)]
    pub pick: PodsArgs,
    #[command(flatten)]
    pub files: PodIdFiles,
}

#[derive(Debug, Args)]
pub struct TopArgs {
    /// The latest pod created
    #[arg(short = 'l', long)]
    pub latest: bool,
    #[arg(required_unless_present = "latest", value_name = "POD")]
    pub pod: Option<String>,
    /// ps(1) fields or descriptors, passed on to each container's `top`
    #[arg(value_name = "DESCRIPTOR")]
    pub descriptors: Vec<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub pick: PodsArgs,
    /// JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not clear the screen between samples
    #[arg(long)]
    pub no_reset: bool,
    /// Print one sample and exit
    #[arg(long)]
    pub no_stream: bool,
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Only this container of the pod
    #[arg(short, long)]
    pub container: Option<String>,
    /// Give each container's lines their own color
    #[arg(long)]
    pub color: bool,
    /// Follow the output until the containers exit
    #[arg(short, long)]
    pub follow: bool,
    /// The latest pod created
    #[arg(short = 'l', long)]
    pub latest: bool,
    /// Begin each line with the container's name, not its ID
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Show entries since this time
    #[arg(long)]
    pub since: Option<String>,
    /// Show only the last N lines of each container
    #[arg(long, allow_negative_numbers = true)]
    pub tail: Option<i64>,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Show entries before this time
    #[arg(long)]
    pub until: Option<String>,
    #[arg(required_unless_present = "latest", value_name = "POD")]
    pub pod: Option<String>,
}

/// Runs this binary with `args`, passing the terminal on; false when it failed.
fn gorae(args: &[String]) -> Result<bool> {
    Ok(std::process::Command::new("/proc/self/exe")
        .args(args)
        .status()?
        .success())
}

/// `gorae VERB` on every container of `pods`.
/// A member in a state the verb doesn't apply to is passed over, as podman passes it over
/// (pause takes the running ones, unpause the paused ones).
fn each_member(engine: &Engine, pods: &[String], verb: &str) -> Result<ExitCode> {
    let applies = |name: &String| {
        let want = match verb {
            "pause" => "running",
            "unpause" => "paused",
            _ => return true,
        };
        engine
            .find_container(name)
            .is_ok_and(|c| engine.refresh(c).state.as_str() == want)
    };
    let mut ok = true;
    for p in pods {
        let mut names = member_names(engine, p)?;
        names.retain(applies);
        if !names.is_empty() {
            ok &= gorae(
                &std::iter::once(verb.to_string())
                    .chain(names)
                    .collect::<Vec<_>>(),
            )?;
        }
    }
    Ok(ExitCode::from(if ok { 0 } else { 125 }))
}

/// The names of a pod's containers, infra excluded.
fn member_names(engine: &Engine, query: &str) -> Result<Vec<String>> {
    let pod = engine.find_pod(query)?;
    Ok(engine
        .pod_containers(&pod)
        .into_iter()
        .filter(|c| c.id != pod.infra_id)
        .map(|c| c.name)
        .collect())
}

#[derive(Debug, Args)]
pub struct PsArgs {
    /// Print IDs only
    #[arg(short, long)]
    pub quiet: bool,
    /// JSON or a Go template (.Id, .Name, .Status, .Created, .InfraID, .NumberOfContainers,
    /// .ContainerIds, .ContainerNames, .ContainerStatuses, .Cgroup, .Namespace, .Networks,
    /// .Labels)
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print column headings
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Do not truncate pod and container IDs
    #[arg(long)]
    pub no_trunc: bool,
    /// Show the containers' IDs
    #[arg(long)]
    pub ctr_ids: bool,
    /// Show the containers' names
    #[arg(long)]
    pub ctr_names: bool,
    /// Show the containers' states
    #[arg(long)]
    pub ctr_status: bool,
    /// Show the pod's cgroup and namespace
    #[arg(long)]
    pub ns: bool,
    /// Only the latest pod created
    #[arg(short, long)]
    pub latest: bool,
    /// Sort by created (newest first, the default), id, name, number or status
    #[arg(long, default_value = "created")]
    pub sort: String,
    /// id=, name= (regular expressions), label=, status=, ctr-ids=, ctr-names=, ctr-number=,
    /// ctr-status=, network=, until=; the same key repeated matches any of its values
    #[arg(short, long)]
    pub filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PodsArgs {
    /// Act on every pod
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest pod created
    #[arg(short = 'l', long)]
    pub latest: bool,
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

impl PodsArgs {
    /// The pods named, every pod, or the newest, with podman's checks of which go together.
    fn resolve(mut self, engine: &Engine) -> Result<PodsArgs> {
        let n = self.pods.len();
        if self.all && self.latest {
            anyhow::bail!("--all and --latest cannot be used together");
        }
        if n > 0 && self.all {
            anyhow::bail!("no arguments are needed with --all");
        }
        if n > 0 && self.latest {
            anyhow::bail!("--latest and containers cannot be used together");
        }
        if n == 0 && !self.all && !self.latest {
            anyhow::bail!("you must provide at least one name or id");
        }
        let pods = engine.list_pods();
        if self.all {
            self.pods = pods.into_iter().map(|p| p.id).collect();
        } else if self.latest {
            match pods.into_iter().last() {
                Some(p) => self.pods = vec![p.id],
                None => anyhow::bail!("no pods to act on: --latest found none"),
            }
        }
        Ok(self)
    }
}

#[derive(Debug, Args)]
pub struct StopArgs {
    /// Seconds to wait before killing
    #[arg(short, long)]
    pub time: Option<u32>,
    /// Ignore pods that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    #[command(flatten)]
    pub pick: PodsArgs,
    #[command(flatten)]
    pub files: PodIdFiles,
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// The signal to send
    #[arg(short, long, default_value = "SIGKILL", allow_hyphen_values = true)]
    pub signal: String,
    #[command(flatten)]
    pub pick: PodsArgs,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Stop and remove running containers too
    #[arg(short, long)]
    pub force: bool,
    /// Ignore pods that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Remove every pod
    #[arg(short, long, conflicts_with = "pods")]
    pub all: bool,
    /// Remove the latest pod created
    #[arg(short = 'l', long, conflicts_with_all = ["pods", "all"])]
    pub latest: bool,
    /// With --force: seconds to wait for each running container to stop before killing it
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u32>,
    #[command(flatten)]
    pub files: PodIdFiles,
    #[arg(required_unless_present_any = ["all", "latest", "pod_id_file"], value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// The latest pod created
    #[arg(short = 'l', long, conflicts_with = "pods")]
    pub latest: bool,
    #[arg(required_unless_present = "latest", value_name = "POD")]
    pub pods: Vec<String>,
}

fn pod_json(engine: &Engine, p: &PodRecord) -> serde_json::Value {
    let members = engine.pod_containers(p);
    let infra_cfg = members
        .iter()
        .find(|c| c.id == p.infra_id)
        .and_then(|c| crate::engine::run::LaunchConfig::of(c).ok());
    serde_json::json!({
        "Id": p.id,
        "Name": p.name,
        "Created": p.created,
        "State": engine.pod_status(&members, &p.infra_id),
        "Hostname": p.hostname,
        "Labels": p.labels,
        "InfraContainerID": p.infra_id,
        "SharedNamespaces": if p.has_infra() { p.share.clone() } else { vec![] },
        "NumContainers": members.len(),
        "Networks": infra_cfg.as_ref().map(|l| match &l.network_name {
            Some(n) => vec![n.clone()],
            None => vec![serde_json::to_value(l.network)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()],
        }).unwrap_or_default(),
        "Ports": infra_cfg.map(|l| crate::net::ports::describe(&l.ports)).unwrap_or_default(),
        "Containers": members.iter().map(|c| serde_json::json!({
            "Id": c.id,
            "Name": c.name,
            "State": member_state(c),
        })).collect::<Vec<_>>(),
    })
}

/// A member's state as podman shows it: `running` for one whose process runs.
fn member_state(c: &crate::store::containers::ContainerRecord) -> &str {
    if lifecycle::is_running(c) {
        "running"
    } else {
        c.state.as_str()
    }
}

/// Runs `f` on each pod named, printing its ID on success; exit 125 if any failed.
fn each(
    engine: &Engine,
    pods: &[String],
    mut f: impl FnMut(&PodRecord) -> Result<(), crate::engine::Error>,
) -> ExitCode {
    let mut code = 0u8;
    for q in pods {
        match engine.find_pod(q).and_then(|p| f(&p).map(|()| p)) {
            Ok(p) => format::print_stdout(&format!("{}\n", p.id)),
            Err(e) => {
                eprintln!("Error: {e}");
                code = 125;
            }
        }
    }
    ExitCode::from(code)
}

pub fn pod_cmd(c: PodCmd) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    match c {
        PodCmd::Create(a) => create(&engine, *a),
        PodCmd::Ps(a) => ps(&engine, a),
        PodCmd::Start(mut a) => {
            a.files.add_to(&mut a.pick.pods)?;
            start(&engine, a.pick.resolve(&engine)?)
        }
        PodCmd::Stop(mut a) => {
            a.files.add_to(&mut a.pick.pods)?;
            a.pick = a.pick.resolve(&engine)?;
            if a.ignore {
                a.pick.pods.retain(|p| engine.find_pod(p).is_ok());
            }
            stop(&engine, a)
        }
        PodCmd::Kill(mut a) => {
            a.pick = a.pick.resolve(&engine)?;
            kill(&engine, a)
        }
        PodCmd::Rm(mut a) => {
            let mut pods = std::mem::take(&mut a.pods);
            a.files.add_to(&mut pods)?;
            a.pods = pods;
            rm(&engine, a)
        }
        PodCmd::Inspect(mut a) => {
            if a.latest {
                a.pods = vec![latest_pod(&engine)?];
            }
            inspect(&engine, a)
        }
        PodCmd::Restart(mut a) => {
            a.files.add_to(&mut a.pick.pods)?;
            a.pick = a.pick.resolve(&engine)?;
            restart(a)
        }
        PodCmd::Pause(a) => each_member(&engine, &a.resolve(&engine)?.pods, "pause"),
        PodCmd::Unpause(a) => each_member(&engine, &a.resolve(&engine)?.pods, "unpause"),
        PodCmd::Top(a) => {
            let pod = match a.pod.clone().filter(|_| !a.latest) {
                Some(p) => p,
                None => latest_pod(&engine)?,
            };
            top(&engine, &pod, &a.descriptors)
        }
        PodCmd::Stats(mut a) => {
            // No pod named: every pod, as podman shows them.
            if a.pick.pods.is_empty() && !a.pick.latest {
                a.pick.all = true;
            }
            a.pick = a.pick.resolve(&engine)?;
            stats(&engine, a)
        }
        PodCmd::Logs(a) => logs(&engine, a),
        PodCmd::Prune(a) => {
            if !a.force && !format::confirm("WARNING! This will remove all stopped/exited pods..")?
            {
                return Ok(ExitCode::SUCCESS);
            }
            let stopped: Vec<String> = engine
                .list_pods()
                .into_iter()
                .filter(|p| {
                    let members: Vec<_> = engine
                        .pod_containers(p)
                        .into_iter()
                        .map(|c| engine.refresh(c))
                        .collect();
                    matches!(
                        engine.pod_status(&members, &p.infra_id),
                        "Exited" | "Created"
                    )
                })
                .map(|p| p.id)
                .collect();
            if stopped.is_empty() {
                return Ok(ExitCode::SUCCESS);
            }
            rm(
                &engine,
                RmArgs {
                    force: true,
                    ignore: true,
                    all: false,
                    latest: false,
                    time: Some(0),
                    files: PodIdFiles::default(),
                    pods: stopped,
                },
            )
        }
        PodCmd::Exists { pod } => Ok(ExitCode::from(if engine.find_pod(&pod).is_ok() {
            0
        } else {
            1
        })),
    }
}

fn start(engine: &Engine, a: PodsArgs) -> Result<ExitCode> {
    // Every pod has a user namespace of its own: one pod per process.
    if a.pods.len() > 1 {
        let mut code = ExitCode::SUCCESS;
        for p in &a.pods {
            let status = std::process::Command::new("/proc/self/exe")
                .args(["pod", "start", p])
                .status()?;
            if !status.success() {
                code = ExitCode::from(125);
            }
        }
        return Ok(code);
    }
    // Members with limits need a delegated cgroup.
    let members: Vec<String> = a
        .pods
        .iter()
        .filter_map(|p| engine.find_pod(p).ok())
        .flat_map(|pod| engine.pod_containers(&pod))
        .map(|c| c.id)
        .collect();
    super::container::needs_cgroup_scope(engine, &members);
    Ok(each(engine, &a.pods, |pod| start_pod(engine, pod)))
}

/// Starts the containers of `pod` that are not running, from this process.
fn start_pod(engine: &Engine, pod: &PodRecord) -> Result<(), crate::engine::Error> {
    if !pod.has_infra() {
        // Members that share nothing may each need a user namespace of their own.
        for c in engine.pod_containers(pod) {
            let started = || {
                std::process::Command::new("/proc/self/exe")
                    .args(["start", &c.id])
                    .stdout(std::process::Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            };
            if !lifecycle::is_running(&c) && !started() {
                return Err(crate::engine::Error::System(format!(
                    "starting container {}",
                    c.name
                )));
            }
        }
        return Ok(());
    }
    engine.enter_pod(pod)?;
    for c in engine.pod_containers(pod) {
        if c.id != pod.infra_id && !lifecycle::is_running(&c) {
            lifecycle::start(engine, &c.id)?;
        }
    }
    Ok(())
}

fn stop(engine: &Engine, a: StopArgs) -> Result<ExitCode> {
    Ok(each(engine, &a.pick.pods, |pod| {
        // Members first; the infra holds their network until they are gone.
        for c in engine.pod_containers(pod).iter().rev() {
            if lifecycle::is_running(c) {
                lifecycle::stop(engine, &c.id, a.time)?;
            }
        }
        Ok(())
    }))
}

fn kill(engine: &Engine, a: KillArgs) -> Result<ExitCode> {
    let sig = crate::runtime::signals::parse(&a.signal).map_err(anyhow::Error::msg)?;
    Ok(each(engine, &a.pick.pods, |pod| {
        for c in engine.pod_containers(pod).iter().rev() {
            if lifecycle::is_running(c) {
                lifecycle::kill_container(engine, &c.id, sig)?;
            }
        }
        Ok(())
    }))
}

fn rm(engine: &Engine, mut a: RmArgs) -> Result<ExitCode> {
    if a.time.is_some() && !a.force {
        anyhow::bail!("--force option must be specified to use the --time option");
    }
    if a.all {
        a.pods = engine.list_pods().into_iter().map(|p| p.id).collect();
        if a.pods.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
    }
    if a.latest {
        match engine.list_pods().into_iter().last() {
            Some(p) => a.pods = vec![p.id],
            None => anyhow::bail!("no pods to act on: --latest found none"),
        }
    }
    if a.ignore {
        a.pods.retain(|p| engine.find_pod(p).is_ok());
        if a.pods.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
    }
    // Removing a pod's files enters a user namespace from which another pod's
    // processes can't be signalled: one pod per process, as for start.
    if a.pods.len() > 1 {
        let mut code = ExitCode::SUCCESS;
        for p in &a.pods {
            let mut cmd = std::process::Command::new("/proc/self/exe");
            cmd.args(["pod", "rm"]);
            if a.force {
                cmd.arg("-f");
            }
            if let Some(t) = a.time {
                cmd.arg(format!("--time={t}"));
            }
            if !cmd.arg(p).status()?.success() {
                code = ExitCode::from(125);
            }
        }
        return Ok(code);
    }
    Ok(each(engine, &a.pods, |pod| {
        if a.force
            && let Some(t) = a.time
        {
            // Stopped as `pod stop -t` stops them, members first, then removed.
            for c in engine.pod_containers(pod).iter().rev() {
                if lifecycle::is_running(c) {
                    lifecycle::stop(engine, &c.id, Some(t))?;
                }
            }
        }
        engine.remove_pod(pod, a.force)
    }))
}

fn inspect(engine: &Engine, a: InspectArgs) -> Result<ExitCode> {
    let mut docs = Vec::new();
    let mut code = 0;
    for q in &a.pods {
        match engine.find_pod(q) {
            Ok(p) => docs.push(pod_json(engine, &p)),
            Err(e) => {
                eprintln!("Error: {e}");
                code = 125;
            }
        }
    }
    format::print_docs(&docs, a.format.as_deref())?;
    Ok(ExitCode::from(code))
}

fn restart(a: StopArgs) -> Result<ExitCode> {
    let mut ok = true;
    let t = a.time.unwrap_or(10).to_string();
    for p in &a.pick.pods {
        ok &= gorae(&[
            "pod".into(),
            "stop".into(),
            "-t".into(),
            t.clone(),
            p.clone(),
        ])? && gorae(&["pod".into(), "start".into(), p.clone()])?;
    }
    Ok(ExitCode::from(if ok { 0 } else { 125 }))
}

fn top(engine: &Engine, pod: &str, descriptors: &[String]) -> Result<ExitCode> {
    for name in member_names(engine, pod)? {
        format::print_stdout(&format!("{name}:\n"));
        gorae(
            &["top".to_string(), name]
                .into_iter()
                .chain(descriptors.iter().cloned())
                .collect::<Vec<_>>(),
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The pod created last (`--latest`).
fn latest_pod(engine: &Engine) -> Result<String> {
    match engine.list_pods().into_iter().last() {
        Some(p) => Ok(p.id),
        None => anyhow::bail!("no pods to act on: --latest found none"),
    }
}

fn stats(engine: &Engine, a: StatsArgs) -> Result<ExitCode> {
    let mut names = Vec::new();
    for p in &a.pick.pods {
        names.extend(member_names(engine, p)?);
    }
    if names.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    crate::cli::container::stats(crate::cli::container::StatsArgs {
        no_stream: a.no_stream,
        format: a.format,
        all: false,
        interval: 5,
        no_reset: a.no_reset,
        no_trunc: false,
        latest: Default::default(),
        containers: names,
    })
}

/// `pod logs`: the members' logs (or only `--container`'s), as `logs` shows several.
fn logs(engine: &Engine, a: LogsArgs) -> Result<ExitCode> {
    let pod = match a.pod.clone().filter(|_| !a.latest) {
        Some(p) => p,
        None => latest_pod(engine)?,
    };
    let mut names = member_names(engine, &pod)?;
    if let Some(c) = &a.container {
        let id = engine.find_container(c).map(|r| r.name).ok();
        names.retain(|n| Some(n) == id.as_ref() || n == c || n.ends_with(&format!("-{c}")));
        if names.is_empty() {
            anyhow::bail!("container {c} is not in pod {pod}");
        }
    }
    if names.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    crate::cli::container::logs(crate::cli::container::LogsArgs {
        follow: a.follow,
        tail: a.tail,
        timestamps: a.timestamps,
        since: a.since,
        until: a.until,
        names: a.names,
        color: a.color,
        latest: Default::default(),
        containers: names,
    })
}
