//! Tars of directory trees, as layers are made of them: a container's changes (`diff_tar`), a
//! whole tree (`tree_tar`), and several layers squashed into one (`squash_tar`).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::tar_write;
use crate::engine::Error;
use crate::engine::error::IoAt;

/// Writes a tar of a container's changes (its overlay upper directory) to `out`: overlay
/// whiteouts become OCI `.wh.` files, opaque directories get `.wh..wh..opq`.
pub fn diff_tar(upper: &Path, out: impl Write) -> Result<(), Error> {
    tree_tar(upper, out, true, &[])
}

/// The files the runtime creates as mount targets (then bind-mounts over): left out of a
/// build step's layer when they are empty, as buildah does.
pub const MOUNT_TARGETS: &[&str] = &[
    "etc/hosts",
    "etc/hostname",
    "etc/resolv.conf",
    "run/.containerenv",
];

/// Writes a tar of the tree at `root` to `out`, staying on `root`'s filesystem (mounts below
/// it appear as empty directories, or not at all for files). With `whiteouts`, `root` is an
/// overlay upper directory and its whiteouts become OCI ones.
pub fn tree_tar(
    root: &Path,
    out: impl Write,
    whiteouts: bool,
    skip_empty: &[&str],
) -> Result<(), Error> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    // Followed: `root` may be a /proc/PID/root magic link.
    let root_dev = std::fs::metadata(root).at(root)?.dev();
    let mut tar = tar::Builder::new(out);
    tar.follow_symlinks(false);
    let mut links: std::collections::HashMap<(u64, u64), PathBuf> =
        std::collections::HashMap::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let dir = root.join(&rel);
        let mut entries: Vec<_> = std::fs::read_dir(&dir).at(&dir)?.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = rel.join(e.file_name());
            let path = root.join(&name);
            let meta = std::fs::symlink_metadata(&path).at(&path)?;
            let ft = meta.file_type();
            let foreign = meta.dev() != root_dev;
            if foreign && !ft.is_dir() {
                continue;
            }
            if ft.is_file() && meta.len() == 0 && skip_empty.iter().any(|s| Path::new(s) == name) {
                continue;
            }
            if whiteouts && ft.is_char_device() && meta.rdev() == 0 {
                // An overlay whiteout: the file was deleted.
                let wh = rel.join(format!(".wh.{}", e.file_name().to_string_lossy()));
                let mut h = tar::Header::new_gnu();
                h.set_size(0);
                h.set_mode(0o644);
                h.set_mtime(meta.mtime().max(0) as u64);
                h.set_entry_type(tar::EntryType::Regular);
                tar.append_data(&mut h, &wh, std::io::empty())
                    .map_err(tar_write)?;
                continue;
            }
            if meta.nlink() > 1 && !ft.is_dir() {
                if let Some(first) = links.get(&(meta.dev(), meta.ino())) {
                    let mut h = tar::Header::new_gnu();
                    h.set_metadata(&meta);
                    h.set_size(0);
                    h.set_entry_type(tar::EntryType::Link);
                    tar.append_link(&mut h, &name, first).map_err(tar_write)?;
                    continue;
                }
                links.insert((meta.dev(), meta.ino()), name.clone());
            }
            tar.append_path_with_name(&path, &name).at(&path)?;
            if ft.is_dir() && !foreign {
                let opaque = whiteouts
                    && (xattr_get(&path, "user.overlay.opaque").is_some_and(|v| v == b"y")
                        || xattr_get(&path, "trusted.overlay.opaque").is_some_and(|v| v == b"y"));
                if opaque {
                    let mut h = tar::Header::new_gnu();
                    h.set_size(0);
                    h.set_mode(0o644);
                    h.set_mtime(meta.mtime().max(0) as u64);
                    h.set_entry_type(tar::EntryType::Regular);
                    tar.append_data(&mut h, name.join(".wh..wh..opq"), std::io::empty())
                        .map_err(tar_write)?;
                }
                stack.push(name);
            }
        }
    }
    tar.into_inner()
        .map_err(tar_write)?
        .flush()
        .map_err(tar_write)
}

