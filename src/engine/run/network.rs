//! Networks and /etc files at a start: a user-defined network's address and the /etc/hosts
//! blocks of its members, and the /etc/hosts, /etc/hostname and /etc/resolv.conf written for
//! the container.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use super::LaunchConfig;
use crate::engine::{Engine, Error};
use crate::runtime::spec::NetworkMode;
use crate::store::IoContext;
use crate::store::containers::ContainerRecord;

/// Gives a container on a user-defined network its address, and brings the /etc/hosts of
/// every member up to date (each lists the others, by name and alias).
/// Joins every user-defined network of the container, recording the interface each got (for
/// `network disconnect` while it runs).
pub(super) fn join_networks(
    engine: &Engine,
    record: &ContainerRecord,
    cfg: &LaunchConfig,
) -> Result<Vec<crate::net::network::Attachment>, Error> {
    let mut attachments = Vec::new();
    for (i, name) in cfg.networks().enumerate() {
        attachments.push(join_network(engine, record, &cfg.settings, name, i)?);
    }
    if !attachments.is_empty() {
        let ifs = attachments
            .iter()
            .map(|a| (a.network.clone(), a.ifname.clone()))
            .collect();
        let userdata = engine.store.container_dir(&record.id).join("userdata");
        crate::engine::networks::save_interfaces(&userdata, &ifs)?;
    }
    Ok(attachments)
}

fn join_network(
    engine: &Engine,
    record: &ContainerRecord,
    settings: &super::Settings,
    name: &str,
    index: usize,
) -> Result<crate::net::network::Attachment, Error> {
    let nets = engine.networks();
    let net = nets.get(name)?;
    let holder = nets.holder(name).ok_or_else(|| {
        Error::InvalidState(format!(
            "network {name} is not running: start the container again"
        ))
    })?;
    let store = &engine.store;
    let alive = |id: &str| {
        store
            .container(id)
            .is_ok_and(|c| crate::engine::lifecycle::is_running(&engine.refresh(c)))
    };
    let wanted = match settings.static_ips.get(name) {
        Some(ip) => Some(
            ip.parse()
                .map_err(|_| Error::Invalid(format!("invalid static ip {ip}")))?,
        ),
        None => None,
    };
    let (ip, prefix, _) = nets.lease(&net, &record.id, wanted, alive)?;
    refresh_network_hosts(engine, &net.name, Some(&record.id))?;
    Ok(crate::net::network::Attachment {
        network: name.to_string(),
        holder_pid: holder,
        ip,
        prefix,
        ifname: settings
            .ifnames
            .get(name)
            .cloned()
            .unwrap_or_else(|| crate::net::network::container_ifname(index)),
        mac: settings.network_macs.get(name).cloned(),
        mtu: net.mtu().map(String::from),
        internal: net.internal,
    })
}

/// Rewrites the network's block in the /etc/hosts of every member: each lists the others, by
/// name and alias. A pod's infra stands for the pod, so it carries the pod's name and its
/// members' names, and its members get the block too. A file that is gone or unwritable
/// costs only its container the new names, unless it is `own`'s (the container starting).
pub(crate) fn refresh_network_hosts(
    engine: &Engine,
    name: &str,
    own: Option<&str>,
) -> Result<(), Error> {
    let store = &engine.store;
    let nets = engine.networks();
    // `--disable-dns`: members don't learn each other's names.
    let dns = nets.get(name).map_or(true, |n| n.dns_enabled);
    let members = if dns {
        nets.members(name)
    } else {
        Default::default()
    };
    let all = store.list_containers().unwrap_or_default();
    let configs: Vec<(&ContainerRecord, LaunchConfig)> = all
        .iter()
        .filter_map(|c| Some((c, LaunchConfig::of(c).ok()?)))
        .collect();
    // For each member: its names, and the containers whose hosts files carry its view.
    let describe = |id: &str| -> Option<(String, Vec<String>)> {
        let (rec, cfg) = configs.iter().find(|(c, _)| c.id == id)?;
        if Some(id) != own && !crate::engine::lifecycle::is_running(&engine.refresh((*rec).clone()))
        {
            return None;
        }
        let mut names = vec![rec.name.clone(), rec.id[..12].to_string()];
        names.extend(cfg.network_aliases.iter().cloned());
        let mut files = vec![rec.id.clone()];
        if cfg.infra
            && let Some(pod) = cfg.pod.as_deref().and_then(|p| engine.find_pod(p).ok())
        {
            names.insert(0, pod.name.clone());
            for (c, l) in &configs {
                if l.pod.as_deref() == Some(pod.id.as_str()) && !l.infra && pod.shares("net") {
                    names.push(c.name.clone());
                    files.push(c.id.clone());
                }
            }
        }
        Some((names.join(" "), files))
    };
    let entries: Vec<(std::net::Ipv4Addr, String, String, Vec<String>)> = members
        .iter()
        .filter_map(|(ip, id)| {
            let (names, files) = describe(id)?;
            Some((*ip, id.clone(), names, files))
        })
        .collect();
    for (_, id, _, files) in &entries {
        let peers: Vec<(std::net::Ipv4Addr, String)> = entries
            .iter()
            .filter(|(_, other, _, _)| other != id)
            .map(|(ip, _, n, _)| (*ip, n.clone()))
            .collect();
        for file in files {
            let hosts = store.container_dir(file).join("userdata/hosts");
            if let Err(e) = crate::net::network::write_hosts_block(&hosts, name, &peers)
                && Some(file.as_str()) == own
            {
                return Err(Error::io(&hosts, e));
            }
        }
    }
    Ok(())
}

