//! Container records: one directory per container with its JSON record and overlay dirs.

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{IoContext, Result, Store, StoreError, fsutil};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContainerState {
    Created,
    Running,
    Stopping,
    Paused,
    Exited,
}

impl ContainerState {
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerState::Created => "created",
            ContainerState::Running => "running",
            ContainerState::Stopping => "stopping",
            ContainerState::Paused => "paused",
            ContainerState::Exited => "exited",
        }
    }
}

/// A record's launch configuration, kept as JSON text: every listing reads every record, and
/// most never look inside this, the largest part (`ps -a` with 1,000 containers spent most of
/// its time building and freeing its JSON trees).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawConfig(Box<serde_json::value::RawValue>);

impl Default for RawConfig {
    fn default() -> Self {
        RawConfig(serde_json::value::RawValue::from_string("null".into()).expect("valid JSON"))
    }
}

impl RawConfig {
    pub fn of<T: Serialize>(value: &T) -> serde_json::Result<RawConfig> {
        serde_json::value::to_raw_value(value).map(RawConfig)
    }

    pub fn text(&self) -> &str {
        self.0.get()
    }

    /// The configuration as a JSON tree (null if unreadable).
    pub fn value(&self) -> serde_json::Value {
        serde_json::from_str(self.0.get()).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    /// The image as the user named it.
    pub image_name: String,
    pub image_id: String,
    /// Chain IDs, bottom layer first.
    pub layers: Vec<String>,
    pub command: Vec<String>,
    pub created: String,
    pub state: ContainerState,
    /// The container's init process, as the host sees it.
    #[serde(default)]
    pub pid: Option<i32>,
    /// The monitor supervising a detached container, and its start time (clock ticks since
    /// boot), which tells it apart from a later process that reused the PID.
    #[serde(default)]
    pub monitor_pid: Option<i32>,
    #[serde(default)]
    pub monitor_start: Option<u64>,
    #[serde(default)]
    pub exit_code: Option<i32>,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub finished_at: Option<String>,
    #[serde(default)]
    pub auto_remove: bool,
    /// Restarts by the restart policy since the last start by the user.
    #[serde(default)]
    pub restart_count: u32,
    /// The health check's state, when the container has one.
    #[serde(default)]
    pub health: Option<serde_json::Value>,
    /// How to launch it (the engine's `LaunchConfig`), as JSON.
    #[serde(default)]
    pub config: RawConfig,
    /// Its cgroup while it runs (a directory under /sys/fs/cgroup), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cgroup: Option<String>,
    /// The limits in force in that cgroup, from the last start (the runtime's `Limits`, kept
    /// as JSON: the store does not know what they mean).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_limits: Option<RawConfig>,
}

/// The lock file of a container's claim, inside its directory (it goes with it).
const CLAIM: &str = "userdata/start.lock";

impl Store {
    pub fn container_dir(&self, id: &str) -> PathBuf {
        self.containers_dir().join(id)
    }

    fn container_json(&self, id: &str) -> PathBuf {
        self.container_dir(id).join("container.json")
    }

