//! What the kernel keeps per process and the container's flags set before its command runs:
//! `--ulimit`, `--umask`, `--oom-score-adj`, `--personality`, and the namespaced kernel
//! parameters of `--sysctl`. Parsed and checked here; `process::attrs` applies them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::namespaces::Namespaces;
#[cfg(test)]
use super::namespaces::NsMode;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AttrError {
    #[error(
        "file descriptor {0} is not available - the preserve-fds option requires that file descriptors must be passed"
    )]
    FdNotPassed(i32),
    #[error("invalid --ulimit {0:?}: want NAME=SOFT[:HARD] (NAME one of {names}), or host", names = RLIMITS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "))]
    Ulimit(String),
    #[error("invalid --ulimit {0:?}: the soft limit is above the hard one")]
    UlimitOrder(String),
    #[error("invalid umask string {0}: want 1 to 4 octal digits")]
    Umask(String),
    #[error("invalid --oom-score-adj {0}: it must be between -1000 and 1000")]
    OomScore(i32),
    #[error("invalid --personality {0:?}: want LINUX or LINUX32")]
    Personality(String),
    #[error("invalid timezone {0:?}: {1}")]
    Tz(String, String),
    #[error("invalid --sysctl {0:?}: want NAME=VALUE")]
    SysctlSyntax(String),
    #[error("sysctl '{0}' is not allowed")]
    SysctlNotAllowed(String),
    #[error("sysctl {name}={value} can't be set since {ns} Namespace set to host")]
    SysctlHostNamespace {
        name: String,
        value: String,
        ns: &'static str,
    },
}

/// The resource limits a container's processes may be given, by podman's names.
pub const RLIMITS: &[(&str, nix::sys::resource::Resource)] = {
    use nix::sys::resource::Resource as R;
    &[
        ("as", R::RLIMIT_AS),
        ("core", R::RLIMIT_CORE),
        ("cpu", R::RLIMIT_CPU),
        ("data", R::RLIMIT_DATA),
        ("fsize", R::RLIMIT_FSIZE),
        ("locks", R::RLIMIT_LOCKS),
        ("memlock", R::RLIMIT_MEMLOCK),
        ("msgqueue", R::RLIMIT_MSGQUEUE),
        ("nice", R::RLIMIT_NICE),
        ("nofile", R::RLIMIT_NOFILE),
        ("nproc", R::RLIMIT_NPROC),
        ("rss", R::RLIMIT_RSS),
        ("rtprio", R::RLIMIT_RTPRIO),
        ("rttime", R::RLIMIT_RTTIME),
        ("sigpending", R::RLIMIT_SIGPENDING),
        ("stack", R::RLIMIT_STACK),
    ]
};

/// `--ulimit NAME=SOFT[:HARD]`; `u64::MAX` is unlimited (`-1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ulimit {
    pub name: String,
    pub soft: u64,
    pub hard: u64,
}

impl Ulimit {
    pub fn resource(&self) -> nix::sys::resource::Resource {
        RLIMITS
            .iter()
            .find(|(n, _)| *n == self.name)
            .map(|(_, r)| *r)
            .expect("parsed ulimits have known names")
    }
}

/// The process attributes of a container, as recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcAttrs {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ulimits: Vec<Ulimit>,
    /// The umask of the container's processes (podman's default 0022).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub umask: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oom_score_adj: Option<i32>,
    /// `LINUX32`: the 32-bit execution domain (`uname -m` says i686).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personality: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sysctls: BTreeMap<String, String>,
    /// `--preserve-fds N`: descriptors 3 to 3+N-1 pass into the container's process.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub preserve_fds: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// `--preserve-fds N`, checked as podman checks it: every descriptor from 3 up to 3+N-1 must
/// have been passed by this command's caller, so none of gorae's own can take their place.
pub fn check_preserve_fds(n: u32) -> Result<u32, AttrError> {
    for fd in 3..3 + n as i32 {
        if !crate::sys::was_inherited(fd) {
            return Err(AttrError::FdNotPassed(fd));
        }
    }
    Ok(n)
}

