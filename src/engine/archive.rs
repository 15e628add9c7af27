//! Images in and out of the store without a registry: `save` and `load` (docker-archive,
//! oci-archive, oci-dir), `commit` and `history`. Archives are untrusted input: members are
//! unpacked into a private temporary directory (regular files and directories only, no name
//! that climbs), every blob is checked against its digest, and layers go through the same
//! extractor as pulls.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Engine;
use super::Error;
use super::error::IoAt;
use super::pull::layer::{ImportedLayer, import_layer};
use crate::image::extract::ExtractOptions;
use crate::image::manifest;
use crate::image::reference;
use crate::store::fsutil::TempDir;
use crate::store::images::{ImageLayer, ImageRecord};
use crate::store::{digest_hex, now_rfc3339};

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const REF_NAME: &str = "org.opencontainers.image.ref.name";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    DockerArchive,
    OciArchive,
    OciDir,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, Error> {
        match s {
            "docker-archive" => Ok(Format::DockerArchive),
            "oci-archive" => Ok(Format::OciArchive),
            "oci-dir" => Ok(Format::OciDir),
            other => Err(Error::Invalid(format!(
                "unsupported format {other:?}: want docker-archive, oci-archive or oci-dir"
            ))),
        }
    }
}

/// Writing a tar stream failed: where it goes (a caller's file, stdout, a layer being made)
/// only the caller knows.
pub(super) fn tar_write(e: std::io::Error) -> Error {
    Error::System(e.to_string())
}

use crate::image::manifest::{file_head, layer_media_type};

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

/// An OCI manifest for `img` (its layers with OCI media types, from their bytes).
fn oci_manifest(engine: &Engine, img: &ImageRecord) -> Result<Vec<u8>, Error> {
    let config = engine.store.read_blob(&img.config_digest)?;
    let layers: Vec<Value> = img
        .layers
        .iter()
        .map(|l| {
            let path = engine
                .store
                .blob_path(&l.digest)
                .filter(|p| p.exists())
                .ok_or_else(|| {
                    Error::System(format!(
                        "image {}: blob {} is missing",
                        img.short_id(),
                        l.digest
                    ))
                })?;
            let size = std::fs::metadata(&path).at(&path)?.len();
            Ok(json!({"mediaType": layer_media_type(&file_head(&path)), "digest": l.digest, "size": size}))
        })
        .collect::<Result<_, Error>>()?;
    let m = json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": OCI_CONFIG, "digest": img.config_digest, "size": config.len()},
        "layers": layers,
    });
    Ok(serde_json::to_vec(&m).expect("json serializes"))
}

fn sha256(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

/// Adds a file from bytes to a tar being written (mode 0644, owned by root, epoch mtime).
fn append_bytes<W: Write>(
    tar: &mut tar::Builder<W>,
    name: &str,
    data: &[u8],
) -> std::io::Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_size(data.len() as u64);
    h.set_mode(0o644);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut h, name, data)
}

fn append_file<W: Write>(tar: &mut tar::Builder<W>, name: &str, path: &Path) -> Result<(), Error> {
    let mut f = std::fs::File::open(path).at(path)?;
    let mut h = tar::Header::new_gnu();
    h.set_size(f.metadata().at(path)?.len());
    h.set_mode(0o644);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut h, name, &mut f).map_err(tar_write)
}

fn append_dir<W: Write>(tar: &mut tar::Builder<W>, name: &str) -> std::io::Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_size(0);
    h.set_mode(0o755);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Directory);
    tar.append_data(&mut h, name, std::io::empty())
}

/// A layer blob, decompressed into a temporary file (docker-archive keeps plain tars).
fn decompressed(engine: &Engine, digest: &str) -> Result<tempfile_like::Temp, Error> {
    let path = engine
        .store
        .blob_path(digest)
        .ok_or_else(|| Error::System(format!("bad digest {digest}")))?;
    let src = std::io::BufReader::new(std::fs::File::open(&path).at(&path)?);
    let mut reader: Box<dyn Read> = match layer_media_type(&file_head(&path)) {
        m if m.ends_with("+gzip") => Box::new(flate2::bufread::MultiGzDecoder::new(src)),
        m if m.ends_with("+zstd") => {
            Box::new(zstd::stream::read::Decoder::with_buffer(src).at(&path)?)
        }
        _ => Box::new(src),
    };
    let tmp_dir = engine.store.tmp_dir();
    let tmp = tempfile_like::Temp::new(&tmp_dir).at(&tmp_dir)?;
    let mut out = std::fs::File::create(&tmp.path).at(&tmp.path)?;
    std::io::copy(&mut reader, &mut out).at(&tmp.path)?;
    Ok(tmp)
}

