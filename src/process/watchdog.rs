//! `--timeout`: a detached process that kills the container's first process after so many
//! seconds, unless it ended first. It holds a pidfd, so a reused PID is never signalled, and
//! it goes as soon as the container does (no helper outlives its container).

use std::os::fd::AsFd;

use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use rustix::process::{PidfdFlags, Signal, pidfd_open, pidfd_send_signal};

use crate::sys::{self, Forked};

/// Starts the watchdog for `pid`; returns once it runs (it is not this process's child).
pub fn start(pid: i32, secs: u32) -> std::io::Result<()> {
    let target = rustix::process::Pid::from_raw(pid)
        .ok_or_else(|| std::io::Error::other(format!("no process {pid}")))?;
    let pidfd = pidfd_open(target, PidfdFlags::empty())?;
    match sys::fork()? {
        Forked::Parent(child) => {
            let _ = nix::sys::wait::waitpid(child, None);
            Ok(())
        }
        Forked::Child => {
            // A second fork, so that the launcher's only child stays the container.
            if let Ok(Forked::Child) = sys::fork() {
                let _ = nix::unistd::setsid();
                // Nothing of the launcher's is kept open (locks, log pipes, sockets).
                let _ = sys::close_fds_except(std::os::fd::AsRawFd::as_raw_fd(&pidfd));
                let mut ms = u64::from(secs) * 1000;
                loop {
                    let step =
                        PollTimeout::try_from(ms.min(60_000) as i32).unwrap_or(PollTimeout::MAX);
                    let mut fds = [PollFd::new(pidfd.as_fd(), PollFlags::POLLIN)];
                    match poll(&mut fds, step) {
                        // The container ended.
                        Ok(n) if n > 0 => break,
                        Ok(_) => {
                            ms = ms.saturating_sub(60_000);
                            if ms == 0 {
                                let _ = pidfd_send_signal(&pidfd, Signal::KILL);
                                break;
                            }
                        }
                        Err(nix::Error::EINTR) => {}
                        Err(_) => break,
                    }
                }
            }
            sys::exit_now(0);
        }
    }
}
