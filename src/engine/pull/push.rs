//! `push`: an image from the store to a registry, its layers recompressed when asked.

use std::path::{Path, PathBuf};

use oci_client::Reference;
use oci_client::errors::OciDistributionError;

use super::registry::{Access, Remote};
use super::{PullError, short, with_runtime};
use crate::engine::Engine;
use crate::engine::archive::{OCI_CONFIG, OCI_MANIFEST};
use crate::image::auth::Credentials;
use crate::image::reference::ImageRef;
use crate::store::images::ImageRecord;
use crate::store::sha256_hex;

/// What `push` takes besides the image and the destination.
#[derive(Debug, Clone, Default)]
pub struct PushOptions {
    pub tls_verify: Option<bool>,
    pub creds: Option<Credentials>,
    pub authfile: Option<PathBuf>,
    /// `gzip` or `zstd`: layers stored otherwise are recompressed (their diff_ids stay).
    pub compression: Option<String>,
    pub quiet: bool,
    /// `--sign-by`, `--sign-by-sigstore-private-key`: signatures made once the manifest is up.
    pub sign: super::SignOptions,
}

/// A layer as pushed: its blob file (the stored one, or a recompressed copy) and descriptor.
struct PushLayer {
    path: PathBuf,
    digest: String,
    size: u64,
    media_type: String,
    _temp: Option<TempFile>,
}

/// A file removed when dropped.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Recompresses a stored layer blob to `want` (`gzip` or `zstd`) in the store's tmp dir.
fn recompress(engine: &Engine, blob: &std::path::Path, want: &str) -> Result<PushLayer, PullError> {
    use std::io::{Read, Write};
    let io = |what: &str, e: std::io::Error| PullError::Io(what.to_string(), e);
    let head = {
        let mut h = [0u8; 4];
        let n = std::fs::File::open(blob)
            .and_then(|mut f| f.read(&mut h))
            .map_err(|e| io("reading a layer", e))?;
        h[..n].to_vec()
    };
    let src =
        std::io::BufReader::new(std::fs::File::open(blob).map_err(|e| io("reading a layer", e))?);
    let mut plain: Box<dyn Read> = match crate::image::manifest::layer_media_type(&head) {
        m if m.ends_with("+gzip") => Box::new(flate2::bufread::MultiGzDecoder::new(src)),
        m if m.ends_with("+zstd") => {
            Box::new(zstd::stream::read::Decoder::with_buffer(src).map_err(|e| io("zstd", e))?)
        }
        _ => Box::new(src),
    };
    let tmp = TempFile(engine.store.tmp_dir().join(format!(
        ".tmp-push-{}",
        crate::store::fsutil::unique_suffix()
    )));
    let file = std::io::BufWriter::new(
        std::fs::File::create(&tmp.0).map_err(|e| io("temporary file", e))?,
    );
    let file = match want {
        "zstd" => {
            let mut enc = zstd::stream::write::Encoder::new(file, 3).map_err(|e| io("zstd", e))?;
            std::io::copy(&mut plain, &mut enc).map_err(|e| io("recompressing", e))?;
            enc.finish().map_err(|e| io("zstd", e))?
        }
        _ => {
            let mut enc = flate2::write::GzEncoder::new(file, flate2::Compression::default());
            std::io::copy(&mut plain, &mut enc).map_err(|e| io("recompressing", e))?;
            enc.finish().map_err(|e| io("gzip", e))?
        }
    };
    file.into_inner()
        .map_err(|e| io("flushing", e.into_error()))?
        .flush()
        .map_err(|e| io("flushing", e))?;
    let data_digest = {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        let mut f = std::fs::File::open(&tmp.0).map_err(|e| io("hashing", e))?;
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = f.read(&mut buf).map_err(|e| io("hashing", e))?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
        }
        format!("sha256:{}", hex::encode(h.finalize()))
    };
    let size = std::fs::metadata(&tmp.0).map_err(|e| io("size", e))?.len();
    Ok(PushLayer {
        path: tmp.0.clone(),
        digest: data_digest,
        size,
        media_type: if want == "zstd" {
            "application/vnd.oci.image.layer.v1.tar+zstd"
        } else {
            "application/vnd.oci.image.layer.v1.tar+gzip"
        }
        .to_string(),
        _temp: Some(tmp),
    })
}