/// A temporary file removed when dropped.
mod tempfile_like {
    use std::path::{Path, PathBuf};

    pub struct Temp {
        pub path: PathBuf,
    }

    impl Temp {
        pub fn new(dir: &Path) -> std::io::Result<Temp> {
            std::fs::create_dir_all(dir)?;
            Ok(Temp {
                path: dir.join(format!(
                    ".tmp-file-{}",
                    crate::store::fsutil::unique_suffix()
                )),
            })
        }
    }

    impl Drop for Temp {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// `save`: writes `images` to `out` (a tar stream) or, for oci-dir, into directory `dir`.
pub fn save(
    engine: &Engine,
    queries: &[String],
    format: Format,
    out: Option<&mut dyn Write>,
    dir: Option<&Path>,
) -> Result<(), Error> {
    let mut images = Vec::new();
    for q in queries {
        let img = engine.find_image(q)?;
        // The name the user gave, qualified, when it is one of the image's; else all its names.
        let names = match qualified(q, reference::DOCKER_HUB) {
            Ok(n) if img.names.contains(&n) => vec![n],
            _ => img.names.clone(),
        };
        images.push((img, names));
    }
    match format {
        Format::DockerArchive => {
            let out = out.ok_or_else(|| {
                Error::Invalid("docker-archive needs an output file or stdout".into())
            })?;
            let mut tar = tar::Builder::new(out);
            let mut written = BTreeSet::new();
            let mut manifest = Vec::new();
            for (img, names) in &images {
                let config = engine.store.read_blob(&img.config_digest)?;
                let config_name = format!("{}.json", img.id);
                if written.insert(config_name.clone()) {
                    append_bytes(&mut tar, &config_name, &config).map_err(tar_write)?;
                }
                let mut layers = Vec::new();
                for l in &img.layers {
                    let hex = digest_hex(&l.diff_id)
                        .ok_or_else(|| Error::System("bad diff_id".into()))?;
                    let name = format!("{hex}/layer.tar");
                    if written.insert(name.clone()) {
                        let plain = decompressed(engine, &l.digest)?;
                        append_dir(&mut tar, hex).map_err(tar_write)?;
                        append_file(&mut tar, &name, &plain.path)?;
                    }
                    layers.push(name);
                }
                manifest.push(json!({"Config": config_name, "RepoTags": names, "Layers": layers}));
            }
            let m = serde_json::to_vec(&manifest).expect("json serializes");
            append_bytes(&mut tar, "manifest.json", &m).map_err(tar_write)?;
            tar.into_inner()
                .map_err(tar_write)?
                .flush()
                .map_err(tar_write)?;
        }
        Format::OciArchive | Format::OciDir => {
            let mut blobs: Vec<(String, PathBuf)> = Vec::new();
            let mut extra: Vec<(String, Vec<u8>)> = Vec::new();
            let mut index = Vec::new();
            for (img, names) in &images {
                let m = oci_manifest(engine, img)?;
                let digest = sha256(&m);
                let mut entries: Vec<Option<&String>> = names.iter().map(Some).collect();
                if entries.is_empty() {
                    entries.push(None);
                }
                for name in entries {
                    let mut d =
                        json!({"mediaType": OCI_MANIFEST, "digest": digest, "size": m.len()});
                    if let Some(n) = name {
                        d["annotations"] = json!({REF_NAME: n});
                    }
                    index.push(d);
                }
                extra.push((digest, m));
                for d in
                    std::iter::once(&img.config_digest).chain(img.layers.iter().map(|l| &l.digest))
                {
                    let p = engine
                        .store
                        .blob_path(d)
                        .ok_or_else(|| Error::System("bad digest".into()))?;
                    blobs.push((d.clone(), p));
                }
            }
            let index = serde_json::to_vec(
                &json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": index}),
            )
            .expect("json serializes");
            let layout = br#"{"imageLayoutVersion":"1.0.0"}"#;
            let blob_name = |d: &str| format!("blobs/sha256/{}", digest_hex(d).unwrap_or("x"));
            if format == Format::OciDir {
                let dir = dir.ok_or_else(|| {
                    Error::Invalid("oci-dir needs an output directory (-o)".into())
                })?;
                let blobs_dir = dir.join("blobs/sha256");
                std::fs::create_dir_all(&blobs_dir).at(&blobs_dir)?;
                let layout_file = dir.join("oci-layout");
                std::fs::write(&layout_file, layout).at(&layout_file)?;
                for (d, p) in &blobs {
                    let dest = dir.join(blob_name(d));
                    if !dest.exists() {
                        std::fs::copy(p, &dest).at(&dest)?;
                    }
                }
                for (d, data) in &extra {
                    let dest = dir.join(blob_name(d));
                    std::fs::write(&dest, data).at(&dest)?;
                }
                let index_file = dir.join("index.json");
                std::fs::write(&index_file, &index).at(&index_file)?;
            } else {
                let out = out.ok_or_else(|| {
                    Error::Invalid("oci-archive needs an output file or stdout".into())
                })?;
                let mut tar = tar::Builder::new(out);
                append_bytes(&mut tar, "oci-layout", layout).map_err(tar_write)?;
                append_dir(&mut tar, "blobs").map_err(tar_write)?;
                append_dir(&mut tar, "blobs/sha256").map_err(tar_write)?;
                let mut written = BTreeSet::new();
                for (d, p) in &blobs {
                    if written.insert(d.clone()) {
                        append_file(&mut tar, &blob_name(d), p)?;
                    }
                }
                for (d, data) in &extra {
                    if written.insert(d.clone()) {
                        append_bytes(&mut tar, &blob_name(d), data).map_err(tar_write)?;
                    }
                }
                append_bytes(&mut tar, "index.json", &index).map_err(tar_write)?;
                tar.into_inner()
                    .map_err(tar_write)?
                    .flush()
                    .map_err(tar_write)?;
            }
        }
    }
    Ok(())
}

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
        store.event(
            "image",
            "load",
            &img.id,
            names.first().map_or("", |s| s.as_str()),
            "",
        );
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

/// Writes a tar of a container's changes (its overlay upper directory) to `out`: overlay
/// whiteouts become OCI `.wh.` files, opaque directories get `.wh..wh..opq`.
pub fn diff_tar(upper: &Path, out: impl Write) -> Result<(), Error> {
    tree_tar(upper, out, true, &[])
}

/// The files the runtime creates as mount targets (then bind-mounts over): left out of a
/// build step's layer when they are empty, as buildah does.
pub const MOUNT_TARGETS: &[&str] = &[
    "etc/hosts",
    "etc/hostname",
    "etc/resolv.conf",
    "run/.containerenv",
];

/// Writes a tar of the tree at `root` to `out`, staying on `root`'s filesystem (mounts below
/// it appear as empty directories, or not at all for files). With `whiteouts`, `root` is an
/// overlay upper directory and its whiteouts become OCI ones.
pub fn tree_tar(
    root: &Path,
    out: impl Write,
    whiteouts: bool,
    skip_empty: &[&str],
) -> Result<(), Error> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    // Followed: `root` may be a /proc/PID/root magic link.
    let root_dev = std::fs::metadata(root).at(root)?.dev();
    let mut tar = tar::Builder::new(out);
    tar.follow_symlinks(false);
    let mut links: std::collections::HashMap<(u64, u64), PathBuf> =
        std::collections::HashMap::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let dir = root.join(&rel);
        let mut entries: Vec<_> = std::fs::read_dir(&dir).at(&dir)?.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = rel.join(e.file_name());
            let path = root.join(&name);
            let meta = std::fs::symlink_metadata(&path).at(&path)?;
            let ft = meta.file_type();
            let foreign = meta.dev() != root_dev;
            if foreign && !ft.is_dir() {
                continue;
            }
            if ft.is_file() && meta.len() == 0 && skip_empty.iter().any(|s| Path::new(s) == name) {
                continue;
            }
            if whiteouts && ft.is_char_device() && meta.rdev() == 0 {
                // An overlay whiteout: the file was deleted.
                let wh = rel.join(format!(".wh.{}", e.file_name().to_string_lossy()));
                let mut h = tar::Header::new_gnu();
                h.set_size(0);
                h.set_mode(0o644);
                h.set_mtime(meta.mtime().max(0) as u64);
                h.set_entry_type(tar::EntryType::Regular);
                tar.append_data(&mut h, &wh, std::io::empty())
                    .map_err(tar_write)?;
                continue;
            }
            if meta.nlink() > 1 && !ft.is_dir() {
                if let Some(first) = links.get(&(meta.dev(), meta.ino())) {
                    let mut h = tar::Header::new_gnu();
                    h.set_metadata(&meta);
                    h.set_size(0);
                    h.set_entry_type(tar::EntryType::Link);
                    tar.append_link(&mut h, &name, first).map_err(tar_write)?;
                    continue;
                }
                links.insert((meta.dev(), meta.ino()), name.clone());
            }
            tar.append_path_with_name(&path, &name).at(&path)?;
            if ft.is_dir() && !foreign {
                let opaque = whiteouts
                    && (xattr_get(&path, "user.overlay.opaque").is_some_and(|v| v == b"y")
                        || xattr_get(&path, "trusted.overlay.opaque").is_some_and(|v| v == b"y"));
                if opaque {
                    let mut h = tar::Header::new_gnu();
                    h.set_size(0);
                    h.set_mode(0o644);
                    h.set_mtime(meta.mtime().max(0) as u64);
                    h.set_entry_type(tar::EntryType::Regular);
                    tar.append_data(&mut h, name.join(".wh..wh..opq"), std::io::empty())
                        .map_err(tar_write)?;
                }
                stack.push(name);
            }
        }
    }
    tar.into_inner()
        .map_err(tar_write)?
        .flush()
        .map_err(tar_write)
}

