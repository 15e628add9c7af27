//! Cgroup v2: one leaf cgroup per container in the subtree delegated to this user, the limits
//! written into it, and freeze, kill and statistics read from it.
//!
//! Only cgroup v2 is supported. The delegated subtree is found from `/proc/self/cgroup`: the
//! process's own cgroup and the ancestors above it that this user may write (systemd gives a
//! user `user@UID.service`, and a unit with `Delegate=yes` its own cgroup). Where no such
//! subtree exists, or a controller is not delegated, a container runs without the limits that
//! need it, and the caller says which limit is not in force and why.
//!
//! `--cgroups` takes podman's values:
//! - `enabled` (default): the container gets `<parent>/gorae-<id>.scope`; the parent is
//!   `--cgroup-parent` or `gorae.slice` at the top of the delegated subtree. The monitor stays
//!   where it was started. Started by a systemd service (`INVOCATION_ID` set) whose writable
//!   cgroup holds only gorae and its ancestors, gorae splits that cgroup as with `split`, so
//!   the container stays in the unit.
//! - `no-conmon`: the same, except that a unit's `ExecStart=` is never split (podman's units
//!   use it to leave the container outside the unit).
//! - `split`: the caller's own cgroup is split. Its processes move into `supervisor` and the
//!   container gets `gorae-<id>.scope` beside it, so a container started from a systemd unit
//!   stays in that unit's cgroup, where systemd sees and stops it.
//! - `disabled`: no cgroup; the container stays in the caller's, and limits are refused.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::runtime::limits::Limits;

const ROOT: &str = "/sys/fs/cgroup";