/// podman's default umask.
pub const DEFAULT_UMASK: u32 = 0o022;

/// Parses `--ulimit` values; `host` (the limits gorae runs with, which a container inherits
/// anyway) adds nothing.
pub fn parse_ulimits(values: &[String]) -> Result<Vec<Ulimit>, AttrError> {
    let mut out: Vec<Ulimit> = Vec::new();
    for v in values {
        if v == "host" {
            continue;
        }
        let bad = || AttrError::Ulimit(v.clone());
        let (name, limits) = v.split_once('=').ok_or_else(bad)?;
        let name = name.trim().to_ascii_lowercase();
        if !RLIMITS.iter().any(|(n, _)| *n == name) {
            return Err(bad());
        }
        let num = |s: &str| -> Result<u64, AttrError> {
            match s.trim() {
                "-1" | "unlimited" => Ok(u64::MAX),
                n => n.parse::<u64>().map_err(|_| bad()),
            }
        };
        let (soft, hard) = match limits.split_once(':') {
            Some((s, h)) => (num(s)?, num(h)?),
            None => (num(limits)?, num(limits)?),
        };
        if soft > hard {
            return Err(AttrError::UlimitOrder(v.clone()));
        }
        out.retain(|u| u.name != name);
        out.push(Ulimit { name, soft, hard });
    }
    Ok(out)
}

/// `--umask` (and containers.conf's `umask`): an octal mode.
pub fn parse_umask(v: &str) -> Result<u32, AttrError> {
    if v.is_empty() || v.len() > 4 || !v.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return Err(AttrError::Umask(v.to_string()));
    }
    u32::from_str_radix(v, 8)
        .ok()
        .filter(|m| *m <= 0o777)
        .ok_or_else(|| AttrError::Umask(v.to_string()))
}

pub fn check_oom_score_adj(v: i32) -> Result<i32, AttrError> {
    if (-1000..=1000).contains(&v) {
        Ok(v)
    } else {
        Err(AttrError::OomScore(v))
    }
}

pub fn parse_personality(v: &str) -> Result<String, AttrError> {
    match v.to_ascii_uppercase().as_str() {
        p @ ("LINUX" | "LINUX32") => Ok(p.to_string()),
        _ => Err(AttrError::Personality(v.to_string())),
    }
}

/// The kernel parameters a container may set, being namespaced, as podman allows them:
/// System V IPC's and POSIX message queues' (its IPC namespace) and the network's (its
/// network namespace). (The host name is `--hostname`'s.)
const IPC_SYSCTLS: &[&str] = &[
    "kernel.msgmax",
    "kernel.msgmnb",
    "kernel.msgmni",
    "kernel.sem",
    "kernel.shmall",
    "kernel.shmmax",
    "kernel.shmmni",
    "kernel.shm_rmid_forced",
];

/// Parses `--sysctl NAME=VALUE`s and refuses those no namespace of the container's own
/// holds. `host_net`: the container shares a network namespace it doesn't own.
pub fn parse_sysctls(
    values: &[String],
    ns: &Namespaces,
    host_net: bool,
) -> Result<BTreeMap<String, String>, AttrError> {
    let mut out = BTreeMap::new();
    for v in values {
        let (name, value) = v
            .split_once('=')
            .filter(|(n, _)| !n.trim().is_empty())
            .ok_or_else(|| AttrError::SysctlSyntax(v.clone()))?;
        // `net/ipv4/ping_group_range` is the same parameter as `net.ipv4.ping_group_range`.
        let name = name.trim().replace('/', ".");
        let host = |ns: &'static str| AttrError::SysctlHostNamespace {
            name: name.clone(),
            value: value.to_string(),
            ns,
        };
        if IPC_SYSCTLS.contains(&name.as_str()) || name.starts_with("fs.mqueue.") {
            if ns.ipc.is_host() {
                return Err(host("IPC"));
            }
        } else if name.starts_with("net.") {
            if host_net {
                return Err(host("Network"));
            }
        } else {
            return Err(AttrError::SysctlNotAllowed(name));
        }
        out.insert(name, value.to_string());
    }
    Ok(out)
}

