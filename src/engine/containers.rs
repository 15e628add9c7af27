//! Smaller container use cases: rename, prune, diff, top.

use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

use super::Engine;
use super::Error;
use super::error::IoAt;
use super::lifecycle::{self, is_running};
use crate::runtime::names;
use crate::store::StoreError;

impl Engine {
    pub fn rename_container(&self, query: &str, new: &str) -> Result<(), Error> {
        if !names::valid_name(new) {
            return Err(Error::bad_name(new));
        }
        let rec = self.find_container(query)?;
        let _lock = self.store.lock_records()?;
        if let Some(other) = self
            .store
            .list_containers()?
            .iter()
            .find(|c| c.name == new && c.id != rec.id)
        {
            return Err(StoreError::NameInUse(new.to_string(), other.id.clone()).into());
        }
        let mut c = self.store.container(&rec.id)?;
        c.name = new.to_string();
        self.store.save_container(&c)?;
        Ok(())
    }

    /// `container prune`: removes every container that is not running and that `keep`
    /// selects. Returns their IDs.
    pub fn prune_containers(
        &self,
        keep: impl Fn(&crate::store::containers::ContainerRecord) -> bool,
    ) -> Result<Vec<String>, Error> {
        let mut removed = Vec::new();
        for rec in self.store.list_containers()? {
            let rec = self.refresh(rec);
            if is_running(&rec) || !keep(&rec) {
                continue;
            }
            // Claimed: a live process created it and is about to start it. Held while it
            // goes, so no start can begin meanwhile.
            let claim = match self.store.try_claim_container(&rec.id) {
                Ok(Some(claim)) => claim,
                Ok(None) | Err(crate::store::StoreError::NoSuchContainer(_)) => continue,
                Err(e) => return Err(e.into()),
            };
            // Re-read under the claim: it may have started since.
            match self.store.container(&rec.id).map(|now| self.refresh(now)) {
                Ok(now) if !is_running(&now) => {}
                _ => continue,
            }
            lifecycle::finish_removal(self, &rec)?;
            drop(claim);
            removed.push(rec.id);
        }
        Ok(removed)
    }

    /// The containers `rec` depends on (IDs): those it `--requires` and those whose
    /// namespaces it joins (`--network container:`, `--ipc`/`--pid`/`--uts`/`--cgroupns
    /// container:`). They must outlive it.
    pub fn dependencies(rec: &crate::store::containers::ContainerRecord) -> Vec<String> {
        use crate::runtime::namespaces::NsMode;
        let Ok(cfg) = super::run::LaunchConfig::of(rec) else {
            return Vec::new();
        };
        let ns = &cfg.settings.namespaces;
        let mut deps: Vec<String> = cfg.settings.requires.clone();
        deps.extend(cfg.network_container.clone().filter(|_| !cfg.infra));
        for m in [&ns.ipc, &ns.pid, &ns.uts, &ns.cgroup] {
            if let NsMode::Container(id) = m {
                deps.push(id.clone());
            }
        }
        deps.sort();
        deps.dedup();
        deps
    }

