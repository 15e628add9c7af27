//! `load`: the images of an archive or an OCI layout into the store. The archive is unpacked
//! into a private temporary directory first, refusing anything but files and directories that
//! stay inside it.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use super::{OCI_MANIFEST, REF_NAME, qualified, record_image, sha256};
use crate::engine::Engine;
use crate::engine::Error;
use crate::engine::error::IoAt;
use crate::engine::pull::layer::{ImportedLayer, import_layer};
use crate::image::extract::ExtractOptions;
use crate::image::manifest::{self, file_head, layer_media_type};
use crate::image::reference;
use crate::store::digest_hex;
use crate::store::fsutil::TempDir;
use crate::store::images::ImageRecord;

/// A relative path that stays inside the archive: no `..`, no root, nothing odd.
fn safe_member(name: &Path) -> bool {
    !name.as_os_str().is_empty()
        && name
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Unpacks an archive's regular files and directories into `dir`. Symbolic links (podman's
/// docker-archives share layers through them) become copies of the member they name, which
/// must be a regular file inside the archive. Devices and names that climb are refused.
fn unpack_archive(src: impl Read, dir: &Path) -> Result<(), Error> {
    let bad_tar = |e: std::io::Error| {
        let first = e
            .to_string()
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(120)
            .collect::<String>();
        Error::Invalid(format!("not a valid image archive (tar): {first}"))
    };
    let mut archive = tar::Archive::new(src);
    let mut links: Vec<(PathBuf, PathBuf)> = Vec::new();
    for entry in archive.entries().map_err(bad_tar)? {
        let mut entry = entry.map_err(bad_tar)?;
        let name = entry
            .path()
            .map_err(|e| Error::Invalid(e.to_string()))?
            .into_owned();
        if !safe_member(&name) {
            return Err(Error::Invalid(format!(
                "archive member {:?} climbs out of the archive: refused",
                name
            )));
        }
        let dest = dir.join(&name);
        match entry.header().entry_type() {
            tar::EntryType::Directory => std::fs::create_dir_all(&dest).at(&dest)?,
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                if let Some(parent) = dest.parent() {
                    std::fs::create_dir_all(parent).at(parent)?;
                }
                // create_new: a second member of the same name does not overwrite the first.
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&dest)
                    .map_err(|e| match e.kind() {
                        // A second member of that name.
                        std::io::ErrorKind::AlreadyExists => {
                            Error::Invalid(format!("archive member {}: {e}", name.display()))
                        }
                        _ => Error::io(&dest, e),
                    })?;
                std::io::copy(&mut entry, &mut f).at(&dest)?;
            }
            tar::EntryType::XGlobalHeader | tar::EntryType::XHeader => {}
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let target = entry
                    .link_name()
                    .map_err(|e| Error::Invalid(e.to_string()))?
                    .ok_or_else(|| {
                        Error::Invalid(format!(
                            "archive member {}: a link to nothing",
                            name.display()
                        ))
                    })?
                    .into_owned();
                // Symbolic links are relative to the member's directory, hard links to the top.
                let resolved = if entry.header().entry_type() == tar::EntryType::Symlink {
                    name.parent().unwrap_or(Path::new("")).join(&target)
                } else {
                    target.clone()
                };
                let mut norm = PathBuf::new();
                for c in resolved.components() {
                    match c {
                        Component::Normal(p) => norm.push(p),
                        Component::CurDir => {}
                        Component::ParentDir if norm.pop() => {}
                        _ => {
                            return Err(Error::Invalid(format!(
                                "archive member {} links to {}, outside the archive: refused",
                                name.display(),
                                target.display()
                            )));
                        }
                    }
                }
                links.push((name, norm));
            }
            other => {
                return Err(Error::Invalid(format!(
                    "archive member {} is a {other:?}, not a file: refused",
                    name.display()
                )));
            }
        }
    }
    // Links last: their targets may come after them. A copy, never a link, so nothing read
    // later can lead out of the temporary directory.
    for (name, target) in links {
        let from = dir.join(&target);
        let meta = std::fs::symlink_metadata(&from).map_err(|_| {
            Error::Invalid(format!(
                "archive member {} links to {}, which the archive does not hold",
                name.display(),
                target.display()
            ))
        })?;
        if !meta.is_file() {
            return Err(Error::Invalid(format!(
                "archive member {} links to {}, which is not a file: refused",
                name.display(),
                target.display()
            )));
        }
        let dest = dir.join(&name);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).at(parent)?;
        }
        std::fs::copy(&from, &dest).at(&dest)?;
    }
    Ok(())
}

/// Opens `rel` (a path named inside the archive) below `dir`, refusing names that climb.
fn member(dir: &Path, rel: &str) -> Result<PathBuf, Error> {
    let p = Path::new(rel);
    if !safe_member(p) {
        return Err(Error::Invalid(format!(
            "archive names {rel:?}, which climbs out of it: refused"
        )));
    }
    let full = dir.join(p);
    let meta = std::fs::symlink_metadata(&full)
        .map_err(|_| Error::Invalid(format!("the archive has no {rel}")))?;
    if !meta.is_file() {
        return Err(Error::Invalid(format!(
            "{rel} in the archive is not a file"
        )));
    }
    Ok(full)
}