/// `push`: uploads `img` to `dest` (a fully qualified reference), skipping blobs the registry
/// has and mounting those it has in another repository the image came from. Returns the
/// manifest's digest.
pub fn push(
    engine: &Engine,
    img: &ImageRecord,
    dest: &ImageRef,
    opts: &PushOptions,
) -> Result<String, PullError> {
    let shown = dest.name();
    let io = |what: &str, e: std::io::Error| PullError::Io(what.to_string(), e);
    let layers = push_layers(engine, img, &shown, opts)?;
    let config = engine.store.read_blob(&img.config_digest)?;
    let manifest = serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": OCI_CONFIG, "digest": img.config_digest, "size": config.len()},
        "layers": layers.iter().map(|l| serde_json::json!({"mediaType": l.media_type, "digest": l.digest, "size": l.size})).collect::<Vec<_>>(),
    }))
    .expect("json serializes");
    let manifest_digest = format!("sha256:{}", sha256_hex(&manifest));

    let access = Access::new(
        engine,
        &dest.registry,
        &dest.repository,
        opts.tls_verify,
        false,
        opts.creds.as_ref(),
        opts.authfile.as_ref(),
    );
    let sources = mount_sources(img, dest);
    with_runtime(0, |e| io("starting the upload runtime", e), async {
        let mut last = None;
        for remote in access.remotes(&shown) {
            let reference = Reference::with_tag(
                dest.registry.clone(),
                dest.repository.clone(),
                dest.tag.clone().unwrap_or_else(|| "latest".into()),
            );
            match remote
                .client
                .auth(
                    &reference,
                    &remote.auth,
                    oci_client::RegistryOperation::Push,
                )
                .await
            {
                Ok(_) => {}
                Err(e @ OciDistributionError::RequestError(_)) => {
                    last = Some(remote.error(e));
                    continue;
                }
                Err(e) => return Err(remote.error(e)),
            }
            let up = Upload {
                remote: &remote,
                reference: &reference,
                registry: &dest.registry,
                sources: &sources,
                quiet: opts.quiet,
            };
            for l in &layers {
                up.blob(&l.digest, &l.path, l.size).await?;
            }
            let config_path =
                engine
                    .store
                    .blob_path(&img.config_digest)
                    .ok_or_else(|| PullError::Registry {
                        image: shown.clone(),
                        message: "bad config digest".into(),
                    })?;
            up.blob(&img.config_digest, &config_path, config.len() as u64)
                .await?;
            if !opts.quiet {
                eprintln!("Writing manifest to image destination");
            }
            remote
                .client
                .push_manifest_raw(
                    &reference,
                    manifest.clone(),
                    http::HeaderValue::from_static(OCI_MANIFEST),
                )
                .await
                .map_err(|e| remote.error(e))?;
            if !opts.sign.signers.is_empty() {
                if !opts.quiet {
                    eprintln!("Storing signatures");
                }
                super::sign::sign_digest(engine, Some(&remote), dest, &manifest_digest, &opts.sign)
                    .await?;
            }
            return Ok(manifest_digest.clone());
        }
        Err(last.expect("at least one protocol is tried"))
    })
}

