//! Path resolution confined to a directory: `openat2(RESOLVE_IN_ROOT)`, never string checks.

use std::os::fd::OwnedFd;

use rustix::fs::{Mode, OFlags, ResolveFlags};
use rustix::io::Errno;

/// Symlinks are followed but resolved as if the directory were `/`: nothing leaves it.
pub const IN_ROOT: ResolveFlags = ResolveFlags::IN_ROOT
    .union(ResolveFlags::NO_MAGICLINKS)
    .union(ResolveFlags::NO_XDEV);

/// For `cp`: confined like [`IN_ROOT`], but the container's mounts (volumes) may be crossed.
pub const IN_ROOT_XDEV: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

/// For mount targets: no symlink anywhere on the path, and mounts may be crossed.
pub const NO_LINKS: ResolveFlags = ResolveFlags::IN_ROOT
    .union(ResolveFlags::NO_MAGICLINKS)
    .union(ResolveFlags::NO_SYMLINKS);

/// Opens directory `parts` below `root` as an `O_PATH` fd; with `create`, makes missing ones
/// (mode 0755) on the way.
pub fn open_dir(
    root: &OwnedFd,
    parts: &[&str],
    create: bool,
    flags: ResolveFlags,
) -> Result<OwnedFd, Errno> {
    let path = if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    };
    match open_path(root, &path, flags) {
        Err(Errno::NOENT) if create && !parts.is_empty() => {
            let parent = open_dir(root, &parts[..parts.len() - 1], true, flags)?;
            match rustix::fs::mkdirat(&parent, parts[parts.len() - 1], Mode::from_raw_mode(0o755)) {
                Ok(()) | Err(Errno::EXIST) => {}
                Err(e) => return Err(e),
            }
            open_path(root, &path, flags)
        }
        other => other,
    }
}

fn open_path(root: &OwnedFd, path: &str, flags: ResolveFlags) -> Result<OwnedFd, Errno> {
    loop {
        match rustix::fs::openat2(
            root,
            path,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
            flags,
        ) {
            // openat2 asks for a retry when a concurrent rename raced with the lookup.
            Err(Errno::AGAIN) => continue,
            other => return other,
        }
    }
}

/// Opens `path` below `root` as an `O_PATH` fd of whatever it is (a symlink as the last
/// component is not followed), resolved with `flags`.
pub fn open_any(root: &OwnedFd, path: &str, flags: ResolveFlags) -> Result<OwnedFd, Errno> {
    loop {
        match rustix::fs::openat2(
            root,
            path,
            OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
            flags,
        ) {
            Err(Errno::AGAIN) => continue,
            other => return other,
        }
    }
}
