//! Compose files, natively: `compose.yaml` / `docker-compose.yml` read into a model of the
//! compose-spec fields gorae acts on (variables interpolated from the environment and `.env`),
//! and the gorae commands that bring a project up and down. Every service of a project is on a
//! user-defined network of the project, so services reach each other by name.
//!
//! The `compose_spec` crate models the whole specification with wrapper types for every
//! short/long form; this subset is read with serde directly, and keys gorae does not act on
//! are ignored (as docker compose ignores keys of other platforms).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_yaml_ng::Value;

use crate::engine::Error;
use crate::engine::argv::{Argv, json_list};
use crate::engine::error::IoAt;

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum StringOrList {
    One(String),
    List(Vec<String>),
}

impl StringOrList {
    /// As argv: a string is split like a shell would, without expansions.
    pub fn argv(&self) -> Vec<String> {
        match self {
            StringOrList::One(s) => crate::image::containerfile::words(s),
            StringOrList::List(l) => l.clone(),
        }
    }

    fn list(&self) -> Vec<String> {
        match self {
            StringOrList::One(s) => vec![s.clone()],
            StringOrList::List(l) => l.clone(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum KeyValues {
    Map(BTreeMap<String, Option<ScalarValue>>),
    List(Vec<String>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ScalarValue {
    S(String),
    N(serde_yaml_ng::Number),
    B(bool),
}

impl ScalarValue {
    fn text(&self) -> String {
        match self {
            ScalarValue::S(s) => s.clone(),
            ScalarValue::N(n) => n.to_string(),
            ScalarValue::B(b) => b.to_string(),
        }
    }
}

impl KeyValues {
    /// `KEY=VALUE` pairs; a bare `KEY` takes the value from gorae's environment.
    fn pairs(&self) -> Vec<String> {
        match self {
            KeyValues::Map(m) => m
                .iter()
                .map(|(k, v)| match v {
                    Some(v) => format!("{k}={}", v.text()),
                    None => k.clone(),
                })
                .collect(),
            KeyValues::List(l) => l.clone(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Port {
    Short(ScalarValue),
    Long {
        target: u16,
        published: Option<ScalarValue>,
        host_ip: Option<String>,
        protocol: Option<String>,
    },
}

impl Port {
    fn publish(&self) -> String {
        match self {
            Port::Short(s) => s.text(),
            Port::Long {
                target,
                published,
                host_ip,
                protocol,
            } => {
                let mut p = String::new();
                if let Some(ip) = host_ip {
                    p.push_str(&format!("{ip}:"));
                }
                if let Some(h) = published {
                    p.push_str(&format!("{}:", h.text()));
                }
                p.push_str(&target.to_string());
                if let Some(proto) = protocol {
                    p.push_str(&format!("/{proto}"));
                }
                p
            }
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Mount {
    Short(String),
    Long {
        #[serde(rename = "type")]
        kind: Option<String>,
        source: Option<String>,
        target: String,
        read_only: Option<bool>,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum DependsOn {
    List(Vec<String>),
    Map(BTreeMap<String, DependsOnCondition>),
}

#[derive(Debug, Clone, Deserialize)]
pub struct DependsOnCondition {
    #[serde(default)]
    pub condition: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Build {
    Context(String),
    Long {
        context: Option<String>,
        dockerfile: Option<String>,
        args: Option<KeyValues>,
        target: Option<String>,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Networks {
    List(Vec<String>),
    Map(BTreeMap<String, Option<Value>>),
}

#[derive(Debug, Clone, Deserialize)]
pub struct Healthcheck {
    pub test: Option<StringOrList>,
    pub interval: Option<String>,
    pub timeout: Option<String>,
    pub retries: Option<u32>,
    pub start_period: Option<String>,
    #[serde(default)]
    pub disable: bool,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Service {
    pub image: Option<String>,
    pub build: Option<Build>,
    pub command: Option<StringOrList>,
    pub entrypoint: Option<StringOrList>,
    pub environment: Option<KeyValues>,
    pub env_file: Option<StringOrList>,
    #[serde(default)]
    pub ports: Vec<Port>,
    #[serde(default)]
    pub volumes: Vec<Mount>,
    pub depends_on: Option<DependsOn>,
    pub networks: Option<Networks>,
    pub healthcheck: Option<Healthcheck>,
    pub restart: Option<String>,
    #[serde(default)]
    pub profiles: Vec<String>,
    pub container_name: Option<String>,
    pub hostname: Option<String>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    pub labels: Option<KeyValues>,
    #[serde(default)]
    pub cap_add: Vec<String>,
    #[serde(default)]
    pub cap_drop: Vec<String>,
    #[serde(default)]
    pub read_only: bool,
    #[serde(default)]
    pub privileged: bool,
    #[serde(default)]
    pub init: bool,
    #[serde(default)]
    pub extra_hosts: Vec<String>,
    pub dns: Option<StringOrList>,
    pub stop_signal: Option<String>,
    pub pull_policy: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct TopLevel {
    #[serde(default)]
    pub external: bool,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ComposeFile {
    pub name: Option<String>,
    #[serde(default)]
    pub services: BTreeMap<String, Service>,
    #[serde(default)]
    pub networks: BTreeMap<String, Option<TopLevel>>,
    #[serde(default)]
    pub volumes: BTreeMap<String, Option<TopLevel>>,
}

/// A loaded project: the file, its directory and its name.
pub struct Project {
    pub name: String,
    pub dir: PathBuf,
    pub file: ComposeFile,
    /// The interpolated document, for `config`.
    pub normalized: Value,
}

const FILES: &[&str] = &[
    "compose.yaml",
    "compose.yml",
    "docker-compose.yaml",
    "docker-compose.yml",
];

/// Finds and reads the compose file (`file`, or the first of the standard names in `dir`).
pub fn load(file: Option<&Path>, dir: &Path, name: Option<&str>) -> Result<Project, Error> {
    let path = match file {
        Some(f) => f.to_path_buf(),
        None => FILES
            .iter()
            .map(|n| dir.join(n))
            .find(|p| p.is_file())
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "no compose.yaml or docker-compose.yml in {}",
                    dir.display()
                ))
            })?,
    };
    let text = std::fs::read_to_string(&path).at(&path)?;
    let project_dir = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.to_path_buf());
    // .env in the project directory, below the process's own environment.
    let mut vars: BTreeMap<String, String> = BTreeMap::new();
    if let Ok(env) = std::fs::read_to_string(project_dir.join(".env")) {
        for line in env.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            if let Some((k, v)) = l.split_once('=') {
                vars.insert(k.trim().to_string(), v.trim().trim_matches('"').to_string());
            }
        }
    }
    vars.extend(std::env::vars());
    parse(
        &text,
        &path.display().to_string(),
        &project_dir,
        &vars,
        name,
    )
}

/// A compose file's text, interpolated from `vars`, checked, and named: `name`, else
/// `COMPOSE_PROJECT_NAME`, the file's `name:`, or `project_dir`'s name. `origin` names the
/// file in errors.
pub fn parse(
    text: &str,
    origin: &str,
    project_dir: &Path,
    vars: &BTreeMap<String, String>,
    name: Option<&str>,
) -> Result<Project, Error> {
    let bad = |e: serde_yaml_ng::Error| Error::Invalid(format!("{origin}: {e}"));
    let raw: Value = serde_yaml_ng::from_str(text).map_err(bad)?;
    let normalized = interpolate(raw, vars)?;
    let file: ComposeFile = serde_yaml_ng::from_value(normalized.clone()).map_err(bad)?;
    if file.services.is_empty() {
        return Err(Error::Invalid(format!("{origin}: no services")));
    }
    for (svc, def) in &file.services {
        let keys: Vec<&String> = match &def.networks {
            Some(Networks::List(l)) => l.iter().collect(),
            Some(Networks::Map(m)) => m.keys().collect(),
            None => vec![],
        };
        if let Some(k) = keys
            .iter()
            .find(|k| **k != "default" && !file.networks.contains_key(**k))
        {
            return Err(Error::Invalid(format!(
                "{origin}: service {svc} refers to undefined network {k}"
            )));
        }
    }
    let name = name
        .map(str::to_string)
        .or_else(|| vars.get("COMPOSE_PROJECT_NAME").cloned())
        .or_else(|| file.name.clone())
        .unwrap_or_else(|| {
            project_dir
                .canonicalize()
                .ok()
                .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
                .unwrap_or_else(|| "project".into())
        });
    let name: String = name
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    if name.is_empty() {
        return Err(Error::Invalid(
            "the project name is empty: use -p NAME".into(),
        ));
    }
    Ok(Project {
        name,
        dir: project_dir.to_path_buf(),
        file,
        normalized,
    })
}

/// Compose interpolation in every string: `$VAR`, `${VAR}`, `${VAR:-default}`,
/// `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `$$` for a dollar.
fn interpolate(v: Value, vars: &BTreeMap<String, String>) -> Result<Value, Error> {
    Ok(match v {
        Value::String(s) => Value::String(interpolate_str(&s, vars)?),
        Value::Sequence(seq) => Value::Sequence(
            seq.into_iter()
                .map(|x| interpolate(x, vars))
                .collect::<Result<_, _>>()?,
        ),
        Value::Mapping(m) => {
            let mut out = serde_yaml_ng::Mapping::new();
            for (k, x) in m {
                out.insert(k, interpolate(x, vars)?);
            }
            Value::Mapping(out)
        }
        other => other,
    })
}

fn interpolate_str(s: &str, vars: &BTreeMap<String, String>) -> Result<String, Error> {
    use crate::image::containerfile::{Escape, expand};
    expand(s, vars, Escape::Double).map_err(|e| Error::Invalid(e.to_string()))
}

impl Project {
    /// The services to act on: those named (all when none), minus those whose profiles are
    /// not active, in dependency order (dependencies first). Named services bring their
    /// dependencies along.
    pub fn ordered(&self, only: &[String], profiles: &[String]) -> Result<Vec<String>, Error> {
        for s in only {
            if !self.file.services.contains_key(s) {
                return Err(Error::Invalid(format!("no such service: {s}")));
            }
        }
        let active = |name: &str| {
            let s = &self.file.services[name];
            s.profiles.is_empty()
                || s.profiles.iter().any(|p| profiles.contains(p))
                || only.iter().any(|o| o == name)
        };
        let mut order = Vec::new();
        let mut state: BTreeMap<String, u8> = BTreeMap::new();
        fn visit(
            p: &Project,
            n: &str,
            state: &mut BTreeMap<String, u8>,
            order: &mut Vec<String>,
        ) -> Result<(), Error> {
            match state.get(n) {
                Some(2) => return Ok(()),
                Some(1) => {
                    return Err(Error::Invalid(format!(
                        "depends_on has a cycle through {n}"
                    )));
                }
                _ => {}
            }
            state.insert(n.to_string(), 1);
            for d in p.dependencies(n) {
                if !p.file.services.contains_key(&d.0) {
                    return Err(Error::Invalid(format!(
                        "service {n} depends on {}, which the file does not define",
                        d.0
                    )));
                }
                visit(p, &d.0, state, order)?;
            }
            state.insert(n.to_string(), 2);
            order.push(n.to_string());
            Ok(())
        }
        let roots: Vec<String> = if only.is_empty() {
            self.file
                .services
                .keys()
                .filter(|n| active(n))
                .cloned()
                .collect()
        } else {
            only.to_vec()
        };
        for r in roots {
            visit(self, &r, &mut state, &mut order)?;
        }
        Ok(order)
    }

    /// `(service, condition)` pairs service `n` waits for.
    pub fn dependencies(&self, n: &str) -> Vec<(String, String)> {
        match &self.file.services[n].depends_on {
            None => vec![],
            Some(DependsOn::List(l)) => l
                .iter()
                .map(|d| (d.clone(), "service_started".into()))
                .collect(),
            Some(DependsOn::Map(m)) => m
                .iter()
                .map(|(d, c)| {
                    (
                        d.clone(),
                        c.condition
                            .clone()
                            .unwrap_or_else(|| "service_started".into()),
                    )
                })
                .collect(),
        }
    }

    pub fn container(&self, service: &str) -> String {
        self.file.services[service]
            .container_name
            .clone()
            .unwrap_or_else(|| format!("{}-{service}-1", self.name))
    }

    /// The project networks a service joins (the default one if it names none).
    pub fn networks_of(&self, service: &str) -> Vec<String> {
        let keys: Vec<String> = match &self.file.services[service].networks {
            Some(Networks::List(l)) => l.clone(),
            Some(Networks::Map(m)) => m.keys().cloned().collect(),
            None => vec![],
        };
        if keys.is_empty() {
            return vec![self.network_name("default")];
        }
        keys.iter().map(|k| self.network_name(k)).collect()
    }

    /// The service's names on its networks: its own, then the `aliases` of each network entry.
    fn aliases_of(&self, service: &str) -> Vec<String> {
        let mut out = vec![service.to_string()];
        if let Some(Networks::Map(m)) = &self.file.services[service].networks {
            for v in m.values().flatten() {
                let listed = v.get("aliases").and_then(Value::as_sequence);
                for a in listed.into_iter().flatten().filter_map(Value::as_str) {
                    if !out.iter().any(|o| o == a) {
                        out.push(a.to_string());
                    }
                }
            }
        }
        out
    }

    pub fn network_name(&self, key: &str) -> String {
        match self.file.networks.get(key).cloned().flatten() {
            Some(TopLevel { name: Some(n), .. }) => n,
            Some(TopLevel { external: true, .. }) => key.to_string(),
            _ => format!("{}_{key}", self.name),
        }
    }

    pub fn volume_name(&self, key: &str) -> String {
        match self.file.volumes.get(key).cloned().flatten() {
            Some(TopLevel { name: Some(n), .. }) => n,
            Some(TopLevel { external: true, .. }) => key.to_string(),
            _ => format!("{}_{key}", self.name),
        }
    }

    /// Networks the project creates (external ones must exist).
    pub fn networks_to_create(&self, services: &[String]) -> Vec<String> {
        let external: BTreeSet<String> = self
            .file
            .networks
            .iter()
            .filter(|(_, v)| v.as_ref().is_some_and(|t| t.external))
            .map(|(k, _)| self.network_name(k))
            .collect();
        let mut out: Vec<String> = services
            .iter()
            .flat_map(|s| self.networks_of(s))
            .filter(|n| !external.contains(n))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The image of a service: its own, or the one `build` makes.
    pub fn image(&self, service: &str) -> Result<String, Error> {
        let s = &self.file.services[service];
        match (&s.image, &s.build) {
            (Some(i), _) => Ok(i.clone()),
            (None, Some(_)) => Ok(format!("localhost/{}-{service}:latest", self.name)),
            (None, None) => Err(Error::Invalid(format!(
                "service {service} has neither image nor build"
            ))),
        }
    }

    /// `gorae build …` for a service with `build`.
    pub fn build_args(&self, service: &str) -> Option<Vec<String>> {
        let s = &self.file.services[service];
        let b = s.build.as_ref()?;
        let tag = self.image(service).ok()?;
        let mut a = vec!["build".to_string(), "-t".into(), tag];
        let (ctx, dockerfile, args, target) = match b {
            Build::Context(c) => (c.clone(), None, None, None),
            Build::Long {
                context,
                dockerfile,
                args,
                target,
            } => (
                context.clone().unwrap_or_else(|| ".".into()),
                dockerfile.clone(),
                args.clone(),
                target.clone(),
            ),
        };
        let ctx = self.dir.join(ctx);
        if let Some(f) = dockerfile {
            a.extend(["-f".into(), ctx.join(f).display().to_string()]);
        }
        for kv in args.map(|k| k.pairs()).unwrap_or_default() {
            a.extend(["--build-arg".into(), kv]);
        }
        if let Some(t) = target {
            a.extend(["--target".into(), t]);
        }
        a.push(ctx.display().to_string());
        Some(a)
    }

    /// The `run -d --name CONTAINER …` that `up` starts a service's container with.
    pub fn up_argv(&self, service: &str) -> Result<Argv, Error> {
        let mut a = Argv::new(&["run"]);
        a.detach().name(&self.container(service));
        self.run_args(service, &mut a)?;
        let s = &self.file.services[service];
        if let Some(r) = &s.restart {
            a.restart(r);
        }
        a.arg(self.image(service)?);
        if let Some(c) = &s.command {
            a.args(c.argv());
        }
        Ok(a)
    }

    /// The `run` of `compose run`: the service's options and `env`, then `command` or, if it
    /// is empty, the service's own.
    pub fn one_off_argv(
        &self,
        service: &str,
        rm: bool,
        env: &[String],
        command: &[String],
    ) -> Result<Argv, Error> {
        let mut a = Argv::new(&["run"]);
        if rm {
            a.rm();
        }
        self.run_args(service, &mut a)?;
        for e in env {
            a.env(e);
        }
        a.arg(self.image(service)?);
        match &self.file.services[service].command {
            Some(c) if command.is_empty() => a.args(c.argv()),
            _ => a.args(command.iter().cloned()),
        };
        Ok(a)
    }

    /// Adds to `a` the options of `gorae run`/`create` for a service (everything but the
    /// image and command).
    pub fn run_args(&self, service: &str, a: &mut Argv) -> Result<(), Error> {
        let s = &self.file.services[service];
        for n in self.networks_of(service) {
            a.network(&n);
        }
        for alias in self.aliases_of(service) {
            a.network_alias(&alias);
        }
        a.label_pair("com.docker.compose.project", &self.name)
            .label_pair("com.docker.compose.service", service);
        if let Some(h) = &s.hostname {
            a.hostname(h);
        }
        for f in s
            .env_file
            .as_ref()
            .map(StringOrList::list)
            .unwrap_or_default()
        {
            a.env_file(&self.dir.join(f).display().to_string());
        }
        for kv in s
            .environment
            .as_ref()
            .map(KeyValues::pairs)
            .unwrap_or_default()
        {
            a.env(&kv);
        }
        for p in &s.ports {
            a.publish(&p.publish());
        }
        for m in &s.volumes {
            self.mount_arg(m, a)?;
        }
        if let Some(w) = &s.working_dir {
            a.workdir(w);
        }
        if let Some(u) = &s.user {
            a.user(u);
        }
        for kv in s.labels.as_ref().map(KeyValues::pairs).unwrap_or_default() {
            a.label(&kv);
        }
        for c in &s.cap_add {
            a.cap_add(c);
        }
        for c in &s.cap_drop {
            a.cap_drop(c);
        }
        if s.read_only {
            a.read_only();
        }
        if s.privileged {
            a.privileged();
        }
        if s.init {
            a.init();
        }
        for h in &s.extra_hosts {
            a.add_host(&h.replacen('=', ":", 1));
        }
        for d in s.dns.as_ref().map(StringOrList::list).unwrap_or_default() {
            a.dns(&d);
        }
        if let Some(sig) = &s.stop_signal {
            a.stop_signal(sig);
        }
        match s.pull_policy.as_deref() {
            Some("always") => {
                a.pull("always");
            }
            Some("never") | Some("build") => {
                a.pull("never");
            }
            _ => {}
        }
        if let Some(h) = &s.healthcheck {
            if h.disable {
                a.no_healthcheck();
            } else if let Some(t) = &h.test {
                let test = match t {
                    StringOrList::One(s) => vec!["CMD-SHELL".to_string(), s.clone()],
                    StringOrList::List(l) => l.clone(),
                };
                if test.first().map(String::as_str) == Some("NONE") {
                    a.no_healthcheck();
                } else {
                    a.health_cmd(&json_list(&test));
                    if let Some(v) = &h.interval {
                        a.health_interval(v);
                    }
                    if let Some(v) = &h.timeout {
                        a.health_timeout(v);
                    }
                    if let Some(v) = h.retries {
                        a.health_retries(&v.to_string());
                    }
                    if let Some(v) = &h.start_period {
                        a.health_start_period(v);
                    }
                }
            }
        }
        if let Some(e) = &s.entrypoint {
            a.entrypoint(&json_list(&e.argv()));
        }
        Ok(())
    }

    fn mount_arg(&self, m: &Mount, a: &mut Argv) -> Result<(), Error> {
        let resolve = |src: &str| -> String {
            if src.starts_with('.') || src.starts_with('/') || src.starts_with('~') {
                let p = if let Some(rest) = src.strip_prefix("~/") {
                    PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(rest)
                } else {
                    self.dir.join(src)
                };
                p.display().to_string()
            } else {
                self.volume_name(src)
            }
        };
        match m {
            Mount::Short(s) => {
                let parts: Vec<&str> = s.splitn(3, ':').collect();
                match parts.as_slice() {
                    [dst] => a.volume(dst),
                    [src, dst] => a.volume(&format!("{}:{dst}", resolve(src))),
                    [src, dst, opts] => a.volume(&format!("{}:{dst}:{opts}", resolve(src))),
                    _ => return Err(Error::Invalid(format!("invalid volume {s:?}"))),
                };
            }
            Mount::Long {
                kind,
                source,
                target,
                read_only,
            } => {
                let ro = if read_only.unwrap_or(false) {
                    ":ro"
                } else {
                    ""
                };
                match (kind.as_deref().unwrap_or("volume"), source) {
                    ("tmpfs", _) => a.tmpfs(target),
                    (_, Some(src)) => a.volume(&format!("{}:{target}{ro}", resolve(src))),
                    (_, None) => a.volume(target),
                };
            }
        }
        Ok(())
    }

    /// Named volumes the services use (created by `up`, removed by `down -v`).
    pub fn volumes_to_create(&self, services: &[String]) -> Vec<String> {
        let mut out = BTreeSet::new();
        for s in services {
            for m in &self.file.services[s].volumes {
                let src = match m {
                    Mount::Short(v) => v
                        .split(':')
                        .next()
                        .filter(|_| v.contains(':'))
                        .map(str::to_string),
                    Mount::Long { source, kind, .. }
                        if kind.as_deref().unwrap_or("volume") == "volume" =>
                    {
                        source.clone()
                    }
                    _ => None,
                };
                if let Some(src) = src
                    && !(src.starts_with('.') || src.starts_with('/') || src.starts_with('~'))
                    && !self
                        .file
                        .volumes
                        .get(&src)
                        .cloned()
                        .flatten()
                        .is_some_and(|t| t.external)
                {
                    out.insert(self.volume_name(&src));
                }
            }
        }
        out.into_iter().collect()
    }
}

#[cfg(test)]
#[path = "compose_tests.rs"]
mod tests;
