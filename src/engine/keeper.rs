//! Hands a running detached container over to the keeper (`src/keeper/main.rs`, built by
//! `build.rs` and embedded here): the monitor execs it from a sealed memfd, in its own place,
//! once the container has started. The keeper copies output, serves `attach`, forwards signals,
//! runs health checks, reaps the container and then execs `gorae __monitor-resume`.

use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

static KEEPER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gorae-keeper"));

/// What the keeper takes over. Descriptors that are absent are `None`.
pub struct Handoff<'a> {
    pub id: &'a str,
    pub child: i32,
    pub tty: bool,
    pub signals: BorrowedFd<'a>,
    pub stdout: Option<BorrowedFd<'a>>,
    pub stderr: Option<BorrowedFd<'a>>,
    pub stdin: Option<BorrowedFd<'a>>,
    pub listener: Option<BorrowedFd<'a>>,
    pub log: Option<BorrowedFd<'a>>,
    /// Held open for the container's lifetime (slirp4netns's exit pipe).
    pub hold: Option<BorrowedFd<'a>>,
    pub health_ms: u64,
    pub restarts: u32,
}

/// Whether this build carries a keeper (and `GORAE_MONITOR=inline` does not turn it off).
pub fn available() -> bool {
    !KEEPER.is_empty() && std::env::var_os("GORAE_MONITOR").is_none_or(|v| v != "inline")
}

/// Replaces this process with the keeper. Returns only if that could not be done, saying why;
/// the descriptors are then as they were.
pub fn exec(h: &Handoff) -> String {
    if !available() {
        return "no keeper in this build".into();
    }
    let memfd = match program() {
        Ok(fd) => fd,
        Err(e) => return format!("loading the keeper: {e}"),
    };
    let exe = match std::fs::File::open("/proc/self/exe") {
        Ok(f) => OwnedFd::from(f),
        Err(e) => return format!("opening gorae's own binary: {e}"),
    };
    let passed: Vec<BorrowedFd> = [
        Some(h.signals),
        h.stdout,
        h.stderr,
        h.stdin,
        h.listener,
        h.log,
        h.hold,
        Some(exe.as_fd()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let num = |fd: Option<BorrowedFd>| fd.map_or(-1, |f| f.as_raw_fd()).to_string();
    let argv: Vec<String> = vec![
        "gorae".into(),
        "__monitor".into(),
        h.id.into(),
        "keeper".into(),
        h.child.to_string(),
        u8::from(h.tty).to_string(),
        num(Some(h.signals)),
        num(h.stdout),
        num(h.stderr),
        num(h.stdin),
        num(h.listener),
        num(h.log),
        exe.as_raw_fd().to_string(),
        h.health_ms.to_string(),
        h.restarts.to_string(),
        num(h.hold),
    ];
    let Ok(argv) = argv
        .into_iter()
        .map(CString::new)
        .collect::<Result<Vec<_>, _>>()
    else {
        return "bad container ID".into();
    };
    let env: Vec<CString> = std::env::vars_os()
        .filter_map(|(k, v)| {
            use std::os::unix::ffi::OsStrExt;
            let mut kv = k.as_bytes().to_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_bytes());
            CString::new(kv).ok()
        })
        .collect();
    for fd in &passed {
        set_cloexec(*fd, false);
    }
    let err = nix::unistd::fexecve(&memfd, &argv, &env).unwrap_err();
    for fd in &passed {
        set_cloexec(*fd, true);
    }
    format!("executing the keeper: {err}")
}

fn set_cloexec(fd: BorrowedFd, on: bool) {
    let flags = if on {
        nix::fcntl::FdFlag::FD_CLOEXEC
    } else {
        nix::fcntl::FdFlag::empty()
    };
    let _ = nix::fcntl::fcntl(fd, nix::fcntl::FcntlArg::F_SETFD(flags));
}

/// The keeper in a sealed, executable memfd (nothing written to disk).
fn program() -> std::io::Result<OwnedFd> {
    use rustix::fs::{MemfdFlags, SealFlags};
    let base = MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING;
    // MFD_EXEC says so explicitly (Linux 6.3+, where vm.memfd_noexec may otherwise refuse it);
    // older kernels don't know the flag.
    let fd = rustix::fs::memfd_create("gorae-monitor", base | MemfdFlags::EXEC)
        .or_else(|_| rustix::fs::memfd_create("gorae-monitor", base))?;
    let mut f = std::fs::File::from(fd);
    std::io::Write::write_all(&mut f, KEEPER)?;
    let fd = OwnedFd::from(f);
    rustix::fs::fcntl_add_seals(
        &fd,
        SealFlags::WRITE | SealFlags::SHRINK | SealFlags::GROW | SealFlags::SEAL,
    )?;
    Ok(fd)
}
