//! Registry credentials from podman's `auth.json` and Docker's `config.json`.

use std::path::{Path, PathBuf};

use base64::Engine;
use serde::Deserialize;

/// Why an auth file could not be updated.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// Reading, creating or replacing the file (or its directory, or the temporary beside it).
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("{}: not a JSON object", .0.display())]
    NotObject(PathBuf),
}

impl AuthError {
    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> AuthError + '_ {
        move |source| AuthError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Default, Deserialize)]
struct AuthFile {
    #[serde(default)]
    auths: std::collections::HashMap<String, AuthEntry>,
}

#[derive(Debug, Default, Deserialize)]
struct AuthEntry {
    #[serde(default)]
    auth: Option<String>,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    password: Option<String>,
}

/// The files searched, most specific first.
pub fn auth_files(runtime_dir: Option<&Path>, config_home: &Path, home: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Ok(f) = std::env::var("REGISTRY_AUTH_FILE") {
        files.push(PathBuf::from(f));
    }
    if let Some(r) = runtime_dir {
        files.push(r.join("containers/auth.json"));
    }
    files.push(config_home.join("containers/auth.json"));
    files.push(home.join(".docker/config.json"));
    files
}

/// Finds credentials for `registry/repository`: the longest matching key wins within a file,
/// and the first file with any match wins.
pub fn lookup(files: &[PathBuf], registry: &str, repository: &str) -> Option<Credentials> {
    for file in files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let Ok(parsed) = serde_json::from_str::<AuthFile>(&text) else {
            crate::log::warn(format_args!(
                "ignoring unreadable credentials file {}",
                file.display()
            ));
            continue;
        };
        if let Some(c) = lookup_in(&parsed, registry, repository) {
            return Some(c);
        }
    }
    None
}

fn lookup_in(file: &AuthFile, registry: &str, repository: &str) -> Option<Credentials> {
    let mut keys = Vec::new();
    let mut path = format!("{registry}/{repository}");
    loop {
        keys.push(path.clone());
        match path.rfind('/') {
            Some(i) => path.truncate(i),
            None => break,
        }
    }
    if registry == "docker.io" {
        keys.push("https://index.docker.io/v1/".into());
        keys.push("index.docker.io".into());
    }
    for key in keys {
        let entry = file
            .auths
            .get(&key)
            .or_else(|| file.auths.get(&format!("https://{key}")))
            .or_else(|| file.auths.get(&format!("http://{key}")));
        if let Some(c) = entry.and_then(decode) {
            return Some(c);
        }
    }
    None
}

fn decode(entry: &AuthEntry) -> Option<Credentials> {
    if let (Some(u), Some(p)) = (&entry.username, &entry.password) {
        return Some(Credentials {
            username: u.clone(),
            password: p.clone(),
        });
    }
    let raw = base64::engine::general_purpose::STANDARD
        .decode(entry.auth.as_deref()?.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (u, p) = text.split_once(':')?;
    Some(Credentials {
        username: u.to_string(),
        password: p.to_string(),
    })
}

/// Parses `--creds user[:password]`.
pub fn parse_creds(s: &str) -> Credentials {
    match s.split_once(':') {
        Some((u, p)) => Credentials {
            username: u.into(),
            password: p.into(),
        },
        None => Credentials {
            username: s.into(),
            password: String::new(),
        },
    }
}

/// The file `login` writes: `--authfile`, `$REGISTRY_AUTH_FILE`, else podman's
/// `$XDG_RUNTIME_DIR/containers/auth.json` (or `$XDG_CONFIG_HOME/containers/auth.json` when
/// there is no runtime directory).
pub fn login_file(
    authfile: Option<&Path>,
    runtime_dir: Option<&Path>,
    config_home: &Path,
) -> PathBuf {
    if let Some(f) = authfile {
        return f.to_path_buf();
    }
    if let Ok(f) = std::env::var("REGISTRY_AUTH_FILE") {
        return PathBuf::from(f);
    }
    match runtime_dir {
        Some(r) => r.join("containers/auth.json"),
        None => config_home.join("containers/auth.json"),
    }
}

/// Records (`Some`) or forgets (`None`) the credentials for `key` in `file`, keeping every
/// other entry and field of it. The file is replaced atomically and stays private (0600).
pub fn store(file: &Path, key: &str, creds: Option<&Credentials>) -> Result<bool, AuthError> {
    let mut doc: serde_json::Value = match std::fs::read(file) {
        Ok(data) => serde_json::from_slice(&data).map_err(|source| AuthError::Json {
            path: file.to_path_buf(),
            source,
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => serde_json::json!({}),
        Err(e) => return Err(AuthError::io(file)(e)),
    };
    if !doc.is_object() {
        return Err(AuthError::NotObject(file.to_path_buf()));
    }
    if !doc["auths"].is_object() {
        doc["auths"] = serde_json::json!({});
    }
    let auths = doc["auths"].as_object_mut().expect("made an object above");
    let changed = match creds {
        Some(c) => {
            let encoded = base64::engine::general_purpose::STANDARD
                .encode(format!("{}:{}", c.username, c.password));
            auths.insert(key.to_string(), serde_json::json!({"auth": encoded}));
            true
        }
        None => auths.remove(key).is_some(),
    };
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(AuthError::io(dir))?;
    }
    let data = serde_json::to_vec_pretty(&doc).expect("json serializes");
    let tmp = file.with_extension(format!("tmp-{}", std::process::id()));
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)
            .map_err(AuthError::io(&tmp))?;
        f.write_all(&data)
            .and_then(|()| f.sync_all())
            .map_err(AuthError::io(&tmp))?;
    }
    std::fs::rename(&tmp, file).map_err(AuthError::io(file))?;
    Ok(changed)
}

/// Every key in `file` (for `logout --all`).
pub fn keys(file: &Path) -> Vec<String> {
    std::fs::read(file)
        .ok()
        .and_then(|d| serde_json::from_slice::<AuthFile>(&d).ok())
        .map(|f| f.auths.into_keys().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_most_specific_entry() {
        let file: AuthFile = serde_json::from_str(
            r#"{"auths":{
                "reg.io":{"auth":"dTE6cDE="},
                "reg.io/team":{"auth":"dTI6cDI="},
                "https://index.docker.io/v1/":{"auth":"aHViOnNlY3JldA=="}}}"#,
        )
        .unwrap();
        let c = lookup_in(&file, "reg.io", "team/app").unwrap();
        assert_eq!((c.username.as_str(), c.password.as_str()), ("u2", "p2"));
        let c = lookup_in(&file, "reg.io", "other/app").unwrap();
        assert_eq!(c.username, "u1");
        let c = lookup_in(&file, "docker.io", "library/busybox").unwrap();
        assert_eq!(
            (c.username.as_str(), c.password.as_str()),
            ("hub", "secret")
        );
        assert!(lookup_in(&file, "elsewhere.io", "x").is_none());
    }
}
