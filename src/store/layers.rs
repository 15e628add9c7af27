//! Unpacked layers, one directory per chain ID.

use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{IoContext, Owner, Result, Store, StoreError, fsutil};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerRecord {
    pub chain_id: String,
    pub diff_id: String,
    /// The compressed blob this layer was unpacked from.
    pub digest: String,
    pub media_type: String,
    /// Bytes of the uncompressed tar stream.
    pub size: u64,
}

/// Chain IDs per the OCI image spec: `ChainID(L0) = DiffID(L0)`,
/// `ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln))`.
pub fn chain_ids(diff_ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(diff_ids.len());
    for diff in diff_ids {
        let next = match out.last() {
            None => diff.clone(),
            Some(parent) => format!(
                "sha256:{}",
                hex::encode(Sha256::digest(format!("{parent} {diff}").as_bytes()))
            ),
        };
        out.push(next);
    }
    out
}

impl Store {
    pub fn layer_dir(&self, chain_id: &str) -> Option<PathBuf> {
        super::digest_hex(chain_id).map(|h| self.layers_dir().join(h))
    }

    /// The `diff/` directory overlay uses as a lower dir.
    pub fn layer_diff(&self, chain_id: &str) -> Option<PathBuf> {
        self.layer_dir(chain_id).map(|d| d.join("diff"))
    }

    /// Whether a complete layer `chain_id` is here: its record is readable, names this chain ID
    /// (and `diff_id`, when given) and its `diff/` exists. Anything less is not trusted: a pull,
    /// load or build fetches or unpacks it again (see [`Store::install_layer`]).
    pub fn layer_trusted(&self, chain_id: &str, diff_id: Option<&str>) -> bool {
        let Some(dir) = self.layer_dir(chain_id) else {
            return false;
        };
        let Some(rec) = fs::read(dir.join("layer.json"))
            .ok()
            .and_then(|d| serde_json::from_slice::<LayerRecord>(&d).ok())
        else {
            return false;
        };
        rec.chain_id == chain_id
            && diff_id.is_none_or(|d| rec.diff_id == d)
            && dir.join("diff").is_dir()
    }

    pub fn has_layer(&self, chain_id: &str) -> bool {
        self.layer_trusted(chain_id, None)
    }

    pub fn layer_lock_path(&self, chain_id: &str) -> Option<PathBuf> {
        super::digest_hex(chain_id).map(|h| self.locks_dir().join(format!("layer-{h}")))
    }

    /// Puts the freshly unpacked layer `tmp` (with its `layer.json` written and synced) in place
    /// as `chain_id`. Caller holds the layer's lock (and a shared GC lock). A complete layer
    /// already there wins and `tmp` is dropped; an untrusted one (a leftover of an older gorae,
    /// or one somebody broke by hand) is deleted first.
    pub fn install_layer(
        &self,
        owner: Owner,
        tmp: fsutil::TempDir,
        chain_id: &str,
        diff_id: &str,
    ) -> Result<()> {
        let dest = self.layer_dir(chain_id).ok_or_else(|| StoreError::Io {
            path: PathBuf::from(chain_id),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a sha256 digest"),
        })?;
        if self.layer_trusted(chain_id, Some(diff_id)) {
            return Ok(());
        }
        if fs::symlink_metadata(&dest).is_ok() {
            crate::log::warn(format_args!(
                "layer {chain_id} in the store is incomplete or damaged: replacing it"
            ));
            self.delete_tree(owner, &dest)?;
        }
        match tmp.commit(&dest) {
            Ok(()) => Ok(()),
            // A writer that did not take our lock (an older gorae) got there first.
            Err(e)
                if e.kind() == std::io::ErrorKind::AlreadyExists
                    && self.layer_trusted(chain_id, Some(diff_id)) =>
            {
                Ok(())
            }
            Err(e) => Err(e).at(&dest),
        }
    }

    /// Removes unpacked layers and blobs that no image references, and build-cache entries
    /// whose layer is gone. Caller holds the exclusive GC lock and the records lock. Each layer
    /// disappears by one rename before it is removed, so a GC killed part-way leaves no layer
    /// half there.
    pub fn collect_garbage(&self, owner: Owner) -> Result<Vec<String>> {
        let images = self.list_images()?;
        let mut keep_layers = std::collections::HashSet::new();
        let mut keep_blobs = std::collections::HashSet::new();
        for img in &images {
            keep_blobs.insert(img.config_digest.clone());
            keep_blobs.insert(img.digest.clone());
            keep_blobs.extend(img.index_digest.iter().cloned());
            for l in &img.layers {
                keep_layers.insert(l.chain_id.clone());
                keep_blobs.insert(l.digest.clone());
            }
        }
        // Layers a container still stacks stay too (rmi -f removes those containers first).
        for c in self.list_containers()? {
            keep_layers.extend(c.layers);
        }
        let mut removed = Vec::new();
        let dir = self.layers_dir();
        for entry in fs::read_dir(&dir).at(&dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !super::is_hex64(&name) {
                continue;
            }
            let chain = format!("sha256:{name}");
            if !keep_layers.contains(&chain) {
                self.remove_layer(owner, &chain)?;
                removed.push(chain);
            }
        }
        let dir = self.blobs_dir();
        for entry in fs::read_dir(&dir).at(&dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let digest = format!("sha256:{name}");
            if super::is_hex64(&name) && !keep_blobs.contains(&digest) {
                self.remove_blob(owner, &digest)?;
            }
        }
        self.prune_build_cache(owner);
        Ok(removed)
    }

    /// Build-cache entries whose layer was collected: they can never be used again.
    fn prune_build_cache(&self, _: Owner) {
        #[derive(Deserialize)]
        struct Entry {
            layer: Option<Layer>,
        }
        #[derive(Deserialize)]
        struct Layer {
            chain_id: String,
        }
        let dir = self.build_cache_dir();
        for e in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = e.path();
            let stale = fs::read(&path)
                .ok()
                .and_then(|d| serde_json::from_slice::<Entry>(&d).ok())
                .and_then(|entry| entry.layer)
                .is_some_and(|l| !self.has_layer(&l.chain_id));
            if stale {
                let _ = fs::remove_file(&path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_id_follows_the_oci_definition() {
        let a = format!("sha256:{}", "a".repeat(64));
        let b = format!("sha256:{}", "b".repeat(64));
        let ids = chain_ids(&[a.clone(), b.clone()]);
        assert_eq!(ids[0], a);
        let expected = hex::encode(Sha256::digest(format!("{a} {b}").as_bytes()));
        assert_eq!(ids[1], format!("sha256:{expected}"));
    }
}
