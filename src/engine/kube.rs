//! `kube play`, `kube down` and `kube generate`: Kubernetes YAML (parsed into the typed API
//! structs of `k8s-openapi`) turned into pods, and pods and containers turned back into YAML.
//!
//! `play` plans a list of gorae commands (volume create, pod create, run --pod) and runs them
//! as child processes: each pod lives in a user namespace of its own, and a process can be in
//! only one, so one process per step keeps that simple and reuses every check the commands
//! make.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use k8s_openapi::api::apps::v1::{DaemonSet, Deployment};
use k8s_openapi::api::batch::v1::Job;
use k8s_openapi::api::core::v1::{
    ConfigMap, Container, ContainerPort, PersistentVolumeClaim, Pod, PodSpec, Secret, Volume,
    VolumeMount,
};
use serde::Deserialize;

use super::Engine;
use super::error::IoAt;
use super::run::LaunchConfig;
use super::{Error, Kind};
use crate::runtime::mounts::MountKind;

/// The documents of a YAML stream, by kind.
#[derive(Default)]
pub struct Manifests {
    /// Pods to create: (name, spec, labels), from Pods, Deployments, DaemonSets and Jobs.
    pods: Vec<(String, PodSpec, BTreeMap<String, String>)>,
    config_maps: BTreeMap<String, BTreeMap<String, String>>,
    secrets: BTreeMap<String, BTreeMap<String, String>>,
    claims: Vec<String>,
}

/// Parses a (multi-document) YAML stream. `extra_configmaps` are `--configmap` files.
pub fn parse(text: &str, extra_configmaps: &[String]) -> Result<Manifests, Error> {
    let mut m = Manifests::default();
    for cm in extra_configmaps {
        add_docs(&mut m, cm, true)?;
    }
    add_docs(&mut m, text, false)?;
    if m.pods.is_empty() && m.claims.is_empty() {
        return Err(Error::Invalid(
            "the YAML has no Pod, Deployment, DaemonSet, Job or PersistentVolumeClaim".into(),
        ));
    }
    Ok(m)
}

