//! `--log-level`: which of gorae's messages reach stderr. Warnings show by default; `error`
//! (or `fatal`, `panic`) silences them; `info` and `debug` (or `trace`) add what gorae is
//! doing: configuration read, namespaces entered, helpers started. The level is passed to the
//! processes gorae starts (the monitor) through `GORAE_LOG_LEVEL`.

use std::sync::atomic::{AtomicU8, Ordering};

const DEBUG: u8 = 0;
const INFO: u8 = 1;
const WARN: u8 = 2;

static LEVEL: AtomicU8 = AtomicU8::new(WARN);

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
        eprintln!("warning: {args}");
    }
}

/// What gorae is doing, with `--log-level info` or `debug`.
pub fn info(args: std::fmt::Arguments<'_>) {
    if enabled(INFO) {
        eprintln!("info: {args}");
    }
}

/// Details, with `--log-level debug`.
pub fn debug(args: std::fmt::Arguments<'_>) {
    if enabled(DEBUG) {
        eprintln!("debug: {args}");
    }
}

/// Whether warnings are shown (for output that goes through a progress bar).
pub fn warnings_enabled() -> bool {
    enabled(WARN)
}
