//! The signature check of a pull: once the manifest is chosen, and before any layer is fetched,
//! the image's signatures are gathered from the lookaside store that registries.d names (a
//! `file://` directory or an `http(s)://` server) and, where `use-sigstore-attachments` is on,
//! from the registry's `sha256-…sig` attachment, then judged against policy.json. A refusal
//! leaves nothing in the store: nothing has been written yet.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::registry::Remote;
use super::{PullError, fetch_small_blob};
use crate::engine::Engine;
use crate::image::manifest::{self, Descriptor};
use crate::image::reference::ImageRef;
use crate::image::registries::Endpoint;
use crate::image::signature::policy::{self, Refusal, Scoped};
use crate::image::signature::{
    self, MAX_LOOKASIDE_SIGNATURES, MAX_SIGNATURE_BYTES, Signature, SignatureError,
};
use crate::image::trust::RegistriesD;

/// What `policy.json` requires of pulling `image`: `None` where no policy file exists.
/// A scope that rejects the image outright is refused here, before the registry is asked.
pub(super) fn policy(config_home: &Path, image: &ImageRef) -> Result<Option<Scoped>, PullError> {
    let scoped = policy::for_repo(
        &crate::engine::config::policy_files(config_home),
        &image.repo(),
    )
    .map_err(|e| PullError::Policy(Box::new(crate::engine::Error::Invalid(e.to_string()))))?;
    if let Some(s) = &scoped {
        if s.rejects() {
            return Err(PullError::Rejected {
                image: image.to_string(),
                reason: Refusal::Rejected {
                    image: image.to_string(),
                    scope: s.scope.clone(),
                    file: s.file.display().to_string(),
                },
            });
        }
        crate::log::debug(format_args!(
            "policy.json: {} for {} ({} in {})",
            if s.needs_signatures() {
                "signatures required"
            } else {
                "accepted"
            },
            image.repo(),
            s.scope,
            s.file.display()
        ));
    }
    Ok(scoped)
}

/// registries.d as containers/image reads it for this user: where signatures are kept.
pub(super) struct Stores {
    pub(super) dir: PathBuf,
    pub(super) registries: RegistriesD,
    home: PathBuf,
}

impl Stores {
    /// A registries.d file that makes no sense is an error naming it, as policy.json's are.
    pub(super) fn load(engine: &Engine) -> Result<Stores, PullError> {
        let dir = crate::engine::config::registries_d(&engine.paths.home);
        let registries = RegistriesD::load(&dir).map_err(|e| {
            PullError::Policy(Box::new(crate::engine::Error::Invalid(e.to_string())))
        })?;
        Ok(Stores {
            dir,
            registries,
            home: engine.paths.home.clone(),
        })
    }

    /// The lookaside store's top for `scope`, for reading or (staging first) for writing; the
    /// built-in default where registries.d names none.
    pub(super) fn lookaside(&self, scope: &str, write: bool) -> String {
        self.registries
            .lookaside(scope, write)
            .map(str::to_string)
            .unwrap_or_else(|| crate::engine::config::default_lookaside(&self.home))
    }
}

/// Checks `image`'s signatures for the manifest `digest` against `scoped`.
pub(super) async fn check(
    engine: &Engine,
    remote: &Remote,
    ep: &Endpoint,
    image: &ImageRef,
    digest: &str,
    scoped: &Scoped,
) -> Result<(), PullError> {
    let refused = |why: Refusal| PullError::Rejected {
        image: image.to_string(),
        reason: why,
    };
    let stores = Stores::load(engine)?;
    let scope = image.repo();
    let base = stores.lookaside(&scope, false);
    let mut found = lookaside(&base, &image.repository, digest)
        .await
        .map_err(|e| refused(e.into()))?;
    if stores.registries.use_sigstore_attachments(&scope) {
        found.extend(attachments(remote, ep, digest).await?);
    }
    crate::log::debug(format_args!(
        "{} signature(s) for {image} ({digest}) from {base}",
        found.len()
    ));
    policy::evaluate(scoped, image, digest, &found).map_err(refused)
}