    /// `rm`'s order for `ids`: each after every container that depends on it, with those
    /// dependents too when `depend` (`rm --depend`). Without it, a dependent that is not among
    /// `ids` is an error: removing would leave it broken.
    pub fn removal_order(&self, ids: &[String], depend: bool) -> Result<Vec<String>, Error> {
        // Only records that name one of these IDs can depend on them: parse only those (a
        // dependency names its container by full ID).
        let all = self.store.list_containers()?;
        let mut graph: Vec<(String, Vec<String>)> = Vec::new();
        // The full IDs each record's configuration names, found in one pass over its text
        // (`rm -a` of many containers must stay linear).
        let mentioned: Vec<Vec<&str>> = all.iter().map(|c| hex_ids(c.config.text())).collect();
        let mut named: Vec<String> = ids.to_vec();
        let mut seen = 0;
        while seen < named.len() {
            let frontier: std::collections::HashSet<String> =
                named[seen..].iter().cloned().collect();
            seen = named.len();
            for (c, names) in all.iter().zip(&mentioned) {
                if graph.iter().any(|(g, _)| g == &c.id)
                    || !names.iter().any(|id| frontier.contains(*id))
                {
                    continue;
                }
                let deps = Self::dependencies(c);
                if deps.iter().any(|d| frontier.contains(d)) {
                    named.push(c.id.clone());
                    graph.push((c.id.clone(), deps));
                }
            }
        }
        let mut order: Vec<String> = Vec::new();
        fn visit(id: &str, graph: &[(String, Vec<String>)], order: &mut Vec<String>) {
            if order.iter().any(|o| o == id) {
                return;
            }
            for (other, deps) in graph {
                if other != id && deps.iter().any(|d| d == id) {
                    visit(other, graph, order);
                }
            }
            order.push(id.to_string());
        }
        for id in ids {
            visit(id, &graph, &mut order);
        }
        if !depend {
            // The first given with a dependent not given, and its direct dependents.
            for id in ids {
                let direct: Vec<String> = graph
                    .iter()
                    .filter(|(o, deps)| !ids.contains(o) && deps.contains(id))
                    .filter_map(|(o, _)| all.iter().find(|c| &c.id == o).map(|c| c.name.clone()))
                    .collect();
                if !direct.is_empty() {
                    return Err(Error::InvalidState(format!(
                        "container {id} has dependent containers which must be removed before it: {}: container already exists",
                        direct.join(", ")
                    )));
                }
            }
        }
        Ok(order)
    }

    /// `ps --size`, `inspect --size`: what the container wrote (its overlay upper dir) and
    /// that plus its image (podman's RootFsSize, the "virtual" size), in bytes.
    pub fn container_size(&self, rec: &crate::store::containers::ContainerRecord) -> (u64, u64) {
        let rw = disk_usage(&self.store.container_dir(&rec.id).join("upper"));
        let image = self.store.image(&rec.image_id).map(|i| i.size).unwrap_or(0);
        (rw, rw + image)
    }

    /// `diff`: what the container changed against its image, from its overlay upper dir:
    /// `A` added, `C` changed, `D` deleted.
    pub fn diff_container(&self, query: &str) -> Result<Vec<(char, String)>, Error> {
        let rec = self.find_container(query)?;
        let upper = self.store.container_dir(&rec.id).join("upper");
        let lowers: Vec<std::path::PathBuf> = rec
            .layers
            .iter()
            .rev()
            .filter_map(|c| self.store.layer_diff(c))
            .collect();
        let mut out = Vec::new();
        walk_upper(&upper, Path::new("/"), &lowers, &mut out);
        // The mount points gorae itself created for its generated /etc files are not changes
        // the user made (podman hides them too), nor is the directory they made "changed".
        let generated = ["/etc/hostname", "/etc/hosts", "/etc/resolv.conf"];
        let ours = |p: &str| generated.contains(&p) && !in_lowers(&lowers, Path::new(p));
        let hidden: Vec<String> = out
            .iter()
            .filter(|(_, p)| ours(p))
            .map(|(_, p)| p.clone())
            .collect();
        out.retain(|(_, p)| !ours(p));
        if !hidden.is_empty() && !out.iter().any(|(_, p)| p.starts_with("/etc/")) {
            out.retain(|(k, p)| !(*k == 'C' && p == "/etc"));
        }
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }
}

fn in_lowers(lowers: &[std::path::PathBuf], rel: &Path) -> bool {
    let rel = rel.strip_prefix("/").unwrap_or(rel);
    for l in lowers {
        match std::fs::symlink_metadata(l.join(rel)) {
            Ok(m) if m.file_type().is_char_device() && m.rdev() == 0 => return false,
            Ok(_) => return true,
            Err(_) => {}
        }
    }
    false
}

