//! User-defined networks (`network create`): containers on one network reach each other by
//! address and by name.
//!
//! Each network is a Linux bridge in a network namespace of its own, held by a small **holder**
//! process. All holders share one user namespace (the first holder makes it, later ones join a
//! live holder's), so a container can be on several networks. A container on a network is
//! launched from inside that user namespace (so it may act on every namespace involved), gets a
//! network namespace of its own with a veth pair into each network's bridge (`eth1`, `eth2`, …,
//! an address from each network's subnet), and pasta for the way out and for published ports.
//! Names resolve through /etc/hosts: every member's file carries a block per network listing
//! the others, rewritten in place as members come and go. A holder exits by itself once no
//! member is attached. Interfaces are configured with iproute2's `ip`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::Ipv4Addr;
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};

use super::NetError;
use crate::store::fsutil::{self, FileLock};
use crate::sys::{self, Forked};

/// The bridge's name inside the holder's namespace.
const BRIDGE: &str = "gorae0";
/// Marks the lines of a member's /etc/hosts that list its network peers (followed by the
/// network's name).
const MARK: &str = "# gorae network";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NetworkRecord {
    pub name: String,
    pub id: String,
    pub driver: String,
    pub subnet: String,
    pub gateway: String,
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub internal: bool,
    /// `--ip-range`: where members' addresses come from (else the whole subnet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
    /// `--disable-dns` makes it false: members don't learn each other's names.
    #[serde(default = "yes")]
    pub dns_enabled: bool,
    /// `--opt`: `mtu`, `isolate`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

fn yes() -> bool {
    true
}

/// What `network create` asks for.
#[derive(Debug, Clone, Default)]
pub struct NetworkSpec {
    pub subnet: Option<String>,
    pub gateway: Option<String>,
    pub ip_range: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub internal: bool,
    pub disable_dns: bool,
    pub options: BTreeMap<String, String>,
}

impl NetworkRecord {
    fn cidr(&self) -> Result<(Ipv4Addr, u8), NetError> {
        parse_cidr(&self.subnet)
    }

    /// The bridge's address, which members route through.
    pub fn gateway_ip(&self) -> Result<Ipv4Addr, NetError> {
        self.gateway.parse().map_err(|_| {
            NetError::Invalid(format!(
                "network {}: bad gateway {}",
                self.name, self.gateway
            ))
        })
    }

    /// The interfaces' MTU (`--opt mtu=`), if set.
    pub fn mtu(&self) -> Option<&str> {
        self.options.get("mtu").map(String::as_str)
    }

    /// The addresses members get: the `--ip-range`, else the subnet without its network,
    /// gateway and broadcast addresses.
    fn lease_range(&self) -> Result<impl Iterator<Item = Ipv4Addr>, NetError> {
        let (net, prefix) = match &self.ip_range {
            Some(r) => parse_range(r)?,
            None => self.cidr()?,
        };
        let (subnet, sprefix) = self.cidr()?;
        let gw = self.gateway_ip()?;
        let size = 1u32 << (32 - prefix);
        let last = u32::from(subnet) + (1u32 << (32 - sprefix)) - 1;
        Ok((0..size)
            .map(move |i| Ipv4Addr::from(u32::from(net) + i))
            .filter(move |ip| *ip != subnet && *ip != gw && u32::from(*ip) != last))
    }

    /// Whether `ip` may be a member's `--ip`: in the subnet, not its network, gateway or
    /// broadcast address.
    pub fn check_static(&self, ip: Ipv4Addr) -> Result<(), NetError> {
        let (net, prefix) = self.cidr()?;
        let size = 1u64 << (32 - prefix);
        let off = u64::from(u32::from(ip)).wrapping_sub(u64::from(u32::from(net)));
        if off >= size {
            return Err(NetError::Invalid(format!(
                "requested static ip {ip} not in any subnet on network {}",
                self.name
            )));
        }
        if off == 0 || off == size - 1 || ip == self.gateway_ip()? {
            return Err(NetError::Invalid(format!(
                "requested static ip {ip} on network {}: the network's, gateway's and broadcast addresses are not a member's",
                self.name
            )));
        }
        Ok(())
    }
}

/// `a.b.c.d/N` with N in 16..=29, normalised to the network address.
pub fn parse_cidr(s: &str) -> Result<(Ipv4Addr, u8), NetError> {
    let bad = || {
        NetError::Invalid(format!(
            "invalid subnet {s:?}: want an IPv4 CIDR such as 10.89.5.0/24 (/16 to /29)"
        ))
    };
    let (ip, len) = s.split_once('/').ok_or_else(bad)?;
    let ip: Ipv4Addr = ip.parse().map_err(|_| bad())?;
    let len: u8 = len.parse().map_err(|_| bad())?;
    if !(16..=29).contains(&len) {
        return Err(bad());
    }
    let mask = u32::MAX << (32 - len);
    Ok((Ipv4Addr::from(u32::from(ip) & mask), len))
}

/// Where networks live: records in the store, run-time state (holder, leases) in the runtime dir.
pub struct Networks {
    dir: PathBuf,
    run: PathBuf,
}

/// A container's place on a network, decided when it starts.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub network: String,
    pub holder_pid: i32,
    pub ip: Ipv4Addr,
    pub prefix: u8,
    /// The interface name inside the container.
    pub ifname: String,
    /// Its MAC address (else the kernel's random one).
    pub mac: Option<String>,
    /// The network's `--opt mtu=`.
    pub mtu: Option<String>,
    /// An `--internal` network: no way out through it (nor pasta, if all are).
    pub internal: bool,
}

