//! Unpacked layers, one directory per chain ID.

use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{IoContext, Result, Store, fsutil};

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

    pub fn has_layer(&self, chain_id: &str) -> bool {
        self.layer_dir(chain_id)
            .is_some_and(|d| d.join("layer.json").exists())
    }

    pub fn layer_lock_path(&self, chain_id: &str) -> Option<PathBuf> {
        super::digest_hex(chain_id).map(|h| self.locks_dir().join(format!("layer-{h}")))
    }

    /// Removes unpacked layers and blobs that no image references. Caller holds the exclusive GC
    /// lock and the records lock.
    pub fn collect_garbage(&self) -> Result<Vec<String>> {
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
        let mut removed = Vec::new();
        let dir = self.layers_dir();
        for entry in fs::read_dir(&dir).at(&dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !super::is_hex64(&name) {
                continue;
            }
            let chain = format!("sha256:{name}");
            if !keep_layers.contains(&chain) {
                fsutil::remove_tree(&entry.path()).at(&entry.path())?;
                removed.push(chain);
            }
        }
        let dir = self.blobs_dir();
        for entry in fs::read_dir(&dir).at(&dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if super::is_hex64(&name) && !keep_blobs.contains(&format!("sha256:{name}")) {
                fs::remove_file(entry.path()).at(&entry.path())?;
            }
        }
        Ok(removed)
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
