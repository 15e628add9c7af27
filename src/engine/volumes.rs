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
        self.create_volume_with(name, labels, anonymous, &[])
    }

    /// `volume create --opt KEY=VALUE…`: the local driver's options, as rootless podman takes
    /// them. `o=uid=N,gid=N` owns the volume to N; `type=tmpfs` is a tmpfs at each use (its
    /// `o` the tmpfs options); `type=none,o=bind,device=PATH` binds PATH. Other types need
    /// `mount(8)` as root, and are refused.
    pub fn create_volume_with(
        &self,
        name: Option<&str>,
        labels: &[String],
        anonymous: bool,
        opts: &[String],
    ) -> Result<VolumeRecord, Error> {
        let options = volume_options(opts)?;
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
            options,
        };
        self.store.create_volume(&v)?;
        let owner = |k: &str| mount_option(&v.options, k).and_then(|n| n.parse::<u32>().ok());
        if !v.options.contains_key("type") && (owner("uid").is_some() || owner("gid").is_some()) {
            let data = self.store.volume_data(&v.name);
            if let Err(e) = std::os::unix::fs::chown(&data, owner("uid"), owner("gid")) {
                let _ = self.store.delete_volume(self.ensure_userns()?, &v.name);
                return Err(Error::System(format!("chown {}: {e}", data.display())));
            }
        }
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

    /// Removes volume `name`; with `force`, the containers using it first (stopped within
    /// `time` seconds, else each one's stop timeout).
    pub fn remove_volume(&self, name: &str, force: bool, time: Option<u32>) -> Result<(), Error> {
        self.store.volume(name)?;
        let users = self.volume_users(name)?;
        if !users.is_empty() {
            if !force {
                return Err(StoreError::VolumeInUse(name.to_string(), users.join(", ")).into());
            }
            for u in users {
                let id = self.find_container(&u)?.id;
                if time.is_some() {
                    super::lifecycle::stop(self, &id, time)?;
                }
                super::lifecycle::remove(self, &id, true)?;
            }
        }
        let owner = self.ensure_userns()?;
        Ok(self.store.delete_volume(owner, name)?)
    }

    /// Removes the unused volumes `keep` selects.
    pub fn prune_volumes(
        &self,
        keep: impl Fn(&VolumeRecord) -> bool,
    ) -> Result<Vec<String>, Error> {
        let mut removed = Vec::new();
        for v in self.store.list_volumes()? {
            if keep(&v) && self.volume_users(&v.name)?.is_empty() {
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
            .map(|m| {
                let options = match m.kind {
                    MountKind::Volume => self.store.volume(&m.source).map(|v| v.options).ok(),
                    _ => None,
                }
                .unwrap_or_default();
                match options.get("type").map(String::as_str) {
                    // A tmpfs volume: a new tmpfs at each use, with its `o` options.
                    Some("tmpfs") => {
                        let mut spec = m.clone();
                        spec.kind = MountKind::Tmpfs;
                        spec.options.extend(
                            options
                                .get("o")
                                .into_iter()
                                .flat_map(|o| o.split(','))
                                .filter(|o| !o.is_empty())
                                .map(String::from),
                        );
                        ResolvedMount { spec, host: None }
                    }
                    Some(_) => ResolvedMount {
                        spec: m.clone(),
                        host: options.get("device").map(PathBuf::from),
                    },
                    None => ResolvedMount {
                        spec: {
                            let mut spec = m.clone();
                            // Owned at create (`o=uid=`,`gid=`): the image's owner is not copied.
                            if mount_option(&options, "uid").is_some()
                                || mount_option(&options, "gid").is_some()
                            {
                                spec.options.push("nochown".into());
                            }
                            spec
                        },
                        host: match m.kind {
                            MountKind::Bind => Some(PathBuf::from(&m.source)),
                            MountKind::Volume => Some(self.store.volume_data(&m.source)),
                            MountKind::Tmpfs | MountKind::Devpts => None,
                        },
                    },
                }
            })
            .collect()
    }
}

/// The value of `key=` in a volume's `o` option.
fn mount_option<'a>(
    options: &'a std::collections::BTreeMap<String, String>,
    key: &str,
) -> Option<&'a str> {
    options
        .get("o")?
        .split(',')
        .find_map(|o| o.strip_prefix(key)?.strip_prefix('='))
}

