//! `pull`: resolve a name, fetch the manifest and config, then download, verify and unpack the
//! layers in parallel, each streamed straight from the socket through the decompressor into the
//! extractor while both digests are computed.

use std::path::PathBuf;
use std::time::Duration;

use futures_util::StreamExt;
use oci_client::client::{ClientConfig, ClientProtocol};
use oci_client::errors::OciDistributionError;
use oci_client::manifest::OciDescriptor;
use oci_client::secrets::RegistryAuth;
use oci_client::{Client, Reference};
use thiserror::Error;

use super::Engine;
use super::images::Progress;
use crate::image::auth::{self, Credentials};
use crate::image::extract::ExtractError;
use crate::image::manifest::{self, Descriptor, ManifestError, Parsed, Platform};
use crate::image::reference::{self, ImageRef, ReferenceError};
use crate::image::registries::Endpoint;
use crate::store::images::{ImageLayer, ImageRecord};
use crate::store::layers::chain_ids;
use crate::store::{StoreError, now_rfc3339, sha256_hex};

pub mod layer;

#[derive(Debug, Error)]
pub enum PullError {
    #[error(transparent)]
    Reference(#[from] ReferenceError),
    #[error("{0}: the registry is blocked in registries.conf")]
    Blocked(String),
    /// `policy.json` refuses the image, or can't be made sense of.
    #[error(transparent)]
    Policy(Box<super::Error>),
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
                let repo = format!("{}/{}", candidate.registry, candidate.repository);
                if let Err(why) = super::config::check_policy(&engine.paths.config_home, &repo) {
                    failures.push((candidate.name(), PullError::Policy(Box::new(why))));
                    continue;
                }
                crate::log::debug(format_args!("policy.json allows {repo}"));
                opts.progress
                    .note(&format!("Trying to pull {}...", candidate.name()));
                match pull_candidate(engine, &candidate, opts).await {
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
            match pull_from(engine, image, &ep, opts).await {
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

struct Remote {
    client: Client,
    auth: RegistryAuth,
    shown: String,
}

impl Remote {
    fn reference(&self, ep: &Endpoint, reference: &str) -> Reference {
        if reference.starts_with("sha256:") {
            Reference::with_digest(
                ep.registry.clone(),
                ep.repository.clone(),
                reference.to_string(),
            )
        } else {
            Reference::with_tag(
                ep.registry.clone(),
                ep.repository.clone(),
                reference.to_string(),
            )
        }
    }

    fn error(&self, e: OciDistributionError) -> PullError {
        let image = self.shown.clone();
        match e {
            OciDistributionError::UnauthorizedError { .. }
            | OciDistributionError::AuthenticationFailure(_) => PullError::Unauthorized { image },
            OciDistributionError::ImageManifestNotFoundError(_) => PullError::NotFound { image },
            OciDistributionError::RegistryError { envelope, .. }
                if envelope.errors.iter().any(|e| {
                    let code = format!("{:?}", e.code);
                    code.contains("ManifestUnknown")
                        || code.contains("NameUnknown")
                        || code.contains("BlobUnknown")
                }) =>
            {
                PullError::NotFound { image }
            }
            OciDistributionError::RequestError(re)
                if re.status() == Some(http::StatusCode::UNAUTHORIZED) =>
            {
                PullError::Unauthorized { image }
            }
            OciDistributionError::RequestError(re) => {
                let mut message = format!("cannot reach the registry: {}", error_chain(&re));
                if message.contains("InvalidContentType")
                    || message.contains("wrong version number")
                {
                    message.push_str(" (it may speak plain HTTP: use --tls-verify=false or mark it insecure in registries.conf)");
                }
                PullError::Registry { image, message }
            }
            other => PullError::Registry {
                image,
                message: other.to_string(),
            },
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(next) = cur {
        s.push_str(": ");
        s.push_str(&next.to_string());
        cur = next.source();
    }
    s
}

/// How to reach one registry: HTTPS, and plain HTTP too when it is insecure; with the
/// credentials given, or those the auth files hold for it.
struct Access {
    insecure: bool,
    auth: RegistryAuth,
}

impl Access {
    #[allow(clippy::too_many_arguments)]
    fn new(
        engine: &Engine,
        registry: &str,
        repository: &str,
        tls_verify: Option<bool>,
        endpoint_insecure: bool,
        creds: Option<&Credentials>,
        authfile: Option<&PathBuf>,
    ) -> Access {
        let insecure = match tls_verify {
            Some(v) => !v,
            None => endpoint_insecure || engine.registries.is_insecure(registry),
        };
        let creds = creds.cloned().or_else(|| {
            let files = match authfile {
                Some(f) => vec![f.clone()],
                None => auth::auth_files(
                    engine.paths.xdg_runtime.as_deref(),
                    &engine.paths.config_home,
                    &engine.paths.home,
                ),
            };
            auth::lookup(&files, registry, repository)
        });
        let auth = match creds {
            Some(c) => RegistryAuth::Basic(c.username, c.password),
            None => RegistryAuth::Anonymous,
        };
        Access { insecure, auth }
    }

    /// A remote per protocol to try, HTTPS first.
    fn remotes(&self, shown: &str) -> Vec<Remote> {
        let protocols = if self.insecure {
            vec![ClientProtocol::Https, ClientProtocol::Http]
        } else {
            vec![ClientProtocol::Https]
        };
        protocols
            .into_iter()
            .map(|p| Remote {
                client: client(p, self.insecure),
                auth: self.auth.clone(),
                shown: shown.to_string(),
            })
            .collect()
    }
}

/// How long a registry may stay silent on an open connection before the request is given up
/// (and retried, as a stalled stream is transient): `GORAE_REGISTRY_READ_TIMEOUT` seconds,
/// 60 by default.
fn read_timeout() -> Duration {
    let secs = std::env::var("GORAE_REGISTRY_READ_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| *s > 0)
        .unwrap_or(60);
    Duration::from_secs(secs)
}

fn client(protocol: ClientProtocol, insecure: bool) -> Client {
    Client::new(ClientConfig {
        protocol,
        accept_invalid_certificates: insecure,
        platform_resolver: None,
        connect_timeout: Some(Duration::from_secs(30)),
        read_timeout: Some(read_timeout()),
        user_agent: concat!("gorae/", env!("CARGO_PKG_VERSION")),
        ..ClientConfig::default()
    })
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
    opts: &PullOptions,
) -> Result<ImageRecord, PullError> {
    let shown = image.to_string();
    let (remote, mut body) = open(engine, image, ep, opts).await?;
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

    let reference = remote.reference(ep, &digest);
    let config_bytes = fetch_small_blob(&remote, &reference, &parsed.config).await?;
    opts.progress.note(&format!(
        "Copying config {} done",
        short(&parsed.config.digest)
    ));
    let config = manifest::parse_config(&config_bytes).map_err(manifest_err)?;
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
    let store = &engine.store;
    let owner = engine.owner()?;
    let gc = store.lock_gc_shared()?;

    let extract_opts = crate::image::extract::ExtractOptions {
        squash_owners: engine.mapping.squashes_owners(),
        ..Default::default()
    };
    let jobs = parsed
        .layers
        .iter()
        .zip(&diff_ids)
        .zip(&chains)
        .map(|((desc, diff_id), chain)| {
            layer::fetch(layer::LayerJob {
                remote: &remote,
                reference: &reference,
                desc,
                diff_id,
                chain,
                store,
                owner,
                extract: &extract_opts,
                progress: &opts.progress,
            })
        });
    let mut sizes = Vec::new();
    let mut results = futures_util::stream::iter(jobs).buffered(4);
    while let Some(r) = results.next().await {
        sizes.push(r?);
    }

    store.put_blob(&parsed.config.digest, &config_bytes)?;
    store.put_blob(&digest, &body)?;
    if let Some((d, b)) = &index {
        store.put_blob(d, b)?;
    }
    opts.progress.note("Writing manifest to image destination");

    let id = crate::store::digest_hex(&parsed.config.digest)
        .expect("validated by parse")
        .to_string();
    let repo_digest = format!(
        "{}@{}",
        image.repo(),
        index.as_ref().map(|(d, _)| d).unwrap_or(&digest)
    );
    let layers: Vec<ImageLayer> = parsed
        .layers
        .iter()
        .zip(&diff_ids)
        .zip(&chains)
        .map(|((d, diff), chain)| ImageLayer {
            chain_id: chain.clone(),
            diff_id: diff.clone(),
            digest: d.digest.clone(),
            media_type: d.media_type.clone(),
            size: u64::try_from(d.size).unwrap_or(0),
        })
        .collect();
    let _records = store.lock_records()?;
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
            created: config.created.clone(),
            stored: now_rfc3339(),
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
    drop(gc);
    store.event("image", "pull", &id, &image.name(), "");
    Ok(store.image(&id)?)
}

/// Fetches a config blob (small, held in memory), checking size and digest.
async fn fetch_small_blob(
    remote: &Remote,
    reference: &Reference,
    desc: &Descriptor,
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
            .map_err(|e| PullError::Io(format!("{}: config {}", remote.shown, desc.digest), e))?;
        data.extend_from_slice(&chunk);
        if data.len() > manifest::MAX_MANIFEST_BYTES {
            return Err(PullError::Manifest {
                image: remote.shown.clone(),
                source: ManifestError::Invalid("config larger than 4 MiB"),
            });
        }
    }
    let actual = format!("sha256:{}", sha256_hex(&data));
    if actual != desc.digest {
        return Err(PullError::DigestMismatch {
            image: remote.shown.clone(),
            what: "config",
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

/// One `search` result.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchHit {
    #[serde(rename = "Index")]
    pub index: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Tag")]
    pub tag: String,
}

/// `search`: the repositories of `registry` (from its catalogue) whose name contains `term`,
/// or with `list_tags` the tags of repository `term`. Registries without a catalogue (Docker
/// Hub among them) answer with an error, which is passed on.
pub fn search(
    engine: &Engine,
    registry: &str,
    term: &str,
    list_tags: bool,
    limit: usize,
    opts: &PullOptions,
) -> Result<Vec<SearchHit>, PullError> {
    let access = Access::new(
        engine,
        registry,
        term,
        opts.tls_verify,
        false,
        opts.creds.as_ref(),
        opts.authfile.as_ref(),
    );
    let shown = format!("{registry}/{term}");
    with_runtime(
        0,
        |e| PullError::Io("starting the download runtime".into(), e),
        async {
            let mut last = None;
            for remote in access.remotes(&shown) {
                let reference = Reference::with_tag(
                    registry.to_string(),
                    if term.is_empty() {
                        "x".into()
                    } else {
                        term.to_string()
                    },
                    "latest".into(),
                );
                let listed = if list_tags {
                    remote
                        .client
                        .list_tags(&reference, &remote.auth, Some(limit), None)
                        .await
                        .map(|t| {
                            t.tags
                                .into_iter()
                                .map(|tag| SearchHit {
                                    index: registry.to_string(),
                                    name: format!("{registry}/{term}"),
                                    tag,
                                })
                                .collect::<Vec<_>>()
                        })
                } else {
                    remote
                        .client
                        .catalog(&reference, &remote.auth, None, None)
                        .await
                        .map(|c| {
                            let needle = term.to_ascii_lowercase();
                            c.repositories
                                .into_iter()
                                .filter(|r| r.to_ascii_lowercase().contains(&needle))
                                .take(limit)
                                .map(|r| SearchHit {
                                    index: registry.to_string(),
                                    name: format!("{registry}/{r}"),
                                    tag: String::new(),
                                })
                                .collect::<Vec<_>>()
                        })
                };
                match listed {
                    Ok(hits) => return Ok(hits),
                    Err(e @ OciDistributionError::RequestError(_)) => last = Some(remote.error(e)),
                    Err(e) => return Err(remote.error(e)),
                }
            }
            Err(last.expect("at least one protocol is tried"))
        },
    )
}

/// What `push` takes besides the image and the destination.
#[derive(Debug, Clone, Default)]
pub struct PushOptions {
    pub tls_verify: Option<bool>,
    pub creds: Option<Credentials>,
    pub authfile: Option<PathBuf>,
    /// `gzip` or `zstd`: layers stored otherwise are recompressed (their diff_ids stay).
    pub compression: Option<String>,
    pub quiet: bool,
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
    use std::io::Read;
    let shown = dest.name();
    let io = |what: &str, e: std::io::Error| PullError::Io(what.to_string(), e);
    // Layers as they will go: stored blobs, or recompressed copies.
    let mut layers = Vec::new();
    for l in &img.layers {
        let path = engine
            .store
            .blob_path(&l.digest)
            .filter(|p| p.exists())
            .ok_or_else(|| PullError::Registry {
                image: shown.clone(),
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
    let config = engine.store.read_blob(&img.config_digest)?;
    let manifest = serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2,
        "mediaType": super::archive::OCI_MANIFEST,
        "config": {"mediaType": super::archive::OCI_CONFIG, "digest": img.config_digest, "size": config.len()},
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
    // Where the image came from on the same registry: blobs can be mounted from there.
    let sources: Vec<String> = img
        .repo_digests
        .iter()
        .filter_map(|rd| rd.split_once('@').map(|(repo, _)| repo.to_string()))
        .filter_map(|repo| {
            repo.split_once('/')
                .filter(|(reg, _)| *reg == dest.registry)
                .map(|(_, r)| r.to_string())
        })
        .filter(|r| *r != dest.repository)
        .collect();
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
            let up = |digest: String, path: PathBuf, size: u64| {
                let remote = &remote;
                let reference = &reference;
                let sources = &sources;
                async move {
                    if remote
                        .client
                        .blob_exists(reference, &digest)
                        .await
                        .map_err(|e| remote.error(e))?
                    {
                        if !opts.quiet {
                            eprintln!("Copying blob {} skipped: already exists", short(&digest));
                        }
                        return Ok::<(), PullError>(());
                    }
                    for src in sources {
                        let from = Reference::with_digest(
                            dest.registry.clone(),
                            src.clone(),
                            digest.clone(),
                        );
                        if remote
                            .client
                            .mount_blob(reference, &from, &digest)
                            .await
                            .is_ok()
                            && remote
                                .client
                                .blob_exists(reference, &digest)
                                .await
                                .unwrap_or(false)
                        {
                            if !opts.quiet {
                                eprintln!("Copying blob {} mounted from {src}", short(&digest));
                            }
                            return Ok(());
                        }
                    }
                    if !opts.quiet {
                        eprintln!("Copying blob {}", short(&digest));
                    }
                    let file = std::fs::File::open(&path)
                        .map_err(|e| PullError::Io(path.display().to_string(), e))?;
                    let stream = futures_util::stream::unfold(file, |mut f| async move {
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
                    });
                    remote
                        .client
                        .push_blob_stream(reference, stream, &digest, Some(size))
                        .await
                        .map_err(|e| remote.error(e))?;
                    Ok(())
                }
            };
            for l in &layers {
                up(l.digest.clone(), l.path.clone(), l.size).await?;
            }
            let config_path =
                engine
                    .store
                    .blob_path(&img.config_digest)
                    .ok_or_else(|| PullError::Registry {
                        image: shown.clone(),
                        message: "bad config digest".into(),
                    })?;
            up(img.config_digest.clone(), config_path, config.len() as u64).await?;
            if !opts.quiet {
                eprintln!("Writing manifest to image destination");
            }
            remote
                .client
                .push_manifest_raw(
                    &reference,
                    manifest.clone(),
                    http::HeaderValue::from_static(super::archive::OCI_MANIFEST),
                )
                .await
                .map_err(|e| remote.error(e))?;
            return Ok(manifest_digest.clone());
        }
        Err(last.expect("at least one protocol is tried"))
    })
}

/// `login`: checks `creds` against `registry` (a wrong password is refused by it) without
/// storing anything.
pub fn check_login(
    engine: &Engine,
    registry: &str,
    creds: &Credentials,
    tls_verify: Option<bool>,
) -> Result<(), PullError> {
    let access = Access::new(engine, registry, "", tls_verify, false, Some(creds), None);
    with_runtime(
        0,
        |e| PullError::Io("starting the runtime".into(), e),
        async {
            let mut last = None;
            for remote in access.remotes(registry) {
                // A repository that need not exist: the answer tells a good login (found or
                // unknown) from a bad one (unauthorized).
                let probe = Reference::with_tag(
                    registry.to_string(),
                    "gorae/login-check".into(),
                    "latest".into(),
                );
                match remote
                    .client
                    .list_tags(&probe, &remote.auth, Some(1), None)
                    .await
                {
                    Ok(_) => return Ok(()),
                    Err(e @ OciDistributionError::RequestError(_)) => last = Some(remote.error(e)),
                    Err(e) => {
                        return match remote.error(e) {
                            PullError::Unauthorized { .. } => Err(PullError::Unauthorized {
                                image: registry.to_string(),
                            }),
                            // Not found, or anything short of "unauthorized": the login is good.
                            _ => Ok(()),
                        };
                    }
                }
            }
            Err(last.expect("at least one protocol is tried"))
        },
    )
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
