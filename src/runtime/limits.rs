//! Resource limit flags (`--memory`, `--cpus`, …): parsed and checked as podman does. Whether
//! they can be applied depends on a delegated cgroup v2 tree (see `process::cgroup`).

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("invalid {flag} {value:?}: {why}")]
pub struct LimitError {
    pub flag: &'static str,
    pub value: String,
    pub why: &'static str,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Limits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_swap: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpus: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_shares: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset_cpus: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pids_limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blkio_weight: Option<u16>,
    /// `--cpu-period`/`--cpu-quota` (µs): cpu.max's two numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_period: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_quota: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset_mems: Option<String>,
    /// cgroup v2 has no such knob: always reported not in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_swappiness: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oom_kill_disable: Option<bool>,
    /// `--blkio-weight-device`, by `MAJOR:MINOR`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blkio_weight_device: Vec<DeviceLimit>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_read_bps: Vec<DeviceLimit>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_write_bps: Vec<DeviceLimit>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_read_iops: Vec<DeviceLimit>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_write_iops: Vec<DeviceLimit>,
    /// `--cgroup-conf KEY=VALUE`: written as they are into the cgroup's files.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub cgroup_conf: std::collections::BTreeMap<String, String>,
}

/// A per-device limit: the device as given, its `MAJOR:MINOR`, and the value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeviceLimit {
    pub path: String,
    pub dev: String,
    pub value: u64,
}

impl Limits {
    pub fn is_empty(&self) -> bool {
        *self == Limits::default()
    }

    /// These limits with `newer`'s over them (`update`): each limit `newer` sets replaces
    /// this one's, per device for the device limits.
    pub fn over(&self, newer: &Limits) -> Limits {
        fn devs(old: &[DeviceLimit], new: &[DeviceLimit]) -> Vec<DeviceLimit> {
            let mut out: Vec<DeviceLimit> = old
                .iter()
                .filter(|o| !new.iter().any(|n| n.dev == o.dev))
                .cloned()
                .collect();
            out.extend(new.iter().cloned());
            out
        }
        let n = newer.clone();
        Limits {
            memory: n.memory.or(self.memory),
            memory_swap: n.memory_swap.or(self.memory_swap),
            memory_reservation: n.memory_reservation.or(self.memory_reservation),
            cpus: n.cpus.or(self.cpus),
            cpu_shares: n.cpu_shares.or(self.cpu_shares),
            cpuset_cpus: n.cpuset_cpus.or_else(|| self.cpuset_cpus.clone()),
            pids_limit: n.pids_limit.or(self.pids_limit),
            blkio_weight: n.blkio_weight.or(self.blkio_weight),
            cpu_period: n.cpu_period.or(self.cpu_period),
            cpu_quota: n.cpu_quota.or(self.cpu_quota),
            cpuset_mems: n.cpuset_mems.or_else(|| self.cpuset_mems.clone()),
            memory_swappiness: n.memory_swappiness.or(self.memory_swappiness),
            oom_kill_disable: n.oom_kill_disable.or(self.oom_kill_disable),
            blkio_weight_device: devs(&self.blkio_weight_device, &n.blkio_weight_device),
            device_read_bps: devs(&self.device_read_bps, &n.device_read_bps),
            device_write_bps: devs(&self.device_write_bps, &n.device_write_bps),
            device_read_iops: devs(&self.device_read_iops, &n.device_read_iops),
            device_write_iops: devs(&self.device_write_iops, &n.device_write_iops),
            cgroup_conf: self
                .cgroup_conf
                .iter()
                .chain(&n.cgroup_conf)
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }

    /// The flags that were given, for messages.
    pub fn given(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        for (set, name) in [
            (self.memory.is_some(), "--memory"),
            (self.memory_swap.is_some(), "--memory-swap"),
            (self.memory_reservation.is_some(), "--memory-reservation"),
            (self.cpus.is_some(), "--cpus"),
            (self.cpu_shares.is_some(), "--cpu-shares"),
            (self.cpuset_cpus.is_some(), "--cpuset-cpus"),
            (self.pids_limit.is_some(), "--pids-limit"),
            (self.blkio_weight.is_some(), "--blkio-weight"),
            (self.cpu_period.is_some(), "--cpu-period"),
            (self.cpu_quota.is_some(), "--cpu-quota"),
            (self.cpuset_mems.is_some(), "--cpuset-mems"),
            (self.memory_swappiness.is_some(), "--memory-swappiness"),
            (self.oom_kill_disable.is_some(), "--oom-kill-disable"),
            (
                !self.blkio_weight_device.is_empty(),
                "--blkio-weight-device",
            ),
            (!self.device_read_bps.is_empty(), "--device-read-bps"),
            (!self.device_write_bps.is_empty(), "--device-write-bps"),
            (!self.device_read_iops.is_empty(), "--device-read-iops"),
            (!self.device_write_iops.is_empty(), "--device-write-iops"),
            (!self.cgroup_conf.is_empty(), "--cgroup-conf"),
        ] {
            if set {
                v.push(name);
            }
        }
        v
    }
}

/// `512m`, `1g`, `100k`, `4096` (bytes), as podman takes sizes.
pub fn parse_size(flag: &'static str, s: &str) -> Result<u64, LimitError> {
    let bad = |why| LimitError {
        flag,
        value: s.to_string(),
        why,
    };
    let t = s.trim().to_ascii_lowercase();
    let t = t
        .strip_suffix('b')
        .filter(|r| !r.is_empty() && r.ends_with(|c: char| c.is_ascii_alphabetic()))
        .unwrap_or(&t);
    let (num, mult) = match t.chars().last() {
        Some('k') => (&t[..t.len() - 1], 1u64 << 10),
        Some('m') => (&t[..t.len() - 1], 1 << 20),
        Some('g') => (&t[..t.len() - 1], 1 << 30),
        Some('t') => (&t[..t.len() - 1], 1 << 40),
        Some(c) if c.is_ascii_digit() => (t, 1),
        _ => return Err(bad("want a number with an optional unit b, k, m, g")),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| bad("want a number with an optional unit b, k, m, g"))?;
    if !(n.is_finite() && n > 0.0) {
        return Err(bad("must be positive"));
    }
    Ok((n * mult as f64) as u64)
}

pub fn check_memory(bytes: u64) -> Result<u64, LimitError> {
    // podman (and the kernel's practical minimum) refuse less than 6 MiB.
    if bytes < 6 << 20 {
        return Err(LimitError {
            flag: "--memory",
            value: bytes.to_string(),
            why: "the minimum memory limit is 6 MiB",
        });
    }
    Ok(bytes)
}

pub fn parse_cpus(s: &str) -> Result<f64, LimitError> {
    let n: f64 = s.parse().map_err(|_| LimitError {
        flag: "--cpus",
        value: s.into(),
        why: "want a number of CPUs, like 1.5",
    })?;
    if !(n.is_finite() && n > 0.0) {
        return Err(LimitError {
            flag: "--cpus",
            value: s.into(),
            why: "must be positive",
        });
    }
    Ok(n)
}

pub fn parse_cpuset(s: &str) -> Result<String, LimitError> {
    let ok = !s.is_empty()
        && s.split(',').all(|part| {
            let mut it = part.splitn(2, '-');
            let a = it.next().and_then(|x| x.parse::<u32>().ok());
            match (a, it.next()) {
                (Some(_), None) => true,
                (Some(a), Some(b)) => b.parse::<u32>().is_ok_and(|b| b >= a),
                _ => false,
            }
        });
    if ok {
        Ok(s.to_string())
    } else {
        Err(LimitError {
            flag: "--cpuset-cpus",
            value: s.into(),
            why: "want a list like 0-1,3",
        })
    }
}

/// `PATH:VALUE` of the per-device flags; `rate` takes sizes (`1mb`), otherwise a number.
/// The device must be a block device here: its `MAJOR:MINOR` is what the cgroup takes.
pub fn parse_device_limit(
    flag: &'static str,
    v: &str,
    rate: bool,
) -> Result<DeviceLimit, LimitError> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let bad = |why| LimitError {
        flag,
        value: v.to_string(),
        why,
    };
    let (path, value) = v.rsplit_once(':').ok_or_else(|| bad("want DEVICE:VALUE"))?;
    if !path.starts_with("/dev/") {
        return Err(bad("the device must be a path under /dev"));
    }
    let value = if rate {
        parse_size(flag, value).map_err(|_| bad("want a positive size such as 1mb"))?
    } else {
        value
            .parse::<u64>()
            .map_err(|_| bad("want a positive integer"))?
    };
    let md = std::fs::metadata(path).map_err(|_| bad("no such device"))?;
    if !md.file_type().is_block_device() {
        return Err(bad("not a block device"));
    }
    let rdev = md.rdev();
    Ok(DeviceLimit {
        path: path.to_string(),
        dev: format!(
            "{}:{}",
            nix::sys::stat::major(rdev),
            nix::sys::stat::minor(rdev)
        ),
        value,
    })
}