/// `--opt KEY=VALUE` of the local driver, checked: what rootless gorae can't mount is refused
/// here, not when a container first uses the volume.
fn volume_options(opts: &[String]) -> Result<std::collections::BTreeMap<String, String>, Error> {
    let mut map = std::collections::BTreeMap::new();
    for o in opts {
        let (k, v) = o.split_once('=').unwrap_or((o.as_str(), ""));
        if !["type", "device", "o"].contains(&k) {
            return Err(Error::Invalid(format!(
                "invalid volume option {k:?} for the local driver: it takes type, device and o"
            )));
        }
        map.insert(k.to_string(), v.to_string());
    }
    for part in map.get("o").into_iter().flat_map(|o| o.split(',')) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match k {
            "uid" | "gid" if v.parse::<u32>().is_err() => {
                return Err(Error::Invalid(format!(
                    "cannot convert {} {v} to integer",
                    k.to_uppercase()
                )));
            }
            "size" if crate::runtime::limits::parse_size("size", v).is_err() => {
                return Err(Error::Invalid(format!(
                    "cannot convert size {v} to integer"
                )));
            }
            _ => {}
        }
    }
    match map.get("type").map(String::as_str) {
        None | Some("tmpfs") => {}
        Some("none" | "bind") => {
            let bind = mount_option(&map, "bind").is_some()
                || map
                    .get("o")
                    .is_some_and(|o| o.split(',').any(|x| x == "bind" || x == "rbind"));
            let dev = map.get("device").map(std::path::Path::new);
            match dev {
                _ if !bind => {
                    return Err(Error::Invalid(
                        "a volume of type none must be a bind mount: give o=bind and device=PATH"
                            .into(),
                    ));
                }
                Some(d) if d.is_dir() => {}
                Some(d) => {
                    return Err(Error::Invalid(format!(
                        "volume device {} is not a directory",
                        d.display()
                    )));
                }
                None => return Err(Error::Invalid("a bind volume needs device=PATH".into())),
            }
        }
        Some(t) => {
            return Err(Error::Invalid(format!(
                "a volume of type {t} needs mount(8) as root: rootless gorae mounts tmpfs and bind (type=none,o=bind) volumes only"
            )));
        }
    }
    Ok(map)
}

impl Engine {
    /// `volume export`: the volume's content as a tar stream (owners as the containers see
    /// them, symlinks as links).
    pub fn export_volume(&self, name: &str, out: impl std::io::Write) -> Result<(), Error> {
        self.store.volume(name)?;
        self.ensure_userns()?;
        let data = self.store.volume_data(name);
        let mut tar = tar::Builder::new(out);
        tar.follow_symlinks(false);
        tar.mode(tar::HeaderMode::Complete);
        tar.append_dir_all(".", &data)
            .and_then(|()| tar.finish())
            .map_err(|e| Error::System(format!("exporting volume {name}: {e}")))
    }

    /// `volume import`: unpacks a tar stream into the volume, over what it holds, with the
    /// same checks as an image layer's (no name may climb out, none may go through a link).
    pub fn import_volume(&self, name: &str, input: impl std::io::Read) -> Result<(), Error> {
        self.store.volume(name)?;
        self.ensure_userns()?;
        let data = self.store.volume_data(name);
        let opts = crate::image::extract::ExtractOptions {
            squash_owners: self.mapping.squashes_owners(),
            ..Default::default()
        };
        crate::image::extract::extract(input, &data, &opts)
            .map(drop)
            .map_err(|e| Error::Invalid(format!("importing into volume {name}: {e}")))
    }
}
