//! `pod ps`: pods listed, filtered and sorted as podman lists them.

use std::process::ExitCode;

use anyhow::{Result, bail};

use super::super::format::{self, ListFormat};
use super::{PsArgs, pod_json};
use crate::engine::Engine;
use crate::engine::pods::PodRecord;

pub(super) fn ps(engine: &Engine, a: PsArgs) -> Result<ExitCode> {
    if a.quiet && a.format.is_some() {
        bail!("quiet and format cannot be used together");
    }
    let filters = pod_filters(&a.filter)?;
    let mut pods: Vec<(PodRecord, Vec<crate::store::containers::ContainerRecord>)> = engine
        .list_pods()
        .into_iter()
        .map(|p| {
            let members = engine.pod_containers(&p);
            (p, members)
        })
        .filter(|(p, members)| {
            format::filters_match(&filters, |k, v| pod_matches(engine, p, members, k, v))
        })
        .collect();
    if a.latest {
        pods.sort_by(|x, y| x.0.created.cmp(&y.0.created));
        pods = pods.pop().into_iter().collect();
    }
    let status = |p: &PodRecord, m: &[crate::store::containers::ContainerRecord]| {
        engine.pod_status(m, &p.infra_id)
    };
    match a.sort.as_str() {
        "created" => pods.sort_by(|x, y| y.0.created.cmp(&x.0.created)),
        "id" => pods.sort_by(|x, y| x.0.id.cmp(&y.0.id)),
        "name" => pods.sort_by(|x, y| x.0.name.cmp(&y.0.name)),
        "number" => pods.sort_by_key(|x| x.1.len()),
        "status" => pods.sort_by(|x, y| status(&x.0, &x.1).cmp(status(&y.0, &y.1))),
        _ => bail!("invalid option for --sort, options are: id, names, or number"),
    }
    if a.quiet {
        format::print_stdout(
            &pods
                .iter()
                .map(|(p, _)| format!("{}\n", p.id))
                .collect::<String>(),
        );
        return Ok(ExitCode::SUCCESS);
    }
    let trunc = |s: &str| {
        if a.no_trunc {
            s.to_string()
        } else {
            s[..s.len().min(12)].to_string()
        }
    };
    let state = super::member_state;
    let mut report = Vec::new();
    let mut rows = Vec::new();
    for (p, members) in &pods {
        let v = pod_json(engine, p);
        let cgroup = pod_cgroup(members);
        report.push(serde_json::json!({
            "Cgroup": cgroup,
            "Containers": members.iter().map(|c| serde_json::json!({"Id": c.id, "Names": c.name, "Status": state(c), "RestartCount": c.restart_count})).collect::<Vec<_>>(),
            "Created": p.created,
            "Id": p.id,
            "InfraId": p.infra_id,
            "Name": p.name,
            "Namespace": "",
            "Networks": v["Networks"],
            "Status": status(p, members),
            "Labels": p.labels,
        }));
        let join = |f: &dyn Fn(&crate::store::containers::ContainerRecord) -> String| {
            members.iter().map(f).collect::<Vec<_>>().join(",")
        };
        rows.push(serde_json::json!({
            "ID": trunc(&p.id),
            "Id": trunc(&p.id),
            "Name": p.name,
            "Status": status(p, members),
            "Created": format::since(Some(&p.created)),
            "CreatedSince": format::since(Some(&p.created)),
            "InfraID": trunc(&p.infra_id),
            "InfraId": trunc(&p.infra_id),
            "NumberOfContainers": members.len(),
            "NumContainers": members.len(),
            "ContainerIds": join(&|c| trunc(&c.id)),
            "ContainerNames": join(&|c| c.name.clone()),
            "ContainerStatuses": join(&|c| state(c).to_string()),
            "Cgroup": cgroup,
            "Namespace": "",
            "Networks": v["Networks"].as_array().map(|n| n.iter().filter_map(|x| x.as_str()).collect::<Vec<_>>().join(",")).unwrap_or_default(),
            "Labels": p.labels,
        }));
    }
    let mut table =
        String::from("table {{.ID}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraID}}");
    for (on, col) in [
        (a.ctr_ids, "\t{{.ContainerIds}}"),
        (a.ctr_names, "\t{{.ContainerNames}}"),
        (a.ctr_status, "\t{{.ContainerStatuses}}"),
        (a.ns, "\t{{.Cgroup}}\t{{.Namespace}}"),
    ] {
        if on {
            table.push_str(col);
        }
    }
    if !(a.ctr_ids || a.ctr_names || a.ctr_status) {
        table.push_str("\t{{.NumberOfContainers}}");
    }
    ListFormat {
        format: a.format.as_deref(),
        default_table: &table,
        headers: &[
            ("ID", "POD ID"),
            ("Id", "POD ID"),
            ("Name", "NAME"),
            ("Status", "STATUS"),
            ("Created", "CREATED"),
            ("CreatedSince", "CREATED"),
            ("InfraID", "INFRA ID"),
            ("InfraId", "INFRA ID"),
            ("NumberOfContainers", "# OF CONTAINERS"),
            ("NumContainers", "# OF CONTAINERS"),
            ("ContainerIds", "IDS"),
            ("ContainerNames", "NAMES"),
            ("ContainerStatuses", "STATUS"),
            ("Cgroup", "CGROUP"),
            ("Namespace", "NAMESPACES"),
            ("Networks", "NETWORKS"),
            ("Labels", "LABELS"),
        ],
        no_heading: a.noheading,
    }
    .print(&rows, || serde_json::Value::Array(report.clone()))?;
    Ok(ExitCode::SUCCESS)
}

