//! `exec` and `attach`: running a process in a container, joining its output and stdin.

use std::io::{Read, Write};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::engine::Engine;
use crate::engine::exec::{self, ExecOptions};
use crate::engine::lifecycle;

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
    /// Read environment variables from a file (KEY=VALUE lines; a bare KEY takes gorae's)
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<std::path::PathBuf>,
    /// Pass descriptors 3 to 3+N-1 of this command on to the process
    #[arg(long, value_name = "N")]
    pub preserve_fds: Option<u32>,
    /// Working directory inside the container
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// Run as USER[:GROUP]
    #[arg(short, long)]
    pub user: Option<String>,
    #[command(flatten)]
    pub latest: super::Latest,
    /// The container (with --latest, the command's first word)
    pub container: String,
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

pub fn exec(mut a: ExecArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let named = if a.latest.latest {
        a.command.insert(0, std::mem::take(&mut a.container));
        None
    } else {
        Some(a.container.as_str())
    };
    let id = super::select::one(&engine, named, a.latest.latest)?;
    if a.command.is_empty() {
        bail!("you must provide a command to exec");
    }
    let rec = engine.find_container(&id)?;
    if rec.cgroup.is_some() {
        // The command must be able to join the container's cgroup.
        crate::process::cgroup::reexec_in_user_scope();
    }
    // The files' settings first: --env overrides them.
    let mut env = Vec::new();
    for f in &a.env_file {
        for line in crate::runtime::spec::env_file_lines(f)? {
            match line.split_once('=') {
                Some(_) => env.push(line),
                None => env.extend(std::env::var(&line).ok().map(|v| format!("{line}={v}"))),
            }
        }
    }
    env.extend(a.env);
    let opts = ExecOptions {
        command: a.command,
        env,
        workdir: a.workdir,
        user: a.user,
        detach: a.detach,
        interactive: a.interactive,
        tty: a.tty,
        privileged: a.privileged,
        timeout: None,
        preserve_fds: a
            .preserve_fds
            .map(crate::runtime::proc_attrs::check_preserve_fds)
            .transpose()?
            .unwrap_or(0),
    };
    match exec::exec(&engine, &rec.id, &opts) {
        Ok(code) => Ok(ExitCode::from(u8::try_from(code).unwrap_or(255))),
        Err(e) => {
            eprintln!("Error: {e}");
            Ok(ExitCode::from(e.exit_code()))
        }
    }
}

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// Don't send stdin to the container
    #[arg(long)]
    pub no_stdin: bool,
    /// The keys that detach: a sequence like ctrl-p,ctrl-q (the default), or "" for none
    #[arg(long, value_name = "KEYS")]
    pub detach_keys: Option<String>,
    /// Forward the signals attach receives (INT, TERM, HUP, QUIT, USR1, USR2) to the
    /// container
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    #[command(flatten)]
    pub latest: super::Latest,
    pub container: Option<String>,
}

/// `--detach-keys`: podman's spelling (`ctrl-p,ctrl-q`, single characters, `ctrl-@`, …) as
/// the bytes a terminal sends; empty for none.
pub fn detach_keys(spec: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    for k in spec.split(',').filter(|k| !k.is_empty()) {
        let b = match k.strip_prefix("ctrl-") {
            Some(c) if c.len() == 1 => match c.as_bytes()[0] {
                c @ b'a'..=b'z' => c - b'a' + 1,
                b'@' => 0,
                b'[' => 27,
                b'\\' => 28,
                b']' => 29,
                b'^' => 30,
                b'_' => 31,
                _ => bail!("invalid detach keys: Unknown character: '{k}'"),
            },
            None if k.len() == 1 => k.as_bytes()[0],
            _ if k == "DEL" => 127,
            _ => bail!("invalid detach keys: Unknown character: '{k}'"),
        };
        out.push(b);
    }
    Ok(out)
}

/// `attach`: the container's output from now on, and stdin when it was started with `-i`.
/// Detach with Ctrl-P Ctrl-Q (or `--detach-keys`); otherwise exits with the container's
/// status.
pub fn attach(a: AttachArgs) -> Result<ExitCode> {
    let keys = detach_keys(a.detach_keys.as_deref().unwrap_or("ctrl-p,ctrl-q"))?;
    use crate::engine::attach::{self as at, frame, take_frames};
    use std::os::fd::AsFd;
    let engine = Engine::open_readonly()?;
    let id = super::select::one(&engine, a.container.as_deref(), a.latest.latest)?;
    let rec = engine.refresh(engine.find_container(&id)?);
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
    use nix::sys::signal::Signal;
    let mut winch = nix::sys::signal::SigSet::empty();
    winch.add(Signal::SIGWINCH);
    if a.sig_proxy {
        for s in crate::process::container::FORWARDED {
            winch.add(*s);
        }
    }
    let _ = winch.thread_block();
    let sfd = nix::sys::signalfd::SignalFd::with_flags(
        &winch,
        nix::sys::signalfd::SfdFlags::SFD_CLOEXEC | nix::sys::signalfd::SfdFlags::SFD_NONBLOCK,
    )?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let mut stdin_open = send_stdin;
    // How much of the detach sequence the input just ended with.
    let mut matched = 0usize;
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
            while let Ok(Some(info)) = sfd.read_signal() {
                match Signal::try_from(info.ssi_signo as i32) {
                    Ok(Signal::SIGWINCH) => resize(&mut sock),
                    Ok(s) => {
                        if let Err(e) = lifecycle::kill_container(&engine, &rec.id, s.into()) {
                            eprintln!("Error: forwarding {s}: {e}");
                        }
                    }
                    Err(_) => {}
                }
            }
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
                    // The detach sequence detaches, as in podman; what came before still
                    // goes in.
                    for (i, b) in chunk[..n].iter().enumerate() {
                        if keys.is_empty() {
                            break;
                        }
                        matched = if *b == keys[matched] {
                            matched + 1
                        } else {
                            usize::from(*b == keys[0])
                        };
                        if matched == keys.len() {
                            let before = (i + 1).saturating_sub(keys.len());
                            let _ = sock.write_all(&frame(at::STDIN, &chunk[..before]));
                            return Ok(ExitCode::SUCCESS);
                        }
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
