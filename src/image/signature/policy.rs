//! What `policy.json` (containers-policy.json(5)) requires of an image from a registry, and
//! whether the image's signatures meet it. The most specific scope of the `docker` transport
//! wins (the repository, then each parent namespace, then the host), then the transport's
//! `""` entry, then `default`; every requirement of that scope must be met.

use std::path::{Path, PathBuf};

use base64::Engine;
use serde_json::{Map, Value};

use super::{COSIGN_MEDIA_TYPE, COSIGN_SIGNATURE_ANNOTATION, COSIGN_TYPE, Named, Payload};
use super::{SIMPLE_SIGNING_TYPE, Signature, SignatureError, cosign, gpg};
use crate::image::reference::ImageRef;

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// The file can't be read or makes no sense; the path and the field are named.
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
    /// One requirement makes no sense (wrapped into `File` with the path and scope).
    #[error("{0}")]
    Requirement(String),
}

fn bad(why: impl Into<String>) -> PolicyError {
    PolicyError::Requirement(why.into())
}

/// Why the policy refuses an image, in containers/image's words.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("Running image docker://{image} is rejected by policy ({scope} in {file})")]
    Rejected {
        image: String,
        scope: String,
        file: String,
    },
    #[error("A signature was required, but no signature exists")]
    Unsigned,
    /// A signature that doesn't verify, or a key that can't be read.
    #[error(transparent)]
    Signature(#[from] SignatureError),
    #[error("missing {COSIGN_SIGNATURE_ANNOTATION} annotation")]
    NoAnnotation,
    #[error("Signature for digest {0} does not match")]
    Digest(String),
    #[error("Signature for identity {0:?} is not accepted")]
    Identity(String),
    #[error("None of the signatures were accepted, reasons: {}", join(.0))]
    NoneAccepted(Vec<Refusal>),
}

fn join(reasons: &[Refusal]) -> String {
    reasons
        .iter()
        .map(|r| r.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Who may have signed: a list of key files, or keys given inline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keys {
    Paths(Vec<PathBuf>),
    Data(Vec<u8>),
}

/// `signedIdentity`: which references a signature may name for the image being pulled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    MatchExact,
    MatchRepoDigestOrExact,
    MatchRepository,
    ExactReference(Named),
    ExactRepository(String),
    RemapIdentity {
        prefix: String,
        signed_prefix: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    Accept,
    Reject,
    SignedBy { keys: Keys, identity: Identity },
    SigstoreSigned { keys: Keys, identity: Identity },
}

/// The requirements of the scope that applies, and where they come from.
#[derive(Debug, Clone)]
pub struct Scoped {
    pub file: PathBuf,
    pub scope: String,
    pub requirements: Vec<Requirement>,
}

impl Scoped {
    /// Whether the image's signatures must be fetched to decide.
    pub fn needs_signatures(&self) -> bool {
        self.requirements.iter().any(|r| {
            matches!(
                r,
                Requirement::SignedBy { .. } | Requirement::SigstoreSigned { .. }
            )
        })
    }

    pub fn rejects(&self) -> bool {
        self.requirements.contains(&Requirement::Reject)
    }
}

/// The policy for `repo` (`host/path`) from the first of `files` that exists; `None` if none
/// does (then anything is accepted, as with no policy at all).
pub fn for_repo(files: &[PathBuf], repo: &str) -> Result<Option<Scoped>, PolicyError> {
    let Some((path, text)) = files
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok().map(|t| (p.clone(), t)))
    else {
        return Ok(None);
    };
    let err = |reason: String| PolicyError::File {
        path: path.display().to_string(),
        reason,
    };
    let doc: Value = serde_json::from_str(&text).map_err(|e| err(e.to_string()))?;
    let scopes = doc
        .pointer("/transports/docker")
        .and_then(|v| v.as_object());
    let mut found = None;
    if let Some(scopes) = scopes {
        let mut scope = repo.to_string();
        loop {
            if let Some(r) = scopes.get(&scope) {
                found = Some((scope.clone(), r));
                break;
            }
            match scope.rfind('/') {
                Some(i) => scope.truncate(i),
                None => break,
            }
        }
        if found.is_none()
            && let Some(r) = scopes.get("")
        {
            found = Some(("transports.docker default".into(), r));
        }
    }
    let (scope, reqs) = match found {
        Some(f) => f,
        None => (
            "default".to_string(),
            doc.get("default")
                .ok_or_else(|| err("no \"default\" policy".into()))?,
        ),
    };
    let list = reqs
        .as_array()
        .filter(|a| !a.is_empty())
        .ok_or_else(|| err(format!("policy for {scope} is not a list of requirements")))?;
    let requirements = list
        .iter()
        .map(|r| requirement(r).map_err(|e| err(format!("policy for {scope}: {e}"))))
        .collect::<Result<_, _>>()?;
    Ok(Some(Scoped {
        file: path,
        scope,
        requirements,
    }))
}

fn fields<'a>(
    r: &'a Value,
    kind: &str,
    allowed: &[&str],
) -> Result<&'a Map<String, Value>, PolicyError> {
    let o = r
        .as_object()
        .ok_or_else(|| bad("a requirement is not a JSON object"))?;
    if let Some(k) = super::stray_field(o, allowed) {
        return Err(bad(format!(
            "unknown field {k:?} in a {kind:?} requirement"
        )));
    }
    Ok(o)
}

