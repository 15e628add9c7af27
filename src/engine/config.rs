//! The configuration files podman users already have: `containers.conf` (the fields gorae
//! uses), `storage.conf` (where the store lives) and `policy.json` (which images may be
//! pulled). gorae's own files under `$XDG_CONFIG_HOME/gorae/` take precedence.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Error;

/// The `containers.conf` fields gorae uses. Files are merged as podman merges them: system
/// files first, then the user's, then gorae's own; a later file overrides a field it sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContainersConf {
    /// `[containers] default_capabilities`.
    pub default_capabilities: Option<Vec<String>>,
    /// `[containers] env`: below the image's environment and `--env`.
    pub env: Vec<String>,
    pub dns_servers: Vec<String>,
    pub dns_searches: Vec<String>,
    pub dns_options: Vec<String>,
    /// `[containers] log_driver`: `k8s-file` (the default) or `none`.
    pub log_driver: Option<String>,
    /// `[network] default_rootless_network_cmd`: `pasta` or `slirp4netns`.
    pub default_network_cmd: Option<String>,
    /// `[network] pasta_options`.
    pub pasta_options: Vec<String>,
    /// `[engine] network_cmd_options`: slirp4netns's options.
    pub slirp_options: Vec<String>,
    /// `[containers] umask`, `shm_size` and `default_ulimits`: below the flags.
    pub umask: Option<String>,
    pub shm_size: Option<String>,
    pub default_ulimits: Vec<String>,
    /// `[containers] tz`.
    pub tz: Option<String>,
    /// `[engine] events_logger`, `events_logfile_path` and `events_logfile_max_size`.
    pub events_logger: Option<String>,
    pub events_logfile_path: Option<PathBuf>,
    pub events_logfile_max_size: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
