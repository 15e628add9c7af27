//! `network connect` and `network disconnect`: a container joins or leaves a user-defined
//! network. A created or stopped one has its configuration changed for its next start; a
//! running one also gets (or loses) its interface at once, and every member's /etc/hosts is
//! rewritten, so that names resolve on the new network straight away.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};

use super::run::LaunchConfig;
use super::{Engine, Error, lifecycle};
use crate::runtime::spec::NetworkMode;
use crate::store::containers::{ContainerRecord, RawConfig};

/// `network connect`'s options.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    pub aliases: Vec<String>,
    pub ip: Option<Ipv4Addr>,
    pub mac: Option<String>,
}

/// Where a running container's interface per network is recorded (its names are decided at
/// start, and by `connect`).
fn interfaces_path(userdata: &Path) -> PathBuf {
    userdata.join("interfaces.json")
}

pub(crate) fn load_interfaces(userdata: &Path) -> BTreeMap<String, String> {
    std::fs::read(interfaces_path(userdata))
        .ok()
        .and_then(|d| serde_json::from_slice(&d).ok())
        .unwrap_or_default()
}

pub(crate) fn save_interfaces(
    userdata: &Path,
    map: &BTreeMap<String, String>,
) -> Result<(), Error> {
    let p = interfaces_path(userdata);
    let data = serde_json::to_vec(map).expect("interface names serialize");
    crate::store::fsutil::write_atomic(&p, &data).map_err(|e| Error::io(&p, e))
}

impl Engine {
    /// Connects container `query` to network `network`.
    pub fn connect(&self, network: &str, query: &str, o: &ConnectOptions) -> Result<(), Error> {
        let nets = self.networks();
        let net = nets.get(network)?;
        let rec = self.refresh(self.find_container(query)?);
        let cfg = LaunchConfig::of(&rec)?;
        if cfg.networks().any(|n| *n == net.name) {
            return Err(Error::Conflict(format!(
                "container {} is already connected to network {}: network is already connected",
                rec.name, net.name
            )));
        }
        let joinable = match cfg.network {
            NetworkMode::Bridge => true,
            // pasta becomes the way out of the container on a network, as it is for one
            // created there.
            NetworkMode::Pasta => !lifecycle::is_running(&rec),
            _ => false,
        };
        if !joinable || cfg.network_container.is_some() {
            return Err(Error::Invalid(format!(
                "container {} has network mode {}{}: only a container with a network of its own (pasta, or user-defined networks) can join a network",
                rec.name,
                serde_json::to_value(cfg.network)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
                if cfg.network == NetworkMode::Pasta {
                    " and is running (stop it, connect it, start it again)"
                } else {
                    ""
                }
            )));
        }
        if let Some(ip) = o.ip {
            net.check_static(ip)?;
        }
        if let Some(mac) = &o.mac
            && !crate::net::valid_mac(mac)
        {
            return Err(Error::Invalid(format!(
                "address {mac}: invalid MAC address"
            )));
        }
        let running = lifecycle::is_running(&rec);
        if running {
            self.attach_running(&rec, &net, o)?;
        }
        let saved = self.store.update_container(&rec.id, |c| {
            let Ok(mut l) = LaunchConfig::of(c) else {
                return;
            };
            if l.network_name.is_none() {
                l.network = NetworkMode::Bridge;
                l.network_name = Some(net.name.clone());
            } else {
                l.extra_networks.push(net.name.clone());
            }
            if let Some(ip) = o.ip {
                l.settings
                    .static_ips
                    .insert(net.name.clone(), ip.to_string());
            }
            if let Some(mac) = &o.mac {
                l.settings
                    .network_macs
                    .insert(net.name.clone(), mac.to_lowercase());
            }
            l.network_aliases.extend(o.aliases.iter().cloned());
            if let Ok(raw) = RawConfig::of(&l) {
                c.config = raw;
            }
        })?;
        if running {
            super::run::refresh_network_hosts(self, &net.name, Some(&saved.id))?;
        }
        Ok(())
    }

