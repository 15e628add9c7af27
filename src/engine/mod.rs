//! Use cases: options in, records and reports out. Nothing here prints to stdout.

pub mod archive;
pub mod argv;
pub mod attach;
pub mod build;
pub mod check;
pub mod clone;
pub mod commit;
pub mod config;
pub mod containers;
pub mod copy;
pub mod error;
pub mod events;
pub mod exec;
pub mod health;
pub mod images;
pub mod keeper;
pub mod lifecycle;
pub mod logs;
pub mod monitor;
pub mod networks;
pub mod pods;
pub mod pull;
pub mod run;
pub mod secrets;
pub mod systemd;
pub mod update;
pub mod volumes;

pub use error::{Error, Kind};

use std::path::PathBuf;

use thiserror::Error;

use crate::image::registries::{RegistriesConf, RegistriesError};
use crate::process::userns::{self, Mapping, UsernsError};
use crate::store::containers::ContainerRecord;
use crate::store::{Owner, Store, StoreError};

#[derive(Debug, Error)]
pub enum EngineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Userns(#[from] UsernsError),
    #[error(transparent)]
    Registries(#[from] RegistriesError),
    #[error("cannot find the home directory: set $HOME")]
    NoHome,
    #[error("runtime directory {0}: {1}")]
    RuntimeDir(PathBuf, String),
    /// `storage.conf` (where the store is) could not be read or makes no sense.
    #[error(transparent)]
    Config(Box<Error>),
    #[error(
        "internal error: the store is changed outside gorae's user namespace (euid {0}); please report this"
    )]
    NotInUserns(u32),
}

/// Where gorae keeps things, from the XDG variables.
#[derive(Debug, Clone)]
pub struct Paths {
    pub home: PathBuf,
    pub data: PathBuf,
    pub config_home: PathBuf,
    /// `$XDG_RUNTIME_DIR` itself, when set (auth.json lives under it).
    pub xdg_runtime: Option<PathBuf>,
    pub runtime: PathBuf,
}

/// `uid` as the parent user namespace sees it, from this namespace's `uid_map`.
fn host_uid(uid: u32, uid_map: &str) -> u32 {
    uid_map
        .lines()
        .find_map(|l| {
            let f: Vec<u64> = l
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            match f[..] {
                [inside, outside, count]
                    if u64::from(uid) >= inside && u64::from(uid) < inside + count =>
                {
                    u32::try_from(outside + (u64::from(uid) - inside)).ok()
                }
                _ => None,
            }
        })
        .unwrap_or(uid)
}

impl Paths {
    pub fn from_env() -> Result<Paths, EngineError> {
        let dirs = directories::BaseDirs::new().ok_or(EngineError::NoHome)?;
        let xdg_runtime = std::env::var_os("XDG_RUNTIME_DIR")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute() && is_writable_dir(p));
        // `--runroot` (or `--tmpdir`), handed on by the command line.
        let runroot = std::env::var_os("GORAE_RUNROOT")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute());
        let runtime = match (&runroot, &xdg_runtime) {
            (Some(r), _) => r.clone(),
            (None, Some(r)) => r.join("gorae"),
            (None, None) => std::env::var_os("GORAE_RUNTIME_DIR")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .unwrap_or_else(|| {
                    // The user's own UID, also from inside gorae's user namespace (where it is
                    // 0). The monitor is told the directory (GORAE_RUNTIME_DIR), which also holds
                    // when gorae itself runs in a user namespace.
                    let uid = host_uid(
                        nix::unistd::Uid::effective().as_raw(),
                        &std::fs::read_to_string("/proc/self/uid_map").unwrap_or_default(),
                    );
                    std::env::temp_dir().join(format!("gorae-run-{uid}"))
                }),
        };
        let data = config::store_root(dirs.config_dir(), dirs.data_dir().join("gorae"))
            .map_err(|e| EngineError::Config(Box::new(e)))?;
        crate::log::debug(format_args!(
            "store {}, runtime state {}",
            data.display(),
            runtime.display()
        ));
        Ok(Paths {
            home: dirs.home_dir().to_path_buf(),
            data,
            config_home: dirs.config_dir().to_path_buf(),
            xdg_runtime,
            runtime,
        })
    }

    /// Creates the private runtime dir, refusing one that somebody else owns (a /tmp squatter).
    fn ensure_runtime(&self) -> Result<(), EngineError> {
        use std::os::unix::fs::MetadataExt;
        let err = |why: String| EngineError::RuntimeDir(self.runtime.clone(), why);
        crate::store::fsutil::ensure_private_dir(&self.runtime).map_err(|e| err(e.to_string()))?;
        let meta = std::fs::symlink_metadata(&self.runtime).map_err(|e| err(e.to_string()))?;
        if !meta.is_dir()
            || meta.uid() != nix::unistd::Uid::effective().as_raw()
            || meta.mode() & 0o077 != 0
        {
            return Err(err(
                "exists but is not a private directory owned by you".into()
            ));
        }
        Ok(())
    }
}