struct RawContainers {
    default_capabilities: Option<Vec<String>>,
    env: Option<Vec<String>>,
    dns_servers: Option<Vec<String>>,
    dns_searches: Option<Vec<String>>,
    dns_options: Option<Vec<String>>,
    log_driver: Option<String>,
    umask: Option<String>,
    shm_size: Option<String>,
    default_ulimits: Option<Vec<String>>,
    tz: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct RawNetwork {
    default_rootless_network_cmd: Option<String>,
    pasta_options: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
struct RawEngine {
    network_cmd_options: Option<Vec<String>>,
    events_logger: Option<String>,
    events_logfile_path: Option<String>,
    /// A number of bytes, or a size with a unit (`"1m"`).
    events_logfile_max_size: Option<toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
struct Raw {
    #[serde(default)]
    containers: RawContainers,
    #[serde(default)]
    network: RawNetwork,
    #[serde(default)]
    engine: RawEngine,
}

fn config_home() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| directories::BaseDirs::new().map(|d| d.config_dir().to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("/nonexistent"))
}

impl ContainersConf {
    /// The files, lowest precedence first. `CONTAINERS_CONF` replaces them all, as in podman.
    pub fn files() -> Vec<PathBuf> {
        if let Some(one) = std::env::var_os("CONTAINERS_CONF") {
            return vec![PathBuf::from(one)];
        }
        let home = config_home();
        vec![
            PathBuf::from("/usr/share/containers/containers.conf"),
            PathBuf::from("/etc/containers/containers.conf"),
            home.join("containers/containers.conf"),
            home.join("gorae/containers.conf"),
        ]
    }

    /// The merged files, read once per process (a command reads them for the store's events
    /// and again for the container's defaults).
    pub fn load() -> Result<ContainersConf, Error> {
        static READ: std::sync::OnceLock<Result<ContainersConf, Error>> =
            std::sync::OnceLock::new();
        match READ.get_or_init(Self::read) {
            Ok(c) => Ok(c.clone()),
            Err(e) => Err(Error::Invalid(e.to_string())),
        }
    }

    fn read() -> Result<ContainersConf, Error> {
        let mut conf = ContainersConf::default();
        for path in Self::files() {
            match std::fs::read_to_string(&path) {
                // Distributions ship the file as comments under section headers: nothing to
                // parse (and it is the hot path of every command).
                Ok(text) if !sets_anything(&text) => {}
                Ok(text) => {
                    crate::log::debug(format_args!("reading {}", path.display()));
                    conf.merge(&text)
                        .map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(path, e)),
            }
        }
        Ok(conf)
    }

    /// Merges one file's text; its errors are [`Error::Invalid`] (the caller names the file).
    fn merge(&mut self, text: &str) -> Result<(), Error> {
        let raw: Raw = toml::from_str(text).map_err(|e| Error::Invalid(e.to_string()))?;
        let c = raw.containers;
        if let Some(caps) = c.default_capabilities {
            self.default_capabilities = Some(caps);
        }
        let set = |dst: &mut Vec<String>, src: Option<Vec<String>>| {
            if let Some(v) = src {
                *dst = v;
            }
        };
        set(&mut self.env, c.env);
        set(&mut self.dns_servers, c.dns_servers);
        set(&mut self.dns_searches, c.dns_searches);
        set(&mut self.dns_options, c.dns_options);
        set(&mut self.default_ulimits, c.default_ulimits);
        if c.umask.is_some() {
            self.umask = c.umask;
        }
        if c.shm_size.is_some() {
            self.shm_size = c.shm_size;
        }
        if c.tz.is_some() {
            self.tz = c.tz;
        }
        if let Some(d) = c.log_driver {
            if !matches!(d.as_str(), "k8s-file" | "none") {
                return Err(Error::Invalid(format!(
                    "log_driver {d:?}: gorae has k8s-file and none"
                )));
            }
            self.log_driver = Some(d);
        }
        if let Some(cmd) = raw.network.default_rootless_network_cmd {
            if !matches!(cmd.as_str(), "pasta" | "slirp4netns") {
                return Err(Error::Invalid(format!(
                    "default_rootless_network_cmd {cmd:?}: want pasta or slirp4netns"
                )));
            }
            self.default_network_cmd = Some(cmd);
        }
        set(&mut self.pasta_options, raw.network.pasta_options);
        let e = raw.engine;
        set(&mut self.slirp_options, e.network_cmd_options);
        if let Some(l) = e.events_logger {
            if !matches!(l.as_str(), "file" | "journald" | "none") {
                return Err(Error::Invalid(format!(
                    "events_logger {l:?}: want file, journald or none"
                )));
            }
            self.events_logger = Some(l);
        }
        if let Some(p) = e.events_logfile_path {
            self.events_logfile_path = Some(PathBuf::from(p));
        }
        match e.events_logfile_max_size {
            None => {}
            Some(toml::Value::Integer(n)) => self.events_logfile_max_size = Some(n.max(0) as u64),
            Some(toml::Value::String(t)) => {
                self.events_logfile_max_size = Some(
                    crate::runtime::limits::parse_size("events_logfile_max_size", &t)
                        .map_err(|e| Error::Invalid(e.to_string()))?,
                )
            }
            Some(v) => {
                return Err(Error::Invalid(format!(
                    "events_logfile_max_size {v}: want a size"
                )));
            }
        }
        Ok(())
    }
}

/// The store's root: `GORAE_ROOT`, else `graphroot` from gorae's own `storage.conf`, else a
/// `gorae` directory under the `graphroot` (or `rootless_storage_path`) of the user's
/// containers `storage.conf` (beside podman's store, never in it: both have a `volumes/`),
/// else `default`.
pub fn store_root(config_home: &Path, default: PathBuf) -> Result<PathBuf, Error> {
    if let Some(r) = std::env::var_os("GORAE_ROOT") {
        return Ok(PathBuf::from(r));
    }
    #[derive(Deserialize, Default)]
    struct Storage {
        graphroot: Option<String>,
        rootless_storage_path: Option<String>,
    }
    #[derive(Deserialize, Default)]
    struct File {
        #[serde(default)]
        storage: Storage,
    }
    let read = |p: &Path| -> Result<Option<File>, Error> {
        match std::fs::read_to_string(p) {
            Ok(t) => toml::from_str(&t)
                .map(Some)
                .map_err(|e| Error::Invalid(format!("{}: {e}", p.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(p, e)),
        }
    };
    let expand = |s: &str| -> PathBuf {
        let home = std::env::var("HOME").unwrap_or_default();
        let uid = nix::unistd::Uid::effective().as_raw().to_string();
        PathBuf::from(s.replace("$HOME", &home).replace("$UID", &uid))
    };
    let absolute = |p: PathBuf, file: &Path| -> Result<PathBuf, Error> {
        if p.is_absolute() {
            Ok(p)
        } else {
            Err(Error::Invalid(format!(
                "{}: graphroot must be an absolute path",
                file.display()
            )))
        }
    };
    let own = config_home.join("gorae/storage.conf");
    if let Some(g) = read(&own)?.and_then(|f| f.storage.graphroot) {
        return absolute(expand(&g), &own);
    }
    let theirs = std::env::var_os("CONTAINERS_STORAGE_CONF")
        .map(PathBuf::from)
        .unwrap_or_else(|| config_home.join("containers/storage.conf"));
    if let Some(f) = read(&theirs)? {
        let root = if nix::unistd::Uid::effective().is_root() {
            f.storage.graphroot
        } else {
            f.storage.rootless_storage_path.or(f.storage.graphroot)
        };
        if let Some(g) = root {
            return absolute(expand(&g), &theirs).map(|p| p.join("gorae"));
        }
    }
    Ok(default)
}

/// The policy files gorae reads, most specific first: the first that exists is the policy
/// (gorae's own, then the user's containers one, then the system's).
pub fn policy_files(config_home: &Path) -> [PathBuf; 3] {
    [
        config_home.join("gorae/policy.json"),
        config_home.join("containers/policy.json"),
        PathBuf::from("/etc/containers/policy.json"),
    ]
}

/// The registries.d directory, as containers/image picks it: the user's if it exists, else
/// the system's.
pub fn registries_d(home: &Path) -> PathBuf {
    let user = home.join(".config/containers/registries.d");
    if user.is_dir() {
        user
    } else {
        PathBuf::from("/etc/containers/registries.d")
    }
}

/// The lookaside store where registries.d names none: containers/image's built-in default.
pub fn default_lookaside(home: &Path) -> String {
    if nix::unistd::Uid::effective().is_root() {
        "file:///var/lib/containers/sigstore".into()
    } else {
        format!(
            "file://{}",
            home.join(".local/share/containers/sigstore").display()
        )
    }
}

/// Whether a TOML text has a line other than comments, blank lines and `[section]` headers.
fn sets_anything(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .any(|l| !(l.is_empty() || l.starts_with('#') || (l.starts_with('[') && l.ends_with(']'))))
}

/// Where events go: `--events-backend` (handed on as `GORAE_EVENTS_BACKEND`) over
/// containers.conf's `events_logger`; the file is containers.conf's `events_logfile_path`, else
/// the store's. journald (podman's default where the journal runs) is not gorae's: with it in
/// containers.conf, events go to the file, with a warning.
pub fn events(conf: &ContainersConf) -> crate::store::events::EventsConf {
    let backend = std::env::var("GORAE_EVENTS_BACKEND")
        .ok()
        .or_else(|| conf.events_logger.clone());
    if backend.as_deref() == Some("journald") {
        crate::log::warn(format_args!(
            "containers.conf: events_logger \"journald\": gorae writes events to a file"
        ));
    }
    crate::store::events::EventsConf {
        none: backend.as_deref() == Some("none"),
        path: conf.events_logfile_path.clone(),
        max_size: conf.events_logfile_max_size.unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_comments_and_headers_sets_nothing() {
        assert!(!sets_anything(
            "# x\n[engine]\n  # events_logger = \"file\"\n\n"
        ));
        assert!(sets_anything("[engine]\nevents_logger = \"none\"\n"));
    }

    #[test]
    fn containers_conf_files_merge_field_by_field() {
        let mut c = ContainersConf::default();
        c.merge(
            r#"
[containers]
env = ["A=1"]
dns_servers = ["192.0.2.53"]
default_capabilities = ["CHOWN", "NET_BIND_SERVICE"]
[network]
default_rootless_network_cmd = "slirp4netns"
[engine]
network_cmd_options = ["mtu=1500"]
"#,
        )
        .unwrap();
        c.merge("[containers]\nenv = [\"B=2\"]\nlog_driver = \"none\"\n")
            .unwrap();
        assert_eq!(c.env, ["B=2"]);
        assert_eq!(c.dns_servers, ["192.0.2.53"], "kept from the earlier file");
        assert_eq!(c.default_capabilities.as_ref().unwrap().len(), 2);
        assert_eq!(c.default_network_cmd.as_deref(), Some("slirp4netns"));
        assert_eq!(c.slirp_options, ["mtu=1500"]);
        assert_eq!(c.log_driver.as_deref(), Some("none"));
        assert!(
            c.merge("[containers]\nlog_driver = \"journald\"\n")
                .is_err()
        );
        assert!(
            c.merge("[network]\ndefault_rootless_network_cmd = \"cni\"\n")
                .is_err()
        );
        assert!(c.merge("not toml [").is_err());
        // Fields gorae doesn't use are ignored, as podman ignores unknown ones.
        c.merge("[containers]\nshm_size = \"1g\"\n[machine]\ncpus = 2\n")
            .unwrap();
    }

    #[test]
    fn storage_conf_moves_the_store() {
        let dir = std::env::temp_dir().join(format!(
            "gorae-storage-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(dir.join("gorae")).unwrap();
        std::fs::create_dir_all(dir.join("containers")).unwrap();
        let default = PathBuf::from("/default");
        if std::env::var_os("GORAE_ROOT").is_some() {
            eprintln!("GORAE_ROOT is set: storage.conf is not consulted, nothing to check");
            return;
        }
        assert_eq!(store_root(&dir, default.clone()).unwrap(), default);
        std::fs::write(
            dir.join("containers/storage.conf"),
            "[storage]\ndriver = \"overlay\"\ngraphroot = \"/big/containers\"\nrootless_storage_path = \"/big/rootless\"\n",
        )
        .unwrap();
        let expected = if nix::unistd::Uid::effective().is_root() {
            "/big/containers/gorae"
        } else {
            "/big/rootless/gorae"
        };
        assert_eq!(
            store_root(&dir, default.clone()).unwrap(),
            PathBuf::from(expected)
        );
        std::fs::write(
            dir.join("gorae/storage.conf"),
            "[storage]\ngraphroot = \"/fast/gorae\"\n",
        )
        .unwrap();
        assert_eq!(
            store_root(&dir, default.clone()).unwrap(),
            PathBuf::from("/fast/gorae")
        );
        std::fs::write(
            dir.join("gorae/storage.conf"),
            "[storage]\ngraphroot = \"relative\"\n",
        )
        .unwrap();
        assert!(store_root(&dir, default).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
