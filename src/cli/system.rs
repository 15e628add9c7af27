//! `info` and `system df|prune|reset`.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::format;
use crate::engine::Engine;
use crate::engine::lifecycle;
use crate::process::userns::Mapping;

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// JSON or a Go template (fields as podman's: .Host.OCIRuntime.Name, .Store.GraphDriverName)
    #[arg(short, long)]
    pub format: Option<String>,
}

#[derive(Debug, Args)]
pub struct DfArgs {
    /// json or a Go template (.Type, .Total, .Active, .Size, .Reclaimable)
    #[arg(long)]
    pub format: Option<String>,
    /// Each image, container and volume with its size
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum SystemCmd {
    /// Show system information
    Info(InfoArgs),
    /// Show disk usage by images, containers and volumes
    Df(DfArgs),
    /// Remove stopped containers, dangling (or, with -a, unused) images, and with --volumes unused volumes
    Prune(PruneArgs),
    /// Remove every container, image and volume, and gorae's runtime state
    Reset(ResetArgs),
    /// Show events
    Events(super::events::EventsArgs),
    /// Bring the store up to date: rewrite container records in the current format, correct
    /// the state of containers whose monitor is gone, remove leftovers of interrupted writes
    Migrate {
        /// Accepted when the runtime exists: gorae runs every container itself, so all of them
        /// already use the one runtime there is
        #[arg(long, value_name = "RUNTIME")]
        new_runtime: Option<String>,
    },
    /// Renumber locks: gorae has no lock numbers (its locks are files), so there is nothing to do
    Renumber,
    /// Manage the destinations of remote clients
    #[command(subcommand)]
    Connection(super::connection::ConnectionCmd),
    /// Check the store: records, layers and blobs against their digests, leftovers; exit 1
    /// if anything is wrong
    Check {
        /// Do not hash blobs
        #[arg(long)]
        quick: bool,
        /// Remove what is broken (images and containers that lost parts, leftovers)
        #[arg(short, long)]
        repair: bool,
    },
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Remove all unused images, not only dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// Remove unused volumes too
    #[arg(long)]
    pub volumes: bool,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// label=KEY[=VALUE], label!=…, until=TIME: only the containers, images and volumes that
    /// match (repeat)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

fn cgroups_version() -> &'static str {
    match nix::sys::statfs::statfs("/sys/fs/cgroup") {
        Ok(s) if s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC => "v2",
        _ => "v1",
    }
}

/// Field names as podman's Go structs, so templates written for podman work.
fn info_value(engine: &Engine) -> Result<serde_json::Value> {
    let containers: Vec<_> = engine
        .store
        .list_containers()?
        .into_iter()
        .map(|c| engine.refresh(c))
        .collect();
    let running = containers
        .iter()
        .filter(|c| lifecycle::is_running(c))
        .count();
    let paused = containers
        .iter()
        .filter(|c| c.state == crate::store::containers::ContainerState::Paused)
        .count();
    let map = |kind: &str| -> serde_json::Value {
        let m = std::fs::read_to_string(format!("/proc/self/{kind}_map")).unwrap_or_default();
        match &engine.mapping {
            Mapping::Full {
                uid,
                gid,
                uids,
                gids,
            } => {
                let (own, ranges) = if kind == "uid" {
                    (*uid, uids)
                } else {
                    (*gid, gids)
                };
                let mut v = vec![serde_json::json!({"ContainerID": 0, "HostID": own, "Size": 1})];
                let mut inside = 1u64;
                for r in ranges {
                    v.push(serde_json::json!({"ContainerID": inside, "HostID": r.start, "Size": r.count}));
                    inside += u64::from(r.count);
                }
                serde_json::Value::Array(v)
            }
            Mapping::Single { uid, gid, .. } => {
                serde_json::json!([{"ContainerID": 0, "HostID": if kind == "uid" { *uid } else { *gid }, "Size": 1}])
            }
            Mapping::HostRoot => serde_json::json!(m),
        }
    };
    let uname = nix::sys::utsname::uname()?;
    let mem_total = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        })
        .unwrap_or(0)
        * 1024;
    Ok(serde_json::json!({
        "Host": {
            "Arch": crate::image::manifest::Platform::host().architecture,
            "OS": "linux",
            "Hostname": uname.nodename().to_string_lossy(),
            "Kernel": uname.release().to_string_lossy(),
            "CgroupsVersion": cgroups_version(),
            "CgroupManager": crate::process::cgroup::manager(),
            // What containers started from here can be limited by; empty (with the reason)
            // where no cgroup v2 subtree is delegated to this user.
            "CgroupControllers": crate::process::cgroup::available_controllers(),
            "CgroupDelegated": crate::process::cgroup::delegated_root(),
            "CgroupUnavailable": crate::process::cgroup::unavailable_reason(),
            "OCIRuntime": {"Name": "gorae", "Version": env!("CARGO_PKG_VERSION"), "Path": std::env::current_exe().ok()},
            "Conmon": {"Path": "gorae __monitor", "Version": env!("CARGO_PKG_VERSION")},
            // The helper a container gets by default: containers.conf's choice, else pasta
            // when installed, else slirp4netns.
            "NetworkBackend": crate::engine::config::ContainersConf::load()
                .ok()
                .and_then(|c| c.default_network_cmd)
                .unwrap_or_else(|| match crate::net::default_mode() {
                    crate::runtime::spec::NetworkMode::Slirp4netns => "slirp4netns".into(),
                    _ => "pasta".into(),
                }),
            "Pasta": {"Executable": crate::net::pasta::find()},
            "Slirp4NetNS": {"Executable": crate::net::find_helper("slirp4netns")},
            "MemTotal": mem_total,
            "CPUs": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            "Security": {
                "Rootless": !matches!(engine.mapping, Mapping::HostRoot),
                "SeccompEnabled": true,
                "SeccompProfilePath": "built in (src/runtime/seccomp.json)",
                "Capabilities": "CAP_CHOWN,CAP_DAC_OVERRIDE,CAP_FOWNER,CAP_FSETID,CAP_KILL,CAP_NET_BIND_SERVICE,CAP_SETFCAP,CAP_SETGID,CAP_SETPCAP,CAP_SETUID,CAP_SYS_CHROOT",
            },
            "IDMappings": {"UIDMap": map("uid"), "GIDMap": map("gid")},
            "RemoteSocket": {"Exists": false},
            // The log driver a container gets by default, and where events go (a file in
            // the store).
            "LogDriver": crate::engine::config::ContainersConf::load()
                .ok()
                .and_then(|c| c.log_driver)
                .unwrap_or_else(|| "k8s-file".into()),
            "EventLogger": "file",
        },
        "Store": {
            "GraphDriverName": "overlay",
            "GraphRoot": engine.store.root(),
            "RunRoot": engine.paths.runtime,
            "VolumePath": engine.store.volumes_dir(),
            "ImageStore": {"Number": engine.store.list_images()?.len()},
            "ContainerStore": {"Number": containers.len(), "Running": running - paused.min(running), "Paused": paused, "Stopped": containers.len() - running},
        },
        "Registries": {"Search": engine.registries.search_registries()},
        "Version": {"Version": env!("CARGO_PKG_VERSION"), "APIVersion": env!("CARGO_PKG_VERSION"), "OsArch": format!("linux/{}", crate::image::manifest::Platform::host().architecture)},
    }))
}

