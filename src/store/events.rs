//! The local event log behind `gorae events`: one JSON object a line, in podman's file format
//! (`ID`, `Image`, `Name`, `Status`, `Time`, `Type`, `Attributes`, …), so podman's own event
//! files read here and ours read in podman. A line is appended with a single `write`
//! (O_APPEND), so concurrent gorae processes never interleave lines. Where a size limit is set
//! (containers.conf's `events_logfile_max_size`), writers take `PATH.lock` and the file is cut
//! to its newer half, with a `log-rotation` event, as podman does.

use std::collections::BTreeMap;
use std::io::{BufRead, Seek, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::Store;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Event {
    #[serde(
        rename = "ContainerExitCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exit_code: Option<i32>,
    #[serde(
        rename = "ID",
        alias = "id",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub id: String,
    #[serde(
        rename = "Image",
        alias = "image",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub image: String,
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    #[serde(rename = "network", default, skip_serializing_if = "String::is_empty")]
    pub network: String,
    /// create, start, died, remove, pull, tag, untag, … as podman names them.
    #[serde(rename = "Status", alias = "status", default)]
    pub status: String,
    /// RFC 3339 with nanoseconds.
    #[serde(rename = "Time", alias = "time", default)]
    pub time: String,
    /// container, image, pod, volume, network or system.
    #[serde(rename = "Type", alias = "type", default)]
    pub kind: String,
    #[serde(
        rename = "health_status",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub health_status: String,
    #[serde(rename = "PodID", default, skip_serializing_if = "String::is_empty")]
    pub pod_id: String,
    /// A container's labels.
    #[serde(rename = "Attributes", default)]
    pub attributes: Option<BTreeMap<String, String>>,
}

impl Event {
    pub fn new(kind: &str, status: &str, id: &str, name: &str) -> Event {
        Event {
            kind: kind.into(),
            status: status.into(),
            id: id.into(),
            name: name.into(),
            ..Event::default()
        }
    }

    /// One line of the file; `None` for a line that isn't an event. Lines gorae wrote before
    /// it kept podman's format carried a died event's code in the image (`IMAGE:exit=N`).
    pub fn parse(line: &str) -> Option<Event> {
        let mut e: Event = serde_json::from_str(line).ok()?;
        if e.exit_code.is_none()
            && let Some((image, code)) = e.image.rsplit_once(":exit=")
            && let Ok(code) = code.parse()
        {
            e.exit_code = Some(code);
            e.image = image.to_string();
        }
        Some(e)
    }
}

/// Where events go: containers.conf's `events_logger` and `events_logfile_*`, or the global
/// `--events-backend`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventsConf {
    /// `none`: nothing is written, and reading is refused.
    pub none: bool,
    /// The file; the store's `events.log` when unset.
    pub path: Option<PathBuf>,
    /// Cut the file to its newer half when a write would reach this size (0: never).
    pub max_size: u64,
}

impl Store {
    pub fn events_path(&self) -> PathBuf {
        self.events
            .path
            .clone()
            .unwrap_or_else(|| self.root().join("events.log"))
    }

    pub fn events_conf(&self) -> &EventsConf {
        &self.events
    }

    pub fn set_events(&mut self, conf: EventsConf) {
        self.events = conf;
    }

    /// Records an event; failures are ignored (events are informational).
    pub fn event(&self, kind: &str, status: &str, id: &str, name: &str, image: &str) {
        let mut e = Event::new(kind, status, id, name);
        e.image = image.into();
        self.record(e);
    }

    /// Records an event built by the caller (its time is set here when empty).
    pub fn record(&self, mut e: Event) {
        if self.events.none {
            return;
        }
        if e.time.is_empty() {
            e.time = super::now_rfc3339();
        }
        let path = self.events_path();
        let _lock = (self.events.max_size > 0)
            .then(|| {
                let mut l = path.clone().into_os_string();
                l.push(".lock");
                super::fsutil::FileLock::exclusive(std::path::Path::new(&l)).ok()
            })
            .flatten();
        let Ok(line) = line_of(&e) else { return };
        if self.events.max_size > 0
            && std::fs::metadata(&path)
                .is_ok_and(|m| m.len() + line.len() as u64 >= self.events.max_size)
            && rotate(&path).is_ok()
        {
            let mut r = Event::new("system", "log-rotation", "", &path.to_string_lossy());
            r.time = super::now_rfc3339();
            if let Ok(l) = line_of(&r) {
                append(&path, &l);
            }
        }
        append(&path, &line);
    }
}

fn line_of(e: &Event) -> serde_json::Result<Vec<u8>> {
    let mut line = serde_json::to_vec(e)?;
    line.push(b'\n');
    Ok(line)
}

fn append(path: &std::path::Path, line: &[u8]) {
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = f.write_all(line);
    }
}

/// Keeps the lines after the file's middle (the line the middle falls in is dropped), written
/// beside it and renamed over it.
fn rotate(path: &std::path::Path) -> std::io::Result<()> {
    let mut f = std::fs::File::open(path)?;
    let half = f.metadata()?.len() / 2;
    f.seek(std::io::SeekFrom::Start(half))?;
    let mut r = std::io::BufReader::new(f);
    let mut skipped = Vec::new();
    r.read_until(b'\n', &mut skipped)?;
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}",
        path.file_name()
            .map_or("events".into(), |n| n.to_string_lossy()),
        super::fsutil::unique_suffix()
    ));
    let result = (|| {
        let mut out = std::fs::File::create(&tmp)?;
        std::io::copy(&mut r, &mut out)?;
        out.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn podmans_lines_and_gorae_s_older_lines_both_read() {
        let p = Event::parse(
            r#"{"Name":"busybox","Status":"pull","Time":"2022-04-06T11:26:42.723667900+02:00","Type":"image","Attributes":null}"#,
        )
        .unwrap();
        assert_eq!((p.kind.as_str(), p.status.as_str()), ("image", "pull"));
        let old = Event::parse(
            r#"{"time":"2026-01-01T00:00:00Z","type":"container","status":"died","id":"ab","name":"c","image":"localhost/bb:exit=3"}"#,
        )
        .unwrap();
        assert_eq!(old.exit_code, Some(3));
        assert_eq!(old.image, "localhost/bb");
        let written: serde_json::Value =
            serde_json::from_slice(&line_of(&Event::new("volume", "create", "", "v")).unwrap())
                .unwrap();
        assert_eq!(written["Name"], "v");
        assert!(written.get("ID").is_none() && written["Attributes"].is_null());
    }

    #[test]
    fn rotation_keeps_the_newer_half_and_says_so() {
        let dir = std::env::temp_dir().join(format!(
            "gorae-events-{}",
            super::super::fsutil::unique_suffix()
        ));
        let root = dir.join("store");
        let mut store = Store::open(&root).unwrap();
        let path = dir.join("events.txt");
        let old: String = (0..100)
            .map(|i| format!("{{\"Name\":\"n{i:02}\",\"Status\":\"pull\",\"Type\":\"image\"}}\n"))
            .collect();
        std::fs::write(&path, &old).unwrap();
        store.set_events(EventsConf {
            none: false,
            path: Some(path.clone()),
            max_size: old.len() as u64 / 2,
        });
        store.event("container", "remove", "id", "c", "img");
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 49 + 2, "{text}");
        assert!(lines[0].contains("\"n51\""), "{}", lines[0]);
        assert!(lines[49].contains("log-rotation"));
        assert!(lines[50].contains("\"remove\""));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
