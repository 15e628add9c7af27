//! `--init`: the container's PID 1 stays gorae (already in memory, confined like the command,
//! never dumpable) while the command runs as its child. It forwards signals, reaps every orphan
//! the PID namespace hands it, and exits with the command's status — what catatonit or tini do
//! for podman, without a binary to put into the image.

use nix::sys::signal::{SigSet, SigmaskHow, Signal, kill};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

use crate::sys::{self, Forked};

/// Forks. The child returns (and goes on to `execve` the command); this process becomes the
/// init and never returns. Its copy of the report pipe is closed, so the child's exec alone
/// ends the report.
pub fn become_init() {
    let mut set = SigSet::all();
    set.remove(Signal::SIGKILL);
    set.remove(Signal::SIGSTOP);
    let Ok(old) = set.thread_swap_mask(SigmaskHow::SIG_BLOCK) else {
        return;
    };
    let child = match sys::fork() {
        Ok(Forked::Child) => {
            let _ = old.thread_set_mask();
            return;
        }
        Ok(Forked::Parent(pid)) => pid,
        // No init then: the command becomes PID 1 itself.
        Err(_) => {
            let _ = old.thread_set_mask();
            return;
        }
    };
    let _ = sys::close_fds_except(-1);
    sys::exit_now(reap_until(child, &set));
}

fn reap_until(child: Pid, set: &SigSet) -> i32 {
    loop {
        let Ok(sig) = set.wait() else { continue };
        if sig != Signal::SIGCHLD {
            let _ = kill(child, sig);
            continue;
        }
        loop {
            match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::Exited(pid, code)) if pid == child => return code,
                Ok(WaitStatus::Signaled(pid, s, _)) if pid == child => return 128 + s as i32,
                Ok(WaitStatus::StillAlive) | Err(_) => break,
                Ok(_) => continue,
            }
        }
    }
}
