//! `policy.json` (containers-policy.json(5)) as `image trust` reads and edits it, and the
//! signature stores of `registries.d` (containers-registries.d(5)) it names beside each scope.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::{Map, Value, json};

#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    #[error("invalid choice: {0} (choose from 'accept', 'reject', 'signedBy', 'sigstoreSigned')")]
    Type(String),
    #[error("invalid image uri: {0}")]
    Scope(String),
    #[error("at least one public key must be defined for type '{0}'")]
    NoKeys(String),
    #[error("{0} public keys unexpectedly provided for trust type {1}")]
    UnexpectedKeys(usize, String),
    #[error("default trust policy must be set")]
    NoDefault,
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
}

fn file_err(path: &Path, reason: impl std::fmt::Display) -> TrustError {
    TrustError::File {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

/// The requirements `image trust set --type TYPE [-f KEY…]` writes for a scope.
pub fn requirements(kind: &str, keys: &[String]) -> Result<Vec<Value>, TrustError> {
    let kind_written = match kind {
        "accept" | "insecureAcceptAnything" => "insecureAcceptAnything",
        "reject" => "reject",
        "signedBy" => "signedBy",
        "sigstoreSigned" => "sigstoreSigned",
        other => return Err(TrustError::Type(other.to_string())),
    };
    match kind_written {
        "insecureAcceptAnything" | "reject" => {
            if !keys.is_empty() {
                return Err(TrustError::UnexpectedKeys(keys.len(), kind.to_string()));
            }
            Ok(vec![json!({ "type": kind_written })])
        }
        signed => {
            if keys.is_empty() {
                return Err(TrustError::NoKeys(signed.to_string()));
            }
            Ok(keys
                .iter()
                .map(|k| match signed {
                    "signedBy" => json!({ "type": signed, "keyType": "GPGKeys", "keyPath": k }),
                    _ => json!({ "type": signed, "keyPath": k }),
                })
                .collect())
        }
    }
}

/// A scope `image trust set` takes: `default`, or a registry with an optional port and path.
pub fn check_scope(scope: &str) -> Result<(), TrustError> {
    if scope == "default" {
        return Ok(());
    }
    let (host, path) = scope.split_once('/').unwrap_or((scope, ""));
    let (name, port) = host.split_once(':').unwrap_or((host, ""));
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && port.chars().all(|c| c.is_ascii_digit())
        && path
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_./:".contains(c));
    if ok {
        Ok(())
    } else {
        Err(TrustError::Scope(scope.to_string()))
    }
}

/// `policy` with `scope`'s requirements replaced by `reqs` (`default`, or a scope of the
/// docker transport, or of whichever transport already names it). Other keys are kept.
pub fn set_scope(mut policy: Value, scope: &str, reqs: Vec<Value>) -> Result<Value, TrustError> {
    if !policy.is_object() {
        policy = Value::Object(Map::new());
    }
    let doc = policy.as_object_mut().expect("an object");
    if scope == "default" {
        doc.insert("default".into(), Value::Array(reqs));
        return Ok(policy);
    }
    if doc
        .get("default")
        .and_then(Value::as_array)
        .is_none_or(|d| d.is_empty())
    {
        return Err(TrustError::NoDefault);
    }
    let transports = doc
        .entry("transports")
        .or_insert_with(|| Value::Object(Map::new()));
    if !transports.is_object() {
        *transports = Value::Object(Map::new());
    }
    let transports = transports.as_object_mut().expect("an object");
    let owner = transports
        .iter()
        .find(|(_, scopes)| scopes.get(scope).is_some())
        .map(|(t, _)| t.clone())
        .unwrap_or_else(|| "docker".to_string());
    let scopes = transports
        .entry(owner)
        .or_insert_with(|| Value::Object(Map::new()));
    if let Some(s) = scopes.as_object_mut() {
        s.insert(scope.to_string(), Value::Array(reqs));
    }
    Ok(policy)
}

/// Reads a policy file; a missing one is an empty policy.
pub fn read_policy(path: &Path) -> Result<Value, TrustError> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| file_err(path, e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(json!({})),
        Err(e) => Err(file_err(path, e)),
    }
}

/// Writes a policy file, atomically, mode 0644, indented as podman writes it.
pub fn write_policy(path: &Path, policy: &Value) -> Result<(), TrustError> {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    serde::Serialize::serialize(policy, &mut ser).map_err(|e| file_err(path, e))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| file_err(dir, e))?;
    }
    crate::store::fsutil::write_atomic(path, &buf).map_err(|e| file_err(path, e))?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
        .map_err(|e| file_err(path, e))
}

/// One line of `image trust show`: a requirement of a scope.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Described {
    pub transport: String,
    pub name: String,
    pub repo_name: String,
    #[serde(rename = "sigstore", skip_serializing_if = "String::is_empty")]
    pub signature_store: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub gpg_id: String,
}