fn add_docs(m: &mut Manifests, text: &str, configmaps_only: bool) -> Result<(), Error> {
    for (i, doc) in serde_yaml_ng::Deserializer::from_str(text).enumerate() {
        let value = serde_yaml_ng::Value::deserialize(doc)
            .map_err(|e| Error::Invalid(format!("YAML document {}: {e}", i + 1)))?;
        if value.is_null() {
            continue;
        }
        let kind = value
            .get("kind")
            .and_then(|k| k.as_str())
            .unwrap_or("")
            .to_string();
        let bad = |e: serde_yaml_ng::Error| {
            Error::Invalid(format!("YAML document {} ({kind}): {e}", i + 1))
        };
        if configmaps_only && kind != "ConfigMap" {
            return Err(Error::Invalid(format!(
                "--configmap: document {} is a {kind:?}, not a ConfigMap",
                i + 1
            )));
        }
        match kind.as_str() {
            "Pod" => {
                let p: Pod = serde_yaml_ng::from_value(value).map_err(bad)?;
                let name = p
                    .metadata
                    .name
                    .clone()
                    .ok_or_else(|| Error::Invalid("a Pod without metadata.name".into()))?;
                let spec = p
                    .spec
                    .ok_or_else(|| Error::Invalid(format!("Pod {name}: no spec")))?;
                m.pods
                    .push((name, spec, p.metadata.labels.unwrap_or_default()));
            }
            "Deployment" => {
                let d: Deployment = serde_yaml_ng::from_value(value).map_err(bad)?;
                let name =
                    d.metadata.name.clone().ok_or_else(|| {
                        Error::Invalid("a Deployment without metadata.name".into())
                    })?;
                let spec = d
                    .spec
                    .ok_or_else(|| Error::Invalid(format!("Deployment {name}: no spec")))?;
                let replicas = spec.replicas.unwrap_or(1).max(0) as usize;
                let pod_spec = spec.template.spec.ok_or_else(|| {
                    Error::Invalid(format!("Deployment {name}: no template spec"))
                })?;
                let labels = spec
                    .template
                    .metadata
                    .and_then(|m| m.labels)
                    .unwrap_or_default();
                if replicas > 1
                    && pod_spec
                        .containers
                        .iter()
                        .any(|c| c.ports.iter().flatten().any(|p| p.host_port.is_some()))
                {
                    return Err(Error::Invalid(format!(
                        "Deployment {name}: {replicas} replicas can't share hostPorts on one host"
                    )));
                }
                for r in 0..replicas {
                    let pod = if replicas == 1 {
                        format!("{name}-pod")
                    } else {
                        format!("{name}-pod-{r}")
                    };
                    m.pods.push((pod, pod_spec.clone(), labels.clone()));
                }
            }
            "DaemonSet" => {
                let d: DaemonSet = serde_yaml_ng::from_value(value).map_err(bad)?;
                let name =
                    d.metadata.name.clone().ok_or_else(|| {
                        Error::Invalid("a DaemonSet without metadata.name".into())
                    })?;
                let spec = d
                    .spec
                    .and_then(|s| s.template.spec)
                    .ok_or_else(|| Error::Invalid(format!("DaemonSet {name}: no template spec")))?;
                m.pods.push((format!("{name}-pod"), spec, BTreeMap::new()));
            }
            "Job" => {
                let j: Job = serde_yaml_ng::from_value(value).map_err(bad)?;
                let name = j
                    .metadata
                    .name
                    .clone()
                    .ok_or_else(|| Error::Invalid("a Job without metadata.name".into()))?;
                let spec = j
                    .spec
                    .and_then(|s| s.template.spec)
                    .ok_or_else(|| Error::Invalid(format!("Job {name}: no template spec")))?;
                m.pods.push((format!("{name}-pod"), spec, BTreeMap::new()));
            }
            "ConfigMap" => {
                let c: ConfigMap = serde_yaml_ng::from_value(value).map_err(bad)?;
                let name =
                    c.metadata.name.clone().ok_or_else(|| {
                        Error::Invalid("a ConfigMap without metadata.name".into())
                    })?;
                m.config_maps.insert(name, c.data.unwrap_or_default());
            }
            "Secret" => {
                let s: Secret = serde_yaml_ng::from_value(value).map_err(bad)?;
                let name = s
                    .metadata
                    .name
                    .clone()
                    .ok_or_else(|| Error::Invalid("a Secret without metadata.name".into()))?;
                let mut data: BTreeMap<String, String> = s
                    .data
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(k, v)| (k, String::from_utf8_lossy(&v.0).into_owned()))
                    .collect();
                data.extend(s.string_data.unwrap_or_default());
                m.secrets.insert(name, data);
            }
            "PersistentVolumeClaim" => {
                let c: PersistentVolumeClaim = serde_yaml_ng::from_value(value).map_err(bad)?;
                m.claims.push(c.metadata.name.ok_or_else(|| {
                    Error::Invalid("a PersistentVolumeClaim without metadata.name".into())
                })?);
            }
            other => {
                return Err(Error::Invalid(format!(
                    "YAML document {}: kind {other:?} is not supported (Pod, Deployment, DaemonSet, Job, ConfigMap, Secret, PersistentVolumeClaim)",
                    i + 1
                )));
            }
        }
    }
    Ok(())
}

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

fn s(v: &str) -> String {
    v.to_string()
}

/// The volume that backs pod volume `vol` of `pod` (ConfigMaps, Secrets, emptyDirs).
fn pod_volume(pod: &str, vol: &str) -> String {
    format!("{pod}-{vol}")
}

