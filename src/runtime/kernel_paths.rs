//! The kernel paths a container doesn't get: masked (`/proc/kcore`, …: a tmpfs or /dev/null
//! over them) and read-only (`/proc/sys`, …), podman's defaults, and what `--security-opt
//! mask=`/`unmask=` and `--privileged` make of them.

/// Masked by default (relative to the root).
pub const MASKED: &[&str] = &[
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/dev/block",
    "/sys/fs/selinux",
    "/sys/devices/virtual/powercap",
];

/// Read-only by default.
pub const READ_ONLY: &[&str] = &[
    "/proc/asound",
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

/// The paths one container gets masked and read-only.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KernelPaths {
    pub masked: Vec<String>,
    pub read_only: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid --security-opt {opt}={path:?}: {reason}")]
pub struct PathError {
    opt: &'static str,
    path: String,
    reason: &'static str,
}

/// `mask=` and `unmask=` values: `/a:/b`, each absolute and without `..`; `unmask` may be
/// `ALL` or end in `*` (every default under that directory).
fn split(opt: &'static str, values: &[String]) -> Result<Vec<String>, PathError> {
    let mut out = Vec::new();
    for v in values {
        for p in v.split(':').filter(|p| !p.is_empty()) {
            let err = |reason| PathError {
                opt,
                path: p.to_string(),
                reason,
            };
            if opt == "unmask" && p == "ALL" {
                out.push(p.to_string());
                continue;
            }
            if !p.starts_with('/') {
                return Err(err("paths must be absolute"));
            }
            if p.split('/').any(|c| c == "..") {
                return Err(err("paths must not contain .."));
            }
            if opt == "mask" && p.contains('*') {
                return Err(err("mask takes paths, not patterns"));
            }
            out.push(p.trim_end_matches('/').to_string());
        }
    }
    Ok(out)
}

/// Whether `unmask` entry `u` (a path, `DIR/*` or `ALL`) covers default path `p`.
fn unmasks(u: &str, p: &str) -> bool {
    match u.strip_suffix("/*") {
        _ if u == "ALL" => true,
        Some(dir) => p
            .strip_prefix(dir)
            .is_some_and(|rest| rest.starts_with('/')),
        None => u == p,
    }
}

/// podman's defaults, less what `unmask` names, plus what `mask` adds; nothing with
/// `--privileged` but what `mask` adds.
pub fn kernel_paths(
    privileged: bool,
    mask: &[String],
    unmask: &[String],
) -> Result<KernelPaths, PathError> {
    let mask = split("mask", mask)?;
    let unmask = split("unmask", unmask)?;
    let kept = |list: &[&str]| -> Vec<String> {
        list.iter()
            .filter(|p| !privileged && !unmask.iter().any(|u| unmasks(u, p)))
            .map(|p| p.to_string())
            .collect()
    };
    let mut masked = kept(MASKED);
    for m in mask {
        if !masked.contains(&m) {
            masked.push(m);
        }
    }
    Ok(KernelPaths {
        masked,
        read_only: kept(READ_ONLY),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn mask_and_unmask_change_podmans_defaults() {
        let d = kernel_paths(false, &[], &[]).unwrap();
        assert_eq!(d.masked.len(), MASKED.len());
        assert!(d.read_only.contains(&"/proc/sys".to_string()));
        let p = kernel_paths(false, &s(&["/srv/secret:/etc/x/"]), &s(&["/proc/kcore"])).unwrap();
        assert!(!p.masked.contains(&"/proc/kcore".to_string()));
        assert!(p.masked.ends_with(&s(&["/srv/secret", "/etc/x"])));
        let p = kernel_paths(false, &[], &s(&["/proc/*"])).unwrap();
        assert!(p.masked.iter().all(|m| m.starts_with("/sys/")));
        assert!(p.read_only.is_empty());
        let all = kernel_paths(false, &[], &s(&["ALL"])).unwrap();
        assert_eq!(all, KernelPaths::default());
        let priv_ = kernel_paths(true, &s(&["/x"]), &[]).unwrap();
        assert_eq!(priv_.masked, ["/x"]);
        assert!(priv_.read_only.is_empty());
        for bad in ["relative", "/a/../etc"] {
            let e = kernel_paths(false, &s(&[bad]), &[])
                .unwrap_err()
                .to_string();
            assert!(e.contains("mask=") && e.contains(bad), "{e}");
        }
        assert!(kernel_paths(false, &s(&["/proc/*"]), &[]).is_err());
    }
}
