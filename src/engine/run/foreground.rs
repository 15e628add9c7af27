//! Starting a created container in the foreground: its cgroup, its launch description (the
//! /etc files, networks and namespaces it joins), then spawning and waiting for it.

use std::path::PathBuf;

use super::network::{join_networks, refresh_network_hosts, write_etc_files};
use super::{LaunchConfig, SdNotify};
use crate::engine::logs::{LogWriter, Stream};
use crate::engine::{Engine, Error};
use crate::process::container::{self, Launch};
use crate::process::rootfs::Shm;
use crate::runtime::namespaces::NsMode;
use crate::runtime::spec::NetworkMode;
use crate::store::containers::{ContainerRecord, ContainerState, RawConfig};
use crate::store::now_rfc3339;

/// This process is the container's monitor: it records itself so `stop`, `kill` and `exec`
/// from other commands can reach the container while it runs.
pub fn start_foreground(
    engine: &Engine,
    record: &ContainerRecord,
    sig_proxy: bool,
) -> Result<i32, Error> {
    // Parsed once for this process's own use (the record's config is large).
    let cfg = LaunchConfig::of(record)?;
    let record = &place_cgroup(engine, record, &cfg)?;
    let launch = match prepare(engine, record) {
        Ok(l) => l,
        Err(e) => {
            if let Some(leaf) = &record.cgroup {
                crate::process::cgroup::remove(std::path::Path::new(leaf));
            }
            return Err(e);
        }
    };
    let tty = cfg.tty;
    let set = container::wait_set();
    let old = set
        .thread_swap_mask(nix::sys::signal::SigmaskHow::SIG_BLOCK)
        .map_err(|e| Error::System(format!("blocking signals: {e}")))?;
    let result = (|| {
        let console = if tty {
            Some(
                crate::process::console::socket_pair()
                    .map_err(|e| Error::System(format!("creating the console socket: {e}")))?,
            )
        } else {
            None
        };
        // Without a terminal the output comes through pipes, to this process's own stdout
        // and stderr and to the container log, as a detached container's does through its
        // monitor (`--log-driver none`: straight to ours).
        let pipes = match (&console, logged(engine, record, &cfg)?) {
            (None, Some(log)) => Some((pipe()?, pipe()?, Some(log))),
            // `--attach` picks streams even without a log.
            (None, None) if !cfg.settings.attach.is_empty() => Some((pipe()?, pipe()?, None)),
            _ => None,
        };
        let stdin = match &pipes {
            Some(_) if launch.interactive => Some(
                rustix::io::dup(rustix::stdio::stdin())
                    .map_err(|e| Error::System(format!("duplicating stdin: {e}")))?,
            ),
            _ => None,
        };
        let stdio = match (&console, &pipes) {
            (Some((_, child_end)), _) => container::Stdio::Tty(child_end),
            (None, Some(((_, out_w), (_, err_w), _))) => container::Stdio::Pipes {
                stdout: out_w,
                stderr: err_w,
                stdin: stdin.as_ref(),
            },
            (None, None) => container::Stdio::Inherit,
        };
        let child = container::spawn(&launch, stdio)?;
        if let Some(secs) = cfg.settings.timeout {
            watch_timeout(&record.id, child.as_raw(), secs);
        }
        let me = std::process::id() as i32;
        engine.store.update_container(&record.id, |c| {
            c.state = ContainerState::Running;
            c.pid = Some(child.as_raw());
            c.monitor_pid = Some(me);
            c.monitor_start = crate::sys::procfs::start_time(me);
            c.started_at = Some(now_rfc3339());
            c.finished_at = None;
            c.exit_code = None;
        })?;
        crate::engine::events::container(&engine.store, "start", record, None);
        // Inspect's ConmonPidFile: this process supervises the container.
        let _ = std::fs::write(
            engine
                .store
                .container_dir(&record.id)
                .join("userdata/monitor.pid"),
            me.to_string(),
        );
        started(&cfg, child.as_raw(), me, false);
        drop(stdin);
        if let Some(((out_r, out_w), (err_r, err_w), mut log)) = pipes {
            drop((out_w, err_w));
            let code = crate::process::relay::relay_pipes(
                child,
                [out_r, err_r],
                &set,
                sig_proxy,
                {
                    let a = &cfg.settings.attach;
                    let all = a.is_empty();
                    [
                        all || a.iter().any(|s| s == "stdout"),
                        all || a.iter().any(|s| s == "stderr"),
                    ]
                },
                &mut |i, data| {
                    let stream = if i == 0 {
                        Stream::Stdout
                    } else {
                        Stream::Stderr
                    };
                    if let Some(l) = log.as_mut() {
                        let _ = l.write(stream, data);
                    }
                },
            );
            if let Some(l) = log.as_mut() {
                let _ = l.flush();
            }
            return Ok(code);
        }
        if let Some((ours, theirs)) = console {
            drop(theirs);
            if let Ok(Some(master)) = crate::process::console::receive_master(&ours) {
                let mut log = logged(engine, record, &cfg)?;
                let code = crate::process::console::relay(
                    child,
                    master,
                    launch.interactive,
                    &set,
                    &mut |data| {
                        if let Some(l) = log.as_mut() {
                            let _ = l.write(Stream::Stdout, data);
                        }
                    },
                );
                if let Some(l) = log.as_mut() {
                    let _ = l.flush();
                }
                return Ok(code);
            }
        }
        if sig_proxy {
            Ok(container::wait_forwarding(child, &set))
        } else {
            Ok(container::wait_ignoring(child, &set))
        }
    })();
    crate::net::stop_helpers_waiting(
        &engine.store.container_dir(&record.id).join("userdata"),
        crate::net::Wait::ForPorts,
    );
    if let Some(leaf) = &launch.cgroup {
        crate::process::cgroup::remove(leaf);
    }
    let _ = old.thread_set_mask();
    result
}

