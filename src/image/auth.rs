//! Registry credentials from podman's `auth.json` and Docker's `config.json`.

use std::path::{Path, PathBuf};

use base64::Engine;
use serde::Deserialize;

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
