//! Secrets: create, find, remove (podman's file driver), and what a container's `--secret`
//! takes from them.

use super::Engine;
use super::error::{Error, Kind};
use crate::store::now_rfc3339;
use crate::store::secrets::SecretRecord;

/// podman's limit: more than 0 and less than 512000 bytes.
const MAX_SIZE: usize = 512_000;
/// podman's secret IDs are 25 hex digits.
const ID_LEN: usize = 25;

/// What `secret create` does when the name is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IfExists {
    #[default]
    Fail,
    /// `--replace`: a new ID and data, the first creation time kept.
    Replace,
    /// `--ignore`: the existing secret's ID.
    Ignore,
}

/// podman's rule for secret names.
fn check_name(name: &str) -> Result<(), Error> {
    let ok = name.len() <= 64
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && name
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid(format!(
            "only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]: {name}: invalid secret name"
        )))
    }
}

/// A container's `--secret`: how one secret is given to it. Its data is copied into the
/// container at create (`userdata/secrets/NAME`), so later changes to the secret don't reach it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SecretUse {
    /// The secret's name (and, once created, its ID); the user may give either.
    pub name: String,
    #[serde(default)]
    pub id: String,
    /// `type=env`: an environment variable named `target`; otherwise a file at `target`.
    #[serde(default)]
    pub env: bool,
    /// The variable's name, or the file's path (relative ones under /run/secrets); empty:
    /// the secret's name.
    #[serde(default)]
    pub target: String,
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
}

impl SecretUse {
    /// `NAME[,type=mount|env][,target=T][,uid=N][,gid=N][,mode=OCTAL]`, as podman takes it.
    pub fn parse(spec: &str) -> Result<SecretUse, Error> {
        let bad = |m: String| Error::Invalid(format!("{m}: parsing secret"));
        let mut parts = spec.split(',');
        let mut s = SecretUse {
            name: String::new(),
            id: String::new(),
            env: false,
            target: String::new(),
            uid: 0,
            gid: 0,
            mode: 0o444,
        };
        let (mut kind, mut mount_only) = (None, false);
        if let Some(first) = parts.clone().next()
            && !first.contains('=')
        {
            s.name = first.to_string();
            parts.next();
        }
        for p in parts {
            let Some((k, v)) = p.split_once('=') else {
                return Err(bad(format!("option {p} must be in form option=value")));
            };
            match k {
                "source" => s.name = v.to_string(),
                "type" if kind.is_some() => {
                    return Err(bad("cannot set more than one secret type".into()));
                }
                "type" if v == "mount" || v == "env" => kind = Some(v == "env"),
                "type" => return Err(bad(format!("type {v} is invalid"))),
                "target" => s.target = v.to_string(),
                "mode" => {
                    mount_only = true;
                    s.mode =
                        u32::from_str_radix(v, 8).map_err(|_| bad(format!("mode {v} invalid")))?;
                }
                "uid" | "UID" => {
                    mount_only = true;
                    s.uid = v.parse().map_err(|_| bad(format!("UID {v} invalid")))?;
                }
                "gid" | "GID" => {
                    mount_only = true;
                    s.gid = v.parse().map_err(|_| bad(format!("GID {v} invalid")))?;
                }
                _ => return Err(bad(format!("option {p} invalid"))),
            }
        }
        if s.name.is_empty() {
            return Err(bad(format!("no source found {spec}")));
        }
        s.env = kind.unwrap_or(false);
        if s.env && mount_only {
            return Err(bad(
                "UID, GID, Mode options cannot be set with secret type env".into(),
            ));
        }
        Ok(s)
    }

    /// Where a mount secret appears in the container.
    pub fn path(&self) -> String {
        match self.target.as_str() {
            "" => format!("/run/secrets/{}", self.name),
            t if t.starts_with('/') => t.to_string(),
            t => format!("/run/secrets/{t}"),
        }
    }

    /// The environment variable of an env secret.
    pub fn variable(&self) -> &str {
        if self.target.is_empty() {
            &self.name
        } else {
            &self.target
        }
    }
}