/// A blob of an OCI layout, checked against its digest.
fn oci_blob(dir: &Path, digest: &str) -> Result<PathBuf, Error> {
    let hex = digest_hex(digest)
        .ok_or_else(|| Error::Invalid(format!("bad digest {digest:?}: refused")))?;
    member(dir, &format!("blobs/sha256/{hex}"))
}

fn read_checked(path: &Path, digest: &str) -> Result<Vec<u8>, Error> {
    let meta = std::fs::metadata(path).at(path)?;
    if meta.len() > 4 << 20 {
        return Err(Error::Invalid(format!("{digest}: larger than 4 MiB")));
    }
    let data = std::fs::read(path).at(path)?;
    if sha256(&data) != digest {
        return Err(Error::Invalid(format!(
            "{digest}: the archive's content does not match its digest"
        )));
    }
    Ok(data)
}

/// One image found in an archive, before it is stored.
struct Found {
    config: Vec<u8>,
    /// Layer files in order, with the blob digest the archive promises (OCI) if any.
    layers: Vec<(PathBuf, Option<String>)>,
    names: Vec<String>,
}

/// `load`: the images of an archive (a tar stream, or an OCI layout directory). Returns the
/// stored images and the names they got.
pub fn load(
    engine: &Engine,
    src: Option<&mut dyn Read>,
    dir: Option<&Path>,
) -> Result<Vec<(ImageRecord, Vec<String>)>, Error> {
    let store = &engine.store;
    let tmp_dir = store.tmp_dir();
    let tmp = TempDir::new(&tmp_dir, "load").at(&tmp_dir)?;
    let root = match (src, dir) {
        (_, Some(d)) => d.to_path_buf(),
        (Some(s), None) => {
            unpack_archive(s, tmp.path())?;
            tmp.path().to_path_buf()
        }
        (None, None) => return Err(Error::Invalid("nothing to load".into())),
    };
    let found = if root.join("oci-layout").is_file() {
        read_oci(&root)?
    } else if is_docker_dir(&root) {
        read_docker_dir(&root)?
    } else if root.join("manifest.json").is_file() {
        read_docker(&root)?
    } else {
        return Err(Error::Invalid(
            "not an image archive: no manifest.json (docker-archive) or oci-layout (OCI)".into(),
        ));
    };
    if found.is_empty() {
        return Err(Error::Invalid("the archive holds no image".into()));
    }
    let _gc = store.lock_gc_shared()?;
    let mut out = Vec::new();
    for f in found {
        let img = store_image(engine, &f.config, &f.layers)?;
        let mut names = Vec::new();
        for n in &f.names {
            let q = qualified(n, reference::DOCKER_HUB)?;
            let _lock = store.lock_records()?;
            store.set_name(&img.id, &q)?;
            names.push(q);
        }
        out.push((store.image(&img.id)?, names));
    }
    Ok(out)
}

