//! `--log-level`: which of gorae's messages reach stderr. Warnings show by default; `error`
//! (or `fatal`, `panic`) silences them; `info` and `debug` (or `trace`) add what gorae is
//! doing: configuration read, namespaces entered, helpers started. The level is passed to the
//! processes gorae starts (the monitor) through `GORAE_LOG_LEVEL`.

use std::sync::atomic::{AtomicU8, Ordering};

const DEBUG: u8 = 0;
const INFO: u8 = 1;
const WARN: u8 = 2;

static LEVEL: AtomicU8 = AtomicU8::new(WARN);
/// `--syslog`: messages also go to /dev/log.
static SYSLOG: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--syslog`: shown messages are also sent to the system log (when /dev/log is there), and
/// the processes gorae starts do the same.
pub fn also_syslog() {
    SYSLOG.store(true, Ordering::Relaxed);
    crate::sys::set_env_single_threaded("GORAE_SYSLOG", "1");
}

/// One datagram in the traditional syslog format (facility user).
fn to_syslog(severity: u8, args: &std::fmt::Arguments<'_>) {
    if !SYSLOG.load(Ordering::Relaxed) {
        return;
    }
    let msg = format!("<{}>gorae[{}]: {args}", 8 + severity, std::process::id());
    if let Ok(s) = std::os::unix::net::UnixDatagram::unbound() {
        let _ = s.send_to(msg.as_bytes(), "/dev/log");
    }
}

fn parse(name: &str) -> Option<u8> {
    Some(match name {
        "trace" | "debug" => DEBUG,
        "info" => INFO,
        "warn" | "warning" => WARN,
        "error" | "fatal" | "panic" => 3,
        _ => return None,
    })
}

/// Sets the level from the flag (or, without one, from `GORAE_LOG_LEVEL`) and hands it on to
/// child processes.
pub fn init(flag: Option<&str>) {
    let from_env = std::env::var("GORAE_LOG_LEVEL").ok();
    let name = flag.or(from_env.as_deref()).unwrap_or("warn");
    if std::env::var_os("GORAE_SYSLOG").is_some() {
        SYSLOG.store(true, Ordering::Relaxed);
    }
    if let Some(l) = parse(name) {
        LEVEL.store(l, Ordering::Relaxed);
        if flag.is_some() {
            crate::sys::set_env_single_threaded("GORAE_LOG_LEVEL", name);
        }
    }
}

fn enabled(level: u8) -> bool {
    LEVEL.load(Ordering::Relaxed) <= level
}

/// A warning (`warning: …`), unless `--log-level` is above `warn`.
pub fn warn(args: std::fmt::Arguments<'_>) {
    if enabled(WARN) {
        to_syslog(4, &args);
        eprintln!("warning: {args}");
    }
}

/// What gorae is doing, with `--log-level info` or `debug`.
pub fn info(args: std::fmt::Arguments<'_>) {
    if enabled(INFO) {
        to_syslog(6, &args);
        eprintln!("info: {args}");
    }
}

/// Details, with `--log-level debug`.
pub fn debug(args: std::fmt::Arguments<'_>) {
    if enabled(DEBUG) {
        to_syslog(7, &args);
        eprintln!("debug: {args}");
    }
}

/// Whether warnings are shown (for output that goes through a progress bar).
pub fn warnings_enabled() -> bool {
    enabled(WARN)
}