fn walk_upper(
    dir: &Path,
    rel: &Path,
    lowers: &[std::path::PathBuf],
    out: &mut Vec<(char, String)>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = rel.join(e.file_name());
        let Ok(meta) = e.path().symlink_metadata() else {
            continue;
        };
        let shown = path.display().to_string();
        if meta.file_type().is_char_device() && meta.rdev() == 0 {
            out.push(('D', shown));
            continue;
        }
        let existed = in_lowers(lowers, &path);
        out.push((if existed { 'C' } else { 'A' }, shown));
        if meta.is_dir() {
            walk_upper(&e.path(), &path, lowers, out);
        }
    }
}

/// One process of a running container.
#[derive(Debug, Clone)]
pub struct ProcessRow {
    pub pid: i32,
    pub ppid: i32,
    pub user: u64,
    pub command: String,
}

/// `top`: the processes in the container's PID namespace, with PIDs as the container sees them.
pub fn top(engine: &Engine, query: &str) -> Result<Vec<ProcessRow>, Error> {
    let rec = engine.refresh(engine.find_container(query)?);
    if !is_running(&rec) {
        return Err(Error::InvalidState(format!(
            "top can only be used on running containers: {} is {}",
            rec.name,
            rec.state.as_str()
        )));
    }
    let pid = rec.pid.unwrap_or(0);
    let ns = std::fs::read_link(format!("/proc/{pid}/ns/pid"))
        .map_err(|e| Error::System(format!("reading the PID namespace: {e}")))?;
    // /proc shows host IDs; the container's uid_map turns them back into its own.
    let uid_map = std::fs::read_to_string(format!("/proc/{pid}/uid_map")).unwrap_or_default();
    let mut rows = Vec::new();
    for entry in std::fs::read_dir("/proc").at(Path::new("/proc"))?.flatten() {
        let Some(p) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<i32>().ok())
        else {
            continue;
        };
        if std::fs::read_link(format!("/proc/{p}/ns/pid"))
            .ok()
            .as_ref()
            != Some(&ns)
        {
            continue;
        }
        let Ok(status) = std::fs::read_to_string(format!("/proc/{p}/status")) else {
            continue;
        };
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .map(str::trim)
                .unwrap_or("")
        };
        // NSpid lists the PID in each namespace, outermost first: the last is the container's.
        let inner = field("NSpid:")
            .split_whitespace()
            .last()
            .and_then(|v| v.parse().ok())
            .unwrap_or(p);
        let inner_ppid = field("PPid:").parse::<i32>().ok().and_then(|pp| {
            std::fs::read_to_string(format!("/proc/{pp}/status"))
                .ok()
                .and_then(|s| {
                    s.lines()
                        .find_map(|l| l.strip_prefix("NSpid:"))
                        .and_then(|v| {
                            let v: Vec<&str> = v.split_whitespace().collect();
                            (v.len() > 1)
                                .then(|| v.last().and_then(|x| x.parse().ok()))
                                .flatten()
                        })
                })
        });
        let host_uid: u64 = field("Uid:")
            .split_whitespace()
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let uid = inside_id(&uid_map, host_uid);
        let cmdline = std::fs::read(format!("/proc/{p}/cmdline")).unwrap_or_default();
        let command = String::from_utf8_lossy(&cmdline)
            .replace('\0', " ")
            .trim()
            .to_string();
        rows.push(ProcessRow {
            pid: inner,
            ppid: inner_ppid.unwrap_or(0),
            user: uid,
            command,
        });
    }
    rows.sort_by_key(|r| r.pid);
    Ok(rows)
}

/// The ID inside a user namespace for `host` according to `map` (`inside outside count` lines).
fn inside_id(map: &str, host: u64) -> u64 {
    for line in map.lines() {
        let f: Vec<u64> = line
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        if let [inside, outside, count] = f[..]
            && host >= outside
            && host < outside + count
        {
            return inside + (host - outside);
        }
    }
    host
}

