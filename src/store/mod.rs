//! The on-disk store: content-addressed blobs, unpacked layers, image and container records.
//!
//! Layout under the data root (`$XDG_DATA_HOME/gorae`, mode 0700):
//! - `blobs/sha256/<hex>`: compressed layers, configs and manifests, as the registry sent them
//! - `layers/<chain-id hex>/{diff/,layer.json}`: one unpacked layer per chain ID
//! - `images/<id>.json`: an image record (names, manifest and config digests, layer chain)
//! - `containers/<id>/{container.json,upper/,work/,merged/,userdata/}`
//! - `locks/`: `store.lock` guards records, `gc.lock` keeps garbage collection away from pulls
//!
//! Every directory that appears does so by rename of a finished temp dir, and every directory
//! that goes does so by rename to a `.tmp-rm-*` name first (`delete.rs`), so a crash leaves only
//! `.tmp-*` names, which the next writer removes once their writer is gone.

pub mod containers;
pub mod delete;
pub mod events;
pub mod fsutil;
pub mod images;
pub mod layers;
pub mod secrets;
pub mod volumes;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

pub use delete::Owner;
pub use fsutil::FileLock;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("corrupt record {path}: {source}")]
    Corrupt {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error(
        "{path}: {source} (it is deleted all the same: the next gorae command removes what is left)"
    )]
    Leftover {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{0}: image not known")]
    ImageNotKnown(String),
    #[error("{0}: no such container")]
    NoSuchContainer(String),
    #[error("no volume with name {0:?} found: no such volume")]
    NoSuchVolume(String),
    #[error("volume with name {0} already exists: volume already exists")]
    VolumeExists(String),
    #[error("volume {0} is being used by the following container(s): {1}: volume is being used")]
    VolumeInUse(String, String),
    #[error("{0}: ambiguous: more than one {1} matches")]
    Ambiguous(String, &'static str),
    #[error(
        "the container name \"{0}\" is already in use by {1}. You have to remove that container to be able to reuse that name: that name is already in use"
    )]
    NameInUse(String, String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub(crate) trait IoContext<T> {
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> IoContext<T> for io::Result<T> {
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })
    }
}

/// Paths of one store. Cheap to clone; opening creates missing directories.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    events: events::EventsConf,
}

impl Store {
    pub fn open(root: &Path) -> Result<Store> {
        let store = Store {
            root: root.to_path_buf(),
            events: events::EventsConf::default(),
        };
        for dir in [
            store.root.clone(),
            store.blobs_dir(),
            store.layers_dir(),
            store.images_dir(),
            store.containers_dir(),
            store.locks_dir(),
            store.tmp_dir(),
        ] {
            fsutil::ensure_private_dir(&dir).at(&dir)?;
        }
        Ok(store)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
    pub fn blobs_dir(&self) -> PathBuf {
        self.root.join("blobs/sha256")
    }
    pub fn layers_dir(&self) -> PathBuf {
        self.root.join("layers")
    }
    pub fn images_dir(&self) -> PathBuf {
        self.root.join("images")
    }
    pub fn containers_dir(&self) -> PathBuf {
        self.root.join("containers")
    }
    pub fn locks_dir(&self) -> PathBuf {
        self.root.join("locks")
    }
    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }
    /// A build step's result by its cache key (`build-cache/<key>.json`).
    pub fn build_cache_dir(&self) -> PathBuf {
        self.root.join("build-cache")
    }

    /// The lock for image and container records; hold it only for short read-modify-write steps.
    pub fn lock_records(&self) -> Result<FileLock> {
        let p = self.locks_dir().join("store.lock");
        FileLock::exclusive(&p).at(&p)
    }

    /// Held shared by pulls and container set-up for their whole duration, exclusive by garbage
    /// collection, so a layer that is about to be referenced is never collected.
    pub fn lock_gc_shared(&self) -> Result<FileLock> {
        let p = self.locks_dir().join("gc.lock");
        FileLock::shared(&p).at(&p)
    }

    pub fn lock_gc_exclusive(&self) -> Result<FileLock> {
        let p = self.locks_dir().join("gc.lock");
        FileLock::exclusive(&p).at(&p)
    }

    /// Removes what crashed writers left behind.
    pub fn clean_stale(&self) {
        for dir in [
            self.root.clone(),
            self.layers_dir(),
            self.tmp_dir(),
            self.blobs_dir(),
            self.images_dir(),
            self.containers_dir(),
            self.volumes_dir(),
            self.secrets_dir(),
        ] {
            fsutil::clean_stale_temps(&dir);
        }
    }

    pub fn blob_path(&self, digest: &str) -> Option<PathBuf> {
        let hex = digest_hex(digest)?;
        Some(self.blobs_dir().join(hex))
    }

    pub fn read_blob(&self, digest: &str) -> Result<Vec<u8>> {
        let path = self
            .blob_path(digest)
            .ok_or_else(|| StoreError::ImageNotKnown(digest.to_string()))?;
        fs::read(&path).at(&path)
    }

    /// Stores a small blob (manifest, config) whose digest the caller has verified.
    pub fn put_blob(&self, digest: &str, data: &[u8]) -> Result<()> {
        let Some(path) = self.blob_path(digest) else {
            return Err(StoreError::Io {
                path: PathBuf::from(digest),
                source: io::Error::new(io::ErrorKind::InvalidInput, "not a sha256 digest"),
            });
        };
        if path.exists() {
            return Ok(());
        }
        fsutil::write_atomic(&path, data).at(&path)
    }
}

/// The hex part of a `sha256:<64 hex>` digest; `None` for anything else (never a path).
pub fn digest_hex(digest: &str) -> Option<&str> {
    let hex = digest.strip_prefix("sha256:")?;
    is_hex64(hex).then_some(hex)
}

pub fn is_hex64(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(data))
}

pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_hex_refuses_paths_and_short_digests() {
        assert!(digest_hex("sha256:../x").is_none());
        assert!(digest_hex("sha256:abc").is_none());
        assert!(digest_hex(&format!("sha512:{}", "a".repeat(64))).is_none());
        assert!(digest_hex(&format!("sha256:{}", "A".repeat(64))).is_none());
        assert_eq!(
            digest_hex(&format!("sha256:{}", "0".repeat(64))),
            Some("0".repeat(64).as_str())
        );
    }
}