impl Networks {
    pub fn new(store_root: &Path, runtime: &Path) -> Networks {
        Networks {
            // `--network-config-dir`, handed on by the command line.
            dir: std::env::var_os("GORAE_NETWORK_CONFIG_DIR")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .unwrap_or_else(|| store_root.join("networks")),
            run: runtime.join("networks"),
        }
    }

    fn record_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    pub fn list(&self) -> Vec<NetworkRecord> {
        let mut out: Vec<NetworkRecord> = fsutil::read_json_records(&self.dir);
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// A network by name or ID prefix.
    pub fn get(&self, query: &str) -> Result<NetworkRecord, NetError> {
        if crate::runtime::names::valid_name(query)
            && let Ok(data) = std::fs::read(self.record_path(query))
        {
            return serde_json::from_slice(&data)
                .map_err(|e| NetError::Failed(format!("network {query}: {e}")));
        }
        let found: Vec<NetworkRecord> = self
            .list()
            .into_iter()
            .filter(|n| query.len() >= 3 && n.id.starts_with(query))
            .collect();
        match found.len() {
            1 => Ok(found.into_iter().next().expect("one")),
            _ => Err(NetError::NotFound(query.to_string())),
        }
    }

    pub fn create(&self, name: &str, spec: &NetworkSpec) -> Result<NetworkRecord, NetError> {
        let subnet = spec.subnet.as_deref();
        if !crate::runtime::names::valid_name(name)
            || matches!(
                name,
                "none" | "host" | "pasta" | "slirp4netns" | "private" | "bridge"
            )
        {
            return Err(NetError::Invalid(format!("invalid network name {name:?}")));
        }
        fsutil::ensure_private_dir(&self.dir).map_err(|e| NetError::io(&self.dir, e))?;
        let _lock = self.lock("create")?;
        if self.record_path(name).exists() {
            return Err(NetError::Exists(name.to_string()));
        }
        let taken: Vec<(Ipv4Addr, u8)> = self.list().iter().filter_map(|n| n.cidr().ok()).collect();
        let overlaps = |(a, la): (Ipv4Addr, u8), (b, lb): (Ipv4Addr, u8)| {
            let l = la.min(lb);
            let m = u32::MAX << (32 - l);
            u32::from(a) & m == u32::from(b) & m
        };
        let (net, prefix) = match subnet {
            Some(s) => {
                let c = parse_cidr(s)?;
                if let Some(t) = taken.iter().find(|t| overlaps(**t, c)) {
                    return Err(NetError::Invalid(format!(
                        "subnet {s} overlaps {}/{} of another network",
                        t.0, t.1
                    )));
                }
                c
            }
            // podman's range for rootless networks: 10.89.N.0/24.
            None => (0..=255u8)
                .map(|n| (Ipv4Addr::new(10, 89, n, 0), 24))
                .find(|c| !taken.iter().any(|t| overlaps(*t, *c)))
                .ok_or_else(|| {
                    NetError::Invalid(
                        "no free subnet in 10.89.0.0/16: give one with --subnet".into(),
                    )
                })?,
        };
        let mut rec = NetworkRecord {
            name: name.to_string(),
            id: crate::runtime::names::new_id(),
            driver: "bridge".into(),
            subnet: format!("{net}/{prefix}"),
            gateway: Ipv4Addr::from(u32::from(net) + 1).to_string(),
            created: crate::store::now_rfc3339(),
            labels: spec.labels.clone(),
            internal: spec.internal,
            ip_range: None,
            dns_enabled: !spec.disable_dns,
            options: spec.options.clone(),
        };
        check_options(&rec.options)?;
        if let Some(g) = &spec.gateway {
            let ip: Ipv4Addr = g.parse().map_err(|_| {
                NetError::Invalid(format!("invalid gateway {g:?}: not an IPv4 address"))
            })?;
            let size = 1u64 << (32 - prefix);
            let off = u64::from(u32::from(ip)).wrapping_sub(u64::from(u32::from(net)));
            if off == 0 || off >= size - 1 {
                return Err(NetError::Invalid(format!(
                    "gateway {g} is not in subnet {}",
                    rec.subnet
                )));
            }
            rec.gateway = ip.to_string();
        }
        if let Some(r) = &spec.ip_range {
            let (rnet, rprefix) = parse_range(r)?;
            let mask = u32::MAX << (32 - prefix);
            if rprefix < prefix || u32::from(rnet) & mask != u32::from(net) {
                return Err(NetError::Invalid(format!(
                    "ip range {r} is not in subnet {}",
                    rec.subnet
                )));
            }
            rec.ip_range = Some(format!("{rnet}/{rprefix}"));
        }
        let data = serde_json::to_vec_pretty(&rec).expect("a network record serializes");
        let path = self.record_path(name);
        fsutil::write_atomic(&path, &data).map_err(|e| NetError::io(&path, e))?;
        Ok(rec)
    }

    /// Removes the record (the caller has checked that no container uses the network).
    pub fn remove(&self, name: &str) -> Result<(), NetError> {
        let _lock = self.lock(name)?;
        if let Some(pid) = self.holder(name) {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
        let _ = std::fs::remove_file(self.run.join(format!("{name}.pid")));
        let _ = std::fs::remove_file(self.run.join(format!("{name}.leases")));
        let path = self.record_path(name);
        std::fs::remove_file(&path).map_err(|e| NetError::io(&path, e))
    }

    fn lock(&self, name: &str) -> Result<FileLock, NetError> {
        fsutil::ensure_private_dir(&self.run).map_err(|e| NetError::io(&self.run, e))?;
        let path = self.run.join(format!("{name}.lock"));
        FileLock::exclusive(&path).map_err(|e| NetError::io(&path, e))
    }

    /// The live holder of a network, if any: its PID file names a process that started when
    /// the holder did (so a reused PID is not taken for it).
    pub fn holder(&self, name: &str) -> Option<i32> {
        let text = std::fs::read_to_string(self.run.join(format!("{name}.pid"))).ok()?;
        let mut f = text.split_whitespace();
        let pid: i32 = f.next()?.parse().ok()?;
        let start: u64 = f.next()?.parse().ok()?;
        (crate::sys::procfs::start_time(pid) == Some(start)).then_some(pid)
    }

    /// Makes sure the network's holder runs, starting it if needed, and returns its PID. Called
    /// before this process enters any user namespace: the holder makes its own, which the
    /// caller then joins. Also marks the network as about to gain a member, so the holder
    /// does not exit in between. A new holder enters its user namespace through `enter_userns`,
    /// given the PIDs of the other live holders (whose namespace it should share).
    pub fn ensure_holder(
        &self,
        rec: &NetworkRecord,
        enter_userns: &dyn Fn(&[i32]) -> Result<(), NetError>,
    ) -> Result<i32, NetError> {
        let _lock = self.lock(&rec.name)?;
        self.touch_leases(&rec.name);
        if let Some(pid) = self.holder(&rec.name) {
            return Ok(pid);
        }
        // One holder starts at a time, so that all of them end up in one user namespace.
        let all = self.run.join("holders.lock");
        let _all = FileLock::exclusive(&all).map_err(|e| NetError::io(&all, e))?;
        let others: Vec<i32> = self
            .list()
            .iter()
            .filter(|n| n.name != rec.name)
            .filter_map(|n| self.holder(&n.name))
            .collect();
        if crate::net::find_helper("ip").is_none() {
            return Err(NetError::Failed(
                "user-defined networks need iproute2's `ip`: install the iproute2 package".into(),
            ));
        }
        crate::log::info(format_args!("starting the holder of network {}", rec.name));
        let (mut ready_r, ready_w) = pipe()?;
        match sys::fork().map_err(|e| NetError::Failed(format!("fork: {e}")))? {
            Forked::Child => {
                drop(ready_r);
                // A grandchild, so that the holder is nobody's child and is reaped by init.
                if let Ok(Forked::Child) = sys::fork() {
                    let _ = nix::unistd::setsid();
                    // Nothing of the launcher's (store locks above all) may stay open in a
                    // process that lives on; this one never returns into the caller's code.
                    let _ = sys::close_fds_except(ready_w.as_raw_fd());
                    let _ = nix::sys::prctl::set_name(c"gorae-network");
                    let result = holder_setup(rec, enter_userns, &others).and_then(|()| {
                        let me = std::process::id() as i32;
                        let start = crate::sys::procfs::start_time(me).unwrap_or(0);
                        fsutil::write_atomic(
                            &self.run.join(format!("{}.pid", rec.name)),
                            format!("{me} {start}\n").as_bytes(),
                        )
                        .map_err(|e| NetError::Failed(e.to_string()))
                    });
                    let mut w = std::fs::File::from(ready_w);
                    match result {
                        Ok(()) => {
                            let _ = w.write_all(b"ok");
                            drop(w);
                            holder_loop(&self.run, &rec.name);
                            sys::exit_now(0);
                        }
                        Err(e) => {
                            let _ = w.write_all(e.to_string().as_bytes());
                            sys::exit_now(1);
                        }
                    }
                }
                sys::exit_now(0);
            }
            Forked::Parent(child) => {
                drop(ready_w);
                let _ = nix::sys::wait::waitpid(child, None);
                let mut msg = String::new();
                let _ = ready_r.read_to_string(&mut msg);
                if msg != "ok" {
                    return Err(NetError::Failed(format!(
                        "starting network {}: {}",
                        rec.name,
                        if msg.is_empty() {
                            "the holder died"
                        } else {
                            &msg
                        }
                    )));
                }
            }
        }
        // The holder wrote its PID file before reporting.
        self.holder(&rec.name)
            .ok_or_else(|| NetError::Failed(format!("network {}: its holder is gone", rec.name)))
    }

    fn leases_path(&self, name: &str) -> PathBuf {
        self.run.join(format!("{name}.leases"))
    }

    fn touch_leases(&self, name: &str) {
        let p = self.leases_path(name);
        let data = std::fs::read(&p).unwrap_or_else(|_| b"{}".to_vec());
        let _ = fsutil::write_atomic(&p, &data);
    }

    /// The containers holding addresses on network `name`, by address (some may have ended).
    pub fn members(&self, name: &str) -> BTreeMap<Ipv4Addr, String> {
        std::fs::read(self.leases_path(name))
            .ok()
            .and_then(|d| serde_json::from_slice(&d).ok())
            .unwrap_or_default()
    }

    /// Gives container `id` an address (`wanted`, its `--ip`; else its old one if it still
    /// holds it), dropping the leases of containers `alive` says are gone. Returns the address
    /// and the live members, `id` included.
    pub fn lease(
        &self,
        rec: &NetworkRecord,
        id: &str,
        wanted: Option<Ipv4Addr>,
        alive: impl Fn(&str) -> bool,
    ) -> Result<(Ipv4Addr, u8, BTreeMap<Ipv4Addr, String>), NetError> {
        let _lock = self.lock(&rec.name)?;
        let p = self.leases_path(&rec.name);
        let mut leases: BTreeMap<Ipv4Addr, String> = std::fs::read(&p)
            .ok()
            .and_then(|d| serde_json::from_slice(&d).ok())
            .unwrap_or_default();
        leases.retain(|_, c| c == id || alive(c));
        let (_, prefix) = rec.cidr()?;
        if let Some(ip) = wanted {
            rec.check_static(ip)?;
            match leases.get(&ip) {
                Some(other) if other != id => {
                    return Err(NetError::Invalid(format!(
                        "IPAM error: requested ip address {ip} is already allocated to container ID {other}"
                    )));
                }
                _ => {
                    leases.retain(|_, c| c != id);
                    leases.insert(ip, id.to_string());
                }
            }
        }
        let ip = match leases.iter().find(|(_, c)| *c == id) {
            Some((ip, _)) => *ip,
            None => {
                let ip = rec
                    .lease_range()?
                    .find(|ip| !leases.contains_key(ip))
                    .ok_or_else(|| {
                        NetError::Failed(format!(
                            "network {}: no free address in {}",
                            rec.name, rec.subnet
                        ))
                    })?;
                leases.insert(ip, id.to_string());
                ip
            }
        };
        let data = serde_json::to_vec(&leases).expect("leases serialize");
        fsutil::write_atomic(&p, &data).map_err(|e| NetError::io(&p, e))?;
        Ok((ip, prefix, leases))
    }
}

impl Networks {
    /// Container `id` gives its address on network `rec` back (`network disconnect`).
    pub fn release(&self, rec: &NetworkRecord, id: &str) -> Result<(), NetError> {
        let _lock = self.lock(&rec.name)?;
        let p = self.leases_path(&rec.name);
        let mut leases = self.members(&rec.name);
        leases.retain(|_, c| c != id);
        let data = serde_json::to_vec(&leases).expect("leases serialize");
        fsutil::write_atomic(&p, &data).map_err(|e| NetError::io(&p, e))
    }
}

/// Removes interface `ifname` (its veth pair goes with it) from the network namespace of
/// `pid`. The caller is in the holder's user namespace.
pub fn detach(pid: i32, network: &str, ifname: &str) -> Result<(), NetError> {
    ip_in(
        &format!("/proc/{pid}/ns/net"),
        &[vec!["link".into(), "del".into(), ifname.to_string()]],
    )
    .map_err(|e| NetError::Failed(format!("network {network}: {e}")))
}

/// The interface names in the network namespace of `pid`.
pub fn interfaces(pid: i32) -> Vec<String> {
    std::fs::read_to_string(format!("/proc/{pid}/net/dev"))
        .unwrap_or_default()
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next().map(|n| n.trim().to_string()))
        .collect()
}

fn pipe() -> Result<(std::fs::File, std::os::fd::OwnedFd), NetError> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .map_err(|e| NetError::Failed(format!("pipe: {e}")))?;
    Ok((std::fs::File::from(r), w))
}