/// Host PIDs of every process in the container's PID namespace.
fn container_pids(pid: i32) -> Vec<i32> {
    let Ok(ns) = std::fs::read_link(format!("/proc/{pid}/ns/pid")) else {
        return Vec::new();
    };
    std::fs::read_dir("/proc")
        .map(|d| {
            d.flatten()
                .filter_map(|e| e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()))
                .filter(|p| {
                    std::fs::read_link(format!("/proc/{p}/ns/pid"))
                        .ok()
                        .as_ref()
                        == Some(&ns)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `pause`/`unpause` through the container's `cgroup.freeze`. Without a cgroup the container's
/// processes are stopped with SIGSTOP and resumed with SIGCONT: the same effect, but a process
/// may notice the SIGCONT.
pub fn set_paused(engine: &Engine, query: &str, pause: bool) -> Result<(), Error> {
    use crate::store::containers::ContainerState;
    let rec = engine.refresh(engine.find_container(query)?);
    let want = if pause {
        ContainerState::Running
    } else {
        ContainerState::Paused
    };
    if !is_running(&rec) || rec.state != want {
        return Err(Error::InvalidState(format!(
            "\"{}\" is not {}, can't {}: container state improper",
            rec.name,
            if pause { "running" } else { "paused" },
            if pause { "pause" } else { "unpause" }
        )));
    }
    match rec.cgroup.as_deref().map(std::path::Path::new) {
        Some(leaf) if leaf.join("cgroup.freeze").exists() => {
            crate::process::cgroup::freeze(leaf, pause)
                .map_err(|e| Error::System(e.to_string()))?;
        }
        _ => {
            let pids = container_pids(rec.pid.unwrap_or(0));
            let sig = if pause {
                nix::sys::signal::Signal::SIGSTOP
            } else {
                nix::sys::signal::Signal::SIGCONT
            };
            super::lifecycle::signal_all(&rec, &pids, sig.into())?;
        }
    }
    engine.store.update_container(&rec.id, |c| {
        c.state = if pause {
            ContainerState::Paused
        } else {
            ContainerState::Running
        };
    })?;
    Ok(())
}

/// One sample of `stats`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "CPU")]
    pub cpu_percent: f64,
    #[serde(rename = "MemUsage")]
    pub mem_bytes: u64,
    #[serde(rename = "MemLimit")]
    pub mem_limit: u64,
    #[serde(rename = "PIDs")]
    pub pids: usize,
    #[serde(rename = "CPUNano")]
    pub cpu_nanos: u64,
    /// Bytes read and written, from the cgroup's `io.stat` (`None` without a cgroup).
    #[serde(rename = "BlockIO")]
    pub block_io: Option<(u64, u64)>,
}

/// `stats` from the container's cgroup (`cpu.stat`, `memory.current`, `memory.max`,
/// `pids.current`), or without one from /proc: CPU time and resident memory summed over its
/// processes. CPU% is over `since`, or since the container started.
pub fn stats(
    engine: &Engine,
    query: &str,
    previous: Option<(&Stats, std::time::Duration)>,
) -> Result<Stats, Error> {
    let rec = engine.refresh(engine.find_container(query)?);
    if !is_running(&rec) {
        return Err(Error::InvalidState(format!(
            "container {} is not running",
            rec.name
        )));
    }
    // (CPU time, memory in use, memory limit if any, processes, block IO)
    let usage = rec
        .cgroup
        .as_deref()
        .and_then(|l| crate::process::cgroup::usage(std::path::Path::new(l)));
    let (cpu_nanos, mem_bytes, limit, pids, block_io) = match usage {
        Some(u) => (
            u.cpu_nanos,
            u.memory,
            u.memory_max,
            u.pids,
            Some((u.io_read, u.io_write)),
        ),
        None => {
            let ticks = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
                .ok()
                .flatten()
                .unwrap_or(100) as u64;
            let page = nix::unistd::sysconf(nix::unistd::SysconfVar::PAGE_SIZE)
                .ok()
                .flatten()
                .unwrap_or(4096) as u64;
            let pids = container_pids(rec.pid.unwrap_or(0));
            let (mut cpu_ticks, mut rss) = (0u64, 0u64);
            for p in &pids {
                if let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) {
                    let f: Vec<&str> = stat
                        .rsplit_once(')')
                        .map(|(_, r)| r.split_whitespace().collect())
                        .unwrap_or_default();
                    // utime, stime are fields 14 and 15 (index 11, 12 after the comm); rss is
                    // 24 (21).
                    cpu_ticks += f.get(11).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0)
                        + f.get(12).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
                    rss += f.get(21).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0) * page;
                }
            }
            (
                cpu_ticks * 1_000_000_000 / ticks,
                rss,
                None,
                pids.len(),
                None,
            )
        }
    };
    let cpu_percent = match previous {
        Some((prev, elapsed)) if !elapsed.is_zero() => {
            cpu_nanos.saturating_sub(prev.cpu_nanos) as f64 / elapsed.as_nanos() as f64 * 100.0
        }
        _ => {
            let started = rec
                .started_at
                .as_deref()
                .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
            let up = started
                .map(|s| {
                    (chrono::Utc::now() - s.with_timezone(&chrono::Utc))
                        .num_nanoseconds()
                        .unwrap_or(0)
                })
                .unwrap_or(0);
            if up > 0 {
                cpu_nanos as f64 / up as f64 * 100.0
            } else {
                0.0
            }
        }
    };
    // Without a memory limit, the machine's memory is the limit (as podman shows it).
    let mem_limit = limit.unwrap_or_else(|| {
        std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|m| {
                m.lines()
                    .find_map(|l| l.strip_prefix("MemTotal:"))
                    .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
            })
            .unwrap_or(0)
            * 1024
    });
    Ok(Stats {
        id: rec.id.clone(),
        name: rec.name,
        cpu_percent,
        mem_bytes,
        mem_limit,
        pids,
        cpu_nanos,
        block_io,
    })
}