fn requirement(r: &Value) -> Result<Requirement, PolicyError> {
    let kind = r
        .get("type")
        .and_then(|t| t.as_str())
        .ok_or_else(|| bad("a requirement without a type"))?;
    match kind {
        "insecureAcceptAnything" => fields(r, kind, &["type"]).map(|_| Requirement::Accept),
        "reject" => fields(r, kind, &["type"]).map(|_| Requirement::Reject),
        "signedBy" => {
            let o = fields(
                r,
                kind,
                &[
                    "type",
                    "keyType",
                    "keyPath",
                    "keyPaths",
                    "keyData",
                    "signedIdentity",
                ],
            )?;
            match o.get("keyType").and_then(|t| t.as_str()) {
                Some("GPGKeys") => {}
                Some(other) => {
                    return Err(bad(format!(
                        "keyType {other:?} is not supported (containers/image supports \"GPGKeys\" only)"
                    )));
                }
                None => return Err(bad("a \"signedBy\" requirement without keyType")),
            }
            Ok(Requirement::SignedBy {
                keys: keys(o, kind)?,
                identity: identity(o.get("signedIdentity"))?,
            })
        }
        "sigstoreSigned" => {
            let o = fields(
                r,
                kind,
                &[
                    "type",
                    "keyPath",
                    "keyPaths",
                    "keyData",
                    "fulcio",
                    "pki",
                    "rekorPublicKeyPath",
                    "rekorPublicKeyPaths",
                    "rekorPublicKeyData",
                    "signedIdentity",
                ],
            )?;
            for unchecked in [
                "fulcio",
                "pki",
                "rekorPublicKeyPath",
                "rekorPublicKeyPaths",
                "rekorPublicKeyData",
            ] {
                if o.contains_key(unchecked) {
                    return Err(bad(format!(
                        "{unchecked:?}: gorae verifies sigstore signatures against public keys (keyPath, keyPaths, keyData) only, not Fulcio certificates or Rekor entries; such a policy is refused rather than half-checked"
                    )));
                }
            }
            Ok(Requirement::SigstoreSigned {
                keys: keys(o, kind)?,
                identity: identity(o.get("signedIdentity"))?,
            })
        }
        other => Err(bad(format!("unknown requirement type {other:?}"))),
    }
}

fn keys(o: &Map<String, Value>, kind: &str) -> Result<Keys, PolicyError> {
    let given: Vec<_> = ["keyPath", "keyPaths", "keyData"]
        .into_iter()
        .filter(|k| o.contains_key(*k))
        .collect();
    if given.len() != 1 {
        return Err(bad(format!(
            "a {kind:?} requirement needs exactly one of keyPath, keyPaths and keyData"
        )));
    }
    let str_of = |v: &Value, f: &str| {
        v.as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .ok_or_else(|| bad(format!("{f} is not a non-empty string")))
    };
    match given[0] {
        "keyPath" => Ok(Keys::Paths(vec![str_of(&o["keyPath"], "keyPath")?.into()])),
        "keyPaths" => {
            let list = o["keyPaths"]
                .as_array()
                .filter(|a| !a.is_empty())
                .ok_or_else(|| bad("keyPaths is not a non-empty list"))?;
            list.iter()
                .map(|v| str_of(v, "keyPaths").map(PathBuf::from))
                .collect::<Result<_, _>>()
                .map(Keys::Paths)
        }
        _ => {
            let b64 = str_of(&o["keyData"], "keyData")?;
            base64::engine::general_purpose::STANDARD
                .decode(b64)
                .map(Keys::Data)
                .map_err(|e| bad(format!("keyData is not base64: {e}")))
        }
    }
}

