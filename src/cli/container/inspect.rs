//! `inspect` of a container: podman's document.

use anyhow::Result;

use crate::engine::Engine;
use crate::store::containers::ContainerRecord;

/// last start, 0 (unlimited) for any not in force (see podman #21575).
/// podman's `HostConfig.NetworkMode`: bridge for user-defined networks, the helper's name,
/// host, none, container:ID, ns:PATH.
fn network_mode(l: &crate::engine::run::LaunchConfig) -> String {
    use crate::runtime::spec::NetworkMode as M;
    match l.network {
        M::Bridge => "bridge".into(),
        M::Pasta => "pasta".into(),
        M::Slirp4netns => "slirp4netns".into(),
        M::Host => "host".into(),
        M::None => "none".into(),
        M::Container => format!(
            "container:{}",
            l.network_container.clone().unwrap_or_default()
        ),
        M::Ns => format!("ns:{}", l.netns_path.clone().unwrap_or_default()),
    }
}

/// podman's `HostConfig.RestartPolicy`: the name (empty for none) and, for on-failure, the
/// retries.
fn restart_policy(given: &str) -> serde_json::Value {
    use crate::engine::monitor::RestartPolicy as P;
    let (name, max) = match P::parse(given) {
        Ok(P::No) | Err(_) => ("", 0),
        Ok(P::Always) => ("always", 0),
        Ok(P::UnlessStopped) => ("unless-stopped", 0),
        Ok(P::OnFailure(n)) => ("on-failure", n.unwrap_or(0)),
    };
    serde_json::json!({"Name": name, "MaximumRetryCount": max})
}

fn host_config(store: &crate::store::Store, c: &ContainerRecord) -> serde_json::Value {
    let cfg = crate::engine::run::LaunchConfig::of(c).ok();
    let l: crate::runtime::limits::Limits = c
        .applied_limits
        .as_ref()
        .and_then(|raw| serde_json::from_str(raw.text()).ok())
        .unwrap_or_default();
    serde_json::json!({
        "Memory": l.memory.unwrap_or(0),
        "MemorySwap": l.memory_swap.unwrap_or(0),
        "MemoryReservation": l.memory_reservation.unwrap_or(0),
        "NanoCpus": l.cpus.map_or(0, |c| (c * 1e9).round() as u64),
        "CpuShares": l.cpu_shares.unwrap_or(0),
        "CpusetCpus": l.cpuset_cpus.unwrap_or_default(),
        "PidsLimit": l.pids_limit.unwrap_or(0),
        "BlkioWeight": l.blkio_weight.unwrap_or(0),
        "CpuPeriod": l.cpu_period.unwrap_or(0),
        "CpuQuota": l.cpu_quota.unwrap_or(0),
        "CpusetMems": l.cpuset_mems.clone().unwrap_or_default(),
        "MemorySwappiness": -1,
        "OomKillDisable": false,
        "BlkioWeightDevice": l.blkio_weight_device.iter().map(|d| serde_json::json!({"Path": d.path, "Weight": d.value})).collect::<Vec<_>>(),
        "BlkioDeviceReadBps": throttles(&l.device_read_bps),
        "BlkioDeviceWriteBps": throttles(&l.device_write_bps),
        "BlkioDeviceReadIOps": throttles(&l.device_read_iops),
        "BlkioDeviceWriteIOps": throttles(&l.device_write_iops),
        "Cgroups": cfg.as_ref().map_or("enabled", |c| c.cgroups.mode.as_str()),
        "CgroupParent": cfg.as_ref().and_then(|c| c.cgroups.parent.clone()).unwrap_or_default(),
        "CgroupManager": cfg.as_ref().and_then(|c| c.cgroups.manager.clone()).unwrap_or_else(|| crate::process::cgroup::manager().into()),
        "CgroupPath": c.cgroup.as_deref().map(|p| p.trim_start_matches("/sys/fs/cgroup")).unwrap_or(""),
        "LogConfig": {
            "Type": cfg.as_ref().and_then(|c| c.log_driver.clone()).unwrap_or_else(|| "k8s-file".into()),
            "Path": cfg.as_ref().map(|l| l.log_path(store, &c.id)).unwrap_or_default(),
            "Tag": cfg.as_ref().and_then(|l| l.settings.log_tag.clone()).unwrap_or_default(),
            "Size": "0B",
        },
        "NetworkMode": cfg.as_ref().map_or(String::new(), network_mode),
        "RestartPolicy": restart_policy(cfg.as_ref().map_or("", |l| l.restart.as_str())),
        "IpcMode": cfg.as_ref().map_or("shareable".into(), |c| c.settings.namespaces.ipc.describe(if c.settings.ipc_unshareable { "private" } else { "shareable" })),
        "PidMode": cfg.as_ref().map_or("private".into(), |c| c.settings.namespaces.pid.describe("private")),
        "UTSMode": cfg.as_ref().map_or("private".into(), |c| c.settings.namespaces.uts.describe("private")),
        "CgroupnsMode": cfg.as_ref().map_or("private".into(), |c| c.settings.namespaces.cgroup.describe("private")),
        "ShmSize": cfg.as_ref().map_or(crate::process::rootfs::DEFAULT_SHM, |c| c.settings.shm_size.unwrap_or(crate::process::rootfs::DEFAULT_SHM)),
        "Ulimits": cfg.as_ref().map(|c| c.settings.attrs.ulimits.iter().map(|u| serde_json::json!({
            "Name": format!("RLIMIT_{}", u.name.to_uppercase()),
            "Soft": u.soft,
            "Hard": u.hard,
        })).collect::<Vec<_>>()).unwrap_or_default(),
        "OomScoreAdj": cfg.as_ref().and_then(|c| c.settings.attrs.oom_score_adj).unwrap_or(0),
        "Sysctls": cfg.as_ref().map(|c| c.settings.attrs.sysctls.clone()).unwrap_or_default(),
        "Devices": cfg.as_ref().map(|c| c.settings.devices.iter().map(|d| serde_json::json!({
            "PathOnHost": d.host,
            "PathInContainer": d.container,
            "CgroupPermissions": if d.read_only { "r" } else { "rw" },
        })).collect::<Vec<_>>()).unwrap_or_default(),
    })
}

