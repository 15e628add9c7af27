//! The flags of `run`/`create` that become the record's `Settings` as they are: namespaces,
//! process attributes, devices, /dev/shm, /etc/hosts, annotations, exposed ports.

use anyhow::{Result, bail};

use super::RunArgs;
use crate::engine::run::Settings;
use crate::runtime::namespaces::{Namespaces, NsMode};
use crate::runtime::proc_attrs::{self as attrs, ProcAttrs};
use crate::runtime::spec::NetworkMode;

/// Parses and checks them; `network` is the container's network mode (for `--sysctl net.*`).
pub(super) fn settings(
    a: &RunArgs,
    network: NetworkMode,
    conf: &crate::engine::config::ContainersConf,
) -> Result<Settings> {
    // podman drops the rule without a word where it can't be in force; a rule that is asked
    // for and not kept is an error here.
    if let Some(rule) = a.device_cgroup_rule.first() {
        bail!(
            "--device-cgroup-rule {rule:?}: device cgroup rules are not supported in rootless mode or in a user namespace"
        );
    }
    let ns = |flag: &'static str, v: &Option<String>| -> Result<NsMode> {
        Ok(v.as_deref()
            .map(|v| NsMode::parse(flag, v))
            .transpose()?
            .unwrap_or_default())
    };
    let namespaces = Namespaces {
        ipc: ns("--ipc", &a.ipc)?,
        pid: ns("--pid", &a.pid)?,
        uts: ns("--uts", &a.uts)?,
        cgroup: ns("--cgroupns", &a.cgroupns)?,
    };
    if a.shm_size.is_some() && matches!(namespaces.ipc, NsMode::Host | NsMode::None) {
        bail!(
            "cannot set shmsize when running in the {} IPC Namespace",
            namespaces.ipc.describe("")
        );
    }
    let proc_attrs = proc_attrs(a, &namespaces, network, conf)?;
    let shm_size = a
        .shm_size
        .as_deref()
        .or(conf
            .shm_size
            .as_deref()
            .filter(|_| namespaces.ipc == NsMode::Private))
        .map(|s| crate::runtime::limits::parse_size("--shm-size", s))
        .transpose()?;
    if shm_size == Some(0) {
        bail!("invalid --shm-size 0: the size must be above 0");
    }
    if a.no_hosts && !a.add_host.is_empty() {
        bail!("--no-hosts and --add-host cannot be set together");
    }
    Ok(Settings {
        namespaces,
        attrs: proc_attrs,
        shm_size,
        devices: a
            .device
            .iter()
            .map(|d| crate::runtime::mounts::parse_device(d))
            .collect::<Result<_, _>>()?,
        log_path: log_opt(&a.log_opt, "path")?
            .map(|p| {
                std::path::absolute(&p)
                    .map(|p| p.to_string_lossy().into_owned())
                    .map_err(|e| anyhow::anyhow!("--log-opt path={p}: {e}"))
            })
            .transpose()?,
        log_tag: log_opt(&a.log_opt, "tag")?,
        init_path: match (&a.init_path, a.init) {
            (Some(p), true) => Some(
                std::path::absolute(p)
                    .map_err(|e| anyhow::anyhow!("--init-path {p}: {e}"))?
                    .to_string_lossy()
                    .into_owned(),
            ),
            (Some(_), false) => bail!("--init-path needs --init"),
            (None, _) => None,
        },
        image_volume: match a.image_volume.as_deref() {
            Some("tmpfs") => crate::engine::run::ImageVolume::Tmpfs,
            Some("ignore") => crate::engine::run::ImageVolume::Ignore,
            _ => crate::engine::run::ImageVolume::Anonymous,
        },
        chrootdirs: a
            .chrootdirs
            .iter()
            .map(|d| {
                if d.starts_with('/') && !d.split('/').any(|p| p == "..") {
                    Ok(d.trim_end_matches('/').to_string())
                } else {
                    Err(anyhow::anyhow!(
                        "invalid --chrootdirs {d:?}: want an absolute path"
                    ))
                }
            })
            .collect::<Result<_>>()?,
        no_passwd: !a.passwd,
        passwd_entry: a.passwd_entry.clone(),
        hostusers: a.hostuser.clone(),
        // Filled in from --ip and --network NAME:OPTS by the caller.
        static_ips: Default::default(),
        network_macs: Default::default(),
        ifnames: Default::default(),
        secrets: a
            .secret
            .iter()
            .map(|s| crate::engine::secrets::SecretUse::parse(s))
            .collect::<Result<_, _>>()?,
        timeout: a.timeout.filter(|t| *t > 0),
        health_on_failure: a.health_on_failure.clone().filter(|h| h != "none"),
        requires: a.requires.clone(),
        attach: attach(&a.attach)?,
        ipc_unshareable: a.ipc.as_deref() == Some("private"),
        rootfs: a
            .rootfs
            .then(|| crate::engine::run::RootfsDir::parse(&a.image))
            .transpose()?,
        volumes_from: a.volumes_from.clone(),
        no_hosts: a.no_hosts,
        no_read_only_tmpfs: !a.read_only_tmpfs,
        systemd_flag: match a.systemd.as_str() {
            "true" => None,
            "false" | "always" => Some(a.systemd.clone()),
            other => bail!("invalid value {other:?} for --systemd: want true, false or always"),
        },
        systemd: false,
        tz: a
            .tz
            .as_deref()
            .or(conf.tz.as_deref())
            .filter(|t| !t.is_empty())
            .map(attrs::check_tz)
            .transpose()?,
        annotations: annotations(&a.annotation)?,
        expose: a
            .expose
            .iter()
            .map(|e| expose(e))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect(),
    })
}