/// `--timeout`: the container is killed after `secs` (a watchdog that fails to start is said,
/// not hidden).
pub fn watch_timeout(id: &str, pid: i32, secs: u32) {
    if let Err(e) = crate::process::watchdog::start(pid, secs) {
        crate::log::warn(format_args!(
            "--timeout {secs} not in force for {}: {e}",
            &id[..12.min(id.len())]
        ));
    }
}

/// Where a container with `--sdnotify=container` finds systemd's socket.
const NOTIFY_INSIDE: &str = "/run/notify/notify.sock";

/// After a start: `--pidfile` and `--conmon-pidfile`, then systemd's notification as
/// `--sdnotify` says (`healthy` is waited for by the caller, which then calls this).
pub fn started(cfg: &LaunchConfig, pid: i32, monitor: i32, detached: bool) {
    for (file, value) in [
        (&cfg.files.pidfile, pid),
        (&cfg.files.conmon_pidfile, monitor),
    ] {
        if let Some(f) = file
            && let Err(e) = std::fs::write(f, value.to_string())
        {
            crate::log::warn(format_args!("writing {f}: {e}"));
        }
    }
    let socket = crate::process::sdnotify::socket();
    let message = match cfg.sdnotify {
        SdNotify::Ignore => None,
        SdNotify::Container if socket.as_deref().is_some_and(|s| s.starts_with('@')) => {
            crate::log::warn(format_args!(
                "--sdnotify=container: NOTIFY_SOCKET is an abstract socket, which can't be mounted into the container; gorae says READY=1 once it runs"
            ));
            Some(format!("MAINPID={monitor}\nREADY=1"))
        }
        // The container says READY=1 itself; a detached one's main process is the monitor.
        SdNotify::Container => detached.then(|| format!("MAINPID={monitor}")),
        SdNotify::Conmon | SdNotify::Healthy => Some(format!("MAINPID={monitor}\nREADY=1")),
    };
    if let Some(m) = message
        && let Err(e) = crate::process::sdnotify::send(&m)
    {
        crate::log::warn(format_args!("{e}"));
    }
}

/// The container's log, open for appending, or None for `--log-driver none`.
fn logged(
    engine: &Engine,
    record: &ContainerRecord,
    cfg: &LaunchConfig,
) -> Result<Option<LogWriter>, Error> {
    if cfg.log_driver.is_some() {
        return Ok(None);
    }
    let path = cfg.log_path(&engine.store, &record.id);
    LogWriter::open(&path)
        .map(Some)
        .map_err(|e| Error::System(format!("opening the log {}: {e}", path.display())))
}

/// A pipe: the read end this process keeps, the write end the container gets.
fn pipe() -> Result<(std::os::fd::OwnedFd, std::os::fd::OwnedFd), Error> {
    nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .map_err(|e| Error::System(format!("creating the output pipes: {e}")))
}

