//! A foreground container's output without a terminal: its stdout and stderr come through
//! pipes, go on to this process's own and to a sink (the container log), while the signals the
//! parent holds are forwarded (or not) and the child is reaped.

use std::os::fd::{AsFd, OwnedFd};

use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::signal::{SigSet, Signal, kill};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::unistd::Pid;

/// How long output is still read after the child has exited, for what a process it left
/// behind (holding the pipes open) writes: the same as the terminal relay's.
const DRAIN_MS: u16 = 100;

/// Copies the child's output until it has exited and its pipes are drained; returns its exit
/// status. `sink(i, data)` gets each chunk of stream `i` (0 stdout, 1 stderr); this process's
/// own stdout and stderr only the streams `shown` (`run --attach`).
pub fn relay_pipes(
    child: Pid,
    pipes: [OwnedFd; 2],
    set: &SigSet,
    forward: bool,
    shown: [bool; 2],
    sink: &mut dyn FnMut(usize, &[u8]),
) -> i32 {
    let Ok(sfd) = SignalFd::with_flags(set, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK) else {
        // Without a signalfd, the output still flows (to the pipes' readers: nobody), so wait
        // the plain way rather than lose the child.
        return super::container::wait_forwarding(child, set);
    };
    let mut open: [Option<OwnedFd>; 2] = pipes.map(Some);
    let mut status = None;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let mut fds = vec![PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
        let mut which = Vec::new();
        for (i, p) in open.iter().enumerate() {
            if let Some(p) = p {
                fds.push(PollFd::new(p.as_fd(), PollFlags::POLLIN));
                which.push(i);
            }
        }
        let Some(ready) = poll_round(&mut fds, status.is_some()) else {
            break;
        };
        drop(fds);
        for (slot, i) in which.iter().enumerate() {
            if !ready[slot + 1] {
                continue;
            }
            let Some(p) = &open[*i] else { continue };
            match nix::unistd::read(p, &mut buf) {
                Ok(n) if n > 0 => {
                    let out = if *i == 0 {
                        rustix::stdio::stdout()
                    } else {
                        rustix::stdio::stderr()
                    };
                    if shown[*i] {
                        write_all(out, &buf[..n]);
                    }
                    sink(*i, &buf[..n]);
                }
                Err(nix::Error::EAGAIN) | Err(nix::Error::EINTR) => {}
                _ => open[*i] = None,
            }
        }
        if ready[0] {
            while let Ok(Some(info)) = sfd.read_signal() {
                match Signal::try_from(info.ssi_signo as i32) {
                    Ok(Signal::SIGCHLD) => {
                        status = status.or_else(|| super::container::reap(child))
                    }
                    Ok(s) if forward => {
                        let _ = kill(child, s);
                    }
                    _ => {}
                }
            }
        }
        if status.is_some() && open.iter().all(Option::is_none) {
            break;
        }
    }
    status.unwrap_or_else(|| super::container::wait_forwarding(child, set))
}

/// One round of a relay's poll: which of `fds` are ready, or None once the child has exited
/// (`draining`) and nothing came for [`DRAIN_MS`].
pub(super) fn poll_round(fds: &mut [PollFd<'_>], draining: bool) -> Option<Vec<bool>> {
    let timeout = if draining {
        PollTimeout::from(DRAIN_MS)
    } else {
        PollTimeout::NONE
    };
    match poll(fds, timeout) {
        Ok(0) => None,
        Err(_) => Some(vec![false; fds.len()]),
        Ok(_) => Some(
            fds.iter()
                .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
                .collect(),
        ),
    }
}

/// Writes all of `data`; a reader that went away (EPIPE) or a full disk drops the rest, as
/// the container's own write to a closed terminal would.
fn write_all(fd: std::os::fd::BorrowedFd<'_>, mut data: &[u8]) {
    while !data.is_empty() {
        match rustix::io::write(fd, data) {
            Ok(0) => return,
            Ok(n) => data = &data[n..],
            Err(rustix::io::Errno::INTR) | Err(rustix::io::Errno::AGAIN) => {}
            Err(_) => return,
        }
    }
}