fn read_docker(root: &Path) -> Result<Vec<Found>, Error> {
    let m = read_limited(&root.join("manifest.json"))?;
    let list: Vec<Value> =
        serde_json::from_slice(&m).map_err(|e| Error::Invalid(format!("manifest.json: {e}")))?;
    list.iter()
        .map(|entry| {
            let config_name = entry["Config"]
                .as_str()
                .ok_or_else(|| Error::Invalid("manifest.json: an entry without Config".into()))?;
            let config_path = member(root, config_name)?;
            let config = std::fs::read(&config_path).at(&config_path)?;
            let layers = entry["Layers"]
                .as_array()
                .ok_or_else(|| Error::Invalid("manifest.json: an entry without Layers".into()))?
                .iter()
                .map(|l| {
                    let name = l.as_str().ok_or_else(|| {
                        Error::Invalid("manifest.json: a layer name is not a string".into())
                    })?;
                    Ok((member(root, name)?, None))
                })
                .collect::<Result<_, Error>>()?;
            let names = entry["RepoTags"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|n| n.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            Ok(Found {
                config,
                layers,
                names,
            })
        })
        .collect()
}

/// The `dir:` transport's directory (skopeo's): a `version` file says so.
fn is_docker_dir(root: &Path) -> bool {
    std::fs::read_to_string(root.join("version"))
        .is_ok_and(|v| v.starts_with("Directory Transport Version:"))
}

/// A `dir:` image: `manifest.json` (OCI or Docker schema 2) naming blobs kept under their
/// digests' hex, each checked against its digest.
fn read_docker_dir(root: &Path) -> Result<Vec<Found>, Error> {
    let m: Value = serde_json::from_slice(&read_limited(&root.join("manifest.json"))?)
        .map_err(|e| Error::Invalid(format!("manifest.json: {e}")))?;
    let blob = |d: &Value| -> Result<(PathBuf, String), Error> {
        let digest = d["digest"]
            .as_str()
            .ok_or_else(|| Error::Invalid("manifest.json: a descriptor without digest".into()))?;
        let hex = digest_hex(digest)
            .ok_or_else(|| Error::Invalid(format!("bad digest {digest:?}: refused")))?;
        Ok((member(root, hex)?, digest.to_string()))
    };
    let (config_path, config_digest) = blob(&m["config"])?;
    let layers = m["layers"]
        .as_array()
        .ok_or_else(|| Error::Invalid("manifest.json: no layers (is it a list?)".into()))?
        .iter()
        .map(|l| blob(l).map(|(p, d)| (p, Some(d))))
        .collect::<Result<_, Error>>()?;
    Ok(vec![Found {
        config: read_checked(&config_path, &config_digest)?,
        layers,
        names: Vec::new(),
    }])
}

fn read_limited(path: &Path) -> Result<Vec<u8>, Error> {
    if std::fs::metadata(path).at(path)?.len() > 4 << 20 {
        return Err(Error::Invalid(format!(
            "{}: larger than 4 MiB",
            path.display()
        )));
    }
    std::fs::read(path).at(path)
}

fn read_oci(root: &Path) -> Result<Vec<Found>, Error> {
    let index: Value = serde_json::from_slice(&read_limited(&root.join("index.json"))?)
        .map_err(|e| Error::Invalid(format!("index.json: {e}")))?;
    let mut out: Vec<Found> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let manifests = index["manifests"]
        .as_array()
        .ok_or_else(|| Error::Invalid("index.json: no manifests".into()))?;
    for d in manifests {
        let digest = d["digest"]
            .as_str()
            .ok_or_else(|| Error::Invalid("index.json: a manifest without a digest".into()))?;
        let data = read_checked(&oci_blob(root, digest)?, digest)?;
        let parsed = manifest::parse(&data, d["mediaType"].as_str().unwrap_or(OCI_MANIFEST))
            .map_err(|e| Error::Invalid(e.to_string()))?;
        let m = match parsed {
            manifest::Parsed::Manifest(m) => m,
            manifest::Parsed::Index(_) => {
                return Err(Error::Invalid(
                    "the archive holds a nested index (a multi-platform image): not supported"
                        .into(),
                ));
            }
        };
        // A bare tag (podman writes full names) names nothing we can use.
        let name = d["annotations"][REF_NAME]
            .as_str()
            .filter(|n| n.contains('/') || n.contains(':'))
            .map(str::to_string);
        // The same manifest under several names: one image.
        if let Some(i) = seen.iter().position(|s| s == digest) {
            out[i].names.extend(name);
            continue;
        }
        seen.push(digest.to_string());
        let config = read_checked(&oci_blob(root, &m.config.digest)?, &m.config.digest)?;
        let layers = m
            .layers
            .iter()
            .map(|l| Ok((oci_blob(root, &l.digest)?, Some(l.digest.clone()))))
            .collect::<Result<_, Error>>()?;
        let names = name.into_iter().collect();
        out.push(Found {
            config,
            layers,
            names,
        });
    }
    Ok(out)
}

/// Stores an image from its config and layer files: each layer is unpacked (or found) and
/// checked against the config's diff_ids, and a fresh OCI manifest is recorded.
fn store_image(
    engine: &Engine,
    config: &[u8],
    layers: &[(PathBuf, Option<String>)],
) -> Result<ImageRecord, Error> {
    let store = &engine.store;
    let cfg = manifest::parse_config(config).map_err(|e| Error::Invalid(e.to_string()))?;
    let diff_ids = &cfg.rootfs.diff_ids;
    if diff_ids.len() != layers.len() {
        return Err(Error::Invalid(format!(
            "the image config lists {} layers, the archive has {}",
            diff_ids.len(),
            layers.len()
        )));
    }
    let opts = ExtractOptions {
        squash_owners: engine.mapping.squashes_owners(),
        ..Default::default()
    };
    let mut parent: Option<String> = None;
    let mut stored: Vec<ImportedLayer> = Vec::new();
    for ((path, want_digest), diff_id) in layers.iter().zip(diff_ids) {
        let f = std::fs::File::open(path).at(path)?;
        let media = layer_media_type(&file_head(path));
        let l = import_layer(
            store,
            engine.owner()?,
            f,
            parent.as_deref(),
            Some(diff_id),
            media,
            &opts,
        )?;
        if let Some(want) = want_digest
            && *want != l.digest
        {
            return Err(Error::Invalid(format!(
                "layer {want}: the archive's content does not match its digest"
            )));
        }
        parent = Some(l.chain_id.clone());
        stored.push(l);
    }
    record_image(engine, config, &stored, cfg.created.clone())
}