/// A scope's signature store in registries.d.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Namespace {
    #[serde(default)]
    pub lookaside: Option<String>,
    #[serde(default, rename = "lookaside-staging")]
    pub lookaside_staging: Option<String>,
    /// The older name of `lookaside`.
    #[serde(default)]
    pub sigstore: Option<String>,
    #[serde(default, rename = "sigstore-staging")]
    pub sigstore_staging: Option<String>,
    #[serde(default, rename = "use-sigstore-attachments")]
    pub use_sigstore_attachments: Option<bool>,
}

impl Namespace {
    /// Where signatures are read from.
    pub fn read_store(&self) -> Option<&str> {
        self.lookaside.as_deref().or(self.sigstore.as_deref())
    }
}

#[derive(Debug, Default, Deserialize)]
struct RegistriesFile {
    #[serde(default, rename = "default-docker")]
    default_docker: Option<Namespace>,
    #[serde(default)]
    docker: BTreeMap<String, Namespace>,
}

/// The `*.yaml` files of a registries.d directory, merged: a scope (or the default) named in
/// two files is an error, as in containers/image.
#[derive(Debug, Default)]
pub struct RegistriesD {
    pub default_docker: Option<Namespace>,
    pub docker: BTreeMap<String, Namespace>,
}

impl RegistriesD {
    pub fn load(dir: &Path) -> Result<RegistriesD, TrustError> {
        let mut out = RegistriesD::default();
        let mut names: Vec<_> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(file_err(dir, e)),
        };
        names.sort();
        let mut from: BTreeMap<String, String> = BTreeMap::new();
        for path in names {
            let text = std::fs::read_to_string(&path).map_err(|e| file_err(&path, e))?;
            let f: RegistriesFile =
                serde_yaml_ng::from_str(&text).map_err(|e| file_err(&path, e))?;
            let here = path.display().to_string();
            if let Some(d) = f.default_docker {
                if let Some(other) = from.get("\0default") {
                    return Err(file_err(
                        &path,
                        format!("\"default-docker\" is defined in {other} too"),
                    ));
                }
                from.insert("\0default".into(), here.clone());
                out.default_docker = Some(d);
            }
            for (scope, ns) in f.docker {
                if let Some(other) = from.get(&scope) {
                    return Err(file_err(
                        &path,
                        format!("namespace {scope:?} is defined in {other} too"),
                    ));
                }
                from.insert(scope.clone(), here.clone());
                out.docker.insert(scope, ns);
            }
        }
        Ok(out)
    }

    /// The namespaces that apply to `scope`, most specific first: the scope itself, each
    /// parent, then `default-docker`.
    fn chain<'a>(&'a self, scope: &'a str) -> impl Iterator<Item = &'a Namespace> + 'a {
        let mut s = Some(scope).filter(|s| !s.is_empty());
        std::iter::from_fn(move || {
            while let Some(cur) = s {
                s = cur.rfind('/').map(|i| &cur[..i]);
                if let Some(ns) = self.docker.get(cur) {
                    return Some(ns);
                }
            }
            None
        })
        .chain(self.default_docker.as_ref())
    }

    /// The lookaside store for `scope`, for writing (`lookaside-staging` first) or reading:
    /// the first namespace of the chain that names one, as containers/image looks.
    pub fn lookaside<'a>(&'a self, scope: &'a str, write: bool) -> Option<&'a str> {
        self.chain(scope).find_map(|ns| {
            let staging = write
                .then(|| {
                    ns.lookaside_staging
                        .as_deref()
                        .or(ns.sigstore_staging.as_deref())
                })
                .flatten();
            staging.or(ns.read_store())
        })
    }

    /// Whether sigstore signatures are read from and written to registry attachments for
    /// `scope`: the first namespace of the chain that says, else no.
    pub fn use_sigstore_attachments(&self, scope: &str) -> bool {
        self.chain(scope)
            .find_map(|ns| ns.use_sigstore_attachments)
            .unwrap_or(false)
    }

    /// The namespace for `scope` (`host/repo…`): the most specific one that names it or a
    /// parent, else `default-docker`. An empty scope is the default.
    pub fn for_scope(&self, scope: &str) -> Option<&Namespace> {
        let mut s = scope;
        while !s.is_empty() {
            if let Some(ns) = self.docker.get(s) {
                return Some(ns);
            }
            s = s.rfind('/').map_or("", |i| &s[..i]);
        }
        self.default_docker.as_ref()
    }
}