/// `--ulimit`, `--umask`, `--oom-score-adj`, `--personality`, `--sysctl`, `--preserve-fds`.
fn proc_attrs(
    a: &RunArgs,
    namespaces: &Namespaces,
    network: NetworkMode,
    conf: &crate::engine::config::ContainersConf,
) -> Result<ProcAttrs> {
    let umask = match a.umask.as_deref().or(conf.umask.as_deref()) {
        Some(m) => attrs::parse_umask(m)?,
        None => attrs::DEFAULT_UMASK,
    };
    let host_net = network == NetworkMode::Host;
    Ok(ProcAttrs {
        ulimits: attrs::parse_ulimits(if a.ulimit.is_empty() {
            &conf.default_ulimits
        } else {
            &a.ulimit
        })?,
        umask: Some(umask),
        oom_score_adj: a
            .oom_score_adj
            .map(attrs::check_oom_score_adj)
            .transpose()?,
        personality: a
            .personality
            .as_deref()
            .map(attrs::parse_personality)
            .transpose()?,
        sysctls: attrs::parse_sysctls(&a.sysctl, namespaces, host_net)?,
        preserve_fds: a
            .preserve_fds
            .map(attrs::check_preserve_fds)
            .transpose()?
            .unwrap_or(0),
    })
}

/// `--attach`: the streams, as podman names them.
fn attach(given: &[String]) -> Result<Vec<String>> {
    given
        .iter()
        .map(|s| match s.to_lowercase().as_str() {
            v @ ("stdin" | "stdout" | "stderr") => Ok(v.to_string()),
            _ => bail!(
                "invalid stream {s:?} for --attach - must be one of stdin, stdout, or stderr: invalid argument"
            ),
        })
        .collect()
}

/// The value of one `--log-opt KEY=VALUE` key (the last given); unknown keys and
/// `max-size` (gorae doesn't rotate logs yet) are refused rather than dropped.
fn log_opt(opts: &[String], key: &str) -> Result<Option<String>> {
    let mut found = None;
    for o in opts {
        let (k, v) = o
            .split_once('=')
            .ok_or_else(|| anyhow::anyhow!("invalid log option {o:?}"))?;
        match k.to_ascii_lowercase().as_str() {
            "max-size" => bail!(
                "--log-opt max-size: gorae does not rotate the k8s-file log yet (a limit it does not keep is refused)"
            ),
            "path" | "tag" => {}
            _ => bail!("invalid log option {o:?}: gorae's k8s-file log takes path= and tag="),
        }
        if k.eq_ignore_ascii_case(key) {
            if v.is_empty() {
                bail!("log {key} must be set");
            }
            found = Some(v.to_string());
        }
    }
    Ok(found)
}

fn annotations(v: &[String]) -> Result<std::collections::BTreeMap<String, String>> {
    let mut out = std::collections::BTreeMap::new();
    for a in v {
        match a.split_once('=') {
            Some((k, val)) if !k.is_empty() => {
                out.insert(k.to_string(), val.to_string());
            }
            _ => bail!("invalid --annotation {a:?}: want KEY=VALUE"),
        }
    }
    Ok(out)
}

/// `--expose PORT[-PORT][/PROTOCOL]` as `PORT/PROTOCOL` entries, one per port.
fn expose(v: &str) -> Result<Vec<String>> {
    let bad = || anyhow::anyhow!("invalid --expose {v:?}: want PORT[-PORT][/tcp|udp|sctp]");
    let (ports, proto) = v.split_once('/').unwrap_or((v, "tcp"));
    if !matches!(proto, "tcp" | "udp" | "sctp") {
        return Err(bad());
    }
    let port = |p: &str| p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(bad);
    let (lo, hi) = match ports.split_once('-') {
        Some((a, b)) => (port(a)?, port(b)?),
        None => (port(ports)?, port(ports)?),
    };
    if lo > hi {
        return Err(bad());
    }
    Ok((lo..=hi).map(|p| format!("{p}/{proto}")).collect())
}

/// `--label-file`: `KEY=VALUE` lines, `#` comments (a line without `=` sets nothing, as in
/// podman).
pub(crate) fn label_files(files: &[std::path::PathBuf]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f)
            .map_err(|e| anyhow::anyhow!("reading --label-file {}: {e}", f.display()))?;
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || !line.contains('=') {
                continue;
            }
            if line.starts_with('=') {
                bail!("--label-file {}: invalid label {line:?}", f.display());
            }
            out.push(line.to_string());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn expose_takes_ranges_and_protocols() {
        assert_eq!(super::expose("80").unwrap(), vec!["80/tcp"]);
        assert_eq!(
            super::expose("53-54/udp").unwrap(),
            vec!["53/udp", "54/udp"]
        );
        assert!(super::expose("0").is_err());
        assert!(super::expose("80/icmp").is_err());
        assert!(super::expose("90-80").is_err());
    }
}