/// `kube play`: creates (and starts) the pods the YAML describes.
pub fn play(engine: &Engine, m: &Manifests, o: &PlayOptions) -> Result<Played, Error> {
    let mut played = Played::default();
    for claim in &m.claims {
        gorae(&[s("volume"), s("create"), s("--ignore"), claim.clone()])?;
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
    let mut create = vec![s("pod"), s("create"), s("--name"), name.to_string()];
    if let Some(h) = &spec.hostname {
        create.extend([s("--hostname"), h.clone()]);
    }
    if let Some(n) = &o.network {
        create.extend([s("--network"), n.clone()]);
    }
    for l in labels {
        create.extend([s("--label"), format!("{}={}", l.0, l.1)]);
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
                create.extend([s("-p"), format!("{ip}{host}:{}/{proto}", p.container_port)]);
            }
        }
    }
    let pod_id = gorae(&create)?;
    let mut ids = Vec::new();
    for c in spec.init_containers.iter().flatten() {
        // Init containers run to completion, in order, before the others.
        let mut args = container_args(m, name, spec, c, &sources, o)?;
        args[0] = s("run");
        args.insert(1, s("--rm"));
        args.retain(|a| a != "-d");
        gorae(&args)?;
    }
    for c in &spec.containers {
        let mut args = container_args(m, name, spec, c, &sources, o)?;
        if !o.start {
            args[0] = s("create");
            args.retain(|a| a != "-d");
        }
        ids.push(gorae(&args)?);
    }
    Ok((pod_id, ids))
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
    if let Some(h) = &v.host_path {
        if h.type_.as_deref().is_some_and(|t| t == "DirectoryOrCreate") {
            std::fs::create_dir_all(&h.path).at(Path::new(&h.path))?;
        }
        return Ok(h.path.clone());
    }
    if let Some(c) = &v.persistent_volume_claim {
        gorae(&[
            s("volume"),
            s("create"),
            s("--ignore"),
            c.claim_name.clone(),
        ])?;
        return Ok(c.claim_name.clone());
    }
    let filled = |data: &BTreeMap<String, String>,
                  items: Option<Vec<(String, String)>>,
                  played: &mut Played|
     -> Result<String, Error> {
        let vol = pod_volume(pod, &v.name);
        gorae(&[s("volume"), s("create"), s("--ignore"), vol.clone()])?;
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
    if v.empty_dir.is_some() {
        return filled(&BTreeMap::new(), None, played);
    }
    Err(Error::Invalid(format!(
        "volume {}: only hostPath, persistentVolumeClaim, configMap, secret and emptyDir are supported",
        v.name
    )))
}

