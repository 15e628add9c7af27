//! `-p [ip:][hostPort:]containerPort[/tcp|udp]`, with ranges, as podman takes them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    #[serde(default)]
    pub host_ip: Option<String>,
    pub host_port: u16,
    pub container_port: u16,
    /// How many consecutive ports (a range).
    pub count: u16,
    /// "tcp" or "udp".
    pub protocol: String,
}

/// A port or a range; `None` when it is not one.
use super::NetError;

fn range(s: &str) -> Option<(u16, u16)> {
    let bad = || None;
    match s.split_once('-') {
        Some((a, b)) => {
            let (a, b): (u16, u16) = (a.parse().ok()?, b.parse().ok()?);
            if a == 0 || b < a {
                return bad();
            }
            Some((a, b - a + 1))
        }
        None => {
            let p: u16 = s.parse().ok()?;
            if p == 0 {
                return bad();
            }
            Some((p, 1))
        }
    }
}

pub fn parse(spec: &str) -> Result<PortMapping, NetError> {
    let bad = |why: &str| NetError::Invalid(format!("invalid --publish {spec:?}: {why}"));
    let (rest, protocol) = match spec.rsplit_once('/') {
        Some((r, p)) if p == "tcp" || p == "udp" => (r, p.to_string()),
        Some((_, p)) => return Err(bad(&format!("unknown protocol {p:?}"))),
        None => (spec, "tcp".to_string()),
    };
    // IPv6 host addresses come in brackets: [::1]:8080:80.
    let (host_ip, rest) = if let Some(r) = rest.strip_prefix('[') {
        let (ip, after) = r.split_once("]:").ok_or_else(|| bad("unclosed '['"))?;
        (Some(ip.to_string()), after)
    } else {
        let parts: Vec<&str> = rest.split(':').collect();
        if parts.len() == 3 {
            (
                Some(parts[0].to_string()).filter(|s| !s.is_empty()),
                &rest[parts[0].len() + 1..],
            )
        } else {
            (None, rest)
        }
    };
    let (host, ctr) = match rest.split_once(':') {
        Some((h, c)) => (Some(h), c),
        None => (None, rest),
    };
    let (container_port, count) =
        range(ctr).ok_or_else(|| bad(&format!("invalid port {ctr:?}")))?;
    let host_port = match host.filter(|h| !h.is_empty()) {
        Some(h) => {
            let (p, n) = range(h).ok_or_else(|| bad(&format!("invalid port {h:?}")))?;
            if n != count {
                return Err(bad("host and container ranges differ in size"));
            }
            p
        }
        // podman picks a random free port; so do we, from the kernel.
        None => free_port(&protocol).ok_or_else(|| bad("no free host port"))?,
    };
    if let Some(ip) = &host_ip {
        ip.parse::<std::net::IpAddr>()
            .map_err(|_| bad(&format!("{ip:?} is not an IP address")))?;
    }
    Ok(PortMapping {
        host_ip,
        host_port,
        container_port,
        count,
        protocol,
    })
}

fn free_port(protocol: &str) -> Option<u16> {
    if protocol == "udp" {
        std::net::UdpSocket::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()
            .map(|a| a.port())
    } else {
        std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()
            .map(|a| a.port())
    }
}

/// `-P`: every port the image EXPOSEs (`80/tcp`) to a random host port.
pub fn publish_all(exposed: &[String]) -> Vec<PortMapping> {
    exposed.iter().filter_map(|e| parse(e).ok()).collect()
}

/// pasta's `-t`/`-u` spec for `protocol`: `[addr/]host[-end]:ctr[-end],…`, or `none`.
pub fn pasta_spec(ports: &[PortMapping], protocol: &str) -> String {
    let parts: Vec<String> = ports
        .iter()
        .filter(|p| p.protocol == protocol)
        .map(|p| {
            let span = |start: u16| {
                if p.count > 1 {
                    format!("{start}-{}", start + p.count - 1)
                } else {
                    start.to_string()
                }
            };
            let addr = p
                .host_ip
                .as_ref()
                .map(|ip| format!("{ip}/"))
                .unwrap_or_default();
            format!("{addr}{}:{}", span(p.host_port), span(p.container_port))
        })
        .collect();
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(",")
    }
}

/// `port` output lines: `80/tcp -> 0.0.0.0:8080`.
pub fn describe(ports: &[PortMapping]) -> Vec<String> {
    let mut out = Vec::new();
    for p in ports {
        for i in 0..p.count {
            out.push(format!(
                "{}/{} -> {}:{}",
                p.container_port + i,
                p.protocol,
                p.host_ip.as_deref().unwrap_or("0.0.0.0"),
                p.host_port + i
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_specs_parse_like_podman() {
        let p = parse("8080:80").unwrap();
        assert_eq!(
            (
                p.host_port,
                p.container_port,
                p.protocol.as_str(),
                p.host_ip
            ),
            (8080, 80, "tcp", None)
        );
        let p = parse("127.0.0.1:5353:53/udp").unwrap();
        assert_eq!(
            (p.host_ip.as_deref(), p.host_port, p.protocol.as_str()),
            (Some("127.0.0.1"), 5353, "udp")
        );
        let p = parse("9000-9002:7000-7002").unwrap();
        assert_eq!((p.host_port, p.container_port, p.count), (9000, 7000, 3));
        let p = parse("80").unwrap();
        assert!(p.host_port > 0 && p.container_port == 80);
        let p = parse("[::1]:8443:443").unwrap();
        assert_eq!(p.host_ip.as_deref(), Some("::1"));
        for bad in ["0:80", "8080:0", "1-3:1-2", "x:80", "80/sctp", "nope:1:2"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn pasta_specs_and_port_lines() {
        let ports = vec![
            parse("8080:80").unwrap(),
            parse("127.0.0.1:9000-9001:7000-7001").unwrap(),
            parse("5353:53/udp").unwrap(),
        ];
        assert_eq!(
            pasta_spec(&ports, "tcp"),
            "8080:80,127.0.0.1/9000-9001:7000-7001"
        );
        assert_eq!(pasta_spec(&ports, "udp"), "5353:53");
        assert_eq!(pasta_spec(&[], "tcp"), "none");
        assert_eq!(describe(&ports[..1]), vec!["80/tcp -> 0.0.0.0:8080"]);
    }
}
