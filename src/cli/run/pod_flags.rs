//! A pod member's flags: what `pod create` gave every member (volumes, devices, limits, …)
//! comes first, the member's own flags win.

use anyhow::Result;
use clap::Parser;

use super::RunArgs;
use crate::engine::Engine;

/// `--uidmap`, `--gidmap`, `--subuidname` and `--subgidname` (run, create and pod create).
pub const UIDMAP_REFUSED: &str = "--uidmap/--gidmap/--subuidname/--subgidname: gorae cannot run a container in a user namespace of its own mapping yet (the store's layers are owned through gorae's mapping); use --userns=keep-id or the default";

#[derive(Parser)]
#[command(no_binary_name = true)]
struct Member {
    #[command(flatten)]
    args: RunArgs,
}

fn parse(flags: &[String]) -> Result<RunArgs> {
    let argv = flags.iter().map(String::as_str).chain(["pod-member"]);
    Member::try_parse_from(argv)
        .map(|m| m.args)
        .map_err(|e| anyhow::anyhow!("{}", e.to_string().lines().next().unwrap_or("bad flag")))
}

/// `pod create`'s member flags, checked as a member would take them.
pub fn check_member_flags(flags: &[String]) -> Result<()> {
    let a = parse(flags)?;
    super::run_options(&a).map(drop)
}

/// `a` with its pod's member flags under its own (for `--pod` or `--pod-id-file`).
pub fn with_pod_flags(mut a: RunArgs) -> Result<RunArgs> {
    let query = match (&a.pod, &a.pod_id_file) {
        (Some(p), _) => p.clone(),
        (None, Some(f)) => match std::fs::read_to_string(f) {
            Ok(s) => s.trim().to_string(),
            // Said by enter_namespaces, with the file's name.
            Err(_) => return Ok(a),
        },
        (None, None) => return Ok(a),
    };
    let engine = Engine::open_readonly()?;
    let Ok(pod) = engine.find_pod(&query) else {
        return Ok(a);
    };
    if pod.member_flags.is_empty() {
        return Ok(a);
    }
    let p = parse(&pod.member_flags)?;
    let under = |mine: &mut Vec<String>, pods: Vec<String>| {
        let own = std::mem::take(mine);
        *mine = pods.into_iter().chain(own).collect();
    };
    under(&mut a.volume, p.volume);
    under(&mut a.volumes_from, p.volumes_from);
    under(&mut a.device, p.device);
    under(&mut a.security_opt, p.security_opt);
    under(&mut a.sysctl, p.sysctl);
    under(&mut a.dns_option, p.dns_option);
    under(&mut a.dns_search, p.dns_search);
    under(
        &mut a.limits.blkio_weight_device,
        p.limits.blkio_weight_device,
    );
    under(&mut a.limits.device_read_bps, p.limits.device_read_bps);
    under(&mut a.limits.device_write_bps, p.limits.device_write_bps);
    fn or<T>(mine: &mut Option<T>, pods: Option<T>) {
        if mine.is_none() {
            *mine = pods;
        }
    }
    or(&mut a.shm_size, p.shm_size);
    or(&mut a.pid, p.pid);
    or(&mut a.uts, p.uts);
    or(&mut a.userns, p.userns);
    or(&mut a.cgroup_parent, p.cgroup_parent);
    or(&mut a.limits.memory, p.limits.memory);
    or(&mut a.limits.memory_swap, p.limits.memory_swap);
    or(&mut a.limits.cpus, p.limits.cpus);
    or(&mut a.limits.cpu_shares, p.limits.cpu_shares);
    or(&mut a.limits.cpuset_cpus, p.limits.cpuset_cpus);
    or(&mut a.limits.cpuset_mems, p.limits.cpuset_mems);
    or(&mut a.limits.blkio_weight, p.limits.blkio_weight);
    a.no_hosts |= p.no_hosts;
    Ok(a)
}