fn throttles(list: &[crate::runtime::limits::DeviceLimit]) -> Vec<serde_json::Value> {
    list.iter()
        .map(|d| serde_json::json!({"Path": d.path, "Rate": d.value}))
        .collect()
}

/// podman's `Config`: the container's process and metadata, not gorae's record.
fn config_json(
    c: &ContainerRecord,
    l: Option<&crate::engine::run::LaunchConfig>,
) -> serde_json::Value {
    let Some(l) = l else {
        return serde_json::json!({});
    };
    let split = l.spec.entrypoint_len.min(l.spec.argv.len());
    let (entry, cmd) = l.spec.argv.split_at(split);
    let volumes: serde_json::Map<String, serde_json::Value> = l
        .mounts
        .iter()
        .filter(|m| m.kind == crate::runtime::mounts::MountKind::Volume && m.anonymous)
        .map(|m| (m.destination.clone(), serde_json::json!({})))
        .collect();
    let stop_signal = crate::runtime::signals::parse(&l.stop_signal)
        .map(|s| s.0)
        .unwrap_or(15);
    let mut v = serde_json::json!({
        "Hostname": l.hostname,
        "Domainname": "",
        "User": l.spec.user,
        "AttachStdin": l.interactive,
        "AttachStdout": false,
        "AttachStderr": false,
        "Tty": l.tty,
        "OpenStdin": l.interactive,
        "StdinOnce": false,
        "Env": l.spec.env,
        "Cmd": cmd,
        "Image": c.image_name,
        "Volumes": volumes,
        "WorkingDir": l.spec.workdir,
        "Entrypoint": entry.join(" "),
        "OnBuild": null,
        "Labels": l.labels,
        "Annotations": l.settings.annotations,
        "StopSignal": stop_signal,
        "CreateCommand": l.create_command,
        "Umask": format!("{:04o}", l.settings.attrs.umask.unwrap_or(0o022)),
        "Timeout": l.settings.timeout.unwrap_or(0),
        "StopTimeout": l.stop_timeout,
        "SystemdMode": l.settings.systemd,
        "sdNotifyMode": serde_json::to_value(l.sdnotify).unwrap_or_default(),
    });
    if let Some(h) = &l.health {
        v["Healthcheck"] = serde_json::to_value(h).unwrap_or_default();
    }
    if let Some(tz) = &l.settings.tz {
        v["Timezone"] = tz.clone().into();
    }
    v
}

/// An unset time as Go prints its zero `time.Time`.
fn time_or_zero(t: &Option<String>) -> String {
    t.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into())
}

