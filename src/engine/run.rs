//! `run` in the foreground: find or pull the image, create the container record, launch, record
//! the exit, and remove the container with `--rm`.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use thiserror::Error;

use super::Engine;
use super::images::ImageError;
use super::pull::{self, PullError, PullOptions};
use crate::process::container::{self, ContainerError, Launch};
use crate::runtime::names;
use crate::runtime::spec::{self, NetworkMode, SpecError, SpecFlags};
use crate::store::containers::{ContainerRecord, ContainerState};
use crate::store::{IoContext, StoreError, now_rfc3339};

#[derive(Debug, Error)]
pub enum RunError {
    #[error(transparent)]
    Image(#[from] ImageError),
    #[error(transparent)]
    Pull(#[from] PullError),
    #[error(transparent)]
    Spec(#[from] SpecError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Container(#[from] ContainerError),
    #[error("invalid container name {0:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*")]
    BadName(String),
}

impl RunError {
    /// The exit code podman uses: 126/127 when the command can't run, 125 for engine errors.
    pub fn exit_code(&self) -> u8 {
        match self {
            RunError::Container(ContainerError::Child(f)) => f.exit_code(),
            _ => 125,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PullPolicy {
    Always,
    Missing,
    Never,
    Newer,
}

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub image: String,
    pub flags: SpecFlags,
    pub name: Option<String>,
    pub hostname: Option<String>,
    pub remove: bool,
    pub network: NetworkMode,
    pub interactive: bool,
    pub pull: PullPolicy,
    pub pull_options: PullOptions,
}

pub fn run(engine: &Engine, opts: &RunOptions) -> Result<i32, RunError> {
    if let Some(n) = &opts.name
        && !names::valid_name(n)
    {
        return Err(RunError::BadName(n.clone()));
    }
    let image = match opts.pull {
        PullPolicy::Always | PullPolicy::Newer => {
            pull::pull(engine, &opts.image, &opts.pull_options)?
        }
        PullPolicy::Never => engine.find_image(&opts.image)?,
        PullPolicy::Missing => match engine.find_image(&opts.image) {
            Ok(img) => img,
            Err(ImageError::NotKnown(_)) => pull::pull(engine, &opts.image, &opts.pull_options)?,
            Err(e) => return Err(e.into()),
        },
    };
    let config = engine.image_config(&image)?;
    let id = names::new_id();
    let hostname = opts
        .hostname
        .clone()
        .unwrap_or_else(|| id[..12].to_string());
    let spec = spec::resolve(&config, &opts.flags, &hostname)?;

    let store = &engine.store;
    let record = {
        // The GC lock keeps the image's layers alive until the record that pins them exists.
        let _gc = store.lock_gc_shared()?;
        let _lock = store.lock_records()?;
        let image = store
            .image(&image.id)
            .map_err(|_| ImageError::NotKnown(opts.image.clone()))?;
        let existing = store.list_containers()?;
        let name = match &opts.name {
            Some(n) => {
                if let Some(c) = existing.iter().find(|c| c.name == *n) {
                    return Err(StoreError::NameInUse(n.clone(), c.id.clone()).into());
                }
                n.clone()
            }
            None => loop {
                let n = names::random_name();
                if !existing.iter().any(|c| c.name == n) {
                    break n;
                }
            },
        };
        let record = ContainerRecord {
            id: id.clone(),
            name,
            image_name: image
                .names
                .first()
                .cloned()
                .unwrap_or_else(|| image.id.clone()),
            image_id: image.id.clone(),
            layers: image.layers.iter().map(|l| l.chain_id.clone()).collect(),
            command: spec.argv.clone(),
            created: now_rfc3339(),
            state: ContainerState::Created,
            pid: None,
            exit_code: None,
            started_at: None,
            finished_at: None,
            auto_remove: opts.remove,
            config: serde_json::to_value(&spec).unwrap_or_default(),
        };
        store.create_container(&record)?;
        record
    };

    let result = launch(engine, &record, &spec, &hostname, opts);
    finish(engine, record, &result, opts.remove)?;
    result
}

fn launch(
    engine: &Engine,
    record: &ContainerRecord,
    spec: &spec::Spec,
    hostname: &str,
    opts: &RunOptions,
) -> Result<i32, RunError> {
    let store = &engine.store;
    let dir = store.container_dir(&record.id);
    let etc_files = write_etc_files(&dir.join("userdata"), hostname, &record.name, opts.network)?;
    let lower: Vec<String> = record
        .layers
        .iter()
        .rev()
        .filter_map(|c| crate::store::digest_hex(c).map(|h| format!("{h}/diff")))
        .collect();
    let launch = Launch {
        layers_root: store.layers_dir(),
        lower,
        upper: dir.join("upper"),
        work: dir.join("work"),
        merged: dir.join("merged"),
        spec: spec.clone(),
        hostname: hostname.to_string(),
        network: opts.network,
        interactive: opts.interactive,
        tty_gid: container::tty_gid_mapped(),
        etc_files,
    };
    let mut running = record.clone();
    running.state = ContainerState::Running;
    running.started_at = Some(now_rfc3339());
    store.save_container(&running)?;
    Ok(container::run_foreground(&launch)?)
}

fn finish(
    engine: &Engine,
    mut record: ContainerRecord,
    result: &Result<i32, RunError>,
    remove: bool,
) -> Result<(), RunError> {
    if remove {
        return Ok(engine.store.delete_container(&record.id)?);
    }
    record.state = ContainerState::Exited;
    record.finished_at = Some(now_rfc3339());
    record.exit_code = Some(match result {
        Ok(code) => *code,
        Err(e) => i32::from(e.exit_code()),
    });
    Ok(engine.store.save_container(&record)?)
}

/// /etc/hosts, /etc/hostname and /etc/resolv.conf for the container, bound over the image's.
fn write_etc_files(
    dir: &std::path::Path,
    hostname: &str,
    name: &str,
    network: NetworkMode,
) -> Result<Vec<(String, PathBuf)>, RunError> {
    let host_resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let mut hosts = String::from(
        "127.0.0.1\tlocalhost localhost.localdomain\n::1\tlocalhost localhost.localdomain ip6-localhost ip6-loopback\n",
    );
    if network == NetworkMode::Host {
        for line in std::fs::read_to_string("/etc/hosts")
            .unwrap_or_default()
            .lines()
        {
            let l = line.trim();
            if !l.is_empty() && !l.starts_with('#') && !l.contains("localhost") {
                hosts.push_str(line);
                hosts.push('\n');
            }
        }
    }
    hosts.push_str(&format!("127.0.1.1\t{hostname} {name}\n"));
    let files = [
        ("/etc/hosts", "hosts", hosts),
        ("/etc/hostname", "hostname", format!("{hostname}\n")),
        ("/etc/resolv.conf", "resolv.conf", host_resolv),
    ];
    let mut out = Vec::new();
    for (inside, file, content) in files {
        let path = dir.join(file);
        // Regenerated at every start, so no fsync: durability buys nothing here. Mode 0644 so
        // any user in the container can read them.
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o644)
            .open(&path)
            .and_then(|mut f| f.write_all(content.as_bytes()))
            .at(&path)?;
        out.push((inside.to_string(), path));
    }
    Ok(out)
}