/// `image trust show`: every requirement of the default and of each scope, in podman's
/// order (the default, then transports and scopes sorted). `gpg_ids` names a key file's
/// user IDs.
pub fn describe(
    policy: &Value,
    registries: &RegistriesD,
    gpg_ids: &dyn Fn(&str) -> Vec<String>,
) -> Vec<Described> {
    let mut out = Vec::new();
    let mut add = |transport: &str, name: &str, repo: &str, reqs: &Value, scope: &str| {
        let store = registries
            .for_scope(scope)
            .and_then(Namespace::read_store)
            .unwrap_or("")
            .to_string();
        for r in reqs.as_array().into_iter().flatten() {
            let kind = r.get("type").and_then(Value::as_str).unwrap_or("");
            let mut keys: Vec<String> = r
                .get("keyPath")
                .and_then(Value::as_str)
                .map(String::from)
                .into_iter()
                .collect();
            keys.extend(
                r.get("keyPaths")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|k| k.as_str().map(String::from)),
            );
            let gpg_id = match kind {
                "signedBy" => keys
                    .iter()
                    .flat_map(|k| gpg_ids(k))
                    .collect::<Vec<_>>()
                    .join(", "),
                "sigstoreSigned" => "N/A".to_string(),
                _ => String::new(),
            };
            out.push(Described {
                transport: transport.to_string(),
                name: name.to_string(),
                repo_name: repo.to_string(),
                signature_store: store.clone(),
                kind: match kind {
                    "insecureAcceptAnything" => "accept",
                    "signedBy" => "signed",
                    other => other,
                }
                .to_string(),
                gpg_id,
            });
        }
    };
    if let Some(d) = policy.get("default") {
        add("all", "* (default)", "default", d, "");
    }
    if let Some(t) = policy.get("transports").and_then(Value::as_object) {
        let mut transports: Vec<_> = t.iter().collect();
        transports.sort_by(|a, b| a.0.cmp(b.0));
        for (transport, scopes) in transports {
            let shown = if transport == "docker" {
                "repository"
            } else {
                transport.as_str()
            };
            let mut scopes: Vec<_> = scopes.as_object().into_iter().flatten().collect();
            scopes.sort_by(|a, b| a.0.cmp(b.0));
            for (scope, reqs) in scopes {
                add(shown, scope, scope, reqs, scope);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_keeps_the_rest_and_show_describes_in_podmans_order() {
        let e = requirements("bogus", &[]).unwrap_err().to_string();
        assert!(e.starts_with("invalid choice: bogus"), "{e}");
        assert!(requirements("signedBy", &[]).is_err());
        assert!(requirements("accept", &["/k".into()]).is_err());
        let p = json!({"other": 1});
        assert!(matches!(
            set_scope(p.clone(), "docker.io", vec![]),
            Err(TrustError::NoDefault)
        ));
        let p = set_scope(p, "default", requirements("reject", &[]).unwrap()).unwrap();
        let p = set_scope(p, "docker.io", requirements("accept", &[]).unwrap()).unwrap();
        let p = set_scope(
            p,
            "quay.io/x",
            requirements("signedBy", &["/k.gpg".into()]).unwrap(),
        )
        .unwrap();
        assert_eq!(p["other"], 1);
        assert_eq!(
            p["transports"]["docker"]["docker.io"][0]["type"],
            "insecureAcceptAnything"
        );
        assert_eq!(
            p["transports"]["docker"]["quay.io/x"][0]["keyType"],
            "GPGKeys"
        );
        let mut reg = RegistriesD::default();
        reg.docker.insert(
            "quay.io".into(),
            Namespace {
                lookaside: Some("https://sigs.example/".into()),
                ..Default::default()
            },
        );
        let d = describe(&p, &reg, &|k| vec![format!("id-of-{k}")]);
        let rows: Vec<_> = d
            .iter()
            .map(|r| (r.transport.as_str(), r.repo_name.as_str(), r.kind.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("all", "default", "reject"),
                ("repository", "docker.io", "accept"),
                ("repository", "quay.io/x", "signed")
            ]
        );
        assert_eq!(d[2].gpg_id, "id-of-/k.gpg");
        assert_eq!(d[2].signature_store, "https://sigs.example/");
        for bad in ["", "a b", "x/UPPER", "reg:port"] {
            assert!(check_scope(bad).is_err(), "{bad}");
        }
        for good in [
            "default",
            "docker.io",
            "127.0.0.1:5000/a/b",
            "quay.io/x-y_z",
        ] {
            assert!(check_scope(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn registries_d_merges_and_finds_the_most_specific_namespace() {
        let dir = std::env::temp_dir().join(format!(
            "gorae-regd-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("a.yaml"),
            "default-docker:\n  lookaside: file:///var/lib/sigs\ndocker:\n  quay.io/team:\n    lookaside: https://team/\n    use-sigstore-attachments: true\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("b.yaml"),
            "docker:\n  quay.io:\n    sigstore: https://old/\n",
        )
        .unwrap();
        std::fs::write(dir.join("ignored.txt"), "not: [yaml").unwrap();
        let r = RegistriesD::load(&dir).unwrap();
        assert_eq!(
            r.for_scope("quay.io/team/app")
                .and_then(Namespace::read_store),
            Some("https://team/")
        );
        assert_eq!(
            r.for_scope("quay.io/other").and_then(Namespace::read_store),
            Some("https://old/")
        );
        assert_eq!(
            r.for_scope("docker.io/x").and_then(Namespace::read_store),
            Some("file:///var/lib/sigs")
        );
        std::fs::write(
            dir.join("c.yaml"),
            "docker:\n  quay.io:\n    lookaside: x\n",
        )
        .unwrap();
        let e = RegistriesD::load(&dir).unwrap_err().to_string();
        assert!(e.contains("quay.io") && e.contains("b.yaml"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
