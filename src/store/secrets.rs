//! Secrets, podman's file driver: `secrets/<id>/{secret.json,data}`, the directory 0700 and the
//! data 0600. A secret appears whole or not at all (its directory is renamed into place), and
//! `secrets/.lock` serialises the writers so that two secrets never share a name.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{IoContext, Result, Store, StoreError, fsutil};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecretRecord {
    /// 25 hex digits, as podman's.
    pub id: String,
    pub name: String,
    pub driver: String,
    #[serde(default)]
    pub driver_options: BTreeMap<String, String>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// RFC 3339; `--replace` keeps the first one.
    pub created: String,
    pub updated: String,
}

impl Store {
    pub fn secrets_dir(&self) -> PathBuf {
        self.root().join("secrets")
    }

    /// Held while a secret is created, replaced or removed.
    pub fn lock_secrets(&self) -> Result<fsutil::FileLock> {
        let dir = self.secrets_dir();
        fsutil::ensure_private_dir(&dir).at(&dir)?;
        let path = dir.join(".lock");
        fsutil::FileLock::exclusive(&path).at(&path)
    }

    /// Every secret, oldest first. Where a replace was cut short and two records share a
    /// name, the newer one is the secret (the next replace or rm removes the other).
    pub fn list_secrets(&self) -> Result<Vec<SecretRecord>> {
        let dir = self.secrets_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e).at(&dir),
        };
        let mut out: Vec<SecretRecord> = Vec::new();
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = e.path().join("secret.json");
            let data = match fs::read(&path) {
                Ok(d) => d,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e).at(&path),
            };
            let rec: SecretRecord = serde_json::from_slice(&data)
                .map_err(|source| StoreError::Corrupt { path, source })?;
            out.push(rec);
        }
        out.sort_by(|a, b| (&a.created, &a.updated).cmp(&(&b.created, &b.updated)));
        let mut seen = std::collections::HashSet::new();
        let mut kept: Vec<SecretRecord> = out
            .into_iter()
            .rev()
            .filter(|s| seen.insert(s.name.clone()))
            .collect();
        kept.reverse();
        Ok(kept)
    }

    /// The records of every secret called `name`, a cut-short replace's too.
    pub fn secrets_named(&self, name: &str) -> Result<Vec<SecretRecord>> {
        let dir = self.secrets_dir();
        let mut out = Vec::new();
        for e in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = e.path().join("secret.json");
            if let Ok(d) = fs::read(&path)
                && let Ok(r) = serde_json::from_slice::<SecretRecord>(&d)
                && r.name == name
            {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// The secret's data.
    pub fn secret_data(&self, id: &str) -> Result<Vec<u8>> {
        let path = self.secrets_dir().join(id).join("data");
        fs::read(&path).at(&path)
    }

    /// Writes a new secret; the caller holds [`Store::lock_secrets`] and has checked the name.
    pub fn put_secret(&self, rec: &SecretRecord, data: &[u8]) -> Result<()> {
        let dir = self.secrets_dir();
        fsutil::ensure_private_dir(&dir).at(&dir)?;
        let tmp = fsutil::TempDir::new(&dir, "secret").at(&dir)?;
        let file = tmp.path().join("data");
        fsutil::write_atomic(&file, data).at(&file)?;
        let json = tmp.path().join("secret.json");
        fsutil::write_atomic(&json, &serde_json::to_vec_pretty(rec).expect("serializes"))
            .at(&json)?;
        let dest = dir.join(&rec.id);
        tmp.commit(&dest).at(&dest)
    }

    /// Removes a secret, record and data; false if it was not there.
    pub fn delete_secret(&self, owner: super::Owner, id: &str) -> Result<bool> {
        if id.is_empty() || id.starts_with('.') || id.contains('/') {
            return Ok(false);
        }
        self.delete_tree(owner, &self.secrets_dir().join(id))
    }
}
