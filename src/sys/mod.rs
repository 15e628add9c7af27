//! The only module allowed `unsafe`: process creation and raw syscalls nix and rustix don't wrap.
#![allow(unsafe_code)]

use std::io;

use nix::sched::CloneFlags;
use nix::unistd::Pid;

pub enum Forked {
    Parent(Pid),
    Child,
}

pub mod procfs;

pub use procfs::thread_count;

fn ensure_single_threaded() -> io::Result<()> {
    // Forking a threaded process leaves locks held by threads that don't exist in the child.
    let n = thread_count();
    if n != 1 {
        return Err(io::Error::other(format!(
            "internal error: fork with {n} threads running (a tokio runtime was not shut down)"
        )));
    }
    Ok(())
}

/// `fork()`, refused unless the process is single-threaded.
pub fn fork() -> io::Result<Forked> {
    ensure_single_threaded()?;
    // SAFETY: we just checked that this process has exactly one thread, so no other thread can
    // hold a lock (allocator, stdio) that the child would inherit in a locked state.
    match unsafe { nix::unistd::fork() }? {
        nix::unistd::ForkResult::Parent { child } => Ok(Forked::Parent(child)),
        nix::unistd::ForkResult::Child => Ok(Forked::Child),
    }
}

/// Like `fork()`, but the child starts in new namespaces (`flags`), so with `CLONE_NEWPID` it is
/// PID 1 of its own PID namespace without a second fork.
pub fn clone_into(flags: CloneFlags) -> io::Result<Forked> {
    ensure_single_threaded()?;
    let raw_flags = flags.bits() as libc::c_ulong | libc::SIGCHLD as libc::c_ulong;
    // SAFETY: clone with a NULL stack behaves as fork(2) with extra namespace flags: the child
    // gets a copy-on-write copy of our stack and continues from this call. No CLONE_VM,
    // CLONE_SETTLS or CLONE_*TID flags are passed, so no memory is shared, and the process is
    // single-threaded (checked above), so no lock is held by a thread absent in the child.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone,
            raw_flags,
            std::ptr::null_mut::<libc::c_void>(),
            std::ptr::null_mut::<libc::c_int>(),
            std::ptr::null_mut::<libc::c_int>(),
            0 as libc::c_ulong,
        )
    };
    match ret {
        -1 => Err(io::Error::last_os_error()),
        0 => Ok(Forked::Child),
        pid => Ok(Forked::Parent(Pid::from_raw(pid as i32))),
    }
}

/// The descriptors 3 to 66 that were open when this process started, one bit each.
static INHERITED_FDS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

/// Notes which of descriptors 3 to 66 this process was started with. Call first thing.
pub fn note_inherited_fds() {
    let mut bits = 0u64;
    for fd in 3..67 {
        if fd_is_open(fd) {
            bits |= 1 << (fd - 3);
        }
    }
    let _ = INHERITED_FDS.set(bits);
}

/// Whether `fd` was open when this process started (as [`note_inherited_fds`] saw it; then,
/// whether it is open now).
pub fn was_inherited(fd: i32) -> bool {
    match (INHERITED_FDS.get(), fd) {
        (Some(bits), 3..=66) => bits & (1 << (fd - 3)) != 0,
        (Some(_), _) => false,
        (None, _) => fd_is_open(fd),
    }
}