/// `inspect` of a container, shaped like podman's.
pub fn container_json(engine: &Engine, query: &str) -> Result<serde_json::Value> {
    let c = engine.refresh(engine.find_container(query)?);
    let running = crate::engine::lifecycle::is_running(&c);
    let launch = crate::engine::run::LaunchConfig::of(&c).ok();
    let dir = engine.store.container_dir(&c.id);
    let userdata = dir.join("userdata");
    let image = engine.store.image(&c.image_id).ok();
    let caps: Vec<String> = launch
        .as_ref()
        .map(|l| {
            l.security
                .effective_caps()
                .into_iter()
                .map(|c| format!("CAP_{c}"))
                .collect()
        })
        .unwrap_or_default();
    let paused = c.state.as_str() == "paused";
    let network = serde_json::json!({
        "SandboxKey": if running { c.pid.map(|p| format!("/proc/{p}/ns/net")).unwrap_or_default() } else { String::new() },
        "IPAddress": "",
        "Ports": crate::engine::run::LaunchConfig::of(&c).map(|l| {
            let mut m = serde_json::Map::new();
            for p in &l.ports {
                for i in 0..p.count {
                    m.insert(format!("{}/{}", p.container_port + i, p.protocol), serde_json::json!([{
                        "HostIp": p.host_ip.clone().unwrap_or_default(),
                        "HostPort": (p.host_port + i).to_string(),
                    }]));
                }
            }
            serde_json::Value::Object(m)
        }).unwrap_or_default(),
        "Mode": crate::engine::run::LaunchConfig::of(&c).map(|l| serde_json::to_value(l.network).unwrap_or_default()).unwrap_or_default(),
        "Networks": crate::engine::run::LaunchConfig::of(&c).map(|l| {
            let nets = engine.networks();
            l.networks().map(|n| {
                let ip = nets.members(n).into_iter().find(|(_, id)| *id == c.id).map(|(ip, _)| ip.to_string());
                (n.clone(), serde_json::json!({
                    "NetworkID": n,
                    "Aliases": l.network_aliases,
                    "IPAddress": if running { ip.unwrap_or_default() } else { String::new() },
                }))
            }).collect::<serde_json::Map<_, _>>()
        }).unwrap_or_default(),
    });
    let mounts = crate::engine::run::LaunchConfig::of(&c).map(|cfg| cfg.mounts.iter().map(|m| serde_json::json!({
            "Type": m.kind,
            "Name": if m.kind == crate::runtime::mounts::MountKind::Volume { m.source.clone() } else { String::new() },
            "Source": match m.kind {
                crate::runtime::mounts::MountKind::Volume => engine.store.volume_data(&m.source).display().to_string(),
                _ => m.source.clone(),
            },
            "Destination": m.destination,
            "RW": !m.readonly,
            "Options": m.options,
        })).collect::<Vec<_>>()).unwrap_or_default();
    Ok(serde_json::json!({
        "Id": c.id,
        "Created": c.created,
        "Path": c.command.first(),
        "Args": c.command.get(1..).unwrap_or(&[]),
        "State": {
            "OciVersion": "1.0.2-dev",
            "Status": c.state.as_str(),
            "Running": running,
            "Paused": paused,
            "Restarting": false,
            "OOMKilled": false,
            "Dead": false,
            "Pid": c.pid.unwrap_or(0),
            "ConmonPid": if running { c.monitor_pid.unwrap_or(0) } else { 0 },
            "ExitCode": c.exit_code.unwrap_or(0),
            "StartedAt": time_or_zero(&c.started_at),
            "FinishedAt": time_or_zero(&c.finished_at),
            "Error": engine.store.monitor_error(&c.id).unwrap_or_default(),
            "Health": c.health.clone().unwrap_or(serde_json::Value::Null),
            "CgroupPath": c.cgroup.as_deref().map(|p| p.trim_start_matches("/sys/fs/cgroup")).unwrap_or(""),
        },
        "Image": c.image_id,
        "ImageDigest": image.as_ref().map(|i| i.digest.clone()).unwrap_or_default(),
        "ImageName": c.image_name,
        "Rootfs": launch.as_ref().and_then(|l| l.settings.rootfs.as_ref().map(|r| r.path.clone())).unwrap_or_default(),
        "Pod": launch.as_ref().and_then(|l| l.pod.clone()).unwrap_or_default(),
        "ResolvConfPath": userdata.join("resolv.conf"),
        "HostnamePath": userdata.join("hostname"),
        "HostsPath": userdata.join("hosts"),
        "StaticDir": dir,
        "OCIRuntime": "gorae",
        "ConmonPidFile": launch.as_ref().and_then(|l| l.files.conmon_pidfile.clone()).unwrap_or_else(|| userdata.join("monitor.pid").display().to_string()),
        "PidFile": launch.as_ref().and_then(|l| l.files.pidfile.clone()).unwrap_or_default(),
        "Name": c.name,
        "Driver": "overlay",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "",
        "EffectiveCaps": caps,
        "BoundingCaps": caps,
        "ExecIDs": [],
        "Dependencies": launch.as_ref().map(|l| l.settings.requires.clone()).unwrap_or_default(),
        "Namespace": "",
        "IsInfra": launch.as_ref().is_some_and(|l| l.infra),
        "IsService": false,
        "Config": config_json(&c, launch.as_ref()),
        "HostConfig": host_config(&engine.store, &c),
        "GraphDriver": {"Name": "overlay", "Data": {
            "UpperDir": engine.store.container_dir(&c.id).join("upper"),
            "WorkDir": engine.store.container_dir(&c.id).join("work"),
        }},
        "AutoRemove": c.auto_remove,
        "RestartCount": c.restart_count,
        "NetworkSettings": network,
        "Labels": crate::engine::run::LaunchConfig::of(&c).map(|l| l.labels).unwrap_or_default(),
        "Mounts": mounts,
    }))
}
