//! Layer extraction, the engine's attack surface.
//!
//! Every path in a layer tar is resolved inside the layer directory with
//! `openat2(RESOLVE_IN_ROOT)`, and the last component is created with an `*at` call on the
//! resolved parent that never follows a link. So `..`, absolute names, symlinks (relative,
//! absolute or chained) and hardlinks can't reach outside: there is no string prefix check to get
//! wrong. OCI whiteouts become overlayfs whiteouts (a 0/0 character device) and opaque markers
//! become the `user.overlay.opaque` xattr, since layers are mounted with `userxattr`.

use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;

use rustix::fs::{AtFlags, FileType, Gid, Mode, OFlags, Timespec, Timestamps, Uid, XattrFlags};
use rustix::io::Errno;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ExtractError {
    #[error("reading layer: {0}")]
    Read(#[source] io::Error),
    #[error("layer entry {path:?}: {why}")]
    Refused { path: String, why: String },
    #[error("layer entry {path:?}: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error(
        "layer entry {path:?} is owned by {kind} {id}, outside the range mapped into the user namespace (check /etc/subuid and /etc/subgid)"
    )]
    Unmapped {
        path: String,
        kind: &'static str,
        id: u64,
    },
    #[error("layer exceeds the limit of {limit} {what} (set {env} to raise it)")]
    TooLarge {
        what: &'static str,
        limit: u64,
        env: &'static str,
    },
}

#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Single-ID user namespace: every file ends up owned by root.
    pub squash_owners: bool,
    pub max_entries: u64,
    pub max_bytes: u64,
    pub max_depth: usize,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            squash_owners: false,
            max_entries: env_limit("GORAE_MAX_LAYER_ENTRIES", 4_000_000),
            max_bytes: env_limit("GORAE_MAX_LAYER_BYTES", 256 << 30),
            max_depth: 256,
        }
    }
}

fn env_limit(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[derive(Debug, Default, Clone, Copy)]
pub struct ExtractStats {
    pub entries: u64,
    pub bytes: u64,
    pub skipped_devices: u64,
}

const WHITEOUT_PREFIX: &str = ".wh.";
const OPAQUE_MARKER: &str = ".wh..wh..opq";

/// Unpacks the tar stream `reader` into the empty directory `dest`.
pub fn extract<R: Read>(
    reader: R,
    dest: &Path,
    opts: &ExtractOptions,
) -> Result<ExtractStats, ExtractError> {
    let root = rustix::fs::open(
        dest,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| ExtractError::Io {
        path: dest.display().to_string(),
        source: e.into(),
    })?;
    extract_at(reader, root, opts)
}

/// Unpacks into the directory `root` (an fd, so the caller may have resolved it inside a
/// container's root, or opened it before entering another mount namespace).
pub fn extract_at<R: Read>(
    reader: R,
    root: OwnedFd,
    opts: &ExtractOptions,
) -> Result<ExtractStats, ExtractError> {
    let mut x = Extractor {
        root,
        opts: opts.clone(),
        stats: ExtractStats::default(),
        dir_times: Vec::new(),
    };
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries().map_err(ExtractError::Read)? {
        let entry = entry.map_err(ExtractError::Read)?;
        x.stats.entries += 1;
        if x.stats.entries > x.opts.max_entries {
            return Err(ExtractError::TooLarge {
                what: "entries",
                limit: x.opts.max_entries,
                env: "GORAE_MAX_LAYER_ENTRIES",
            });
        }
        x.entry(entry)?;
    }
    x.finish_dir_times();
    Ok(x.stats)
}

/// Why a tar name is refused (the reason inside [`ExtractError::Refused`]).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BadName {
    #[error("name is not valid UTF-8")]
    NotUtf8,
    #[error("name contains NUL")]
    Nul,
    #[error("name climbs out with '..'")]
    Climbs,
}

