//! Container networking: the network modes, published ports, the user-mode helpers (pasta,
//! slirp4netns) that connect a container's network namespace to the host's, and user-defined
//! networks.

pub mod etc;
pub mod network;
pub mod pasta;
pub mod ports;
pub mod slirp;

use std::path::{Path, PathBuf};

use crate::runtime::spec::NetworkMode;

/// Why networking failed, typed: the engine maps it onto its own error.
#[derive(Debug, thiserror::Error)]
pub enum NetError {
    #[error("unable to find network with name or ID {0}: network not found")]
    NotFound(String),
    #[error("network name {0} already used: network already exists")]
    Exists(String),
    /// A value the user gave: a mode, a port, a subnet, a helper's option.
    #[error("{0}")]
    Invalid(String),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A helper (ip, pasta, slirp4netns) or a system call failed; the text says which.
    #[error("{0}")]
    Failed(String),
}

impl NetError {
    pub fn io(path: &Path, source: std::io::Error) -> NetError {
        NetError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// `--network` as the user wrote it: the mode, the helper's options (`pasta:OPTS`,
/// `slirp4netns:OPTS`), and the target (`container:NAME`, `ns:PATH`, a network's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkArg {
    pub mode: NetworkMode,
    pub options: Vec<String>,
    pub target: Option<String>,
}

/// Parses `--network`. A name that is no mode is a user-defined network (checked to exist
/// later, when the store is open).
pub fn parse_mode(s: &str) -> Result<NetworkArg, NetError> {
    let (kind, rest) = match s.split_once(':') {
        Some((k, r)) => (k, Some(r)),
        None => (s, None),
    };
    let opts = |r: Option<&str>| -> Vec<String> {
        r.map(|r| {
            r.split(',')
                .filter(|o| !o.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
    };
    let arg = |mode, options, target| NetworkArg {
        mode,
        options,
        target,
    };
    let needs =
        |what: &str| NetError::Invalid(format!("invalid --network {s:?}: {kind}: needs {what}"));
    Ok(match (kind, rest) {
        ("none", None) => arg(NetworkMode::None, vec![], None),
        ("host", None) => arg(NetworkMode::Host, vec![], None),
        // private and bridge are podman's names for "a namespace of its own", which rootless
        // is the default helper's.
        ("private" | "bridge", None) => arg(default_mode(), vec![], None),
        ("pasta", r) => arg(NetworkMode::Pasta, opts(r), None),
        ("slirp4netns", r) => {
            let o = opts(r);
            slirp::parse_options(&o)?;
            arg(NetworkMode::Slirp4netns, o, None)
        }
        ("container", Some(t)) if !t.is_empty() => {
            arg(NetworkMode::Container, vec![], Some(t.to_string()))
        }
        ("container", _) => return Err(needs("a container's name or ID")),
        ("ns", Some(p)) if p.starts_with('/') => arg(NetworkMode::Ns, vec![], Some(p.to_string())),
        ("ns", _) => return Err(needs("an absolute path to a network namespace")),
        (name, None) if crate::runtime::names::valid_name(name) => {
            arg(NetworkMode::Bridge, vec![], Some(name.to_string()))
        }
        // A user-defined network with podman's per-network options.
        (name, Some(r)) if crate::runtime::names::valid_name(name) => {
            let o = opts(Some(r));
            for kv in &o {
                let key = kv.split_once('=').map(|(k, _)| k);
                if !matches!(key, Some("ip" | "ip6" | "alias" | "mac" | "interface_name")) {
                    return Err(NetError::Invalid(format!(
                        "invalid --network {s:?}: {kv}: want ip=, ip6=, alias=, mac= or interface_name="
                    )));
                }
            }
            arg(NetworkMode::Bridge, o, Some(name.to_string()))
        }
        _ => {
            return Err(NetError::Invalid(format!(
                "invalid --network {s:?}: want none, host, pasta[:OPTS], slirp4netns[:OPTS], container:NAME, ns:PATH or a network's name"
            )));
        }
    })
}

/// A MAC address as `--mac-address` takes it: six hex bytes joined by colons.
pub fn valid_mac(mac: &str) -> bool {
    mac.split(':').count() == 6
        && mac
            .split(':')
            .all(|b| b.len() == 2 && u8::from_str_radix(b, 16).is_ok())
}

/// The default for rootless containers: pasta when installed, else slirp4netns (as podman 5).
pub fn default_mode() -> NetworkMode {
    if pasta::find().is_none() && find_helper("slirp4netns").is_some() {
        NetworkMode::Slirp4netns
    } else {
        NetworkMode::Pasta
    }
}

/// The error to give when the helper a mode needs is not installed.
pub fn missing_helper(mode: NetworkMode) -> Option<&'static str> {
    match mode {
        NetworkMode::Pasta | NetworkMode::Bridge if pasta::find().is_none() => Some(pasta::MISSING),
        NetworkMode::Slirp4netns if find_helper("slirp4netns").is_none() => Some(slirp::MISSING),
        _ => None,
    }
}

/// A helper program on `PATH` (or in /usr/bin, /usr/sbin when `PATH` is bare).
pub fn find_helper(name: &str) -> Option<PathBuf> {
    // `--network-cmd-path`: the helper of that name (pasta, or slirp4netns) is that file.
    if let Some(given) = std::env::var_os("GORAE_NETWORK_CMD_PATH").map(PathBuf::from)
        && given
            .file_name()
            .is_some_and(|f| f.to_string_lossy().starts_with(name))
    {
        return Some(given).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
    std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/bin"), PathBuf::from("/usr/sbin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Kills the helper whose PID `pidfile` holds, if that process still is one (its `comm`
/// starts with `comm`; pasta's is also `passt…`). Helpers hold no state worth a clean shutdown.
fn kill_helper(pidfile: &Path, comm: &str, wait: Wait) {
    let Some(pid) = std::fs::read_to_string(pidfile)
        .ok()
        .and_then(|s| s.trim().parse::<i32>().ok())
    else {
        return;
    };
    let actual = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    let ours = actual.starts_with(comm) || (comm == "pasta" && actual.starts_with("passt"));
    if ours {
        // Until it is really gone the helper holds the published ports, and a restart (or the
        // next `run -p`) would fail to bind them.
        let wait = match wait {
            Wait::Always => true,
            Wait::ForPorts => comm != "pasta" || pasta_publishes(pid),
        };
        let pidfd = if wait {
            rustix::process::Pid::from_raw(pid).and_then(|p| {
                rustix::process::pidfd_open(p, rustix::process::PidfdFlags::empty()).ok()
            })
        } else {
            None
        };
        let pid = nix::unistd::Pid::from_raw(pid);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
        // slirp4netns is our child when we started it: reap it (ECHILD at once otherwise).
        let _ = nix::sys::wait::waitpid(pid, None);
        if let Some(fd) = pidfd {
            // The pidfd turns readable when the process has exited, ports released.
            use std::os::fd::AsFd;
            let mut fds = [nix::poll::PollFd::new(
                fd.as_fd(),
                nix::poll::PollFlags::POLLIN,
            )];
            let _ = nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(2000u16));
        } else if wait {
            for _ in 0..400 {
                if crate::sys::procfs::start_time(pid.as_raw()).is_none() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
    }
    let _ = std::fs::remove_file(pidfile);
}

/// Whether the pasta with this PID forwards any port (`-t`/`-u` with anything but `none`).
fn pasta_publishes(pid: i32) -> bool {
    let Ok(cmdline) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
        return true;
    };
    publishes_ports(cmdline.split(|b| *b == 0).map(|a| a.to_vec()))
}

fn publishes_ports(args: impl Iterator<Item = Vec<u8>>) -> bool {
    // pasta parses with getopt_long: `-t X`, `-tX`, `--tcp-ports X`, `--tcp-ports=X`, and long
    // options abbreviated (`--tcp X`). Anything unclear counts as publishing: waiting is safe.
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        let value = match a.as_slice() {
            b"-t" | b"-u" => args.next(),
            long if long.starts_with(b"--tcp") || long.starts_with(b"--udp") => {
                match long.iter().position(|b| *b == b'=') {
                    Some(eq) => Some(long[eq + 1..].to_vec()),
                    None => args.next(),
                }
            }
            short if short.starts_with(b"-t") || short.starts_with(b"-u") => {
                Some(short[2..].to_vec())
            }
            _ => None,
        };
        if value.is_some_and(|v| v != b"none") {
            return true;
        }
    }
    false
}

/// Whether stopping a helper waits until it has exited.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Always: `stop`, `rm` and the monitor return with nothing of the container left running.
    Always,
    /// Only while it holds published ports. A foreground `run` or a build step does not wait
    /// for a port-less pasta's teardown (25-45 ms here), which would only delay the command.
    ForPorts,
}

/// Stops whatever helper a container has: `userdata` is its userdata directory.
pub fn stop_helpers(userdata: &Path) {
    stop_helpers_waiting(userdata, Wait::Always);
}

pub fn stop_helpers_waiting(userdata: &Path, wait: Wait) {
    pasta::stop(&userdata.join("pasta.pid"), wait);
    slirp::stop(&userdata.join("slirp4netns.pid"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_pasta_that_forwards_ports_is_waited_for() {
        let args = |s: &str| {
            s.split(' ')
                .map(|a| a.as_bytes().to_vec())
                .collect::<Vec<_>>()
        };
        assert!(!publishes_ports(
            args("pasta --config-net -t none -u none -T none -U none").into_iter()
        ));
        assert!(publishes_ports(
            args("pasta -t 127.0.0.1/8080-8080:80 -u none").into_iter()
        ));
        assert!(publishes_ports(
            args("pasta -t none --udp-ports=53").into_iter()
        ));
        for glued in ["-t8080", "--tcp 8080", "--udp=53"] {
            let line = format!("pasta -t none -u none {glued}");
            assert!(publishes_ports(args(&line).into_iter()), "{line}");
        }
    }

    #[test]
    fn network_modes_parse_like_podman() {
        let m = |s: &str| parse_mode(s).unwrap();
        assert_eq!(m("none").mode, NetworkMode::None);
        assert_eq!(m("host").mode, NetworkMode::Host);
        let p = m("pasta:--ipv4-only,-T,8000");
        assert_eq!(p.mode, NetworkMode::Pasta);
        assert_eq!(p.options, ["--ipv4-only", "-T", "8000"]);
        let s = m("slirp4netns:mtu=1500");
        assert_eq!(
            (s.mode, s.options),
            (NetworkMode::Slirp4netns, vec!["mtu=1500".into()])
        );
        assert_eq!(m("container:web").target.as_deref(), Some("web"));
        assert_eq!(m("ns:/run/netns/x").mode, NetworkMode::Ns);
        let b = m("backend");
        assert_eq!(
            (b.mode, b.target.as_deref()),
            (NetworkMode::Bridge, Some("backend"))
        );
        let b = m("backend:ip=10.89.0.5,alias=db");
        assert_eq!(b.options, ["ip=10.89.0.5", "alias=db"]);
        for bad in [
            "container:",
            "ns:relative",
            "slirp4netns:bogus=1",
            "x:y",
            "backend:bogus=1",
            "bad name!",
        ] {
            assert!(parse_mode(bad).is_err(), "{bad}");
        }
    }
}
