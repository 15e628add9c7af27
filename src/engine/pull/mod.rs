//! `pull`: resolve a name, fetch the manifest and config, then download, verify and unpack the
//! layers in parallel, each streamed straight from the socket through the decompressor into the
//! extractor while both digests are computed. `registry` holds the client and the other
//! registry requests (`search`, the `login` check), `push` the upload, `layer` one layer's fetch.

use std::path::PathBuf;
use std::time::Duration;

use futures_util::StreamExt;
use oci_client::Reference;
use oci_client::errors::OciDistributionError;
use oci_client::manifest::OciDescriptor;
use thiserror::Error;

use super::Engine;
use super::images::Progress;
use crate::image::auth::Credentials;
use crate::image::extract::ExtractError;
use crate::image::manifest::{
    self, Descriptor, ImageConfig, ImageManifest, ManifestError, Parsed, Platform,
};
use crate::image::reference::{self, ImageRef, ReferenceError};
use crate::image::registries::Endpoint;
use crate::image::signature::policy::Scoped;
use crate::store::images::{ImageLayer, ImageRecord};
use crate::store::layers::chain_ids;
use crate::store::{Owner, Store, StoreError, now_rfc3339, sha256_hex};

pub mod layer;
mod push;
mod registry;
mod sign;
mod verify;

pub use push::{PushOptions, push};
use registry::{Access, Remote};
pub use registry::{SearchHit, check_login, search};
pub use sign::{SignOptions, Signer, image_sign};

#[derive(Debug, Error)]
pub enum PullError {
    #[error(transparent)]
    Reference(#[from] ReferenceError),
    #[error("{0}: the registry is blocked in registries.conf")]
    Blocked(String),
    /// `policy.json` can't be made sense of.
    #[error(transparent)]
    Policy(Box<super::Error>),
    /// `policy.json` refuses the image: rejected outright, or its signatures don't meet it.
    #[error("{image}: Source image rejected: {reason}")]
    Rejected {
        image: String,
        #[source]
        reason: crate::image::signature::policy::Refusal,
    },
    /// Making or storing a signature failed.
    #[error("signing: {0}")]
    Sign(String),
    #[error("{image}: unauthorized: authentication required (log in, or pass --creds)")]
    Unauthorized { image: String },
    #[error("{image}: manifest unknown: the registry has no such image")]
    NotFound { image: String },
    #[error("{image}: {message}")]
    Registry { image: String, message: String },
    #[error("{image}: {source}")]
    Manifest {
        image: String,
        #[source]
        source: ManifestError,
    },
    #[error("{image}: {what} {expected} does not match its content ({actual})")]
    DigestMismatch {
        image: String,
        what: &'static str,
        expected: String,
        actual: String,
    },
    #[error(
        "{image}: layer {layer}: uncompressed digest {actual} does not match diff_id {expected} in the image config"
    )]
    DiffIdMismatch {
        image: String,
        layer: String,
        expected: String,
        actual: String,
    },
    #[error("{image}: config lists {diff_ids} diff_ids for {layers} layers")]
    LayerCount {
        image: String,
        diff_ids: usize,
        layers: usize,
    },
    #[error("{image}: layer {layer}: {source}")]
    Extract {
        image: String,
        layer: String,
        #[source]
        source: ExtractError,
    },
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Engine(#[from] super::EngineError),
    #[error("{}", join_attempts(.0))]
    AllFailed(Vec<(String, PullError)>),
}

fn join_attempts(errs: &[(String, PullError)]) -> String {
    match errs {
        [(_, only)] => only.to_string(),
        _ => {
            let parts: Vec<String> = errs.iter().map(|(n, e)| format!("{n}: {e}")).collect();
            format!("pulling failed from every candidate: {}", parts.join("; "))
        }
    }
}

#[derive(Debug, Clone)]
pub struct PullOptions {
    /// `Some(false)`: plain HTTP or unverified TLS; `None`: as registries.conf says.
    pub tls_verify: Option<bool>,
    pub platform: Platform,
    pub creds: Option<Credentials>,
    pub authfile: Option<PathBuf>,
    pub progress: Progress,
}