impl Engine {
    /// Stores a secret; returns its ID.
    pub fn create_secret(
        &self,
        name: &str,
        data: &[u8],
        driver: &str,
        labels: std::collections::BTreeMap<String, String>,
        if_exists: IfExists,
    ) -> Result<String, Error> {
        check_name(name)?;
        if data.is_empty() || data.len() >= MAX_SIZE {
            return Err(Error::Invalid(
                "secret data must be larger than 0 and less than 512000 bytes".into(),
            ));
        }
        if driver != "file" {
            return Err(Error::Invalid(format!(
                "{driver}: invalid driver (gorae has the file driver only)"
            )));
        }
        let store = &self.store;
        let _lock = store.lock_secrets()?;
        let old = store.secrets_named(name)?;
        let newest = old.iter().max_by(|a, b| a.updated.cmp(&b.updated));
        if let Some(o) = newest {
            match if_exists {
                IfExists::Fail => {
                    return Err(Error::Exists {
                        kind: Kind::Secret,
                        name: name.to_string(),
                    });
                }
                IfExists::Ignore => return Ok(o.id.clone()),
                IfExists::Replace => {}
            }
        }
        let taken: Vec<String> = store.list_secrets()?.into_iter().map(|s| s.id).collect();
        let id = loop {
            let id = crate::runtime::names::new_id()[..ID_LEN].to_string();
            if !taken.contains(&id) && !old.iter().any(|o| o.id == id) {
                break id;
            }
        };
        let now = now_rfc3339();
        let rec = SecretRecord {
            id: id.clone(),
            name: name.to_string(),
            driver: driver.to_string(),
            driver_options: Default::default(),
            labels,
            created: newest.map_or_else(|| now.clone(), |o| o.created.clone()),
            updated: now,
        };
        // The new secret is whole before the old one goes: a crash in between leaves two,
        // and the newer wins.
        store.put_secret(&rec, data)?;
        if !old.is_empty() {
            let owner = self.ensure_userns()?;
            for o in &old {
                store.delete_secret(owner, &o.id)?;
            }
        }
        Ok(id)
    }

    /// A secret by name, ID or unique ID prefix.
    pub fn find_secret(&self, name_or_id: &str) -> Result<SecretRecord, Error> {
        let all = self.store.list_secrets()?;
        if let Some(s) = all
            .iter()
            .find(|s| s.name == name_or_id || s.id == name_or_id)
        {
            return Ok(s.clone());
        }
        let not_found = || Error::not_found(Kind::Secret, name_or_id);
        if name_or_id.is_empty() || name_or_id.len() > ID_LEN {
            return Err(not_found());
        }
        let mut hits = all.iter().filter(|s| s.id.starts_with(name_or_id));
        match (hits.next(), hits.next()) {
            (Some(s), None) => Ok(s.clone()),
            (Some(_), Some(_)) => Err(Error::Invalid(format!(
                "more than one result secret with prefix {name_or_id}: secret is ambiguous"
            ))),
            _ => Err(not_found()),
        }
    }

    /// Removes a secret; returns its ID. Containers made with it keep their copy.
    pub fn remove_secret(&self, name_or_id: &str) -> Result<String, Error> {
        let owner = self.ensure_userns()?;
        let store = &self.store;
        let _lock = store.lock_secrets()?;
        let s = self.find_secret(name_or_id)?;
        for o in store.secrets_named(&s.name)? {
            store.delete_secret(owner, &o.id)?;
        }
        Ok(s.id)
    }

    /// The secret's record and data, for a container's `--secret`.
    pub fn secret_with_data(&self, name_or_id: &str) -> Result<(SecretRecord, Vec<u8>), Error> {
        let s = self.find_secret(name_or_id)?;
        let data = self.store.secret_data(&s.id)?;
        Ok((s, data))
    }
}

/// Where a container keeps its copies of its secrets.
fn copies_dir(userdata: &std::path::Path) -> std::path::PathBuf {
    userdata.join("secrets")
}

impl Engine {
    /// A new container's `--secret`s: each one's name and ID filled in, and its data.
    pub(crate) fn resolve_secrets(&self, uses: &mut [SecretUse]) -> Result<Vec<Vec<u8>>, Error> {
        let mut out = Vec::new();
        for u in uses.iter_mut() {
            let (rec, data) = self.secret_with_data(&u.name)?;
            u.name = rec.name;
            u.id = rec.id;
            out.push(data);
        }
        Ok(out)
    }

