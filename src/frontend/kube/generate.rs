//! `kube generate`: pods and containers described as Kubernetes YAML.

use k8s_openapi::api::core::v1::{
    Container, ContainerPort, EnvVar, Pod, PodSpec, SecurityContext, Volume, VolumeMount,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use super::s;
use crate::engine::run::LaunchConfig;
use crate::engine::{Engine, Error, Kind};
use crate::net::ports::PortMapping;
use crate::runtime::mounts::MountKind;
use crate::store::containers::ContainerRecord;

/// `kube generate` / `generate kube`: a Pod per pod or container named, as multi-document
/// YAML a cluster accepts.
pub fn generate(engine: &Engine, names: &[String]) -> Result<String, Error> {
    let mut docs = Vec::new();
    for n in names {
        let (pod_name, members, pod_ports) = members_of(engine, n)?;
        let mut volumes: Vec<Volume> = Vec::new();
        let mut containers = Vec::new();
        for (index, rec) in members.iter().enumerate() {
            let l = LaunchConfig::of(rec)?;
            let env = container_env(engine, rec, &l);
            let mounts = container_mounts(rec, &l, &mut volumes);
            // A pod's ports are the infra's; they go with its first container.
            let mut own_ports = l.ports.clone();
            if index == 0 && own_ports.is_empty() {
                own_ports = pod_ports.clone();
            }
            let ports = container_ports(&own_ports);
            let security = security_context(&l);
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
        docs.push(pod_document(&pod_name, containers, volumes, restart));
    }
    Ok(docs.join("---\n"))
}

/// What `n` names: a pod (its containers but the infra, and the infra's ports), or a container
/// that becomes a pod of its own.
fn members_of(
    engine: &Engine,
    n: &str,
) -> Result<(String, Vec<ContainerRecord>, Vec<PortMapping>), Error> {
    let found = match engine.find_pod(n) {
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
                .map_err(|_| Error::not_found(Kind::Container, n))?;
            let ports = LaunchConfig::of(&c).map(|l| l.ports).unwrap_or_default();
            (format!("{}-pod", c.name), vec![c], ports)
        }
    };
    Ok(found)
}

/// The container's environment, less what its image sets and what gorae adds.
fn container_env(engine: &Engine, rec: &ContainerRecord, l: &LaunchConfig) -> Vec<EnvVar> {
    let image_env: Vec<String> = engine
        .store
        .image(&rec.image_id)
        .ok()
        .and_then(|img| engine.image_config(&img).ok())
        .and_then(|cfg| cfg.config.and_then(|c| c.env))
        .unwrap_or_default();
    let env: Vec<EnvVar> = l
        .spec
        .env
        .iter()
        .filter(|e| !image_env.contains(e))
        .filter_map(|e| e.split_once('='))
        .filter(|(k, _)| !matches!(*k, "container" | "HOSTNAME" | "TERM" | "PATH"))
        .map(|(k, v)| EnvVar {
            name: k.into(),
            value: Some(v.into()),
            ..Default::default()
        })
        .collect();
    env
}

/// The container's mounts, each with the pod volume (added to `volumes`) it mounts.
fn container_mounts(
    rec: &ContainerRecord,
    l: &LaunchConfig,
    volumes: &mut Vec<Volume>,
) -> Vec<VolumeMount> {
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
            MountKind::Tmpfs | MountKind::Devpts => Volume {
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
    mounts
}

/// One port each of the published ranges.
fn container_ports(own_ports: &[PortMapping]) -> Vec<ContainerPort> {
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
    ports
}

/// The user, read-only root, privilege and capabilities, if any differs from the default.
fn security_context(l: &LaunchConfig) -> Option<SecurityContext> {
    // Root is the default; say only what differs.
    let user = l
        .spec
        .user
        .split(':')
        .next()
        .and_then(|u| u.parse::<i64>().ok())
        .filter(|u| *u != 0);
    let sc = &l.security;
    (user.is_some()
        || l.read_only
        || !sc.cap_add.is_empty()
        || !sc.cap_drop.is_empty()
        || sc.privileged)
        .then(|| SecurityContext {
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
        })
}

/// The YAML document of a Pod.
fn pod_document(
    pod_name: &str,
    containers: Vec<Container>,
    volumes: Vec<Volume>,
    restart: Option<String>,
) -> String {
    let pod = Pod {
        metadata: ObjectMeta {
            name: Some(pod_name.to_string()),
            labels: Some([(s("app"), pod_name.to_string())].into_iter().collect()),
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
    serde_yaml_ng::to_string(&doc).expect("a JSON value serializes as YAML")
}
