//! Entering gorae's user namespace.
//!
//! The process itself unshares `CLONE_NEWUSER` and becomes root there, so store work (chown to
//! image owners, overlay mounts) needs no privilege on the host. A helper forked beforehand stays
//! in the host namespace and maps us with the setuid `newuidmap`/`newgidmap` from the
//! `/etc/subuid` ranges. Without the tools or a range we map our own ID alone.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use nix::sched::{CloneFlags, unshare};
use nix::sys::wait::{WaitStatus, waitpid};
use nix::unistd::{Gid, Uid};
use thiserror::Error;

use crate::sys::{self, Forked};

#[derive(Debug, Error)]
pub enum UsernsError {
    #[error(
        "creating a user namespace: {0} (are unprivileged user namespaces enabled? see /proc/sys/kernel/unprivileged_userns_clone)"
    )]
    Unshare(#[source] nix::Error),
    #[error("user namespace set-up: {0}")]
    Setup(#[source] std::io::Error),
    #[error("writing {0}: {1}")]
    Map(String, #[source] std::io::Error),
    #[error("becoming root in the user namespace: {0}")]
    SetId(#[source] nix::Error),
    /// `newuidmap` or `newgidmap` could not be started or waited for.
    #[error("running {tool}: {source}")]
    Spawn {
        tool: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("waiting for {tool}: {source}")]
    Wait {
        tool: &'static str,
        #[source]
        source: std::io::Error,
    },
    /// `newuidmap` or `newgidmap` refused the mapping; `stderr` says why.
    #[error("{tool} {args}: {stderr}")]
    Tool {
        tool: &'static str,
        args: String,
        stderr: String,
    },
    /// The helper process that maps us failed; its report, as it sent it.
    #[error("{0}")]
    Helper(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdRange {
    pub start: u32,
    pub count: u32,
}

/// How IDs inside map to the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mapping {
    /// Real root: no user namespace.
    HostRoot,
    /// Our ID as 0, then the subordinate ranges from 1 upwards.
    Full {
        uid: u32,
        gid: u32,
        uids: Vec<IdRange>,
        gids: Vec<IdRange>,
    },
    /// Only our own ID, as 0; everything else in images is squashed to root.
    Single { uid: u32, gid: u32, why: String },
}

impl Mapping {
    pub fn squashes_owners(&self) -> bool {
        matches!(self, Mapping::Single { .. })
    }
}

/// Parses `/etc/subuid`-style lines (`name-or-id:start:count`) for one user.
pub fn parse_subid(text: &str, name: Option<&str>, id: u32) -> Vec<IdRange> {
    let id_str = id.to_string();
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            if line.starts_with('#') {
                return None;
            }
            let mut it = line.split(':');
            let who = it.next()?;
            let start = it.next()?.trim().parse().ok()?;
            let count = it.next()?.trim().parse().ok()?;
            let mine = who == id_str || Some(who) == name;
            (mine && count > 0).then_some(IdRange { start, count })
        })
        .collect()
}

fn find_tool(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
    std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/bin"), PathBuf::from("/usr/sbin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Decides the mapping for the current user without changing anything.
pub fn plan() -> Mapping {
    let uid = Uid::effective().as_raw();
    let gid = Gid::effective().as_raw();
    if uid == 0 {
        return Mapping::HostRoot;
    }
    let single = |why: String| Mapping::Single { uid, gid, why };
    if std::env::var("GORAE_IDMAP").as_deref() == Ok("single") {
        return single("GORAE_IDMAP=single".into());
    }
    let name = nix::unistd::User::from_uid(Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name);
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let uids = parse_subid(&read("/etc/subuid"), name.as_deref(), uid);
    let gids = parse_subid(&read("/etc/subgid"), name.as_deref(), gid);
    let who = name.unwrap_or_else(|| uid.to_string());
    if uids.is_empty() || gids.is_empty() {
        return single(format!("no range for {who} in /etc/subuid and /etc/subgid"));
    }
    if find_tool("newuidmap").is_none() || find_tool("newgidmap").is_none() {
        return single("newuidmap/newgidmap not found (install the uidmap package)".into());
    }
    Mapping::Full {
        uid,
        gid,
        uids,
        gids,
    }
}

/// Enters a new user namespace with `mapping` and becomes root in it. Must run before any thread
/// is started.
pub fn enter(mapping: &Mapping) -> Result<Mapping, UsernsError> {
    match mapping {
        Mapping::HostRoot => Ok(Mapping::HostRoot),
        Mapping::Single { uid, gid, .. } => {
            unshare(CloneFlags::CLONE_NEWUSER).map_err(UsernsError::Unshare)?;
            write_single(*uid, *gid)?;
            become_root()?;
            Ok(mapping.clone())
        }
        Mapping::Full {
            uid,
            gid,
            uids,
            gids,
        } => match enter_full(*uid, *gid, uids, gids)? {
            Ok(()) => {
                become_root()?;
                Ok(mapping.clone())
            }
            Err(why) => {
                // Already unshared but unmapped: map ourselves alone and carry on.
                write_single(*uid, *gid)?;
                become_root()?;
                Ok(Mapping::Single {
                    uid: *uid,
                    gid: *gid,
                    why: why.to_string(),
                })
            }
        },
    }
}

/// Returns Ok(Err(why)) when the helper failed after we unshared, so the caller can fall back.
fn enter_full(
    uid: u32,
    gid: u32,
    uids: &[IdRange],
    gids: &[IdRange],
) -> Result<Result<(), UsernsError>, UsernsError> {
    let (mut go_r, mut go_w) = pipe()?;
    let (mut done_r, mut done_w) = pipe()?;
    let me = std::process::id();
    match sys::fork().map_err(UsernsError::Setup)? {
        Forked::Child => {
            drop(go_w);
            drop(done_r);
            let mut b = [0u8; 1];
            let code = if go_r.read_exact(&mut b).is_ok() {
                match map_with_tools(me, uid, gid, uids, gids) {
                    Ok(()) => 0,
                    Err(why) => {
                        // Across the fork as text: the parent reports it as the helper's.
                        let _ = done_w.write_all(why.to_string().as_bytes());
                        1
                    }
                }
            } else {
                1
            };
            drop(done_w);
            sys::exit_now(code);
        }
        Forked::Parent(helper) => {
            drop(go_r);
            drop(done_w);
            let unshared = unshare(CloneFlags::CLONE_NEWUSER);
            // Tell the helper to map us, or (on failure) to give up: closing the pipe does that.
            if unshared.is_ok() {
                let _ = go_w.write_all(b"g");
            }
            drop(go_w);
            let mut why = String::new();
            let _ = done_r.read_to_string(&mut why);
            let status = waitpid(helper, None);
            unshared.map_err(UsernsError::Unshare)?;
            match status {
                Ok(WaitStatus::Exited(_, 0)) => Ok(Ok(())),
                _ => Ok(Err(UsernsError::Helper(if why.is_empty() {
                    "newuidmap helper failed".into()
                } else {
                    why
                }))),
            }
        }
    }
}

fn map_with_tools(
    pid: u32,
    uid: u32,
    gid: u32,
    uids: &[IdRange],
    gids: &[IdRange],
) -> Result<(), UsernsError> {
    let args = |own: u32, ranges: &[IdRange]| -> Vec<String> {
        let mut args = vec![pid.to_string(), "0".into(), own.to_string(), "1".into()];
        let mut inside = 1u64;
        for r in ranges {
            args.extend([inside.to_string(), r.start.to_string(), r.count.to_string()]);
            inside += u64::from(r.count);
        }
        args
    };
    // Both tools at once: they are independent, and each costs a setuid exec.
    let jobs = [
        ("newuidmap", args(uid, uids)),
        ("newgidmap", args(gid, gids)),
    ];
    let children: Vec<_> = jobs
        .iter()
        .map(|(tool, a)| {
            Command::new(tool)
                .args(a)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|source| UsernsError::Spawn { tool, source })
        })
        .collect();
    let mut first_error = None;
    for ((tool, a), child) in jobs.iter().zip(children) {
        let result = child.and_then(|c| {
            c.wait_with_output()
                .map_err(|source| UsernsError::Wait { tool, source })
        });
        let failure = match result {
            Ok(out) if out.status.success() => continue,
            Ok(out) => UsernsError::Tool {
                tool,
                args: a.join(" "),
                stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            },
            Err(e) => e,
        };
        first_error.get_or_insert(failure);
    }
    first_error.map_or(Ok(()), Err)
}

/// Joins the user namespace of process `pid` (a container's monitor) and becomes root in it, so
/// signals and `setns` reach every process of that container whatever its user.
pub fn join(pid: i32) -> Result<(), UsernsError> {
    if Uid::effective().is_root() && current_is_initial() {
        return Ok(());
    }
    let path = format!("/proc/{pid}/ns/user");
    // Already there (the monitor runs its health checks from inside): nothing to join.
    if std::fs::read_link(&path).ok() == std::fs::read_link("/proc/self/ns/user").ok() {
        return become_root();
    }
    let f = std::fs::File::open(&path).map_err(|e| UsernsError::Map(path.clone(), e))?;
    nix::sched::setns(&f, CloneFlags::CLONE_NEWUSER).map_err(UsernsError::Unshare)?;
    become_root()
}

/// Whether this process is in the initial user namespace.
pub fn is_initial() -> bool {
    current_is_initial()
}

/// Whether this process is in the initial user namespace (real root needs no mapping).
fn current_is_initial() -> bool {
    std::fs::read_to_string("/proc/self/uid_map")
        .map(|m| m.split_whitespace().collect::<Vec<_>>() == ["0", "0", "4294967295"])
        .unwrap_or(false)
}

fn write_single(uid: u32, gid: u32) -> Result<(), UsernsError> {
    let write = |path: &str, data: String| {
        std::fs::write(path, data).map_err(|e| UsernsError::Map(path.to_string(), e))
    };
    write("/proc/self/setgroups", "deny".into())?;
    write("/proc/self/uid_map", format!("0 {uid} 1\n"))?;
    write("/proc/self/gid_map", format!("0 {gid} 1\n"))
}

fn become_root() -> Result<(), UsernsError> {
    let root_g = Gid::from_raw(0);
    let root_u = Uid::from_raw(0);
    nix::unistd::setresgid(root_g, root_g, root_g).map_err(UsernsError::SetId)?;
    nix::unistd::setresuid(root_u, root_u, root_u).map_err(UsernsError::SetId)?;
    Ok(())
}

fn pipe() -> Result<(std::fs::File, std::fs::File), UsernsError> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .map_err(|e| UsernsError::Setup(e.into()))?;
    Ok((std::fs::File::from(r), std::fs::File::from(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subid_lines_match_by_name_or_id() {
        let text =
            "# comment\nalice:100000:65536\n1001:200000:1000\nbob:300000:0\nalice:500000:10\n";
        assert_eq!(
            parse_subid(text, Some("alice"), 1000),
            vec![
                IdRange {
                    start: 100000,
                    count: 65536
                },
                IdRange {
                    start: 500000,
                    count: 10
                }
            ]
        );
        assert_eq!(
            parse_subid(text, Some("carol"), 1001),
            vec![IdRange {
                start: 200000,
                count: 1000
            }]
        );
        assert!(
            parse_subid(text, Some("bob"), 1002).is_empty(),
            "zero-sized ranges are ignored"
        );
    }
}
