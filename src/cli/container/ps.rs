//! `ps`: the container list, its filters, its sort orders and its row fields.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};

use crate::cli::format::{self, ListFormat};
use crate::engine::Engine;
use crate::store::containers::{ContainerRecord, ContainerState};

#[derive(Debug, Args)]
pub struct PsArgs {
    /// Show all containers, not only running ones
    #[arg(short, long)]
    pub all: bool,
    /// Print container IDs only
    #[arg(short, long)]
    pub quiet: bool,
    /// Change the output format to JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Do not print column headings
    #[arg(long)]
    pub noheading: bool,
    /// Filter: name=, id=, status=, exited=, label=KEY[=VALUE], ancestor=, before=, since=,
    /// health=, volume=, pod=, restart-policy= (repeat to narrow)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Show the last created container only
    #[arg(short, long)]
    pub latest: bool,
    /// Print the N last created containers (all states)
    #[arg(short = 'n', long, value_name = "N", allow_negative_numbers = true)]
    pub last: Option<i64>,
    /// Display namespace information (for running containers)
    #[arg(long)]
    pub ns: bool,
    /// Print the ID and name of the pod the containers are in
    #[arg(short, long)]
    pub pod: bool,
    /// Display the total file sizes: what the container wrote (and with its image)
    #[arg(short, long)]
    pub size: bool,
    /// Sort output by
    #[arg(long, value_enum, value_name = "FIELD")]
    pub sort: Option<PsSort>,
    /// Sync container state with the runtime (gorae always reads each container's state afresh
    /// from its monitor and process, so this changes nothing)
    #[arg(long)]
    pub sync: bool,
    /// Print the list again every N seconds, on a cleared screen, until interrupted
    #[arg(short, long, value_name = "SECONDS")]
    pub watch: Option<u64>,
    /// Also containers not made by run or create (other tools' containers in the store;
    /// gorae's store holds none, so the list is the same)
    #[arg(long)]
    pub external: bool,
}

/// `ps --sort`'s fields, as podman names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PsSort {
    Command,
    Created,
    Id,
    Image,
    Names,
    Runningfor,
    Size,
    Status,
}

pub fn ps(a: PsArgs) -> Result<ExitCode> {
    check(&a)?;
    let engine = Engine::open_readonly()?;
    let Some(secs) = a.watch.filter(|s| *s > 0) else {
        print(&engine, &a)?;
        return Ok(ExitCode::SUCCESS);
    };
    loop {
        // Clear the screen and home the cursor, then the list as it is now.
        format::print_stdout("\x1b[2J\x1b[1;1H");
        print(&engine, &a)?;
        std::thread::sleep(std::time::Duration::from_secs(secs));
    }
}

/// podman's checks of which flags go together, in its words.
fn check(a: &PsArgs) -> Result<()> {
    if a.last.is_some_and(|n| n >= 0) && a.latest {
        bail!("last and latest are mutually exclusive");
    }
    if a.quiet && (a.size || a.ns) {
        bail!("quiet conflicts with size and namespace");
    }
    if a.size && a.ns {
        bail!("size and namespace options conflict");
    }
    if a.watch.is_some_and(|w| w > 0) && a.latest {
        bail!("the watch and latest flags cannot be used together");
    }
    Ok(())
}

/// The containers `a` selects, in podman's order: newest first, or as `--sort` asks.
fn select(engine: &Engine, a: &PsArgs) -> Result<Vec<ContainerRecord>> {
    let filters = super::parse_filters(engine, &a.filter)?;
    let mut list: Vec<ContainerRecord> = engine
        .store
        .list_containers()?
        .into_iter()
        .map(|c| engine.refresh(c))
        .collect();
    let last = a.last.filter(|n| *n > 0).map(|n| n as usize);
    let status_filter = filters.iter().any(|(k, _)| k == "status");
    if !a.all && !status_filter && !a.latest && last.is_none() {
        list.retain(crate::engine::lifecycle::is_running);
    }
    list.retain(|c| super::filter_matches(c, &filters));
    if a.latest {
        list.truncate(1);
    }
    if let Some(n) = last {
        list.truncate(n);
    }
    Ok(list)
}

