//! Image records: what a pulled image is called and which layers it stacks.

use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{IoContext, Result, Store, StoreError, fsutil};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageLayer {
    pub chain_id: String,
    pub diff_id: String,
    pub digest: String,
    pub media_type: String,
    /// Compressed size as the manifest gives it.
    pub size: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageRecord {
    /// Hex of the config digest: the image ID.
    pub id: String,
    /// Digest of the manifest we resolved to.
    pub digest: String,
    pub manifest_media_type: String,
    /// Digest of the image index the manifest came from, when there was one.
    #[serde(default)]
    pub index_digest: Option<String>,
    pub config_digest: String,
    /// Fully qualified names, `registry/repo:tag`.
    #[serde(default)]
    pub names: Vec<String>,
    /// `registry/repo@sha256:…` for each repository the image came from.
    #[serde(default)]
    pub repo_digests: Vec<String>,
    pub layers: Vec<ImageLayer>,
    /// Bytes of the unpacked layers.
    pub size: u64,
    /// When the image was built (from its config), RFC 3339.
    #[serde(default)]
    pub created: Option<String>,
    /// When it entered this store, RFC 3339.
    pub stored: String,
    /// Every name it had, the latest first (`images --history`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names_history: Vec<String>,
}

impl ImageRecord {
    pub fn short_id(&self) -> &str {
        &self.id[..12]
    }
}

impl Store {
    fn image_path(&self, id: &str) -> PathBuf {
        self.images_dir().join(format!("{id}.json"))
    }

    pub fn list_images(&self) -> Result<Vec<ImageRecord>> {
        let dir = self.images_dir();
        let mut out = Vec::new();
        for entry in fs::read_dir(&dir).at(&dir)?.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let Some(id) = name.strip_suffix(".json") else {
                continue;
            };
            if !super::is_hex64(id) {
                continue;
            }
            match self.image(id) {
                Ok(img) => out.push(img),
                // Removed between listing and reading: not an error for a list.
                Err(StoreError::Io { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        out.sort_by(|a, b| b.stored.cmp(&a.stored).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    pub fn image(&self, id: &str) -> Result<ImageRecord> {
        let path = self.image_path(id);
        let data = fs::read(&path).at(&path)?;
        serde_json::from_slice(&data).map_err(|source| StoreError::Corrupt { path, source })
    }

    /// Writes a record. Caller holds the records lock.
    pub fn save_image(&self, img: &ImageRecord) -> Result<()> {
        let path = self.image_path(&img.id);
        let data = serde_json::to_vec_pretty(img).expect("image records serialize");
        fsutil::write_atomic(&path, &data).at(&path)
    }

    /// Removes an image's record (one unlink: the image is gone at once). Its layers and blobs
    /// stay until garbage collection, which finds every layer no record names. Caller holds the
    /// exclusive GC lock and the records lock.
    pub fn delete_image_record(&self, _: super::Owner, id: &str) -> Result<()> {
        let path = self.image_path(id);
        crate::sys::fault_io(super::delete::points::RECORD).at(&path)?;
        match fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e).at(&path),
            _ => {
                crate::sys::fault(super::delete::points::AFTER_RECORD);
                Ok(())
            }
        }
    }

    /// Gives `name` to image `id`, taking it from whichever image had it. Caller holds the
    /// records lock.
    pub fn set_name(&self, id: &str, name: &str) -> Result<()> {
        for mut other in self.list_images()? {
            if other.id != id && other.names.iter().any(|n| n == name) {
                other.names.retain(|n| n != name);
                self.save_image(&other)?;
            }
        }
        let mut img = self.image(id)?;
        let mut changed = false;
        if !img.names.iter().any(|n| n == name) {
            img.names.insert(0, name.to_string());
            changed = true;
        }
        if img.names_history.first().map(String::as_str) != Some(name) {
            img.names_history.retain(|n| n != name);
            img.names_history.insert(0, name.to_string());
            changed = true;
        }
        if changed {
            self.save_image(&img)?;
        }
        Ok(())
    }
}