fn xattr_get(path: &Path, name: &str) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; 16];
    rustix::fs::lgetxattr(path, name, &mut buf).ok().map(|n| {
        buf.truncate(n);
        buf
    })
}

/// One path of a squashed layer: where its content comes from.
enum Squashed {
    /// The entry of layer `usize`'s directory (a file, link, device or directory).
    Node(usize),
    /// A directory of layer `usize` that hides everything below it.
    Opaque(usize),
    Whiteout,
}

/// Writes one layer equal to applying `layers` (unpacked layer directories, bottom first) in
/// order: later entries replace earlier ones, whiteouts and opaque directories remove what is
/// below them and stay (they must still hide the layers underneath the squashed ones).
pub fn squash_tar(layers: &[PathBuf], out: impl Write) -> Result<(), Error> {
    use std::collections::BTreeMap;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let mut map: BTreeMap<PathBuf, Squashed> = BTreeMap::new();
    let drop_below = |map: &mut BTreeMap<PathBuf, Squashed>, p: &Path| {
        let below: Vec<PathBuf> = map
            .range(p.to_path_buf()..)
            .map(|(k, _)| k.clone())
            .take_while(|k| k.starts_with(p))
            .filter(|k| k != p)
            .collect();
        for k in below {
            map.remove(&k);
        }
    };
    for (i, dir) in layers.iter().enumerate() {
        let mut stack = vec![PathBuf::new()];
        while let Some(rel) = stack.pop() {
            let here = dir.join(&rel);
            let mut entries: Vec<_> = std::fs::read_dir(&here).at(&here)?.flatten().collect();
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                let name = rel.join(e.file_name());
                let path = dir.join(&name);
                let meta = std::fs::symlink_metadata(&path).at(&path)?;
                let ft = meta.file_type();
                if ft.is_char_device() && meta.rdev() == 0 {
                    drop_below(&mut map, &name);
                    map.insert(name, Squashed::Whiteout);
                } else if ft.is_dir() {
                    let opaque = xattr_get(&path, "user.overlay.opaque").is_some_and(|v| v == b"y")
                        || xattr_get(&path, "trusted.overlay.opaque").is_some_and(|v| v == b"y");
                    let was_opaque = matches!(
                        map.get(&name),
                        Some(Squashed::Opaque(_)) | Some(Squashed::Whiteout)
                    );
                    if opaque {
                        drop_below(&mut map, &name);
                    }
                    // A directory over a whiteout hides the lower one's content too.
                    map.insert(
                        name.clone(),
                        if opaque || was_opaque {
                            Squashed::Opaque(i)
                        } else {
                            Squashed::Node(i)
                        },
                    );
                    stack.push(name);
                } else {
                    drop_below(&mut map, &name);
                    map.insert(name, Squashed::Node(i));
                }
            }
        }
    }
    let mut tar = tar::Builder::new(out);
    tar.follow_symlinks(false);
    let empty_file = |tar: &mut tar::Builder<_>, name: PathBuf| -> Result<(), Error> {
        let mut h = tar::Header::new_gnu();
        h.set_size(0);
        h.set_mode(0o644);
        h.set_mtime(0);
        h.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut h, name, std::io::empty())
            .map_err(tar_write)
    };
    for (name, what) in map {
        match what {
            Squashed::Whiteout => {
                let parent = name.parent().unwrap_or(Path::new(""));
                let base = name
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                empty_file(&mut tar, parent.join(format!(".wh.{base}")))?;
            }
            Squashed::Node(i) => {
                let path = layers[i].join(&name);
                tar.append_path_with_name(&path, &name).at(&path)?;
            }
            Squashed::Opaque(i) => {
                let path = layers[i].join(&name);
                tar.append_path_with_name(&path, &name).at(&path)?;
                empty_file(&mut tar, name.join(".wh..wh..opq"))?;
            }
        }
    }
    tar.into_inner()
        .map_err(tar_write)?
        .flush()
        .map_err(tar_write)
}
