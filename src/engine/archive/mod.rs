//! Images in and out of the store without a registry: `save` and `load` (docker-archive,
//! oci-archive, oci-dir), `commit` and `history`. Archives are untrusted input: members are
//! unpacked into a private temporary directory (regular files and directories only, no name
//! that climbs), every blob is checked against its digest, and layers go through the same
//! extractor as pulls. `save` and `load` live in their submodules, and `tree` writes the tars
//! of directory trees that commits and builds make layers of.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Engine;
use super::Error;
use super::pull::layer::ImportedLayer;
use crate::image::manifest::{file_head, layer_media_type};
use crate::image::reference;
use crate::store::images::{ImageLayer, ImageRecord};
use crate::store::{digest_hex, now_rfc3339};

mod load;
mod save;
pub mod transport;
mod tree;

pub use load::load;
pub use save::{save, save_images};
pub use tree::{MOUNT_TARGETS, diff_tar, squash_tar, tree_tar};

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const REF_NAME: &str = "org.opencontainers.image.ref.name";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    DockerArchive,
    OciArchive,
    OciDir,
    /// The `dir:` transport (skopeo's directory): `manifest.json`, blobs named by their
    /// digests' hex, and `version`.
    DockerDir,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, Error> {
        match s {
            "docker-archive" => Ok(Format::DockerArchive),
            "oci-archive" => Ok(Format::OciArchive),
            "oci-dir" => Ok(Format::OciDir),
            "docker-dir" => Ok(Format::DockerDir),
            other => Err(Error::Invalid(format!(
                "unsupported format {other:?}: want docker-archive, oci-archive, oci-dir or docker-dir"
            ))),
        }
    }
}

/// Writing a tar stream failed: where it goes (a caller's file, stdout, a layer being made)
/// only the caller knows.
pub(super) fn tar_write(e: std::io::Error) -> Error {
    Error::System(e.to_string())
}

/// A name as the store keeps it: short names qualified with `short_registry`.
pub fn qualified(name: &str, short_registry: &str) -> Result<String, Error> {
    let p = reference::parse(name).map_err(|e| Error::Invalid(e.to_string()))?;
    if p.digest.is_some() {
        return Err(Error::Invalid(format!(
            "{name}: a name can't contain a digest"
        )));
    }
    Ok(p.qualify(if p.is_short() {
        short_registry
    } else {
        reference::DOCKER_HUB
    })
    .name())
}

