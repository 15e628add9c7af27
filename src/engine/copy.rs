//! `cp` between a container and the host, both ways, for running and stopped containers.
//!
//! Every path on the container side is resolved with `openat2(RESOLVE_IN_ROOT)` and walked by
//! descriptor, never by path, so a container that swaps a directory for a symlink while the
//! copy runs (CVE-2018-15664) can only redirect it inside itself. The host side is opened
//! before entering the container's mount namespace. Data moves as a tar stream into the same
//! confined extractor that unpacks image layers.

use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

use nix::sched::CloneFlags;
use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use serde::{Deserialize, Serialize};

use super::Engine;
use super::Error;
use super::error::IoAt;
use super::lifecycle::is_running;
use crate::image::extract::{ExtractError, ExtractOptions, extract_at};
use crate::inroot;
use crate::process::userns;
use crate::sys::{self, Forked};

pub enum Direction {
    /// CONTAINER:SRC → host DEST
    Out {
        container_path: String,
        host: PathBuf,
    },
    /// host SRC → CONTAINER:DEST
    In {
        host: PathBuf,
        container_path: String,
    },
}

/// `cp`'s choices: `--archive` (into a container, files go to its user: the default) and
/// `--overwrite` (a directory may replace a non-directory, and the reverse).
#[derive(Debug, Clone, Copy)]
pub struct CopyOptions {
    pub archive: bool,
    pub overwrite: bool,
}

/// Copies; the work happens in a child that enters the container's namespaces.
pub fn copy(engine: &Engine, query: &str, dir: Direction, o: CopyOptions) -> Result<(), Error> {
    let rec = engine.refresh(engine.find_container(query)?);
    let running = is_running(&rec);
    let squash = engine.mapping.squashes_owners();
    let user = super::run::LaunchConfig::of(&rec)
        .map(|l| l.spec.user)
        .unwrap_or_else(|_| "0".into());
    // The host side, opened here, in gorae's own mount namespace: a directory and a name in it.
    let host_side = match &dir {
        Direction::Out { host, .. } => {
            if host.is_dir() {
                (open_dir(host)?, None)
            } else {
                (open_dir(parent_of(host))?, Some(file_name(host)))
            }
        }
        Direction::In { host, .. } => {
            if std::fs::symlink_metadata(host).is_err() {
                return Err(Error::io(
                    host,
                    std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory"),
                ));
            }
            if host.is_dir() && host.file_name().is_none() {
                (open_dir(host)?, Some(".".to_string()))
            } else {
                (open_dir(parent_of(host))?, Some(file_name(host)))
            }
        }
    };
    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .map_err(|e| Error::System(e.to_string()))?;
    let stopped_launch = if running {
        None
    } else {
        Some(super::run::prepare(engine, &rec)?)
    };
    match sys::fork().map_err(|e| Error::System(e.to_string()))? {
        Forked::Child => {
            drop(report_r);
            let result = (|| -> Result<(), Error> {
                let root = if running {
                    let pid = rec.pid.ok_or_else(|| Error::System("no process".into()))?;
                    let ns = PathBuf::from(format!("/proc/{pid}/ns/mnt"));
                    let mnt = std::fs::File::open(&ns).at(&ns)?;
                    userns::join(pid).map_err(|e| Error::from(super::EngineError::from(e)))?;
                    nix::sched::setns(&mnt, CloneFlags::CLONE_NEWNS)
                        .map_err(|e| Error::System(format!("joining the mount namespace: {e}")))?;
                    rustix::fs::open(
                        "/",
                        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
                        Mode::empty(),
                    )
                    .map_err(|e| Error::io("/", e.into()))?
                } else {
                    let l = stopped_launch
                        .as_ref()
                        .ok_or_else(|| Error::System("no launch".into()))?;
                    mount_stopped(l)?
                };
                let (host_dir, host_name) = host_side;
                match &dir {
                    Direction::Out { container_path, .. } => {
                        let (src_dir, src_name) = resolve_existing(&root, container_path)?;
                        // Into an existing host directory keeps the name; else the copy is named as given.
                        let name = host_name.unwrap_or_else(|| {
                            if src_name == "." {
                                file_name(Path::new(container_path))
                            } else {
                                src_name.clone()
                            }
                        });
                        check_overwrite(&src_dir, &src_name, &host_dir, &name, o.overwrite)?;
                        pipe_tar(src_dir, src_name, name, host_dir, None)
                    }
                    Direction::In { container_path, .. } => {
                        let src_name = host_name.unwrap_or_else(|| ".".into());
                        let (dest, rename) = resolve_dest(&root, container_path, &src_name)?;
                        check_overwrite(&host_dir, &src_name, &dest, &rename, o.overwrite)?;
                        // --archive: the container's user owns what lands (where IDs map).
                        let owner = if o.archive && !squash {
                            Some(container_user(&root, &user)?)
                        } else {
                            None
                        };
                        pipe_tar(host_dir, src_name, rename, dest, owner)
                    }
                }
            })();
            if let Err(e) = result {
                report_to_parent(report_w, &e);
                sys::exit_now(1);
            }
            sys::exit_now(0);
        }
        Forked::Parent(child) => {
            drop(report_w);
            let reported = reported_by_child(report_r);
            let _ = nix::sys::wait::waitpid(child, None);
            reported.map_or(Ok(()), Err)
        }
    }
}

