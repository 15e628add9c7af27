//! "Simple signing": an OpenPGP signed message whose literal data is the payload. Verified
//! in-process with rPGP (the `pgp` crate) against the keys `policy.json` names; made by the
//! user's own `gpg`, which holds their keyring as gpgme does for podman.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::SystemTime;

use pgp::composed::{Message, PublicOrSecret, SignedPublicKey};
use pgp::types::KeyDetails;

use super::{SignatureError, invalid};

/// The public keys a `signedBy` requirement accepts, by primary-key fingerprint.
pub struct Keyring {
    keys: Vec<SignedPublicKey>,
}

/// What a verified signature is: the payload it signs and the fingerprint of the primary key
/// whose key (primary or subkey) made it.
#[derive(Debug)]
pub struct Verified {
    pub payload: Vec<u8>,
    pub fingerprint: String,
}

impl Keyring {
    /// Reads keys, armored or binary, several to a source. `what` names each source in errors.
    /// A key whose self-signatures don't verify, that is revoked or has expired is left out,
    /// as gpgme would not count a signature by it as valid.
    pub fn load(sources: &[(String, Vec<u8>)]) -> Result<Keyring, SignatureError> {
        let mut keys = Vec::new();
        for (what, bytes) in sources {
            let (iter, _) = PublicOrSecret::from_reader_many(&bytes[..])
                .map_err(|e| SignatureError::Key(format!("{what}: not an OpenPGP key: {e}")))?;
            let mut found = 0;
            for k in iter {
                let k =
                    k.map_err(|e| SignatureError::Key(format!("{what}: not an OpenPGP key: {e}")))?;
                found += 1;
                let k = SignedPublicKey::try_from(k).map_err(|_| {
                    SignatureError::Key(format!("{what}: a secret key, where a public key belongs"))
                })?;
                if usable(&k) {
                    keys.push(k);
                }
            }
            if found == 0 {
                return Err(SignatureError::Key(format!("{what}: no OpenPGP key in it")));
            }
        }
        Ok(Keyring { keys })
    }

    pub fn fingerprints(&self) -> Vec<String> {
        self.keys
            .iter()
            .map(|k| format!("{:X}", k.fingerprint()))
            .collect()
    }

    /// Verifies the signed message `blob` with any key of the ring and returns its payload.
    pub fn verify(&self, blob: &[u8]) -> Result<Verified, SignatureError> {
        let msg = Message::from_bytes(blob)
            .map_err(|e| invalid(format!("not an OpenPGP message: {e}")))?;
        let mut msg = msg
            .decompress()
            .map_err(|e| invalid(format!("decompressing the OpenPGP message: {e}")))?;
        if !msg.is_signed() {
            return Err(invalid("the OpenPGP message is not signed"));
        }
        let mut payload = Vec::new();
        std::io::Read::take(&mut msg, super::MAX_SIGNATURE_BYTES as u64)
            .read_to_end(&mut payload)
            .map_err(|e| invalid(format!("reading the OpenPGP message: {e}")))?;
        for key in &self.keys {
            let signed = msg.verify(key).is_ok()
                || key
                    .public_subkeys
                    .iter()
                    .any(|sub| msg.verify(&sub.key).is_ok());
            if signed {
                return Ok(Verified {
                    payload,
                    fingerprint: format!("{:X}", key.fingerprint()),
                });
            }
        }
        let issuer = issuers(&msg);
        Err(invalid(if issuer.is_empty() {
            "signature by an unknown key is not accepted".to_string()
        } else {
            format!("signature by key {issuer} is not accepted")
        }))
    }
}

/// The keys a message's signature names as its issuer, for messages about refusals.
fn issuers(msg: &Message<'_>) -> String {
    let Message::Signed { reader, .. } = msg else {
        return String::new();
    };
    let mut out = Vec::new();
    for i in 0..reader.num_signatures() {
        if let Some(sig) = reader.signature(i) {
            out.extend(sig.issuer_fingerprint().iter().map(|f| format!("{f:X}")));
            if out.is_empty() {
                out.extend(sig.issuer_key_id().iter().map(hex::encode_upper));
            }
        }
    }
    out.join(", ")
}

/// Whether a key may vouch for anything: its bindings verify, it is not revoked and the newest
/// self-signature of a user ID doesn't say it has expired.
fn usable(k: &SignedPublicKey) -> bool {
    if k.verify_bindings().is_err() || !k.details.revocation_signatures.is_empty() {
        return false;
    }
    let newest = k
        .details
        .users
        .iter()
        .flat_map(|u| u.signatures.iter())
        .max_by_key(|s| s.created().map(SystemTime::from));
    match newest.and_then(|s| s.key_expiration_time()) {
        Some(valid_for) if valid_for.as_secs() != 0 => {
            let created: SystemTime = k.created_at().into();
            created + std::time::Duration::from(valid_for) > SystemTime::now()
        }
        _ => true,
    }
}

/// Signs `payload` with the user's `gpg` key `key` (a fingerprint, key ID or user ID), as a
/// binary signed message. `passphrase_file` is handed to gpg in loopback mode.
pub fn sign(
    payload: &[u8],
    key: &str,
    passphrase_file: Option<&Path>,
) -> Result<Vec<u8>, SignatureError> {
    let mut cmd = Command::new("gpg");
    cmd.args(["--batch", "--no-tty", "--yes", "--local-user", key]);
    if let Some(p) = passphrase_file {
        cmd.args(["--pinentry-mode", "loopback", "--passphrase-file"]);
        cmd.arg(p);
    }
    cmd.args(["--sign", "--output", "-"]);
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| {
        SignatureError::Sign(format!(
            "signing with gpg: {e} (gorae signs with the gpg command and the user's keyring)"
        ))
    })?;
    child
        .stdin
        .take()
        .expect("stdin was piped")
        .write_all(payload)
        .map_err(|e| SignatureError::Sign(format!("signing with gpg: {e}")))?;
    let out = child
        .wait_with_output()
        .map_err(|e| SignatureError::Sign(format!("signing with gpg: {e}")))?;
    if !out.status.success() || out.stdout.is_empty() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(SignatureError::Sign(format!(
            "signing with gpg key {key:?} failed: {}",
            err.trim()
        )));
    }
    Ok(out.stdout)
}