/// Writes an archive to `path` through a file beside it, synced and renamed over it: a failed
/// write leaves no half archive (and nothing else) behind.
pub fn write_beside(
    path: &std::path::Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> Result<(), Error>,
) -> Result<(), Error> {
    use super::error::IoAt;
    let tmp = path.with_file_name(format!(
        ".{}.tmp-{}",
        path.file_name()
            .map_or("archive".into(), |n| n.to_string_lossy()),
        crate::store::fsutil::unique_suffix()
    ));
    let result = (|| {
        let f = std::fs::File::create(&tmp).at(&tmp)?;
        let mut w = std::io::BufWriter::new(f);
        fill(&mut w)?;
        let f = w
            .into_inner()
            .map_err(|e| Error::System(format!("{}: {e}", tmp.display())))?;
        f.sync_all().at(&tmp)?;
        std::fs::rename(&tmp, path).at(path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn sha256(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

/// Stores the config and a fresh OCI manifest and writes the image record.
pub fn record_image(
    engine: &Engine,
    config: &[u8],
    layers: &[ImportedLayer],
    created: Option<String>,
) -> Result<ImageRecord, Error> {
    let store = &engine.store;
    let config_digest = sha256(config);
    store.put_blob(&config_digest, config)?;
    let layer_descs: Vec<Value> = layers
        .iter()
        .map(|l| {
            let media = store
                .blob_path(&l.digest)
                .map(|p| layer_media_type(&file_head(&p)))
                .unwrap_or("application/vnd.oci.image.layer.v1.tar");
            json!({"mediaType": media, "digest": l.digest, "size": l.blob_size})
        })
        .collect();
    let m = serde_json::to_vec(&json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": OCI_CONFIG, "digest": config_digest, "size": config.len()},
        "layers": layer_descs,
    }))
    .expect("json serializes");
    let manifest_digest = sha256(&m);
    store.put_blob(&manifest_digest, &m)?;
    let id = digest_hex(&config_digest).expect("sha256").to_string();
    let _lock = store.lock_records()?;
    let rec = match store.image(&id) {
        Ok(existing) => existing,
        Err(_) => ImageRecord {
            id: id.clone(),
            digest: manifest_digest,
            manifest_media_type: OCI_MANIFEST.into(),
            index_digest: None,
            config_digest,
            names: Vec::new(),
            repo_digests: Vec::new(),
            layers: layers
                .iter()
                .map(|l| ImageLayer {
                    chain_id: l.chain_id.clone(),
                    diff_id: l.diff_id.clone(),
                    digest: l.digest.clone(),
                    media_type: store
                        .blob_path(&l.digest)
                        .map(|p| layer_media_type(&file_head(&p)))
                        .unwrap_or("application/vnd.oci.image.layer.v1.tar")
                        .to_string(),
                    size: l.blob_size,
                })
                .collect(),
            size: layers.iter().map(|l| l.size).sum(),
            created,
            stored: now_rfc3339(),
            names_history: Vec::new(),
        },
    };
    store.save_image(&rec)?;
    Ok(rec)
}

/// `history`: the config's history, newest first, with the size of the layer each step made.
pub fn history(engine: &Engine, query: &str) -> Result<Vec<Value>, Error> {
    let img = engine.find_image(query)?;
    let config: Value = serde_json::from_slice(&engine.store.read_blob(&img.config_digest)?)
        .map_err(|e| Error::System(e.to_string()))?;
    let sizes: Vec<u64> = img
        .layers
        .iter()
        .map(|l| {
            engine
                .store
                .layer_dir(&l.chain_id)
                .and_then(|d| std::fs::read(d.join("layer.json")).ok())
                .and_then(|d| serde_json::from_slice::<crate::store::layers::LayerRecord>(&d).ok())
                .map_or(0, |r| r.size)
        })
        .collect();
    let mut layer = 0;
    let mut rows = Vec::new();
    let history = config["history"].as_array().cloned().unwrap_or_default();
    for (i, h) in history.iter().enumerate() {
        let empty = h["empty_layer"].as_bool().unwrap_or(false);
        let size = if empty {
            0
        } else {
            let s = sizes.get(layer).copied().unwrap_or(0);
            layer += 1;
            s
        };
        let is_top = i + 1 == history.len();
        rows.push(json!({
            "id": if is_top { img.id.clone() } else { "<missing>".to_string() },
            "created": h["created"],
            "createdBy": h["created_by"].as_str().unwrap_or(""),
            "size": size,
            "comment": h["comment"].as_str().unwrap_or(""),
        }));
    }
    if history.is_empty() {
        rows.push(json!({"id": img.id, "created": config["created"], "createdBy": "", "size": img.size, "comment": ""}));
    }
    rows.reverse();
    Ok(rows)
}

/// Sets `key` in the config's `config` section from a `--change` instruction (Dockerfile
/// syntax): CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR, VOLUME, STOPSIGNAL.
pub fn apply_change(config: &mut Value, change: &str) -> Result<(), Error> {
    use crate::image::config_json as cj;
    use crate::image::containerfile::{pairs, words};
    let (instr, rest) = change
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((change.trim(), ""));
    let rest = rest.trim();
    let c = cj::section(config);
    let bad = |why: &str| Error::Invalid(format!("invalid --change {change:?}: {why}"));
    // JSON form, or shell form run by /bin/sh -c.
    let command = |s: &str| -> Value {
        match serde_json::from_str::<Vec<String>>(s) {
            Ok(v) => json!(v),
            Err(_) => json!(["/bin/sh", "-c", s]),
        }
    };
    match instr.to_ascii_uppercase().as_str() {
        "CMD" => c["Cmd"] = command(rest),
        "ENTRYPOINT" => c["Entrypoint"] = command(rest),
        "ENV" => cj::set_env(c, pairs(rest).map_err(|e| bad(&e.to_string()))?),
        "LABEL" => cj::set_labels(c, pairs(rest).map_err(|e| bad(&e.to_string()))?),
        "EXPOSE" => cj::expose(c, words(rest)),
        "VOLUME" => cj::add_volumes(
            c,
            serde_json::from_str::<Vec<String>>(rest).unwrap_or_else(|_| words(rest)),
        ),
        "USER" if !rest.is_empty() => c["User"] = json!(rest),
        "WORKDIR" if rest.starts_with('/') => c["WorkingDir"] = json!(rest),
        "WORKDIR" => return Err(bad("WORKDIR must be an absolute path")),
        "STOPSIGNAL" if !rest.is_empty() => c["StopSignal"] = json!(rest),
        _ => {
            return Err(bad(
                "supported are CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR, VOLUME, STOPSIGNAL",
            ));
        }
    }
    Ok(())
}
