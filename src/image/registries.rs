//! podman's `registries.conf`: search registries, insecure registries, mirrors, short-name aliases.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum RegistriesError {
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Parse {
        path: PathBuf,
        #[source]
        source: Box<toml::de::Error>,
    },
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct RegistriesConf {
    #[serde(default)]
    pub unqualified_search_registries: Option<Vec<String>>,
    #[serde(default)]
    pub registry: Vec<RegistryEntry>,
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegistryEntry {
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub insecure: bool,
    #[serde(default)]
    pub blocked: bool,
    #[serde(default)]
    pub mirror: Vec<Mirror>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Mirror {
    pub location: String,
    #[serde(default)]
    pub insecure: bool,
}

/// Where one repository is fetched from, in order: mirrors first, then the registry itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `host[:port]` to connect to.
    pub registry: String,
    /// Repository path on that endpoint.
    pub repository: String,
    pub insecure: bool,
}

impl RegistriesConf {
    /// Loads the first file that exists: gorae's own, then the user's and system's podman files.
    pub fn load(config_home: &Path) -> Result<RegistriesConf, RegistriesError> {
        let candidates = [
            config_home.join("gorae/registries.conf"),
            config_home.join("containers/registries.conf"),
            PathBuf::from("/etc/containers/registries.conf"),
        ];
        for path in candidates {
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    return toml::from_str(&text).map_err(|source| RegistriesError::Parse {
                        path,
                        source: Box::new(source),
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(source) => return Err(RegistriesError::Read { path, source }),
            }
        }
        Ok(RegistriesConf::default())
    }

    /// Registries tried for a short name; Docker Hub when the configuration names none.
    pub fn search_registries(&self) -> Vec<String> {
        match &self.unqualified_search_registries {
            Some(list) if !list.is_empty() => list.clone(),
            _ => vec![super::reference::DOCKER_HUB.to_string()],
        }
    }

    /// The `[[registry]]` entry whose prefix is the longest match for `repo` (`host/path`).
    fn entry_for(&self, repo: &str) -> Option<&RegistryEntry> {
        self.registry
            .iter()
            .filter_map(|e| {
                let prefix = e.prefix.as_deref().or(e.location.as_deref())?;
                let matches = repo == prefix
                    || repo.starts_with(&format!("{prefix}/"))
                    || prefix_wildcard_matches(prefix, repo);
                matches.then_some((prefix.len(), e))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, e)| e)
    }

    pub fn is_blocked(&self, registry: &str, repository: &str) -> bool {
        self.entry_for(&format!("{registry}/{repository}"))
            .is_some_and(|e| e.blocked)
    }

    pub fn is_insecure(&self, registry: &str) -> bool {
        self.entry_for(registry).is_some_and(|e| e.insecure)
    }

    /// Endpoints for `registry/repository`: each mirror, then the (possibly relocated) source.
    pub fn endpoints(&self, registry: &str, repository: &str) -> Vec<Endpoint> {
        let repo = format!("{registry}/{repository}");
        let Some(entry) = self.entry_for(&repo) else {
            return vec![Endpoint {
                registry: registry.to_string(),
                repository: repository.to_string(),
                insecure: false,
            }];
        };
        let prefix = entry
            .prefix
            .as_deref()
            .or(entry.location.as_deref())
            .unwrap_or("");
        // `prefix` is replaced by `location`; wildcard (`*.host`) entries can't be relocated.
        let rewrite = |location: &str| -> (String, String) {
            let full = if prefix.starts_with("*.") {
                repo.clone()
            } else {
                format!("{location}{}", &repo[prefix.len().min(repo.len())..])
            };
            match full.split_once('/') {
                Some((host, path)) => (host.to_string(), path.to_string()),
                None => (full, repository.to_string()),
            }
        };
        let mut out: Vec<Endpoint> = entry
            .mirror
            .iter()
            .map(|m| {
                let (registry, repository) = rewrite(&m.location);
                Endpoint {
                    registry,
                    repository,
                    insecure: m.insecure,
                }
            })
            .collect();
        let location = entry.location.as_deref().unwrap_or(prefix);
        let (registry, repository) = rewrite(location);
        out.push(Endpoint {
            registry,
            repository,
            insecure: entry.insecure,
        });
        out
    }
}

fn prefix_wildcard_matches(prefix: &str, repo: &str) -> bool {
    let Some(suffix) = prefix.strip_prefix("*.") else {
        return false;
    };
    let host = repo.split('/').next().unwrap_or("");
    host.ends_with(&format!(".{suffix}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONF: &str = r#"
unqualified-search-registries = ["127.0.0.1:5000", "docker.io"]

[[registry]]
location = "127.0.0.1:5000"
insecure = true

[[registry]]
prefix = "docker.io/library"
location = "docker.io/library"
[[registry.mirror]]
location = "mirror.local:5000/hub"
insecure = true

[aliases]
"bb" = "127.0.0.1:5000/library/busybox"
"#;

    #[test]
    fn parses_podman_syntax() {
        let c: RegistriesConf = toml::from_str(CONF).unwrap();
        assert_eq!(c.search_registries(), vec!["127.0.0.1:5000", "docker.io"]);
        assert!(c.is_insecure("127.0.0.1:5000"));
        assert!(!c.is_insecure("docker.io"));
        assert_eq!(c.aliases["bb"], "127.0.0.1:5000/library/busybox");
    }

    #[test]
    fn mirrors_come_first_and_rewrite_the_prefix() {
        let c: RegistriesConf = toml::from_str(CONF).unwrap();
        let eps = c.endpoints("docker.io", "library/busybox");
        assert_eq!(eps.len(), 2);
        assert_eq!(eps[0].registry, "mirror.local:5000");
        assert_eq!(eps[0].repository, "hub/busybox");
        assert!(eps[0].insecure);
        assert_eq!(eps[1].registry, "docker.io");
        assert_eq!(eps[1].repository, "library/busybox");
    }

    #[test]
    fn no_config_means_docker_hub() {
        let c = RegistriesConf::default();
        assert_eq!(c.search_registries(), vec!["docker.io"]);
        assert_eq!(c.endpoints("quay.io", "a/b")[0].registry, "quay.io");
    }
}