/// A Kubernetes quantity (`64Mi`, `1G`, `500m` CPU) for gorae's flags.
fn memory_flag(q: &str) -> Result<String, Error> {
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

fn cpu_flag(q: &str) -> Result<String, Error> {
    let v: f64 = match q.strip_suffix('m') {
        Some(milli) => milli.parse::<f64>().map(|m| m / 1000.0),
        None => q.parse::<f64>(),
    }
    .map_err(|_| Error::Invalid(format!("cpu limit {q:?}: not a quantity")))?;
    Ok(format!("{v}"))
}

/// `run -d --pod …` for one container of a pod.
fn container_args(
    m: &Manifests,
    pod: &str,
    spec: &PodSpec,
    c: &Container,
    sources: &BTreeMap<String, String>,
    o: &PlayOptions,
) -> Result<Vec<String>, Error> {
    let image = c
        .image
        .clone()
        .ok_or_else(|| Error::Invalid(format!("container {}: no image", c.name)))?;
    let mut a = vec![
        s("run"),
        s("-d"),
        s("--pod"),
        pod.to_string(),
        s("--name"),
        format!("{pod}-{}", c.name),
    ];
    if o.tls_verify == Some(false) {
        a.push(s("--tls-verify=false"));
    }
    match c.image_pull_policy.as_deref() {
        Some("Always") => a.push(s("--pull=always")),
        Some("Never") => a.push(s("--pull=never")),
        _ => {}
    }
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
            a.extend([
                s("-e"),
                format!("{}{k}={v}", from.prefix.as_deref().unwrap_or("")),
            ]);
        }
    }
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
            a.extend([s("-e"), format!("{}={v}", e.name)]);
        }
    }
    if let Some(w) = &c.working_dir {
        a.extend([s("-w"), w.clone()]);
    }
    for vm in c.volume_mounts.iter().flatten() {
        a.extend([s("-v"), mount_arg(vm, sources, &c.name)?]);
    }
    let pod_sc = spec.security_context.as_ref();
    let sc = c.security_context.as_ref();
    let uid = sc
        .and_then(|s| s.run_as_user)
        .or(pod_sc.and_then(|p| p.run_as_user));
    let gid = sc
        .and_then(|s| s.run_as_group)
        .or(pod_sc.and_then(|p| p.run_as_group));
    match (uid, gid) {
        (Some(u), Some(g)) => a.extend([s("--user"), format!("{u}:{g}")]),
        (Some(u), None) => a.extend([s("--user"), u.to_string()]),
        (None, Some(g)) => a.extend([s("--user"), format!("0:{g}")]),
        (None, None) => {}
    }
    if let Some(sc) = sc {
        for cap in sc.capabilities.iter().flat_map(|c| c.add.iter().flatten()) {
            a.extend([s("--cap-add"), cap.clone()]);
        }
        for cap in sc.capabilities.iter().flat_map(|c| c.drop.iter().flatten()) {
            a.extend([s("--cap-drop"), cap.clone()]);
        }
        if sc.read_only_root_filesystem == Some(true) {
            a.push(s("--read-only"));
        }
        if sc.privileged == Some(true) {
            a.push(s("--privileged"));
        }
    }
    if let Some(limits) = c.resources.as_ref().and_then(|r| r.limits.as_ref()) {
        if let Some(mem) = limits.get("memory") {
            a.extend([s("--memory"), memory_flag(&mem.0)?]);
        }
        if let Some(cpu) = limits.get("cpu") {
            a.extend([s("--cpus"), cpu_flag(&cpu.0)?]);
        }
    }
    match spec.restart_policy.as_deref() {
        Some("Never") => a.extend([s("--restart"), s("no")]),
        Some("OnFailure") => a.extend([s("--restart"), s("on-failure")]),
        // Kubernetes' default, as podman plays it.
        _ => a.extend([s("--restart"), s("always")]),
    }
    if let Some(p) = &c.liveness_probe {
        let cmd = p.exec.as_ref().and_then(|e| e.command.clone());
        match cmd {
            Some(cmd) => {
                let test: Vec<String> = std::iter::once(s("CMD")).chain(cmd).collect();
                a.extend([
                    s("--health-cmd"),
                    serde_json::to_string(&test).expect("a list of strings serializes"),
                ]);
                if let Some(n) = p.period_seconds {
                    a.extend([s("--health-interval"), format!("{n}s")]);
                }
                if let Some(n) = p.timeout_seconds {
                    a.extend([s("--health-timeout"), format!("{n}s")]);
                }
                if let Some(n) = p.failure_threshold {
                    a.extend([s("--health-retries"), n.to_string()]);
                }
                if let Some(n) = p.initial_delay_seconds {
                    a.extend([s("--health-start-period"), format!("{n}s")]);
                }
            }
            None => crate::log::warn(format_args!(
                "container {}: only exec liveness probes become health checks; this one is ignored",
                c.name
            )),
        }
    }
    // command replaces the entrypoint, args the command, as in Kubernetes.
    if let Some(cmd) = &c.command {
        a.extend([
            s("--entrypoint"),
            serde_json::to_string(cmd).expect("a list of strings serializes"),
        ]);
    }
    a.push(image);
    a.extend(c.args.iter().flatten().cloned());
    Ok(a)
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