/// The signatures a lookaside store holds for `digest`: `signature-1`, `-2`, … until the first
/// that is missing.
async fn lookaside(base: &str, path: &str, digest: &str) -> Result<Vec<Signature>, SignatureError> {
    let read = |url: &str, reason: String| SignatureError::Read {
        url: url.to_string(),
        reason,
    };
    let mut out = Vec::new();
    for n in 1..=MAX_LOOKASIDE_SIGNATURES {
        let url = signature::lookaside_url(base, path, digest, n)
            .ok_or_else(|| read(base, format!("no lookaside location for {path}@{digest}")))?;
        let Some(blob) = fetch_one(&url).await.map_err(|r| read(&url, r.0))? else {
            return Ok(out);
        };
        out.push(Signature::from_blob(&blob).map_err(|e| read(&url, e.to_string()))?);
    }
    Err(read(
        base,
        format!(
            "more than {MAX_LOOKASIDE_SIGNATURES} signatures for {digest}; that is taken as a server error"
        ),
    ))
}

/// Why one lookaside blob could not be read (the caller names the URL).
struct Unreadable(String);

fn unreadable(why: impl std::fmt::Display) -> Unreadable {
    Unreadable(why.to_string())
}

/// One lookaside blob, or `None` where it doesn't exist (no file, HTTP 404).
async fn fetch_one(url: &str) -> Result<Option<Vec<u8>>, Unreadable> {
    let too_big = || unreadable(format!("larger than {MAX_SIGNATURE_BYTES} bytes"));
    if let Some(path) = url.strip_prefix("file://") {
        return match std::fs::metadata(path) {
            Ok(m) if m.len() > MAX_SIGNATURE_BYTES as u64 => Err(too_big()),
            Ok(_) => std::fs::read(path).map(Some).map_err(unreadable),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(unreadable(e)),
        };
    }
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(unreadable("unsupported scheme (file, http and https are)"));
    }
    let resp = reqwest::get(url).await.map_err(unreadable)?;
    match resp.status() {
        reqwest::StatusCode::NOT_FOUND => return Ok(None),
        s if !s.is_success() => return Err(unreadable(format!("status {s}"))),
        _ => {}
    }
    let body = resp.bytes().await.map_err(unreadable)?;
    if body.len() > MAX_SIGNATURE_BYTES {
        return Err(too_big());
    }
    Ok(Some(body.to_vec()))
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct AttachmentLayer {
    #[serde(default)]
    media_type: String,
    digest: String,
    #[serde(default)]
    size: i64,
    #[serde(default)]
    annotations: BTreeMap<String, String>,
}

#[derive(serde::Deserialize)]
struct AttachmentManifest {
    #[serde(default)]
    layers: Vec<AttachmentLayer>,
}

/// The tag sigstore attaches signatures of `digest` under.
pub(super) fn attachment_tag(digest: &str) -> String {
    digest.replacen(':', "-", 1) + ".sig"
}

/// The sigstore signatures attached to `digest` in the registry: each layer of the
/// `sha256-….sig` manifest is a payload, its annotations carry the signature.
async fn attachments(
    remote: &Remote,
    ep: &Endpoint,
    digest: &str,
) -> Result<Vec<Signature>, PullError> {
    let reference = remote.reference(ep, &attachment_tag(digest));
    let body = match remote
        .client
        .pull_manifest_raw(&reference, &remote.auth, &[manifest::OCI_MANIFEST])
        .await
        .map_err(|e| remote.error(e))
    {
        Ok((body, _)) => body,
        Err(PullError::NotFound { .. }) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let parsed: AttachmentManifest =
        serde_json::from_slice(&body).map_err(|e| PullError::Manifest {
            image: remote.shown.clone(),
            source: manifest::ManifestError::Json(e),
        })?;
    let mut out = Vec::new();
    for layer in parsed.layers {
        if crate::store::digest_hex(&layer.digest).is_none() {
            continue;
        }
        let desc = Descriptor {
            media_type: layer.media_type.clone(),
            digest: layer.digest,
            size: layer.size,
            platform: None,
        };
        let payload = fetch_small_blob(remote, &reference, &desc, "signature").await?;
        out.push(Signature::Sigstore {
            media_type: layer.media_type,
            payload,
            annotations: layer.annotations,
        });
    }
    Ok(out)
}