/// In the holder: the user namespace `enter_userns` gives it (that of one of `others`, the live
/// holders of other networks, if one can be joined); then a network namespace with the bridge.
fn holder_setup(
    rec: &NetworkRecord,
    enter_userns: &dyn Fn(&[i32]) -> Result<(), NetError>,
    others: &[i32],
) -> Result<(), NetError> {
    if let Ok(null) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
    {
        // The launcher's stdout and stderr may be pipes that its caller reads to the end.
        let _ = nix::unistd::dup2_stdin(&null);
        let _ = nix::unistd::dup2_stdout(&null);
        let _ = nix::unistd::dup2_stderr(&null);
    }
    enter_userns(others)?;
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET)
        .map_err(|e| NetError::Failed(format!("creating the network namespace: {e}")))?;
    let (_, prefix) = rec.cidr()?;
    let gw = rec.gateway_ip()?;
    ip(&["link", "set", "lo", "up"])?;
    match rec.mtu() {
        Some(mtu) => ip(&["link", "add", BRIDGE, "mtu", mtu, "type", "bridge"])?,
        None => ip(&["link", "add", BRIDGE, "type", "bridge"])?,
    }
    ip(&["addr", "add", &format!("{gw}/{prefix}"), "dev", BRIDGE])?;
    ip(&["link", "set", BRIDGE, "up"])?;
    Ok(())
}

