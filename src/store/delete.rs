//! Deleting from the store, as crash-safely as writing to it.
//!
//! A layer, a container or a volume directory is made invisible first, by one `rename(2)` to a
//! `.tmp-rm-*` name in the same directory (readers look things up by their ID or name, and skip
//! dot names), and only then removed. A delete killed or failing part-way leaves that name
//! alone, which the next writer removes once its PID is gone (`fsutil::clean_stale_temps`).
//!
//! Files in layers, containers and volumes belong to subordinate IDs, which only gorae's user
//! namespace can remove: every function here takes an [`Owner`], which only a process that is
//! UID 0 (inside that namespace, or real root) can get, so a deleting command that forgot to
//! enter the namespace does not compile.

use std::fs;
use std::io;
use std::path::Path;

use super::images::ImageRecord;
use super::{IoContext, Result, Store, StoreError, fsutil};
use crate::sys::{fault, fault_armed, fault_io};

/// Proof that this process may delete anything in the store: it runs as UID 0, inside gorae's
/// user namespace (or as real root), where files of subordinate IDs can be removed.
#[derive(Debug, Clone, Copy)]
pub struct Owner {
    _proof: (),
}

impl Owner {
    /// The proof, when it holds. Only the engine asks for it, once it has entered or joined the
    /// user namespace (`Engine::ensure_userns`); a unit test keeps it that way.
    pub fn here() -> Option<Owner> {
        nix::unistd::Uid::effective()
            .is_root()
            .then_some(Owner { _proof: () })
    }
}

/// Where the steps of a delete can be killed (`GORAE_FAULT=point`) or made to fail with EACCES
/// (`GORAE_FAULT=point=eacces`) by the reliability tests.
pub mod points {
    /// Just before a record (an image's) is unlinked.
    pub const RECORD: &str = "delete.record";
    /// Just before the rename that makes a directory invisible.
    pub const RENAME: &str = "delete.rename";
    /// Right after it.
    pub const AFTER_RENAME: &str = "delete.after-rename";
    /// In the middle of the recursive removal of the renamed directory.
    pub const MIDWAY: &str = "delete.midway";
    /// After a record was removed, before what it held goes.
    pub const AFTER_RECORD: &str = "delete.after-record";
}

