//! `kube play`, `kube down` and `kube generate`: Kubernetes YAML (parsed into the typed API
//! structs of `k8s-openapi`) turned into pods, and pods and containers turned back into YAML.
//!
//! `play` plans a list of gorae commands (volume create, pod create, run --pod) and runs them
//! as child processes: each pod lives in a user namespace of its own, and a process can be in
//! only one, so one process per step keeps that simple and reuses every check the commands
//! make.
//!
//! `play.rs` holds `play` and `down`, `generate.rs` holds `generate`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use k8s_openapi::api::apps::v1::{DaemonSet, Deployment};
use k8s_openapi::api::batch::v1::Job;
use k8s_openapi::api::core::v1::{ConfigMap, PersistentVolumeClaim, Pod, PodSpec, Secret};
use serde::Deserialize;

use crate::engine::Error;
use crate::engine::error::IoAt;

mod generate;
mod play;

pub use generate::generate;
#[cfg(test)]
pub(crate) use play::planned;
pub use play::{PlayOptions, Played, down, play};

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

fn s(v: &str) -> String {
    v.to_string()
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
    use super::play::{cpu_flag, memory_flag};
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