    pub fn container(&self, id: &str) -> Result<ContainerRecord> {
        let path = self.container_json(id);
        let data = match fs::read(&path) {
            Ok(d) => d,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NoSuchContainer(id.to_string()));
            }
            Err(e) => return Err(e).at(&path),
        };
        serde_json::from_slice(&data).map_err(|source| StoreError::Corrupt { path, source })
    }

    pub fn list_containers(&self) -> Result<Vec<ContainerRecord>> {
        let dir = self.containers_dir();
        let mut out = Vec::new();
        for entry in fs::read_dir(&dir).at(&dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !super::is_hex64(&name) {
                continue;
            }
            match self.container(&name) {
                Ok(c) => out.push(c),
                Err(StoreError::NoSuchContainer(_)) => {}
                Err(e) => return Err(e),
            }
        }
        out.sort_by(|a, b| b.created.cmp(&a.created));
        Ok(out)
    }

    /// What a container's monitor could not do (record a start or an exit, remove a `--rm`
    /// container), a line each: `inspect` shows the last as `State.Error`, `ps` as its status.
    pub fn monitor_errors_path(&self, id: &str) -> PathBuf {
        self.container_dir(id).join("userdata/monitor.err")
    }

    /// Appends `what` to the container's monitor errors, in one write.
    pub fn note_monitor_error(&self, id: &str, what: &str) -> Result<()> {
        use std::io::Write;
        let path = self.monitor_errors_path(id);
        let line = format!("{} {}\n", super::now_rfc3339(), what.replace('\n', " "));
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(&path)
            .and_then(|mut f| f.write_all(line.as_bytes()))
            .at(&path)
    }

    /// The last thing the monitor could not do, without its time.
    pub fn monitor_error(&self, id: &str) -> Option<String> {
        let text = fs::read_to_string(self.monitor_errors_path(id)).ok()?;
        let last = text.lines().last()?;
        Some(last.split_once(' ').map_or(last, |(_, w)| w).to_string())
    }

    /// A new start forgets the errors of the last one.
    pub fn clear_monitor_errors(&self, id: &str) {
        let _ = fs::remove_file(self.monitor_errors_path(id));
    }

    pub fn log_path(&self, id: &str) -> PathBuf {
        self.container_dir(id).join("userdata/ctr.log")
    }

    /// Re-reads a container under the records lock, lets `change` edit it, and saves it.
    /// Returns the saved record.
    pub fn update_container(
        &self,
        id: &str,
        change: impl FnOnce(&mut ContainerRecord),
    ) -> Result<ContainerRecord> {
        let _lock = self.lock_records()?;
        let mut c = self.container(id)?;
        change(&mut c);
        self.save_container(&c)?;
        Ok(c)
    }

    pub fn save_container(&self, c: &ContainerRecord) -> Result<()> {
        let path = self.container_json(&c.id);
        let data = serde_json::to_vec_pretty(c).expect("container records serialize");
        fsutil::write_atomic(&path, &data).at(&path)
    }

    /// Creates the container's directory with its record, atomically: the directory appears
    /// complete or not at all. Caller holds the records lock and has checked the name. Returns
    /// the container's claim (see [`Store::try_claim_container`]), taken before it appeared.
    pub fn create_container(&self, c: &ContainerRecord) -> Result<fsutil::FileLock> {
        let tmp = fsutil::TempDir::new(&self.containers_dir(), "ctr").at(&self.containers_dir())?;
        for sub in ["upper", "work", "merged", "userdata"] {
            let p = tmp.path().join(sub);
            fs::create_dir(&p).at(&p)?;
        }
        let claim_path = tmp.path().join(CLAIM);
        let claim = fsutil::FileLock::exclusive(&claim_path).at(&claim_path)?;
        let data = serde_json::to_vec_pretty(c).expect("container records serialize");
        let json = tmp.path().join("container.json");
        fsutil::write_atomic(&json, &data).at(&json)?;
        let dest = self.container_dir(&c.id);
        crate::sys::fault("container.before-commit");
        tmp.commit(&dest).at(&dest)?;
        Ok(claim)
    }

    /// A container's claim: held by the process that creates and starts it until that process
    /// ends (so from its creation until it runs), and by whoever prunes it while it goes.
    /// `container prune` leaves a container alone whose claim is held: it is about to run.
    /// `None` when somebody else holds it.
    pub fn try_claim_container(&self, id: &str) -> Result<Option<fsutil::FileLock>> {
        let path = self.container_dir(id).join(CLAIM);
        match fsutil::FileLock::try_exclusive(&path) {
            Ok(lock) => Ok(lock),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(StoreError::NoSuchContainer(id.to_string()))
            }
            Err(e) => Err(e).at(&path),
        }
    }

    /// Waits for the claim of container `id` (a prune deleting it, another start).
    pub fn claim_container(&self, id: &str) -> Result<fsutil::FileLock> {
        let path = self.container_dir(id).join(CLAIM);
        match fsutil::FileLock::exclusive(&path) {
            Ok(lock) => Ok(lock),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(StoreError::NoSuchContainer(id.to_string()))
            }
            Err(e) => Err(e).at(&path),
        }
    }

    /// Removes a container's directory, record and all: one rename makes it invisible.
    pub fn delete_container(&self, owner: super::Owner, id: &str) -> Result<()> {
        if !super::is_hex64(id) {
            return Err(StoreError::NoSuchContainer(id.to_string()));
        }
        match self.delete_tree(owner, &self.container_dir(id))? {
            true => Ok(()),
            false => Err(StoreError::NoSuchContainer(id.to_string())),
        }
    }
}