impl Store {
    /// Deletes the directory `path`: one rename makes it invisible, then it is removed.
    /// Returns false when there was nothing to delete.
    pub(super) fn delete_tree(&self, _: Owner, path: &Path) -> Result<bool> {
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return Ok(false);
        };
        let doomed = parent.join(format!(
            ".tmp-rm-{}-{}",
            name.to_string_lossy(),
            fsutil::unique_suffix()
        ));
        fault_io(points::RENAME).at(path)?;
        match fs::rename(path, &doomed) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e).at(path),
        }
        fault(points::AFTER_RENAME);
        remove_doomed(&doomed).map_err(|source| StoreError::Leftover {
            path: doomed,
            source,
        })?;
        Ok(true)
    }

    /// Removes image `img`: its record first (the image is gone at once), then each of its
    /// layers that no other image or container stacks, top layer first, each by one rename.
    /// Caller holds the exclusive GC lock and the records lock. When the first layer can't be
    /// renamed away the record is put back, so the image is still whole and usable; a failure
    /// after that leaves the image gone, and the layers that are left (complete, named by no
    /// record) to the next garbage collection.
    pub fn remove_image(&self, owner: Owner, img: &ImageRecord) -> Result<()> {
        let mut kept = std::collections::HashSet::new();
        for other in self.list_images()? {
            if other.id != img.id {
                kept.extend(other.layers.into_iter().map(|l| l.chain_id));
            }
        }
        for c in self.list_containers()? {
            kept.extend(c.layers);
        }
        self.delete_image_record(owner, &img.id)?;
        let mut touched = false;
        let mut first_error = None;
        for l in img.layers.iter().rev() {
            if kept.contains(&l.chain_id) {
                continue;
            }
            match self.remove_layer(owner, &l.chain_id) {
                Ok(_) => touched = true,
                Err(e @ StoreError::Leftover { .. }) => {
                    touched = true;
                    first_error.get_or_insert(e);
                }
                Err(e) if !touched => {
                    // Nothing of the image is gone but its record: it comes back whole.
                    self.save_image(img)?;
                    return Err(e);
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Removes a leftover temp entry (`system check --repair`).
    pub fn remove_temp(&self, _: Owner, path: &Path) -> Result<()> {
        let _ = fs::remove_file(format!("{}.lock", path.display()));
        fsutil::remove_tree(path).at(path)
    }

    /// Removes a blob (`system check --repair`, garbage collection).
    pub fn remove_blob(&self, _: Owner, digest: &str) -> Result<()> {
        let Some(path) = self.blob_path(digest) else {
            return Ok(());
        };
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e).at(&path),
            _ => Ok(()),
        }
    }

    /// Removes an unpacked layer. Caller holds the exclusive GC lock, or the layer's own lock
    /// while it replaces an untrusted one.
    pub fn remove_layer(&self, owner: Owner, chain_id: &str) -> Result<bool> {
        match self.layer_dir(chain_id) {
            Some(dir) => self.delete_tree(owner, &dir),
            None => Ok(false),
        }
    }

    /// `system reset`: the whole store, in an order whose every prefix leaves a consistent
    /// store (containers before the images they use, images before their layers and blobs), so
    /// a reset killed part-way is one the next command can go on from, and `reset` again
    /// finishes.
    pub fn destroy(&self, owner: Owner) -> Result<()> {
        let root = self.root();
        for sub in [
            "containers",
            "pods",
            "images",
            "build-cache",
            "volumes",
            "networks",
            "layers",
            "blobs",
        ] {
            self.delete_tree(owner, &root.join(sub))?;
        }
        // What is left (locks, the event log, temp dirs) holds nothing a reader trusts.
        fsutil::remove_tree(root).at(root)
    }
}

/// The recursive removal of a renamed directory. With a fault armed at [`points::MIDWAY`], a
/// few files go first and then the fault strikes, so the tests see a half-removed leftover.
fn remove_doomed(doomed: &Path) -> io::Result<()> {
    if fault_armed(points::MIDWAY) {
        let mut budget = 8;
        remove_some_files(doomed, &mut budget);
        fault_io(points::MIDWAY)?;
    }
    fsutil::remove_tree(doomed)
}

fn remove_some_files(dir: &Path, budget: &mut u32) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        if *budget == 0 {
            return;
        }
        match e.file_type() {
            Ok(t) if t.is_dir() => remove_some_files(&e.path(), budget),
            Ok(_) => {
                if fs::remove_file(e.path()).is_ok() {
                    *budget -= 1;
                }
            }
            Err(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files of the crate's own source, without their `#[cfg(test)]` tails and test files.
    fn sources() -> Vec<(String, String)> {
        fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
            for e in fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs")
                    && !p.to_string_lossy().ends_with("_tests.rs")
                {
                    let text = fs::read_to_string(&p).unwrap();
                    let code = match text.find("#[cfg(test)]") {
                        Some(i) => text[..i].to_string(),
                        None => text,
                    };
                    let rel = p
                        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                        .unwrap()
                        .to_string_lossy()
                        .into_owned();
                    out.push((rel, code));
                }
            }
        }
        let mut out = Vec::new();
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
        assert!(out.len() > 50, "the sources were not found");
        out
    }

    #[test]
    fn only_the_engine_hands_out_the_proof_of_the_user_namespace() {
        let minting: Vec<String> = sources()
            .into_iter()
            .filter(|(path, code)| {
                code.contains("Owner::here()")
                    && path != "src/engine/mod.rs"
                    && path != "src/store/delete.rs"
            })
            .map(|(p, _)| p)
            .collect();
        assert!(
            minting.is_empty(),
            "Owner::here() outside Engine: {minting:?}; take the engine's (ensure_userns/owner)"
        );
    }

    /// Removing a tree outside `store/` bypasses the rename-first rule and the user-namespace
    /// proof. The few places that remove trees of their own (not the store's) are listed with
    /// why; anything new fails here until it goes through a `Store` function taking an `Owner`.
    #[test]
    fn nothing_outside_the_store_removes_a_tree_without_the_proof() {
        let allowed: &[(&str, &str)] = &[
            // `system reset` clears the runtime dir (sockets, pid files), not the store.
            ("src/cli/system.rs", "remove_tree(&engine.paths.runtime)"),
        ];
        let mut found = Vec::new();
        for (path, code) in sources() {
            if path.starts_with("src/store/") {
                continue;
            }
            for (n, line) in code.lines().enumerate() {
                let removes = line.contains("remove_tree(") || line.contains("remove_dir_all(");
                if removes && !allowed.iter().any(|(p, s)| *p == path && line.contains(s)) {
                    found.push(format!("{path}:{}: {}", n + 1, line.trim()));
                }
            }
        }
        assert!(
            found.is_empty(),
            "trees removed outside the store: {found:#?}"
        );
    }

    #[test]
    fn a_delete_renames_first_and_leaves_nothing() {
        // The proof is about who may remove subordinate IDs' files; these are our own.
        let owner = Owner { _proof: () };
        let dir = std::env::temp_dir().join(format!("gorae-delete-{}", fsutil::unique_suffix()));
        let store = Store::open(&dir).unwrap();
        let victim = store.layers_dir().join("x");
        fs::create_dir_all(victim.join("a/b")).unwrap();
        fs::write(victim.join("a/b/f"), b"").unwrap();
        assert!(store.delete_tree(owner, &victim).unwrap());
        assert!(!store.delete_tree(owner, &victim).unwrap());
        assert_eq!(fs::read_dir(store.layers_dir()).unwrap().count(), 0);
        fs::remove_dir_all(&dir).unwrap();
    }
}