    /// A running container's new interface on `net`. Its user namespace must be the
    /// networks' (it is when it is on one already).
    fn attach_running(
        &self,
        rec: &ContainerRecord,
        net: &crate::net::network::NetworkRecord,
        o: &ConnectOptions,
    ) -> Result<(), Error> {
        self.enter_for_network(None, std::slice::from_ref(&net.name))?;
        let pid = rec
            .pid
            .ok_or_else(|| Error::System("running container without a process".into()))?;
        let theirs = std::fs::read_link(format!("/proc/{pid}/ns/user")).ok();
        if theirs.is_none() || theirs != std::fs::read_link("/proc/self/ns/user").ok() {
            return Err(Error::InvalidState(format!(
                "container {} runs outside the networks' user namespace: stop it, connect it, start it again",
                rec.name
            )));
        }
        let nets = self.networks();
        let holder = nets
            .holder(&net.name)
            .ok_or_else(|| Error::InvalidState(format!("network {} is not running", net.name)))?;
        let store = &self.store;
        let alive = |id: &str| {
            id == rec.id
                || store
                    .container(id)
                    .is_ok_and(|c| lifecycle::is_running(&self.refresh(c)))
        };
        let (ip, prefix, _) = nets.lease(net, &rec.id, o.ip, alive)?;
        let present = crate::net::network::interfaces(pid);
        let ifname = (0..64)
            .map(crate::net::network::container_ifname)
            .find(|n| !present.contains(n))
            .ok_or_else(|| Error::System("could not find free network interface name".into()))?;
        let a = crate::net::network::Attachment {
            network: net.name.clone(),
            holder_pid: holder,
            ip,
            prefix,
            ifname: ifname.clone(),
            mac: o.mac.clone(),
            mtu: net.mtu().map(String::from),
            internal: net.internal,
        };
        if let Err(e) = crate::net::network::attach(pid, &a) {
            let _ = nets.release(net, &rec.id);
            return Err(e.into());
        }
        let userdata = store.container_dir(&rec.id).join("userdata");
        let mut ifs = load_interfaces(&userdata);
        ifs.insert(net.name.clone(), ifname);
        save_interfaces(&userdata, &ifs)
    }

    /// Disconnects container `query` from network `network`.
    pub fn disconnect(&self, network: &str, query: &str) -> Result<(), Error> {
        let nets = self.networks();
        let net = nets.get(network)?;
        let rec = self.refresh(self.find_container(query)?);
        let cfg = LaunchConfig::of(&rec)?;
        if !cfg.networks().any(|n| *n == net.name) {
            return Err(Error::Invalid(format!(
                "container {query} is not connected to network {}",
                net.name
            )));
        }
        let running = lifecycle::is_running(&rec);
        let userdata = self.store.container_dir(&rec.id).join("userdata");
        if running {
            self.enter_for_network(Some(&rec.id), &[])?;
            let pid = rec
                .pid
                .ok_or_else(|| Error::System("running container without a process".into()))?;
            let mut ifs = load_interfaces(&userdata);
            if let Some(ifname) = ifs.remove(&net.name)
                && crate::net::network::interfaces(pid).contains(&ifname)
            {
                crate::net::network::detach(pid, &net.name, &ifname)?;
            }
            nets.release(&net, &rec.id)?;
            save_interfaces(&userdata, &ifs)?;
            let _ = crate::net::network::write_hosts_block(&userdata.join("hosts"), &net.name, &[]);
        }
        self.store.update_container(&rec.id, |c| {
            let Ok(mut l) = LaunchConfig::of(c) else {
                return;
            };
            l.extra_networks.retain(|n| *n != net.name);
            if l.network_name.as_deref() == Some(net.name.as_str()) {
                l.network_name = (!l.extra_networks.is_empty()).then(|| l.extra_networks.remove(0));
                if l.network_name.is_none() {
                    l.network = NetworkMode::Pasta;
                }
            }
            l.settings.static_ips.remove(&net.name);
            l.settings.network_macs.remove(&net.name);
            l.settings.ifnames.remove(&net.name);
            if let Ok(raw) = RawConfig::of(&l) {
                c.config = raw;
            }
        })?;
        if running {
            super::run::refresh_network_hosts(self, &net.name, None)?;
        }
        Ok(())
    }
}
