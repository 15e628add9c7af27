//! Unit tests of `network.rs`: subnets, leases, hosts blocks, create options.
use super::*;

#[test]
fn subnets_parse_and_normalise() {
    assert_eq!(
        parse_cidr("10.89.3.7/24").unwrap(),
        (Ipv4Addr::new(10, 89, 3, 0), 24)
    );
    for bad in [
        "10.89.0.0",
        "10.89.0.0/8",
        "10.89.0.0/31",
        "x/24",
        "10.89.0.0/y",
    ] {
        assert!(parse_cidr(bad).is_err(), "{bad}");
    }
}

#[test]
fn gateways_ip_ranges_and_options_shape_the_network() {
    let d = std::env::temp_dir().join(format!("gorae-net-range-{}", std::process::id()));
    let n = Networks::new(&d.join("store"), &d.join("run"));
    let spec = |g: &str, r: &str| NetworkSpec {
        subnet: Some("10.89.7.0/24".into()),
        gateway: (!g.is_empty()).then(|| g.to_string()),
        ip_range: (!r.is_empty()).then(|| r.to_string()),
        ..Default::default()
    };
    let a = n
        .create("a", &spec("10.89.7.254", "10.89.7.128/31"))
        .unwrap();
    assert_eq!(a.gateway, "10.89.7.254");
    let ips: Vec<Ipv4Addr> = ["c1", "c2"]
        .iter()
        .map(|c| n.lease(&a, c, None, |_| true).unwrap().0)
        .collect();
    assert_eq!(
        ips,
        [Ipv4Addr::new(10, 89, 7, 128), Ipv4Addr::new(10, 89, 7, 129)]
    );
    assert!(
        n.lease(&a, "c3", None, |_| true).is_err(),
        "the range is used up"
    );
    assert!(a.check_static(Ipv4Addr::new(10, 89, 7, 1)).is_ok());
    assert!(a.check_static(Ipv4Addr::new(10, 89, 7, 254)).is_err());
    n.release(&a, "c1").unwrap();
    assert_eq!(n.lease(&a, "c3", None, |_| true).unwrap().0, ips[0]);
    for (g, r) in [
        ("10.89.8.1", ""),
        ("10.89.7.255", ""),
        ("x", ""),
        ("", "10.89.8.0/25"),
        ("", "10.89.0.0/16"),
    ] {
        assert!(n.create("b", &spec(g, r)).is_err(), "{g} {r}");
    }
    for (k, v) in [
        ("mtu", "9"),
        ("mtu", "x"),
        ("vlan", "5"),
        ("isolate", "maybe"),
    ] {
        let bad = NetworkSpec {
            options: [(k.to_string(), v.to_string())].into(),
            ..Default::default()
        };
        assert!(n.create("b", &bad).is_err(), "{k}={v}");
    }
    let ok = NetworkSpec {
        options: [("mtu".to_string(), "1400".to_string())].into(),
        disable_dns: true,
        ..Default::default()
    };
    let b = n.create("b", &ok).unwrap();
    assert_eq!((b.mtu(), b.dns_enabled), (Some("1400"), false));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn networks_get_distinct_subnets_and_leases_reuse_addresses() {
    let d = std::env::temp_dir().join(format!("gorae-net-test-{}", std::process::id()));
    let n = Networks::new(&d.join("store"), &d.join("run"));
    let a = n.create("a", &NetworkSpec::default()).unwrap();
    let b = n.create("b", &NetworkSpec::default()).unwrap();
    assert_eq!(
        (a.subnet.as_str(), a.gateway.as_str()),
        ("10.89.0.0/24", "10.89.0.1")
    );
    assert_eq!(b.subnet, "10.89.1.0/24");
    assert!(n.create("a", &NetworkSpec::default()).is_err());
    assert!(
        n.create(
            "c",
            &NetworkSpec {
                subnet: Some("10.89.1.128/25".into()),
                ..Default::default()
            }
        )
        .is_err()
    );
    assert!(n.create("host", &NetworkSpec::default()).is_err());
    let (ip1, _, _) = n.lease(&a, "c1", None, |_| true).unwrap();
    let (ip2, _, members) = n.lease(&a, "c2", None, |_| true).unwrap();
    assert_eq!(
        (ip1, ip2),
        (Ipv4Addr::new(10, 89, 0, 2), Ipv4Addr::new(10, 89, 0, 3))
    );
    assert_eq!(members.len(), 2);
    assert_eq!(
        n.lease(&a, "c1", None, |_| true).unwrap().0,
        ip1,
        "a restart keeps its address"
    );
    // c1 is gone: c3 gets its address.
    let (ip3, _, members) = n.lease(&a, "c3", None, |c| c != "c1").unwrap();
    assert_eq!(ip3, ip1);
    assert_eq!(members.values().collect::<Vec<_>>(), ["c3", "c2"]);
    // --ip: that address, once; only in the subnet and not the gateway's.
    let want = Ipv4Addr::new(10, 89, 0, 9);
    assert_eq!(n.lease(&a, "c4", Some(want), |_| true).unwrap().0, want);
    assert_eq!(n.lease(&a, "c4", Some(want), |_| true).unwrap().0, want);
    assert!(n.lease(&a, "c5", Some(want), |_| true).is_err());
    for bad in [
        [10, 89, 1, 9],
        [10, 89, 0, 1],
        [10, 89, 0, 255],
        [10, 89, 0, 0],
    ] {
        assert!(
            n.lease(&a, "c5", Some(Ipv4Addr::from(bad)), |_| true)
                .is_err()
        );
    }
    assert_eq!(
        n.lease(&a, "c5", Some(want), |c| c != "c4").unwrap().0,
        want
    );
    assert_eq!(n.get(&a.id[..12]).unwrap().name, "a");
    n.remove("a").unwrap();
    assert!(n.get("a").is_err());
    let hosts = d.join("hosts");
    std::fs::write(&hosts, "127.0.0.1\tlocalhost\n").unwrap();
    write_hosts_block(&hosts, "a", &[(ip2, "web".into())]).unwrap();
    write_hosts_block(&hosts, "other", &[(ip1, "proxy".into())]).unwrap();
    write_hosts_block(&hosts, "a", &[(ip3, "db".into())]).unwrap();
    let text = std::fs::read_to_string(&hosts).unwrap();
    assert_eq!(
        text,
        format!("127.0.0.1\tlocalhost\n{ip1}\tproxy\t{MARK} other\n{ip3}\tdb\t{MARK} a\n"),
        "each network's block is replaced on its own"
    );
    let _ = std::fs::remove_dir_all(&d);
}
