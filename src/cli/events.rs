//! `events`: the event log, read and followed as podman reads its file backend.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use super::format;
use crate::engine::Engine;
use crate::store::events::Event;

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Keep printing new events (default); --stream=false prints what happened and exits
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub stream: bool,
    /// Only events since this time (RFC 3339, a date, Unix seconds or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    /// Only events until this time (as --since); implies --stream=false
    #[arg(long)]
    pub until: Option<String>,
    /// container=, event= (or status=), image=, pod=, volume=, type=, label=KEY=VALUE;
    /// the same key repeated matches any of its values, different keys all
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// json or a Go template ({{.Status}}, {{.ID}}, {{.Name}}, {{.Type}}, {{.Time}},
    /// {{.Image}}, {{.Attributes.LABEL}}, {{.ContainerExitCode}})
    #[arg(long)]
    pub format: Option<String>,
    /// Whole IDs (the default); --no-trunc=false shortens them to 12 characters
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub no_trunc: bool,
}

const KEYS: [&str; 8] = [
    "container",
    "event",
    "status",
    "image",
    "pod",
    "volume",
    "type",
    "label",
];

/// podman's filters: keys in any case, `status` another name for `event`.
fn parse_filters(given: &[String]) -> Result<Vec<(String, String)>> {
    given
        .iter()
        .map(|f| {
            let Some((k, v)) = f.split_once('=') else {
                bail!("{f} is an invalid filter");
            };
            let k = k.to_ascii_lowercase();
            if !KEYS.contains(&k.as_str()) {
                bail!("{k} is an invalid filter");
            }
            let k = if k == "status" { "event".into() } else { k };
            Ok((k, v.to_string()))
        })
        .collect()
}

fn matches(e: &Event, key: &str, v: &str) -> bool {
    let named = |kind: &str| e.kind == kind && (e.name == v || e.id.starts_with(v));
    match key {
        "container" => named("container"),
        "image" => named("image"),
        "pod" => named("pod"),
        "volume" => named("volume"),
        "event" => e.status == v,
        "type" => e.kind == v,
        "label" => match v.split_once('=') {
            Some((k, val)) => e
                .attributes
                .as_ref()
                .is_some_and(|a| a.get(k).is_some_and(|x| x == val)),
            None => false,
        },
        _ => false,
    }
}

/// podman's line: containers and pods with their image, name, pod and labels in parentheses,
/// images with their name, volumes and system events with the name.
fn human(e: &Event, id: &str) -> String {
    let time = format::go_time(&e.time);
    match e.kind.as_str() {
        "container" | "pod" => {
            let mut s = format!(
                "{time} {} {} {id} (image={}, name={}",
                e.kind, e.status, e.image, e.name
            );
            if !e.pod_id.is_empty() {
                s += &format!(", pod_id={}", e.pod_id);
            }
            if !e.health_status.is_empty() {
                s += &format!(", health_status={}", e.health_status);
            }
            for (k, v) in e.attributes.iter().flatten() {
                s += &format!(", {k}={v}");
            }
            s + ")"
        }
        "network" => format!(
            "{time} {} {} {id} (container={id}, name={})",
            e.kind, e.status, e.network
        ),
        "image" => format!("{time} {} {} {id} {}", e.kind, e.status, e.name),
        "system" if e.name.is_empty() => format!("{time} {} {}", e.kind, e.status),
        _ => format!("{time} {} {} {}", e.kind, e.status, e.name),
    }
}

/// The fields a template sees, as podman's Event struct has them.
fn template_value(e: &Event) -> serde_json::Value {
    serde_json::json!({
        "ContainerExitCode": e.exit_code.unwrap_or(0),
        "ID": e.id,
        "Image": e.image,
        "Name": e.name,
        "Network": e.network,
        "Status": e.status,
        "Time": format::go_time(&e.time),
        "TimeNano": chrono::DateTime::parse_from_rfc3339(&e.time).ok().and_then(|t| t.timestamp_nanos_opt()).unwrap_or(0),
        "Type": e.kind,
        "HealthStatus": e.health_status,
        "PodID": e.pod_id,
        "Attributes": e.attributes.clone().unwrap_or_default(),
        "Details": {"PodID": e.pod_id, "Attributes": e.attributes.clone().unwrap_or_default()},
    })
}

pub fn events(a: EventsArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    if engine.store.events_conf().none {
        bail!("cannot read events with the \"none\" backend");
    }
    let (since, until) = format::time_window(a.since.as_deref(), a.until.as_deref())?;
    let filters = parse_filters(&a.filter)?;
    let template = match a.format.as_deref() {
        Some("json") | None => None,
        Some(t) => Some(format::template(t)?),
    };
    let show = |e: &Event| -> Result<()> {
        let t = chrono::DateTime::parse_from_rfc3339(&e.time).ok();
        if since.is_some_and(|s| t.is_some_and(|t| t < s))
            || until.is_some_and(|u| t.is_some_and(|t| t > u))
            || !format::filters_match(&filters, |k, v| matches(e, k, v))
        {
            return Ok(());
        }
        let line = match (&template, a.format.as_deref()) {
            (_, Some("json")) => serde_json::to_string(e)?,
            (Some(t), _) => format::render(t, &template_value(e))?,
            _ => {
                let id = if a.no_trunc || e.id.len() < 12 {
                    e.id.as_str()
                } else {
                    &e.id[..12]
                };
                human(e, id)
            }
        };
        format::print_stdout(&format!("{line}\n"));
        Ok(())
    };
    let path = engine.store.events_path();
    let file = match std::fs::File::open(&path) {
        Ok(f) => Some(f),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e.into()),
    };
    let mut reader = file.map(std::io::BufReader::new);
    let mut line = String::new();
    loop {
        if let Some(r) = reader.as_mut() {
            loop {
                line.clear();
                match r.read_line(&mut line) {
                    Ok(0) => break,
                    Ok(_) if line.ends_with('\n') => {
                        if let Some(e) = Event::parse(line.trim_end()) {
                            show(&e)?;
                        }
                    }
                    // A line still being written: read it again next time.
                    Ok(n) => {
                        r.seek_relative(-(n as i64))?;
                        break;
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        if !a.stream || until.is_some() {
            return Ok(ExitCode::SUCCESS);
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
        if reader.is_none() {
            reader = std::fs::File::open(&path).ok().map(std::io::BufReader::new);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_as_podman_applies_them() {
        let mut e = Event::new("container", "start", "abcdef", "foo");
        e.attributes = Some([("k".to_string(), "v w".to_string())].into());
        let f = parse_filters(&["container=foo".into(), "container=bar".into()]).unwrap();
        assert!(format::filters_match(&f, |k, v| matches(&e, k, v)));
        let f = parse_filters(&["Status=start".into(), "label=k=v w".into()]).unwrap();
        assert!(format::filters_match(&f, |k, v| matches(&e, k, v)));
        let f = parse_filters(&["event=died".into(), "container=foo".into()]).unwrap();
        assert!(!format::filters_match(&f, |k, v| matches(&e, k, v)));
        assert_eq!(
            parse_filters(&["colour=red".into()])
                .unwrap_err()
                .to_string(),
            "colour is an invalid filter"
        );
        assert!(human(&e, "abcdef").ends_with("(image=, name=foo, k=v w)"));
    }
}