struct Extractor {
    root: OwnedFd,
    opts: ExtractOptions,
    stats: ExtractStats,
    dir_times: Vec<(Vec<String>, i64)>,
}

/// Splits a tar name into clean components. `.` and empty parts vanish, a leading `/` is
/// dropped (names are relative to the layer root), and `..` is refused outright.
pub fn clean_components(raw: &[u8]) -> Result<Vec<String>, BadName> {
    let text = std::str::from_utf8(raw).map_err(|_| BadName::NotUtf8)?;
    if text.contains('\0') {
        return Err(BadName::Nul);
    }
    let mut out = Vec::new();
    for part in text.split('/') {
        match part {
            "" | "." => {}
            ".." => return Err(BadName::Climbs),
            p => out.push(p.to_string()),
        }
    }
    Ok(out)
}

/// Where an entry goes: its parent (resolved inside the root), its last component, and its
/// name as errors show it.
struct Place<'a> {
    parent: &'a OwnedFd,
    base: &'a str,
    shown: &'a str,
}

impl Place<'_> {
    fn refuse(&self, why: String) -> ExtractError {
        refused(self.shown, why)
    }

    fn io_err(&self, source: Errno) -> ExtractError {
        io_error(self.shown, source)
    }
}

/// The owner, permissions and mtime an entry is created with.
struct Attrs {
    uid: u32,
    gid: u32,
    mode: Mode,
    mtime: i64,
}

fn refused(shown: &str, why: String) -> ExtractError {
    ExtractError::Refused {
        path: shown.to_string(),
        why,
    }
}

fn io_error(shown: &str, source: Errno) -> ExtractError {
    ExtractError::Io {
        path: shown.to_string(),
        source: source.into(),
    }
}

impl Extractor {
    fn entry<R: Read>(&mut self, mut entry: tar::Entry<'_, R>) -> Result<(), ExtractError> {
        let raw_path = entry.path_bytes().into_owned();
        let shown = String::from_utf8_lossy(&raw_path).into_owned();
        let refuse = |why: String| refused(&shown, why);
        let mut parts = clean_components(&raw_path).map_err(|why| refuse(why.to_string()))?;
        if parts.len() > self.opts.max_depth {
            return Err(refuse(format!(
                "deeper than {} components",
                self.opts.max_depth
            )));
        }
        let header = entry.header().clone();
        let kind = header.entry_type();
        let Some(base) = parts.pop() else {
            // The layer root itself ("./"): nothing to create.
            return Ok(());
        };
        let io_err = |source: Errno| io_error(&shown, source);

        if base == OPAQUE_MARKER {
            let dir = self.dir_fd(&parts, true).map_err(io_err)?;
            set_opaque(&dir).map_err(io_err)?;
            return Ok(());
        }
        if let Some(target) = base.strip_prefix(WHITEOUT_PREFIX) {
            return self.whiteout(&parts, target, &shown);
        }

        let parent = self.dir_fd(&parts, true).map_err(io_err)?;
        let mode = Mode::from_raw_mode(header.mode().map_err(ExtractError::Read)? & 0o7777);
        let (uid, gid) = self.owner(&header, &shown)?;
        let mtime = header.mtime().unwrap_or(0) as i64;
        let at = Place {
            parent: &parent,
            base: &base,
            shown: &shown,
        };
        let attrs = Attrs {
            uid,
            gid,
            mode,
            mtime,
        };

        use tar::EntryType as T;
        match kind {
            T::Directory => self.make_dir(&at, &attrs, parts)?,
            T::Regular | T::Continuous => self.write_file(&mut entry, &at, &attrs)?,
            T::Symlink => self.make_symlink(&header, &at, &attrs)?,
            T::Link => self.make_hardlink(&header, &at)?,
            T::Char | T::Block | T::Fifo => self.make_node(&header, kind, &at, &attrs)?,
            T::XGlobalHeader | T::XHeader | T::GNULongName | T::GNULongLink => {}
            other => return Err(refuse(format!("unsupported tar entry type {other:?}"))),
        }
        Ok(())
    }