/// Why a cgroup could not be had or used.
#[derive(Debug, thiserror::Error)]
pub enum CgroupError {
    /// A value the user gave: `--cgroups`, `--cgroup-parent`.
    #[error("{0}")]
    Invalid(String),
    /// There is no cgroup subtree delegated to this user (or none that `mode` may use); the
    /// text says why.
    #[error("{0}")]
    Unavailable(String),
    /// Writing a value into one of a cgroup's files.
    #[error("writing {value:?} to {}: {source}", path.display())]
    Write {
        path: PathBuf,
        value: String,
        #[source]
        source: std::io::Error,
    },
    /// Creating a cgroup's directory.
    #[error("creating cgroup {}: {source}", path.display())]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Moving a process into a cgroup (`path` is its `cgroup.procs`).
    #[error("moving process {pid} into {}: {source}", path.display())]
    Move {
        pid: String,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The kernel did not do what was asked (in time); the text says what.
    #[error("{0}")]
    Failed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    #[default]
    Enabled,
    Disabled,
    NoConmon,
    Split,
}

impl Mode {
    pub fn parse(s: &str) -> Result<Mode, CgroupError> {
        match s {
            "enabled" => Ok(Mode::Enabled),
            "disabled" => Ok(Mode::Disabled),
            "no-conmon" => Ok(Mode::NoConmon),
            "split" => Ok(Mode::Split),
            _ => Err(CgroupError::Invalid(format!(
                "invalid --cgroups {s:?}: want enabled, disabled, no-conmon or split"
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Enabled => "enabled",
            Mode::Disabled => "disabled",
            Mode::NoConmon => "no-conmon",
            Mode::Split => "split",
        }
    }
}

/// Whether `/sys/fs/cgroup` is a pure cgroup v2 hierarchy.
pub fn is_v2() -> bool {
    matches!(
        nix::sys::statfs::statfs(ROOT),
        Ok(s) if s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC
    )
}

/// This process's cgroup, as a directory under /sys/fs/cgroup.
pub fn own() -> Option<PathBuf> {
    let text = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    let rel = text.lines().find_map(|l| l.strip_prefix("0::"))?;
    Some(Path::new(ROOT).join(rel.trim().trim_start_matches('/')))
}

fn writable(dir: &Path) -> bool {
    use nix::unistd::{AccessFlags, access};
    access(&dir.join("cgroup.procs"), AccessFlags::W_OK).is_ok()
        && access(&dir.join("cgroup.subtree_control"), AccessFlags::W_OK).is_ok()
        && access(dir, AccessFlags::W_OK).is_ok()
}

/// The top of the subtree this user may manage: the highest of the own cgroup's ancestors that
/// is writable with every cgroup between it and the own one; or why there is none (a login
/// session's scope belongs to root, a v1 host has no such tree).
fn delegated() -> Result<PathBuf, CgroupError> {
    let unavailable = CgroupError::Unavailable;
    if !is_v2() {
        return Err(unavailable(
            "/sys/fs/cgroup is not a cgroup v2 hierarchy (hybrid or v1 host)".into(),
        ));
    }
    let mut dir = own().ok_or_else(|| {
        unavailable("this process's cgroup is unknown (/proc/self/cgroup)".into())
    })?;
    if !writable(&dir) {
        return Err(unavailable(format!(
            "the cgroup {} is not delegated to this user (run gorae from a systemd user \
             unit or `systemd-run --user --scope`)",
            dir.display()
        )));
    }
    while let Some(up) = dir.parent() {
        if up == Path::new(ROOT) || !up.starts_with(ROOT) || !writable(up) {
            break;
        }
        dir = up.to_path_buf();
    }
    Ok(dir)
}

/// See [`delegated`]; `None` where there is no such subtree.
pub fn delegated_root() -> Option<PathBuf> {
    delegated().ok()
}

/// Why there is no cgroup to put containers in, for messages; `None` when there is one.
pub fn unavailable_reason() -> Option<String> {
    delegated().err().map(|e| e.to_string())
}

/// When this process's cgroup is not delegated (a login session's scope, say) but the user's
/// systemd manager runs, re-executes this command inside a new scope of that manager with
/// `Delegate=yes` (`systemd-run --user --scope`, podman's D-Bus call by another road), where
/// containers can have cgroups. Returns when that is not needed or not possible.
/// `cgroupfs` under `--cgroup-manager cgroupfs`: gorae asks no systemd manager for a scope.
pub fn manager_is_cgroupfs(recorded: Option<&str>) -> bool {
    recorded.map_or_else(
        || std::env::var("GORAE_CGROUP_MANAGER").is_ok_and(|m| m == "cgroupfs"),
        |m| m == "cgroupfs",
    )
}

/// Whether the user's systemd manager answers on its private socket (a file left by one that
/// is gone refuses the connection).
fn user_manager_runs() -> bool {
    std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|r| {
        std::os::unix::net::UnixStream::connect(Path::new(&r).join("systemd/private")).is_ok()
    })
}

/// The cgroup manager, as podman names it: `--cgroup-manager` when given, else `systemd` where
/// the user's manager runs (gorae asks it for delegated scopes) and `cgroupfs` elsewhere.
pub fn manager() -> &'static str {
    match std::env::var("GORAE_CGROUP_MANAGER").as_deref() {
        Ok("cgroupfs") => "cgroupfs",
        Ok("systemd") => "systemd",
        _ if user_manager_runs() => "systemd",
        _ => "cgroupfs",
    }
}

pub fn reexec_in_user_scope() {
    reexec_in_user_scope_for(None)
}

/// As [`reexec_in_user_scope`], for a container created with `recorded` as its manager.
pub fn reexec_in_user_scope_for(recorded: Option<&str>) {
    const GUARD: &str = "GORAE_SYSTEMD_SCOPE";
    if std::env::var_os(GUARD).is_some()
        || manager_is_cgroupfs(recorded)
        || !is_v2()
        || delegated_root().is_some()
    {
        return;
    }
    // Without a manager answering, systemd-run would fail the command after the exec.
    if !user_manager_runs() {
        return;
    }
    let Some(systemd_run) = ["/usr/bin/systemd-run", "/bin/systemd-run"]
        .into_iter()
        .find(|p| Path::new(p).exists())
    else {
        return;
    };
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    use std::os::unix::process::CommandExt;
    let mut unit = [0u8; 6];
    let _ = rustix::rand::getrandom(&mut unit, rustix::rand::GetRandomFlags::empty());
    let err = std::process::Command::new(systemd_run)
        .args([
            "--user",
            "--scope",
            "--quiet",
            "--collect",
            "-p",
            "Delegate=yes",
        ])
        .arg(format!("--unit=gorae-{}", hex::encode(unit)))
        .arg("--")
        .arg(exe)
        .args(std::env::args_os().skip(1))
        .env(GUARD, "1")
        .exec();
    crate::log::debug(format_args!("systemd-run --user --scope: {err}"));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn write(path: &Path, value: &str) -> Result<(), CgroupError> {
    std::fs::write(path, value).map_err(|source| CgroupError::Write {
        path: path.to_path_buf(),
        value: value.to_string(),
        source,
    })
}

fn controllers(dir: &Path) -> Vec<String> {
    read(&dir.join("cgroup.controllers"))
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The controllers available to containers, for `info`.
pub fn available_controllers() -> Vec<String> {
    delegated_root()
        .map(|d| controllers(&d))
        .unwrap_or_default()
}

/// Enables every controller `dir` offers for its children (those it can).
fn enable_all(dir: &Path) {
    let control = dir.join("cgroup.subtree_control");
    let enabled = read(&control);
    for c in controllers(dir) {
        if !enabled.split_whitespace().any(|e| e == c) {
            // One at a time: a controller the kernel refuses here (e.g. cpuset, or any when
            // the cgroup holds processes) must not keep the others off.
            let _ = std::fs::write(&control, format!("+{c}"));
        }
    }
}

/// Makes `dir` (below `top`) with every controller enabled on the way down.
fn make_path(top: &Path, dir: &Path) -> Result<(), CgroupError> {
    let rel = dir.strip_prefix(top).map_err(|_| {
        CgroupError::Failed(format!("{} is outside {}", dir.display(), top.display()))
    })?;
    let mut cur = top.to_path_buf();
    enable_all(&cur);
    for part in rel.components() {
        cur.push(part);
        match std::fs::create_dir(&cur) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(source) => return Err(CgroupError::Create { path: cur, source }),
        }
        if cur != dir {
            enable_all(&cur);
        }
    }
    Ok(())
}

/// Whether every process in `dir` is this one or one of its ancestors.
fn only_us(dir: &Path) -> bool {
    let mut ours = vec![std::process::id()];
    let mut pid = std::process::id();
    for _ in 0..64 {
        let parent = read(Path::new(&format!("/proc/{pid}/status")))
            .lines()
            .find_map(|l| l.strip_prefix("PPid:"))
            .and_then(|v| v.trim().parse::<u32>().ok())
            .unwrap_or(0);
        if parent <= 1 {
            break;
        }
        ours.push(parent);
        pid = parent;
    }
    read(&dir.join("cgroup.procs"))
        .split_whitespace()
        .filter_map(|p| p.parse::<u32>().ok())
        .all(|p| ours.contains(&p))
}

/// Moves every process of `from` into `to` (repeating, as a process may fork meanwhile).
fn move_all(from: &Path, to: &Path) -> Result<(), CgroupError> {
    for _ in 0..20 {
        let procs = read(&from.join("cgroup.procs"));
        if procs.trim().is_empty() {
            return Ok(());
        }
        for p in procs.split_whitespace() {
            // A process that ended meanwhile is not an error.
            match std::fs::write(to.join("cgroup.procs"), p) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(libc::ESRCH) => {}
                Err(source) => {
                    return Err(CgroupError::Move {
                        pid: p.to_string(),
                        path: to.join("cgroup.procs"),
                        source,
                    });
                }
            }
        }
    }
    Err(CgroupError::Failed(format!(
        "{} keeps gaining processes",
        from.display()
    )))
}

/// Where a container's cgroup goes and which limits are in force there.
#[derive(Debug, Clone)]
pub struct Placement {
    pub leaf: PathBuf,
    pub applied: Limits,
    /// The limits given but not in force, each with why.
    pub missing: Vec<(&'static str, String)>,
}

/// Creates the container's leaf cgroup as `mode` and `parent` say and writes `limits` into it.
/// `Ok(Err(why))` when there is nowhere to put it: the container then runs
/// without a cgroup (and without limits). `split` moves this process, and the others in its
/// cgroup, into `supervisor`.
pub fn place(
    id: &str,
    mode: Mode,
    parent: Option<&str>,
    limits: &Limits,
) -> Result<Result<Placement, CgroupError>, CgroupError> {
    if mode == Mode::Disabled {
        return Ok(Err(CgroupError::Unavailable("--cgroups=disabled".into())));
    }
    let top = match delegated() {
        Ok(top) => top,
        Err(why) if mode == Mode::Split || parent.is_some() => {
            let flag = if mode == Mode::Split {
                "--cgroups=split"
            } else {
                "--cgroup-parent"
            };
            return Err(CgroupError::Unavailable(format!("{flag}: {why}")));
        }
        Err(why) => return Ok(Err(why)),
    };
    let name = format!("gorae-{}.scope", &id[..id.len().min(12)]);
    // Started by systemd (a unit's process has INVOCATION_ID) in a cgroup of its own: the
    // container stays in the unit, as with `split`, so that systemd sees and stops it.
    // Only when the cgroup holds nothing but this process and its ancestors (the unit's
    // `ExecStart=` command, or a script running gorae), so that no one else is moved.
    let in_unit = mode == Mode::Enabled
        && parent.is_none()
        && std::env::var_os("INVOCATION_ID").is_some()
        && own().is_some_and(|o| {
            // A service's (a terminal's scope may pass INVOCATION_ID on to its shells).
            o.extension().is_some_and(|e| e == "service") && writable(&o) && only_us(&o)
        });
    let leaf = match mode {
        _ if in_unit || mode == Mode::Split => {
            let own = own().expect("checked above");
            // Already split by an earlier container of this unit: the container goes beside.
            let unit = if own.file_name() == Some(std::ffi::OsStr::new("supervisor")) {
                own.parent().expect("below the root").to_path_buf()
            } else {
                let supervisor = own.join("supervisor");
                match std::fs::create_dir(&supervisor) {
                    Ok(()) => {}
                    // Another start in the same unit made it first.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(source) => {
                        return Err(CgroupError::Create {
                            path: supervisor,
                            source,
                        });
                    }
                }
                move_all(&own, &supervisor)?;
                own
            };
            make_path(&top, &unit.join(&name))?;
            unit.join(&name)
        }
        _ => {
            let base = match parent {
                Some(p) => {
                    let p = Path::new(ROOT).join(p.trim_start_matches('/'));
                    if !p.starts_with(&top) {
                        return Err(CgroupError::Invalid(format!(
                            "--cgroup-parent {}: outside the cgroup subtree delegated to this \
                             user ({})",
                            p.display(),
                            top.display()
                        )));
                    }
                    p
                }
                None => top.join("gorae.slice"),
            };
            make_path(&top, &base.join(&name))?;
            base.join(&name)
        }
    };
    let (applied, missing) = apply(&leaf, limits);
    Ok(Ok(Placement {
        leaf,
        applied,
        missing,
    }))
}

/// runc's conversion of `--cpu-shares` (2–262144) to `cpu.weight` (1–10000).
fn cpu_weight(shares: u64) -> u64 {
    if shares == 0 {
        return 100;
    }
    1 + (shares.clamp(2, 262_144) - 2) * 9999 / 262_142
}

/// `update`: writes `limits` into the running container's `leaf`; returns those in force and
/// those not, with why.
pub fn update(leaf: &Path, limits: &Limits) -> (Limits, Vec<(&'static str, String)>) {
    apply(leaf, limits)
}

/// Writes each limit into `leaf`; returns those in force and those not, with why.
fn apply(leaf: &Path, l: &Limits) -> (Limits, Vec<(&'static str, String)>) {
    let parent = leaf.parent().unwrap_or(leaf);
    let enabled = read(&parent.join("cgroup.subtree_control"));
    let has = |c: &str| enabled.split_whitespace().any(|e| e == c);
    let mut applied = Limits::default();
    let mut missing = Vec::new();
    let mut no_swap = false;
    let mut set = |flag: &'static str, controller: &str, file: &str, value: String| -> bool {
        if !has(controller) {
            missing.push((
                flag,
                format!(
                    "the {controller} controller is not delegated to this user (available in {}: {})",
                    parent.display(),
                    if enabled.trim().is_empty() {
                        "none"
                    } else {
                        enabled.trim()
                    }
                ),
            ));
            return false;
        }
        match write(&leaf.join(file), &value) {
            Ok(()) => true,
            Err(e) => {
                missing.push((flag, e.to_string()));
                false
            }
        }
    };
    if let Some(m) = l.memory
        && set("--memory", "memory", "memory.max", m.to_string())
    {
        applied.memory = Some(m);
    }
    if let Some(r) = l.memory_reservation
        && set(
            "--memory-reservation",
            "memory",
            "memory.low",
            r.to_string(),
        )
    {
        applied.memory_reservation = Some(r);
    }
    // --memory-swap is memory plus swap; unset, the container may swap as much as its memory
    // (podman's and docker's default); -1 is unlimited.
    let swap = match (l.memory_swap, l.memory) {
        (Some(-1), _) => Some("max".to_string()),
        (Some(total), Some(mem)) => Some((total as u64).saturating_sub(mem).to_string()),
        (Some(total), None) => Some(total.to_string()),
        (None, Some(mem)) if applied.memory.is_some() => Some(mem.to_string()),
        (None, _) => None,
    };
    if let Some(v) = swap {
        let exists = leaf.join("memory.swap.max").exists();
        if l.memory_swap.is_some() {
            if !exists && has("memory") {
                no_swap = true;
            } else if set("--memory-swap", "memory", "memory.swap.max", v) {
                applied.memory_swap = l.memory_swap;
            }
        } else if exists {
            let _ = write(&leaf.join("memory.swap.max"), &v);
        }
    }
    if let Some(c) = l.cpus
        && set(
            "--cpus",
            "cpu",
            "cpu.max",
            format!("{} 100000", ((c * 100_000.0).round() as u64).max(1000)),
        )
    {
        applied.cpus = Some(c);
    }
    if let Some(s) = l.cpu_shares
        && set(
            "--cpu-shares",
            "cpu",
            "cpu.weight",
            cpu_weight(s).to_string(),
        )
    {
        applied.cpu_shares = Some(s);
    }
    if let Some(c) = &l.cpuset_cpus
        && set("--cpuset-cpus", "cpuset", "cpuset.cpus", c.clone())
    {
        applied.cpuset_cpus = Some(c.clone());
    }
    if let Some(p) = l.pids_limit {
        let v = if p <= 0 {
            "max".to_string()
        } else {
            p.to_string()
        };
        if set("--pids-limit", "pids", "pids.max", v) {
            applied.pids_limit = Some(p);
        }
    }
    if let Some(w) = l.blkio_weight.filter(|w| *w > 0) {
        let (file, v) = if leaf.join("io.bfq.weight").exists() {
            ("io.bfq.weight", w.to_string())
        } else {
            // blkio's 10–1000 onto io.weight's 1–10000.
            let w = u64::from(w.max(10));
            (
                "io.weight",
                format!("default {}", 1 + (w - 10) * 9999 / 990),
            )
        };
        if set("--blkio-weight", "io", file, v) {
            applied.blkio_weight = Some(w);
        }
    }
    apply_more(leaf, l, &mut set, &mut applied);
    if no_swap {
        missing.push((
            "--memory-swap",
            "the kernel has no swap accounting (memory.swap.max)".into(),
        ));
    }
    if l.memory_swappiness.is_some() {
        missing.push((
            "--memory-swappiness",
            "cgroup v2 has no per-cgroup swappiness".into(),
        ));
    }
    if l.oom_kill_disable.is_some() {
        missing.push((
            "--oom-kill-disable",
            "cgroup v2 cannot disable the OOM killer for a cgroup".into(),
        ));
    }
    (applied, missing)
}

/// The limits past the first ones: cpu.max from a quota and period, cpuset.mems, the
/// per-device io limits, and `--cgroup-conf`.
fn apply_more(
    leaf: &Path,
    l: &Limits,
    set: &mut dyn FnMut(&'static str, &str, &str, String) -> bool,
    applied: &mut Limits,
) {
    if l.cpu_period.is_some() || l.cpu_quota.is_some() {
        let quota = l.cpu_quota.map_or("max".to_string(), |q| q.to_string());
        let period = l.cpu_period.unwrap_or(100_000);
        let flag = if l.cpu_quota.is_some() {
            "--cpu-quota"
        } else {
            "--cpu-period"
        };
        if set(flag, "cpu", "cpu.max", format!("{quota} {period}")) {
            applied.cpu_period = l.cpu_period;
            applied.cpu_quota = l.cpu_quota;
        }
    }
    if let Some(m) = &l.cpuset_mems
        && set("--cpuset-mems", "cpuset", "cpuset.mems", m.clone())
    {
        applied.cpuset_mems = Some(m.clone());
    }
    let io = |limits: &[crate::runtime::limits::DeviceLimit], key: &str| -> Vec<String> {
        limits
            .iter()
            .map(|d| format!("{} {key}={}", d.dev, d.value))
            .collect()
    };
    for (flag, list, key) in [
        ("--device-read-bps", &l.device_read_bps, "rbps"),
        ("--device-write-bps", &l.device_write_bps, "wbps"),
        ("--device-read-iops", &l.device_read_iops, "riops"),
        ("--device-write-iops", &l.device_write_iops, "wiops"),
    ] {
        // io.max takes one device's line per write.
        if !list.is_empty()
            && io(list, key)
                .into_iter()
                .all(|line| set(flag, "io", "io.max", line))
        {
            match key {
                "rbps" => applied.device_read_bps = list.clone(),
                "wbps" => applied.device_write_bps = list.clone(),
                "riops" => applied.device_read_iops = list.clone(),
                _ => applied.device_write_iops = list.clone(),
            }
        }
    }
    if !l.blkio_weight_device.is_empty() {
        let bfq = leaf.join("io.bfq.weight").exists();
        let ok = l.blkio_weight_device.iter().all(|d| {
            let w = if bfq {
                d.value
            } else {
                1 + (d.value.max(10) - 10) * 9999 / 990
            };
            let file = if bfq { "io.bfq.weight" } else { "io.weight" };
            set(
                "--blkio-weight-device",
                "io",
                file,
                format!("{} {w}", d.dev),
            )
        });
        if ok {
            applied.blkio_weight_device = l.blkio_weight_device.clone();
        }
    }
    for (key, value) in &l.cgroup_conf {
        let controller = key.split('.').next().unwrap_or_default().to_string();
        if set("--cgroup-conf", &controller, key, value.clone()) {
            applied.cgroup_conf.insert(key.clone(), value.clone());
        }
    }
}

/// Moves `pid` into the container's cgroup.
pub fn enter(leaf: &Path, pid: i32) -> Result<(), CgroupError> {
    write(&leaf.join("cgroup.procs"), &pid.to_string())
}

/// `pause`/`unpause` through `cgroup.freeze`; waits until the kernel reports it done.
pub fn freeze(leaf: &Path, frozen: bool) -> Result<(), CgroupError> {
    write(&leaf.join("cgroup.freeze"), if frozen { "1" } else { "0" })?;
    let want = if frozen { "frozen 1" } else { "frozen 0" };
    for _ in 0..400 {
        if read(&leaf.join("cgroup.events"))
            .lines()
            .any(|l| l.trim() == want)
        {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    if frozen {
        // Not half-frozen: a container that could not be paused goes on running.
        let _ = std::fs::write(leaf.join("cgroup.freeze"), "0");
    }
    Err(CgroupError::Failed(format!(
        "{} did not report {want} within two seconds",
        leaf.display()
    )))
}

fn populated(leaf: &Path) -> bool {
    read(&leaf.join("cgroup.events"))
        .lines()
        .any(|l| l.trim() == "populated 1")
}

/// SIGKILL to every process in the container's cgroup (`cgroup.kill`, or one by one on
/// kernels before 5.14), so that none escapes.
pub fn kill(leaf: &Path) {
    if !leaf.is_dir() {
        return;
    }
    let file = leaf.join("cgroup.kill");
    if file.exists() && std::fs::write(&file, "1").is_ok() {
        return;
    }
    // Frozen first, so that nothing forks between the listing and the kill.
    let _ = std::fs::write(leaf.join("cgroup.freeze"), "1");
    for p in read(&leaf.join("cgroup.procs")).split_whitespace() {
        if let Ok(p) = p.parse::<i32>() {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(p),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
    }
    let _ = std::fs::write(leaf.join("cgroup.freeze"), "0");
}

/// Removes the container's cgroup once its processes are gone, killing any left.
pub fn remove(leaf: &Path) {
    if !leaf.is_dir() {
        return;
    }
    for i in 0..400 {
        if !populated(leaf) && std::fs::remove_dir(leaf).is_ok() {
            return;
        }
        if i == 0 {
            kill(leaf);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    crate::log::warn(format_args!(
        "the cgroup {} still has processes; left in place",
        leaf.display()
    ));
}

/// What `stats` reads from the cgroup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Usage {
    pub cpu_nanos: u64,
    pub memory: u64,
    /// `memory.max`; `None` when unlimited.
    pub memory_max: Option<u64>,
    pub pids: usize,
    pub io_read: u64,
    pub io_write: u64,
}

pub fn usage(leaf: &Path) -> Option<Usage> {
    if !leaf.is_dir() {
        return None;
    }
    let num = |f: &str| read(&leaf.join(f)).trim().parse::<u64>().ok();
    let cpu_usec = read(&leaf.join("cpu.stat")).lines().find_map(|l| {
        l.strip_prefix("usage_usec ")
            .and_then(|v| v.trim().parse::<u64>().ok())
    });
    let (mut io_read, mut io_write) = (0, 0);
    for line in read(&leaf.join("io.stat")).lines() {
        for kv in line.split_whitespace().skip(1) {
            match kv.split_once('=') {
                Some(("rbytes", v)) => io_read += v.parse::<u64>().unwrap_or(0),
                Some(("wbytes", v)) => io_write += v.parse::<u64>().unwrap_or(0),
                _ => {}
            }
        }
    }
    Some(Usage {
        cpu_nanos: cpu_usec.unwrap_or(0) * 1000,
        memory: num("memory.current").unwrap_or(0),
        memory_max: num("memory.max"),
        pids: num("pids.current")
            .map(|p| p as usize)
            .unwrap_or_else(|| read(&leaf.join("cgroup.procs")).split_whitespace().count()),
        io_read,
        io_write,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_and_weights_follow_podman_and_runc() {
        assert_eq!(Mode::parse("split").ok(), Some(Mode::Split));
        assert_eq!(
            Mode::parse("no-conmon").ok().map(Mode::as_str),
            Some("no-conmon")
        );
        let e = Mode::parse("on").unwrap_err();
        assert!(matches!(e, CgroupError::Invalid(_)));
        assert!(e.to_string().contains("--cgroups"));
        assert_eq!(cpu_weight(1024), 39);
        assert_eq!(cpu_weight(2), 1);
        assert_eq!(cpu_weight(262_144), 10_000);
    }

    #[test]
    fn limits_land_in_the_files_of_a_leaf_and_missing_controllers_are_named() {
        // A directory standing in for a cgroup: only memory and pids delegated.
        let dir = std::env::temp_dir().join(format!("gorae-cg-{}", std::process::id()));
        let leaf = dir.join("gorae-abc.scope");
        std::fs::create_dir_all(&leaf).unwrap();
        std::fs::write(dir.join("cgroup.subtree_control"), "memory pids\n").unwrap();
        std::fs::write(leaf.join("memory.swap.max"), "max\n").unwrap();
        let l = Limits {
            memory: Some(32 << 20),
            pids_limit: Some(10),
            cpus: Some(0.5),
            ..Limits::default()
        };
        let (applied, missing) = apply(&leaf, &l);
        assert_eq!(read(&leaf.join("memory.max")), (32u64 << 20).to_string());
        assert_eq!(
            read(&leaf.join("memory.swap.max")),
            (32u64 << 20).to_string()
        );
        assert_eq!(read(&leaf.join("pids.max")), "10");
        assert_eq!(applied.memory, Some(32 << 20));
        assert_eq!(applied.cpus, None);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].0, "--cpus");
        assert!(missing[0].1.contains("cpu controller"), "{:?}", missing);
        // cpu.max from --cpu-quota/--cpu-period, io.max per device, --cgroup-conf as given,
        // and what cgroup v2 has no knob for, named.
        std::fs::write(dir.join("cgroup.subtree_control"), "memory cpu io\n").unwrap();
        let dev = |v| crate::runtime::limits::DeviceLimit {
            path: "/dev/vda".into(),
            dev: "254:0".into(),
            value: v,
        };
        let l = Limits {
            cpu_quota: Some(50_000),
            cpu_period: Some(200_000),
            device_read_bps: vec![dev(1 << 20)],
            cgroup_conf: [("memory.high".to_string(), "1000000".to_string())].into(),
            memory_swappiness: Some(10),
            oom_kill_disable: Some(true),
            ..Limits::default()
        };
        let (applied, missing) = apply(&leaf, &l);
        assert_eq!(read(&leaf.join("cpu.max")), "50000 200000");
        assert_eq!(read(&leaf.join("io.max")), "254:0 rbps=1048576");
        assert_eq!(read(&leaf.join("memory.high")), "1000000");
        assert_eq!(applied.cpu_quota, Some(50_000));
        assert_eq!(applied.device_read_bps.len(), 1);
        let named: Vec<&str> = missing.iter().map(|(f, _)| *f).collect();
        assert_eq!(named, vec!["--memory-swappiness", "--oom-kill-disable"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
