//! What a container runs: argv, environment, working directory, user — from the image config
//! and the command line, with podman's precedence.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::image::manifest::ImageConfig;

pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SpecError {
    #[error("no command or entrypoint provided, and no CMD or ENTRYPOINT from image")]
    NoCommand,
    #[error("invalid environment variable {0:?}: the name is empty")]
    BadEnv(String),
    #[error("reading env file {0}: {1}")]
    EnvFile(PathBuf, String),
    #[error("the working directory {0:?} is not an absolute path")]
    RelativeWorkdir(String),
    #[error("invalid --entrypoint {0:?}: {1}")]
    BadEntrypoint(String, String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NetworkMode {
    /// A new, empty network namespace (loopback only).
    None,
    /// The host's network namespace.
    Host,
    /// A new network namespace connected to the host by pasta (the rootless default).
    Pasta,
    /// Another container's network namespace (`--network container:NAME`, and `--pod`).
    Container,
    /// A new network namespace connected to the host by slirp4netns.
    Slirp4netns,
    /// An existing network namespace at a path (`--network ns:PATH`).
    Ns,
    /// A user-defined network (`network create`): a namespace of the container's own, with an
    /// interface on the network's bridge, and pasta for the way out.
    Bridge,
}

impl NetworkMode {
    /// Whether the container gets a new network namespace.
    pub fn own_namespace(self) -> bool {
        !matches!(
            self,
            NetworkMode::Host | NetworkMode::Container | NetworkMode::Ns
        )
    }

    /// Whether a user-mode helper connects the namespace to the host (and can publish ports).
    pub fn has_helper(self) -> bool {
        matches!(
            self,
            NetworkMode::Pasta | NetworkMode::Slirp4netns | NetworkMode::Bridge
        )
    }
}

/// Flags that shape the spec.
#[derive(Debug, Clone, Default)]
pub struct SpecFlags {
    /// `env` from containers.conf: below the image's environment.
    pub base_env: Vec<String>,
    pub command: Vec<String>,
    pub entrypoint: Option<String>,
    pub env: Vec<String>,
    pub env_files: Vec<PathBuf>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub tty: bool,
    /// `--env-host`: gorae's whole environment, below the image's.
    pub env_host: bool,
    /// `--http-proxy` (podman's default: on): the host's proxy variables.
    pub http_proxy: bool,
    /// `--unsetenv`: names removed from the result, whoever set them.
    pub unsetenv: Vec<String>,
    /// `--unsetenv-all`: no default, containers.conf or image variables.
    pub unsetenv_all: bool,
    /// `--env-merge NAME=VALUE`, where `${NAME}` in VALUE is the image's value.
    pub env_merge: Vec<String>,
}

/// The proxy variables `--http-proxy` passes on, both spellings.
const PROXY_VARS: &[&str] = &[
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "ftp_proxy",
    "FTP_PROXY",
    "no_proxy",
    "NO_PROXY",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spec {
    pub argv: Vec<String>,
    /// How many of `argv`'s first words are the entrypoint (the rest is the command), for
    /// inspect's `Entrypoint` and `Cmd`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub entrypoint_len: usize,
    pub env: Vec<String>,
    pub workdir: String,
    pub user: String,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub fn resolve(cfg: &ImageConfig, flags: &SpecFlags, hostname: &str) -> Result<Spec, SpecError> {
    let run = cfg.config.clone().unwrap_or_default();
    let entrypoint = match &flags.entrypoint {
        Some(e) => parse_entrypoint(e)?,
        None => run.entrypoint.clone().unwrap_or_default(),
    };
    // An explicit --entrypoint resets the image's CMD, as in Docker and podman.
    let cmd = if !flags.command.is_empty() {
        flags.command.clone()
    } else if flags.entrypoint.is_some() {
        Vec::new()
    } else {
        run.cmd.clone().unwrap_or_default()
    };
    let entrypoint_len = entrypoint.len();
    let argv: Vec<String> = entrypoint.into_iter().chain(cmd).collect();
    if argv.is_empty() {
        return Err(SpecError::NoCommand);
    }

    // podman's order: defaults, containers.conf and the image; --env-merge on those;
    // --unsetenv(-all) of those; the host's variables (--env-host, or the proxy ones) over
    // them; then --env-file and --env over everything.
    let mut env = Env::default();
    if !flags.unsetenv_all {
        env.set("PATH", DEFAULT_PATH);
        if flags.tty {
            env.set("TERM", "xterm");
        }
        env.set("container", "podman");
        for kv in &flags.base_env {
            env.apply(kv, false)?;
        }
        for kv in run.env.iter().flatten() {
            env.apply(kv, false)?;
        }
        env.set("HOSTNAME", hostname);
    }
    for kv in &flags.env_merge {
        let (k, v) = kv
            .split_once('=')
            .filter(|(k, _)| !k.is_empty())
            .ok_or_else(|| SpecError::BadEnv(kv.clone()))?;
        let merged = expand(v, |name| env.get(name).map(str::to_string));
        env.set(k, &merged);
    }
    for name in &flags.unsetenv {
        env.0.retain(|e| e.split('=').next() != Some(name.as_str()));
    }
    if flags.env_host {
        for (k, v) in std::env::vars() {
            env.set(&k, &v);
        }
    } else if flags.http_proxy {
        for k in PROXY_VARS {
            if let Ok(v) = std::env::var(k) {
                env.set(k, &v);
            }
        }
    }
    if env.get("HOSTNAME").is_none() {
        env.set("HOSTNAME", hostname);
    }
    for file in &flags.env_files {
        for line in env_file_lines(file)? {
            env.apply(&line, true)?;
        }
    }
    for kv in &flags.env {
        env.apply(kv, true)?;
    }

    let workdir = flags
        .workdir
        .clone()
        .or(run.working_dir.clone())
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| "/".into());
    if !workdir.starts_with('/') {
        return Err(SpecError::RelativeWorkdir(workdir));
    }
    let user = flags
        .user
        .clone()
        .or(run.user.clone())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "0".into());
    Ok(Spec {
        argv,
        entrypoint_len,
        env: env.0,
        workdir,
        user,
    })
}

fn parse_entrypoint(e: &str) -> Result<Vec<String>, SpecError> {
    if e.is_empty() {
        return Ok(Vec::new());
    }
    if e.trim_start().starts_with('[') {
        return serde_json::from_str(e)
            .map_err(|err| SpecError::BadEntrypoint(e.to_string(), err.to_string()));
    }
    Ok(vec![e.to_string()])
}

/// An ordered environment where later settings replace earlier ones in place.
#[derive(Debug, Default)]
struct Env(Vec<String>);

/// `${NAME}` and `$NAME` in `v`, replaced by what `get` says (nothing when unset).
fn expand(v: &str, get: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let (name, tail) = if let Some(braced) = after.strip_prefix('{') {
            match braced.split_once('}') {
                Some((n, t)) => (n, t),
                None => ("", after),
            }
        } else {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..end], &after[end..])
        };
        if name.is_empty() {
            out.push('$');
            rest = after;
            continue;
        }
        out.push_str(&get(name).unwrap_or_default());
        rest = tail;
    }
    out.push_str(rest);
    out
}

