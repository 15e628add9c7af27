//! `system check`: verifies the store (every record readable, every layer and blob an image or
//! container needs present and matching its digest, no leftovers of interrupted writes) and,
//! with `--repair`, removes what is broken so that the next pull or run starts clean.

use std::io::Read;

use sha2::{Digest, Sha256};

use super::Engine;
use super::Error;
use crate::store::{Store, digest_hex, is_hex64};

/// One thing wrong with the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `image`, `layer`, `blob`, `container`, `volume` or `temp`.
    pub kind: &'static str,
    pub what: String,
    pub why: String,
}

fn file_sha256(path: &std::path::Path) -> std::io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(format!("sha256:{}", hex::encode(h.finalize())))
}

/// Checks the store. `quick` skips hashing blobs.
pub fn check(engine: &Engine, quick: bool) -> Result<Vec<Problem>, Error> {
    let store = &engine.store;
    let mut found = Found(Vec::new());
    check_temps(store, &mut found);
    if !quick {
        check_blobs(store, &mut found);
    }
    check_images(store, &mut found)?;
    check_layers(store, &mut found);
    check_containers(store, &mut found);
    check_volumes(store, &mut found);
    Ok(found.0)
}

/// The problems found so far.
struct Found(Vec<Problem>);

impl Found {
    fn add(&mut self, kind: &'static str, what: &str, why: String) {
        self.0.push(Problem {
            kind,
            what: what.to_string(),
            why,
        })
    }
}

/// The entries of a store directory (none if it can't be read).
fn entries(dir: &std::path::Path) -> impl Iterator<Item = std::fs::DirEntry> {
    std::fs::read_dir(dir).into_iter().flatten().flatten()
}

/// Leftovers of writers and deleters that died (their lock is free, their PID gone).
fn check_temps(store: &Store, found: &mut Found) {
    for dir in [
        store.root().to_path_buf(),
        store.layers_dir(),
        store.tmp_dir(),
        store.blobs_dir(),
        store.images_dir(),
        store.containers_dir(),
        store.volumes_dir(),
        store.secrets_dir(),
    ] {
        for e in entries(&dir) {
            let name = e.file_name().to_string_lossy().into_owned();
            if crate::store::fsutil::is_stale_temp(&dir, &name) {
                found.add(
                    "temp",
                    &e.path().display().to_string(),
                    "left by an interrupted write or delete".into(),
                );
            }
        }
    }
}

/// Blobs: named by their digest.
fn check_blobs(store: &Store, found: &mut Found) {
    for e in entries(&store.blobs_dir()) {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_hex64(&name) {
            continue;
        }
        match file_sha256(&e.path()) {
            Ok(d) if d == format!("sha256:{name}") => {}
            Ok(d) => found.add(
                "blob",
                &format!("sha256:{name}"),
                format!("its content is {d}"),
            ),
            Err(e2) => found.add("blob", &format!("sha256:{name}"), e2.to_string()),
        }
    }
}

/// Images: config and manifest blobs, layers present, chain IDs right.
fn check_images(store: &Store, found: &mut Found) -> Result<(), Error> {
    let images = store.list_images()?;
    for img in &images {
        let shown = img
            .names
            .first()
            .cloned()
            .unwrap_or_else(|| img.short_id().to_string());
        for d in [&img.config_digest, &img.digest] {
            if !store.blob_path(d).is_some_and(|p| p.is_file()) {
                found.add("image", &shown, format!("blob {d} is missing"));
            }
        }
        if digest_hex(&img.config_digest) != Some(img.id.as_str()) {
            found.add("image", &shown, "its ID is not its config's digest".into());
        }
        let diff_ids: Vec<String> = img.layers.iter().map(|l| l.diff_id.clone()).collect();
        let chains = crate::store::layers::chain_ids(&diff_ids);
        for (l, chain) in img.layers.iter().zip(&chains) {
            if l.chain_id != *chain {
                found.add(
                    "image",
                    &shown,
                    format!("layer {} has the wrong chain ID", l.diff_id),
                );
            }
            if !store.layer_trusted(&l.chain_id, Some(&l.diff_id)) {
                found.add("image", &shown, format!("layer {} is missing", l.chain_id));
            }
        }
    }
    Ok(())
}

/// Layers: a record each.
fn check_layers(store: &Store, found: &mut Found) {
    for e in entries(&store.layers_dir()) {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_hex64(&name) {
            continue;
        }
        let rec = std::fs::read(e.path().join("layer.json"))
            .ok()
            .and_then(|d| serde_json::from_slice::<crate::store::layers::LayerRecord>(&d).ok());
        match rec {
            Some(r) if r.chain_id == format!("sha256:{name}") && e.path().join("diff").is_dir() => {
            }
            Some(_) => found.add(
                "layer",
                &format!("sha256:{name}"),
                "its record names another layer, or its diff is missing".into(),
            ),
            None => found.add(
                "layer",
                &format!("sha256:{name}"),
                "no readable layer.json".into(),
            ),
        }
    }
}

/// Containers: records readable, layers present.
fn check_containers(store: &Store, found: &mut Found) {
    for e in entries(&store.containers_dir()) {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_hex64(&name) {
            continue;
        }
        match store.container(&name) {
            Ok(c) => {
                for l in &c.layers {
                    if !store.has_layer(l) {
                        found.add("container", &c.name, format!("its layer {l} is missing"));
                    }
                }
                if !e.path().join("upper").is_dir() {
                    found.add(
                        "container",
                        &c.name,
                        "its upper directory is missing".into(),
                    );
                }
            }
            Err(e2) => found.add("container", &name, format!("unreadable record: {e2}")),
        }
    }
}

/// Volumes: a record and a data directory each.
fn check_volumes(store: &Store, found: &mut Found) {
    for e in entries(&store.volumes_dir()) {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        match store.volume(&name) {
            Ok(_) if store.volume_data(&name).is_dir() => {}
            Ok(_) => found.add("volume", &name, "its _data directory is missing".into()),
            Err(e2) => found.add("volume", &name, format!("unreadable record: {e2}")),
        }
    }
}

/// `--repair`: removes leftovers, broken layers, images missing parts, and containers whose
/// layers are gone (their files can't be used any more). Returns what was removed.
pub fn repair(engine: &Engine, problems: &[Problem]) -> Result<Vec<String>, Error> {
    let store = &engine.store;
    let owner = engine.owner()?;
    let _gc = store.lock_gc_exclusive()?;
    let mut done = Vec::new();
    for p in problems {
        let removed = match p.kind {
            "temp" => store
                .remove_temp(owner, std::path::Path::new(&p.what))
                .is_ok(),
            "blob" => store.remove_blob(owner, &p.what).is_ok(),
            "layer" => store.remove_layer(owner, &p.what).is_ok_and(|gone| gone),
            "image" => engine
                .find_image(&p.what)
                .ok()
                .is_some_and(|img| store.delete_image_record(owner, &img.id).is_ok()),
            "container" => engine
                .find_container(&p.what)
                .ok()
                .is_some_and(|c| store.delete_container(owner, &c.id).is_ok()),
            "volume" => store.delete_volume(owner, &p.what).is_ok(),
            _ => false,
        };
        if removed {
            done.push(format!("{} {}", p.kind, p.what));
        }
    }
    // Whatever only the removed images held.
    let _ = store.collect_garbage(owner);
    Ok(done)
}