/// /etc/hosts, /etc/hostname and /etc/resolv.conf for the container, bound over the image's.
pub(super) fn write_etc_files(
    dir: &std::path::Path,
    cfg: &LaunchConfig,
    name: &str,
) -> Result<Vec<(String, PathBuf)>, Error> {
    let host_hosts = (cfg.network == NetworkMode::Host)
        .then(|| std::fs::read_to_string("/etc/hosts").unwrap_or_default());
    let slirp_dns = [crate::net::slirp::DNS.to_string()];
    let names = crate::net::etc::NameConfig {
        hostname: &cfg.hostname,
        name,
        host_hosts: host_hosts.as_deref(),
        host_gateway: match cfg.network {
            // pasta maps its gateway address to the host itself.
            NetworkMode::Pasta | NetworkMode::Bridge => crate::net::pasta::default_gateway(),
            NetworkMode::Slirp4netns => crate::net::slirp::host_address(&cfg.network_options),
            _ => None,
        },
        add_hosts: &cfg.add_hosts,
        dns: if cfg.network == NetworkMode::Slirp4netns && cfg.dns.is_empty() {
            &slirp_dns
        } else {
            &cfg.dns
        },
        dns_search: &cfg.dns_search,
        dns_options: &cfg.dns_options,
    };
    let hosts = crate::net::etc::hosts(&names);
    let host_resolv = crate::net::etc::resolv(
        &std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default(),
        &names,
    );
    let hostname = &cfg.hostname;
    let files = [
        ("/etc/hosts", "hosts", hosts),
        ("/etc/hostname", "hostname", format!("{hostname}\n")),
        ("/etc/resolv.conf", "resolv.conf", host_resolv),
    ];
    let mut out = Vec::new();
    for (inside, file, content) in files {
        // --no-hosts, --dns none: the image's own file stays.
        if cfg.settings.no_hosts && file == "hosts" || cfg.dns == ["none"] && file == "resolv.conf"
        {
            continue;
        }
        let path = dir.join(file);
        // Regenerated at every start, so no fsync: durability buys nothing here. Mode 0644 so
        // any user in the container can read them.
        let _ = std::fs::remove_file(&path);
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o644)
            .open(&path)
            .and_then(|mut f| f.write_all(content.as_bytes()))
            .at(&path)?;
        for dir in &cfg.settings.chrootdirs {
            if file != "hostname" {
                out.push((format!("{dir}{inside}"), path.clone()));
            }
        }
        out.push((inside.to_string(), path));
    }
    if let Some(tz) = &cfg.settings.tz {
        // A copy, as podman makes: the host's zone file may change or be a symlink chain.
        let zone = crate::runtime::proc_attrs::zone_file(tz);
        let path = dir.join("localtime");
        let _ = std::fs::remove_file(&path);
        std::fs::copy(&zone, &path).at(&zone)?;
        out.push(("/etc/localtime".to_string(), path));
    }
    Ok(out)
}
