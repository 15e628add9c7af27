//! gorae: a daemonless, rootless container engine with podman's commands.

use gorae::{cli, engine, log};

fn main() -> std::process::ExitCode {
    // The monitor skips clap: it runs for the container's lifetime, and every page touched at
    // start-up stays in its RSS.
    let mut args = std::env::args();
    if args.nth(1).as_deref() == Some("__monitor") {
        log::init(None);
        let id = args.next().unwrap_or_default();
        let fd = args.next().and_then(|f| f.parse().ok()).unwrap_or(-1);
        return std::process::ExitCode::from(engine::monitor::main(&id, fd) as u8);
    }
    cli::main()
}
