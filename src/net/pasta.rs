//! pasta (Debian's `passt` package): connects the container's new network namespace to the
//! host with user-mode networking, and publishes ports. It is started once the container's
//! namespaces exist and before its command runs, and stopped when the container ends.

use std::path::{Path, PathBuf};

use std::process::{Command, Stdio};

use super::NetError;
use super::ports::{PortMapping, pasta_spec};

pub fn find() -> Option<PathBuf> {
    super::find_helper("pasta")
}

pub const MISSING: &str = "pasta not found: install the passt package for container networking, or use --network host or --network none";

/// Connects the network namespace of `pid`; pasta puts itself in the background once the
/// namespace is configured and writes its PID to `pidfile`.
/// `extra` are the options of `--network pasta:OPT,…`, passed on as they are.
pub fn start(
    pid: i32,
    ports: &[PortMapping],
    extra: &[String],
    pidfile: &Path,
) -> Result<(), NetError> {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    let pasta = find().ok_or_else(|| NetError::Failed(MISSING.to_string()))?;
    // pasta can't open another process's namespaces once it has dropped its privileges, so it
    // gets the network namespace as an inherited descriptor, opened here.
    let netns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
        .map_err(|e| NetError::Failed(format!("opening the container's network namespace: {e}")))?;
    nix::fcntl::fcntl(
        &netns,
        nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()),
    )
    .map_err(|e| NetError::Failed(e.to_string()))?;
    let log_path = pidfile.with_file_name("pasta.log");
    let log = std::fs::File::create(&log_path)
        .map_err(|e| NetError::Failed(format!("{}: {e}", log_path.display())))?;
    crate::log::info(format_args!("starting pasta for PID {pid}"));
    // Debian ships an AVX2 build beside pasta, which pasta re-executes on such CPUs; going
    // there directly saves that second exec. argv[0] stays `pasta`, which selects pasta mode.
    let binary = avx2_build(&pasta).unwrap_or_else(|| pasta.clone());
    let out = Command::new(binary)
        .arg0(&pasta)
        .args(["--config-net", "--quiet"])
        .args([
            "-t",
            &pasta_spec(ports, "tcp"),
            "-u",
            &pasta_spec(ports, "udp"),
        ])
        // No forwarding from the container to the host's own loopback-bound ports.
        .args(["-T", "none", "-U", "none"])
        // Started as root (in gorae's user namespace, or real root), pasta would switch to
        // "nobody" and lose access to the container's namespaces.
        .args(if nix::unistd::Uid::effective().is_root() {
            &["--runas", "0:0"][..]
        } else {
            &[][..]
        })
        .args(extra)
        .arg("-P")
        .arg(pidfile)
        .arg("--netns")
        .arg(format!("/proc/self/fd/{}", netns.as_raw_fd()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        // A file, not a pipe: the daemonized pasta keeps its stderr open for good.
        .stderr(Stdio::from(
            log.try_clone()
                .map_err(|e| NetError::Failed(e.to_string()))?,
        ))
        .status()
        .map_err(|e| NetError::Failed(format!("running pasta: {e}")))?;
    if !out.success() {
        let text = std::fs::read_to_string(&log_path).unwrap_or_default();
        let msg: Vec<&str> = text.lines().filter(|l| !l.contains("syslog")).collect();
        return Err(NetError::Failed(format!(
            "pasta failed ({out}): {}",
            msg.join("; ")
        )));
    }
    Ok(())
}

/// `pasta.avx2` beside `pasta`, when this CPU can run it.
fn avx2_build(pasta: &Path) -> Option<PathBuf> {
    #[cfg(target_arch = "x86_64")]
    {
        let avx2 = pasta.with_file_name(format!("{}.avx2", pasta.file_name()?.to_str()?));
        (std::arch::is_x86_feature_detected!("avx2") && avx2.is_file()).then_some(avx2)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = pasta;
        None
    }
}

/// Stops the pasta of a container (if its PID file names a live pasta). pasta holds no state
/// worth a clean shutdown, and ignores SIGTERM.
pub fn stop(pidfile: &Path, wait: super::Wait) {
    super::kill_helper(pidfile, "pasta", wait);
}

/// The host's default IPv4 gateway, which pasta maps to the host itself
/// (`host.containers.internal`).
pub fn default_gateway() -> Option<std::net::Ipv4Addr> {
    let routes = std::fs::read_to_string("/proc/net/route").ok()?;
    routes.lines().skip(1).find_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() > 2 && f[1] == "00000000" {
            let g = u32::from_str_radix(f[2], 16).ok()?;
            Some(std::net::Ipv4Addr::from(g.to_le_bytes()))
        } else {
            None
        }
    })
}