/// The cgroup the pod's containers are under (the parent of the first member's), for --ns.
fn pod_cgroup(members: &[crate::store::containers::ContainerRecord]) -> String {
    members
        .iter()
        .find_map(|c| c.cgroup.as_deref())
        .and_then(|c| std::path::Path::new(c).parent())
        .map(|p| {
            p.to_string_lossy()
                .trim_start_matches("/sys/fs/cgroup")
                .to_string()
        })
        .unwrap_or_default()
}

const POD_FILTERS: [&str; 10] = [
    "id",
    "name",
    "label",
    "status",
    "ctr-ids",
    "ctr-names",
    "ctr-number",
    "ctr-status",
    "network",
    "until",
];

fn pod_filters(given: &[String]) -> Result<Vec<(String, String)>> {
    for f in given {
        let Some((k, v)) = f.split_once('=') else {
            bail!("filter input must be in the form of filter=value: {f} is invalid");
        };
        let valid: &[&str] = match k {
            "status" => &[
                "stopped", "running", "paused", "exited", "dead", "created", "degraded",
            ],
            "ctr-status" => &[
                "created", "running", "paused", "stopped", "exited", "unknown",
            ],
            _ => &[],
        };
        if !valid.is_empty() && !valid.contains(&v) {
            bail!(
                "{v} is not a valid {}status",
                if k == "status" { "pod " } else { "" }
            );
        }
    }
    format::parse_kv_filters(given, &POD_FILTERS)
}

fn pod_matches(
    engine: &Engine,
    p: &PodRecord,
    members: &[crate::store::containers::ContainerRecord],
    key: &str,
    v: &str,
) -> bool {
    let state = super::member_state;
    match key {
        "id" => format::regex_match(v, &p.id),
        "name" => format::regex_match(v, &p.name),
        "label" => format::label_matches(&p.labels, v),
        "status" => engine
            .pod_status(members, &p.infra_id)
            .eq_ignore_ascii_case(v),
        "ctr-ids" => members.iter().any(|c| format::regex_match(v, &c.id)),
        "ctr-names" => members.iter().any(|c| format::regex_match(v, &c.name)),
        "ctr-number" => v.parse::<usize>().is_ok_and(|n| n == members.len()),
        "ctr-status" => members.iter().any(|c| {
            let s = state(c);
            s == v || (v == "stopped" && s == "exited")
        }),
        "network" => pod_json(engine, p)["Networks"]
            .as_array()
            .is_some_and(|n| n.iter().any(|x| x == v)),
        "until" => {
            let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
            t(&p.created).zip(t(v)).is_some_and(|(c, u)| c < u)
        }
        _ => false,
    }
}