fn xattr_get(path: &Path, name: &str) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; 16];
    rustix::fs::lgetxattr(path, name, &mut buf).ok().map(|n| {
        buf.truncate(n);
        buf
    })
}

/// One path of a squashed layer: where its content comes from.
enum Squashed {
    /// The entry of layer `usize`'s directory (a file, link, device or directory).
    Node(usize),
    /// A directory of layer `usize` that hides everything below it.
    Opaque(usize),
    Whiteout,
}

/// Writes one layer equal to applying `layers` (unpacked layer directories, bottom first) in
/// order: later entries replace earlier ones, whiteouts and opaque directories remove what is
/// below them and stay (they must still hide the layers underneath the squashed ones).
pub fn squash_tar(layers: &[PathBuf], out: impl Write) -> Result<(), Error> {
    use std::collections::BTreeMap;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let mut map: BTreeMap<PathBuf, Squashed> = BTreeMap::new();
    let drop_below = |map: &mut BTreeMap<PathBuf, Squashed>, p: &Path| {
        let below: Vec<PathBuf> = map
            .range(p.to_path_buf()..)
            .map(|(k, _)| k.clone())
            .take_while(|k| k.starts_with(p))
            .filter(|k| k != p)
            .collect();
        for k in below {
            map.remove(&k);
        }
    };
    for (i, dir) in layers.iter().enumerate() {
        let mut stack = vec![PathBuf::new()];
        while let Some(rel) = stack.pop() {
            let here = dir.join(&rel);
            let mut entries: Vec<_> = std::fs::read_dir(&here).at(&here)?.flatten().collect();
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                let name = rel.join(e.file_name());
                let path = dir.join(&name);
                let meta = std::fs::symlink_metadata(&path).at(&path)?;
                let ft = meta.file_type();
                if ft.is_char_device() && meta.rdev() == 0 {
                    drop_below(&mut map, &name);
                    map.insert(name, Squashed::Whiteout);
                } else if ft.is_dir() {
                    let opaque = xattr_get(&path, "user.overlay.opaque").is_some_and(|v| v == b"y")
                        || xattr_get(&path, "trusted.overlay.opaque").is_some_and(|v| v == b"y");
                    let was_opaque = matches!(
                        map.get(&name),
                        Some(Squashed::Opaque(_)) | Some(Squashed::Whiteout)
                    );
                    if opaque {
                        drop_below(&mut map, &name);
                    }
                    // A directory over a whiteout hides the lower one's content too.
                    map.insert(
                        name.clone(),
                        if opaque || was_opaque {
                            Squashed::Opaque(i)
                        } else {
                            Squashed::Node(i)
                        },
                    );
                    stack.push(name);
                } else {
                    drop_below(&mut map, &name);
                    map.insert(name, Squashed::Node(i));
                }
            }
        }
    }
    let mut tar = tar::Builder::new(out);
    tar.follow_symlinks(false);
    let empty_file = |tar: &mut tar::Builder<_>, name: PathBuf| -> Result<(), Error> {
        let mut h = tar::Header::new_gnu();
        h.set_size(0);
        h.set_mode(0o644);
        h.set_mtime(0);
        h.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut h, name, std::io::empty())
            .map_err(tar_write)
    };
    for (name, what) in map {
        match what {
            Squashed::Whiteout => {
                let parent = name.parent().unwrap_or(Path::new(""));
                let base = name
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                empty_file(&mut tar, parent.join(format!(".wh.{base}")))?;
            }
            Squashed::Node(i) => {
                let path = layers[i].join(&name);
                tar.append_path_with_name(&path, &name).at(&path)?;
            }
            Squashed::Opaque(i) => {
                let path = layers[i].join(&name);
                tar.append_path_with_name(&path, &name).at(&path)?;
                empty_file(&mut tar, name.join(".wh..wh..opq"))?;
            }
        }
    }
    tar.into_inner()
        .map_err(tar_write)?
        .flush()
        .map_err(tar_write)
}
