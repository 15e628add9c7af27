//! Image signatures as containers/image writes and reads them: the signed payload (the same
//! JSON for "simple signing" GPG signatures and for sigstore ones), the blobs of a lookaside
//! store, and the identities a signature may name. `policy` decides whether signatures satisfy
//! `policy.json`; `gpg` and `cosign` hold the two kinds of cryptography.
//!
//! Everything read from a signature is untrusted until its cryptography is checked, and even
//! then the payload is parsed strictly: an unknown field in `critical` refuses the signature.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::reference;

pub mod cosign;
pub mod gpg;
pub mod policy;

/// The `critical.type` of a simple-signing payload.
pub const SIMPLE_SIGNING_TYPE: &str = "atomic container signature";
/// The `critical.type` of a sigstore (cosign) payload.
pub const COSIGN_TYPE: &str = "cosign container image signature";
/// The media type of a sigstore signature attachment layer.
pub const COSIGN_MEDIA_TYPE: &str = "application/vnd.dev.cosign.simplesigning.v1+json";
/// The annotation holding a sigstore signature, base64.
pub const COSIGN_SIGNATURE_ANNOTATION: &str = "dev.cosignproject.cosign/signature";
/// Annotations that ask for Rekor or Fulcio checks.
pub const COSIGN_BUNDLE_ANNOTATION: &str = "dev.sigstore.cosign/bundle";
pub const COSIGN_CERTIFICATE_ANNOTATION: &str = "dev.sigstore.cosign/certificate";
/// At most this many signatures are read from a lookaside store for one manifest.
pub const MAX_LOOKASIDE_SIGNATURES: usize = 128;
/// A signature blob larger than this is refused unread.
pub const MAX_SIGNATURE_BYTES: usize = 4 << 20;

#[derive(Debug, thiserror::Error)]
pub enum SignatureError {
    #[error("invalid signature: {0}")]
    Invalid(String),
    /// A key file or key data that can't be used.
    #[error("{0}")]
    Key(String),
    /// Making a signature failed.
    #[error("{0}")]
    Sign(String),
    /// A signature store could not be read.
    #[error("reading signature {url}: {reason}")]
    Read { url: String, reason: String },
}

fn invalid(why: impl Into<String>) -> SignatureError {
    SignatureError::Invalid(why.into())
}

/// What a signature claims, once its cryptography is verified: the manifest digest and the
/// reference it was signed for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub digest: String,
    pub reference: String,
}

impl Payload {
    /// Parses `bytes` strictly: `critical` must hold exactly `type` (equal to `kind`),
    /// `image.docker-manifest-digest` and `identity.docker-reference`; `optional` may hold
    /// anything (or be null), but a `timestamp` there must be an integer.
    pub fn parse(bytes: &[u8], kind: &str) -> Result<Payload, SignatureError> {
        let doc: Value =
            serde_json::from_slice(bytes).map_err(|e| invalid(format!("payload: {e}")))?;
        let top = exact_fields(&doc, "the payload", &["critical", "optional"])?;
        match &top["optional"] {
            Value::Null => {}
            Value::Object(o) => {
                if let Some(t) = o.get("timestamp")
                    && !(t.is_i64() || t.is_u64())
                {
                    return Err(invalid("field optional.timestamp is not an integer"));
                }
            }
            _ => return Err(invalid("field optional is not an object")),
        }
        let critical = exact_fields(&top["critical"], "critical", &["type", "image", "identity"])?;
        let t = critical["type"].as_str().unwrap_or_default();
        if t != kind {
            return Err(invalid(format!("unrecognized signature type {t:?}")));
        }
        let image = exact_fields(
            &critical["image"],
            "critical.image",
            &["docker-manifest-digest"],
        )?;
        let digest = string_field(image, "docker-manifest-digest")?;
        if crate::store::digest_hex(digest).is_none() && !is_other_digest(digest) {
            return Err(invalid(format!(
                "invalid docker-manifest-digest value {digest:?}"
            )));
        }
        let identity = exact_fields(
            &critical["identity"],
            "critical.identity",
            &["docker-reference"],
        )?;
        let reference = string_field(identity, "docker-reference")?;
        Ok(Payload {
            digest: digest.to_string(),
            reference: reference.to_string(),
        })
    }

    /// The payload gorae signs: `creator` and `timestamp` in `optional`, as podman writes.
    pub fn to_json(&self, kind: &str, timestamp: i64) -> Vec<u8> {
        let critical = serde_json::json!({
            "type": kind,
            "image": { "docker-manifest-digest": self.digest },
            "identity": { "docker-reference": self.reference },
        });
        let optional = if kind == COSIGN_TYPE {
            Value::Null
        } else {
            serde_json::json!({
                "creator": concat!("gorae ", env!("CARGO_PKG_VERSION")),
                "timestamp": timestamp,
            })
        };
        serde_json::to_vec(&serde_json::json!({ "critical": critical, "optional": optional }))
            .expect("a JSON value serializes")
    }
}

