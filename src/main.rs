//! gorae: a daemonless, rootless container engine with podman's commands.

use gorae::{cli, engine, log};

fn main() -> std::process::ExitCode {
    // The monitor skips clap: it runs for the container's lifetime, and every page touched at
    // start-up stays in its RSS.
    let mut args = std::env::args();
    let argv0 = args.next().unwrap_or_default();
    // Linked into systemd's generator directories: Quadlet files to units.
    if argv0.ends_with("-generator") {
        return cli::systemd::generator_main(&argv0, &args.collect::<Vec<_>>());
    }
    let first = args.next();
    if first.as_deref() == Some("__monitor-resume") {
        log::init(None);
        let id = args.next().unwrap_or_default();
        let code = args.next().and_then(|c| c.parse().ok()).unwrap_or(137);
        let restarts = args.next().and_then(|c| c.parse().ok()).unwrap_or(0);
        return std::process::ExitCode::from(engine::monitor::resume(&id, code, restarts) as u8);
    }
    if first.as_deref() == Some("__monitor") {
        // `--preserve-fds N`: what the starting command was not given at 3 to 3+N-1 is
        // /dev/null, before anything of the monitor's own can take those numbers.
        if let Some(n) = std::env::var("GORAE_PRESERVE_FDS")
            .ok()
            .and_then(|n| n.parse().ok())
        {
            let _ = gorae::sys::occupy_fds(3, n);
        }
        log::init(None);
        let id = args.next().unwrap_or_default();
        let fd = args.next().and_then(|f| f.parse().ok()).unwrap_or(-1);
        return std::process::ExitCode::from(engine::monitor::main(&id, fd) as u8);
    }
    // Before anything of gorae's own is opened: which low descriptors the caller passed, for
    // `--preserve-fds` (only then: start-up is the hot path).
    if std::env::args_os().any(|a| a.as_encoded_bytes().starts_with(b"--preserve-fds")) {
        gorae::sys::note_inherited_fds();
    }
    cli::main()
}