    /// A whiteout `.wh.NAME` in the directory `parts`: NAME becomes a 0/0 character device.
    fn whiteout(&self, parts: &[String], target: &str, shown: &str) -> Result<(), ExtractError> {
        let io_err = |source: Errno| io_error(shown, source);
        if target.starts_with(".wh.") || target.is_empty() || target == "." || target == ".." {
            return Err(refused(shown, "malformed whiteout".into()));
        }
        let parent = self.dir_fd(parts, true).map_err(io_err)?;
        remove_existing(&parent, target).map_err(io_err)?;
        rustix::fs::mknodat(
            &parent,
            target,
            FileType::CharacterDevice,
            Mode::empty(),
            rustix::fs::makedev(0, 0),
        )
        .map_err(io_err)?;
        Ok(())
    }

    /// A directory: made unless there is one (what else is there goes); its mtime is set at the
    /// end.
    fn make_dir(
        &mut self,
        at: &Place,
        a: &Attrs,
        mut parts: Vec<String>,
    ) -> Result<(), ExtractError> {
        let (parent, base) = (at.parent, at.base);
        let dir = match rustix::fs::openat(parent, base, dir_flags(), Mode::empty()) {
            Ok(fd) => fd,
            Err(Errno::NOENT) => {
                rustix::fs::mkdirat(parent, base, Mode::from_raw_mode(0o700))
                    .map_err(|e| at.io_err(e))?;
                rustix::fs::openat(parent, base, dir_flags(), Mode::empty())
                    .map_err(|e| at.io_err(e))?
            }
            Err(Errno::NOTDIR) | Err(Errno::LOOP) => {
                remove_existing(parent, base).map_err(|e| at.io_err(e))?;
                rustix::fs::mkdirat(parent, base, Mode::from_raw_mode(0o700))
                    .map_err(|e| at.io_err(e))?;
                rustix::fs::openat(parent, base, dir_flags(), Mode::empty())
                    .map_err(|e| at.io_err(e))?
            }
            Err(e) => return Err(at.io_err(e)),
        };
        self.set_owner_mode(&dir, a.uid, a.gid, a.mode, at.shown)?;
        parts.push(base.to_string());
        self.dir_times.push((parts, a.mtime));
        Ok(())
    }

