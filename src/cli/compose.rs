//! `compose up|down|ps|logs|exec|run|build|pull|config`: compose files without an extra tool.
//! Each step is a gorae command run as a child process (see `frontend::compose`).

use std::io::{BufRead, Write};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::signal::{SigSet, Signal};

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use super::format;
use crate::engine::argv::Argv;
use crate::frontend::compose::{self, Project};

#[derive(Debug, Args)]
pub struct ComposeArgs {
    /// The compose file (default: compose.yaml, compose.yml, docker-compose.yaml,
    /// docker-compose.yml)
    #[arg(short, long)]
    pub file: Option<PathBuf>,
    /// The project name (default: the directory's name)
    #[arg(short = 'p', long)]
    pub project_name: Option<String>,
    /// Where the compose file and `.env` are (default: the current directory)
    #[arg(long)]
    pub project_directory: Option<PathBuf>,
    /// Activate a profile (repeatable)
    #[arg(long)]
    pub profile: Vec<String>,
    #[command(subcommand)]
    pub command: ComposeCmd,
}

#[derive(Debug, Subcommand)]
pub enum ComposeCmd {
    /// Create and start the services (in dependency order)
    Up {
        /// Run in the background: start the services and return (otherwise follow their
        /// output until they end or Ctrl-C stops them)
        #[arg(short, long)]
        detach: bool,
        /// Stop every service when any one's container ends (implies following)
        #[arg(long, conflicts_with = "detach")]
        abort_on_container_exit: bool,
        /// Exit with this service's status (implies --abort-on-container-exit)
        #[arg(long, value_name = "SERVICE", conflicts_with = "detach")]
        exit_code_from: Option<String>,
        /// Build images before starting
        #[arg(long)]
        build: bool,
        /// Seconds to wait for depends_on conditions
        #[arg(long, default_value_t = 60)]
        wait_timeout: u64,
        services: Vec<String>,
    },
    /// Stop and remove the services' containers and networks
    Down {
        /// Remove the named volumes too
        #[arg(short, long)]
        volumes: bool,
    },
    /// List the services' containers
    Ps,
    /// Show the services' output
    Logs {
        #[arg(short, long)]
        follow: bool,
        services: Vec<String>,
    },
    /// Run a command in a running service
    Exec {
        /// Run as this user
        #[arg(short, long)]
        user: Option<String>,
        /// Set environment variables
        #[arg(short, long)]
        env: Vec<String>,
        /// Accepted (no pseudo-terminal is allocated)
        #[arg(short = 'T', long)]
        no_tty: bool,
        service: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
        command: Vec<String>,
    },
    /// Run a one-off container of a service
    Run {
        /// Remove the container afterwards
        #[arg(long)]
        rm: bool,
        /// Set environment variables
        #[arg(short, long)]
        env: Vec<String>,
        service: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<String>,
    },
    /// Build the services that have a build section
    Build { services: Vec<String> },
    /// Pull the services' images
    Pull {
        /// Require HTTPS and verify certificates
        #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
        tls_verify: Option<bool>,
        services: Vec<String>,
    },
    /// Print the file with variables interpolated
    Config,
}