fn identity(v: Option<&Value>) -> Result<Identity, PolicyError> {
    let Some(v) = v else {
        return Ok(Identity::MatchRepoDigestOrExact);
    };
    let kind = v
        .get("type")
        .and_then(|t| t.as_str())
        .ok_or_else(|| bad("signedIdentity without a type"))?;
    let o = v
        .as_object()
        .ok_or_else(|| bad("signedIdentity is not an object"))?;
    let only = |allowed: &[&str]| match super::stray_field(o, allowed) {
        Some(k) => Err(bad(format!(
            "unknown field {k:?} in signedIdentity {kind:?}"
        ))),
        None => Ok(()),
    };
    let text = |f: &str| {
        o.get(f)
            .and_then(|x| x.as_str())
            .map(str::to_string)
            .ok_or_else(|| bad(format!("signedIdentity {kind:?} needs {f}")))
    };
    match kind {
        "matchExact" => only(&["type"]).map(|_| Identity::MatchExact),
        "matchRepoDigestOrExact" => only(&["type"]).map(|_| Identity::MatchRepoDigestOrExact),
        "matchRepository" => only(&["type"]).map(|_| Identity::MatchRepository),
        "exactReference" => {
            only(&["type", "dockerReference"])?;
            let r = text("dockerReference")?;
            match Named::parse(&r) {
                Some(n) if !n.is_name_only() => Ok(Identity::ExactReference(n)),
                _ => Err(bad(format!(
                    "dockerReference {r:?} is not a tagged or digested reference"
                ))),
            }
        }
        "exactRepository" => {
            only(&["type", "dockerRepository"])?;
            let r = text("dockerRepository")?;
            match Named::parse(&r) {
                Some(n) if n.is_name_only() => Ok(Identity::ExactRepository(n.name)),
                _ => Err(bad(format!(
                    "dockerRepository {r:?} is not a repository name"
                ))),
            }
        }
        "remapIdentity" => {
            only(&["type", "prefix", "signedPrefix"])?;
            Ok(Identity::RemapIdentity {
                prefix: text("prefix")?,
                signed_prefix: text("signedPrefix")?,
            })
        }
        other => Err(bad(format!("unknown signedIdentity type {other:?}"))),
    }
}

/// Both exact and not name-only.
fn exact(a: &Named, b: &Named) -> bool {
    !a.is_name_only() && !b.is_name_only() && a.full() == b.full()
}

fn repo_digest_or_exact(intended: &Named, signed: &Named) -> bool {
    if signed.is_name_only() {
        return false;
    }
    if intended.tag.is_some() {
        exact(intended, signed)
    } else if intended.digest.is_some() {
        // The signed digest itself is checked against the manifest separately.
        signed.name == intended.name
    } else {
        false
    }
}

/// `name` is `prefix`, or continues it past a `/`.
fn has_prefix(name: &str, prefix: &str) -> bool {
    name == prefix || (name.starts_with(prefix) && name.as_bytes().get(prefix.len()) == Some(&b'/'))
}

impl Identity {
    /// Whether a signature naming `signed` may vouch for the image pulled as `intended`.
    pub fn matches(&self, intended: &Named, signed: &str) -> bool {
        let Some(signed) = Named::parse(signed) else {
            return false;
        };
        match self {
            Identity::MatchExact => exact(intended, &signed),
            Identity::MatchRepoDigestOrExact => repo_digest_or_exact(intended, &signed),
            Identity::MatchRepository => intended.name == signed.name,
            Identity::ExactReference(r) => exact(r, &signed),
            Identity::ExactRepository(r) => *r == signed.name,
            Identity::RemapIdentity {
                prefix,
                signed_prefix,
            } => {
                let mapped = if has_prefix(&intended.name, prefix) {
                    let full = intended.full();
                    match Named::parse(&format!("{signed_prefix}{}", &full[prefix.len()..])) {
                        Some(n) => n,
                        None => return false,
                    }
                } else {
                    intended.clone()
                };
                repo_digest_or_exact(&mapped, &signed)
            }
        }
    }
}