/// podman's JSON uses lower camel case (`host.ociRuntime.name`) where its templates use the
/// Go field names (`.Host.OCIRuntime.Name`).
fn camel_keys(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(o) => serde_json::Value::Object(
            o.iter()
                .map(|(k, v)| {
                    let upper = k.chars().take_while(|c| c.is_ascii_uppercase()).count();
                    // "OCIRuntime" → "ociRuntime", "OS" → "os", "CPUs" → "cpus".
                    let cut = if upper > 1 && upper < k.len() && &k[upper..] != "s" {
                        upper - 1
                    } else if upper > 1 {
                        k.len()
                    } else {
                        1
                    };
                    (
                        format!("{}{}", k[..cut].to_lowercase(), &k[cut..]),
                        camel_keys(v),
                    )
                })
                .collect(),
        ),
        serde_json::Value::Array(a) => serde_json::Value::Array(a.iter().map(camel_keys).collect()),
        other => other.clone(),
    }
}

pub fn info(a: InfoArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let v = info_value(&engine)?;
    match a.format.as_deref() {
        Some("json") => format::print_stdout(&format!(
            "{}\n",
            serde_json::to_string_pretty(&camel_keys(&v))?
        )),
        Some(t) => {
            format::print_stdout(&format!("{}\n", format::render(&format::template(t)?, &v)?))
        }
        None => {
            // podman prints YAML; this is the same data, indented by level.
            fn out(v: &serde_json::Value, indent: usize, s: &mut String) {
                if let serde_json::Value::Object(o) = camel_keys(v) {
                    for (k, v) in o {
                        match &v {
                            serde_json::Value::Object(_) => {
                                s.push_str(&format!("{}{k}:\n", "  ".repeat(indent)));
                                out(&v, indent + 1, s);
                            }
                            other => {
                                s.push_str(&format!("{}{k}: {}\n", "  ".repeat(indent), other))
                            }
                        }
                    }
                }
            }
            let mut s = String::new();
            out(&v, 0, &mut s);
            format::print_stdout(&s);
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn system(c: SystemCmd) -> Result<ExitCode> {
    match c {
        SystemCmd::Info(a) => info(a),
        SystemCmd::Df(a) => df(a),
        SystemCmd::Prune(a) => prune(a),
        SystemCmd::Reset(a) => reset(a),
        SystemCmd::Events(a) => super::events::events(a),
        SystemCmd::Check { quick, repair } => {
            let engine = Engine::open()?;
            let problems = crate::engine::check::check(&engine, quick)?;
            if problems.is_empty() {
                format::print_stdout("No problems found\n");
                return Ok(ExitCode::SUCCESS);
            }
            let lines: String = problems
                .iter()
                .map(|p| format!("{} {}: {}\n", p.kind, p.what, p.why))
                .collect();
            format::print_stdout(&lines);
            if !repair {
                eprintln!(
                    "Error: {} problems in the store: `gorae system check --repair` removes what is broken",
                    problems.len()
                );
                return Ok(ExitCode::from(1));
            }
            for r in crate::engine::check::repair(&engine, &problems)? {
                format::print_stdout(&format!("Removed {r}\n"));
            }
            let left = crate::engine::check::check(&engine, quick)?;
            if left.is_empty() {
                format::print_stdout("No problems left\n");
                Ok(ExitCode::SUCCESS)
            } else {
                Ok(ExitCode::from(1))
            }
        }
        SystemCmd::Connection(c) => super::connection::connection_cmd(c),
        SystemCmd::Renumber => {
            eprintln!(
                "system renumber: nothing to do: gorae's locks are per-object files, with no numbers to renumber"
            );
            Ok(ExitCode::SUCCESS)
        }
        SystemCmd::Migrate { new_runtime } => {
            if let Some(r) = &new_runtime {
                super::global::check_runtime(r)?;
                crate::log::warn(format_args!(
                    "--new-runtime {r}: gorae runs every container itself, so none changes runtime"
                ));
            }
            let engine = Engine::open()?;
            for c in engine.store.list_containers()? {
                // refresh() records the exit of a container whose monitor died.
                let c = engine.refresh(c);
                engine.store.update_container(&c.id, |c| {
                    if let Ok(l) = crate::engine::run::LaunchConfig::of(c)
                        && let Ok(v) = crate::store::containers::RawConfig::of(&l)
                    {
                        c.config = v;
                    }
                })?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn df(a: DfArgs) -> Result<ExitCode> {
    if a.verbose && a.format.is_some() {
        anyhow::bail!("cannot combine --format and --verbose flags");
    }
    let engine = Engine::open()?;
    let images = engine.store.list_images()?;
    let containers: Vec<_> = engine
        .store
        .list_containers()?
        .into_iter()
        .map(|c| engine.refresh(c))
        .collect();
    let volumes = engine.store.list_volumes()?;
    let used: std::collections::HashSet<&str> =
        containers.iter().map(|c| c.image_id.as_str()).collect();
    let ctr_size = |c: &crate::store::containers::ContainerRecord| {
        crate::engine::containers::disk_usage(&engine.store.container_dir(&c.id).join("upper"))
    };
    let vol_users = |name: &str| engine.volume_users(name).map(|u| u.len()).unwrap_or(1);
    let vol_size =
        |name: &str| crate::engine::containers::disk_usage(&engine.store.volume_data(name));
    if a.verbose {
        return df_verbose(
            &engine,
            &images,
            &containers,
            &volumes,
            &ctr_size,
            &vol_users,
            &vol_size,
        );
    }
    let ctr_sizes: Vec<(bool, u64)> = containers
        .iter()
        .map(|c| (lifecycle::is_running(c), ctr_size(c)))
        .collect();
    let vol_sizes: Vec<(bool, u64)> = volumes
        .iter()
        .map(|v| (vol_users(&v.name) > 0, vol_size(&v.name)))
        .collect();
    let row = |kind: &str, total: usize, active: usize, size: u64, reclaim: u64| {
        serde_json::json!({
            "Type": kind,
            "Total": total,
            "TotalCount": total,
            "Active": active,
            "RawSize": size,
            "RawReclaimable": reclaim,
            "Size": format::human_size(size),
            "Reclaimable": format::human_size(reclaim),
        })
    };
    let rows = vec![
        row(
            "Images",
            images.len(),
            used.len(),
            images.iter().map(|i| i.size).sum(),
            images
                .iter()
                .filter(|i| !used.contains(i.id.as_str()))
                .map(|i| i.size)
                .sum(),
        ),
        row(
            "Containers",
            containers.len(),
            ctr_sizes.iter().filter(|(r, _)| *r).count(),
            ctr_sizes.iter().map(|(_, s)| s).sum(),
            ctr_sizes.iter().filter(|(r, _)| !r).map(|(_, s)| s).sum(),
        ),
        row(
            "Local Volumes",
            volumes.len(),
            vol_sizes.iter().filter(|(u, _)| *u).count(),
            vol_sizes.iter().map(|(_, s)| s).sum(),
            vol_sizes.iter().filter(|(u, _)| !u).map(|(_, s)| s).sum(),
        ),
    ];
    format::ListFormat {
        format: a.format.as_deref(),
        default_table: "table {{.Type}}\t{{.Total}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
        headers: &[
            ("Type", "TYPE"),
            ("Total", "TOTAL"),
            ("Active", "ACTIVE"),
            ("Size", "SIZE"),
            ("Reclaimable", "RECLAIMABLE"),
        ],
        no_heading: false,
    }
    .print(&rows, || serde_json::Value::Array(rows.clone()))?;
    Ok(ExitCode::SUCCESS)
}

/// `system df -v`: every image, container and volume, as podman's three tables.
fn df_verbose(
    engine: &Engine,
    images: &[crate::store::images::ImageRecord],
    containers: &[crate::store::containers::ContainerRecord],
    volumes: &[crate::store::volumes::VolumeRecord],
    ctr_size: &dyn Fn(&crate::store::containers::ContainerRecord) -> u64,
    vol_users: &dyn Fn(&str) -> usize,
    vol_size: &dyn Fn(&str) -> u64,
) -> Result<ExitCode> {
    let mut out = String::from("Images space usage:\n\n");
    let mut lines = vec![
        "REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE\tSHARED SIZE\tUNIQUE SIZE\tCONTAINERS"
            .to_string(),
    ];
    // A layer's size counts as shared when another image has it too.
    let mut layer_users: std::collections::HashMap<&str, usize> = Default::default();
    for i in images {
        for l in &i.layers {
            *layer_users.entry(l.chain_id.as_str()).or_default() += 1;
        }
    }
    for i in images {
        let (repo, tag) = i
            .names
            .first()
            .map(|n| {
                match n
                    .rsplit_once(':')
                    .filter(|(r, _)| !r.ends_with('/') && !n.ends_with(']'))
                {
                    Some((r, t)) if !t.contains('/') => (r.to_string(), t.to_string()),
                    _ => (n.clone(), "<none>".into()),
                }
            })
            .unwrap_or(("<none>".into(), "<none>".into()));
        let shared: u64 = i
            .layers
            .iter()
            .filter(|l| layer_users.get(l.chain_id.as_str()).copied().unwrap_or(0) > 1)
            .filter_map(|l| engine.store.layer_diff(&l.chain_id))
            .map(|p| crate::engine::containers::disk_usage(&p))
            .sum();
        let users = containers.iter().filter(|c| c.image_id == i.id).count();
        lines.push(format!(
            "{repo}\t{tag}\t{}\t{}\t{}\t{}\t{}\t{users}",
            i.short_id(),
            format::since(i.created.as_deref()),
            format::human_size(i.size),
            format::human_size(shared),
            format::human_size(i.size.saturating_sub(shared)),
        ));
    }
    out.push_str(&format::align_lines(&lines));
    out.push_str("\nContainers space usage:\n\n");
    let mut lines = vec![
        "CONTAINER ID\tIMAGE\tCOMMAND\tLOCAL VOLUMES\tSIZE\tCREATED\tSTATUS\tNAMES".to_string(),
    ];
    for c in containers {
        let vols = crate::engine::run::LaunchConfig::of(c)
            .map(|l| {
                l.mounts
                    .iter()
                    .filter(|m| m.kind == crate::runtime::mounts::MountKind::Volume)
                    .count()
            })
            .unwrap_or(0);
        lines.push(format!(
            "{}\t{}\t{}\t{vols}\t{}\t{}\t{}\t{}",
            &c.id[..12],
            &c.image_id[..c.image_id.len().min(12)],
            c.command.join(" "),
            format::human_size(ctr_size(c)),
            format::since(Some(&c.created)),
            if lifecycle::is_running(c) {
                "running"
            } else {
                c.state.as_str()
            },
            c.name,
        ));
    }
    out.push_str(&format::align_lines(&lines));
    out.push_str("\nLocal Volumes space usage:\n\n");
    let mut lines = vec!["VOLUME NAME\tLINKS\tSIZE".to_string()];
    for v in volumes {
        lines.push(format!(
            "{}\t{}\t{}",
            v.name,
            vol_users(&v.name),
            format::human_size(vol_size(&v.name))
        ));
    }
    out.push_str(&format::align_lines(&lines));
    format::print_stdout(&out);
    Ok(ExitCode::SUCCESS)
}

fn prune(a: PruneArgs) -> Result<ExitCode> {
    let what = if a.volumes {
        "all stopped containers, unused volumes"
    } else {
        "all stopped containers"
    };
    let images = if a.all {
        "all unused images"
    } else {
        "all dangling images"
    };
    if !a.force
        && !format::confirm(&format!(
            "WARNING! This command removes {what} and {images}."
        ))?
    {
        return Ok(ExitCode::SUCCESS);
    }
    let engine = Engine::open_readonly()?;
    let filters = format::parse_kv_filters(&a.filter, &["label", "label!", "until"])?;
    let by = |labels: &std::collections::BTreeMap<String, String>, created: &str| {
        format::filters_match(&filters, |key, want| match key {
            "label" => format::label_matches(labels, want),
            "until" => format::before(created, want),
            _ => false,
        })
    };
    let containers = engine.prune_containers(|c| {
        crate::engine::run::LaunchConfig::of(c).is_ok_and(|l| by(&l.labels, &c.created))
    })?;
    let images = engine.prune_images(a.all, super::image::prune_filter(&engine, &a.filter)?)?;
    let volumes = if a.volumes {
        engine.prune_volumes(|v| by(&v.labels, &v.created))?
    } else {
        Vec::new()
    };
    let mut out = String::new();
    for (title, list) in [
        ("Deleted Containers", containers),
        ("Deleted Images", images),
        ("Deleted Volumes", volumes),
    ] {
        if !list.is_empty() {
            out.push_str(&format!("{title}\n{}\n", list.join("\n")));
        }
    }
    format::print_stdout(&out);
    Ok(ExitCode::SUCCESS)
}

fn reset(a: ResetArgs) -> Result<ExitCode> {
    if !a.force
        && !format::confirm(
            "WARNING! This will remove all containers, images, volumes and gorae's runtime state.",
        )?
    {
        return Ok(ExitCode::SUCCESS);
    }
    let engine = Engine::open_readonly()?;
    let all: Vec<_> = engine.store.list_containers()?;
    let mut prepared = Vec::new();
    for c in all {
        if let Ok(rec) = lifecycle::prepare_removal(&engine, &c.id, true) {
            prepared.push(rec);
        }
    }
    let owner = engine.ensure_userns()?;
    engine.store.destroy(owner)?;
    let _ = crate::store::fsutil::remove_tree(&engine.paths.runtime);
    drop(prepared);
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_keys_follow_podmans_camel_case() {
        let v = serde_json::json!({"Host": {"OCIRuntime": {"Name": 1}, "OS": 1, "CPUs": 1, "IDMappings": {"UIDMap": 1}}});
        let c = super::camel_keys(&v);
        assert_eq!(
            c,
            serde_json::json!({"host": {"ociRuntime": {"name": 1}, "os": 1, "cpus": 1, "idMappings": {"uidMap": 1}}})
        );
    }
}