fn print(engine: &Engine, a: &PsArgs) -> Result<()> {
    let list = select(engine, a)?;
    if a.quiet && a.format.is_none() {
        let out: String = list
            .iter()
            .map(|c| format!("{}\n", if a.no_trunc { &c.id } else { &c.id[..12] }))
            .collect();
        format::print_stdout(&out);
        return Ok(());
    }
    let pods = pod_names(engine, &list);
    let mut rows: Vec<serde_json::Value> = list
        .iter()
        .map(|c| {
            let mut row = ps_row(c, a.no_trunc);
            let pod = row["Pod"].as_str().unwrap_or_default().to_string();
            row["PodName"] = pods.get(&pod).cloned().unwrap_or_default().into();
            if !a.no_trunc && pod.len() > 12 {
                row["Pod"] = pod[..12].into();
            }
            // What its monitor could not record is not hidden behind a plain status.
            if let Some(e) = engine.store.monitor_error(&c.id) {
                let status = format!(
                    "{} (monitor error: {e})",
                    row["Status"].as_str().unwrap_or("")
                );
                row["Status"] = status.into();
                row["Error"] = e.into();
            }
            if a.size {
                let (rw, rootfs) = engine.container_size(c);
                row["Size"] = format!(
                    "{} (virtual {})",
                    format::human_size_compact(rw),
                    format::human_size_compact(rootfs)
                )
                .into();
                row["SizeRw"] = rw.into();
                row["SizeRootFs"] = rootfs.into();
            }
            namespaces(&mut row, c);
            row
        })
        .collect();
    if let Some(by) = a.sort {
        sort(&mut rows, by);
    }
    let mut table = String::from("table {{.ID}}\t");
    if a.ns {
        table += "{{.Names}}\t{{.Pid}}\t{{.Cgroup}}\t{{.IPC}}\t{{.MNT}}\t{{.NET}}\t{{.PIDNS}}\t{{.User}}\t{{.UTS}}";
    } else {
        table += "{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
        if a.pod {
            table += "\t{{.Pod}}\t{{.PodName}}";
        }
        if a.size {
            table += "\t{{.Size}}";
        }
    }
    // podman reads `.Namespaces.X` in a template as `.X`.
    let format = a.format.as_ref().map(|f| f.replace(".Namespaces.", "."));
    ListFormat {
        format: format.as_deref(),
        default_table: &table,
        headers: &[
            ("ID", "CONTAINER ID"),
            ("CreatedHuman", "CREATED"),
            ("Names", "NAMES"),
            ("Pod", "POD ID"),
            ("PodName", "PODNAME"),
            ("Cgroup", "CGROUPNS"),
            ("User", "USERNS"),
            ("RunningFor", "RUNNING FOR"),
        ],
        no_heading: a.noheading,
    }
    .print(&rows, || {
        serde_json::Value::Array(rows.iter().map(|r| json_row(r, a.size)).collect())
    })?;
    Ok(())
}

/// Pod IDs to names, read once (and only when some container is in a pod).
fn pod_names(
    engine: &Engine,
    list: &[ContainerRecord],
) -> std::collections::HashMap<String, String> {
    #[derive(serde::Deserialize)]
    struct Pod {
        #[serde(default)]
        pod: Option<String>,
    }
    let any = list
        .iter()
        .any(|c| serde_json::from_str::<Pod>(c.config.text()).is_ok_and(|p| p.pod.is_some()));
    if !any {
        return Default::default();
    }
    engine
        .list_pods()
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect()
}

/// `--sort`: podman's orders, ascending, stable.
fn sort(rows: &mut [serde_json::Value], by: PsSort) {
    let key = |r: &serde_json::Value| -> (String, u64) {
        let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
        match by {
            PsSort::Command => (s("Command"), 0),
            PsSort::Created => (s("Created"), 0),
            PsSort::Id => (s("Id"), 0),
            PsSort::Image => (s("Image"), 0),
            PsSort::Names => (s("Names"), 0),
            PsSort::Runningfor => (s("StartedAt"), 0),
            PsSort::Size => (String::new(), r["SizeRootFs"].as_u64().unwrap_or(0)),
            PsSort::Status => (s("State"), 0),
        }
    };
    rows.sort_by_key(key);
}

/// The container's namespaces as `ps --ns` shows them: the inode numbers of its process's
/// `/proc/PID/ns` links (empty when it is not running, or where they can't be read).
fn namespaces(row: &mut serde_json::Value, c: &ContainerRecord) {
    let pid = c
        .pid
        .filter(|_| crate::engine::lifecycle::is_running(c))
        .unwrap_or(0);
    let ns = |name: &str| -> String {
        if pid == 0 {
            return String::new();
        }
        std::fs::read_link(format!("/proc/{pid}/ns/{name}"))
            .ok()
            .and_then(|l| {
                let l = l.to_string_lossy().into_owned();
                Some(l.split_once(":[")?.1.trim_end_matches(']').to_string())
            })
            .unwrap_or_default()
    };
    let fields = [
        ("Cgroup", "cgroup"),
        ("IPC", "ipc"),
        ("MNT", "mnt"),
        ("NET", "net"),
        ("PIDNS", "pid"),
        ("User", "user"),
        ("UTS", "uts"),
    ];
    let mut all = serde_json::Map::new();
    for (field, name) in fields {
        let v = ns(name);
        row[field] = v.clone().into();
        all.insert(field.to_string(), v.into());
    }
    row["Namespaces"] = all.into();
}

