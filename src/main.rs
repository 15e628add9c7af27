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
        log::init(None);
        let id = args.next().unwrap_or_default();
        let fd = args.next().and_then(|f| f.parse().ok()).unwrap_or(-1);
        return std::process::ExitCode::from(engine::monitor::main(&id, fd) as u8);
    }
    cli::main()
}