/// The holder's life: it records itself, then exits once the bridge has had no member for a
/// few seconds and nobody is about to join (the lease file was not touched lately).
fn holder_loop(run: &Path, name: &str) {
    let mut idle = 0;
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
        let members = std::fs::read_to_string("/proc/self/net/dev")
            .map(|d| {
                d.lines()
                    .skip(2)
                    .filter_map(|l| l.split(':').next())
                    .map(str::trim)
                    .filter(|i| *i != "lo" && *i != BRIDGE)
                    .count()
            })
            .unwrap_or(0);
        idle = if members == 0 { idle + 1 } else { 0 };
        if idle < 3 {
            continue;
        }
        let _lock = match FileLock::exclusive(&run.join(format!("{name}.lock"))) {
            Ok(l) => l,
            // The runtime directory is gone (the user's session ended): nobody can join.
            Err(_) if !run.is_dir() => return,
            Err(_) => continue,
        };
        let recent = std::fs::metadata(run.join(format!("{name}.leases")))
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() < 10);
        if !recent {
            let _ = std::fs::remove_file(run.join(format!("{name}.pid")));
            return;
        }
    }
}

fn ip(args: &[&str]) -> Result<(), NetError> {
    let out = Command::new(crate::net::find_helper("ip").unwrap_or_else(|| "ip".into()))
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| NetError::Failed(format!("running ip: {e}")))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(NetError::Failed(format!(
            "ip {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    }
}

/// `--ip-range`: a CIDR inside the subnet (down to a single address, /32).
pub fn parse_cidr_any(s: &str) -> Result<(Ipv4Addr, u8), NetError> {
    parse_range(s)
}

fn parse_range(s: &str) -> Result<(Ipv4Addr, u8), NetError> {
    let bad = || {
        NetError::Invalid(format!(
            "invalid ip range {s:?}: want an IPv4 CIDR inside the subnet, such as 10.89.0.128/25"
        ))
    };
    let (ip, len) = s.split_once('/').ok_or_else(bad)?;
    let ip: Ipv4Addr = ip.parse().map_err(|_| bad())?;
    let len: u8 = len.parse().map_err(|_| bad())?;
    if !(16..=32).contains(&len) {
        return Err(bad());
    }
    let mask = if len == 32 {
        u32::MAX
    } else {
        u32::MAX << (32 - len)
    };
    Ok((Ipv4Addr::from(u32::from(ip) & mask), len))
}

/// `network create --opt`: `mtu=N` (68 to 65535) and `isolate` (always so: each network is a
/// bridge in a namespace of its own); the rest of podman's bridge options need root.
fn check_options(o: &BTreeMap<String, String>) -> Result<(), NetError> {
    for (k, v) in o {
        match k.as_str() {
            "mtu" if v.parse::<u32>().is_ok_and(|m| (68..=65535).contains(&m)) => {}
            "mtu" => {
                return Err(NetError::Invalid(format!(
                    "invalid mtu {v:?}: want a number from 68 to 65535"
                )));
            }
            "isolate" if ["true", "false", "strict", "1", "0"].contains(&v.as_str()) => {}
            _ => {
                return Err(NetError::Invalid(format!(
                    "unsupported bridge network option {k}: gorae's networks take mtu= and isolate="
                )));
            }
        }
    }
    Ok(())
}

/// Runs `ip` commands inside the network namespace at `ns` (in a child, so this process stays
/// where it is).
fn ip_in(ns: &str, cmds: &[Vec<String>]) -> Result<(), NetError> {
    let (mut r, w) = pipe()?;
    match sys::fork().map_err(|e| NetError::Failed(format!("fork: {e}")))? {
        Forked::Child => {
            drop(r);
            let result = std::fs::File::open(ns)
                .map_err(|e| NetError::io(Path::new(ns), e))
                .and_then(|f| {
                    nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWNET)
                        .map_err(|e| NetError::Failed(format!("entering {ns}: {e}")))
                })
                .and_then(|()| {
                    cmds.iter()
                        .try_for_each(|c| ip(&c.iter().map(String::as_str).collect::<Vec<_>>()))
                });
            if let Err(e) = result {
                let _ = std::fs::File::from(w).write_all(e.to_string().as_bytes());
                sys::exit_now(1);
            }
            sys::exit_now(0);
        }
        Forked::Parent(child) => {
            drop(w);
            let mut msg = String::new();
            let _ = r.read_to_string(&mut msg);
            let _ = nix::sys::wait::waitpid(child, None);
            if msg.is_empty() {
                Ok(())
            } else {
                Err(NetError::Failed(msg))
            }
        }
    }
}

/// Connects the network namespace of `pid` to the bridge: a veth pair with one end on the
/// bridge and the other, `a.ifname` with `a.ip`, in the container. The caller is in the
/// holder's user namespace.
pub fn attach(pid: i32, a: &Attachment) -> Result<(), NetError> {
    // Host-side names must be unique in the holder's namespace and at most 15 bytes.
    let outside = format!("gv{pid}");
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    let pid_s = pid.to_string();
    let mut add = s(&["link", "add", &outside]);
    if let Some(mtu) = &a.mtu {
        add.extend(s(&["mtu", mtu]));
    }
    add.extend(s(&["type", "veth", "peer", "name", &a.ifname]));
    if let Some(mtu) = &a.mtu {
        add.extend(s(&["mtu", mtu]));
    }
    if let Some(mac) = &a.mac {
        add.extend(s(&["address", mac]));
    }
    add.extend(s(&["netns", &pid_s]));
    ip_in(
        &format!("/proc/{}/ns/net", a.holder_pid),
        &[add, s(&["link", "set", &outside, "master", BRIDGE, "up"])],
    )
    .map_err(|e| NetError::Failed(format!("network {}: {e}", a.network)))?;
    ip_in(
        &format!("/proc/{pid}/ns/net"),
        &[
            s(&[
                "addr",
                "add",
                &format!("{}/{}", a.ip, a.prefix),
                "dev",
                &a.ifname,
            ]),
            s(&["link", "set", &a.ifname, "up"]),
        ],
    )
    .map_err(|e| NetError::Failed(format!("network {}: {e}", a.network)))
}

/// The interface name for a container's `index`th network (from 0): `eth1`, `eth2`, …, skipping
/// the name pasta will take (it copies the host's default-route interface name).
pub fn container_ifname(index: usize) -> String {
    let host_if = std::fs::read_to_string("/proc/net/route")
        .ok()
        .and_then(|r| {
            r.lines().skip(1).find_map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (f.len() > 1 && f[1] == "00000000").then(|| f[0].to_string())
            })
        })
        .unwrap_or_default();
    (1..)
        .map(|n| format!("eth{n}"))
        .filter(|name| *name != host_if)
        .nth(index)
        .expect("an endless range")
}

/// Rewrites the peers block of a member's hosts file in place (the file is bind-mounted into
/// the container, so it must stay the same inode): `peers` are `(ip, names)`.
pub fn write_hosts_block(
    path: &Path,
    network: &str,
    peers: &[(Ipv4Addr, String)],
) -> std::io::Result<()> {
    let old = std::fs::read_to_string(path)?;
    let mark = format!("{MARK} {network}");
    let mut new: String = old
        .lines()
        // (A bare mark: written before blocks were per network.)
        .filter(|l| !l.ends_with(&mark) && !l.ends_with(MARK))
        .map(|l| format!("{l}\n"))
        .collect();
    for (ip, names) in peers {
        new.push_str(&format!("{ip}\t{names}\t{mark}\n"));
    }
    if new != old {
        let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
        f.set_len(0)?;
        f.write_all(new.as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "network_tests.rs"]
mod tests;