impl Env {
    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find_map(|e| e.split_once('=').filter(|(k, _)| *k == key).map(|(_, v)| v))
    }

    fn set(&mut self, key: &str, value: &str) {
        let entry = format!("{key}={value}");
        match self.0.iter_mut().find(|e| e.split('=').next() == Some(key)) {
            Some(slot) => *slot = entry,
            None => self.0.push(entry),
        }
    }

    /// `KEY=VALUE`, or a bare `KEY` taken from gorae's own environment (skipped when unset),
    /// or `PREFIX*` to copy every host variable with that prefix.
    fn apply(&mut self, kv: &str, from_host: bool) -> Result<(), SpecError> {
        match kv.split_once('=') {
            Some(("", _)) => Err(SpecError::BadEnv(kv.to_string())),
            Some((k, v)) => {
                self.set(k, v);
                Ok(())
            }
            None if kv.is_empty() => Err(SpecError::BadEnv(kv.to_string())),
            None if from_host => {
                if let Some(prefix) = kv.strip_suffix('*') {
                    for (k, v) in std::env::vars() {
                        if k.starts_with(prefix) {
                            self.set(&k, &v);
                        }
                    }
                } else if let Ok(v) = std::env::var(kv) {
                    self.set(kv, &v);
                }
                Ok(())
            }
            None => Ok(()),
        }
    }
}