/// Sends signal number `sig` (real-time ones too) to `pid`.
pub fn kill_raw(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    if unsafe { libc::kill(pid, sig) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Whether descriptor `fd` is open in this process.
pub fn fd_is_open(fd: i32) -> bool {
    // SAFETY: F_GETFD only reads the descriptor's flags; it does not touch its file.
    unsafe { libc::fcntl(fd, libc::F_GETFD) != -1 }
}

/// Opens /dev/null (inheritable) on each of the `n` descriptors from `first` that is closed.
pub fn occupy_fds(first: i32, n: u32) -> io::Result<()> {
    for fd in first..first + n as i32 {
        if fd_is_open(fd) {
            continue;
        }
        let null = std::os::fd::IntoRawFd::into_raw_fd(
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/null")?,
        );
        // SAFETY: `fd` is closed (checked above), so dup2 replaces no descriptor in use, and
        // `null` is ours to close. The descriptor kept has no CLOEXEC: it must be inherited.
        let ok = unsafe {
            if null == fd {
                libc::fcntl(fd, libc::F_SETFD, 0) != -1
            } else {
                let r = libc::dup2(null, fd) != -1;
                libc::close(null);
                r
            }
        };
        if !ok {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Closes every descriptor from 3 up except `keep`.
/// With a negative `keep`, closes all of them.
pub fn close_fds_except(keep: i32) -> io::Result<()> {
    close_fds_from_except(3, keep)
}

/// Closes every descriptor from `first` up except `keep` (none when negative).
pub fn close_fds_from_except(first: u32, keep: i32) -> io::Result<()> {
    let ranges = match u32::try_from(keep) {
        Ok(keep) if keep >= first => [(first, keep.saturating_sub(1)), (keep + 1, u32::MAX)],
        _ => [(first, u32::MAX), (1, 0)],
    };
    for (low, high) in ranges {
        if low > high {
            continue;
        }
        // SAFETY: called in a freshly cloned child right before exec; the only descriptor still
        // used afterwards is `keep`, which stays open. No Rust object that wraps a closed
        // descriptor is used after this call (they are only leaked by the exec or `_exit`).
        let ret = unsafe { libc::syscall(libc::SYS_close_range, low, high, 0u32) };
        if ret == -1 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Restores the default disposition of `sig` (Rust ignores SIGPIPE; a container must not
/// inherit that).
pub fn set_default_handler(sig: nix::sys::signal::Signal) -> nix::Result<()> {
    // SAFETY: installing SIG_DFL registers no Rust handler, so no handler can run with broken
    // invariants; this is the documented safe use of `signal`.
    unsafe { nix::sys::signal::signal(sig, nix::sys::signal::SigHandler::SigDfl) }.map(|_| ())
}

/// Ends a forked child at once: no atexit handlers, no flushing of buffers it shares with the
/// parent's copy.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit takes no pointers and never returns; skipping destructors is the point in a
    // forked child, whose resources the kernel reclaims.
    unsafe { libc::_exit(code) }
}

/// A descriptor this process opened and deliberately never closes (see `net::slirp`), as a
/// borrow; `None` for -1.
pub fn held_fd(fd: i32) -> Option<std::os::fd::BorrowedFd<'static>> {
    // SAFETY: callers pass only descriptors they leaked on purpose: never closed by this
    // process, they stay valid until it exits or execs.
    (fd >= 0).then(|| unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) })
}

/// Takes ownership of a descriptor number handed over by the parent across `exec`.
pub fn take_inherited_fd(fd: i32) -> io::Result<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    if fd < 3 {
        return Err(io::Error::other(format!(
            "invalid inherited descriptor {fd}"
        )));
    }
    // Make sure it is open before claiming it.
    nix::fcntl::fcntl(
        // SAFETY: borrowed only for this F_GETFD probe; the number came from our own parent.
        unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) },
        nix::fcntl::FcntlArg::F_GETFD,
    )?;
    // SAFETY: the parent opened this descriptor for us alone and passed its number on the
    // command line; nothing else in this fresh process refers to it, so we may own it.
    let owned = unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) };
    // It must not leak into what this process starts (pasta daemonizes and would hold it).
    nix::fcntl::fcntl(
        &owned,
        nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
    )?;
    Ok(owned)
}