/// A row as `ps --format json` prints it: podman's shape, with arrays and Unix times.
fn json_row(r: &serde_json::Value, size: bool) -> serde_json::Value {
    let unix = |k: &str| {
        r[k].as_str()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.timestamp())
            .unwrap_or(0)
    };
    let mut j = r.clone();
    let o = j.as_object_mut().expect("a ps row is an object");
    for k in [
        "ID",
        "CreatedHuman",
        "Cgroup",
        "IPC",
        "MNT",
        "NET",
        "PIDNS",
        "User",
        "UTS",
    ] {
        o.remove(k);
    }
    o.insert("Created".into(), unix("Created").into());
    // podman's JSON has the human form here, its templates Go's time form.
    o.insert("CreatedAt".into(), r["CreatedHuman"].clone());
    o.insert("StartedAt".into(), unix("StartedAt").into());
    o.insert("ExitedAt".into(), unix("ExitedAt").into());
    o.insert("Exited".into(), (r["State"] == "exited").into());
    o.insert("Names".into(), serde_json::json!([r["Names"]]));
    o.insert("Command".into(), r["CommandArgs"].clone());
    o.remove("CommandArgs");
    let size_obj =
        size.then(|| serde_json::json!({"RwSize": r["SizeRw"], "RootFsSize": r["SizeRootFs"]}));
    o.insert("Size".into(), size_obj.unwrap_or(serde_json::Value::Null));
    o.remove("SizeRw");
    o.remove("SizeRootFs");
    j
}

fn ps_row(c: &ContainerRecord, no_trunc: bool) -> serde_json::Value {
    let status = match (c.state, c.exit_code) {
        (ContainerState::Exited, Some(code)) => format!(
            "Exited ({code}) {}",
            format::since(c.finished_at.as_deref())
        ),
        (ContainerState::Running, _) if c.health.is_some() => format!(
            "Up {} ({})",
            format::since(c.started_at.as_deref()).trim_end_matches(" ago"),
            c.health
                .as_ref()
                .and_then(|h| h["Status"].as_str())
                .unwrap_or("starting")
        ),
        (ContainerState::Running, _) => format!(
            "Up {}",
            format::since(c.started_at.as_deref()).trim_end_matches(" ago")
        ),
        (ContainerState::Created, _) => "Created".into(),
        (s, _) => s.as_str().to_string(),
    };
    let mut command = c.command.join(" ");
    if !no_trunc && command.len() > 20 {
        command = format!("{}...", &command[..command.floor_char_boundary(17)]);
    }
    // Parsed once: `ps` runs this for every container.
    let launch = crate::engine::run::LaunchConfig::of(c).ok();
    let mut networks: Vec<String> = launch
        .as_ref()
        .and_then(|l| l.network_name.clone())
        .into_iter()
        .collect();
    networks.extend(launch.iter().flat_map(|l| l.extra_networks.clone()));
    serde_json::json!({
        "ID": if no_trunc { c.id.clone() } else { c.id[..12].to_string() },
        "Id": c.id,
        "Image": c.image_name,
        "ImageID": c.image_id,
        "Command": command,
        "CommandArgs": c.command,
        "Created": c.created,
        "CreatedHuman": format::since(Some(&c.created)),
        "CreatedAt": format::go_time(&c.created),
        "RunningFor": format::since(Some(&c.created)),
        "StartedAt": c.started_at.clone().unwrap_or_default(),
        "ExitedAt": c.finished_at.clone().unwrap_or_default(),
        "Status": status,
        "State": c.state.as_str(),
        "ExitCode": c.exit_code.unwrap_or(0),
        "Names": c.name,
        "Ports": launch
            .as_ref()
            .map(|l| crate::net::ports::describe(&l.ports).iter().map(|d| {
                let (ctr, host) = d.split_once(" -> ").unwrap_or((d, ""));
                format!("{host}->{ctr}")
            }).collect::<Vec<_>>().join(", "))
            .unwrap_or_default(),
        "Pid": c.pid.unwrap_or(0),
        "AutoRemove": c.auto_remove,
        "RestartCount": c.restart_count,
        "Labels": launch.as_ref().map(|l| l.labels.clone()).unwrap_or_default(),
        "Mounts": launch.as_ref().map(|l| l.mounts.iter().map(|m| m.destination.clone()).collect::<Vec<_>>()).unwrap_or_default(),
        "Networks": networks,
        "IsInfra": launch.as_ref().is_some_and(|l| l.infra),
        "Pod": launch.and_then(|l| l.pod).unwrap_or_default(),
        "Size": "",
    })
}
