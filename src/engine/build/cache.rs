//! The build cache: a step's result stored under a key hashed from its parent's key, its
//! text and its inputs, and reused while the layer it made is still in the store.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Builder;
use crate::engine::Error;
use crate::engine::pull::layer::ImportedLayer;
use crate::image::config_json as cj;
use crate::store::now_rfc3339;

/// A cached step: the config after it, and the layer it made (if any).
#[derive(Serialize, Deserialize)]
struct CacheEntry {
    config: Value,
    layer: Option<CachedLayer>,
}

#[derive(Serialize, Deserialize)]
struct CachedLayer {
    digest: String,
    diff_id: String,
    chain_id: String,
    blob_size: u64,
    size: u64,
}

pub(super) fn hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    hex::encode(h.finalize())
}

impl Builder<'_> {
    fn cached(&self, key: &str) -> Option<CacheEntry> {
        if self.opts.no_cache {
            return None;
        }
        let e: CacheEntry = serde_json::from_slice(
            &std::fs::read(self.cache_dir.join(format!("{key}.json"))).ok()?,
        )
        .ok()?;
        // A layer that was removed since (rmi, prune) makes the entry useless.
        if let Some(l) = &e.layer
            && !(self.engine.store.has_layer(&l.chain_id)
                && self
                    .engine
                    .store
                    .blob_path(&l.digest)
                    .is_some_and(|p| p.exists()))
        {
            return None;
        }
        Some(e)
    }

    fn remember(&self, key: &str, config: &Value, layer: Option<&ImportedLayer>) {
        let e = CacheEntry {
            config: config.clone(),
            layer: layer.map(|l| CachedLayer {
                digest: l.digest.clone(),
                diff_id: l.diff_id.clone(),
                chain_id: l.chain_id.clone(),
                blob_size: l.blob_size,
                size: l.size,
            }),
        };
        let _ = crate::store::fsutil::write_atomic(
            &self.cache_dir.join(format!("{key}.json")),
            &serde_json::to_vec(&e).expect("json serializes"),
        );
    }

    /// Runs a step through the cache: `inputs` (file contents, build args) are part of the
    /// key; `make` produces the new config and layer on a miss.
    pub(super) fn cached_step(
        &mut self,
        text: &str,
        inputs: &str,
        make: impl FnOnce(&mut Self) -> Result<(Value, Option<ImportedLayer>), Error>,
    ) -> Result<(), Error> {
        let parent = self.stage()?.key.clone();
        let key = hash(&[&parent, text, inputs]);
        if let Some(hit) = self.cached(&key) {
            self.say("--> Using cache");
            let st = self.stage()?;
            st.config = hit.config;
            if let Some(l) = hit.layer {
                st.layers.push(ImportedLayer {
                    digest: l.digest,
                    diff_id: l.diff_id,
                    chain_id: l.chain_id,
                    blob_size: l.blob_size,
                    size: l.size,
                });
            }
            st.key = key;
            return Ok(());
        }
        let (mut config, layer) = make(self)?;
        let created = now_rfc3339();
        let mut entry = json!({"created": created, "created_by": text});
        match &layer {
            Some(l) => cj::add_layer(&mut config, &l.diff_id),
            None => entry["empty_layer"] = json!(true),
        }
        cj::add_history(&mut config, entry);
        config["created"] = json!(created);
        self.remember(&key, &config, layer.as_ref());
        let st = self.stage()?;
        st.config = config;
        if let Some(l) = layer {
            st.layers.push(l);
        }
        st.key = key;
        Ok(())
    }
}