/// `mount`: the container's root filesystem, mounted at its `merged` directory in this
/// process's mount namespace. Rootless, that is only useful inside `gorae unshare` (which has
/// a mount namespace of its own that the shell shares); the caller checks.
pub fn mount(engine: &Engine, query: &str) -> Result<std::path::PathBuf, Error> {
    let rec = engine.find_container(query)?;
    let dir = engine.store.container_dir(&rec.id);
    let merged = dir.join("merged");
    if is_mounted(&merged) {
        return Ok(merged);
    }
    let lower: Vec<String> = rec
        .layers
        .iter()
        .rev()
        .filter_map(|c| crate::store::digest_hex(c).map(|h| format!("{h}/diff")))
        .collect();
    if lower.is_empty() {
        return Err(Error::Invalid(format!(
            "container {} has no image (a pod's infra): nothing to mount",
            rec.name
        )));
    }
    crate::process::rootfs::mount_overlay_at(
        &engine.store.layers_dir(),
        &lower,
        &dir.join("upper"),
        &dir.join("work"),
        &merged,
    )
    .map_err(|e| Error::System(e.to_string()))?;
    Ok(merged)
}

/// `unmount`: undoes [`mount`]; not mounted is not an error (as in podman).
pub fn unmount(engine: &Engine, query: &str) -> Result<String, Error> {
    let rec = engine.find_container(query)?;
    let merged = engine.store.container_dir(&rec.id).join("merged");
    if is_mounted(&merged) {
        nix::mount::umount2(&merged, nix::mount::MntFlags::MNT_DETACH)
            .map_err(|e| Error::System(format!("unmounting {}: {e}", merged.display())))?;
    }
    Ok(rec.id)
}

/// Whether `path` is a mount point in this process's mount namespace.
pub fn is_mounted(path: &Path) -> bool {
    let want = path.to_string_lossy();
    std::fs::read_to_string("/proc/self/mountinfo")
        .unwrap_or_default()
        .lines()
        .any(|l| l.split(' ').nth(4) == Some(&want))
}

/// The 64-digit hex strings in `text` (container IDs among them).
fn hex_ids(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i - start == 64 {
            out.push(&text[start..i]);
        }
        i += 1;
    }
    out
}

/// The bytes of the regular files under `p`, not following symlinks.
pub fn disk_usage(p: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(p) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => disk_usage(&e.path()),
            Ok(m) if m.is_file() => m.len(),
            _ => 0,
        })
        .sum()
}