/// Reads the keys of a requirement; `file` is the policy, named when inline keys are bad.
fn key_sources(keys: &Keys, file: &Path) -> Result<Vec<(String, Vec<u8>)>, SignatureError> {
    match keys {
        Keys::Data(d) => Ok(vec![(format!("keyData in {}", file.display()), d.clone())]),
        Keys::Paths(paths) => paths
            .iter()
            .map(|p| {
                std::fs::read(p)
                    .map(|b| (p.display().to_string(), b))
                    .map_err(|e| SignatureError::Key(format!("reading key {}: {e}", p.display())))
            })
            .collect(),
    }
}

/// Whether one verified payload vouches for the image.
fn check_payload(
    payload: &[u8],
    kind: &str,
    identity: &Identity,
    intended: &Named,
    manifest_digest: &str,
) -> Result<(), Refusal> {
    let p = Payload::parse(payload, kind)?;
    if p.digest != manifest_digest {
        return Err(Refusal::Digest(p.digest));
    }
    if !identity.matches(intended, &p.reference) {
        return Err(Refusal::Identity(p.reference));
    }
    Ok(())
}

/// Decides whether `image`, whose manifest has `manifest_digest`, may be pulled with
/// `signatures` under `scoped`.
pub fn evaluate(
    scoped: &Scoped,
    image: &ImageRef,
    manifest_digest: &str,
    signatures: &[Signature],
) -> Result<(), Refusal> {
    let intended = Named::from(image);
    for r in &scoped.requirements {
        match r {
            Requirement::Accept => {}
            Requirement::Reject => {
                return Err(Refusal::Rejected {
                    image: image.to_string(),
                    scope: scoped.scope.clone(),
                    file: scoped.file.display().to_string(),
                });
            }
            Requirement::SignedBy { keys, identity } => {
                let ring = gpg::Keyring::load(&key_sources(keys, &scoped.file)?)?;
                let simple = signatures.iter().filter_map(|s| match s {
                    Signature::Simple(blob) => Some(blob),
                    _ => None,
                });
                first_accepted(simple.map(|blob| {
                    let v = ring.verify(blob)?;
                    check_payload(
                        &v.payload,
                        SIMPLE_SIGNING_TYPE,
                        identity,
                        &intended,
                        manifest_digest,
                    )
                }))?;
            }
            Requirement::SigstoreSigned { keys, identity } => {
                let mut public = Vec::new();
                for (what, bytes) in key_sources(keys, &scoped.file)? {
                    public.extend(cosign::public_keys(&what, &bytes)?);
                }
                let sigstore = signatures.iter().filter_map(|s| match s {
                    Signature::Sigstore {
                        media_type,
                        payload,
                        annotations,
                    } if media_type == COSIGN_MEDIA_TYPE => Some((payload, annotations)),
                    _ => None,
                });
                first_accepted(sigstore.map(|(payload, annotations)| {
                    let b64 = annotations
                        .get(COSIGN_SIGNATURE_ANNOTATION)
                        .ok_or(Refusal::NoAnnotation)?;
                    cosign::verify(&public, payload, b64)?;
                    check_payload(payload, COSIGN_TYPE, identity, &intended, manifest_digest)
                }))?;
            }
        }
    }
    Ok(())
}

/// `Ok` at the first signature that vouches for the image (the rest are not looked at);
/// otherwise every reason, summed up as containers/image sums them.
fn first_accepted(outcomes: impl Iterator<Item = Result<(), Refusal>>) -> Result<(), Refusal> {
    let mut reasons = Vec::new();
    for o in outcomes {
        match o {
            Ok(()) => return Ok(()),
            Err(why) => reasons.push(why),
        }
    }
    Err(match reasons.len() {
        0 => Refusal::Unsigned,
        1 => reasons.remove(0),
        _ => Refusal::NoneAccepted(reasons),
    })
}

#[cfg(test)]
#[path = "policy_tests.rs"]
mod tests;
