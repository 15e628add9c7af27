//! COPY and ADD: the sources, from the context (minus what `.containerignore` excludes), an
//! earlier stage or an image, written as a tar layer below the destination; their contents
//! are part of the step's cache key.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::context::{Ignore, clean_relative, hash_tree, root_fd, walk};
use super::layer_tar::{add_tar_entries, append_one, append_tree, is_tar};
use super::mount::{MountedRoot, read_in_layers};
use super::stage::Stage;
use super::{Builder, invalid};
use crate::engine::Error;
use crate::engine::archive::tar_write;
use crate::engine::commit::{layers_of, store_new_layer};
use crate::engine::error::IoAt;
use crate::image::containerfile::{self, Instruction};

/// A destination directory's mode, owner, group and modification time.
type DirMeta = (u32, u32, u32, u64);

/// What a COPY/ADD step writes into its layer.
struct CopyLayer {
    /// Where the sources are: the context or a mounted stage.
    root: PathBuf,
    /// The paths (below `root`) to copy, each with the source that named it.
    items: Vec<(PathBuf, String)>,
    /// The directories on the way to the destination.
    dest_dirs: Vec<(String, DirMeta)>,
    dest_abs: String,
    dest_is_dir: bool,
    is_add: bool,
    chown: Option<(u32, u32)>,
    chmod: Option<u32>,
    /// The context's ignore rules (none for another stage).
    ignore: Option<Ignore>,
}

