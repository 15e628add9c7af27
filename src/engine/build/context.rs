//! The build context's files: `.containerignore`, clean relative paths, and walking and
//! hashing a tree without following its links.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use super::invalid;
use crate::engine::Error;
use crate::engine::error::IoAt;

/// `.containerignore` / `.dockerignore`: patterns relative to the context, `!` to re-include;
/// the last matching pattern decides, and an excluded directory excludes what is below it.
#[derive(Clone, Default)]
pub(super) struct Ignore {
    rules: Vec<(globset::GlobMatcher, bool)>,
}

impl Ignore {
    pub(super) fn load(context: &Path) -> Result<Ignore, Error> {
        let text = [".containerignore", ".dockerignore"]
            .iter()
            .find_map(|n| std::fs::read_to_string(context.join(n)).ok())
            .unwrap_or_default();
        let mut rules = Vec::new();
        for line in text.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (negate, pat) = match l.strip_prefix('!') {
                Some(p) => (true, p.trim()),
                None => (false, l),
            };
            let pat = clean_relative(pat)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            if pat.is_empty() {
                continue;
            }
            let m = globset::GlobBuilder::new(&pat)
                .literal_separator(true)
                .build()
                .map_err(|e| invalid(format!(".containerignore: {pat:?}: {e}")))?
                .compile_matcher();
            rules.push((m, negate));
        }
        Ok(Ignore { rules })
    }

    pub(super) fn excluded(&self, rel: &Path) -> bool {
        if self.rules.is_empty() {
            return false;
        }
        // The path itself or any directory above it.
        let mut verdict = false;
        let mut prefixes: Vec<PathBuf> = rel
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .collect();
        prefixes.reverse();
        for p in prefixes {
            for (m, negate) in &self.rules {
                if m.is_match(&p) {
                    verdict = !negate;
                }
            }
        }
        verdict
    }
}

/// A relative, clean path for a COPY source; `None` if it climbs out.
pub(super) fn clean_relative(p: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in Path::new(p).components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir | Component::RootDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

pub(super) fn root_fd(root: &Path) -> Result<std::os::fd::OwnedFd, Error> {
    rustix::fs::open(
        root,
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )
    .map_err(std::io::Error::from)
    .at(root)
}

/// Visits every entry below `root/rel` (not following links), depth first, sorted.
pub(super) fn walk(
    root: &Path,
    rel: &Path,
    f: &mut dyn FnMut(&Path, &std::fs::Metadata),
) -> Result<(), Error> {
    let dir = root.join(rel);
    let mut entries: Vec<_> = std::fs::read_dir(&dir).at(&dir)?.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = rel.join(e.file_name());
        let full = root.join(&p);
        let meta = std::fs::symlink_metadata(&full).at(&full)?;
        f(&p, &meta);
        if meta.is_dir() {
            walk(root, &p, f)?;
        }
    }
    Ok(())
}

/// Feeds names, modes, link targets and contents below `root/rel` into `h` (the COPY inputs).
pub(super) fn hash_tree(
    root: &Path,
    rel: &Path,
    h: &mut Sha256,
    ignore: Option<&Ignore>,
) -> Result<(), Error> {
    use std::os::unix::fs::MetadataExt;
    let mut one = |p: &Path, meta: &std::fs::Metadata| -> Result<(), Error> {
        if ignore.is_some_and(|i| i.excluded(p)) {
            return Ok(());
        }
        h.update(p.to_string_lossy().as_bytes());
        h.update(format!("|{:o}|{}|{}|", meta.mode(), meta.uid(), meta.len()).as_bytes());
        let full = root.join(p);
        if meta.file_type().is_symlink() {
            h.update(
                std::fs::read_link(&full)
                    .at(&full)?
                    .to_string_lossy()
                    .as_bytes(),
            );
        } else if meta.is_file() {
            let mut f = std::fs::File::open(&full).at(&full)?;
            let mut buf = vec![0u8; 1 << 16];
            loop {
                let n = f.read(&mut buf).at(&full)?;
                if n == 0 {
                    break;
                }
                h.update(&buf[..n]);
            }
        }
        Ok(())
    };
    let top = root.join(rel);
    let meta = std::fs::symlink_metadata(&top).at(&top)?;
    one(rel, &meta)?;
    if meta.is_dir() {
        let mut failure = None;
        walk(root, rel, &mut |p, m| {
            if failure.is_none()
                && let Err(e) = one(p, m)
            {
                failure = Some(e);
            }
        })?;
        if let Some(e) = failure {
            return Err(e);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::Ignore;

    #[test]
    fn ignore_files_exclude_with_exceptions() {
        let d = std::env::temp_dir().join(format!(
            "gorae-ignore-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(
            d.join(".containerignore"),
            "# comment\n*.log\nsecret/\n!keep.log\nbuild/**/*.o\n",
        )
        .unwrap();
        let ig = Ignore::load(&d).unwrap();
        assert!(ig.excluded(Path::new("a.log")));
        assert!(!ig.excluded(Path::new("keep.log")));
        assert!(ig.excluded(Path::new("secret/key")));
        assert!(ig.excluded(Path::new("build/x/y.o")));
        assert!(!ig.excluded(Path::new("src/main.c")));
        assert!(
            !ig.excluded(Path::new("sub/a.log")),
            "patterns are anchored at the context"
        );
        let _ = std::fs::remove_dir_all(&d);
    }
}
