//! `compose up|down|ps|logs|exec|run|build|pull|config`: compose files without an extra tool.
//! Each step is a gorae command run as a child process (see `engine::compose`).

use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use super::format;
use crate::engine::compose::{self, Project};

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
        /// Run in the background (gorae always does; the flag is accepted)
        #[arg(short, long)]
        detach: bool,
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
        let state = gorae(
            &[
                s("inspect"),
                s("--format"),
                s("{{.State.Status}} {{.State.ExitCode}} {{.State.Health.Status}}"),
                s(container),
            ],
            false,
        )?;
        let mut f = state.split_whitespace();
        let (status, code, health) = (
            f.next().unwrap_or(""),
            f.next().unwrap_or(""),
            f.next().unwrap_or(""),
        );
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
        gorae(&[s("volume"), s("create"), s("--ignore"), v], false)?;
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
        let mut args = vec![s("run"), s("-d"), s("--name"), container.clone()];
        args.extend(p.run_args(svc)?);
        let restart = p.file.services[svc].restart.clone();
        if let Some(r) = restart {
            args.extend([s("--restart"), r]);
        }
        args.push(p.image(svc)?);
        if let Some(c) = &p.file.services[svc].command {
            args.extend(c.argv());
        }
        gorae(&args, false)?;
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
    match a.command {
        ComposeCmd::Up {
            build,
            wait_timeout,
            services,
            ..
        } => {
            up(
                &p,
                &services,
                &a.profile,
                build,
                Duration::from_secs(wait_timeout),
            )?;
        }
        ComposeCmd::Down { volumes } => {
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
        }
        ComposeCmd::Ps => {
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
        }
        ComposeCmd::Logs { follow, services } => {
            let chosen = if services.is_empty() {
                p.file.services.keys().cloned().collect()
            } else {
                services
            };
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
        }
        ComposeCmd::Exec {
            user,
            env,
            service,
            command,
            ..
        } => {
            let mut args = vec![s("exec")];
            if let Some(u) = user {
                args.extend([s("--user"), u]);
            }
            for e in env {
                args.extend([s("-e"), e]);
            }
            args.push(p.container(&service));
            args.extend(command);
            let status = Command::new("/proc/self/exe").args(&args).status()?;
            return Ok(ExitCode::from(status.code().unwrap_or(125) as u8));
        }
        ComposeCmd::Run {
            rm,
            env,
            service,
            command,
        } => {
            if !p.file.services.contains_key(&service) {
                bail!("no such service: {service}");
            }
            for (dep, cond) in p.dependencies(&service) {
                if Command::new("/proc/self/exe")
                    .args(["container", "exists", &p.container(&dep)])
                    .status()?
                    .success()
                {
                    wait_for(&p.container(&dep), &cond, Duration::from_secs(60))?;
                } else {
                    up(&p, &[dep], &a.profile, false, Duration::from_secs(60))?;
                }
            }
            let mut args = vec![s("run")];
            if rm {
                args.push(s("--rm"));
            }
            args.extend(p.run_args(&service)?);
            for e in env {
                args.extend([s("-e"), e]);
            }
            args.push(p.image(&service)?);
            if command.is_empty() {
                if let Some(c) = &p.file.services[&service].command {
                    args.extend(c.argv());
                }
            } else {
                args.extend(command);
            }
            let status = Command::new("/proc/self/exe").args(&args).status()?;
            return Ok(ExitCode::from(status.code().unwrap_or(125) as u8));
        }
        ComposeCmd::Build { services } => {
            for svc in p.ordered(&services, &a.profile)? {
                if let Some(b) = p.build_args(&svc) {
                    gorae(&b, true)?;
                }
            }
        }
        ComposeCmd::Pull {
            tls_verify,
            services,
        } => {
            for svc in p.ordered(&services, &a.profile)? {
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
        }
        ComposeCmd::Config => {
            let mut doc = p.normalized.clone();
            if let Some(m) = doc.as_mapping_mut() {
                m.insert(
                    serde_yaml_ng::Value::String(s("name")),
                    serde_yaml_ng::Value::String(p.name.clone()),
                );
            }
            format::print_stdout(&serde_yaml_ng::to_string(&doc)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}
