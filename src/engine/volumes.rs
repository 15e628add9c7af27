//! Named volumes: create, list, inspect, remove, prune; and resolving a container's mounts.

use std::path::PathBuf;

use super::Engine;
use super::Error;
use super::run::LaunchConfig;
use crate::runtime::mounts::{MountKind, MountSpec};
use crate::runtime::names;
use crate::store::volumes::VolumeRecord;
use crate::store::{StoreError, now_rfc3339};

pub use crate::runtime::mounts::ResolvedMount;

impl Engine {
    pub fn create_volume(
        &self,
        name: Option<&str>,
        labels: &[String],
        anonymous: bool,
    ) -> Result<VolumeRecord, Error> {
        let name = match name {
            Some(n) if names::valid_name(n) => n.to_string(),
            Some(n) => return Err(Error::bad_name(n)),
            None => names::new_id(),
        };
        let labels = labels
            .iter()
            .map(|l| match l.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (l.clone(), String::new()),
            })
            .collect();
        let v = VolumeRecord {
            name,
            created: now_rfc3339(),
            labels,
            anonymous,
        };
        self.store.create_volume(&v)?;
        Ok(v)
    }

    /// Containers (names) whose mounts use volume `name`.
    pub fn volume_users(&self, name: &str) -> Result<Vec<String>, Error> {
        let mut users = Vec::new();
        for c in self.store.list_containers()? {
            if let Ok(cfg) = LaunchConfig::of(&c)
                && cfg
                    .mounts
                    .iter()
                    .any(|m| m.kind == MountKind::Volume && m.source == name)
            {
                users.push(c.name.clone());
            }
        }
        Ok(users)
    }

    pub fn remove_volume(&self, name: &str, force: bool) -> Result<(), Error> {
        self.store.volume(name)?;
        let users = self.volume_users(name)?;
        if !users.is_empty() {
            if !force {
                return Err(StoreError::VolumeInUse(name.to_string(), users.join(", ")).into());
            }
            for u in users {
                super::lifecycle::remove(self, &u, true)?;
            }
        }
        let owner = self.ensure_userns()?;
        Ok(self.store.delete_volume(owner, name)?)
    }

    pub fn prune_volumes(&self) -> Result<Vec<String>, Error> {
        let mut removed = Vec::new();
        for v in self.store.list_volumes()? {
            if self.volume_users(&v.name)?.is_empty() {
                let owner = self.ensure_userns()?;
                self.store.delete_volume(owner, &v.name)?;
                removed.push(v.name);
            }
        }
        Ok(removed)
    }

    /// At create: creates anonymous and missing named volumes, checks bind sources.
    pub fn materialize_mounts(&self, mounts: &mut [MountSpec]) -> Result<(), Error> {
        for m in mounts.iter_mut() {
            match m.kind {
                MountKind::Volume if m.source.is_empty() => {
                    m.source = self.create_volume(None, &[], true)?.name;
                }
                MountKind::Volume => match self.store.volume(&m.source) {
                    Ok(_) => {}
                    Err(StoreError::NoSuchVolume(_)) => {
                        self.create_volume(Some(&m.source.clone()), &[], false)?;
                    }
                    Err(e) => return Err(e.into()),
                },
                MountKind::Bind => {
                    let p = std::fs::canonicalize(&m.source)
                        .map_err(|e| Error::Invalid(format!("statfs {}: {e}", m.source)))?;
                    m.source = p.display().to_string();
                }
                MountKind::Tmpfs | MountKind::Devpts => {}
            }
        }
        Ok(())
    }

    pub fn resolve_mounts(&self, mounts: &[MountSpec]) -> Vec<ResolvedMount> {
        mounts
            .iter()
            .map(|m| ResolvedMount {
                spec: m.clone(),
                host: match m.kind {
                    MountKind::Bind => Some(PathBuf::from(&m.source)),
                    MountKind::Volume => Some(self.store.volume_data(&m.source)),
                    MountKind::Tmpfs | MountKind::Devpts => None,
                },
            })
            .collect()
    }
}
