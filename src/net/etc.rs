//! The container's /etc/hosts and /etc/resolv.conf, from the host's files and the flags.

use std::fmt::Write;

#[derive(Debug, Clone, Default)]
pub struct NameConfig<'a> {
    pub hostname: &'a str,
    pub name: &'a str,
    /// The host's /etc/hosts lines to keep (host network), without its localhost lines.
    pub host_hosts: Option<&'a str>,
    /// pasta's gateway, which reaches the host: `host.containers.internal`.
    pub host_gateway: Option<std::net::Ipv4Addr>,
    /// `--add-host name:ip`.
    pub add_hosts: &'a [String],
    pub dns: &'a [String],
    pub dns_search: &'a [String],
    pub dns_options: &'a [String],
}

pub fn hosts(c: &NameConfig<'_>) -> String {
    let mut out = String::from(
        "127.0.0.1\tlocalhost localhost.localdomain\n::1\tlocalhost localhost.localdomain ip6-localhost ip6-loopback\n",
    );
    if let Some(h) = c.host_hosts {
        for line in h.lines() {
            let l = line.trim();
            if !l.is_empty() && !l.starts_with('#') && !l.contains("localhost") {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    for entry in c.add_hosts {
        if let Some((name, ip)) = entry.split_once(':') {
            let _ = writeln!(out, "{ip}\t{name}");
        }
    }
    if let Some(gw) = c.host_gateway {
        let _ = writeln!(out, "{gw}\thost.containers.internal host.docker.internal");
    }
    let _ = writeln!(out, "127.0.1.1\t{} {}", c.hostname, c.name);
    out
}

/// The host's resolv.conf, with `--dns`, `--dns-search` and `--dns-option` replacing its
/// nameservers, search list and options respectively.
pub fn resolv(host: &str, c: &NameConfig<'_>) -> String {
    let mut out = String::new();
    for line in host.lines() {
        let key = line.split_whitespace().next().unwrap_or("");
        let replaced = (key == "nameserver" && !c.dns.is_empty())
            || ((key == "search" || key == "domain") && !c.dns_search.is_empty())
            || (key == "options" && !c.dns_options.is_empty());
        if !replaced {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !c.dns_search.is_empty() {
        let _ = writeln!(out, "search {}", c.dns_search.join(" "));
    }
    for ns in c.dns {
        let _ = writeln!(out, "nameserver {ns}");
    }
    if !c.dns_options.is_empty() {
        let _ = writeln!(out, "options {}", c.dns_options.join(" "));
    }
    out
}

/// Checks `--add-host name:ip` and `--dns ip`.
pub fn validate(add_hosts: &[String], dns: &[String]) -> Result<(), super::NetError> {
    for h in add_hosts {
        let ok = h
            .split_once(':')
            .is_some_and(|(n, ip)| !n.is_empty() && ip.parse::<std::net::IpAddr>().is_ok());
        if !ok {
            return Err(super::NetError::Invalid(format!(
                "invalid --add-host {h:?}: want NAME:IP"
            )));
        }
    }
    // `--dns none`: the image's /etc/resolv.conf stays as it is.
    if dns == ["none"] {
        return Ok(());
    }
    for d in dns {
        if d == "none" {
            return Err(super::NetError::Invalid(
                "--dns none cannot be combined with DNS servers".into(),
            ));
        }
        if d.parse::<std::net::IpAddr>().is_err() {
            return Err(super::NetError::Invalid(format!(
                "invalid --dns {d:?}: not an IP address"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_has_localhost_extras_the_host_and_the_container() {
        let extra = ["db:10.0.0.5".to_string()];
        let c = NameConfig {
            hostname: "abc",
            name: "web",
            add_hosts: &extra,
            host_gateway: Some("192.0.2.1".parse().unwrap()),
            ..Default::default()
        };
        let h = hosts(&c);
        assert!(h.starts_with("127.0.0.1\tlocalhost"));
        assert!(h.contains("10.0.0.5\tdb\n"));
        assert!(h.contains("192.0.2.1\thost.containers.internal host.docker.internal\n"));
        assert!(h.ends_with("127.0.1.1\tabc web\n"));
    }

    #[test]
    fn resolv_flags_replace_what_the_host_has() {
        let host = "# generated\nnameserver 10.255.255.53\nsearch corp.example\noptions ndots:2\n";
        let dns = ["1.1.1.1".to_string()];
        let search = ["a.example".to_string(), "b.example".to_string()];
        let c = NameConfig {
            dns: &dns,
            dns_search: &search,
            ..Default::default()
        };
        let r = resolv(host, &c);
        assert!(!r.contains("10.255.255.53") && !r.contains("corp.example"));
        assert!(r.contains("nameserver 1.1.1.1\n") && r.contains("search a.example b.example\n"));
        assert!(
            r.contains("options ndots:2\n"),
            "options are kept when not replaced"
        );
        assert_eq!(resolv(host, &NameConfig::default()), host);
        assert!(validate(&["x:1.2.3.4".into()], &["8.8.8.8".into()]).is_ok());
        assert!(validate(&["x".into()], &[]).is_err());
        assert!(validate(&[], &["dns.example".into()]).is_err());
    }
}
