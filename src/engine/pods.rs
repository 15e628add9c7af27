//! Pods: containers that share namespaces (by default network, IPC and UTS, so `localhost`
//! reaches each other), held by an **infra** container. The infra needs no image: it is gorae
//! itself, as PID 1 of the pod's namespaces, waiting until it is stopped (podman pulls a pause
//! image, which fails offline). Ports are published on the pod, by the infra's network helper;
//! a pod's network may be a user-defined one, whose holder's user namespace the pod then uses.
//! `--infra=false` makes a pod that only groups containers: they share nothing.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::Engine;
use super::error::IoAt;
use super::lifecycle;
use super::run::LaunchConfig;
use super::{Error, Kind};
use crate::runtime::names;
use crate::store::containers::{ContainerRecord, ContainerState};
use crate::store::{fsutil, now_rfc3339};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PodRecord {
    pub id: String,
    pub name: String,
    pub created: String,
    pub hostname: String,
    /// Empty for a pod made with `--infra=false`.
    pub infra_id: String,
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    /// The namespaces members join: a sorted subset of [`SHAREABLE`].
    #[serde(default = "default_share")]
    pub share: Vec<String>,
    /// The `pod create` command line, for `generate systemd --new`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
    /// The flags every member gets before its own (`pod create --volume`, `--memory`, …), as
    /// `run` takes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_flags: Vec<String>,
    /// `--exit-policy`: `stop` stops the pod when its last member exits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_policy: Option<String>,
}

/// The namespaces a pod can share (`--share`), and the default set.
pub const SHAREABLE: &[&str] = &["ipc", "net", "pid", "uts"];
const DEFAULT_SHARE: &[&str] = &["ipc", "net", "uts"];

pub fn default_share() -> Vec<String> {
    DEFAULT_SHARE.iter().map(|s| s.to_string()).collect()
}