/// Builds the launch description of a created container, writing its /etc files.
pub fn prepare(engine: &Engine, record: &ContainerRecord) -> Result<Launch, Error> {
    let cfg = LaunchConfig::of(record)?;
    let store = &engine.store;
    let dir = store.container_dir(&record.id);
    let etc_files = write_etc_files(&dir.join("userdata"), &cfg, &record.name)?;
    let mut cfg = cfg;
    let (secret_mounts, secret_env) =
        crate::engine::secrets::for_launch(&dir.join("userdata"), &cfg.settings.secrets)?;
    cfg.spec.env.extend(secret_env);
    let mut notify_socket = None;
    if cfg.sdnotify == SdNotify::Container
        && let Some(sock) = crate::process::sdnotify::socket().filter(|s| s.starts_with('/'))
    {
        // The container tells systemd itself: the unit's socket, at podman's place.
        notify_socket = Some(PathBuf::from(sock));
        cfg.spec.env.retain(|e| !e.starts_with("NOTIFY_SOCKET="));
        cfg.spec.env.push(format!("NOTIFY_SOCKET={NOTIFY_INSIDE}"));
    }
    let mut lower: Vec<String> = record
        .layers
        .iter()
        .rev()
        .filter_map(|c| crate::store::digest_hex(c).map(|h| format!("{h}/diff")))
        .collect();
    // `--rootfs PATH:O`: the directory is the only (absolute) lower layer.
    let bind_root = match &cfg.settings.rootfs {
        Some(r) if r.overlay => {
            lower = vec![r.path.clone()];
            None
        }
        Some(r) => Some(PathBuf::from(&r.path)),
        None => None,
    };
    // The container whose namespaces this one shares (`--network container:`, a pod's infra).
    let shared_pid = match &cfg.network_container {
        Some(id) => {
            let other = engine.refresh(store.container(id)?);
            if !crate::engine::lifecycle::is_running(&other) {
                return Err(Error::InvalidState(format!(
                    "the network of container {} is used by this one, but it is not running",
                    other.name
                )));
            }
            Some(other.pid.unwrap_or(0))
        }
        None => None,
    };
    let attachments = join_networks(engine, record, &cfg)?;
    // A pod member joins the namespaces its pod shares, held by the infra.
    let pod = match cfg.pod.as_deref().filter(|_| !cfg.infra) {
        Some(id) => Some(engine.find_pod(id)?).filter(|p| p.has_infra()),
        None => None,
    };
    // The infra's PID, looked up once for all the namespaces shared.
    let infra_pid = match &pod {
        Some(p) if !p.share.is_empty() => Some(engine.infra_pid(p)?),
        _ => None,
    };
    let pod_ns = |ns: &str| match (&pod, infra_pid) {
        (Some(p), Some(pid)) if p.shares(ns) => Some(PathBuf::from(format!("/proc/{pid}/ns/{ns}"))),
        _ => None,
    };
    if let Some(p) = &pod
        && p.shares("net")
    {
        // Peers on the pod's user-defined network learn this member's name.
        let infra = LaunchConfig::of(&store.container(&p.infra_id)?)?;
        if let Some(net) = &infra.network_name {
            refresh_network_hosts(engine, net, Some(&record.id))?;
        }
    }
    let mut hardening = cfg.security.hardening(&engine.paths.runtime)?;
    hardening.init = cfg.init;
    hardening.attrs = cfg.settings.attrs.clone();
    let ns = namespace_paths(engine, &cfg)?;
    let (passwd, group) = super::users::additions(&cfg)?;
    Ok(Launch {
        layers_root: store.layers_dir(),
        lower,
        bind_root,
        upper: dir.join("upper"),
        work: dir.join("work"),
        merged: dir.join("merged"),
        spec: cfg.spec,
        hostname: cfg.hostname,
        network: cfg.network,
        interactive: cfg.interactive,
        tty_gid: container::tty_gid_mapped(),
        etc_files,
        mounts: {
            let mut m = engine.resolve_mounts(&cfg.mounts);
            m.extend(secret_mounts);
            m
        },
        read_only: cfg.read_only,
        read_only_tmpfs: !cfg.settings.no_read_only_tmpfs,
        hardening,
        privileged: cfg.security.privileged,
        systemd: cfg.settings.systemd,
        kernel_paths: cfg.security.kernel_paths()?,
        proc_opts: cfg.security.proc_opts(),
        keep_id: cfg.keep_id,
        ports: cfg.ports.clone(),
        pasta_pidfile: dir.join("userdata/pasta.pid"),
        network_options: match (&cfg.mac_address, cfg.network) {
            // slirp4netns's options are gorae's own (`key=value`), the MAC among them.
            (Some(mac), NetworkMode::Slirp4netns) => cfg
                .network_options
                .iter()
                .cloned()
                .chain([format!("mac={mac}")])
                .collect(),
            (Some(mac), _) => cfg
                .network_options
                .iter()
                .cloned()
                .chain(["--ns-mac-addr".to_string(), mac.clone()])
                .collect(),
            (None, _) => cfg.network_options.clone(),
        },
        attachments,
        join_netns: match shared_pid {
            Some(pid) => Some(PathBuf::from(format!("/proc/{pid}/ns/net"))),
            None => cfg.netns_path.as_ref().map(PathBuf::from),
        },
        join_ipc: pod_ns("ipc").or(ns.ipc),
        join_uts: pod_ns("uts").or(ns.uts),
        join_pid: pod_ns("pid").or(ns.pid),
        join_cgroup: ns.cgroup,
        host_ns: ns.host,
        shm: match (&cfg.settings.namespaces.ipc, cfg.settings.shm_size) {
            (NsMode::Host, _) => Shm::Host,
            (NsMode::None, _) => Shm::None,
            (_, Some(size)) => Shm::Own(size),
            (_, None) => Shm::default(),
        },
        devices: cfg.settings.devices.clone(),
        passwd,
        group,
        infra: cfg.infra,
        cgroup: record.cgroup.as_ref().map(PathBuf::from),
        notify_socket,
    })
}

