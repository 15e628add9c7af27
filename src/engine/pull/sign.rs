//! Signing, as podman signs: `image sign` and `push --sign-by` write a simple-signing
//! signature (made by the user's gpg) into the lookaside store registries.d names for writing
//! (`lookaside-staging`, then `lookaside`; `file://` only) or `--directory`;
//! `push --sign-by-sigstore-private-key` adds a sigstore signature to the registry's
//! `sha256-….sig` attachment, where `use-sigstore-attachments` allows it.

use std::path::{Path, PathBuf};

use super::registry::{Access, Remote};
use super::verify::Stores;
use super::{PullError, with_runtime};
use crate::engine::Engine;
use crate::image::auth::Credentials;
use crate::image::manifest::{self, Descriptor, Parsed};
use crate::image::reference::{self, ImageRef};
use crate::image::signature::{self, COSIGN_MEDIA_TYPE, COSIGN_SIGNATURE_ANNOTATION, Payload};
use crate::image::signature::{COSIGN_TYPE, SIMPLE_SIGNING_TYPE, cosign, gpg};
use crate::store::sha256_hex;

/// One way to sign.
#[derive(Debug, Clone)]
pub enum Signer {
    /// A key of the user's gpg keyring, by fingerprint, key ID or user ID.
    Gpg(String),
    /// A cosign-format encrypted private key file.
    Sigstore(PathBuf),
}

#[derive(Debug, Clone, Default)]
pub struct SignOptions {
    pub signers: Vec<Signer>,
    /// The passphrase's file, for either kind of key.
    pub passphrase_file: Option<PathBuf>,
    /// `image sign --directory`: the top of the store to write to instead of registries.d's.
    pub directory: Option<PathBuf>,
}

fn sign_err(why: impl std::fmt::Display) -> PullError {
    PullError::Sign(why.to_string())
}

/// The passphrase, as podman reads `--sign-passphrase-file`: the first line.
fn passphrase(opts: &SignOptions) -> Result<Vec<u8>, PullError> {
    let Some(p) = &opts.passphrase_file else {
        return Ok(Vec::new());
    };
    let text = std::fs::read(p).map_err(|e| sign_err(format!("reading {}: {e}", p.display())))?;
    let line = text.split(|&b| b == b'\n').next().unwrap_or_default();
    Ok(line.strip_suffix(b"\r").unwrap_or(line).to_vec())
}

/// Writes `blob` as the next free `signature-N` of `digest` in the store for `image`.
fn put_lookaside(
    stores: &Stores,
    image: &ImageRef,
    digest: &str,
    blob: &[u8],
    directory: Option<&Path>,
) -> Result<PathBuf, PullError> {
    let base = match directory {
        Some(d) => format!("file://{}", d.display()),
        None => stores.lookaside(&image.repo(), true),
    };
    if !base.starts_with("file://") {
        return Err(sign_err(format!(
            "writing to {base} is not supported. Use a supported scheme"
        )));
    }
    for n in 1..=signature::MAX_LOOKASIDE_SIGNATURES {
        let url = signature::lookaside_url(&base, &image.repository, digest, n)
            .ok_or_else(|| sign_err(format!("no lookaside location for {image}")))?;
        let path = PathBuf::from(url.trim_start_matches("file://"));
        if path.exists() {
            continue;
        }
        let dir = path.parent().expect("a signature file has a directory");
        std::fs::create_dir_all(dir)
            .map_err(|e| sign_err(format!("creating {}: {e}", dir.display())))?;
        crate::store::fsutil::write_atomic(&path, blob)
            .map_err(|e| sign_err(format!("writing {}: {e}", path.display())))?;
        return Ok(path);
    }
    Err(sign_err(format!(
        "{image}: {} signatures already stored for {digest}",
        signature::MAX_LOOKASIDE_SIGNATURES
    )))
}

/// Signs `digest` for `image` with every signer: GPG signatures go to the lookaside store,
/// sigstore ones to the registry's attachment through `remote`. Returns the files written.
pub(super) async fn sign_digest(
    engine: &Engine,
    remote: Option<&Remote>,
    image: &ImageRef,
    digest: &str,
    opts: &SignOptions,
) -> Result<Vec<PathBuf>, PullError> {
    let payload = |kind| {
        Payload {
            digest: digest.to_string(),
            reference: image.to_string(),
        }
        .to_json(kind, chrono::Utc::now().timestamp())
    };
    let stores = Stores::load(engine)?;
    let mut written = Vec::new();
    for s in &opts.signers {
        match s {
            Signer::Gpg(key) => {
                let blob = gpg::sign(
                    &payload(SIMPLE_SIGNING_TYPE),
                    key,
                    opts.passphrase_file.as_deref(),
                )
                .map_err(sign_err)?;
                written.push(put_lookaside(
                    &stores,
                    image,
                    digest,
                    &blob,
                    opts.directory.as_deref(),
                )?);
            }
            Signer::Sigstore(path) => {
                let pem = std::fs::read(path)
                    .map_err(|e| sign_err(format!("reading {}: {e}", path.display())))?;
                let key = cosign::private_key(&pem, &passphrase(opts)?).map_err(sign_err)?;
                if !stores.registries.use_sigstore_attachments(&image.repo()) {
                    return Err(sign_err(format!(
                        "writing sigstore attachments is disabled by configuration (set use-sigstore-attachments: true for {} in {})",
                        image.repo(),
                        stores.dir.display()
                    )));
                }
                let remote =
                    remote.ok_or_else(|| sign_err("sigstore signatures are made while pushing"))?;
                let body = payload(COSIGN_TYPE);
                let sig = cosign::sign(&key, &body);
                put_attachment(remote, image, digest, body, sig).await?;
            }
        }
    }
    Ok(written)
}