/// `kube generate` / `generate kube`: a Pod per pod or container named, as multi-document
/// YAML a cluster accepts.
pub fn generate(engine: &Engine, names: &[String]) -> Result<String, Error> {
    use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
    let mut docs = Vec::new();
    for n in names {
        let (pod_name, members, pod_ports) = match engine.find_pod(n) {
            Ok(p) => {
                let members: Vec<_> = engine
                    .pod_containers(&p)
                    .into_iter()
                    .filter(|c| c.id != p.infra_id)
                    .collect();
                let ports = engine
                    .store
                    .container(&p.infra_id)
                    .ok()
                    .and_then(|c| LaunchConfig::of(&c).ok())
                    .map(|l| l.ports)
                    .unwrap_or_default();
                (p.name.clone(), members, ports)
            }
            Err(_) => {
                let c = engine
                    .find_container(n)
                    .map_err(|_| Error::not_found(Kind::Container, n.as_str()))?;
                let ports = LaunchConfig::of(&c).map(|l| l.ports).unwrap_or_default();
                (format!("{}-pod", c.name), vec![c], ports)
            }
        };
        let mut volumes: Vec<Volume> = Vec::new();
        let mut containers = Vec::new();
        for (index, rec) in members.iter().enumerate() {
            let l = LaunchConfig::of(rec)?;
            let image_env: Vec<String> = engine
                .store
                .image(&rec.image_id)
                .ok()
                .and_then(|img| engine.image_config(&img).ok())
                .and_then(|cfg| cfg.config.and_then(|c| c.env))
                .unwrap_or_default();
            let env: Vec<k8s_openapi::api::core::v1::EnvVar> = l
                .spec
                .env
                .iter()
                .filter(|e| !image_env.contains(e))
                .filter_map(|e| e.split_once('='))
                .filter(|(k, _)| !matches!(*k, "container" | "HOSTNAME" | "TERM" | "PATH"))
                .map(|(k, v)| k8s_openapi::api::core::v1::EnvVar {
                    name: k.into(),
                    value: Some(v.into()),
                    ..Default::default()
                })
                .collect();
            let mut mounts = Vec::new();
            for (i, mnt) in l.mounts.iter().enumerate() {
                let vname = format!("{}-vol-{i}", rec.name)
                    .to_ascii_lowercase()
                    .replace(['_', '.'], "-");
                let volume = match mnt.kind {
                    MountKind::Bind => Volume {
                        name: vname.clone(),
                        host_path: Some(k8s_openapi::api::core::v1::HostPathVolumeSource {
                            path: mnt.source.clone(),
                            type_: Some(if std::path::Path::new(&mnt.source).is_dir() {
                                s("Directory")
                            } else {
                                s("File")
                            }),
                        }),
                        ..Default::default()
                    },
                    MountKind::Volume => Volume {
                        name: vname.clone(),
                        persistent_volume_claim: Some(
                            k8s_openapi::api::core::v1::PersistentVolumeClaimVolumeSource {
                                claim_name: mnt.source.clone(),
                                read_only: None,
                            },
                        ),
                        ..Default::default()
                    },
                    MountKind::Tmpfs => Volume {
                        name: vname.clone(),
                        empty_dir: Some(k8s_openapi::api::core::v1::EmptyDirVolumeSource {
                            medium: Some(s("Memory")),
                            size_limit: None,
                        }),
                        ..Default::default()
                    },
                };
                volumes.push(volume);
                mounts.push(VolumeMount {
                    name: vname,
                    mount_path: mnt.destination.clone(),
                    read_only: mnt.readonly.then_some(true),
                    ..Default::default()
                });
            }
            // A pod's ports are the infra's; they go with its first container.
            let mut own_ports = l.ports.clone();
            if index == 0 && own_ports.is_empty() {
                own_ports = pod_ports.clone();
            }
            let ports: Vec<ContainerPort> = own_ports
                .iter()
                .flat_map(|p| {
                    (0..p.count).map(move |i| ContainerPort {
                        container_port: i32::from(p.container_port + i),
                        host_port: Some(i32::from(p.host_port + i)),
                        host_ip: p.host_ip.clone(),
                        protocol: Some(p.protocol.to_ascii_uppercase()),
                        ..Default::default()
                    })
                })
                .collect();
            // Root is the default; say only what differs.
            let user = l
                .spec
                .user
                .split(':')
                .next()
                .and_then(|u| u.parse::<i64>().ok())
                .filter(|u| *u != 0);
            let sc = &l.security;
            let security = (user.is_some()
                || l.read_only
                || !sc.cap_add.is_empty()
                || !sc.cap_drop.is_empty()
                || sc.privileged)
                .then(|| k8s_openapi::api::core::v1::SecurityContext {
                    run_as_user: user,
                    read_only_root_filesystem: l.read_only.then_some(true),
                    privileged: sc.privileged.then_some(true),
                    capabilities: (!sc.cap_add.is_empty() || !sc.cap_drop.is_empty()).then(|| {
                        k8s_openapi::api::core::v1::Capabilities {
                            add: (!sc.cap_add.is_empty()).then(|| sc.cap_add.clone()),
                            drop: (!sc.cap_drop.is_empty()).then(|| sc.cap_drop.clone()),
                        }
                    }),
                    ..Default::default()
                });
            let name_in_pod = rec
                .name
                .strip_prefix(&format!("{pod_name}-"))
                .unwrap_or(&rec.name)
                .to_ascii_lowercase()
                .replace(['_', '.'], "-");
            containers.push(Container {
                name: name_in_pod,
                image: Some(rec.image_name.clone()),
                command: Some(l.spec.argv.clone()),
                env: (!env.is_empty()).then_some(env),
                working_dir: (l.spec.workdir != "/").then(|| l.spec.workdir.clone()),
                ports: (!ports.is_empty()).then_some(ports),
                volume_mounts: (!mounts.is_empty()).then_some(mounts),
                security_context: security,
                ..Default::default()
            });
        }
        if containers.is_empty() {
            return Err(Error::InvalidState(format!(
                "pod {pod_name} has no containers to describe"
            )));
        }
        let restart = members
            .first()
            .and_then(|c| LaunchConfig::of(c).ok())
            .map(|l| match l.restart.split(':').next().unwrap_or("") {
                "always" | "unless-stopped" => s("Always"),
                "on-failure" => s("OnFailure"),
                _ => s("Never"),
            });
        let pod = Pod {
            metadata: ObjectMeta {
                name: Some(pod_name.clone()),
                labels: Some([(s("app"), pod_name.clone())].into_iter().collect()),
                ..Default::default()
            },
            spec: Some(PodSpec {
                containers,
                volumes: (!volumes.is_empty()).then_some(volumes),
                restart_policy: restart,
                ..Default::default()
            }),
            status: None,
        };
        let mut doc = serde_json::to_value(&pod).expect("a Pod serializes");
        doc["apiVersion"] = serde_json::json!("v1");
        doc["kind"] = serde_json::json!("Pod");
        docs.push(serde_yaml_ng::to_string(&doc).expect("a JSON value serializes as YAML"));
    }
    Ok(docs.join("---\n"))
}

/// The files named by `--configmap`.
pub fn read_configmaps(paths: &[PathBuf]) -> Result<Vec<String>, Error> {
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).at(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_kinds_quantities_and_refusals() {
        let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {greeting: hello}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: c\n        image: busybox\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n";
        let m = parse(yaml, &[]).unwrap();
        assert_eq!(
            m.pods.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
            ["web-pod-0", "web-pod-1"]
        );
        assert_eq!(m.config_maps["cfg"]["greeting"], "hello");
        assert_eq!(m.claims, ["data"]);
        assert!(parse("kind: Service\nmetadata: {name: x}\n", &[]).is_err());
        assert!(
            parse(
                "kind: Pod\nmetadata: {name: x}\nspec: {containers: 3}\n",
                &[]
            )
            .is_err()
        );
        assert!(parse("{not yaml", &[]).is_err());
        assert_eq!(memory_flag("64Mi").unwrap(), "67108864");
        assert_eq!(memory_flag("1G").unwrap(), "1000000000");
        assert!(memory_flag("12q").is_err());
        assert_eq!(cpu_flag("500m").unwrap(), "0.5");
        assert_eq!(cpu_flag("2").unwrap(), "2");
    }
}
