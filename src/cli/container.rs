//! Container lifecycle commands: create, start, stop, kill, restart, wait, logs, exec, rm.

use std::io::{BufRead, Read, Seek, Write};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Args;

use super::format;
use super::run::{RunArgs, run_options};
use crate::engine::Engine;
use crate::engine::exec::{self, ExecOptions};
use crate::engine::lifecycle;
use crate::engine::logs::{self, Stream};
use crate::engine::{Error as EngineFailure, Kind};

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

pub fn create(a: RunArgs) -> Result<ExitCode> {
    let mut opts = run_options(&a)?;
    let engine = Engine::open_readonly()?;
    replace_first(&engine, &a)?;
    super::run::enter_namespaces(&engine, &a, &mut opts)?;
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

/// Containers with limits need a delegated cgroup: see `cgroup::reexec_in_user_scope`.
pub(super) fn needs_cgroup_scope(engine: &Engine, containers: &[String]) {
    let needs = containers.iter().any(|c| {
        engine
            .find_container(c)
            .ok()
            .and_then(|r| crate::engine::run::LaunchConfig::of(&r).ok())
            .is_some_and(|cfg| cfg.cgroups.needs_cgroup())
    });
    if needs {
        crate::process::cgroup::reexec_in_user_scope();
    }
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

fn targets(
    engine: &Engine,
    all: bool,
    given: &[String],
    running_only: bool,
) -> Result<Vec<String>> {
    if all != given.is_empty() {
        bail!("specify one or more containers, or --all");
    }
    if !all {
        return Ok(given.to_vec());
    }
    Ok(engine
        .store
        .list_containers()?
        .into_iter()
        .map(|c| engine.refresh(c))
        .filter(|c| !running_only || lifecycle::is_running(c))
        .map(|c| c.id)
        .collect())
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
pub struct LogsArgs {
    /// Follow the output until the container exits
    #[arg(short, long)]
    pub follow: bool,
    /// Show only the last N lines
    #[arg(short = 'n', long)]
    pub tail: Option<i64>,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Show entries since this time (RFC 3339, or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn logs(a: LogsArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let since = a.since.as_deref().map(parse_since).transpose()?;
    for t in &a.containers {
        let rec = engine.find_container(t)?;
        if crate::engine::run::LaunchConfig::of(&rec).is_ok_and(|l| l.log_driver.is_some()) {
            anyhow::bail!(
                "container {} uses the \"none\" log driver: it has no logs to read",
                rec.name
            );
        }
        let tail = a.tail.filter(|n| *n >= 0).map(|n| n as usize);
        let printed = print_log(&engine, &rec.id, tail, since, a.timestamps)?;
        if a.follow {
            follow(&engine, &rec.id, since, a.timestamps, printed)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_since(s: &str) -> Result<chrono::DateTime<chrono::FixedOffset>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: i64 = num
        .parse()
        .with_context(|| format!("invalid --since {s:?}: want RFC 3339 or a duration like 10m"))?;
    let secs = match unit {
        "s" | "" => n,
        "m" => n * 60,
        "h" => n * 3600,
        _ => bail!("invalid --since {s:?}: unknown unit {unit:?}"),
    };
    Ok((chrono::Utc::now() - chrono::Duration::seconds(secs)).fixed_offset())
}

fn emit(entry: &logs::Entry, timestamps: bool, out: &mut impl Write, err: &mut impl Write) {
    let mut line = Vec::new();
    if timestamps {
        line.extend_from_slice(entry.time.as_bytes());
        line.push(b' ');
    }
    line.extend_from_slice(&entry.text);
    if !entry.partial {
        line.push(b'\n');
    }
    let w: &mut dyn Write = if entry.stream == Stream::Stdout {
        out
    } else {
        err
    };
    if let Err(e) = w.write_all(&line)
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

fn keep(entry: &logs::Entry, since: Option<chrono::DateTime<chrono::FixedOffset>>) -> bool {
    match since {
        None => true,
        Some(s) => chrono::DateTime::parse_from_rfc3339(&entry.time).is_ok_and(|t| t >= s),
    }
}

fn print_log(
    engine: &Engine,
    id: &str,
    tail: Option<usize>,
    since: Option<chrono::DateTime<chrono::FixedOffset>>,
    timestamps: bool,
) -> Result<u64> {
    let mut data = match std::fs::read(engine.store.log_path(id)) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e).context("reading the container log"),
    };
    // Only whole lines: a line being written is left for `follow`, which starts here.
    data.truncate(data.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1));
    let entries: Vec<logs::Entry> = data
        .split(|b| *b == b'\n')
        .filter_map(logs::parse_line)
        .filter(|e| keep(e, since))
        .collect();
    let skip = tail.map(|n| entries.len().saturating_sub(n)).unwrap_or(0);
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    for e in &entries[skip..] {
        emit(e, timestamps, &mut out, &mut err);
    }
    let _ = out.flush();
    Ok(data.len() as u64)
}

/// Prints entries appended after byte `start` of the log until the container is no longer
/// running.
fn follow(
    engine: &Engine,
    id: &str,
    since: Option<chrono::DateTime<chrono::FixedOffset>>,
    timestamps: bool,
    start: u64,
) -> Result<()> {
    let path = engine.store.log_path(id);
    let mut file = loop {
        match std::fs::File::open(&path) {
            Ok(f) => break f,
            Err(_) if lifecycle::is_running(&engine.refresh(engine.store.container(id)?)) => {
                std::thread::sleep(Duration::from_millis(20))
            }
            Err(_) => return Ok(()),
        }
    };
    file.seek(std::io::SeekFrom::Start(start))?;
    let mut reader = std::io::BufReader::new(file);
    let mut pending = Vec::new();
    loop {
        let running = engine
            .store
            .container(id)
            .map(|r| lifecycle::is_running(&engine.refresh(r)))
            .unwrap_or(false);
        let mut chunk = Vec::new();
        reader.read_to_end(&mut chunk)?;
        pending.extend_from_slice(&chunk);
        let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
        while let Some(nl) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=nl).collect();
            if let Some(e) = logs::parse_line(&line[..line.len() - 1])
                && keep(&e, since)
            {
                emit(&e, timestamps, &mut out, &mut err);
            }
        }
        let _ = out.flush();
        if !running {
            return Ok(());
        }
        drop((out, err));
        let _ = reader.fill_buf();
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// Run in the background
    #[arg(short, long)]
    pub detach: bool,
    /// Keep stdin open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    pub tty: bool,
    /// Give the process all capabilities and no seccomp filter
    #[arg(long)]
    pub privileged: bool,
    /// Set environment variables
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Working directory inside the container
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// Run as USER[:GROUP]
    #[arg(short, long)]
    pub user: Option<String>,
    pub container: String,
    #[arg(
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

pub fn exec(a: ExecArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let rec = engine.find_container(&a.container)?;
    if rec.cgroup.is_some() {
        // The command must be able to join the container's cgroup.
        crate::process::cgroup::reexec_in_user_scope();
    }
    let opts = ExecOptions {
        command: a.command,
        env: a.env,
        workdir: a.workdir,
        user: a.user,
        detach: a.detach,
        interactive: a.interactive,
        tty: a.tty,
        privileged: a.privileged,
        timeout: None,
    };
    match exec::exec(&engine, &rec.id, &opts) {
        Ok(code) => Ok(ExitCode::from(u8::try_from(code).unwrap_or(255))),
        Err(e) => {
            eprintln!("Error: {e}");
            Ok(ExitCode::from(e.exit_code()))
        }
    }
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
pub struct InspectContainerArgs {
    /// Format the output as JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
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

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Output format: json, or the default lines
    #[arg(long)]
    pub format: Option<String>,
    pub container: String,
}

pub fn diff(a: DiffArgs) -> Result<ExitCode> {
    let engine = Engine::open()?;
    let changes = engine.diff_container(&a.container)?;
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
pub struct TopArgs {
    pub container: String,
}

pub fn top(a: TopArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let rows = crate::engine::containers::top(&engine, &a.container)?;
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
pub struct CpArgs {
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
    copy::copy(&engine, &rec.id, dir)?;
    Ok(ExitCode::SUCCESS)
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
pub struct AttachArgs {
    /// Don't send stdin to the container
    #[arg(long)]
    pub no_stdin: bool,
    pub container: String,
}

/// `attach`: the container's output from now on, and stdin when it was started with `-i`.
/// Detach with Ctrl-P Ctrl-Q; otherwise exits with the container's status.
pub fn attach(a: AttachArgs) -> Result<ExitCode> {
    use crate::engine::attach::{self as at, frame, take_frames};
    use std::os::fd::AsFd;
    let engine = Engine::open_readonly()?;
    let rec = engine.refresh(engine.find_container(&a.container)?);
    if !lifecycle::is_running(&rec) {
        bail!(
            "you can only attach to running containers: {} is {}",
            rec.name,
            rec.state.as_str()
        );
    }
    let cfg = crate::engine::run::LaunchConfig::of(&rec)?;
    let path = at::socket_path(&engine.paths.runtime, &rec.id);
    let mut sock = std::os::unix::net::UnixStream::connect(&path).with_context(|| {
        format!(
            "connecting to the monitor of {} at {}",
            rec.name,
            path.display()
        )
    })?;
    let stdin = rustix::stdio::stdin();
    let send_stdin = !a.no_stdin && cfg.interactive;
    let _raw = (cfg.tty && send_stdin && rustix::termios::isatty(stdin))
        .then(|| crate::process::console::RawMode::enter(stdin));
    let resize = |sock: &mut std::os::unix::net::UnixStream| {
        if let Ok(ws) = rustix::termios::tcgetwinsize(stdin) {
            let mut d = ws.ws_row.to_be_bytes().to_vec();
            d.extend_from_slice(&ws.ws_col.to_be_bytes());
            let _ = sock.write_all(&frame(at::RESIZE, &d));
        }
    };
    if cfg.tty {
        resize(&mut sock);
    }
    let mut winch = nix::sys::signal::SigSet::empty();
    winch.add(nix::sys::signal::Signal::SIGWINCH);
    let _ = winch.thread_block();
    let sfd = nix::sys::signalfd::SignalFd::with_flags(
        &winch,
        nix::sys::signalfd::SfdFlags::SFD_CLOEXEC | nix::sys::signalfd::SfdFlags::SFD_NONBLOCK,
    )?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let mut stdin_open = send_stdin;
    let mut last_was_ctrl_p = false;
    loop {
        let mut fds = vec![
            nix::poll::PollFd::new(sock.as_fd(), nix::poll::PollFlags::POLLIN),
            nix::poll::PollFd::new(sfd.as_fd(), nix::poll::PollFlags::POLLIN),
        ];
        if stdin_open {
            fds.push(nix::poll::PollFd::new(stdin, nix::poll::PollFlags::POLLIN));
        }
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::NONE).is_err() {
            continue;
        }
        let ready: Vec<bool> = fds
            .iter()
            .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
            .collect();
        drop(fds);
        if ready[0] {
            match sock.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    buf.extend_from_slice(&chunk[..n]);
                    for (kind, data) in take_frames(&mut buf) {
                        let fd = if kind == at::STDERR {
                            rustix::stdio::stderr()
                        } else {
                            rustix::stdio::stdout()
                        };
                        let _ = rustix::io::write(fd, &data);
                    }
                }
            }
        }
        if ready[1] {
            while let Ok(Some(_)) = sfd.read_signal() {}
            resize(&mut sock);
        }
        if stdin_open && ready.get(2).copied().unwrap_or(false) {
            match nix::unistd::read(stdin, &mut chunk) {
                Ok(0) | Err(_) => {
                    stdin_open = false;
                    if !cfg.tty {
                        let _ = sock.write_all(&frame(at::STDIN_EOF, &[]));
                    }
                }
                Ok(n) => {
                    // Ctrl-P Ctrl-Q detaches, as in podman; what came before still goes in.
                    for (i, b) in chunk[..n].iter().enumerate() {
                        if last_was_ctrl_p && *b == 0x11 {
                            let _ =
                                sock.write_all(&frame(at::STDIN, &chunk[..i.saturating_sub(1)]));
                            return Ok(ExitCode::SUCCESS);
                        }
                        last_was_ctrl_p = *b == 0x10;
                    }
                    let _ = sock.write_all(&frame(at::STDIN, &chunk[..n]));
                }
            }
        }
    }
    drop(_raw);
    let code = lifecycle::wait(&engine, &rec.id)?;
    Ok(ExitCode::from(u8::try_from(code).unwrap_or(255)))
}

#[derive(Debug, Args)]
pub struct PortArgs {
    pub container: String,
    /// Only this container port (80 or 80/tcp)
    pub port: Option<String>,
}

pub fn port(a: PortArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let rec = engine.find_container(&a.container)?;
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

#[derive(Debug, Args)]
pub struct MountArgs {
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
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
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

pub fn mount(a: MountArgs) -> Result<ExitCode> {
    check_mountable("mount")?;
    let engine = Engine::open()?;
    if a.containers.is_empty() {
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