    /// Copies a new container's secrets into its `userdata` (mode 0600 until it starts).
    pub(crate) fn copy_secrets(
        &self,
        userdata: &std::path::Path,
        uses: &[SecretUse],
        data: &[Vec<u8>],
    ) -> Result<(), Error> {
        if uses.is_empty() {
            return Ok(());
        }
        let dir = copies_dir(userdata);
        crate::store::fsutil::ensure_private_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        for (u, d) in uses.iter().zip(data) {
            let path = dir.join(&u.name);
            crate::store::fsutil::write_atomic(&path, d).map_err(|e| Error::io(&path, e))?;
        }
        Ok(())
    }
}

/// The variables of a container's env secrets (its processes' and its exec sessions').
pub(crate) fn env_of(userdata: &std::path::Path, uses: &[SecretUse]) -> Result<Vec<String>, Error> {
    let dir = copies_dir(userdata);
    let mut env = Vec::new();
    for u in uses.iter().filter(|u| u.env) {
        let path = dir.join(&u.name);
        let data = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        env.push(format!(
            "{}={}",
            u.variable(),
            String::from_utf8_lossy(&data)
        ));
    }
    Ok(env)
}

/// At each start: the container's secret files, owned and moded as `--secret` asked, bound at
/// their targets; and its env secrets' variables.
pub(crate) fn for_launch(
    userdata: &std::path::Path,
    uses: &[SecretUse],
) -> Result<(Vec<crate::runtime::mounts::ResolvedMount>, Vec<String>), Error> {
    use crate::runtime::mounts::{MountKind, MountSpec, ResolvedMount};
    let mut mounts = Vec::new();
    let env = env_of(userdata, uses)?;
    let dir = copies_dir(userdata);
    for u in uses.iter().filter(|u| !u.env) {
        let path = dir.join(&u.name);
        // A copy per target, since two targets may want different owners or modes.
        let copy = dir.join(format!(".{}-{}-{}-{:o}", u.name, u.uid, u.gid, u.mode));
        std::fs::copy(&path, &copy).map_err(|e| Error::io(&path, e))?;
        std::os::unix::fs::chown(&copy, Some(u.uid), Some(u.gid)).map_err(|e| {
            Error::System(format!(
                "--secret {}: chown {}:{}: {e} (is the ID mapped in the container?)",
                u.name, u.uid, u.gid
            ))
        })?;
        std::fs::set_permissions(&copy, std::os::unix::fs::PermissionsExt::from_mode(u.mode))
            .map_err(|e| Error::io(&copy, e))?;
        let host = copy;
        mounts.push(ResolvedMount {
            spec: MountSpec {
                kind: MountKind::Bind,
                source: host.to_string_lossy().into_owned(),
                destination: u.path(),
                readonly: false,
                options: Vec::new(),
                anonymous: false,
            },
            host: Some(host),
        });
    }
    Ok((mounts, env))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_flags_parse_as_podmans() {
        let s = SecretUse::parse("db").unwrap();
        assert_eq!(
            (s.env, s.path(), s.mode),
            (false, "/run/secrets/db".into(), 0o444)
        );
        let s = SecretUse::parse("db,type=env,target=PASS").unwrap();
        assert_eq!((s.env, s.variable()), (true, "PASS"));
        let s = SecretUse::parse("source=db,target=/etc/db.key,uid=1,gid=2,mode=0400").unwrap();
        assert_eq!(
            (s.path().as_str(), s.uid, s.gid, s.mode),
            ("/etc/db.key", 1, 2, 0o400)
        );
        assert_eq!(
            SecretUse::parse("db,target=k").unwrap().path(),
            "/run/secrets/k"
        );
        for bad in [
            "db,type=file",
            "db,type=env,mode=0400",
            "db,type=env,type=env",
            "db,mode=9",
            "db,uid=x",
            "db,what=1",
            "db,target",
            "type=env",
        ] {
            assert!(SecretUse::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_follow_podmans_rule() {
        for ok in ["a", "my_secret", "a.b-c", "A9"] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        let long = "a".repeat(65);
        for bad in ["", "-a", "a-", "a.", "_a", "a/b", "a b", long.as_str()] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