    /// A regular file, written within what is left of the byte budget.
    fn write_file<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        at: &Place,
        a: &Attrs,
    ) -> Result<(), ExtractError> {
        remove_existing(at.parent, at.base).map_err(|e| at.io_err(e))?;
        let fd = rustix::fs::openat(
            at.parent,
            at.base,
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o600),
        )
        .map_err(|e| at.io_err(e))?;
        let mut file = File::from(fd);
        let budget = self.opts.max_bytes.saturating_sub(self.stats.bytes);
        let n = io::copy(&mut entry.take(budget.saturating_add(1)), &mut file).map_err(|e| {
            ExtractError::Io {
                path: at.shown.to_string(),
                source: e,
            }
        })?;
        self.stats.bytes += n;
        if self.stats.bytes > self.opts.max_bytes {
            return Err(ExtractError::TooLarge {
                what: "bytes",
                limit: self.opts.max_bytes,
                env: "GORAE_MAX_LAYER_BYTES",
            });
        }
        self.set_owner_mode(&file, a.uid, a.gid, a.mode, at.shown)?;
        let _ = rustix::fs::futimens(&file, &times(a.mtime));
        Ok(())
    }

    /// A symbolic link, its target kept as it is (it is only ever resolved inside the root).
    fn make_symlink(
        &self,
        header: &tar::Header,
        at: &Place,
        a: &Attrs,
    ) -> Result<(), ExtractError> {
        let target = header
            .link_name_bytes()
            .ok_or_else(|| at.refuse("symlink without target".into()))?;
        let target = std::str::from_utf8(&target)
            .map_err(|_| at.refuse("symlink target is not UTF-8".into()))?;
        remove_existing(at.parent, at.base).map_err(|e| at.io_err(e))?;
        rustix::fs::symlinkat(target, at.parent, at.base).map_err(|e| at.io_err(e))?;
        self.chown_at(at.parent, at.base, a.uid, a.gid, at.shown)?;
        let _ = rustix::fs::utimensat(
            at.parent,
            at.base,
            &times(a.mtime),
            AtFlags::SYMLINK_NOFOLLOW,
        );
        Ok(())
    }

    /// A hard link to an entry already extracted, its target resolved inside the root.
    fn make_hardlink(&self, header: &tar::Header, at: &Place) -> Result<(), ExtractError> {
        let target = header
            .link_name_bytes()
            .ok_or_else(|| at.refuse("hardlink without target".into()))?;
        let mut tparts = clean_components(&target)
            .map_err(|why| at.refuse(format!("hardlink target: {why}")))?;
        let tbase = tparts
            .pop()
            .ok_or_else(|| at.refuse("hardlink to the layer root".into()))?;
        let tparent = self.dir_fd(&tparts, false).map_err(|e| at.io_err(e))?;
        remove_existing(at.parent, at.base).map_err(|e| at.io_err(e))?;
        rustix::fs::linkat(
            &tparent,
            tbase.as_str(),
            at.parent,
            at.base,
            AtFlags::empty(),
        )
        .map_err(|e| at.io_err(e))?;
        Ok(())
    }

    /// A character or block device, or a FIFO.
    fn make_node(
        &mut self,
        header: &tar::Header,
        kind: tar::EntryType,
        at: &Place,
        a: &Attrs,
    ) -> Result<(), ExtractError> {
        let ft = match kind {
            tar::EntryType::Char => FileType::CharacterDevice,
            tar::EntryType::Block => FileType::BlockDevice,
            _ => FileType::Fifo,
        };
        let dev = rustix::fs::makedev(
            header.device_major().ok().flatten().unwrap_or(0),
            header.device_minor().ok().flatten().unwrap_or(0),
        );
        remove_existing(at.parent, at.base).map_err(|e| at.io_err(e))?;
        match rustix::fs::mknodat(at.parent, at.base, ft, a.mode, dev) {
            Ok(()) => self.chown_at(at.parent, at.base, a.uid, a.gid, at.shown)?,
            // Device nodes can't be made in a user namespace; podman skips them too.
            Err(Errno::PERM) if ft != FileType::Fifo => self.stats.skipped_devices += 1,
            Err(e) => return Err(at.io_err(e)),
        }
        Ok(())
    }

    /// Opens (and with `create`, makes) the directory `parts` inside the root without leaving it.
    fn dir_fd(&self, parts: &[String], create: bool) -> Result<OwnedFd, Errno> {
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        crate::inroot::open_dir(&self.root, &parts, create, crate::inroot::IN_ROOT)
    }

    fn owner(&self, header: &tar::Header, shown: &str) -> Result<(u32, u32), ExtractError> {
        if self.opts.squash_owners {
            return Ok((0, 0));
        }
        let uid = header.uid().map_err(ExtractError::Read)?;
        let gid = header.gid().map_err(ExtractError::Read)?;
        let check = |id: u64, kind| {
            u32::try_from(id)
                .ok()
                .filter(|v| *v != u32::MAX)
                .ok_or(ExtractError::Unmapped {
                    path: shown.to_string(),
                    kind,
                    id,
                })
        };
        Ok((check(uid, "uid")?, check(gid, "gid")?))
    }

    fn set_owner_mode(
        &self,
        fd: &impl AsFd,
        uid: u32,
        gid: u32,
        mode: Mode,
        shown: &str,
    ) -> Result<(), ExtractError> {
        if !self.opts.squash_owners {
            rustix::fs::fchown(fd, Some(Uid::from_raw(uid)), Some(Gid::from_raw(gid)))
                .map_err(|e| self.owner_error(e, uid, gid, shown))?;
        }
        // After chown, which clears set-id bits.
        rustix::fs::fchmod(fd, mode).map_err(|e| ExtractError::Io {
            path: shown.to_string(),
            source: e.into(),
        })
    }

    fn chown_at(
        &self,
        parent: &OwnedFd,
        base: &str,
        uid: u32,
        gid: u32,
        shown: &str,
    ) -> Result<(), ExtractError> {
        if self.opts.squash_owners {
            return Ok(());
        }
        rustix::fs::chownat(
            parent,
            base,
            Some(Uid::from_raw(uid)),
            Some(Gid::from_raw(gid)),
            AtFlags::SYMLINK_NOFOLLOW,
        )
        .map_err(|e| self.owner_error(e, uid, gid, shown))
    }

    fn owner_error(&self, e: Errno, uid: u32, gid: u32, shown: &str) -> ExtractError {
        if e == Errno::INVAL {
            ExtractError::Unmapped {
                path: shown.to_string(),
                kind: "uid/gid",
                id: u64::from(uid.max(gid)),
            }
        } else {
            ExtractError::Io {
                path: shown.to_string(),
                source: e.into(),
            }
        }
    }

    /// Directory mtimes change as children arrive, so they are set last, deepest first.
    fn finish_dir_times(&mut self) {
        let mut dirs = std::mem::take(&mut self.dir_times);
        dirs.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for (parts, mtime) in dirs {
            if let Ok(fd) = open_in_root(&self.root, &parts.join("/")) {
                let _ = rustix::fs::utimensat(&fd, "", &times(mtime), AtFlags::EMPTY_PATH);
            }
        }
    }
}

