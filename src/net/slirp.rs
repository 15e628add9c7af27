//! slirp4netns: the fallback helper when pasta is missing, or `--network slirp4netns[:opts]`.
//! It runs in the foreground as a child of the process that launched the container (the
//! monitor, or a foreground `run`) and exits when that process goes (`--exit-fd`), so it
//! cannot outlive the container even if the monitor is killed. Ports are published through
//! its API socket.

use std::io::{BufRead, Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::Path;
use std::process::{Command, Stdio};

use super::NetError;
use super::ports::PortMapping;

pub const MISSING: &str = "slirp4netns not found: install the slirp4netns package (or passt for pasta, the default), or use --network host or --network none";

/// The address slirp4netns gives the container with `--configure` (10.0.2.0/24).
pub const GUEST: &str = "10.0.2.100";
/// The gateway, which reaches the host's loopback only with `allow_host_loopback=true`.
pub const GATEWAY: &str = "10.0.2.2";
/// The built-in DNS forwarder.
pub const DNS: &str = "10.0.2.3";

/// `--network slirp4netns:opt=value,…`, podman's option names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub mtu: u32,
    pub allow_host_loopback: bool,
    pub enable_ipv6: bool,
    /// `--mac-address`.
    pub mac: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        // A large MTU is most of slirp4netns's throughput (podman uses the same).
        Options {
            mtu: 65520,
            allow_host_loopback: false,
            enable_ipv6: false,
            mac: None,
        }
    }
}

pub fn parse_options(opts: &[String]) -> Result<Options, NetError> {
    let mut o = Options::default();
    let flag = |k: &str, v: &str| match v {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(NetError::Invalid(format!(
            "invalid slirp4netns option {k}={v:?}: want true or false"
        ))),
    };
    for opt in opts {
        let (k, v) = opt.split_once('=').unwrap_or((opt, "true"));
        match k {
            "mtu" => {
                o.mtu = v
                    .parse()
                    .ok()
                    .filter(|m| (68..=65521).contains(m))
                    .ok_or_else(|| {
                        NetError::Invalid(format!("invalid slirp4netns option mtu={v:?}"))
                    })?
            }
            "allow_host_loopback" => o.allow_host_loopback = flag(k, v)?,
            "enable_ipv6" => o.enable_ipv6 = flag(k, v)?,
            // Set from --mac-address (checked there).
            "mac" => o.mac = Some(v.to_string()),
            // The only port handler gorae has; podman's other one is rootlesskit.
            "port_handler" if v == "slirp4netns" => {}
            _ => {
                return Err(NetError::Invalid(format!(
                    "unsupported slirp4netns option {opt:?}: gorae knows mtu, allow_host_loopback, enable_ipv6 and port_handler=slirp4netns"
                )));
            }
        }
    }
    Ok(o)
}

/// Connects the network namespace of `pid` and publishes `ports`. The PID goes to `pidfile`;
/// the API socket is created next to it.
pub fn start(
    pid: i32,
    ports: &[PortMapping],
    opts: &Options,
    pidfile: &Path,
) -> Result<(), NetError> {
    let slirp =
        super::find_helper("slirp4netns").ok_or_else(|| NetError::Failed(MISSING.to_string()))?;
    let inherit = |fd: &dyn AsFd| {
        nix::fcntl::fcntl(
            fd.as_fd(),
            nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()),
        )
        .map(drop)
        .map_err(|e| NetError::Failed(e.to_string()))
    };
    let cloexec = || {
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
            .map_err(|e| NetError::Failed(e.to_string()))
    };
    let netns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
        .map_err(|e| NetError::Failed(format!("opening the container's network namespace: {e}")))?;
    let dir = pidfile.parent().unwrap_or(Path::new("."));
    // The socket path must fit in 108 bytes, which the store's paths may not: name it
    // through a descriptor of its directory instead.
    let dirfd = std::fs::File::open(dir)
        .map_err(|e| NetError::Failed(format!("{}: {e}", dir.display())))?;
    let socket = dir.join("slirp4netns.sock");
    let _ = std::fs::remove_file(&socket);
    let socket_short = format!("/proc/self/fd/{}/slirp4netns.sock", dirfd.as_raw_fd());
    let (ready_r, ready_w) = cloexec()?;
    let (exit_r, exit_w) = cloexec()?;
    for fd in [&netns as &dyn AsFd, &dirfd, &ready_w, &exit_r] {
        inherit(fd)?;
    }
    let log_path = dir.join("slirp4netns.log");
    let log = std::fs::File::create(&log_path)
        .map_err(|e| NetError::Failed(format!("{}: {e}", log_path.display())))?;
    let mut cmd = Command::new(slirp);
    cmd.arg("--configure")
        .arg(format!("--mtu={}", opts.mtu))
        .args((!opts.allow_host_loopback).then_some("--disable-host-loopback"))
        .args(opts.enable_ipv6.then_some("--enable-ipv6"))
        .args(opts.mac.as_ref().map(|m| format!("--macaddress={m}")))
        .args(["--enable-sandbox", "--enable-seccomp"])
        .arg(format!("--ready-fd={}", ready_w.as_raw_fd()))
        .arg(format!("--exit-fd={}", exit_r.as_raw_fd()))
        .arg(format!("--api-socket={socket_short}"))
        .arg("--netns-type=path")
        .arg(format!("/proc/self/fd/{}", netns.as_raw_fd()))
        .arg("tap0")
        .stdin(Stdio::null())
        .stdout(Stdio::from(
            log.try_clone()
                .map_err(|e| NetError::Failed(format!("{e}")))?,
        ))
        .stderr(Stdio::from(log));
    crate::log::info(format_args!("starting slirp4netns for PID {pid}"));
    crate::log::debug(format_args!("{cmd:?}"));
    let child = cmd
        .spawn()
        .map_err(|e| NetError::Failed(format!("running slirp4netns: {e}")))?;
    drop((ready_w, exit_r, netns));
    // Without its PID file nothing could stop it: that is a failed start.
    if let Err(e) =
        crate::store::fsutil::write_atomic(pidfile, format!("{}\n", child.id()).as_bytes())
    {
        let mut child = child;
        let _ = child.kill();
        let _ = child.wait();
        return Err(NetError::io(pidfile, e));
    }
    let mut ready = std::fs::File::from(ready_r);
    let mut b = [0u8; 1];
    if ready.read_exact(&mut b).is_err() {
        let text = std::fs::read_to_string(&log_path).unwrap_or_default();
        stop(pidfile);
        return Err(NetError::Failed(format!(
            "slirp4netns failed: {}",
            text.trim().replace('\n', "; ")
        )));
    }
    // Kept open for as long as this process lives: closing it tells slirp4netns to exit.
    leak(exit_w);
    for p in ports {
        for i in 0..p.count {
            if let Err(e) = add_hostfwd(&socket_short, p, i) {
                stop(pidfile);
                return Err(NetError::Failed(format!(
                    "publishing port {} with slirp4netns: {e}",
                    p.host_port + i
                )));
            }
        }
    }
    Ok(())
}