/// `--cgroup-conf KEY=VALUE`: KEY a cgroup v2 interface file (`memory.high`).
pub fn parse_cgroup_conf(v: &str) -> Result<(String, String), LimitError> {
    let bad = |why| LimitError {
        flag: "--cgroup-conf",
        value: v.to_string(),
        why,
    };
    let (k, val) = v
        .split_once('=')
        .ok_or_else(|| bad("must be formatted KEY=VALUE"))?;
    let ok = k.split_once('.').is_some_and(|(c, f)| {
        !c.is_empty()
            && !f.is_empty()
            && k.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
    });
    if !ok || k.starts_with("cgroup.") {
        return Err(bad("KEY must be a controller's file, such as memory.high"));
    }
    Ok((k.to_string(), val.to_string()))
}

pub fn check_blkio(w: u16) -> Result<u16, LimitError> {
    if (10..=1000).contains(&w) || w == 0 {
        Ok(w)
    } else {
        Err(LimitError {
            flag: "--blkio-weight",
            value: w.to_string(),
            why: "must be between 10 and 1000",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_cpus_and_sets_parse_like_podman() {
        assert_eq!(parse_size("--memory", "512m"), Ok(512 << 20));
        assert_eq!(parse_size("--memory", "1g"), Ok(1 << 30));
        assert_eq!(parse_size("--memory", "1GB"), Ok(1 << 30));
        assert_eq!(parse_size("--memory", "4096"), Ok(4096));
        let e = parse_size("--memory", "12q").unwrap_err();
        assert_eq!(e.flag, "--memory");
        assert!(parse_size("--memory", "-1m").is_err());
        assert!(check_memory(1 << 20).is_err());
        assert_eq!(parse_cpus("1.5"), Ok(1.5));
        assert!(parse_cpus("0").is_err());
        assert!(parse_cpuset("0-1,3").is_ok());
        assert!(parse_cpuset("3-1").is_err());
        assert!(check_blkio(5).is_err());
    }
}
