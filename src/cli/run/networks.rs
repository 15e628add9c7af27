//! `--ip`, `--ip6` and the per-network options of `--network NAME:ip=…,alias=…,mac=…,
//! interface_name=…`, gathered per user-defined network.

use std::collections::BTreeMap;

use anyhow::{Result, bail};

use super::RunArgs;
use crate::runtime::spec::NetworkMode;

/// What the container asks of each user-defined network it is on.
#[derive(Debug, Default)]
pub struct PerNetwork {
    pub static_ips: BTreeMap<String, String>,
    pub macs: BTreeMap<String, String>,
    pub ifnames: BTreeMap<String, String>,
    pub aliases: Vec<String>,
}

fn ipv4(v: &str, flag: &str) -> Result<String> {
    match v.parse::<std::net::Ipv4Addr>() {
        Ok(ip) => Ok(ip.to_string()),
        Err(_) if v.parse::<std::net::Ipv6Addr>().is_ok() => ipv6(v),
        Err(_) => bail!(
            "invalid argument {v:?} for \"{flag}\" flag: invalid string being converted to IP address: {v}"
        ),
    }
}

/// gorae's networks have an IPv4 subnet only, so an IPv6 address can't be had on one.
fn ipv6(v: &str) -> Result<String> {
    if v.parse::<std::net::Ipv6Addr>().is_err() {
        bail!(
            "invalid argument {v:?} for \"--ip6\" flag: invalid string being converted to IP address: {v}"
        );
    }
    bail!(
        "requested static ip {v}: gorae's user-defined networks have IPv4 subnets only, so no IPv6 address can be given"
    )
}

/// `--ip ADDR` and `--ip6 ADDR` of `pod create` and `network connect`: the IPv4 address;
/// an IPv6 one is refused (the networks have none).
pub fn static_ip(ip: Option<&str>, ip6: Option<&str>) -> Result<Option<std::net::Ipv4Addr>> {
    if let Some(v) = ip6 {
        ipv6(v)?;
    }
    ip.map(|v| {
        ipv4(v, "--ip")?
            .parse()
            .map_err(|_| anyhow::anyhow!("invalid --ip {v}"))
    })
    .transpose()
}

/// `nets`: each user-defined network with the options its `--network` gave, the first first.
pub fn per_network(
    a: &RunArgs,
    mode: NetworkMode,
    nets: &[(String, Vec<String>)],
) -> Result<PerNetwork> {
    let mut out = PerNetwork::default();
    if a.ip.is_some() || a.ip6.is_some() {
        if mode != NetworkMode::Bridge {
            bail!(
                "invalid config provided: networks and static ip/mac address can only be used with Bridge mode networking"
            );
        }
        if nets.len() > 1 {
            bail!(
                "--ip and --ip6 can only be used with a single network: give each --network NAME:ip=ADDR"
            );
        }
        if let Some(v) = &a.ip6 {
            ipv6(v)?;
        }
        if let (Some(v), Some((name, _))) = (&a.ip, nets.first()) {
            out.static_ips.insert(name.clone(), ipv4(v, "--ip")?);
        }
    }
    for (name, opts) in nets {
        for kv in opts {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            match k {
                "ip" => {
                    let ip = ipv4(v, "--network ip")?;
                    if out.static_ips.insert(name.clone(), ip).is_some() {
                        bail!("network {name}: more than one static IPv4 address (--ip and ip=)");
                    }
                }
                "ip6" => {
                    ipv6(v)?;
                }
                "alias" if crate::runtime::names::valid_name(v) => out.aliases.push(v.into()),
                "mac" if crate::net::valid_mac(v) => {
                    out.macs.insert(name.clone(), v.to_lowercase());
                }
                "interface_name"
                    if !v.is_empty()
                        && v.len() <= 15
                        && v.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) =>
                {
                    out.ifnames.insert(name.clone(), v.into());
                }
                _ => bail!("invalid --network {name}:{kv}: {k}={v:?} is not a valid value"),
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = out.ifnames.values().find(|n| !seen.insert(*n)) {
        bail!("interface name {dup} is given to two networks");
    }
    Ok(out)
}
