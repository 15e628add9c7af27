//! `save`: images from the store written as a docker-archive, an oci-archive or an oci-dir.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::{Format, OCI_CONFIG, OCI_INDEX, OCI_MANIFEST, REF_NAME, qualified, sha256, tar_write};
use crate::engine::Engine;
use crate::engine::Error;
use crate::engine::error::IoAt;
use crate::image::manifest::{file_head, layer_media_type};
use crate::image::reference;
use crate::store::digest_hex;
use crate::store::images::ImageRecord;

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
    save_images(engine, &images, format, out, dir)
}

/// As [`save`], for images found already, each with the names it is saved under.
pub fn save_images(
    engine: &Engine,
    images: &[(ImageRecord, Vec<String>)],
    format: Format,
    out: Option<&mut dyn Write>,
    dir: Option<&Path>,
) -> Result<(), Error> {
    match format {
        Format::DockerArchive => {
            let out = out.ok_or_else(|| {
                Error::Invalid("docker-archive needs an output file or stdout".into())
            })?;
            write_docker_archive(engine, images, out)
        }
        Format::DockerDir => {
            let dir = dir.ok_or_else(|| {
                Error::Invalid("docker-dir needs an output directory (-o)".into())
            })?;
            match images {
                [(img, _)] => write_docker_dir(engine, img, dir),
                _ => Err(Error::Invalid(
                    "docker-dir holds one image: save one at a time".into(),
                )),
            }
        }
        Format::OciArchive | Format::OciDir => {
            let layout = oci_layout(engine, images)?;
            if format == Format::OciDir {
                let dir = dir.ok_or_else(|| {
                    Error::Invalid("oci-dir needs an output directory (-o)".into())
                })?;
                write_oci_dir(&layout, dir)
            } else {
                let out = out.ok_or_else(|| {
                    Error::Invalid("oci-archive needs an output file or stdout".into())
                })?;
                write_oci_archive(&layout, out)
            }
        }
    }
}