/// An [`Error`] on its way from a forked child to its parent, keeping its variant (the cases a
/// caller branches on; the rest arrive as [`Error::System`] with the same text).
#[derive(Serialize, Deserialize)]
enum Report {
    Io {
        path: PathBuf,
        errno: Option<i32>,
        text: String,
    },
    Invalid(String),
    InvalidState(String),
    System(String),
}

/// In a forked child: writes `e` to the parent's report pipe.
pub(super) fn report_to_parent(w: OwnedFd, e: &Error) {
    let report = match e {
        Error::Io { path, source } => Report::Io {
            path: path.clone(),
            errno: source.raw_os_error(),
            text: source.to_string(),
        },
        Error::Invalid(m) => Report::Invalid(m.clone()),
        Error::InvalidState(m) => Report::InvalidState(m.clone()),
        e => Report::System(e.to_string()),
    };
    let data = serde_json::to_vec(&report).expect("reports serialize");
    let _ = std::fs::File::from(w).write_all(&data);
}

/// In the parent: what the child reported through [`report_to_parent`], once it closed the
/// pipe; `None` if it reported nothing.
pub(super) fn reported_by_child(r: OwnedFd) -> Option<Error> {
    let mut buf = Vec::new();
    let _ = std::fs::File::from(r).read_to_end(&mut buf);
    if buf.is_empty() {
        return None;
    }
    Some(match serde_json::from_slice(&buf) {
        Ok(Report::Io { path, errno, text }) => Error::Io {
            path,
            source: errno.map_or_else(
                || std::io::Error::other(text),
                std::io::Error::from_raw_os_error,
            ),
        },
        Ok(Report::Invalid(m)) => Error::Invalid(m),
        Ok(Report::InvalidState(m)) => Error::InvalidState(m),
        Ok(Report::System(m)) => Error::System(m),
        Err(_) => Error::System(String::from_utf8_lossy(&buf).into_owned()),
    })
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| ".".into())
}

