//! `--ipc`, `--pid`, `--uts` and `--cgroupns`: whose namespace of each kind the container
//! has, as podman spells the choices.

use serde::{Deserialize, Serialize};

/// Where one of the container's namespaces comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "mode", content = "target")]
pub enum NsMode {
    /// A new one of its own (podman's `private`, and `shareable` for IPC).
    #[default]
    Private,
    /// The host's (the one gorae runs in).
    Host,
    /// Another container's (`container:NAME`): it must be running when this one starts.
    Container(String),
    /// The namespace at a path (`ns:PATH`).
    Path(String),
    /// `--ipc none`: a private IPC namespace without /dev/shm.
    None,
}

/// The namespaces a container's flags ask for; private where nothing was said.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Namespaces {
    #[serde(default, skip_serializing_if = "is_private")]
    pub ipc: NsMode,
    #[serde(default, skip_serializing_if = "is_private")]
    pub pid: NsMode,
    #[serde(default, skip_serializing_if = "is_private")]
    pub uts: NsMode,
    #[serde(default, skip_serializing_if = "is_private")]
    pub cgroup: NsMode,
}

fn is_private(m: &NsMode) -> bool {
    *m == NsMode::Private
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NsError {
    #[error("invalid {flag} {value:?}: want {want}")]
    Invalid {
        flag: &'static str,
        value: String,
        want: &'static str,
    },
    #[error("{flag} {value}: a namespace path must be absolute")]
    RelativePath { flag: &'static str, value: String },
}

impl NsMode {
    /// Parses the value of `flag` (`--ipc`, `--pid`, `--uts`, `--cgroupns`).
    pub fn parse(flag: &'static str, value: &str) -> Result<NsMode, NsError> {
        let want = match flag {
            "--ipc" => "host, private, shareable, none, container:NAME or ns:PATH",
            _ => "host, private, container:NAME or ns:PATH",
        };
        let invalid = || NsError::Invalid {
            flag,
            value: value.to_string(),
            want,
        };
        Ok(match value.split_once(':') {
            None => match value {
                "" | "private" => NsMode::Private,
                "shareable" if flag == "--ipc" => NsMode::Private,
                "none" if flag == "--ipc" => NsMode::None,
                "host" => NsMode::Host,
                _ => return Err(invalid()),
            },
            Some(("container", name)) if !name.is_empty() => NsMode::Container(name.to_string()),
            Some(("ns", path)) if !path.is_empty() => {
                if !path.starts_with('/') {
                    return Err(NsError::RelativePath {
                        flag,
                        value: value.to_string(),
                    });
                }
                NsMode::Path(path.to_string())
            }
            _ => return Err(invalid()),
        })
    }

    /// podman's spelling in `inspect` (`HostConfig.IpcMode`, …).
    pub fn describe(&self, private: &str) -> String {
        match self {
            NsMode::Private => private.to_string(),
            NsMode::Host => "host".into(),
            NsMode::Container(c) => format!("container:{c}"),
            NsMode::Path(p) => format!("ns:{p}"),
            NsMode::None => "none".into(),
        }
    }

    pub fn is_host(&self) -> bool {
        *self == NsMode::Host
    }
}

impl Namespaces {
    /// The containers whose namespaces these name (`container:NAME`), each once.
    pub fn containers(&self) -> Vec<&str> {
        let mut v: Vec<&str> = Vec::new();
        for m in [&self.ipc, &self.pid, &self.uts, &self.cgroup] {
            if let NsMode::Container(c) = m
                && !v.contains(&c.as_str())
            {
                v.push(c);
            }
        }
        v
    }

    /// Each `container:NAME` replaced by what `f` makes of the name (its ID).
    pub fn map_containers<E>(
        &mut self,
        mut f: impl FnMut(&str) -> Result<String, E>,
    ) -> Result<(), E> {
        for m in [
            &mut self.ipc,
            &mut self.pid,
            &mut self.uts,
            &mut self.cgroup,
        ] {
            if let NsMode::Container(c) = m {
                *c = f(c)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_as_podman_spells_them() {
        assert_eq!(NsMode::parse("--ipc", "host"), Ok(NsMode::Host));
        assert_eq!(NsMode::parse("--ipc", "shareable"), Ok(NsMode::Private));
        assert_eq!(NsMode::parse("--ipc", "none"), Ok(NsMode::None));
        assert!(NsMode::parse("--pid", "none").is_err());
        assert!(NsMode::parse("--uts", "shareable").is_err());
        assert_eq!(
            NsMode::parse("--pid", "container:web"),
            Ok(NsMode::Container("web".into()))
        );
        assert_eq!(
            NsMode::parse("--uts", "ns:/proc/1/ns/uts"),
            Ok(NsMode::Path("/proc/1/ns/uts".into()))
        );
        assert!(matches!(
            NsMode::parse("--uts", "ns:rel"),
            Err(NsError::RelativePath { .. })
        ));
        assert!(NsMode::parse("--cgroupns", "container:").is_err());
        assert!(NsMode::parse("--cgroupns", "bogus").is_err());
        let mut n = Namespaces {
            pid: NsMode::Container("a".into()),
            ipc: NsMode::Container("a".into()),
            ..Default::default()
        };
        assert_eq!(n.containers(), vec!["a"]);
        n.map_containers(|c| Ok::<_, ()>(format!("{c}-id")))
            .unwrap();
        assert_eq!(n.pid, NsMode::Container("a-id".into()));
        assert_eq!(
            serde_json::to_value(&n).unwrap(),
            serde_json::json!({"ipc": {"mode": "container", "target": "a-id"},
                               "pid": {"mode": "container", "target": "a-id"}})
        );
    }
}
