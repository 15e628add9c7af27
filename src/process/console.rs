//! Terminals: the container opens its pty from its own devpts (so `tty` names a real
//! `/dev/pts/N` inside) and hands the master to gorae over a socket, as runc's console socket
//! does; gorae relays between that master and the user's terminal.

use std::io::{IoSlice, IoSliceMut};
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

use nix::poll::{PollFd, PollFlags};
use nix::sys::signal::{SigSet, Signal, kill};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::unistd::Pid;
use rustix::net::{
    AddressFamily, RecvAncillaryBuffer, RecvAncillaryMessage, RecvFlags, SendAncillaryBuffer,
    SendAncillaryMessage, SendFlags, SocketFlags, SocketType,
};

/// A step of setting up the container's terminal that failed; `what` says which.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {source}")]
pub struct ConsoleError {
    pub what: String,
    #[source]
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

/// `.map_err(failed("what"))`.
fn failed<E: std::error::Error + Send + Sync + 'static>(
    what: impl Into<String>,
) -> impl FnOnce(E) -> ConsoleError {
    let what = what.into();
    move |e| ConsoleError {
        what,
        source: Box::new(e),
    }
}

/// A connected pair: the parent keeps one end, the child the other.
pub fn socket_pair() -> std::io::Result<(OwnedFd, OwnedFd)> {
    Ok(rustix::net::socketpair(
        AddressFamily::UNIX,
        SocketType::SEQPACKET,
        SocketFlags::CLOEXEC,
        None,
    )?)
}

/// In the container, after `pivot_root`: opens a pty on its devpts, makes it the controlling
/// terminal and stdio, and sends the master to the parent.
pub fn setup_in_container(socket: &OwnedFd) -> Result<(), ConsoleError> {
    let master =
        rustix::pty::openpt(rustix::pty::OpenptFlags::RDWR | rustix::pty::OpenptFlags::NOCTTY)
            .map_err(failed("opening /dev/ptmx"))?;
    rustix::pty::unlockpt(&master).map_err(failed("unlockpt"))?;
    let name = rustix::pty::ptsname(&master, Vec::new()).map_err(failed("ptsname"))?;
    let slave = rustix::fs::open(
        name.as_c_str(),
        rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )
    .map_err(failed(format!("opening {name:?}")))?;
    // The terminal's size before the command can ask for it: taken from the one gorae was
    // started on, still this process's stdin (the parent relays later changes).
    if let Ok(ws) = rustix::termios::tcgetwinsize(rustix::stdio::stdin()) {
        let _ = rustix::termios::tcsetwinsize(&master, ws);
    }
    nix::unistd::setsid().map_err(failed("setsid"))?;
    rustix::process::ioctl_tiocsctty(&slave).map_err(failed("TIOCSCTTY"))?;
    // As in podman, the terminal is stdin even without -i; only nothing is relayed into it.
    nix::unistd::dup2_stdin(&slave).map_err(failed("dup2"))?;
    nix::unistd::dup2_stdout(&slave).map_err(failed("dup2"))?;
    nix::unistd::dup2_stderr(&slave).map_err(failed("dup2"))?;
    let fds = [master.as_fd()];
    let mut space = [MaybeUninit::uninit(); rustix::cmsg_space!(ScmRights(1))];
    let mut control = SendAncillaryBuffer::new(&mut space);
    control.push(SendAncillaryMessage::ScmRights(&fds));
    rustix::net::sendmsg(
        socket,
        &[IoSlice::new(b"m")],
        &mut control,
        SendFlags::empty(),
    )
    .map_err(failed("sending the pty"))?;
    Ok(())
}

/// Receives the pty master from the container; `None` if it closed the socket without one.
pub fn receive_master(socket: &OwnedFd) -> std::io::Result<Option<OwnedFd>> {
    let mut buf = [0u8; 1];
    let mut space = [MaybeUninit::uninit(); rustix::cmsg_space!(ScmRights(1))];
    let mut control = RecvAncillaryBuffer::new(&mut space);
    rustix::net::recvmsg(
        socket,
        &mut [IoSliceMut::new(&mut buf)],
        &mut control,
        RecvFlags::CMSG_CLOEXEC,
    )?;
    for msg in control.drain() {
        if let RecvAncillaryMessage::ScmRights(mut fds) = msg {
            return Ok(fds.next());
        }
    }
    Ok(None)
}

