//! `system connection add|list|default|remove|rename`: the named destinations a `--remote`
//! client talks to, kept in `$XDG_CONFIG_HOME/gorae/connections.json` in podman 5's
//! `podman-connections.json` layout. gorae does not dial a destination when it is added.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};

use super::format::{self, ListFormat};

#[derive(Debug, Subcommand)]
pub enum ConnectionCmd {
    /// Record a destination (ssh://USER@HOST[:PORT]/SOCKET, unix:///SOCKET, tcp://HOST:PORT)
    Add(AddArgs),
    /// List the destinations
    #[command(alias = "ls")]
    List(ListArgs),
    /// Make a destination the default
    Default { name: String },
    /// Remove destinations
    #[command(alias = "rm")]
    Remove(RemoveArgs),
    /// Rename a destination
    Rename { old: String, new: String },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Make it the default destination
    #[arg(short, long)]
    pub default: bool,
    /// The SSH identity file (ssh destinations): the global `--identity`, handed here
    #[arg(skip)]
    pub identity: Option<String>,
    /// The SSH port, where the destination names none
    #[arg(short, long, default_value_t = 22)]
    pub port: u16,
    /// The path of the podman socket on the host (ssh, unix)
    #[arg(long, value_name = "PATH")]
    pub socket_path: Option<String>,
    pub name: String,
    pub destination: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Print names only
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Remove every destination
    #[arg(short, long)]
    pub all: bool,
    pub name: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Destination {
    #[serde(rename = "URI")]
    uri: String,
    #[serde(rename = "Identity", default, skip_serializing_if = "String::is_empty")]
    identity: String,
    #[serde(rename = "IsMachine", default)]
    is_machine: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Connections {
    #[serde(rename = "Default", default)]
    default: String,
    #[serde(rename = "Connections", default)]
    connections: BTreeMap<String, Destination>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    #[serde(rename = "Connection", default)]
    connection: Connections,
}

fn path(config_home: &Path) -> PathBuf {
    config_home.join("gorae").join("connections.json")
}

fn load(p: &Path) -> Result<File> {
    match std::fs::read(p) {
        Ok(d) => serde_json::from_slice(&d).with_context(|| format!("reading {}", p.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(File::default()),
        Err(e) => Err(e).with_context(|| format!("reading {}", p.display())),
    }
}

fn save(p: &Path, f: &File) -> Result<()> {
    if let Some(dir) = p.parent() {
        crate::store::fsutil::ensure_private_dir(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    let data = serde_json::to_vec_pretty(f).expect("connections serialize");
    crate::store::fsutil::write_atomic(p, &data).with_context(|| format!("writing {}", p.display()))
}

/// The destination's URI as podman records it, checked as podman checks it.
fn destination_uri(a: &AddArgs) -> Result<String> {
    let has_scheme = a.destination.split_once("://").is_some_and(|(s, _)| {
        s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+.-".contains(&b))
    });
    let dest = if has_scheme {
        a.destination.clone()
    } else {
        format!("ssh://{}", a.destination)
    };
    let (scheme, rest) = dest.split_once("://").expect("a scheme");
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let path = a.socket_path.as_deref().unwrap_or(path);
    match scheme {
        "ssh" => {
            if authority.is_empty() {
                bail!("invalid destination {:?}: no host", a.destination);
            }
            if path.is_empty() {
                bail!(
                    "{}: give the socket's path in the destination or with --socket-path (gorae does not log in to the host to look it up)",
                    a.destination
                );
            }
            let host_port = authority.rsplit('@').next().unwrap_or(authority);
            let authority = if host_port.contains(':') {
                authority.to_string()
            } else {
                format!("{authority}:{}", a.port)
            };
            Ok(format!("ssh://{authority}{path}"))
        }
        "unix" => {
            if a.identity.is_some() {
                bail!("--identity option not supported for unix scheme");
            }
            use std::os::unix::fs::FileTypeExt;
            match std::fs::metadata(path) {
                Ok(m) if !m.file_type().is_socket() => {
                    bail!("{path:?} exists and is not a unix domain socket")
                }
                Ok(_) => {}
                Err(_) => crate::log::warn(format_args!("{path:?} does not exist")),
            }
            Ok(format!("unix://{path}"))
        }
        "tcp" => {
            if a.socket_path.is_some() {
                bail!("--socket-path option not supported for tcp scheme");
            }
            if a.identity.is_some() {
                bail!("--identity option not supported for tcp scheme");
            }
            let port = authority.rsplit_once(':').map(|(_, p)| p);
            if port.is_none_or(|p| p.parse::<u16>().is_err()) {
                bail!("tcp scheme requires a port either via --port or in destination URL");
            }
            Ok(format!("tcp://{authority}{path}"))
        }
        other => bail!(
            "unsupported scheme {other:?} in {:?}: want ssh, unix or tcp",
            a.destination
        ),
    }
}

pub fn connection_cmd(c: ConnectionCmd) -> Result<ExitCode> {
    let paths = crate::engine::Paths::from_env()?;
    let p = path(&paths.config_home);
    let mut f = load(&p)?;
    let conns = &mut f.connection;
    match c {
        ConnectionCmd::Add(a) => {
            if !crate::runtime::names::valid_name(&a.name) {
                bail!("invalid connection name {:?}", a.name);
            }
            let uri = destination_uri(&a)?;
            if conns.connections.is_empty() || a.default {
                conns.default = a.name.clone();
            }
            conns.connections.insert(
                a.name,
                Destination {
                    uri,
                    identity: a.identity.unwrap_or_default(),
                    is_machine: false,
                },
            );
        }
        ConnectionCmd::List(a) => {
            let rows: Vec<serde_json::Value> = conns
                .connections
                .iter()
                .map(|(name, d)| {
                    serde_json::json!({
                        "Name": name,
                        "URI": d.uri,
                        "Identity": d.identity,
                        "IsMachine": d.is_machine,
                        "Default": *name == conns.default,
                    })
                })
                .collect();
            if a.quiet {
                let names: String = conns.connections.keys().map(|n| format!("{n}\n")).collect();
                format::print_stdout(&names);
            } else {
                ListFormat {
                    format: a.format.as_deref(),
                    default_table: "table {{.Name}}\t{{.URI}}\t{{.Identity}}\t{{.Default}}",
                    headers: &[
                        ("Name", "Name"),
                        ("URI", "URI"),
                        ("Identity", "Identity"),
                        ("Default", "Default"),
                    ],
                    no_heading: false,
                }
                .print(&rows, || serde_json::Value::Array(rows.clone()))?;
            }
            return Ok(ExitCode::SUCCESS);
        }
        ConnectionCmd::Default { name } => {
            if !conns.connections.contains_key(&name) {
                bail!(
                    "{name:?} destination is not defined. See \"gorae system connection add ...\" to create a connection"
                );
            }
            conns.default = name;
        }
        ConnectionCmd::Remove(a) => match (a.all, a.name) {
            (true, None) => *conns = Connections::default(),
            (false, Some(n)) => {
                // Like podman, removing one that isn't there is no error.
                conns.connections.remove(&n);
                if conns.default == n {
                    conns.default = conns.connections.keys().next().cloned().unwrap_or_default();
                }
            }
            _ => bail!("give a connection's name or --all, not both"),
        },
        ConnectionCmd::Rename { old, new } => {
            if !crate::runtime::names::valid_name(&new) {
                bail!("invalid connection name {new:?}");
            }
            let Some(d) = conns.connections.remove(&old) else {
                bail!(
                    "{old:?} destination is not defined. See \"gorae system connection add ...\" to create a connection"
                );
            };
            conns.connections.insert(new.clone(), d);
            if conns.default == old {
                conns.default = new;
            }
        }
    }
    save(&p, &f)?;
    Ok(ExitCode::SUCCESS)
}