/// Runs `gorae ARGS…`; captures its output unless `inherit`, which passes the terminal on.
fn gorae(args: &[String], inherit: bool) -> Result<String> {
    let mut cmd = Command::new("/proc/self/exe");
    cmd.args(args).stdin(if inherit {
        Stdio::inherit()
    } else {
        Stdio::null()
    });
    if inherit {
        let status = cmd.status()?;
        if !status.success() {
            bail!("gorae {} exited with {status}", args.join(" "));
        }
        return Ok(String::new());
    }
    let out = cmd.output()?;
    if !out.status.success() {
        bail!(
            "gorae {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn s(x: &str) -> String {
    x.to_string()
}

/// Waits until `container` meets a depends_on `condition`.
fn wait_for(container: &str, condition: &str, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    loop {
        let state: serde_json::Value = serde_json::from_str(&gorae(
            &[
                s("inspect"),
                s("--format"),
                s("{{json .State}}"),
                s(container),
            ],
            false,
        )?)?;
        let status = state["Status"].as_str().unwrap_or("");
        let code = state["ExitCode"].to_string();
        // A container without a health check has no Health.
        let health = state["Health"]["Status"].as_str().unwrap_or("");
        let met = match condition {
            "service_healthy" => health == "healthy",
            "service_completed_successfully" if status == "exited" => {
                if code != "0" {
                    bail!(
                        "{container} exited with status {code}, and a service needs it to succeed"
                    );
                }
                true
            }
            "service_completed_successfully" => false,
            _ => status == "running" || status == "exited",
        };
        if met {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!(
                "{container} did not become {condition} within {}s",
                timeout.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Follows the output of `services`' containers (see [`follow_output`]) until they end or
/// Ctrl-C, SIGTERM or (with `abort`) the end of one of them stops it.
fn follow_services(p: &Project, services: &[String], abort: bool) -> Result<Followed> {
    // SIGUSR1 is what a follower sends this process when the containers have ended.
    let mut set = SigSet::empty();
    for sig in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGUSR1] {
        set.add(sig);
    }
    set.thread_block()?;
    let containers: Vec<(String, String)> = services
        .iter()
        .map(|svc| (svc.clone(), p.container(svc)))
        .collect();
    follow_output(&containers, abort, &set)
}

/// Prints the output of `containers` (service, container), each line prefixed with its
/// service, until all have ended (or, with `abort`, any one), or a signal in `set` (blocked by
/// the caller) ends it.
fn follow_output(containers: &[(String, String)], abort: bool, set: &SigSet) -> Result<Followed> {
    let width = containers
        .iter()
        .map(|(svc, _)| svc.len())
        .max()
        .unwrap_or(0);
    let remaining = Arc::new(AtomicUsize::new(containers.len()));
    let first: Arc<Mutex<Option<String>>> = Arc::new(Mutex::new(None));
    let mut followers = Vec::new();
    for (svc, container) in containers {
        // A process group of its own, so that Ctrl-C on the terminal is this process's alone.
        let mut child = Command::new("/proc/self/exe")
            .args(["logs", "-f", container])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()?;
        let prefix = format!("{svc:width$}  | ");
        let readers = [
            prefixed(child.stdout.take(), prefix.clone(), false),
            prefixed(child.stderr.take(), prefix, true),
        ];
        let done = Arc::new(AtomicBool::new(false));
        followers.push((child.id(), done.clone()));
        let remaining = remaining.clone();
        let first = first.clone();
        let svc = svc.clone();
        std::thread::spawn(move || {
            let _ = child.wait();
            // Reaped: its PID may be reused from now on, so it is never signalled again.
            done.store(true, Ordering::SeqCst);
            for r in readers {
                let _ = r.join();
            }
            first
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get_or_insert(svc);
            if remaining.fetch_sub(1, Ordering::SeqCst) == 1 || abort {
                let _ = nix::sys::signal::kill(nix::unistd::Pid::this(), Signal::SIGUSR1);
            }
        });
    }
    if containers.is_empty() {
        return Ok(Followed::default());
    }
    let sig = set.wait()?;
    for (pid, done) in &followers {
        if !done.load(Ordering::SeqCst) {
            let _ =
                nix::sys::signal::kill(nix::unistd::Pid::from_raw(*pid as i32), Signal::SIGKILL);
        }
    }
    Ok(Followed {
        signal: (sig != Signal::SIGUSR1).then_some(sig),
        first_ended: first.lock().unwrap_or_else(|e| e.into_inner()).take(),
    })
}

/// How following ended.
#[derive(Default)]
struct Followed {
    /// The signal that ended it, if one did.
    signal: Option<Signal>,
    /// The service whose output ended first.
    first_ended: Option<String>,
}

/// A thread copying `from` line by line to stdout (or stderr), each line after `prefix`.
fn prefixed(
    from: Option<impl std::io::Read + Send + 'static>,
    prefix: String,
    to_stderr: bool,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let Some(from) = from else { return };
        for line in std::io::BufReader::new(from).split(b'\n') {
            let Ok(line) = line else { return };
            let mut text = prefix.clone().into_bytes();
            text.extend_from_slice(&line);
            text.push(b'\n');
            // Whole lines, so the services' output interleaves by line, not by byte.
            let written = if to_stderr {
                std::io::stderr().lock().write_all(&text)
            } else {
                std::io::stdout().lock().write_all(&text)
            };
            if written.is_err() {
                return;
            }
        }
    })
}

fn up(
    p: &Project,
    services: &[String],
    profiles: &[String],
    build: bool,
    timeout: Duration,
) -> Result<()> {
    let order = p.ordered(services, profiles)?;
    for n in p.networks_to_create(&order) {
        let exists = Command::new("/proc/self/exe")
            .args(["network", "exists", &n])
            .status()?
            .success();
        if !exists {
            gorae(&[s("network"), s("create"), n.clone()], false)?;
            eprintln!("Network {n} created");
        }
    }
    for v in p.volumes_to_create(&order) {
        let mut create = Argv::new(&["volume", "create"]);
        create.ignore().arg(v);
        gorae(create.words(), false)?;
    }
    for svc in &order {
        let container = p.container(svc);
        let present = Command::new("/proc/self/exe")
            .args(["container", "exists", &container])
            .status()?
            .success();
        if let Some(b) = p.build_args(svc) {
            let img = p.image(svc)?;
            let have = Command::new("/proc/self/exe")
                .args(["image", "exists", &img])
                .status()?
                .success();
            if build || !have {
                let mut b = b;
                b.insert(1, s("-q"));
                gorae(&b, false)?;
                eprintln!("Image {img} built");
            }
        }
        for (dep, cond) in p.dependencies(svc) {
            wait_for(&p.container(&dep), &cond, timeout)?;
        }
        if present {
            gorae(&[s("start"), container.clone()], false)?;
            eprintln!("Container {container} started");
            continue;
        }
        gorae(p.up_argv(svc)?.words(), false)?;
        eprintln!("Container {container} started");
    }
    Ok(())
}

pub fn compose(a: ComposeArgs) -> Result<ExitCode> {
    let dir = match &a.project_directory {
        Some(d) => d.clone(),
        None => std::env::current_dir()?,
    };
    let p = compose::load(a.file.as_deref(), &dir, a.project_name.as_deref())?;
    let profiles = &a.profile;
    match a.command {
        ComposeCmd::Up {
            detach,
            build,
            wait_timeout,
            abort_on_container_exit,
            exit_code_from,
            services,
        } => {
            let timeout = Duration::from_secs(wait_timeout);
            let order = start_up(
                &p,
                &services,
                profiles,
                build,
                timeout,
                exit_code_from.as_deref(),
            )?;
            if detach {
                return Ok(ExitCode::SUCCESS);
            }
            let abort = abort_on_container_exit || exit_code_from.is_some();
            follow_up(&p, &order, abort, exit_code_from)
        }
        ComposeCmd::Down { volumes } => down(&p, volumes),
        ComposeCmd::Ps => ps(&p),
        ComposeCmd::Logs { follow, services } => logs(&p, follow, services),
        ComposeCmd::Exec {
            user,
            env,
            service,
            command,
            ..
        } => exec(&p, user, env, &service, command),
        ComposeCmd::Run {
            rm,
            env,
            service,
            command,
        } => run(&p, profiles, rm, env, &service, command),
        ComposeCmd::Build { services } => build(&p, &services, profiles),
        ComposeCmd::Pull {
            tls_verify,
            services,
        } => pull(&p, &services, profiles, tls_verify),
        ComposeCmd::Config => config(&p),
    }
}

/// `up`, until the services are started: checks `--exit-code-from`, then creates and starts
/// them; returns them in dependency order.
fn start_up(
    p: &Project,
    services: &[String],
    profiles: &[String],
    build: bool,
    timeout: Duration,
    exit_code_from: Option<&str>,
) -> Result<Vec<String>> {
    if let Some(svc) = exit_code_from
        && !p.file.services.contains_key(svc)
    {
        bail!("--exit-code-from: no such service {svc:?}");
    }
    let order = p.ordered(services, profiles)?;
    up(p, services, profiles, build, timeout)?;
    Ok(order)
}

/// `up` in the foreground: follows the services' output until they end (with `abort`, until
/// one does) or a signal stops it, stops them, and exits with the status docker compose does.
fn follow_up(
    p: &Project,
    order: &[String],
    abort: bool,
    exit_code_from: Option<String>,
) -> Result<ExitCode> {
    let followed = follow_services(p, order, abort)?;
    if followed.signal.is_some() || abort {
        if followed.signal.is_some() {
            eprintln!("Gracefully stopping...");
        } else {
            eprintln!("Aborting on container exit...");
        }
        stop_all(p, order);
    }
    if let Some(sig) = followed.signal {
        return Ok(ExitCode::from(128 + sig as u8));
    }
    // Like docker compose: the named service's status, else the first one to end.
    if let Some(svc) = exit_code_from.or(followed.first_ended.filter(|_| abort)) {
        let code = gorae(
            &[
                s("inspect"),
                s("--format"),
                s("{{.State.ExitCode}}"),
                p.container(&svc),
            ],
            false,
        )?;
        return Ok(ExitCode::from(code.trim().parse::<u8>().unwrap_or(125)));
    }
    Ok(ExitCode::SUCCESS)
}

/// Stops the services' containers, all at once.
fn stop_all(p: &Project, order: &[String]) {
    // All at once, as each may take its stop timeout; in process groups of their
    // own, so that another Ctrl-C does not cut them short.
    let stops: Vec<_> = order
        .iter()
        .filter_map(|svc| {
            Command::new("/proc/self/exe")
                .args(["stop", &p.container(svc)])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .process_group(0)
                .spawn()
                .ok()
        })
        .collect();
    for mut child in stops {
        let _ = child.wait();
    }
}

fn down(p: &Project, volumes: bool) -> Result<ExitCode> {
    let all: Vec<String> = p.file.services.keys().cloned().collect();
    // Dependents first.
    let mut order = p.ordered(&all, &all)?;
    order.reverse();
    for svc in &order {
        let c = p.container(svc);
        if gorae(&[s("rm"), s("-f"), s("-t"), s("2"), c.clone()], false).is_ok() {
            eprintln!("Container {c} removed");
        }
    }
    for n in p.networks_to_create(&order) {
        if gorae(&[s("network"), s("rm"), n.clone()], false).is_ok() {
            eprintln!("Network {n} removed");
        }
    }
    if volumes {
        for v in p.volumes_to_create(&order) {
            if gorae(&[s("volume"), s("rm"), v.clone()], false).is_ok() {
                eprintln!("Volume {v} removed");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn ps(p: &Project) -> Result<ExitCode> {
    let out = gorae(
        &[
            s("ps"),
            s("-a"),
            s("--filter"),
            format!("label=com.docker.compose.project={}", p.name),
            s("--format"),
            s(
                "{{.Names}}\t{{index .Labels \"com.docker.compose.service\"}}\t{{.Status}}\t{{.Ports}}",
            ),
        ],
        false,
    )?;
    let mut lines = vec![s("NAME\tSERVICE\tSTATUS\tPORTS")];
    lines.extend(out.lines().map(str::to_string));
    format::print_stdout(&format::align_lines(&lines));
    Ok(ExitCode::SUCCESS)
}

fn logs(p: &Project, follow: bool, services: Vec<String>) -> Result<ExitCode> {
    let chosen = if services.is_empty() {
        p.file.services.keys().cloned().collect()
    } else {
        services
    };
    if follow && chosen.len() > 1 {
        if let Some(sig) = follow_services(p, &chosen, false)?.signal {
            return Ok(ExitCode::from(128 + sig as u8));
        }
        return Ok(ExitCode::SUCCESS);
    }
    for svc in &chosen {
        let mut args = vec![s("logs")];
        if follow && chosen.len() == 1 {
            args.push(s("-f"));
        }
        args.push(p.container(svc));
        let out = gorae(&args, follow && chosen.len() == 1)?;
        let text: String = out.lines().map(|l| format!("{svc}  | {l}\n")).collect();
        format::print_stdout(&text);
    }
    Ok(ExitCode::SUCCESS)
}

fn exec(
    p: &Project,
    user: Option<String>,
    env: Vec<String>,
    service: &str,
    command: Vec<String>,
) -> Result<ExitCode> {
    let mut args = Argv::new(&["exec"]);
    if let Some(u) = user {
        args.user(&u);
    }
    for e in env {
        args.env(&e);
    }
    args.arg(p.container(service)).args(command);
    let status = Command::new("/proc/self/exe").args(args.words()).status()?;
    Ok(ExitCode::from(status.code().unwrap_or(125) as u8))
}

fn run(
    p: &Project,
    profiles: &[String],
    rm: bool,
    env: Vec<String>,
    service: &str,
    command: Vec<String>,
) -> Result<ExitCode> {
    if !p.file.services.contains_key(service) {
        bail!("no such service: {service}");
    }
    for (dep, cond) in p.dependencies(service) {
        if Command::new("/proc/self/exe")
            .args(["container", "exists", &p.container(&dep)])
            .status()?
            .success()
        {
            wait_for(&p.container(&dep), &cond, Duration::from_secs(60))?;
        } else {
            up(p, &[dep], profiles, false, Duration::from_secs(60))?;
        }
    }
    let args = p.one_off_argv(service, rm, &env, &command)?;
    let status = Command::new("/proc/self/exe").args(args.words()).status()?;
    Ok(ExitCode::from(status.code().unwrap_or(125) as u8))
}

fn build(p: &Project, services: &[String], profiles: &[String]) -> Result<ExitCode> {
    for svc in p.ordered(services, profiles)? {
        if let Some(b) = p.build_args(&svc) {
            gorae(&b, true)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn pull(
    p: &Project,
    services: &[String],
    profiles: &[String],
    tls_verify: Option<bool>,
) -> Result<ExitCode> {
    for svc in p.ordered(services, profiles)? {
        if p.file.services[&svc].image.is_none() {
            continue;
        }
        let mut args = vec![s("pull"), s("-q")];
        if let Some(t) = tls_verify {
            args.push(format!("--tls-verify={t}"));
        }
        args.push(p.image(&svc)?);
        gorae(&args, false)?;
        eprintln!("Pulled {}", p.image(&svc)?);
    }
    Ok(ExitCode::SUCCESS)
}

fn config(p: &Project) -> Result<ExitCode> {
    let mut doc = p.normalized.clone();
    if let Some(m) = doc.as_mapping_mut() {
        m.insert(
            serde_yaml_ng::Value::String(s("name")),
            serde_yaml_ng::Value::String(p.name.clone()),
        );
    }
    format::print_stdout(&serde_yaml_ng::to_string(&doc)?);
    Ok(ExitCode::SUCCESS)
}