/// Adds one sigstore signature layer to the attachment of `digest`, keeping those there.
async fn put_attachment(
    remote: &Remote,
    image: &ImageRef,
    digest: &str,
    payload: Vec<u8>,
    sig: String,
) -> Result<(), PullError> {
    let tag = super::verify::attachment_tag(digest);
    let reference =
        oci_client::Reference::with_tag(image.registry.clone(), image.repository.clone(), tag);
    let existing = match remote
        .client
        .pull_manifest_raw(&reference, &remote.auth, &[manifest::OCI_MANIFEST])
        .await
    {
        Ok((body, _)) => serde_json::from_slice::<serde_json::Value>(&body).ok(),
        Err(_) => None,
    };
    let mut layers: Vec<serde_json::Value> = existing
        .as_ref()
        .and_then(|m| m["layers"].as_array().cloned())
        .unwrap_or_default();
    let payload_digest = format!("sha256:{}", sha256_hex(&payload));
    let layer = serde_json::json!({
        "mediaType": COSIGN_MEDIA_TYPE,
        "digest": payload_digest,
        "size": payload.len(),
        "annotations": { COSIGN_SIGNATURE_ANNOTATION: sig },
    });
    let push = |data: Vec<u8>, d: String| {
        let reference = reference.clone();
        async move {
            remote
                .client
                .push_blob(&reference, data, &d)
                .await
                .map(|_| ())
                .map_err(|e| remote.error(e))
        }
    };
    push(payload, payload_digest.clone()).await?;
    layers.push(layer);
    let diff_ids: Vec<_> = layers.iter().map(|l| l["digest"].clone()).collect();
    let config = serde_json::to_vec(&serde_json::json!({
        "architecture": "", "os": "", "config": {},
        "rootfs": { "type": "layers", "diff_ids": diff_ids },
    }))
    .expect("json serializes");
    let config_digest = format!("sha256:{}", sha256_hex(&config));
    let config_size = config.len();
    push(config, config_digest.clone()).await?;
    let body = serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2,
        "mediaType": manifest::OCI_MANIFEST,
        "config": { "mediaType": crate::engine::archive::OCI_CONFIG, "digest": config_digest, "size": config_size },
        "layers": layers,
    }))
    .expect("json serializes");
    remote
        .client
        .push_manifest_raw(
            &reference,
            body,
            http::HeaderValue::from_static(manifest::OCI_MANIFEST),
        )
        .await
        .map(|_| ())
        .map_err(|e| remote.error(e))
}

/// `image sign`: signs the manifest the registry serves for `name` (`docker://` optional),
/// or with `all` each instance of its index. Returns the signature files written.
pub fn image_sign(
    engine: &Engine,
    name: &str,
    all: bool,
    creds: Option<&Credentials>,
    authfile: Option<&PathBuf>,
    opts: &SignOptions,
) -> Result<Vec<PathBuf>, PullError> {
    let bare = name.strip_prefix("docker://").unwrap_or(name);
    const LOCAL: [&str; 6] = [
        "oci:",
        "dir:",
        "docker-archive:",
        "oci-archive:",
        "containers-storage:",
        "docker-daemon:",
    ];
    if LOCAL.iter().any(|t| bare.starts_with(t)) {
        return Err(sign_err(format!(
            "{name}: only images in a registry (docker://) can be signed"
        )));
    }
    let parsed = reference::parse(bare)?;
    if parsed.is_short() {
        return Err(sign_err(format!(
            "{name}: give the registry: image sign signs what a registry serves (docker://HOST/REPO:TAG)"
        )));
    }
    let image = parsed.qualify(reference::DOCKER_HUB);
    let ep = engine
        .registries
        .endpoints(&image.registry, &image.repository)
        .remove(0);
    let access = Access::new(
        engine,
        &ep.registry,
        &ep.repository,
        None,
        ep.insecure,
        creds,
        authfile,
    );
    with_runtime(
        0,
        |e| PullError::Io("starting the signing runtime".into(), e),
        async {
            let mut last = None;
            for remote in access.remotes(&image.to_string()) {
                let reference = remote.reference(&ep, image.reference());
                let body = match remote
                    .client
                    .pull_manifest_raw(&reference, &remote.auth, manifest::ACCEPTED)
                    .await
                {
                    Ok((body, _)) => body,
                    Err(e @ oci_client::errors::OciDistributionError::RequestError(_)) => {
                        last = Some(remote.error(e));
                        continue;
                    }
                    Err(e) => return Err(remote.error(e)),
                };
                let top = format!("sha256:{}", sha256_hex(&body));
                let parsed = manifest::parse(&body, "").map_err(|source| PullError::Manifest {
                    image: image.to_string(),
                    source,
                })?;
                let digests: Vec<String> = match (all, parsed) {
                    (false, _) => vec![top],
                    (true, Parsed::Index(list)) => {
                        list.iter().map(|d: &Descriptor| d.digest.clone()).collect()
                    }
                    (true, Parsed::Manifest(_)) => {
                        return Err(sign_err(format!(
                            "{name} is not a multi-architecture image"
                        )));
                    }
                };
                let mut written = Vec::new();
                for d in digests {
                    written.extend(sign_digest(engine, None, &image, &d, opts).await?);
                }
                return Ok(written);
            }
            Err(last.expect("at least one protocol is tried"))
        },
    )
}