fn parent_of(p: &Path) -> &Path {
    p.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn open_dir(p: &Path) -> Result<OwnedFd, Error> {
    rustix::fs::open(
        p,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| Error::io(p, e.into()))
}

/// A stopped container: its overlay, mounted in a private mount namespace of this child.
fn mount_stopped(l: &crate::process::container::Launch) -> Result<OwnedFd, Error> {
    use nix::mount::{MsFlags, mount};
    nix::sched::unshare(CloneFlags::CLONE_NEWNS)
        .map_err(|e| Error::System(format!("unshare: {e}")))?;
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .map_err(|e| Error::System(e.to_string()))?;
    crate::process::rootfs::mount_overlay_at(
        &l.layers_root,
        &l.lower,
        &l.upper,
        &l.work,
        &l.merged,
    )
    .map_err(|e| Error::System(e.to_string()))?;
    rustix::fs::open(
        &l.merged,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| Error::io(&l.merged, e.into()))
}

fn split(path: &str) -> (Vec<&str>, &str) {
    let mut parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let base = parts.pop().unwrap_or(".");
    (parts, base)
}

/// The container-side source: its directory (resolved inside the root) and its name there
/// (`.` for the directory itself). The name is never followed if it is a symlink.
fn resolve_existing(root: &OwnedFd, path: &str) -> Result<(OwnedFd, String), Error> {
    let (parents, base) = split(path);
    let dir = inroot::open_dir(root, &parents, false, inroot::IN_ROOT_XDEV)
        .map_err(|e| Error::io(path, e.into()))?;
    rustix::fs::statat(&dir, base, AtFlags::SYMLINK_NOFOLLOW)
        .map_err(|e| Error::io(path, e.into()))?;
    Ok((dir, base.to_string()))
}

/// The container-side destination dir and the name to give the copy: into `path` if it is a
/// directory, else as `path` itself (its parent must exist).
fn resolve_dest(root: &OwnedFd, path: &str, src_name: &str) -> Result<(OwnedFd, String), Error> {
    let all: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if let Ok(fd) = inroot::open_dir(root, &all, false, inroot::IN_ROOT_XDEV) {
        return Ok((fd, src_name.to_string()));
    }
    let (parents, base) = split(path);
    let dir = inroot::open_dir(root, &parents, false, inroot::IN_ROOT_XDEV)
        .map_err(|e| Error::io(path, e.into()))?;
    Ok((dir, base.to_string()))
}

/// The container's user (`--user`, a name or number) as IDs, from its own passwd and group.
fn container_user(root: &OwnedFd, user: &str) -> Result<(u32, u32), Error> {
    let read = |path: &str| -> String {
        inroot::open_any(root, path, inroot::IN_ROOT_XDEV)
            .ok()
            .and_then(|fd| std::io::read_to_string(std::fs::File::from(fd)).ok())
            .unwrap_or_default()
    };
    let u = crate::runtime::users::resolve(user, &read("etc/passwd"), &read("etc/group"))
        .map_err(|e| Error::Invalid(format!("--archive: {e}")))?;
    Ok((u.uid, u.gid))
}

/// Without `--overwrite`, a directory never replaces a non-directory, nor the reverse.
fn check_overwrite(
    src_dir: &OwnedFd,
    src_name: &str,
    dest_dir: &OwnedFd,
    name: &str,
    overwrite: bool,
) -> Result<(), Error> {
    if overwrite || name == "." {
        return Ok(());
    }
    let is_dir = |dir: &OwnedFd, n: &str| {
        rustix::fs::statat(dir, n, AtFlags::SYMLINK_NOFOLLOW)
            .ok()
            .map(|st| FileType::from_raw_mode(st.st_mode) == FileType::Directory)
    };
    match (is_dir(src_dir, src_name), is_dir(dest_dir, name)) {
        (Some(true), Some(false)) => Err(Error::Invalid(format!(
            "cannot overwrite non-directory {name:?} with directory {src_name:?} (use --overwrite)"
        ))),
        (Some(false), Some(true)) => Err(Error::Invalid(format!(
            "cannot overwrite directory {name:?} with non-directory {src_name:?} (use --overwrite)"
        ))),
        _ => Ok(()),
    }
}

/// Streams `src_dir/src_name` (file, dir or symlink) as a tar into the directory `dest`,
/// naming it `name` there; owned by `owner` (uid, gid) when given, else by the root of
/// wherever they land (the container's root, or the user).
fn pipe_tar(
    src_dir: OwnedFd,
    src_name: String,
    name: String,
    dest: OwnedFd,
    owner: Option<(u32, u32)>,
) -> Result<(), Error> {
    let (r, w) = std::io::pipe().map_err(|e| Error::System(e.to_string()))?;
    let writer = std::thread::spawn(move || -> Result<(), Error> {
        let mut b = tar::Builder::new(w);
        b.mode(tar::HeaderMode::Deterministic);
        add(
            &mut b,
            &src_dir,
            &src_name,
            &name,
            0,
            owner.unwrap_or((0, 0)),
        )?;
        b.into_inner()
            .map(drop)
            .map_err(|e| Error::System(e.to_string()))
    });
    let opts = ExtractOptions {
        squash_owners: owner.is_none(),
        ..ExtractOptions::default()
    };
    let extracted = extract_at(r, dest, &opts).map_err(|e| match e {
        // Reading the stream, writing the copy: the system's trouble.
        ExtractError::Read(_) | ExtractError::Io { .. } => Error::System(e.to_string()),
        // What is copied can't be (an entry that would escape, an owner not mapped).
        _ => Error::Invalid(e.to_string()),
    });
    let written = writer
        .join()
        .map_err(|_| Error::System("the copy thread failed".into()))?;
    extracted.map(drop).and(written)
}

/// Adds `dir/entry` under `name`, walking by descriptor and never following a symlink.
fn add<W: Write>(
    b: &mut tar::Builder<W>,
    dir: &OwnedFd,
    entry: &str,
    name: &str,
    depth: usize,
    owner: (u32, u32),
) -> Result<(), Error> {
    if depth > 256 {
        return Err(Error::Invalid(format!("{name}: too deep")));
    }
    let err = |e: rustix::io::Errno| Error::io(name, e.into());
    let st = rustix::fs::statat(dir, entry, AtFlags::SYMLINK_NOFOLLOW).map_err(err)?;
    let mut h = tar::Header::new_gnu();
    h.set_mode(st.st_mode & 0o7777);
    h.set_mtime(st.st_mtime as u64);
    h.set_uid(u64::from(owner.0));
    h.set_gid(u64::from(owner.1));
    match FileType::from_raw_mode(st.st_mode) {
        FileType::RegularFile => {
            let file = rustix::fs::openat(
                dir,
                entry,
                OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .map_err(err)?;
            h.set_entry_type(tar::EntryType::Regular);
            h.set_size(st.st_size as u64);
            b.append_data(&mut h, name, std::fs::File::from(file))
                .map_err(|e| Error::io(name, e))
        }
        FileType::Directory => {
            h.set_entry_type(tar::EntryType::Directory);
            h.set_size(0);
            b.append_data(&mut h, name, std::io::empty())
                .map_err(|e| Error::io(name, e))?;
            let sub = rustix::fs::openat(
                dir,
                entry,
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .map_err(err)?;
            let mut names = Vec::new();
            for ent in rustix::fs::Dir::read_from(&sub).map_err(err)? {
                let ent = ent.map_err(err)?;
                let n = ent.file_name().to_string_lossy().into_owned();
                if n != "." && n != ".." {
                    names.push(n);
                }
            }
            names.sort();
            for n in names {
                add(b, &sub, &n, &format!("{name}/{n}"), depth + 1, owner)?;
            }
            Ok(())
        }
        FileType::Symlink => {
            let target = rustix::fs::readlinkat(dir, entry, Vec::new()).map_err(err)?;
            h.set_entry_type(tar::EntryType::Symlink);
            h.set_size(0);
            b.append_link(&mut h, name, target.to_string_lossy().as_ref())
                .map_err(|e| Error::io(name, e))
        }
        // Devices, sockets and FIFOs are not copied.
        _ => Ok(()),
    }
}
