//! Named volumes: `volumes/<name>/{volume.json,_data/}`.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{IoContext, Result, Store, StoreError, fsutil};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VolumeRecord {
    pub name: String,
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// Created for one container (`-v /dst`), removed with it by `rm -v`.
    #[serde(default)]
    pub anonymous: bool,
    /// `volume create --opt`: the local driver's `type`, `device` and `o`, checked at create.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

impl Store {
    pub fn volumes_dir(&self) -> PathBuf {
        // `--volumepath`, handed on by the command line.
        std::env::var_os("GORAE_VOLUME_PATH")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .unwrap_or_else(|| self.root().join("volumes"))
    }

    pub fn volume_data(&self, name: &str) -> PathBuf {
        self.volumes_dir().join(name).join("_data")
    }

    pub fn volume(&self, name: &str) -> Result<VolumeRecord> {
        let path = self.volumes_dir().join(name).join("volume.json");
        let data = match fs::read(&path) {
            Ok(d) => d,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NoSuchVolume(name.to_string()));
            }
            Err(e) => return Err(e).at(&path),
        };
        serde_json::from_slice(&data).map_err(|source| StoreError::Corrupt { path, source })
    }

    pub fn list_volumes(&self) -> Result<Vec<VolumeRecord>> {
        let dir = self.volumes_dir();
        let mut out = Vec::new();
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e).at(&dir),
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            match self.volume(&name) {
                Ok(v) => out.push(v),
                Err(StoreError::NoSuchVolume(_)) => {}
                Err(err) => return Err(err),
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Creates a volume; `AlreadyExists` (as `VolumeExists`) if the name is taken.
    pub fn create_volume(&self, v: &VolumeRecord) -> Result<()> {
        let dir = self.volumes_dir();
        fsutil::ensure_private_dir(&dir).at(&dir)?;
        let tmp = fsutil::TempDir::new(&dir, "vol").at(&dir)?;
        let data = tmp.path().join("_data");
        fs::create_dir(&data).at(&data)?;
        std::fs::set_permissions(&data, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .at(&data)?;
        let json = tmp.path().join("volume.json");
        fsutil::write_atomic(&json, &serde_json::to_vec_pretty(v).expect("serializes"))
            .at(&json)?;
        let dest = dir.join(&v.name);
        match tmp.commit(&dest) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(StoreError::VolumeExists(v.name.clone()))
            }
            other => other.at(&dest),
        }
    }

    /// Removes a volume, record and data: one rename makes it invisible.
    pub fn delete_volume(&self, owner: super::Owner, name: &str) -> Result<()> {
        if name.is_empty() || name.starts_with('.') || name.contains('/') {
            return Err(StoreError::NoSuchVolume(name.to_string()));
        }
        match self.delete_tree(owner, &self.volumes_dir().join(name))? {
            true => Ok(()),
            false => Err(StoreError::NoSuchVolume(name.to_string())),
        }
    }
}