/// A digest of another algorithm (`sha512:…`): well formed, and never equal to a sha256 one.
fn is_other_digest(d: &str) -> bool {
    d.split_once(':').is_some_and(|(alg, hex)| {
        !alg.is_empty()
            && alg
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && hex.len() >= 32
            && hex.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The first key of `o` that `allowed` doesn't name: payloads and policies are strict.
fn stray_field<'a>(o: &'a Map<String, Value>, allowed: &[&str]) -> Option<&'a str> {
    o.keys().map(String::as_str).find(|k| !allowed.contains(k))
}

fn exact_fields<'a>(
    v: &'a Value,
    what: &str,
    fields: &[&str],
) -> Result<&'a Map<String, Value>, SignatureError> {
    let o = v
        .as_object()
        .ok_or_else(|| invalid(format!("{what} is not a JSON object")))?;
    if let Some(k) = stray_field(o, fields) {
        return Err(invalid(format!("{what}: unexpected field {k:?}")));
    }
    for f in fields {
        if !o.contains_key(*f) {
            return Err(invalid(format!("{what}: field {f:?} missing")));
        }
    }
    Ok(o)
}

fn string_field<'a>(o: &'a Map<String, Value>, name: &str) -> Result<&'a str, SignatureError> {
    o[name]
        .as_str()
        .ok_or_else(|| invalid(format!("field {name:?} is not a string")))
}

/// One signature as fetched: a simple-signing OpenPGP message, or a sigstore one (a payload,
/// its media type and the annotations that carry the signature).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    Simple(Vec<u8>),
    Sigstore {
        media_type: String,
        payload: Vec<u8>,
        annotations: BTreeMap<String, String>,
    },
}

#[derive(serde::Serialize, serde::Deserialize)]
struct SigstoreJson {
    #[serde(rename = "mimeType")]
    media_type: String,
    #[serde(with = "base64_bytes")]
    payload: Vec<u8>,
    #[serde(default)]
    annotations: BTreeMap<String, String>,
}

mod base64_bytes {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(s)
            .map_err(serde::de::Error::custom)
    }
}

impl Signature {
    /// Reads a lookaside blob: a bare OpenPGP message is simple signing; a blob that starts
    /// with a zero byte names its format on the first line (`simple-signing`, `sigstore-json`).
    pub fn from_blob(blob: &[u8]) -> Result<Signature, SignatureError> {
        let Some(&first) = blob.first() else {
            return Err(invalid("empty signature blob"));
        };
        // OpenPGP packet tags a signed message starts with: compressed data (8), one-pass
        // signature (4) or signature (2), in the old and the new packet format.
        const OPENPGP_STARTS: &[u8] = &[
            0xA0, 0xA1, 0xA2, 0xA3, 0xC8, 0x90, 0x91, 0x92, 0x93, 0xC4, 0x88, 0x89, 0x8A, 0x8B,
            0xC2,
        ];
        if OPENPGP_STARTS.contains(&first) {
            return Ok(Signature::Simple(blob.to_vec()));
        }
        if first != 0 {
            return Err(invalid(format!(
                "unrecognized signature format, starting with binary {first:#x}"
            )));
        }
        let rest = &blob[1..];
        let nl = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| invalid("invalid signature format, missing newline"))?;
        let (format, chunk) = (&rest[..nl], &rest[nl + 1..]);
        match format {
            b"simple-signing" => Ok(Signature::Simple(chunk.to_vec())),
            b"sigstore-json" => {
                let j: SigstoreJson =
                    serde_json::from_slice(chunk).map_err(|e| invalid(format!("sigstore: {e}")))?;
                Ok(Signature::Sigstore {
                    media_type: j.media_type,
                    payload: j.payload,
                    annotations: j.annotations,
                })
            }
            other => Err(invalid(format!(
                "unrecognized signature format {:?}",
                String::from_utf8_lossy(other)
            ))),
        }
    }

    /// The blob a lookaside store holds for this signature.
    pub fn to_blob(&self) -> Vec<u8> {
        match self {
            Signature::Simple(b) => b.clone(),
            Signature::Sigstore {
                media_type,
                payload,
                annotations,
            } => {
                let mut out = b"\0sigstore-json\n".to_vec();
                let j = SigstoreJson {
                    media_type: media_type.clone(),
                    payload: payload.clone(),
                    annotations: annotations.clone(),
                };
                out.extend(serde_json::to_vec(&j).expect("a JSON value serializes"));
                out
            }
        }
    }
}