/// The store, with where its events go. A containers.conf that doesn't read is an error
/// (`strict`), except for the monitor, whose command has read it already.
fn open_store(paths: &Paths, strict: bool) -> Result<Store, EngineError> {
    let mut store = Store::open(&paths.data)?;
    let conf = match config::ContainersConf::load() {
        Ok(c) => c,
        Err(e) if strict => return Err(EngineError::Config(Box::new(e))),
        Err(_) => Default::default(),
    };
    store.set_events(config::events(&conf));
    Ok(store)
}

fn is_writable_dir(p: &std::path::Path) -> bool {
    nix::unistd::access(
        p,
        nix::unistd::AccessFlags::W_OK | nix::unistd::AccessFlags::X_OK,
    )
    .is_ok()
}

/// An open store inside gorae's user namespace.
pub struct Engine {
    pub paths: Paths,
    pub store: Store,
    pub mapping: Mapping,
    pub registries: RegistriesConf,
    /// Whether this process is inside its own (or a joined) user namespace by now.
    in_userns: std::cell::Cell<bool>,
    /// The claims this process holds on containers it created or starts (until it exits).
    claims: std::cell::RefCell<Vec<(String, crate::store::FileLock)>>,
}

impl Engine {
    /// Enters the user namespace (warning once on stderr when only one ID can be mapped), then
    /// opens the store and cleans what crashed writers left.
    pub fn open() -> Result<Engine, EngineError> {
        let paths = Paths::from_env()?;
        paths.ensure_runtime()?;
        let mapping = userns::enter(&userns::plan())?;
        crate::log::info(format_args!("user namespace: {mapping:?}"));
        if let Mapping::Single { why, .. } = &mapping
            && std::env::var_os("GORAE_QUIET_IDMAP").is_none()
        {
            crate::log::warn(format_args!(
                "{why}: using a single-ID user namespace, so every file in images is owned by root inside containers"
            ));
        }
        let store = open_store(&paths, true)?;
        store.clean_stale();
        let registries = RegistriesConf::load(&paths.config_home)?;
        Ok(Engine {
            paths,
            store,
            mapping,
            registries,
            in_userns: std::cell::Cell::new(true),
            claims: Default::default(),
        })
    }

    /// Enters a user namespace now if this engine was opened read-only, and hands out the
    /// proof that the store's files can be deleted from here, which every delete takes.
    pub fn ensure_userns(&self) -> Result<Owner, EngineError> {
        if self.in_userns.get() {
            return self.owner();
        }
        let mapping = userns::enter(&self.mapping)?;
        crate::log::info(format_args!("user namespace: {mapping:?}"));
        if let Mapping::Single { why, .. } = &mapping
            && std::env::var_os("GORAE_QUIET_IDMAP").is_none()
        {
            crate::log::warn(format_args!(
                "{why}: using a single-ID user namespace, so every file in images is owned by root inside containers"
            ));
        }
        self.in_userns.set(true);
        self.store.clean_stale();
        self.owner()
    }

    /// The proof that this process may delete from the store, for one that entered (or
    /// inherited, or joined) gorae's user namespace already; an error, not an entry, elsewhere
    /// (a namespace entered too early could no longer join a container's).
    pub fn owner(&self) -> Result<Owner, EngineError> {
        match Owner::here() {
            Some(o) if self.in_userns.get() => Ok(o),
            _ => Err(EngineError::NotInUserns(
                nix::unistd::Uid::effective().as_raw(),
            )),
        }
    }