/// The write end of the last slirp4netns's exit pipe, kept open by this process (-1: none).
static EXIT_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

fn leak(fd: OwnedFd) {
    use std::os::fd::IntoRawFd;
    EXIT_FD.store(fd.into_raw_fd(), std::sync::atomic::Ordering::Relaxed);
}

/// The descriptor whose closing tells this process's slirp4netns to exit; the monitor hands it
/// to the keeper, which holds it in turn.
pub fn exit_fd() -> Option<std::os::fd::BorrowedFd<'static>> {
    crate::sys::held_fd(EXIT_FD.load(std::sync::atomic::Ordering::Relaxed))
}

fn add_hostfwd(socket: &str, p: &PortMapping, i: u16) -> Result<(), NetError> {
    let mut s = std::os::unix::net::UnixStream::connect(socket)
        .map_err(|e| NetError::Failed(e.to_string()))?;
    let req = serde_json::json!({
        "execute": "add_hostfwd",
        "arguments": {
            "proto": p.protocol,
            "host_addr": p.host_ip.as_deref().unwrap_or("0.0.0.0"),
            "host_port": p.host_port + i,
            "guest_addr": GUEST,
            "guest_port": p.container_port + i,
        }
    });
    s.write_all(req.to_string().as_bytes())
        .map_err(|e| NetError::Failed(e.to_string()))?;
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut reply = String::new();
    std::io::BufReader::new(s)
        .read_line(&mut reply)
        .map_err(|e| NetError::Failed(e.to_string()))?;
    let v: serde_json::Value = serde_json::from_str(reply.trim())
        .map_err(|_| NetError::Failed(format!("unexpected reply {reply:?}")))?;
    match v.get("error") {
        Some(e) => Err(NetError::Failed(
            e.get("desc")
                .and_then(|d| d.as_str())
                .unwrap_or("refused")
                .to_string(),
        )),
        None => Ok(()),
    }
}

/// Stops the slirp4netns of a container, if its PID file names a live one.
pub fn stop(pidfile: &Path) {
    super::kill_helper(pidfile, "slirp4netns", super::Wait::Always);
    let _ = std::fs::remove_file(pidfile.with_file_name("slirp4netns.sock"));
}

/// The address that reaches the host from inside (`host.containers.internal`): the gateway
/// when it maps to the host's loopback, else the host's own address on its default route.
pub fn host_address(opts: &[String]) -> Option<std::net::Ipv4Addr> {
    if parse_options(opts).is_ok_and(|o| o.allow_host_loopback) {
        return GATEWAY.parse().ok();
    }
    let gw = super::pasta::default_gateway()?;
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect((gw, 9)).ok()?;
    match s.local_addr().ok()?.ip() {
        std::net::IpAddr::V4(a) => Some(a),
        std::net::IpAddr::V6(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_like_podman() {
        assert_eq!(parse_options(&[]).unwrap(), Options::default());
        let o = parse_options(&[
            "mtu=1500".into(),
            "allow_host_loopback=true".into(),
            "enable_ipv6".into(),
            "port_handler=slirp4netns".into(),
        ])
        .unwrap();
        assert_eq!(o.mtu, 1500);
        assert!(o.allow_host_loopback && o.enable_ipv6);
        assert!(parse_options(&["mtu=9".into()]).is_err());
        assert!(parse_options(&["port_handler=rootlesskit".into()]).is_err());
        assert!(parse_options(&["cidr=10.1.0.0/24".into()]).is_err());
        assert!(parse_options(&["enable_ipv6=maybe".into()]).is_err());
    }
}