impl Builder<'_> {
    /// COPY and ADD: the sources as a layer below the destination.
    pub(super) fn copy(&mut self, ins: &Instruction) -> Result<(), Error> {
        let st = self.stage()?.clone();
        let vars = st.vars();
        let is_add = ins.keyword == "ADD";
        for (k, _) in &ins.flags {
            if !matches!(k.as_str(), "from" | "chown" | "chmod" | "link") {
                return Err(invalid(format!("{} --{k} is not supported", ins.keyword)));
            }
        }
        let list = ins
            .json_args()
            .unwrap_or_else(|| containerfile::words(&containerfile::substitute(&ins.args, &vars)));
        let list: Vec<String> = list
            .iter()
            .map(|w| containerfile::substitute(w, &vars))
            .collect();
        if list.len() < 2 {
            return Err(invalid("want SOURCE... DEST"));
        }
        let (srcs, dest) = list.split_at(list.len() - 1);
        let (dest_abs, dest_is_dir) = destination(&st, &dest[0], srcs.len());
        let chown = match ins.flag("chown") {
            Some(c) => Some(self.owner(&st, &containerfile::substitute(c, &vars))?),
            None => None,
        };
        let chmod = match ins.flag("chmod") {
            Some(m) => Some(
                u32::from_str_radix(m, 8)
                    .map_err(|_| invalid(format!("--chmod={m}: want an octal mode")))?,
            ),
            None => None,
        };
        // Where the files come from: the context, an earlier stage, or an image.
        let from = ins
            .flag("from")
            .map(|f| containerfile::substitute(f, &vars));
        let (root, mounted) = self.copy_root(from.as_deref())?;
        let in_context = from.is_none();
        // Gather what to copy; the inputs hash is part of the cache key.
        let items = self.gather(&root, srcs, is_add, in_context)?;
        let mut h = Sha256::new();
        for (p, _) in &items {
            hash_tree(&root, p, &mut h, in_context.then_some(&self.ignore))?;
        }
        let inputs = format!("{}|{:?}|{:?}", hex::encode(h.finalize()), chown, chmod);
        let text = format!("/bin/sh -c #(nop) {} {}", ins.keyword, list.join(" "));
        let layer = CopyLayer {
            dest_dirs: self.dest_parents(&st, &dest_abs, dest_is_dir),
            root,
            items,
            dest_abs,
            dest_is_dir,
            is_add,
            chown,
            chmod,
            ignore: in_context.then(|| self.ignore.clone()),
        };
        let result = self.cached_step(&text, &inputs, move |b| {
            let parent = st.layers.last().map(|l| l.chain_id.clone());
            let layer = store_new_layer(b.engine, parent.as_deref(), |out| layer.write(out))?;
            Ok((st.config.clone(), Some(layer)))
        });
        drop(mounted);
        result
    }

    /// Where a COPY's files come from: the context, or (`--from`) an earlier stage, by name
    /// or number, or an image, mounted for as long as the step needs it.
    fn copy_root(&mut self, from: Option<&str>) -> Result<(PathBuf, Option<MountedRoot>), Error> {
        let Some(f) = from else {
            return Ok((self.context.clone(), None));
        };
        let known = self
            .stages
            .iter()
            .find(|s| s.name.as_deref() == Some(f))
            .or_else(|| f.parse::<usize>().ok().and_then(|i| self.stages.get(i)))
            .map(|s| s.layers.clone());
        let layers = match known {
            Some(l) => l,
            None => {
                let img = self.base_image(f)?;
                layers_of(self.engine, &img)
            }
        };
        let m = MountedRoot::mount(self.engine, &layers)?;
        let p = m.path.clone();
        Ok((p, Some(m)))
    }

    /// What each source names below `root`, with the source that named it; a remote ADD or
    /// a source that names nothing is refused.
    fn gather(
        &self,
        root: &Path,
        srcs: &[String],
        is_add: bool,
        in_context: bool,
    ) -> Result<Vec<(PathBuf, String)>, Error> {
        let mut items: Vec<(PathBuf, String)> = Vec::new();
        for s in srcs {
            if is_add && (s.starts_with("http://") || s.starts_with("https://")) {
                return Err(invalid(format!(
                    "ADD {s}: remote sources are not supported; download it and COPY it"
                )));
            }
            let found = self.sources(root, s, in_context)?;
            if found.is_empty() {
                return Err(invalid(format!(
                    "{s}: no such file or directory in the {}",
                    if in_context {
                        "build context"
                    } else {
                        "source stage"
                    }
                )));
            }
            items.extend(found.into_iter().map(|p| (p, s.clone())));
        }
        Ok(items)
    }

    /// `--chown USER[:GROUP]`: numbers, or names looked up in the stage's passwd and group.
    fn owner(&self, st: &Stage, spec: &str) -> Result<(u32, u32), Error> {
        let read = |p: &str| read_in_layers(self.engine, &st.layers, p).unwrap_or_default();
        let u = crate::runtime::users::resolve(spec, &read("etc/passwd"), &read("etc/group"))
            .map_err(|e| invalid(e.to_string()))?;
        Ok((u.uid, u.gid))
    }

    /// The directories on the way to `dest`, as the stage has them (so COPY into /tmp keeps
    /// /tmp's mode), or 0755 root for those it lacks.
    fn dest_parents(&self, st: &Stage, dest: &str, dest_is_dir: bool) -> Vec<(String, DirMeta)> {
        use std::os::unix::fs::MetadataExt;
        let comps: Vec<&str> = dest.split('/').filter(|c| !c.is_empty()).collect();
        let upto = if dest_is_dir {
            comps.len()
        } else {
            comps.len().saturating_sub(1)
        };
        let mut out = Vec::new();
        for i in 1..=upto {
            let rel = comps[..i].join("/");
            let meta = st
                .layers
                .iter()
                .rev()
                .filter_map(|l| self.engine.store.layer_diff(&l.chain_id))
                .find_map(|d| {
                    std::fs::symlink_metadata(d.join(&rel))
                        .ok()
                        .filter(|m| m.is_dir())
                })
                .map(|m| (m.mode() & 0o7777, m.uid(), m.gid(), m.mtime().max(0) as u64))
                .unwrap_or((0o755, 0, 0, 0));
            out.push((format!("{rel}/"), meta));
        }
        out
    }

    /// The files a COPY source names: a path or a glob, inside `root`, minus ignored ones.
    fn sources(&self, root: &Path, pattern: &str, in_context: bool) -> Result<Vec<PathBuf>, Error> {
        let rel = clean_relative(pattern)
            .ok_or_else(|| invalid(format!("{pattern}: outside the build context")))?;
        if !pattern.contains(['*', '?', '[']) {
            if rel.as_os_str().is_empty() {
                return Ok(vec![PathBuf::new()]);
            }
            // Resolved inside the root: a symlink on the way can't lead out.
            let fd = crate::inroot::open_any(
                &root_fd(root)?,
                &rel.to_string_lossy(),
                crate::inroot::IN_ROOT,
            );
            return match fd {
                Ok(fd) => {
                    let link = PathBuf::from(format!(
                        "/proc/self/fd/{}",
                        std::os::fd::AsRawFd::as_raw_fd(&fd)
                    ));
                    let real = std::fs::read_link(&link).at(&link)?;
                    let inside = real
                        .strip_prefix(root)
                        .map_err(|_| invalid(format!("{pattern}: outside the build context")))?
                        .to_path_buf();
                    if in_context && self.ignore.excluded(&inside) {
                        return Ok(vec![]);
                    }
                    Ok(vec![inside])
                }
                Err(e) => {
                    crate::log::debug(format_args!("{pattern} in {}: {e}", root.display()));
                    Ok(vec![])
                }
            };
        }
        let glob = globset::GlobBuilder::new(&rel.to_string_lossy())
            .literal_separator(true)
            .build()
            .map_err(|e| invalid(e.to_string()))?
            .compile_matcher();
        let mut out = Vec::new();
        walk(root, Path::new(""), &mut |p, _| {
            if glob.is_match(p) && !(in_context && self.ignore.excluded(p)) {
                out.push(p.to_path_buf());
            }
        })?;
        out.sort();
        Ok(out)
    }
}