/// `--share`: a comma-separated list replaces the default, `+a,b` adds to it, an empty string
/// shares nothing.
pub fn parse_share(arg: &str) -> Result<Vec<String>, Error> {
    let (mut out, list) = match arg.strip_prefix('+') {
        Some(rest) => (default_share(), rest),
        None => (vec![], arg),
    };
    for ns in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match ns {
            n if SHAREABLE.contains(&n) => out.push(n.to_string()),
            "cgroup" => {
                return Err(Error::Invalid(
                    "--share cgroup: each container has a cgroup namespace of its own, rooted \
                     at its own cgroup (leave it out)"
                        .into(),
                ));
            }
            "user" => {
                return Err(Error::Invalid(
                    "--share user: a pod's members always share its user namespace".into(),
                ));
            }
            other => {
                return Err(Error::Invalid(format!(
                    "--share: unknown namespace {other:?} (choose from {})",
                    SHAREABLE.join(", ")
                )));
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

impl PodRecord {
    pub fn has_infra(&self) -> bool {
        !self.infra_id.is_empty()
    }

    pub fn shares(&self, ns: &str) -> bool {
        self.has_infra() && self.share.iter().any(|s| s == ns)
    }
}

/// What `pod create` takes.
#[derive(Debug, Clone, Default)]
pub struct PodOptions {
    pub name: Option<String>,
    pub hostname: Option<String>,
    pub ports: Vec<crate::net::ports::PortMapping>,
    pub labels: std::collections::BTreeMap<String, String>,
    pub network: Option<crate::net::NetworkArg>,
    pub dns: Vec<String>,
    pub add_hosts: Vec<String>,
    /// `--share`, parsed; `None` is the default set.
    pub share: Option<Vec<String>>,
    /// `--infra=false`: no infra, so nothing is shared.
    pub no_infra: bool,
    pub infra_name: Option<String>,
    pub infra_conmon_pidfile: Option<PathBuf>,
    /// The infra's aliases and MAC address on its user-defined network.
    pub network_aliases: Vec<String>,
    pub mac_address: Option<String>,
    /// `--ip`: the infra's address on the pod's user-defined network.
    pub static_ip: Option<std::net::Ipv4Addr>,
    pub exit_policy: Option<String>,
    pub member_flags: Vec<String>,
    pub create_command: Vec<String>,
}

impl Engine {
    fn pods_dir(&self) -> PathBuf {
        self.store.root().join("pods")
    }

    pub fn list_pods(&self) -> Vec<PodRecord> {
        let mut out: Vec<PodRecord> = fsutil::read_json_records(&self.pods_dir());
        out.sort_by(|a, b| a.created.cmp(&b.created));
        out
    }

    /// A pod by name, full ID or unique ID prefix.
    pub fn find_pod(&self, query: &str) -> Result<PodRecord, Error> {
        let pods = self.list_pods();
        if let Some(p) = pods.iter().find(|p| p.name == query || p.id == query) {
            return Ok(p.clone());
        }
        let found: Vec<&PodRecord> = pods
            .iter()
            .filter(|p| query.len() >= 3 && p.id.starts_with(query))
            .collect();
        match found.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(Error::not_found(Kind::Pod, query)),
            _ => Err(Error::Invalid(format!("more than one pod matches {query}"))),
        }
    }

    /// The pod's containers, infra first.
    pub fn pod_containers(&self, pod: &PodRecord) -> Vec<ContainerRecord> {
        let mut out: Vec<ContainerRecord> = self
            .store
            .list_containers()
            .unwrap_or_default()
            .into_iter()
            .filter(|c| {
                c.id == pod.infra_id
                    || LaunchConfig::of(c).is_ok_and(|l| l.pod.as_deref() == Some(&pod.id))
            })
            .map(|c| self.refresh(c))
            .collect();
        out.sort_by_key(|c| c.id != pod.infra_id);
        out
    }

    /// `pod create`: the pod record and its infra container (created, not started).
    pub fn create_pod(&self, o: &PodOptions) -> Result<PodRecord, Error> {
        let id = names::new_id();
        let name = match &o.name {
            Some(n) if !names::valid_name(n) => return Err(Error::bad_name(n)),
            Some(n) => n.clone(),
            None => names::unused_name(|n| self.find_pod(n).is_ok()),
        };
        if self.list_pods().iter().any(|p| p.name == name) {
            return Err(Error::Conflict(format!(
                "pod name {name} is already in use"
            )));
        }
        let share = match (&o.share, o.no_infra) {
            (Some(s), true) if !s.is_empty() => {
                return Err(Error::Invalid(
                    "--share: a pod without an infra container shares no namespaces".into(),
                ));
            }
            (_, true) => vec![],
            (Some(s), false) => s.clone(),
            (None, false) => default_share(),
        };
        let shares_net = share.iter().any(|s| s == "net");
        let own_network = o.network.is_some()
            || !o.ports.is_empty()
            || !o.dns.is_empty()
            || !o.add_hosts.is_empty();
        if own_network && !shares_net {
            return Err(Error::Invalid(if o.no_infra {
                "a pod without an infra container has no network of its own: leave out \
                 --network, -p, --dns and --add-host"
                    .into()
            } else {
                "--network, -p, --dns and --add-host are the pod's network's: add net to --share"
                    .into()
            }));
        }
        let hostname = o.hostname.clone().unwrap_or_else(|| name.clone());
        let infra = if o.no_infra {
            None
        } else {
            Some(self.infra_record(&id, o, &hostname)?)
        };
        let infra_id = infra.as_ref().map(|r| r.id.clone()).unwrap_or_default();
        let pod = PodRecord {
            id,
            name,
            created: now_rfc3339(),
            hostname,
            infra_id,
            labels: o.labels.clone(),
            share,
            create_command: o.create_command.clone(),
            member_flags: o.member_flags.clone(),
            exit_policy: o.exit_policy.clone().filter(|p| p != "continue"),
        };
        let dir = self.pods_dir();
        fsutil::ensure_private_dir(&dir).at(&dir)?;
        if let Some(record) = &infra {
            let _lock = self.store.lock_records()?;
            if self
                .store
                .list_containers()?
                .iter()
                .any(|c| c.name == record.name)
            {
                return Err(Error::Conflict(format!("name {} in use", record.name)));
            }
            self.hold_claim(&record.id, self.store.create_container(record)?);
        }
        let data = serde_json::to_vec_pretty(&pod).expect("pod records serialize");
        let file = dir.join(format!("{}.json", pod.id));
        fsutil::write_atomic(&file, &data).at(&file)?;
        self.store.event("pod", "create", &pod.id, &pod.name, "");
        Ok(pod)
    }

    /// The infra container of a new pod: gorae's own pause, holding the network described by
    /// `o` (a user-defined network included).
    fn infra_record(
        &self,
        pod_id: &str,
        o: &PodOptions,
        hostname: &str,
    ) -> Result<ContainerRecord, Error> {
        use crate::runtime::spec::NetworkMode;
        let net = o.network.clone().unwrap_or(crate::net::NetworkArg {
            mode: crate::net::default_mode(),
            options: vec![],
            target: None,
        });
        if !o.ports.is_empty() && !net.mode.has_helper() {
            return Err(Error::Invalid(
                "publishing ports needs a network of the pod's own".into(),
            ));
        }
        if let Some(missing) = crate::net::missing_helper(net.mode) {
            return Err(Error::System(missing.into()));
        }
        if net.mode == NetworkMode::Container {
            return Err(Error::Invalid(
                "a pod's network is pasta, slirp4netns, host, none, ns:PATH or a network's name"
                    .into(),
            ));
        }
        // A user-defined network by its recorded name (and refused here if there is none).
        let network_name = match (net.mode, &net.target) {
            (NetworkMode::Bridge, Some(n)) => Some(self.networks().get(n)?.name),
            _ => None,
        };
        crate::net::etc::validate(&o.add_hosts, &o.dns)?;
        let mut static_ips = std::collections::BTreeMap::new();
        if let Some(ip) = o.static_ip {
            let Some(n) = &network_name else {
                return Err(Error::Invalid(
                    "invalid config provided: networks and static ip/mac address can only be used with Bridge mode networking".into(),
                ));
            };
            self.networks().get(n)?.check_static(ip)?;
            static_ips.insert(n.clone(), ip.to_string());
        }
        let launch: LaunchConfig = serde_json::from_value(serde_json::json!({
            "spec": {"argv": ["gorae-pause"], "env": [], "workdir": "/", "user": "0:0"},
            "hostname": hostname,
            "network": net.mode,
            "network_options": net.options,
            "netns_path": (net.mode == NetworkMode::Ns).then_some(&net.target),
            "network_name": network_name,
            "interactive": false,
            "stop_signal": "SIGTERM",
            "stop_timeout": 10,
            "ports": o.ports,
            "dns": o.dns,
            "add_hosts": o.add_hosts,
            "infra": true,
            "pod": pod_id,
            "network_aliases": o.network_aliases,
            "mac_address": o.mac_address,
            "settings": {"static_ips": static_ips},
            "files": {"conmon_pidfile": o.infra_conmon_pidfile.as_ref().map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))},
        }))
        .map_err(|e| Error::System(format!("internal error: infra config: {e}")))?;
        Ok(ContainerRecord {
            id: names::new_id(),
            name: o
                .infra_name
                .clone()
                .unwrap_or_else(|| format!("{}-infra", &pod_id[..12])),
            image_name: "gorae-pause".into(),
            image_id: String::new(),
            layers: vec![],
            command: vec!["gorae-pause".into()],
            created: now_rfc3339(),
            state: ContainerState::Created,
            pid: None,
            monitor_pid: None,
            monitor_start: None,
            exit_code: None,
            started_at: None,
            finished_at: None,
            auto_remove: false,
            restart_count: 0,
            health: None,
            config: crate::store::containers::RawConfig::of(&launch)
                .expect("launch configs serialize"),
            cgroup: None,
            applied_limits: None,
        })
    }

    /// Starts the pod's infra if it is not running, and puts this process in the pod's user
    /// namespace (which members must be launched from). Must run before any other namespace
    /// was entered.
    pub fn enter_pod(&self, pod: &PodRecord) -> Result<(), Error> {
        if !pod.has_infra() {
            return self.ensure_userns().map(drop).map_err(Into::into);
        }
        let infra = self.refresh(self.store.container(&pod.infra_id)?);
        if lifecycle::is_running(&infra) {
            return self.enter_for_network(Some(&infra.id), &[]);
        }
        // On a user-defined network the pod lives in the user namespace of its holder.
        match LaunchConfig::of(&infra)?.network_name {
            Some(net) => self.enter_for_network(None, &[net])?,
            None => drop(self.ensure_userns()?),
        }
        lifecycle::start(self, &infra.id)?;
        Ok(())
    }

    /// `pod create --exit-policy stop`: when `rec`, a member, has exited and no other member
    /// runs, the infra is stopped (so is the pod).
    pub fn after_member_exit(&self, rec: &ContainerRecord) {
        let Some(pod_id) = LaunchConfig::of(rec)
            .ok()
            .and_then(|c| c.pod.filter(|_| !c.infra))
        else {
            return;
        };
        let Ok(pod) = self.find_pod(&pod_id) else {
            return;
        };
        if pod.exit_policy.as_deref() != Some("stop") || !pod.has_infra() {
            return;
        }
        let others_run = self
            .pod_containers(&pod)
            .iter()
            .any(|c| c.id != pod.infra_id && c.id != rec.id && lifecycle::is_running(c));
        // Waited for: a member started next finds the pod stopped, not a dying infra.
        if !others_run {
            let _ = lifecycle::stop(self, &pod.infra_id, Some(10));
        }
    }

    /// The PID of a running pod's infra, for members to join its namespaces.
    pub fn infra_pid(&self, pod: &PodRecord) -> Result<i32, Error> {
        let infra = self.refresh(self.store.container(&pod.infra_id)?);
        match infra.pid {
            Some(pid) if lifecycle::is_running(&infra) => Ok(pid),
            _ => Err(Error::InvalidState(format!(
                "the infra of pod {} is not running: start the pod",
                pod.name
            ))),
        }
    }

    /// `pod rm`: members, then the infra, then the record. Running members need `force`.
    pub fn remove_pod(&self, pod: &PodRecord, force: bool) -> Result<(), Error> {
        let members = self.pod_containers(pod);
        if !force
            && let Some(c) = members
                .iter()
                .find(|c| c.id != pod.infra_id && lifecycle::is_running(c))
        {
            return Err(Error::InvalidState(format!(
                "pod {} has running container {}: stop it first, or use -f",
                pod.name, c.name
            )));
        }
        // Everything is stopped first: removing files enters a user namespace of this
        // process's own, from which the pod's processes could no longer be signalled.
        let mut stopped = Vec::new();
        for c in members.iter().rev() {
            stopped.push(lifecycle::prepare_removal(self, &c.id, true)?);
        }
        for c in &stopped {
            lifecycle::finish_removal(self, c)?;
        }
        let _ = std::fs::remove_file(self.pods_dir().join(format!("{}.json", pod.id)));
        self.store.event("pod", "remove", &pod.id, &pod.name, "");
        Ok(())
    }

    /// The pod's state as podman shows it.
    pub fn pod_status(&self, members: &[ContainerRecord], infra_id: &str) -> &'static str {
        let others: Vec<&ContainerRecord> = members.iter().filter(|c| c.id != infra_id).collect();
        if others.iter().any(|c| lifecycle::is_running(c)) {
            "Running"
        } else if members.iter().any(|c| c.state == ContainerState::Exited) {
            "Exited"
        } else if members.iter().any(lifecycle::is_running) {
            // Only the infra runs.
            "Degraded"
        } else {
            "Created"
        }
    }
}
