//! The engine's one error type. Every engine operation fails with an [`Error`] whose variant
//! says what kind of failure it is, so that a caller branches on the variant, never on text:
//! the CLI maps it to podman's exit codes, the REST API to HTTP status codes.

use std::io;
use std::path::{Path, PathBuf};

use super::EngineError;
use super::images::ImageError;
use super::pull::PullError;
use crate::net::NetError;
use crate::process::cgroup::CgroupError;
use crate::process::container::{ChildFailure, ContainerError};
use crate::runtime::seccomp::SeccompError;
use crate::runtime::spec::SpecError;
use crate::store::StoreError;

/// What an engine object is, for [`Error::NotFound`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Container,
    Image,
    Pod,
    Volume,
    Network,
    Secret,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No object of that kind has that name or ID (or ID prefix).
    #[error("{}", not_found(*kind, name))]
    NotFound { kind: Kind, name: String },
    /// An object of that kind already has that name.
    #[error("{}", exists(*kind, name))]
    Exists { kind: Kind, name: String },
    /// The object is still used by others (containers, named in `users`).
    #[error("{}", in_use(*kind, name, users))]
    InUse {
        kind: Kind,
        name: String,
        users: String,
    },
    /// Any other clash with what exists: a name another container holds, a pod's infra.
    #[error("{0}")]
    Conflict(String),
    /// The object exists but is not in a state that allows this (exec in a stopped container).
    #[error("{0}")]
    InvalidState(String),
    /// The request itself is wrong: a bad value, a combination that can't work (rootless too).
    #[error("{0}")]
    Invalid(String),
    /// A file the engine reads or writes.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A system call or a helper program failed, not tied to one file; the text says which.
    #[error("{0}")]
    System(String),
    /// The store: records, locks, layers (its not-found and in-use cases become the variants
    /// above).
    #[error(transparent)]
    Store(StoreError),
    #[error(transparent)]
    Image(ImageError),
    /// A registry, or the policy that guards it.
    #[error(transparent)]
    Registry(#[from] PullError),
    #[error(transparent)]
    Spec(#[from] SpecError),
    #[error(transparent)]
    Net(NetError),
    /// Launching the container's process; its `Child` case carries podman's 126/127.
    #[error(transparent)]
    Container(#[from] ContainerError),
    /// Opening the engine: the user namespace, directories, configuration.
    #[error(transparent)]
    Setup(EngineError),
    #[error("starting the monitor for {0}: {1}")]
    Monitor(String, String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

fn not_found(kind: Kind, name: &str) -> String {
    match kind {
        Kind::Container => format!("{name}: no such container"),
        Kind::Image => format!("{name}: image not known"),
        Kind::Pod => format!("no such pod {name}"),
        Kind::Volume => format!("no volume with name {name:?} found: no such volume"),
        Kind::Network => {
            format!("unable to find network with name or ID {name}: network not found")
        }
        Kind::Secret => format!("no secret with name or id {name:?}: no such secret"),
    }
}

fn exists(kind: Kind, name: &str) -> String {
    match kind {
        Kind::Volume => format!("volume with name {name} already exists: volume already exists"),
        Kind::Network => format!("network name {name} already used: network already exists"),
        Kind::Secret => format!("{name}: secret name in use"),
        Kind::Container | Kind::Image | Kind::Pod => {
            format!("{name}: that name is already in use")
        }
    }
}

fn in_use(kind: Kind, name: &str, users: &str) -> String {
    match kind {
        Kind::Volume => format!(
            "volume {name} is being used by the following container(s): {users}: volume is being used"
        ),
        _ => format!("{name} is in use by {users}"),
    }
}

impl Error {
    pub fn not_found(kind: Kind, name: impl Into<String>) -> Error {
        Error::NotFound {
            kind,
            name: name.into(),
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// `--name` and `rename` values podman would refuse.
    pub fn bad_name(name: &str) -> Error {
        Error::Invalid(format!(
            "invalid container name {name:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"
        ))
    }

    /// Whether this is "no such object" of that kind.
    pub fn is_not_found(&self, of: Kind) -> bool {
        matches!(self, Error::NotFound { kind, .. } if *kind == of)
    }

    /// The container's command could not run (126, 127) or its process failed to start.
    pub fn child(&self) -> Option<&ChildFailure> {
        match self {
            Error::Container(ContainerError::Child(f)) => Some(f),
            _ => None,
        }
    }

    /// The exit code podman uses: 126/127 when the command can't run, 125 for engine errors.
    pub fn exit_code(&self) -> u8 {
        self.child().map_or(125, ChildFailure::exit_code)
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Error {
        match e {
            StoreError::NoSuchContainer(name) => Error::not_found(Kind::Container, name),
            StoreError::ImageNotKnown(name) => Error::not_found(Kind::Image, name),
            StoreError::NoSuchVolume(name) => Error::not_found(Kind::Volume, name),
            StoreError::Io { path, source } => Error::Io { path, source },
            StoreError::VolumeExists(name) => Error::Exists {
                kind: Kind::Volume,
                name,
            },
            StoreError::VolumeInUse(name, users) => Error::InUse {
                kind: Kind::Volume,
                name,
                users,
            },
            e @ StoreError::NameInUse(..) => Error::Conflict(e.to_string()),
            e @ StoreError::Ambiguous(..) => Error::Invalid(e.to_string()),
            e => Error::Store(e),
        }
    }
}

impl From<ImageError> for Error {
    fn from(e: ImageError) -> Error {
        match e {
            ImageError::Store(s) => s.into(),
            ImageError::NotKnown(name) => Error::not_found(Kind::Image, name),
            ImageError::Engine(s) => s.into(),
            e => Error::Image(e),
        }
    }
}

impl From<EngineError> for Error {
    fn from(e: EngineError) -> Error {
        match e {
            EngineError::Store(s) => s.into(),
            e => Error::Setup(e),
        }
    }
}

impl From<NetError> for Error {
    fn from(e: NetError) -> Error {
        match e {
            NetError::NotFound(name) => Error::not_found(Kind::Network, name),
            NetError::Exists(name) => Error::Exists {
                kind: Kind::Network,
                name,
            },
            NetError::Invalid(m) => Error::Invalid(m),
            NetError::Io { path, source } => Error::Io { path, source },
            e => Error::Net(e),
        }
    }
}

impl From<SeccompError> for Error {
    fn from(e: SeccompError) -> Error {
        match e {
            SeccompError::Json(_) | SeccompError::Field { .. } | SeccompError::Compile(_) => {
                Error::Invalid(e.to_string())
            }
            SeccompError::Install(_) | SeccompError::Failed(_) => Error::System(e.to_string()),
        }
    }
}

impl From<CgroupError> for Error {
    fn from(e: CgroupError) -> Error {
        match e {
            // A value the user gave, or a request no delegated cgroup can serve (podman
            // refuses those rootless too).
            CgroupError::Invalid(m) | CgroupError::Unavailable(m) => Error::Invalid(m),
            e => Error::System(e.to_string()),
        }
    }
}

/// `.at(path)` on an `io::Result`: the error names the file.
pub trait IoAt<T> {
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> IoAt<T> for io::Result<T> {
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|e| Error::io(path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_lookups_become_typed_not_found_with_the_same_message() {
        let s = StoreError::NoSuchContainer("web".into());
        let text = s.to_string();
        let e = Error::from(s);
        assert!(e.is_not_found(Kind::Container));
        assert_eq!(e.to_string(), text);
        let s = StoreError::NoSuchVolume("v".into());
        let text = s.to_string();
        let e = Error::from(s);
        assert!(e.is_not_found(Kind::Volume));
        assert_eq!(e.to_string(), text);
        let e = Error::from(ImageError::NotKnown("alpine".into()));
        assert!(e.is_not_found(Kind::Image));
        assert_eq!(e.to_string(), "alpine: image not known");
        for s in [
            StoreError::VolumeExists("v".into()),
            StoreError::VolumeInUse("v".into(), "c1, c2".into()),
        ] {
            let text = s.to_string();
            assert_eq!(Error::from(s).to_string(), text);
        }
        let n = NetError::NotFound("n".into());
        let text = n.to_string();
        let e = Error::from(n);
        assert!(e.is_not_found(Kind::Network));
        assert_eq!(e.to_string(), text);
        let n = NetError::Exists("n".into());
        let text = n.to_string();
        assert_eq!(Error::from(n).to_string(), text);
        let e = Error::from(StoreError::NameInUse("a".into(), "b".into()));
        assert!(matches!(e, Error::Conflict(_)));
        assert_eq!(e.exit_code(), 125);
    }
}