/// The settings of an `--env-file`: its lines, without blank ones and `#` comments.
pub fn env_file_lines(file: &std::path::Path) -> Result<Vec<String>, SpecError> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| SpecError::EnvFile(file.to_path_buf(), e.to_string()))?;
    Ok(text
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::manifest::RunConfig;

    fn cfg(entrypoint: Option<&[&str]>, cmd: Option<&[&str]>, env: &[&str]) -> ImageConfig {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        ImageConfig {
            config: Some(RunConfig {
                entrypoint: entrypoint.map(v),
                cmd: cmd.map(v),
                env: Some(v(env)),
                working_dir: Some("/data".into()),
                user: Some("1000".into()),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn image_entrypoint_and_cmd_combine() {
        let c = cfg(Some(&["/bin/sh", "-c"]), Some(&["echo hi"]), &[]);
        let s = resolve(&c, &SpecFlags::default(), "h").unwrap();
        assert_eq!(s.argv, vec!["/bin/sh", "-c", "echo hi"]);
        assert_eq!(s.workdir, "/data");
        assert_eq!(s.user, "1000");
    }

    #[test]
    fn a_command_replaces_cmd_but_keeps_entrypoint() {
        let c = cfg(Some(&["/bin/sh", "-c"]), Some(&["echo hi"]), &[]);
        let flags = SpecFlags {
            command: vec!["id".into()],
            ..Default::default()
        };
        assert_eq!(
            resolve(&c, &flags, "h").unwrap().argv,
            vec!["/bin/sh", "-c", "id"]
        );
    }

    #[test]
    fn an_explicit_entrypoint_resets_cmd() {
        let c = cfg(Some(&["/bin/sh", "-c"]), Some(&["echo hi"]), &[]);
        let flags = SpecFlags {
            entrypoint: Some("/bin/true".into()),
            ..Default::default()
        };
        assert_eq!(resolve(&c, &flags, "h").unwrap().argv, vec!["/bin/true"]);
        let flags = SpecFlags {
            entrypoint: Some(r#"["/bin/echo","a b"]"#.into()),
            command: vec!["c".into()],
            ..Default::default()
        };
        assert_eq!(
            resolve(&c, &flags, "h").unwrap().argv,
            vec!["/bin/echo", "a b", "c"]
        );
        let flags = SpecFlags {
            entrypoint: Some(String::new()),
            ..Default::default()
        };
        assert_eq!(resolve(&c, &flags, "h"), Err(SpecError::NoCommand));
    }

    #[test]
    fn env_precedence_is_image_then_file_then_flags() {
        let c = cfg(None, Some(&["sh"]), &["PATH=/img", "A=image", "B=image"]);
        let dir = std::env::temp_dir().join(format!(
            "gorae-spec-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("env");
        std::fs::write(&file, "# comment\nB=file\nC=file\n").unwrap();
        let flags = SpecFlags {
            env: vec!["C=flag".into(), "D=1=2".into()],
            env_files: vec![file],
            ..Default::default()
        };
        let s = resolve(&c, &flags, "host1").unwrap();
        for want in [
            "PATH=/img",
            "A=image",
            "B=file",
            "C=flag",
            "D=1=2",
            "HOSTNAME=host1",
            "container=podman",
        ] {
            assert!(
                s.env.contains(&want.to_string()),
                "missing {want} in {:?}",
                s.env
            );
        }
        assert_eq!(s.env.iter().filter(|e| e.starts_with("PATH=")).count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
        let bad = SpecFlags {
            env: vec!["=x".into()],
            ..Default::default()
        };
        assert!(resolve(&c, &bad, "h").is_err());
    }

    #[test]
    fn unsetenv_merge_and_unsetenv_all_shape_the_environment() {
        let c = cfg(None, Some(&["sh"]), &["PATH=/img", "A=image"]);
        let flags = SpecFlags {
            env_merge: vec!["PATH=/extra:${PATH}".into(), "B=$A-x".into()],
            unsetenv: vec!["container".into(), "A".into()],
            ..Default::default()
        };
        let s = resolve(&c, &flags, "h").unwrap();
        assert!(
            s.env.contains(&"PATH=/extra:/img".to_string()),
            "{:?}",
            s.env
        );
        assert!(s.env.contains(&"B=image-x".to_string()), "{:?}", s.env);
        assert!(
            !s.env
                .iter()
                .any(|e| e.starts_with("A=") || e.starts_with("container="))
        );
        let flags = SpecFlags {
            unsetenv_all: true,
            env: vec!["ONLY=1".into()],
            ..Default::default()
        };
        assert_eq!(
            resolve(&c, &flags, "h").unwrap().env,
            vec!["HOSTNAME=h".to_string(), "ONLY=1".to_string()]
        );
    }

    #[test]
    fn relative_workdir_is_refused() {
        let c = cfg(None, Some(&["sh"]), &[]);
        let flags = SpecFlags {
            workdir: Some("tmp".into()),
            ..Default::default()
        };
        assert!(matches!(
            resolve(&c, &flags, "h"),
            Err(SpecError::RelativeWorkdir(_))
        ));
    }
}
