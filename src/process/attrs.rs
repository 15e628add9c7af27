//! Setting the container's process attributes (`runtime::proc_attrs`) in the child: kernel
//! parameters while it still sees the host's /proc, the rest just before exec.

use std::collections::BTreeMap;

use super::launch::{PrivilegeError, call};
use crate::runtime::proc_attrs::{self, ProcAttrs};

/// `--sysctl`: written through /proc/sys, which resolves them in the namespaces this
/// process is in (its own network and IPC ones by now).
pub fn write_sysctls(sysctls: &BTreeMap<String, String>) -> Result<(), PrivilegeError> {
    for (name, value) in sysctls {
        std::fs::write(proc_attrs::sysctl_path(name), value)
            .map_err(call(format!("--sysctl {name}={value}")))?;
    }
    Ok(())
}

/// `--oom-score-adj`, in the container's first process (the others inherit it). Its
/// /proc files are writable only while it is dumpable: `alone` (in a PID namespace of its
/// own, where nothing else runs yet) it becomes so until the caller makes it not dumpable
/// again before exec. Rootless, the kernel refuses a score below gorae's own.
pub fn write_oom_score_adj(score: i32, alone: bool) -> Result<(), PrivilegeError> {
    if alone {
        let _ = nix::sys::prctl::set_dumpable(true);
    }
    std::fs::write("/proc/self/oom_score_adj", score.to_string()).map_err(|e| {
        let own = std::fs::read_to_string("/proc/self/oom_score_adj").unwrap_or_default();
        PrivilegeError::Call {
            what: format!(
                "--oom-score-adj {score} (rootless, it can't be below gorae's own, {})",
                own.trim()
            ),
            source: Box::new(e),
        }
    })
}

/// `--ulimit`, `--umask`, `--personality`: inherited by what the process execs. Rootless,
/// a limit above the hard one gorae has is refused by the kernel, and the container does
/// not start.
pub fn apply(a: &ProcAttrs) -> Result<(), PrivilegeError> {
    for u in &a.ulimits {
        let limit = |v: u64| {
            if v == u64::MAX {
                nix::libc::RLIM_INFINITY
            } else {
                v
            }
        };
        nix::sys::resource::setrlimit(u.resource(), limit(u.soft), limit(u.hard))
            .map_err(call(format!("--ulimit {}={}:{}", u.name, u.soft, u.hard)))?;
    }
    if let Some(m) = a.umask {
        nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(m));
    }
    if a.personality.as_deref() == Some("LINUX32") {
        // PER_LINUX32, which nix names no constant for.
        let per = nix::sys::personality::Persona::from_bits_retain(0x0008);
        nix::sys::personality::set(per).map_err(call("--personality LINUX32"))?;
    }
    Ok(())
}