/// Runs `work` on a tokio runtime of its own (`workers` threads, or the calling thread alone
/// when 0) and shuts that runtime down completely before returning: no thread outlives it, so
/// the caller may fork afterwards.
fn with_runtime<T, E>(
    workers: usize,
    start_failed: impl FnOnce(std::io::Error) -> E,
    work: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, E> {
    let mut builder = if workers == 0 {
        tokio::runtime::Builder::new_current_thread()
    } else {
        tokio::runtime::Builder::new_multi_thread()
    };
    if workers > 0 {
        builder.worker_threads(workers);
    }
    let rt = builder.enable_all().build().map_err(start_failed)?;
    let result = rt.block_on(work);
    rt.shutdown_timeout(Duration::from_secs(30));
    result
}

/// Pulls `name` and returns the stored image. Runs its own tokio runtime and shuts it down
/// completely before returning, so the caller may fork afterwards.
pub fn pull(engine: &Engine, name: &str, opts: &PullOptions) -> Result<ImageRecord, PullError> {
    let candidates = candidates(engine, name)?;
    let result = with_runtime(
        2,
        |e| PullError::Io("starting the download runtime".into(), e),
        async {
            let mut failures = Vec::new();
            for candidate in candidates {
                let policy = match verify::policy(&engine.paths.config_home, &candidate) {
                    Ok(p) => p,
                    Err(e) => {
                        failures.push((candidate.name(), e));
                        continue;
                    }
                };
                opts.progress
                    .note(&format!("Trying to pull {}...", candidate.name()));
                match pull_candidate(engine, &candidate, policy.as_ref(), opts).await {
                    Ok(rec) => return Ok(rec),
                    Err(e) => failures.push((candidate.name(), e)),
                }
            }
            Err(PullError::AllFailed(failures))
        },
    );
    result.map_err(|e| match e {
        PullError::AllFailed(mut v) if v.len() == 1 => v.remove(0).1,
        other => other,
    })
}

/// The fully qualified references to try for `name`, in order.
pub fn candidates(engine: &Engine, name: &str) -> Result<Vec<ImageRef>, PullError> {
    let parsed = reference::parse(name)?;
    if !parsed.is_short() {
        return Ok(vec![parsed.qualify(reference::DOCKER_HUB)]);
    }
    if let Some(alias) = engine.registries.aliases.get(&parsed.repository) {
        let mut target = reference::parse(alias)?;
        target.tag = parsed.tag.clone().or(target.tag);
        target.digest = parsed.digest.clone();
        return Ok(vec![target.qualify(reference::DOCKER_HUB)]);
    }
    Ok(engine
        .registries
        .search_registries()
        .iter()
        .map(|r| parsed.qualify(r))
        .collect())
}

async fn pull_candidate(
    engine: &Engine,
    image: &ImageRef,
    policy: Option<&Scoped>,
    opts: &PullOptions,
) -> Result<ImageRecord, PullError> {
    if engine
        .registries
        .is_blocked(&image.registry, &image.repository)
    {
        return Err(PullError::Blocked(image.repo()));
    }
    let mut last = None;
    for ep in engine
        .registries
        .endpoints(&image.registry, &image.repository)
    {
        // Transient failures (a connection reset mid-blob, 429/5xx, a truncated stream) are
        // retried a bounded number of times, with backoff. Layers already complete are kept,
        // so a retry resumes at the first missing layer; nothing partial was committed.
        let mut attempt = 0;
        loop {
            match pull_from(engine, image, &ep, policy, opts).await {
                Ok(rec) => return Ok(rec),
                Err(e) if attempt < MAX_RETRIES && e.is_transient() => {
                    attempt += 1;
                    let wait = Duration::from_millis(250 << attempt);
                    opts.progress.warn(&format!(
                        "{e}; retrying in {} ms ({attempt}/{MAX_RETRIES})",
                        wait.as_millis()
                    ));
                    tokio::time::sleep(wait).await;
                }
                Err(e) => {
                    last = Some(e);
                    break;
                }
            }
        }
    }
    Err(last.expect("endpoints() always yields the source registry"))
}

/// How many times a transient failure is retried.
const MAX_RETRIES: u32 = 3;

impl PullError {
    /// Whether trying again may help: the network or the registry had a moment, not the
    /// image is wrong.
    fn is_transient(&self) -> bool {
        let text = match self {
            PullError::Registry { message, .. } => message.to_ascii_lowercase(),
            PullError::Io(what, e) => format!("{what} {e}").to_ascii_lowercase(),
            // A stream cut short shows up inside the extractor, which was reading it.
            PullError::Extract { source, .. } => source.to_string().to_ascii_lowercase(),
            _ => return false,
        };
        [
            "connection reset",
            "connection closed",
            "broken pipe",
            "timed out",
            "unexpected eof",
            "unexpected end of file",
            "error decoding response body",
            "error reading a body",
            // Statuses as reqwest words them (bare numbers would match ports such as 5000).
            "server error (5",
            "code: 5",
            "code: 429",
            "too many requests",
            "service unavailable",
        ]
        .iter()
        .any(|t| text.contains(t))
    }
}

/// Connects to `ep` and fetches the manifest for `image`. Insecure registries are tried over
/// unverified TLS first, then plain HTTP, as podman does.
async fn open(
    engine: &Engine,
    image: &ImageRef,
    ep: &Endpoint,
    opts: &PullOptions,
) -> Result<(Remote, bytes::Bytes), PullError> {
    let access = Access::new(
        engine,
        &ep.registry,
        &ep.repository,
        opts.tls_verify,
        ep.insecure,
        opts.creds.as_ref(),
        opts.authfile.as_ref(),
    );
    let mut last = None;
    for remote in access.remotes(&image.to_string()) {
        let reference = remote.reference(ep, image.reference());
        match remote
            .client
            .pull_manifest_raw(&reference, &remote.auth, manifest::ACCEPTED)
            .await
        {
            Ok((body, _)) => return Ok((remote, body)),
            Err(e @ OciDistributionError::RequestError(_)) => last = Some(remote.error(e)),
            Err(e) => return Err(remote.error(e)),
        }
    }
    Err(last.expect("at least one protocol is tried"))
}

async fn pull_from(
    engine: &Engine,
    image: &ImageRef,
    ep: &Endpoint,
    policy: Option<&Scoped>,
    opts: &PullOptions,
) -> Result<ImageRecord, PullError> {
    let (remote, body) = open(engine, image, ep, opts).await?;
    let resolved = resolve_manifest(&remote, image, ep, opts, body).await?;
    if let Some(p) = policy.filter(|p| p.needs_signatures()) {
        // Before anything of the image is fetched or stored: a refusal leaves nothing behind.
        opts.progress
            .note("Checking if image destination supports signatures");
        verify::check(engine, &remote, ep, image, &resolved.digest, p).await?;
    }
    let reference = remote.reference(ep, &resolved.digest);
    let config = fetch_config(&remote, &reference, image, &resolved.manifest, opts).await?;
    let store = &engine.store;
    let owner = engine.owner()?;
    let gc = store.lock_gc_shared()?;
    let sizes = fetch_layers(
        engine,
        &remote,
        &reference,
        &resolved.manifest,
        &config,
        owner,
        &opts.progress,
    )
    .await?;

    store.put_blob(&resolved.manifest.config.digest, &config.bytes)?;
    store.put_blob(&resolved.digest, &resolved.body)?;
    if let Some((d, b)) = &resolved.index {
        store.put_blob(d, b)?;
    }
    opts.progress.note("Writing manifest to image destination");
    let _records = store.lock_records()?;
    let id = record_pulled(store, image, &resolved, &config, &sizes)?;
    drop(gc);
    store.event("image", "pull", &id, &image.name(), "");
    Ok(store.image(&id)?)
}

/// The image manifest chosen for the platform: its digest and bytes, and the index it was
/// chosen from, if the name led to one.
struct Resolved {
    digest: String,
    body: bytes::Bytes,
    manifest: ImageManifest,
    index: Option<(String, bytes::Bytes)>,
}

/// Checks the manifest `body` against the digest the name asks for and, when it is an index,
/// fetches and checks the platform's manifest from it.
async fn resolve_manifest(
    remote: &Remote,
    image: &ImageRef,
    ep: &Endpoint,
    opts: &PullOptions,
    mut body: bytes::Bytes,
) -> Result<Resolved, PullError> {
    let shown = image.to_string();
    let mut digest = format!("sha256:{}", sha256_hex(&body));
    if let Some(want) = &image.digest
        && *want != digest
    {
        return Err(PullError::DigestMismatch {
            image: shown,
            what: "manifest digest",
            expected: want.clone(),
            actual: digest,
        });
    }
    let manifest_err = |source| PullError::Manifest {
        image: shown.clone(),
        source,
    };
    let mut index = None;
    let parsed = match manifest::parse(&body, "").map_err(manifest_err)? {
        Parsed::Index(list) => {
            let chosen = manifest::select_platform(&list, &opts.platform).map_err(manifest_err)?;
            let chosen_digest = chosen.digest.clone();
            if crate::store::digest_hex(&chosen_digest).is_none() {
                return Err(manifest_err(ManifestError::Invalid(
                    "index entry digest is not sha256",
                )));
            }
            let reference = remote.reference(ep, &chosen_digest);
            let (inner, _) = remote
                .client
                .pull_manifest_raw(&reference, &remote.auth, manifest::ACCEPTED)
                .await
                .map_err(|e| remote.error(e))?;
            let actual = format!("sha256:{}", sha256_hex(&inner));
            if actual != chosen_digest {
                return Err(PullError::DigestMismatch {
                    image: shown,
                    what: "manifest",
                    expected: chosen_digest,
                    actual,
                });
            }
            index = Some((digest, body));
            digest = actual;
            body = inner;
            match manifest::parse(&body, "").map_err(manifest_err)? {
                Parsed::Manifest(m) => m,
                Parsed::Index(_) => {
                    return Err(manifest_err(ManifestError::Invalid(
                        "an index inside an index",
                    )));
                }
            }
        }
        Parsed::Manifest(m) => m,
    };
    Ok(Resolved {
        digest,
        body,
        manifest: parsed,
        index,
    })
}

/// The image config as fetched, with the layer identities it gives.
struct Config {
    bytes: Vec<u8>,
    parsed: ImageConfig,
    diff_ids: Vec<String>,
    chains: Vec<String>,
}

/// Fetches and parses the config of `parsed`, which must list a diff_id per layer; an image
/// for another platform than asked is taken, with a warning.
async fn fetch_config(
    remote: &Remote,
    reference: &Reference,
    image: &ImageRef,
    parsed: &ImageManifest,
    opts: &PullOptions,
) -> Result<Config, PullError> {
    let shown = image.to_string();
    let config_bytes = fetch_small_blob(remote, reference, &parsed.config, "config").await?;
    opts.progress.note(&format!(
        "Copying config {} done",
        short(&parsed.config.digest)
    ));
    let config = manifest::parse_config(&config_bytes).map_err(|source| PullError::Manifest {
        image: shown.clone(),
        source,
    })?;
    let diff_ids = config.rootfs.diff_ids.clone();
    if diff_ids.len() != parsed.layers.len() {
        return Err(PullError::LayerCount {
            image: shown,
            diff_ids: diff_ids.len(),
            layers: parsed.layers.len(),
        });
    }
    let got = Platform {
        os: config.os.clone(),
        architecture: config.architecture.clone(),
        variant: config.variant.clone(),
    };
    if got.os != opts.platform.os || got.architecture != opts.platform.architecture {
        opts.progress.warn(&format!(
            "image platform ({got}) does not match the expected platform ({})",
            opts.platform
        ));
    }
    let chains = chain_ids(&diff_ids);
    Ok(Config {
        bytes: config_bytes,
        parsed: config,
        diff_ids,
        chains,
    })
}

/// Fetches and unpacks the layers of `parsed`, four at a time; returns their uncompressed
/// sizes.
async fn fetch_layers(
    engine: &Engine,
    remote: &Remote,
    reference: &Reference,
    parsed: &ImageManifest,
    config: &Config,
    owner: Owner,
    progress: &Progress,
) -> Result<Vec<u64>, PullError> {
    let store: &Store = &engine.store;
    let extract_opts = crate::image::extract::ExtractOptions {
        squash_owners: engine.mapping.squashes_owners(),
        ..Default::default()
    };
    let jobs = parsed
        .layers
        .iter()
        .zip(&config.diff_ids)
        .zip(&config.chains)
        .map(|((desc, diff_id), chain)| {
            layer::fetch(layer::LayerJob {
                remote,
                reference,
                desc,
                diff_id,
                chain,
                store,
                owner,
                extract: &extract_opts,
                progress,
            })
        });
    let mut sizes = Vec::new();
    let mut results = futures_util::stream::iter(jobs).buffered(4);
    while let Some(r) = results.next().await {
        sizes.push(r?);
    }
    Ok(sizes)
}

/// Writes the image record of a pull (or adds the repo digest to the one there) and names it
/// after the tag pulled; returns its ID. The caller holds the records lock.
fn record_pulled(
    store: &Store,
    image: &ImageRef,
    resolved: &Resolved,
    config: &Config,
    sizes: &[u64],
) -> Result<String, PullError> {
    let parsed = &resolved.manifest;
    let digest = &resolved.digest;
    let index = &resolved.index;
    let id = crate::store::digest_hex(&parsed.config.digest)
        .expect("validated by parse")
        .to_string();
    let repo_digest = format!(
        "{}@{}",
        image.repo(),
        index.as_ref().map(|(d, _)| d).unwrap_or(digest)
    );
    let layers: Vec<ImageLayer> = parsed
        .layers
        .iter()
        .zip(&config.diff_ids)
        .zip(&config.chains)
        .map(|((d, diff), chain)| ImageLayer {
            chain_id: chain.clone(),
            diff_id: diff.clone(),
            digest: d.digest.clone(),
            media_type: d.media_type.clone(),
            size: u64::try_from(d.size).unwrap_or(0),
        })
        .collect();
    let mut rec = match store.image(&id) {
        Ok(existing) => existing,
        Err(_) => ImageRecord {
            id: id.clone(),
            digest: digest.clone(),
            manifest_media_type: parsed.media_type.clone(),
            index_digest: index.as_ref().map(|(d, _)| d.clone()),
            config_digest: parsed.config.digest.clone(),
            names: Vec::new(),
            repo_digests: Vec::new(),
            layers,
            size: sizes.iter().sum(),
            created: config.parsed.created.clone(),
            stored: now_rfc3339(),
            names_history: Vec::new(),
        },
    };
    if !rec.repo_digests.contains(&repo_digest) {
        rec.repo_digests.push(repo_digest);
    }
    crate::sys::fault("pull.before-record");
    store.save_image(&rec)?;
    crate::sys::fault("pull.after-record");
    if image.tag.is_some() {
        store.set_name(&id, &image.name())?;
    }
    Ok(id)
}

/// Fetches a small blob (a config, a signature payload), held in memory, checking size and
/// digest.
async fn fetch_small_blob(
    remote: &Remote,
    reference: &Reference,
    desc: &Descriptor,
    what: &'static str,
) -> Result<Vec<u8>, PullError> {
    let oci = OciDescriptor {
        media_type: desc.media_type.clone(),
        digest: desc.digest.clone(),
        size: desc.size,
        ..Default::default()
    };
    let mut stream = remote
        .client
        .pull_blob_stream(reference, &oci)
        .await
        .map_err(|e| remote.error(e))?;
    let mut data = Vec::new();
    while let Some(chunk) = stream.stream.next().await {
        let chunk = chunk
            .map_err(|e| PullError::Io(format!("{}: {what} {}", remote.shown, desc.digest), e))?;
        data.extend_from_slice(&chunk);
        if data.len() > manifest::MAX_MANIFEST_BYTES {
            return Err(PullError::Manifest {
                image: remote.shown.clone(),
                source: ManifestError::Invalid("blob larger than 4 MiB"),
            });
        }
    }
    let actual = format!("sha256:{}", sha256_hex(&data));
    if actual != desc.digest {
        return Err(PullError::DigestMismatch {
            image: remote.shown.clone(),
            what,
            expected: desc.digest.clone(),
            actual,
        });
    }
    Ok(data)
}

pub fn short(digest: &str) -> &str {
    let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
    &hex[..hex.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transient_failures_are_told_from_lasting_ones() {
        let reg = |m: &str| PullError::Registry {
            image: "x".into(),
            message: m.into(),
        };
        assert!(reg("connection reset by peer").is_transient());
        assert!(reg("HTTP status server error (503 Service Unavailable)").is_transient());
        assert!(reg("429 Too Many Requests").is_transient());
        assert!(reg("Server error: url http://r:5000/v2/x, code: 503, message: ").is_transient());
        assert!(
            PullError::Io(
                "layer".into(),
                std::io::Error::other("unexpected end of file")
            )
            .is_transient()
        );
        assert!(!reg("tcp connect error: Connection refused").is_transient());
        assert!(
            !reg("error sending request for url (https://127.0.0.1:5000/v2/x): received corrupt message of type InvalidContentType").is_transient(),
            "a port number is no status"
        );
        assert!(!PullError::NotFound { image: "x".into() }.is_transient());
        assert!(!PullError::Unauthorized { image: "x".into() }.is_transient());
    }
}
