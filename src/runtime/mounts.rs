//! Container mounts from `-v`, `--mount`, `--tmpfs` and `--read-only`, parsed as podman does.

use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MountError {
    #[error("invalid volume {0:?}: {1}")]
    Volume(String, String),
    #[error("invalid --mount {0:?}: {1}")]
    Mount(String, String),
    #[error("invalid --tmpfs {0:?}: {1}")]
    Tmpfs(String, String),
    #[error("duplicate mount destination {0}")]
    Duplicate(String),
    #[error("invalid --device {0:?}: {1}")]
    Device(String, String),
}

/// `--device HOST[:CONTAINER][:PERMISSIONS]`: a host device node bound into the container's
/// /dev (rootless, as podman does it: no device node can be made, and the device cgroup is
/// not ours); without `w` in the permissions it is bound read-only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub host: String,
    pub container: String,
    #[serde(default)]
    pub read_only: bool,
}

pub fn parse_device(v: &str) -> Result<Device, MountError> {
    let bad = |why: &str| MountError::Device(v.to_string(), why.to_string());
    let perms_ok = |p: &str| !p.is_empty() && p.chars().all(|c| "rwm".contains(c));
    let parts: Vec<&str> = v.split(':').collect();
    let (host, container, perms) = match parts.as_slice() {
        [h] => (*h, *h, "rwm"),
        [h, p] if perms_ok(p) => (*h, *h, *p),
        [h, c] => (*h, *c, "rwm"),
        [h, c, p] => (*h, *c, *p),
        _ => return Err(bad("want HOST[:CONTAINER][:PERMISSIONS]")),
    };
    if !perms_ok(perms) {
        return Err(bad("permissions are any of r, w and m"));
    }
    if !host.starts_with('/') {
        return Err(bad("the host device must be an absolute path"));
    }
    let container = absolute(container).map_err(|e| bad(&e.to_string()))?;
    if !container.starts_with("/dev/") {
        return Err(bad("the container path must be under /dev"));
    }
    Ok(Device {
        host: host.to_string(),
        container,
        read_only: !perms.contains('w'),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MountKind {
    Bind,
    Volume,
    Tmpfs,
    /// `--mount type=devpts`: a new devpts instance.
    Devpts,
}

/// Bind propagation options, as `-v …:rslave` and `bind-propagation=` spell them.
pub const PROPAGATION: &[&str] = &[
    "shared",
    "rshared",
    "slave",
    "rslave",
    "private",
    "rprivate",
    "unbindable",
    "runbindable",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MountSpec {
    pub kind: MountKind,
    /// Host path (bind), volume name (volume; empty for an anonymous one until created), or
    /// nothing (tmpfs).
    pub source: String,
    /// Absolute path inside the container.
    pub destination: String,
    pub readonly: bool,
    /// nosuid, nodev, noexec and, for tmpfs, size=/mode=.
    #[serde(default)]
    pub options: Vec<String>,
    /// Created for this container alone (`-v /dst`): removed with `rm -v`.
    #[serde(default)]
    pub anonymous: bool,
}

/// Why a mount's destination is refused (the reason inside a [`MountError`]).
#[derive(Debug, Error, PartialEq, Eq)]
enum BadDestination {
    #[error("destination {0:?} is not an absolute path")]
    NotAbsolute(String),
    #[error("destination {0:?} contains '..'")]
    Climbs(String),
}

fn absolute(dst: &str) -> Result<String, BadDestination> {
    if !dst.starts_with('/') {
        return Err(BadDestination::NotAbsolute(dst.to_string()));
    }
    let clean: Vec<&str> = dst
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if clean.contains(&"..") {
        return Err(BadDestination::Climbs(dst.to_string()));
    }
    Ok(format!("/{}", clean.join("/")))
}

/// `-v SRC:DST[:OPTS]` or `-v DST`.
pub fn parse_volume(v: &str) -> Result<MountSpec, MountError> {
    let bad = |why: String| MountError::Volume(v.to_string(), why);
    let parts: Vec<&str> = v.split(':').collect();
    let (src, dst, opts) = match parts.as_slice() {
        [dst] => ("", *dst, ""),
        [src, dst] => (*src, *dst, ""),
        [src, dst, opts] => (*src, *dst, *opts),
        _ => return Err(bad("too many ':' separators".into())),
    };
    let destination = absolute(dst).map_err(|e| bad(e.to_string()))?;
    let mut readonly = false;
    let mut options = Vec::new();
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o {
            "ro" => readonly = true,
            "rw" => readonly = false,
            // SELinux relabelling has no meaning without SELinux; binds are recursive.
            "z" | "Z" | "rbind" | "bind" => {}
            p if PROPAGATION.contains(&p) => {
                options.retain(|o: &String| !PROPAGATION.contains(&o.as_str()));
                options.push(p.to_string());
            }
            "nosuid" | "nodev" | "noexec" | "suid" | "dev" | "exec" => options.push(o.to_string()),
            // Recursively chown the source to the container's user (applied at start).
            "U" => options.push("U".to_string()),
            "O" => return Err(bad("overlay volumes (O) are not supported yet".into())),
            other => return Err(bad(format!("unknown option {other:?}"))),
        }
    }
    let kind = if src.is_empty() || !(src.starts_with('/') || src.starts_with('.')) {
        MountKind::Volume
    } else {
        MountKind::Bind
    };
    if kind == MountKind::Volume && !src.is_empty() && !crate::runtime::names::valid_name(src) {
        return Err(bad(format!(
            "{src:?} is neither an absolute path nor a valid volume name"
        )));
    }
    Ok(MountSpec {
        kind,
        source: src.to_string(),
        destination,
        readonly,
        options,
        anonymous: src.is_empty(),
    })
}

/// `--mount type=bind|volume|tmpfs,source=…,target=…[,readonly][,tmpfs-size=…]`.
pub fn parse_mount(m: &str) -> Result<MountSpec, MountError> {
    let bad = |why: String| MountError::Mount(m.to_string(), why);
    let mut kind = None;
    let mut source = String::new();
    let mut target = None;
    let mut readonly = false;
    let mut options = Vec::new();
    for field in m.split(',') {
        let (k, v) = field.split_once('=').unwrap_or((field, ""));
        match k {
            "type" => {
                kind = Some(match v {
                    "bind" => MountKind::Bind,
                    "volume" => MountKind::Volume,
                    "tmpfs" => MountKind::Tmpfs,
                    "devpts" => MountKind::Devpts,
                    other => return Err(bad(format!("unsupported type {other:?}"))),
                })
            }
            "source" | "src" => source = v.to_string(),
            "target" | "destination" | "dst" => target = Some(v.to_string()),
            "readonly" | "ro" => readonly = v.is_empty() || v == "true",
            "tmpfs-size" => options.push(format!("size={v}")),
            "tmpfs-mode" => options.push(format!("mode={v}")),
            "bind-propagation" if PROPAGATION.contains(&v) => options.push(v.to_string()),
            "bind-propagation" => return Err(bad(format!("invalid bind-propagation {v:?}"))),
            "uid" | "gid" | "mode" | "ptmxmode" | "max" => options.push(format!("{k}={v}")),
            "relabel" | "z" | "Z" => {}
            other => return Err(bad(format!("unknown option {other:?}"))),
        }
    }
    let kind = kind.ok_or_else(|| bad("type= is required".into()))?;
    let destination = absolute(&target.ok_or_else(|| bad("target= is required".into()))?)
        .map_err(|e| bad(e.to_string()))?;
    if kind == MountKind::Bind && !source.starts_with('/') {
        return Err(bad("a bind mount needs an absolute source=".into()));
    }
    Ok(MountSpec {
        kind,
        anonymous: kind == MountKind::Volume && source.is_empty(),
        source: if matches!(kind, MountKind::Tmpfs | MountKind::Devpts) {
            String::new()
        } else {
            source
        },
        destination,
        readonly,
        options,
    })
}

/// `--tmpfs DST[:OPTS]`.
pub fn parse_tmpfs(t: &str) -> Result<MountSpec, MountError> {
    let (dst, opts) = t.split_once(':').unwrap_or((t, ""));
    let destination =
        absolute(dst).map_err(|why| MountError::Tmpfs(t.to_string(), why.to_string()))?;
    let mut readonly = false;
    let mut options = Vec::new();
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o {
            "ro" => readonly = true,
            "rw" => {}
            o if o.starts_with("size=")
                || o.starts_with("mode=")
                || ["nosuid", "nodev", "noexec", "exec", "suid", "dev"].contains(&o) =>
            {
                options.push(o.to_string())
            }
            other => {
                return Err(MountError::Tmpfs(
                    t.to_string(),
                    format!("unknown option {other:?}"),
                ));
            }
        }
    }
    Ok(MountSpec {
        kind: MountKind::Tmpfs,
        source: String::new(),
        destination,
        readonly,
        options,
        anonymous: false,
    })
}

/// Refuses two mounts on one destination.
pub fn check_unique(mounts: &[MountSpec]) -> Result<(), MountError> {
    let mut seen = std::collections::HashSet::new();
    for m in mounts {
        if !seen.insert(m.destination.as_str()) {
            return Err(MountError::Duplicate(m.destination.clone()));
        }
    }
    Ok(())
}

/// A mount ready for the container process: host paths resolved.
#[derive(Debug, Clone)]
pub struct ResolvedMount {
    pub spec: MountSpec,
    /// The bind source or the volume's `_data`; `None` for tmpfs.
    pub host: Option<std::path::PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_parse_as_podman_takes_them() {
        let d = parse_device("/dev/null").unwrap();
        assert_eq!((d.container.as_str(), d.read_only), ("/dev/null", false));
        let d = parse_device("/dev/zero:r").unwrap();
        assert_eq!((d.container.as_str(), d.read_only), ("/dev/zero", true));
        let d = parse_device("/dev/zero:/dev/nothing:rw").unwrap();
        assert_eq!((d.container.as_str(), d.read_only), ("/dev/nothing", false));
        assert!(parse_device("dev/zero").is_err());
        assert!(parse_device("/dev/zero:/etc/zero").is_err());
        assert!(parse_device("/dev/zero:/dev/z:rx").is_err());
        assert!(parse_device("/dev/zero:/dev/../etc:r").is_err());
    }

    #[test]
    fn volume_flags_parse_like_podman() {
        let m = parse_volume("/srv/data:/data:ro,z").unwrap();
        assert_eq!(
            (
                m.kind,
                m.source.as_str(),
                m.destination.as_str(),
                m.readonly
            ),
            (MountKind::Bind, "/srv/data", "/data", true)
        );
        let m = parse_volume("cache:/var/cache/").unwrap();
        assert_eq!(
            (
                m.kind,
                m.source.as_str(),
                m.destination.as_str(),
                m.anonymous
            ),
            (MountKind::Volume, "cache", "/var/cache", false)
        );
        let m = parse_volume("/scratch").unwrap();
        assert!(m.anonymous && m.kind == MountKind::Volume);
        assert!(parse_volume("/a:relative").is_err());
        assert!(parse_volume("/a:/b:bogus").is_err());
        assert!(parse_volume("/a:/b/../../etc").is_err());
        assert!(parse_volume("Bad Name:/x").is_err());
        assert_eq!(parse_volume("/a:/b:U").unwrap().options, vec!["U"]);
    }

    #[test]
    fn mount_and_tmpfs_flags_parse() {
        let m = parse_mount("type=bind,source=/tmp,target=/mnt,readonly").unwrap();
        assert_eq!((m.kind, m.readonly), (MountKind::Bind, true));
        let m = parse_mount("type=tmpfs,target=/run,tmpfs-size=1m").unwrap();
        assert_eq!(m.options, vec!["size=1m"]);
        assert!(parse_mount("type=bind,target=/x").is_err());
        assert!(parse_mount("source=/x,target=/y").is_err());
        let t = parse_tmpfs("/run:size=10m,noexec").unwrap();
        assert_eq!(t.options, vec!["size=10m", "noexec"]);
        assert!(
            check_unique(&[parse_tmpfs("/a").unwrap(), parse_volume("/b:/a").unwrap()]).is_err()
        );
    }
}