/// The `n`th (from 1) signature of `digest` in a lookaside store whose top is `base`, for the
/// repository path `path` (without the registry host), as containers/image lays it out.
pub fn lookaside_url(base: &str, path: &str, digest: &str, n: usize) -> Option<String> {
    let (alg, hex) = digest.split_once(':')?;
    if crate::store::digest_hex(digest).is_none() || path.split('/').any(|c| c == ".." || c == ".")
    {
        return None;
    }
    Some(format!(
        "{}/{path}@{alg}={hex}/signature-{n}",
        base.trim_end_matches('/')
    ))
}

/// A reference as a signature names it, normalized as docker references are: Docker Hub's
/// host and `library/` filled in, the tag kept only if written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// `host/path`
    pub name: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Named {
    pub fn parse(s: &str) -> Option<Named> {
        let p = reference::parse(s).ok()?;
        let q = p.qualify(reference::DOCKER_HUB);
        Some(Named {
            name: q.repo(),
            tag: p.tag,
            digest: p.digest,
        })
    }

    pub fn is_name_only(&self) -> bool {
        self.tag.is_none() && self.digest.is_none()
    }

    /// `host/path[:tag][@digest]`
    pub fn full(&self) -> String {
        let mut s = self.name.clone();
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }
}

impl From<&reference::ImageRef> for Named {
    fn from(r: &reference::ImageRef) -> Named {
        Named {
            name: r.repo(),
            tag: r.tag.clone(),
            digest: r.digest.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: &str = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn payloads_round_trip_and_are_parsed_strictly() {
        let p = Payload {
            digest: D.into(),
            reference: "127.0.0.1:5000/a/b:1".into(),
        };
        for kind in [SIMPLE_SIGNING_TYPE, COSIGN_TYPE] {
            assert_eq!(Payload::parse(&p.to_json(kind, 7), kind).unwrap(), p);
        }
        let wrong_kind = Payload::parse(&p.to_json(COSIGN_TYPE, 7), SIMPLE_SIGNING_TYPE);
        assert!(wrong_kind.unwrap_err().to_string().contains("type"));
        let extra = format!(
            r#"{{"critical":{{"type":"{SIMPLE_SIGNING_TYPE}","image":{{"docker-manifest-digest":"{D}"}},"identity":{{"docker-reference":"x"}},"more":1}},"optional":{{}}}}"#
        );
        let e = Payload::parse(extra.as_bytes(), SIMPLE_SIGNING_TYPE).unwrap_err();
        assert!(e.to_string().contains("\"more\""), "{e}");
        let float = format!(
            r#"{{"critical":{{"type":"{SIMPLE_SIGNING_TYPE}","image":{{"docker-manifest-digest":"{D}"}},"identity":{{"docker-reference":"x"}}}},"optional":{{"timestamp":1.5}}}}"#
        );
        assert!(Payload::parse(float.as_bytes(), SIMPLE_SIGNING_TYPE).is_err());
        let bad_digest = format!(
            r#"{{"critical":{{"type":"{SIMPLE_SIGNING_TYPE}","image":{{"docker-manifest-digest":"sha256:../x"}},"identity":{{"docker-reference":"x"}}}},"optional":{{}}}}"#
        );
        assert!(Payload::parse(bad_digest.as_bytes(), SIMPLE_SIGNING_TYPE).is_err());
    }

    #[test]
    fn lookaside_blobs_are_told_apart_and_round_trip() {
        assert!(matches!(
            Signature::from_blob(&[0xA3, 1, 2]).unwrap(),
            Signature::Simple(_)
        ));
        let s = Signature::Sigstore {
            media_type: COSIGN_MEDIA_TYPE.into(),
            payload: b"{}".to_vec(),
            annotations: [(COSIGN_SIGNATURE_ANNOTATION.to_string(), "c2ln".to_string())].into(),
        };
        assert_eq!(Signature::from_blob(&s.to_blob()).unwrap(), s);
        assert!(Signature::from_blob(b"").is_err());
        assert!(Signature::from_blob(b"<html>").is_err());
        assert!(Signature::from_blob(b"\0other\n{}").is_err());
    }

    #[test]
    fn lookaside_urls_are_laid_out_as_containers_image_does() {
        assert_eq!(
            lookaside_url("file:///s/", "library/busybox", D, 1).unwrap(),
            format!("file:///s/library/busybox@sha256={}/signature-1", &D[7..])
        );
        assert!(lookaside_url("file:///s", "a/../b", D, 1).is_none());
        assert!(lookaside_url("file:///s", "a", "sha256:../../x", 1).is_none());
    }

    #[test]
    fn names_normalize_as_docker_references() {
        let n = Named::parse("busybox").unwrap();
        assert_eq!(n.name, "docker.io/library/busybox");
        assert!(n.is_name_only());
        assert_eq!(
            Named::parse("127.0.0.1:5000/a/b:t").unwrap().full(),
            "127.0.0.1:5000/a/b:t"
        );
    }
}