/// Drops this process's resident pages of read-only file mappings that it never wrote to
/// (program text, read-only data) and returns free heap to the kernel. They come back from the
/// page cache on the next touch, so a long-lived idle process (the monitor) keeps only what its
/// loop uses. Returns the number of bytes advised away.
pub fn shed_clean_pages() -> usize {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return 0;
    };
    let mut shed = 0;
    let mut current: Option<(usize, usize, bool)> = None;
    let mut flush = |m: Option<(usize, usize, bool)>, anon_kb: u64| {
        if let Some((start, end, eligible)) = m
            && eligible
            && anon_kb == 0
        {
            // SAFETY: the range is a whole mapping from /proc/self/smaps that is file-backed,
            // not writable, and holds no anonymous (copy-on-write) pages, so MADV_DONTNEED
            // only drops clean pages that are re-read from the same file on the next access;
            // no memory content is lost.
            if unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED)
            } == 0
            {
                shed += end - start;
            }
            // SAFETY: MADV_RANDOM is only a read-ahead hint for the same range.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_RANDOM) };
        }
    };
    let mut anon_kb = 0;
    for line in smaps.lines() {
        let mut fields = line.split_whitespace();
        let Some(first) = fields.next() else { continue };
        if let Some((a, b)) = first
            .split_once('-')
            .filter(|(a, _)| a.bytes().all(|c| c.is_ascii_hexdigit()))
        {
            flush(current.take(), anon_kb);
            anon_kb = 0;
            let perms = fields.next().unwrap_or("");
            let path = fields.nth(3).unwrap_or("");
            let eligible = path.starts_with('/') && !perms.contains('w') && perms.ends_with('p');
            if let (Ok(s), Ok(e)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16)) {
                current = Some((s, e, eligible));
            }
        } else if first == "Anonymous:" {
            anon_kb = fields.next().and_then(|v| v.parse().ok()).unwrap_or(1);
        }
    }
    flush(current.take(), anon_kb);
    // SAFETY: malloc_trim only returns free heap memory to the kernel. (glibc only: musl's
    // allocator has no such call and returns freed pages on its own.)
    #[cfg(target_env = "gnu")]
    unsafe {
        libc::malloc_trim(0)
    };
    shed
}

/// Sets an environment variable for this process and its children. Refuses (does nothing)
/// once a second thread exists.
pub fn set_env_single_threaded(key: &str, value: &str) {
    if thread_count() != 1 {
        return;
    }
    // SAFETY: `set_var` is unsound only when another thread reads the environment at the same
    // time; there is no other thread (checked just above).
    unsafe { std::env::set_var(key, value) };
}

/// Fault injection for the crash-safety tests: when `GORAE_FAULT` names `point`, the process
/// dies right here by SIGKILL, as an OOM kill or a power cut would end it (no destructors, no
/// cleanup). Points are named `area.step`.
pub fn fault(point: &str) {
    if std::env::var_os("GORAE_FAULT").is_some_and(|f| f == point) {
        let _ = nix::sys::signal::kill(nix::unistd::Pid::this(), nix::sys::signal::Signal::SIGKILL);
    }
}

/// Like [`fault`]; and when `GORAE_FAULT` is `point=eacces`, the step fails here with
/// "permission denied", as a file this process may not remove would make it fail.
pub fn fault_io(point: &str) -> std::io::Result<()> {
    fault(point);
    if std::env::var_os("GORAE_FAULT")
        .is_some_and(|f| f.as_encoded_bytes() == format!("{point}=eacces").as_bytes())
    {
        return Err(std::io::Error::from_raw_os_error(libc::EACCES));
    }
    Ok(())
}

/// Whether `GORAE_FAULT` names `point` (to die or to fail there).
pub fn fault_armed(point: &str) -> bool {
    std::env::var_os("GORAE_FAULT").is_some_and(|f| {
        let f = f.as_encoded_bytes();
        f == point.as_bytes() || f.strip_prefix(point.as_bytes()) == Some(b"=eacces".as_slice())
    })
}

/// `--noout`: this process's (and its children's) standard output goes to /dev/null.
pub fn stdout_to_null() -> io::Result<()> {
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null")?;
    rustix::stdio::dup2_stdout(&null)?;
    Ok(())
}