fn dir_flags() -> OFlags {
    OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC
}

fn open_in_root(root: &OwnedFd, path: &str) -> Result<OwnedFd, Errno> {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    crate::inroot::open_dir(root, &parts, false, crate::inroot::IN_ROOT)
}

fn times(mtime: i64) -> Timestamps {
    let t = Timespec {
        tv_sec: mtime,
        tv_nsec: 0,
    };
    Timestamps {
        last_access: t,
        last_modification: t,
    }
}

fn set_opaque(dir: &OwnedFd) -> Result<(), Errno> {
    // O_PATH fds can't carry xattrs; reopen the directory itself.
    let real = rustix::fs::openat(dir, ".", dir_flags(), Mode::empty())?;
    rustix::fs::fsetxattr(&real, "user.overlay.opaque", b"y", XattrFlags::empty())
}

/// Removes whatever is at `parent/name` (a file, link or whole directory), not following links.
fn remove_existing(parent: &OwnedFd, name: &str) -> Result<(), Errno> {
    match rustix::fs::unlinkat(parent, name, AtFlags::empty()) {
        Ok(()) | Err(Errno::NOENT) => Ok(()),
        Err(Errno::ISDIR) | Err(Errno::PERM) => {
            let dir = rustix::fs::openat(parent, name, dir_flags(), Mode::empty())?;
            clear_dir(&dir)?;
            rustix::fs::unlinkat(parent, name, AtFlags::REMOVEDIR)
        }
        Err(e) => Err(e),
    }
}

fn clear_dir(dir: &OwnedFd) -> Result<(), Errno> {
    let names: Vec<String> = {
        let mut d = rustix::fs::Dir::read_from(dir)?;
        let mut v = Vec::new();
        while let Some(ent) = d.read() {
            let ent = ent?;
            let n = ent.file_name().to_string_lossy().into_owned();
            if n != "." && n != ".." {
                v.push(n);
            }
        }
        v
    };
    for n in names {
        remove_existing(dir, &n)?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "extract_tests.rs"]
mod tests;