/// `--tz`: `local` (the host's /etc/localtime) or a zone under /usr/share/zoneinfo.
pub fn zone_file(tz: &str) -> std::path::PathBuf {
    if tz == "local" {
        std::path::PathBuf::from("/etc/localtime")
    } else {
        std::path::Path::new("/usr/share/zoneinfo").join(tz)
    }
}

/// Checks a `--tz` value: a zone file the host has (podman reads the host's zone database).
pub fn check_tz(tz: &str) -> Result<String, AttrError> {
    let bad = |why: &str| AttrError::Tz(tz.to_string(), why.to_string());
    if tz.is_empty() || tz.split('/').any(|p| p == ".." || p.is_empty()) && tz != "local" {
        return Err(bad("not a time zone name"));
    }
    match std::fs::metadata(zone_file(tz)) {
        Ok(m) if m.is_dir() => Err(bad("is a directory")),
        Ok(_) => Ok(tz.to_string()),
        Err(e) => Err(bad(&format!("{}: {e}", zone_file(tz).display()))),
    }
}

/// The `/proc/sys` file of a parameter.
pub fn sysctl_path(name: &str) -> String {
    format!("/proc/sys/{}", name.replace('.', "/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulimits_parse_as_podman_takes_them() {
        let u =
            parse_ulimits(&["nofile=1024:2048".into(), "nproc=-1".into(), "host".into()]).unwrap();
        assert_eq!(
            u,
            vec![
                Ulimit {
                    name: "nofile".into(),
                    soft: 1024,
                    hard: 2048
                },
                Ulimit {
                    name: "nproc".into(),
                    soft: u64::MAX,
                    hard: u64::MAX
                }
            ]
        );
        assert!(parse_ulimits(&["nofile".into()]).is_err());
        assert!(parse_ulimits(&["bogus=1".into()]).is_err());
        assert_eq!(
            parse_ulimits(&["nofile=10:5".into()]),
            Err(AttrError::UlimitOrder("nofile=10:5".into()))
        );
    }

    #[test]
    fn umask_oom_and_personality_are_checked() {
        assert_eq!(parse_umask("0077"), Ok(0o077));
        assert_eq!(parse_umask("22"), Ok(0o022));
        assert!(parse_umask("0999").is_err());
        assert!(parse_umask("999a").is_err());
        assert!(parse_umask("10000").is_err());
        assert!(parse_umask("1777").is_err());
        assert!(check_oom_score_adj(1001).is_err());
        assert_eq!(check_oom_score_adj(-1000), Ok(-1000));
        assert_eq!(parse_personality("linux32"), Ok("LINUX32".into()));
        assert!(parse_personality("bsd").is_err());
    }

    #[test]
    fn only_namespaced_sysctls_pass() {
        let ns = Namespaces::default();
        let s = parse_sysctls(
            &["net.ipv4.ip_forward=1".into(), "kernel.shmmax=1000".into()],
            &ns,
            false,
        )
        .unwrap();
        assert_eq!(s["net.ipv4.ip_forward"], "1");
        assert_eq!(
            parse_sysctls(&["kernel.panic=1".into()], &ns, false),
            Err(AttrError::SysctlNotAllowed("kernel.panic".into()))
        );
        assert!(matches!(
            parse_sysctls(&["net.ipv4.ip_forward=1".into()], &ns, true),
            Err(AttrError::SysctlHostNamespace { ns: "Network", .. })
        ));
        let host_ipc = Namespaces {
            ipc: NsMode::Host,
            ..Default::default()
        };
        assert!(parse_sysctls(&["fs.mqueue.msg_max=20".into()], &host_ipc, false).is_err());
        assert_eq!(
            sysctl_path("net.ipv4.ping_group_range"),
            "/proc/sys/net/ipv4/ping_group_range"
        );
    }
}
