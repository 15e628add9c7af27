//! The tar entries of a COPY/ADD layer: a file, link or directory as found, a directory's
//! contents, and a local archive's members (ADD unpacks those).

use std::io::{Read, Write};
use std::path::{Component, Path};

use super::context::{Ignore, clean_relative, walk};
use super::invalid;
use crate::engine::Error;
use crate::engine::archive::tar_write;
use crate::engine::error::IoAt;

/// One file, link or directory into the tar at `dest`, with the given owner and mode.
pub(super) fn append_one<W: Write>(
    tar: &mut tar::Builder<W>,
    src: &Path,
    dest: &str,
    chown: Option<(u32, u32)>,
    chmod: Option<u32>,
) -> Result<(), Error> {
    let meta = std::fs::symlink_metadata(src).at(src)?;
    let mut h = tar::Header::new_gnu();
    h.set_metadata(&meta);
    let (uid, gid) = chown.unwrap_or((0, 0));
    h.set_uid(uid as u64);
    h.set_gid(gid as u64);
    if let Some(m) = chmod
        && !meta.file_type().is_symlink()
    {
        h.set_mode(m);
    }
    let dest = dest.trim_start_matches('/');
    if meta.file_type().is_symlink() {
        let target = std::fs::read_link(src).at(src)?;
        h.set_size(0);
        tar.append_link(&mut h, dest, target).map_err(tar_write)
    } else if meta.is_dir() {
        h.set_size(0);
        tar.append_data(
            &mut h,
            format!("{}/", dest.trim_end_matches('/')),
            std::io::empty(),
        )
        .map_err(tar_write)
    } else if meta.is_file() {
        let f = std::fs::File::open(src).at(src)?;
        tar.append_data(&mut h, dest, f).map_err(tar_write)
    } else {
        Err(invalid(format!(
            "{}: not a file, directory or symlink",
            src.display()
        )))
    }
}

/// A directory's contents (not the directory itself) into `dest`.
pub(super) fn append_tree<W: Write>(
    tar: &mut tar::Builder<W>,
    root: &Path,
    rel: &Path,
    dest: &str,
    chown: Option<(u32, u32)>,
    chmod: Option<u32>,
    ignore: Option<&Ignore>,
) -> Result<(), Error> {
    let mut items = Vec::new();
    walk(root, rel, &mut |p, _| {
        if !ignore.is_some_and(|i| i.excluded(p)) {
            items.push(p.to_path_buf());
        }
    })?;
    for p in items {
        let inner = p.strip_prefix(rel).unwrap_or(&p);
        let target = format!("{}/{}", dest.trim_end_matches('/'), inner.to_string_lossy());
        append_one(tar, &root.join(&p), &target, chown, chmod)?;
    }
    Ok(())
}

/// Whether a file is a tar archive (plain, gzip or zstd): ADD unpacks those.
pub(super) fn is_tar(path: &Path) -> bool {
    let mut head = [0u8; 512];
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let n = f.read(&mut head).unwrap_or(0);
    head[..n].starts_with(&[0x1f, 0x8b])
        || head[..n].starts_with(&[0x28, 0xb5, 0x2f, 0xfd])
        || (n >= 262 && &head[257..262] == b"ustar")
}

/// ADD of a local archive: its entries below `dest`. Names that climb are refused (the
/// extractor would refuse them too, but the error is clearer here).
pub(super) fn add_tar_entries<W: Write>(
    tar: &mut tar::Builder<W>,
    src: &Path,
    dest: &str,
    chown: Option<(u32, u32)>,
) -> Result<(), Error> {
    let f = std::io::BufReader::new(std::fs::File::open(src).at(src)?);
    let mut buffered = f;
    let head = std::io::BufRead::fill_buf(&mut buffered).at(src)?.to_vec();
    let reader: Box<dyn Read> = if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::bufread::MultiGzDecoder::new(buffered))
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Box::new(zstd::stream::read::Decoder::with_buffer(buffered).at(src)?)
    } else {
        Box::new(buffered)
    };
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries().at(src)? {
        let mut entry = entry.at(src)?;
        let name = entry.path().at(src)?.into_owned();
        let inner = clean_relative(&name.to_string_lossy())
            .filter(|_| !name.components().any(|c| c == Component::ParentDir))
            .ok_or_else(|| {
                invalid(format!(
                    "ADD {}: member {} climbs out: refused",
                    src.display(),
                    name.display()
                ))
            })?;
        if inner.as_os_str().is_empty() {
            continue;
        }
        let mut h = entry.header().clone();
        if let Some((u, g)) = chown {
            h.set_uid(u as u64);
            h.set_gid(g as u64);
        }
        let target = format!("{}/{}", dest.trim_end_matches('/'), inner.to_string_lossy());
        let kind = h.entry_type();
        if kind == tar::EntryType::Link {
            let to = entry
                .link_name()
                .at(src)?
                .map(|l| l.into_owned())
                .unwrap_or_default();
            let to_clean = clean_relative(&to.to_string_lossy()).ok_or_else(|| {
                invalid(format!(
                    "ADD: hard link {} climbs out: refused",
                    to.display()
                ))
            })?;
            let to = format!(
                "{}/{}",
                dest.trim_end_matches('/'),
                to_clean.to_string_lossy()
            );
            tar.append_link(
                &mut h,
                target.trim_start_matches('/'),
                to.trim_start_matches('/'),
            )
            .map_err(tar_write)?;
        } else if kind == tar::EntryType::Symlink {
            let to = entry
                .link_name()
                .at(src)?
                .map(|l| l.into_owned())
                .unwrap_or_default();
            tar.append_link(&mut h, target.trim_start_matches('/'), to)
                .map_err(tar_write)?;
        } else {
            tar.append_data(&mut h, target.trim_start_matches('/'), &mut entry)
                .map_err(tar_write)?;
        }
    }
    Ok(())
}