    /// Finds a container by full ID, name, or unique ID prefix.
    pub fn find_container(&self, query: &str) -> Result<ContainerRecord, Error> {
        let all = self.store.list_containers()?;
        if let Some(c) = all.iter().find(|c| c.id == query || c.name == query) {
            return Ok(c.clone());
        }
        let hits: Vec<&ContainerRecord> = all.iter().filter(|c| c.id.starts_with(query)).collect();
        match hits.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(Error::not_found(Kind::Container, query)),
            _ => Err(StoreError::Ambiguous(query.to_string(), "container").into()),
        }
    }

    /// Keeps the claim on container `id` until this process exits: a prune leaves it alone.
    pub fn hold_claim(&self, id: &str, claim: crate::store::FileLock) {
        self.claims.borrow_mut().push((id.to_string(), claim));
    }

    /// Lets go of the claim on container `id` (for another process to start it).
    pub fn release_claim(&self, id: &str) {
        self.claims.borrow_mut().retain(|(c, _)| c != id);
    }

    /// Claims container `id` for starting it, waiting while a prune deletes it, unless this
    /// process holds the claim already (it created it).
    pub fn claim_for_start(&self, id: &str) -> Result<(), StoreError> {
        if self.claims.borrow().iter().any(|(c, _)| c == id) {
            return Ok(());
        }
        let claim = self.store.claim_container(id)?;
        self.hold_claim(id, claim);
        Ok(())
    }

    /// The user-defined networks.
    pub fn networks(&self) -> crate::net::network::Networks {
        crate::net::network::Networks::new(self.store.root(), &self.paths.runtime)
    }

    /// Enters the user namespace a container needs: for `--network container:X`, X's own (a
    /// namespace can only be joined from the user namespace that owns it); for a user-defined
    /// network, that of the networks' holders (started here if need be); otherwise this
    /// process's own.
    pub fn enter_for_network(
        &self,
        container: Option<&str>,
        networks: &[String],
    ) -> Result<(), Error> {
        let target = match (container, networks.first()) {
            (Some(query), _) => {
                let other = self.refresh(self.find_container(query)?);
                if !lifecycle::is_running(&other) {
                    return Err(Error::InvalidState(format!(
                        "container {} must be running to share its namespaces",
                        other.name
                    )));
                }
                other.monitor_pid.unwrap_or(0)
            }
            (None, Some(_)) => {
                if self.in_userns.get() {
                    return Err(Error::System(
                        "internal error: user namespace entered too early".into(),
                    ));
                }
                // Every holder runs in one user namespace: the first network's is everyone's.
                let nets = self.networks();
                let mut first = None;
                for name in networks {
                    let rec = nets.get(name)?;
                    let pid = nets.ensure_holder(&rec, &|others| self.enter_for_holder(others))?;
                    first.get_or_insert(pid);
                }
                first.unwrap_or(0)
            }
            (None, None) => return self.ensure_userns().map(drop).map_err(Into::into),
        };
        if self.in_userns.get() {
            // Fine if it is the same namespace (a pod's infra started by this very process).
            let theirs = std::fs::read_link(format!("/proc/{target}/ns/user")).ok();
            if theirs.is_some() && theirs == std::fs::read_link("/proc/self/ns/user").ok() {
                return Ok(());
            }
            return Err(Error::System(
                "internal error: user namespace entered too early".into(),
            ));
        }
        userns::join(target).map_err(EngineError::from)?;
        self.in_userns.set(true);
        self.store.clean_stale();
        Ok(())
    }

    /// For a network's new holder: the user namespace of the first of `others` (the holders of
    /// other networks) that can be joined (one that exits meanwhile can't; the next, or a new
    /// namespace, will do), else one of its own with this engine's mapping.
    fn enter_for_holder(&self, others: &[i32]) -> Result<(), crate::net::NetError> {
        if others.iter().any(|pid| userns::join(*pid).is_ok()) {
            return Ok(());
        }
        userns::enter(&self.mapping)
            .map(drop)
            .map_err(|e| crate::net::NetError::Failed(e.to_string()))
    }

    /// Opens the store in the user namespace this process already is in (the monitor, which
    /// inherits the namespace of the command that started it).
    pub fn open_inherited() -> Result<Engine, EngineError> {
        let paths = Paths::from_env()?;
        let store = open_store(&paths, false)?;
        Ok(Engine {
            paths,
            store,
            mapping: Mapping::HostRoot,
            registries: RegistriesConf::default(),
            in_userns: std::cell::Cell::new(true),
            claims: Default::default(),
        })
    }
}

impl Engine {
    /// Opens the store for reading without entering the user namespace (listing needs no
    /// privilege and is on the hot path of scripts).
    pub fn open_readonly() -> Result<Engine, EngineError> {
        let paths = Paths::from_env()?;
        let store = open_store(&paths, true)?;
        let registries = RegistriesConf::load(&paths.config_home)?;
        Ok(Engine {
            paths,
            store,
            mapping: userns::plan(),
            registries,
            in_userns: std::cell::Cell::new(nix::unistd::Uid::effective().is_root()),
            claims: Default::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::host_uid;

    #[test]
    fn the_fallback_runtime_dir_is_named_for_the_host_uid_inside_the_user_namespace() {
        assert_eq!(host_uid(1001, "         0          0 4294967295\n"), 1001);
        let mapped = "         0       1001          1\n         1     100000      65536\n";
        assert_eq!(host_uid(0, mapped), 1001);
        assert_eq!(host_uid(5, mapped), 100004);
        assert_eq!(host_uid(1001, ""), 1001);
    }
}