/// The namespaces `--ipc`, `--pid`, `--uts` and `--cgroupns` name: the host's (kept), or
/// another container's or a path (joined).
struct NamespacePaths {
    host: crate::process::launch::HostNamespaces,
    ipc: Option<PathBuf>,
    pid: Option<PathBuf>,
    uts: Option<PathBuf>,
    cgroup: Option<PathBuf>,
}

fn namespace_paths(engine: &Engine, cfg: &LaunchConfig) -> Result<NamespacePaths, Error> {
    let n = &cfg.settings.namespaces;
    let path = |mode: &NsMode, kind: &str, what: &str| -> Result<Option<PathBuf>, Error> {
        Ok(match mode {
            NsMode::Container(id) => {
                let other = engine.refresh(engine.store.container(id)?);
                if !crate::engine::lifecycle::is_running(&other) {
                    return Err(Error::InvalidState(format!(
                        "the {what} namespace of container {} is used by this one, but it is not running",
                        other.name
                    )));
                }
                Some(PathBuf::from(format!(
                    "/proc/{}/ns/{kind}",
                    other.pid.unwrap_or(0)
                )))
            }
            NsMode::Path(p) => {
                if !std::path::Path::new(p).exists() {
                    return Err(Error::Invalid(format!(
                        "cannot find specified {what} namespace path: {p}"
                    )));
                }
                Some(PathBuf::from(p))
            }
            _ => None,
        })
    };
    Ok(NamespacePaths {
        host: crate::process::launch::HostNamespaces {
            ipc: n.ipc.is_host(),
            pid: n.pid.is_host(),
            uts: n.uts.is_host(),
            cgroup: n.cgroup.is_host(),
        },
        ipc: path(&n.ipc, "ipc", "IPC")?,
        pid: path(&n.pid, "pid", "PID")?,
        uts: path(&n.uts, "uts", "UTS")?,
        cgroup: path(&n.cgroup, "cgroup", "cgroup")?,
    })
}

/// Gives a container about to start its cgroup (see `process::cgroup`), records it with the
/// limits in force there, and says on stderr which limits given are not, and why.
pub fn place_cgroup(
    engine: &Engine,
    rec: &ContainerRecord,
    cfg: &LaunchConfig,
) -> Result<ContainerRecord, Error> {
    use crate::process::cgroup;
    if let Some(old) = &rec.cgroup {
        cgroup::remove(std::path::Path::new(old));
    }
    let limits = &cfg.cgroups.limits;
    let (leaf, applied) = if cfg.infra {
        (None, None)
    } else {
        match cgroup::place(
            &rec.id,
            cfg.cgroups.mode,
            cfg.cgroups.parent.as_deref(),
            limits,
        )? {
            Ok(p) => {
                for (flag, why) in &p.missing {
                    crate::log::warn(format_args!("{flag} not in force for {}: {why}", rec.name));
                }
                (Some(p.leaf.to_string_lossy().into_owned()), Some(p.applied))
            }
            Err(why) => {
                if !limits.is_empty() {
                    crate::log::warn(format_args!(
                        "{} not in force for {}: {why}; the container runs without these limits",
                        limits.given().join(", "),
                        rec.name
                    ));
                }
                (None, None)
            }
        }
    };
    if leaf.is_none() && applied.is_none() && rec.cgroup.is_none() && rec.applied_limits.is_none() {
        // Nothing to record (no cgroup here): spare the start a record write.
        return Ok(rec.clone());
    }
    Ok(engine.store.update_container(&rec.id, |c| {
        c.cgroup = leaf.clone();
        c.applied_limits = applied
            .as_ref()
            .map(|l| RawConfig::of(l).expect("limits serialize"));
    })?)
}
