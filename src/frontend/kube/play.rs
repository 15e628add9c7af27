//! `kube play` and `kube down`: the pods of a YAML made (and removed) by running gorae's own
//! commands as child processes.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use k8s_openapi::api::core::v1::{Container, PodSpec, Volume, VolumeMount};

use super::{Manifests, s};
use crate::engine::argv::{Argv, json_list};
use crate::engine::error::IoAt;
use crate::engine::{Engine, Error, Kind};

#[derive(Debug, Clone, Default)]
pub struct PlayOptions {
    pub start: bool,
    pub replace: bool,
    pub network: Option<String>,
    pub tls_verify: Option<bool>,
}

/// What `play` made, for its report.
#[derive(Debug, Default)]
pub struct Played {
    /// Pod IDs, each with its containers' IDs.
    pub pods: Vec<(String, Vec<String>)>,
    pub volumes: Vec<String>,
}

/// Runs `gorae ARGS…` (this binary) and returns its stdout; its stderr becomes the error.
fn gorae(args: &[String]) -> Result<String, Error> {
    let out = Command::new("/proc/self/exe")
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| Error::System(format!("running gorae: {e}")))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(Error::System(format!(
            "gorae {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    }
}

/// The volume that backs pod volume `vol` of `pod` (ConfigMaps, Secrets, emptyDirs).
fn pod_volume(pod: &str, vol: &str) -> String {
    format!("{pod}-{vol}")
}

/// `kube play`: creates (and starts) the pods the YAML describes.
pub fn play(engine: &Engine, m: &Manifests, o: &PlayOptions) -> Result<Played, Error> {
    let mut played = Played::default();
    for claim in &m.claims {
        volume_create(claim)?;
        played.volumes.push(claim.clone());
    }
    for (name, spec, labels) in &m.pods {
        if o.replace {
            let _ = gorae(&[s("pod"), s("rm"), s("-f"), name.clone()]);
        }
        match play_pod(engine, m, o, name, spec, labels, &mut played) {
            Ok(made) => played.pods.push(made),
            Err(e) => {
                // Nothing half-made stays behind: the pod, and the volumes made for it.
                let _ = gorae(&[s("pod"), s("rm"), s("-f"), name.clone()]);
                for v in spec.volumes.iter().flatten() {
                    if v.config_map.is_some() || v.secret.is_some() || v.empty_dir.is_some() {
                        let _ = gorae(&[s("volume"), s("rm"), s("-f"), pod_volume(name, &v.name)]);
                    }
                }
                return Err(e);
            }
        }
    }
    Ok(played)
}

fn play_pod(
    engine: &Engine,
    m: &Manifests,
    o: &PlayOptions,
    name: &str,
    spec: &PodSpec,
    labels: &BTreeMap<String, String>,
    played: &mut Played,
) -> Result<(String, Vec<String>), Error> {
    // Volumes: what each name in volumeMounts stands for, as a `-v` source.
    let mut sources: BTreeMap<String, String> = BTreeMap::new();
    for v in spec.volumes.iter().flatten() {
        sources.insert(v.name.clone(), volume_source(engine, m, name, v, played)?);
    }
    let cmds = pod_commands(m, o, name, spec, labels, &sources)?;
    let pod_id = gorae(cmds.create.words())?;
    for init in &cmds.init {
        gorae(init.words())?;
    }
    let mut ids = Vec::new();
    for c in &cmds.containers {
        ids.push(gorae(c.words())?);
    }
    Ok((pod_id, ids))
}

/// The command lines that make one pod, in order.
pub(crate) struct PodCommands {
    /// `pod create`.
    pub create: Argv,
    /// `run --rm` of each init container: they run to completion, in order, before the others.
    pub init: Vec<Argv>,
    /// `run -d --pod` of each container (`create --pod` when the pods are not to start).
    pub containers: Vec<Argv>,
}

/// What makes pod `name`, its volumes' names in `sources`.
fn pod_commands(
    m: &Manifests,
    o: &PlayOptions,
    name: &str,
    spec: &PodSpec,
    labels: &BTreeMap<String, String>,
    sources: &BTreeMap<String, String>,
) -> Result<PodCommands, Error> {
    let mut create = Argv::new(&["pod", "create"]);
    create.name(name);
    if let Some(h) = &spec.hostname {
        create.hostname(h);
    }
    if let Some(n) = &o.network {
        create.network(n);
    }
    for (k, v) in labels {
        create.label_pair(k, v);
    }
    for c in &spec.containers {
        for p in c.ports.iter().flatten() {
            if let Some(host) = p.host_port {
                let proto = p.protocol.as_deref().unwrap_or("TCP").to_ascii_lowercase();
                let ip = p
                    .host_ip
                    .as_deref()
                    .map(|ip| format!("{ip}:"))
                    .unwrap_or_default();
                create.publish(&format!("{ip}{host}:{}/{proto}", p.container_port));
            }
        }
    }
    let mut init = Vec::new();
    for c in spec.init_containers.iter().flatten() {
        let mut a = Argv::new(&["run"]);
        a.rm();
        container_args(&mut a, m, name, spec, c, sources, o)?;
        init.push(a);
    }
    let mut containers = Vec::new();
    for c in &spec.containers {
        let mut a = if o.start {
            let mut a = Argv::new(&["run"]);
            a.detach();
            a
        } else {
            Argv::new(&["create"])
        };
        container_args(&mut a, m, name, spec, c, sources, o)?;
        containers.push(a);
    }
    Ok(PodCommands {
        create,
        init,
        containers,
    })
}

/// What makes each pod of `m`, volumes named without making any: for the tests that parse
/// the command lines.
#[cfg(test)]
pub(crate) fn planned(m: &Manifests, o: &PlayOptions) -> Result<Vec<PodCommands>, Error> {
    let mut out = Vec::new();
    for (name, spec, labels) in &m.pods {
        let mut sources = BTreeMap::new();
        for v in spec.volumes.iter().flatten() {
            sources.insert(v.name.clone(), source_name(name, v)?);
        }
        out.push(pod_commands(m, o, name, spec, labels, &sources)?);
    }
    Ok(out)
}

/// The `-v` source pod volume `v` of `pod` is: a host path, a claim's volume, or the volume
/// made for it.
fn source_name(pod: &str, v: &Volume) -> Result<String, Error> {
    if let Some(h) = &v.host_path {
        Ok(h.path.clone())
    } else if let Some(c) = &v.persistent_volume_claim {
        Ok(c.claim_name.clone())
    } else if v.config_map.is_some() || v.secret.is_some() || v.empty_dir.is_some() {
        Ok(pod_volume(pod, &v.name))
    } else {
        Err(Error::Invalid(format!(
            "volume {}: only hostPath, persistentVolumeClaim, configMap, secret and emptyDir are supported",
            v.name
        )))
    }
}

/// A `-v` source for pod volume `v`: a host path, a named volume (claims), or a volume
/// filled with a ConfigMap's or Secret's keys, or an empty one shared by the pod.
fn volume_source(
    engine: &Engine,
    m: &Manifests,
    pod: &str,
    v: &Volume,
    played: &mut Played,
) -> Result<String, Error> {
    let src = source_name(pod, v)?;
    if let Some(h) = &v.host_path {
        if h.type_.as_deref().is_some_and(|t| t == "DirectoryOrCreate") {
            std::fs::create_dir_all(&h.path).at(Path::new(&h.path))?;
        }
        return Ok(src);
    }
    if v.persistent_volume_claim.is_some() {
        volume_create(&src)?;
        return Ok(src);
    }
    let filled = |data: &BTreeMap<String, String>,
                  items: Option<Vec<(String, String)>>,
                  played: &mut Played|
     -> Result<String, Error> {
        let vol = src.clone();
        volume_create(&vol)?;
        let dir = engine.store.volume_data(&vol);
        let files: Vec<(String, String)> = match items {
            Some(list) => list,
            None => data.keys().map(|k| (k.clone(), k.clone())).collect(),
        };
        for (key, path) in files {
            let content = data
                .get(&key)
                .ok_or_else(|| Error::Invalid(format!("volume {}: no key {key}", v.name)))?;
            let rel = std::path::Path::new(&path);
            if rel.is_absolute()
                || rel
                    .components()
                    .any(|c| matches!(c, std::path::Component::ParentDir))
            {
                return Err(Error::Invalid(format!(
                    "volume {}: item path {path:?} must stay inside the volume",
                    v.name
                )));
            }
            let dest = dir.join(rel);
            if let Some(p) = dest.parent() {
                std::fs::create_dir_all(p).at(p)?;
            }
            std::fs::write(&dest, content).at(&dest)?;
        }
        played.volumes.push(vol.clone());
        Ok(vol)
    };
    if let Some(cm) = &v.config_map {
        let data = m.config_maps.get(&cm.name).ok_or_else(|| {
            Error::Invalid(format!("volume {}: no ConfigMap {}", v.name, cm.name))
        })?;
        let items = cm
            .items
            .as_ref()
            .map(|i| i.iter().map(|k| (k.key.clone(), k.path.clone())).collect());
        return filled(data, items, played);
    }
    if let Some(sec) = &v.secret {
        let sname = sec.secret_name.clone().unwrap_or_default();
        let data = m
            .secrets
            .get(&sname)
            .ok_or_else(|| Error::Invalid(format!("volume {}: no Secret {sname}", v.name)))?;
        let items = sec
            .items
            .as_ref()
            .map(|i| i.iter().map(|k| (k.key.clone(), k.path.clone())).collect());
        return filled(data, items, played);
    }
    filled(&BTreeMap::new(), None, played)
}

/// `volume create --ignore NAME`.
fn volume_create(name: &str) -> Result<String, Error> {
    let mut a = Argv::new(&["volume", "create"]);
    a.ignore().arg(name);
    gorae(a.words())
}

/// A Kubernetes quantity (`64Mi`, `1G`, `500m` CPU) for gorae's flags.
pub(super) fn memory_flag(q: &str) -> Result<String, Error> {
    let (num, unit) = q.split_at(
        q.find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(q.len()),
    );
    let n: f64 = num
        .parse()
        .map_err(|_| Error::Invalid(format!("memory limit {q:?}: not a quantity")))?;
    let mult: f64 = match unit {
        "" => 1.0,
        "k" | "K" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "Ki" => 1024.0,
        "Mi" => 1024.0 * 1024.0,
        "Gi" => 1024.0 * 1024.0 * 1024.0,
        _ => return Err(Error::Invalid(format!("memory limit {q:?}: unknown unit"))),
    };
    Ok(format!("{}", (n * mult) as u64))
}

pub(super) fn cpu_flag(q: &str) -> Result<String, Error> {
    let v: f64 = match q.strip_suffix('m') {
        Some(milli) => milli.parse::<f64>().map(|m| m / 1000.0),
        None => q.parse::<f64>(),
    }
    .map_err(|_| Error::Invalid(format!("cpu limit {q:?}: not a quantity")))?;
    Ok(format!("{v}"))
}

/// The rest of `a` (`run`/`create` and its start) for one container of a pod: `--pod`, its
/// settings, the image and its arguments.
fn container_args(
    a: &mut Argv,
    m: &Manifests,
    pod: &str,
    spec: &PodSpec,
    c: &Container,
    sources: &BTreeMap<String, String>,
    o: &PlayOptions,
) -> Result<(), Error> {
    let image = c
        .image
        .clone()
        .ok_or_else(|| Error::Invalid(format!("container {}: no image", c.name)))?;
    a.pod(pod).name(&format!("{pod}-{}", c.name));
    if o.tls_verify == Some(false) {
        a.tls_verify(false);
    }
    match c.image_pull_policy.as_deref() {
        Some("Always") => {
            a.pull("always");
        }
        Some("Never") => {
            a.pull("never");
        }
        _ => {}
    }
    env_from_args(m, c, a)?;
    env_args(m, c, a)?;
    if let Some(w) = &c.working_dir {
        a.workdir(w);
    }
    for vm in c.volume_mounts.iter().flatten() {
        a.volume(&mount_arg(vm, sources, &c.name)?);
    }
    security_args(spec, c, a);
    resource_args(c, a)?;
    a.restart(match spec.restart_policy.as_deref() {
        Some("Never") => "no",
        Some("OnFailure") => "on-failure",
        // Kubernetes' default, as podman plays it.
        _ => "always",
    });
    health_args(c, a);
    // command replaces the entrypoint, args the command, as in Kubernetes.
    if let Some(cmd) = &c.command {
        a.entrypoint(&json_list(cmd));
    }
    a.arg(image).args(c.args.iter().flatten().cloned());
    Ok(())
}

/// `-e` for every key of the ConfigMaps and Secrets named in `envFrom`.
fn env_from_args(m: &Manifests, c: &Container, a: &mut Argv) -> Result<(), Error> {
    for from in c.env_from.iter().flatten() {
        let (map, name) = match (&from.config_map_ref, &from.secret_ref) {
            (Some(r), _) => (&m.config_maps, r.name.clone()),
            (_, Some(r)) => (&m.secrets, r.name.clone()),
            _ => continue,
        };
        let data = map.get(&name).ok_or_else(|| {
            Error::Invalid(format!(
                "container {}: envFrom names {name}, which the YAML lacks",
                c.name
            ))
        })?;
        for (k, v) in data {
            a.env(&format!("{}{k}={v}", from.prefix.as_deref().unwrap_or("")));
        }
    }
    Ok(())
}

/// `-e` for every `env` entry: a value, or a key of a ConfigMap or Secret.
fn env_args(m: &Manifests, c: &Container, a: &mut Argv) -> Result<(), Error> {
    let lookup = |what: &str,
                  map: &BTreeMap<String, BTreeMap<String, String>>,
                  name: &str,
                  key: &str,
                  optional: bool|
     -> Result<Option<String>, Error> {
        match map.get(name).and_then(|d| d.get(key)) {
            Some(v) => Ok(Some(v.clone())),
            None if optional => Ok(None),
            None => Err(Error::Invalid(format!(
                "container {}: {what} {name} has no key {key}",
                c.name
            ))),
        }
    };
    for e in c.env.iter().flatten() {
        let value = match (&e.value, &e.value_from) {
            (Some(v), _) => Some(v.clone()),
            (None, Some(f)) => match (&f.config_map_key_ref, &f.secret_key_ref) {
                (Some(r), _) => lookup(
                    "ConfigMap",
                    &m.config_maps,
                    &r.name,
                    &r.key,
                    r.optional.unwrap_or(false),
                )?,
                (_, Some(r)) => lookup(
                    "Secret",
                    &m.secrets,
                    &r.name,
                    &r.key,
                    r.optional.unwrap_or(false),
                )?,
                _ => {
                    return Err(Error::Invalid(format!(
                        "container {}: env {}: only configMapKeyRef and secretKeyRef are supported",
                        c.name, e.name
                    )));
                }
            },
            (None, None) => Some(String::new()),
        };
        if let Some(v) = value {
            a.env(&format!("{}={v}", e.name));
        }
    }
    Ok(())
}

/// `--user`, capabilities, `--read-only` and `--privileged` from the container's (and the
/// pod's) securityContext.
fn security_args(spec: &PodSpec, c: &Container, a: &mut Argv) {
    let pod_sc = spec.security_context.as_ref();
    let sc = c.security_context.as_ref();
    let uid = sc
        .and_then(|s| s.run_as_user)
        .or(pod_sc.and_then(|p| p.run_as_user));
    let gid = sc
        .and_then(|s| s.run_as_group)
        .or(pod_sc.and_then(|p| p.run_as_group));
    match (uid, gid) {
        (Some(u), Some(g)) => {
            a.user(&format!("{u}:{g}"));
        }
        (Some(u), None) => {
            a.user(&u.to_string());
        }
        (None, Some(g)) => {
            a.user(&format!("0:{g}"));
        }
        (None, None) => {}
    }
    if let Some(sc) = sc {
        for cap in sc.capabilities.iter().flat_map(|c| c.add.iter().flatten()) {
            a.cap_add(cap);
        }
        for cap in sc.capabilities.iter().flat_map(|c| c.drop.iter().flatten()) {
            a.cap_drop(cap);
        }
        if sc.read_only_root_filesystem == Some(true) {
            a.read_only();
        }
        if sc.privileged == Some(true) {
            a.privileged();
        }
    }
}

/// `--memory` and `--cpus` from the resource limits.
fn resource_args(c: &Container, a: &mut Argv) -> Result<(), Error> {
    if let Some(limits) = c.resources.as_ref().and_then(|r| r.limits.as_ref()) {
        if let Some(mem) = limits.get("memory") {
            a.memory(&memory_flag(&mem.0)?);
        }
        if let Some(cpu) = limits.get("cpu") {
            a.cpus(&cpu_flag(&cpu.0)?);
        }
    }
    Ok(())
}

/// `--health-*` from an exec liveness probe.
fn health_args(c: &Container, a: &mut Argv) {
    if let Some(p) = &c.liveness_probe {
        let cmd = p.exec.as_ref().and_then(|e| e.command.clone());
        match cmd {
            Some(cmd) => {
                let test: Vec<String> = std::iter::once(s("CMD")).chain(cmd).collect();
                a.health_cmd(&json_list(&test));
                if let Some(n) = p.period_seconds {
                    a.health_interval(&format!("{n}s"));
                }
                if let Some(n) = p.timeout_seconds {
                    a.health_timeout(&format!("{n}s"));
                }
                if let Some(n) = p.failure_threshold {
                    a.health_retries(&n.to_string());
                }
                if let Some(n) = p.initial_delay_seconds {
                    a.health_start_period(&format!("{n}s"));
                }
            }
            None => crate::log::warn(format_args!(
                "container {}: only exec liveness probes become health checks; this one is ignored",
                c.name
            )),
        }
    }
}

fn mount_arg(
    vm: &VolumeMount,
    sources: &BTreeMap<String, String>,
    container: &str,
) -> Result<String, Error> {
    let src = sources.get(&vm.name).ok_or_else(|| {
        Error::Invalid(format!(
            "container {container}: volumeMount {} names no volume of the pod",
            vm.name
        ))
    })?;
    let ro = if vm.read_only == Some(true) {
        ":ro"
    } else {
        ""
    };
    let dest = match &vm.sub_path {
        Some(sp) if !sp.is_empty() => {
            return Err(Error::Invalid(format!(
                "container {container}: volumeMount {} uses subPath {sp}, which is not supported",
                vm.name
            )));
        }
        _ => vm.mount_path.clone(),
    };
    Ok(format!("{src}:{dest}{ro}"))
}

/// `kube down` (and `play --down`): removes the pods the YAML describes and the volumes made
/// for their ConfigMaps, Secrets and emptyDirs (claims stay, as in podman). A pod that is
/// already gone is skipped.
pub fn down(engine: &Engine, m: &Manifests) -> Result<Vec<String>, Error> {
    let mut removed = Vec::new();
    for (name, spec, _) in &m.pods {
        // The lookup is made here, typed; the removal runs in a child process of its own.
        match engine.find_pod(name) {
            Ok(_) => {
                gorae(&[s("pod"), s("rm"), s("-f"), name.clone()])?;
                removed.push(name.clone());
            }
            Err(e) if e.is_not_found(Kind::Pod) => {}
            Err(e) => return Err(e),
        }
        for v in spec.volumes.iter().flatten() {
            if v.config_map.is_some() || v.secret.is_some() || v.empty_dir.is_some() {
                let _ = gorae(&[s("volume"), s("rm"), s("-f"), pod_volume(name, &v.name)]);
            }
        }
    }
    Ok(removed)
}