/// Where a COPY goes, made absolute below the stage's WORKDIR and clean (`./`, `..` clamped
/// at the root, so that no path is emitted twice), and whether it names a directory.
fn destination(st: &Stage, dest: &str, sources: usize) -> (String, bool) {
    let joined = if dest.starts_with('/') {
        dest.to_string()
    } else {
        format!("{}/{}", st.workdir().trim_end_matches('/'), dest)
    };
    let dest_abs = format!("/{}", clean_relative(&joined).unwrap_or_default().display());
    let dest_is_dir = dest.ends_with('/') || dest.ends_with("/.") || dest == "." || sources > 1;
    (dest_abs, dest_is_dir)
}

impl CopyLayer {
    /// The layer's tar: the destination's parent directories, then each item.
    fn write(&self, out: &mut dyn Write) -> Result<(), Error> {
        let mut tar = tar::Builder::new(out);
        tar.follow_symlinks(false);
        for (dir, meta) in &self.dest_dirs {
            let mut hd = tar::Header::new_gnu();
            hd.set_entry_type(tar::EntryType::Directory);
            hd.set_size(0);
            hd.set_mode(meta.0);
            hd.set_uid(meta.1 as u64);
            hd.set_gid(meta.2 as u64);
            hd.set_mtime(meta.3);
            tar.append_data(&mut hd, dir, std::io::empty())
                .map_err(tar_write)?;
        }
        for (src, _) in &self.items {
            self.append_item(&mut tar, src)?;
        }
        tar.into_inner()
            .map_err(tar_write)?
            .flush()
            .map_err(tar_write)
    }

    /// One item: an archive ADD unpacks, a directory's contents, or a file or link (into the
    /// destination directory, or as the destination).
    fn append_item<W: Write>(&self, tar: &mut tar::Builder<W>, src: &Path) -> Result<(), Error> {
        let rel_dest = self.dest_abs.trim_start_matches('/').to_string();
        let full_src = self.root.join(src);
        let meta = std::fs::symlink_metadata(&full_src).at(&full_src)?;
        let extract_tar = self.is_add && meta.is_file() && is_tar(&full_src);
        if extract_tar {
            add_tar_entries(tar, &full_src, &rel_dest, self.chown)?;
        } else if meta.is_dir() {
            append_tree(
                tar,
                &self.root,
                src,
                &rel_dest,
                self.chown,
                self.chmod,
                self.ignore.as_ref(),
            )?;
        } else {
            let target = if self.dest_is_dir {
                format!(
                    "{}/{}",
                    rel_dest.trim_end_matches('/'),
                    src.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                )
            } else {
                rel_dest.clone()
            };
            append_one(tar, &full_src, &target, self.chown, self.chmod)?;
        }
        Ok(())
    }
}