/// Puts the user's terminal in raw mode until dropped.
pub struct RawMode {
    saved: Option<rustix::termios::Termios>,
}

impl RawMode {
    pub fn enter(fd: BorrowedFd<'_>) -> RawMode {
        let Ok(saved) = rustix::termios::tcgetattr(fd) else {
            return RawMode { saved: None };
        };
        let mut raw = saved.clone();
        raw.make_raw();
        let _ = rustix::termios::tcsetattr(fd, rustix::termios::OptionalActions::Now, &raw);
        RawMode { saved: Some(saved) }
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if let Some(t) = &self.saved {
            let _ = rustix::termios::tcsetattr(
                rustix::stdio::stdin(),
                rustix::termios::OptionalActions::Now,
                t,
            );
        }
    }
}

fn copy_winsize(master: &OwnedFd) {
    if let Ok(ws) = rustix::termios::tcgetwinsize(rustix::stdio::stdin()) {
        let _ = rustix::termios::tcsetwinsize(master, ws);
    }
}

/// Relays between the user's terminal and the container's pty until `child` exits, forwarding
/// window-size changes and signals, and giving what the container prints to `sink` too (its
/// log). Returns the exit status.
pub fn relay(
    child: Pid,
    master: OwnedFd,
    interactive: bool,
    set: &SigSet,
    sink: &mut dyn FnMut(&[u8]),
) -> i32 {
    let stdin = rustix::stdio::stdin();
    let tty_in = rustix::termios::isatty(stdin);
    let _raw = (interactive && tty_in).then(|| RawMode::enter(stdin));
    copy_winsize(&master);
    let Ok(sfd) = SignalFd::with_flags(set, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK) else {
        return super::container::wait_forwarding(child, set);
    };
    let mut stdin_open = interactive;
    let mut master_open = true;
    let mut buf = [0u8; 32 * 1024];
    let mut status = None;
    loop {
        let mut fds = vec![PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
        if master_open {
            fds.push(PollFd::new(master.as_fd(), PollFlags::POLLIN));
        }
        if stdin_open {
            fds.push(PollFd::new(stdin, PollFlags::POLLIN));
        }
        let Some(ready) = super::relay::poll_round(&mut fds, status.is_some()) else {
            break;
        };
        drop(fds);
        // Slots as polled, before this round changes what is open.
        let stdin_slot = if master_open { 2 } else { 1 };
        if master_open && ready[1] {
            match nix::unistd::read(&master, &mut buf) {
                Ok(n) if n > 0 => {
                    let _ = rustix::io::write(rustix::stdio::stdout(), &buf[..n]);
                    sink(&buf[..n]);
                }
                Err(nix::Error::EAGAIN) | Err(nix::Error::EINTR) => {}
                // EIO: every slave is closed (the container is gone).
                _ => master_open = false,
            }
        }
        if stdin_open && ready.get(stdin_slot).copied().unwrap_or(false) {
            match nix::unistd::read(stdin, &mut buf) {
                Ok(n) if n > 0 => {
                    let _ = rustix::io::write(&master, &buf[..n]);
                }
                Err(nix::Error::EAGAIN) | Err(nix::Error::EINTR) => {}
                _ => stdin_open = false,
            }
        }
        if ready[0] {
            while let Ok(Some(info)) = sfd.read_signal() {
                match Signal::try_from(info.ssi_signo as i32) {
                    Ok(Signal::SIGCHLD) => {
                        status = status.or_else(|| super::container::reap(child))
                    }
                    Ok(Signal::SIGWINCH) => copy_winsize(&master),
                    Ok(s) => {
                        let _ = kill(child, s);
                    }
                    Err(_) => {}
                }
            }
        }
        if status.is_some() && !master_open {
            break;
        }
    }
    status.unwrap_or_else(|| super::container::wait_forwarding(child, set))
}