/// The layers of `img` as they will go: stored blobs, or recompressed copies.
fn push_layers(
    engine: &Engine,
    img: &ImageRecord,
    shown: &str,
    opts: &PushOptions,
) -> Result<Vec<PushLayer>, PullError> {
    use std::io::Read;
    let io = |what: &str, e: std::io::Error| PullError::Io(what.to_string(), e);
    let mut layers = Vec::new();
    for l in &img.layers {
        let path = engine
            .store
            .blob_path(&l.digest)
            .filter(|p| p.exists())
            .ok_or_else(|| PullError::Registry {
                image: shown.to_string(),
                message: format!("layer blob {} is missing from the store", l.digest),
            })?;
        let mut head = [0u8; 4];
        let n = std::fs::File::open(&path)
            .and_then(|mut f| f.read(&mut head))
            .map_err(|e| io("reading a layer", e))?;
        let media = crate::image::manifest::layer_media_type(&head[..n]);
        let stored_kind = if media.ends_with("+zstd") {
            "zstd"
        } else if media.ends_with("+gzip") {
            "gzip"
        } else {
            "none"
        };
        let want = opts
            .compression
            .as_deref()
            .unwrap_or(if stored_kind == "none" {
                "gzip"
            } else {
                stored_kind
            });
        if want == stored_kind {
            let size = std::fs::metadata(&path).map_err(|e| io("size", e))?.len();
            layers.push(PushLayer {
                path,
                digest: l.digest.clone(),
                size,
                media_type: media.to_string(),
                _temp: None,
            });
        } else {
            if !opts.quiet {
                eprintln!("Compressing layer {} with {want}", short(&l.digest));
            }
            layers.push(recompress(engine, &path, want)?);
        }
    }
    Ok(layers)
}

/// Where the image came from on the same registry: blobs can be mounted from there.
fn mount_sources(img: &ImageRecord, dest: &ImageRef) -> Vec<String> {
    img.repo_digests
        .iter()
        .filter_map(|rd| rd.split_once('@').map(|(repo, _)| repo.to_string()))
        .filter_map(|repo| {
            repo.split_once('/')
                .filter(|(reg, _)| *reg == dest.registry)
                .map(|(_, r)| r.to_string())
        })
        .filter(|r| *r != dest.repository)
        .collect()
}

/// Uploads blobs to one remote repository.
struct Upload<'a> {
    remote: &'a Remote,
    reference: &'a Reference,
    registry: &'a str,
    /// Other repositories of the registry to mount blobs from.
    sources: &'a [String],
    quiet: bool,
}

impl Upload<'_> {
    /// Uploads the blob `digest` from the file at `path`, unless the registry has it already
    /// or can mount it from one of the sources.
    async fn blob(&self, digest: &str, path: &Path, size: u64) -> Result<(), PullError> {
        let remote = self.remote;
        let reference = self.reference;
        if remote
            .client
            .blob_exists(reference, digest)
            .await
            .map_err(|e| remote.error(e))?
        {
            if !self.quiet {
                eprintln!("Copying blob {} skipped: already exists", short(digest));
            }
            return Ok(());
        }
        for src in self.sources {
            let from =
                Reference::with_digest(self.registry.to_string(), src.clone(), digest.to_string());
            if remote
                .client
                .mount_blob(reference, &from, digest)
                .await
                .is_ok()
                && remote
                    .client
                    .blob_exists(reference, digest)
                    .await
                    .unwrap_or(false)
            {
                if !self.quiet {
                    eprintln!("Copying blob {} mounted from {src}", short(digest));
                }
                return Ok(());
            }
        }
        if !self.quiet {
            eprintln!("Copying blob {}", short(digest));
        }
        let file =
            std::fs::File::open(path).map_err(|e| PullError::Io(path.display().to_string(), e))?;
        remote
            .client
            .push_blob_stream(reference, file_stream(file), digest, Some(size))
            .await
            .map_err(|e| remote.error(e))?;
        Ok(())
    }
}

/// The content of `file` as a stream of chunks of up to 1 MiB.
fn file_stream(
    file: std::fs::File,
) -> impl futures_util::Stream<Item = Result<bytes::Bytes, OciDistributionError>> {
    futures_util::stream::unfold(file, |mut f| async move {
        use std::io::Read;
        let mut buf = vec![0u8; 1 << 20];
        match f.read(&mut buf) {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(bytes::Bytes::from(buf)), f))
            }
            Err(e) => Some((Err(OciDistributionError::IoError(e)), f)),
        }
    })
}
