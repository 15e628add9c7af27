//! The local event log behind `gorae events`: one JSON object a line in `events.log`, appended
//! with a single `write` (O_APPEND), so concurrent gorae processes never interleave lines.

use std::io::Write;

use serde::{Deserialize, Serialize};

use super::Store;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub time: String,
    /// container, image or volume.
    #[serde(rename = "type")]
    pub kind: String,
    /// create, start, died, remove, pull, tag, untag, delete, …
    pub status: String,
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub image: String,
}

impl Store {
    pub fn events_path(&self) -> std::path::PathBuf {
        self.root().join("events.log")
    }

    /// Records an event; failures are ignored (events are informational).
    pub fn event(&self, kind: &str, status: &str, id: &str, name: &str, image: &str) {
        let e = Event {
            time: super::now_rfc3339(),
            kind: kind.into(),
            status: status.into(),
            id: id.into(),
            name: name.into(),
            image: image.into(),
        };
        let Ok(mut line) = serde_json::to_vec(&e) else {
            return;
        };
        line.push(b'\n');
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.events_path())
        {
            let _ = f.write_all(&line);
        }
    }
}