/// Writes a docker-archive: each config, each layer once as a plain tar, and `manifest.json`.
fn write_docker_archive(
    engine: &Engine,
    images: &[(ImageRecord, Vec<String>)],
    out: &mut dyn Write,
) -> Result<(), Error> {
    let mut tar = tar::Builder::new(out);
    let mut written = BTreeSet::new();
    let mut manifest = Vec::new();
    for (img, names) in images {
        let config = engine.store.read_blob(&img.config_digest)?;
        let config_name = format!("{}.json", img.id);
        if written.insert(config_name.clone()) {
            append_bytes(&mut tar, &config_name, &config).map_err(tar_write)?;
        }
        let mut layers = Vec::new();
        for l in &img.layers {
            let hex = digest_hex(&l.diff_id).ok_or_else(|| Error::System("bad diff_id".into()))?;
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
    Ok(())
}

/// Writes `img` as the `dir:` transport has it: its manifest as `manifest.json`, the config
/// and layer blobs under their digests' hex, and `version`. A directory that holds other
/// things is refused, as a directory left behind by something else.
fn write_docker_dir(engine: &Engine, img: &ImageRecord, dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).at(dir)?;
    let version = dir.join("version");
    let ours = |name: &str| {
        name == "version"
            || name == "manifest.json"
            || (name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    if let Some(other) = std::fs::read_dir(dir)
        .at(dir)?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| !ours(n))
    {
        return Err(Error::Invalid(format!(
            "{}: holds {other:?}, which is not an image directory's: refusing to write there",
            dir.display()
        )));
    }
    let manifest = oci_manifest(engine, img)?;
    for d in std::iter::once(&img.config_digest).chain(img.layers.iter().map(|l| &l.digest)) {
        let src = engine
            .store
            .blob_path(d)
            .ok_or_else(|| Error::System("bad digest".into()))?;
        let dest = dir.join(digest_hex(d).unwrap_or("x"));
        if !dest.exists() {
            std::fs::copy(&src, &dest).at(&dest)?;
        }
    }
    let m = dir.join("manifest.json");
    std::fs::write(&m, &manifest).at(&m)?;
    std::fs::write(&version, "Directory Transport Version: 1.1\n").at(&version)?;
    Ok(())
}

/// What an OCI layout of some images holds besides `oci-layout`.
struct OciLayout {
    /// Blobs from the store: configs and layers.
    blobs: Vec<(String, PathBuf)>,
    /// Blobs made for the layout: the manifests.
    extra: Vec<(String, Vec<u8>)>,
    /// `index.json`.
    index: Vec<u8>,
}

const OCI_LAYOUT: &[u8] = br#"{"imageLayoutVersion":"1.0.0"}"#;

fn blob_name(d: &str) -> String {
    format!("blobs/sha256/{}", digest_hex(d).unwrap_or("x"))
}

/// The blobs and index of an OCI layout of `images`: a manifest per image, listed in the
/// index once per name.
fn oci_layout(engine: &Engine, images: &[(ImageRecord, Vec<String>)]) -> Result<OciLayout, Error> {
    let mut blobs: Vec<(String, PathBuf)> = Vec::new();
    let mut extra: Vec<(String, Vec<u8>)> = Vec::new();
    let mut index = Vec::new();
    for (img, names) in images {
        let m = oci_manifest(engine, img)?;
        let digest = sha256(&m);
        let mut entries: Vec<Option<&String>> = names.iter().map(Some).collect();
        if entries.is_empty() {
            entries.push(None);
        }
        for name in entries {
            let mut d = json!({"mediaType": OCI_MANIFEST, "digest": digest, "size": m.len()});
            if let Some(n) = name {
                d["annotations"] = json!({REF_NAME: n});
            }
            index.push(d);
        }
        extra.push((digest, m));
        for d in std::iter::once(&img.config_digest).chain(img.layers.iter().map(|l| &l.digest)) {
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
    Ok(OciLayout {
        blobs,
        extra,
        index,
    })
}

/// Writes `layout` into directory `dir` (an oci-dir), keeping blobs already there.
fn write_oci_dir(layout: &OciLayout, dir: &Path) -> Result<(), Error> {
    let blobs_dir = dir.join("blobs/sha256");
    std::fs::create_dir_all(&blobs_dir).at(&blobs_dir)?;
    let layout_file = dir.join("oci-layout");
    std::fs::write(&layout_file, OCI_LAYOUT).at(&layout_file)?;
    for (d, p) in &layout.blobs {
        let dest = dir.join(blob_name(d));
        if !dest.exists() {
            std::fs::copy(p, &dest).at(&dest)?;
        }
    }
    for (d, data) in &layout.extra {
        let dest = dir.join(blob_name(d));
        std::fs::write(&dest, data).at(&dest)?;
    }
    let index_file = dir.join("index.json");
    std::fs::write(&index_file, &layout.index).at(&index_file)?;
    Ok(())
}

/// Writes `layout` as a tar stream to `out` (an oci-archive), each blob once.
fn write_oci_archive(layout: &OciLayout, out: &mut dyn Write) -> Result<(), Error> {
    let mut tar = tar::Builder::new(out);
    append_bytes(&mut tar, "oci-layout", OCI_LAYOUT).map_err(tar_write)?;
    append_dir(&mut tar, "blobs").map_err(tar_write)?;
    append_dir(&mut tar, "blobs/sha256").map_err(tar_write)?;
    let mut written = BTreeSet::new();
    for (d, p) in &layout.blobs {
        if written.insert(d.clone()) {
            append_file(&mut tar, &blob_name(d), p)?;
        }
    }
    for (d, data) in &layout.extra {
        if written.insert(d.clone()) {
            append_bytes(&mut tar, &blob_name(d), data).map_err(tar_write)?;
        }
    }
    append_bytes(&mut tar, "index.json", &layout.index).map_err(tar_write)?;
    tar.into_inner()
        .map_err(tar_write)?
        .flush()
        .map_err(tar_write)?;
    Ok(())
}
