//! Sigstore signatures made with a key pair (cosign's "key" mode): an ECDSA P-256 signature,
//! base64 in an annotation, over the payload bytes. Public keys are PEM `PUBLIC KEY`s; private
//! keys are cosign's encrypted PEM (scrypt, then NaCl secretbox, around a PKCS#8 key). All of it
//! is RustCrypto: `p256`/`ecdsa`, `scrypt`, `crypto_secretbox`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature as EcdsaSignature, SigningKey, VerifyingKey};
use p256::pkcs8::{DecodePrivateKey, DecodePublicKey};

use super::{SignatureError, invalid};

/// The PEM labels cosign and containers/image write for an encrypted private key.
const PRIVATE_KEY_LABELS: [&str; 2] = [
    "ENCRYPTED SIGSTORE PRIVATE KEY",
    "ENCRYPTED COSIGN PRIVATE KEY",
];

/// An unusable private key, named as such.
fn key_err(why: impl std::fmt::Display) -> SignatureError {
    SignatureError::Key(format!("the sigstore private key: {why}"))
}

/// Reads every `PUBLIC KEY` in `pem` (a file may hold several). `what` names it in errors.
pub fn public_keys(what: &str, pem: &[u8]) -> Result<Vec<VerifyingKey>, SignatureError> {
    let text = std::str::from_utf8(pem)
        .map_err(|_| SignatureError::Key(format!("{what}: not a PEM file")))?;
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN ") {
        let block = &rest[start..];
        let end_marker = "-----END ";
        let end = block
            .find(end_marker)
            .and_then(|e| {
                block[e + end_marker.len()..]
                    .find("-----")
                    .map(|x| e + end_marker.len() + x + 5)
            })
            .ok_or_else(|| SignatureError::Key(format!("{what}: a PEM block is not closed")))?;
        let one = &block[..end];
        if !one.starts_with("-----BEGIN PUBLIC KEY-----") {
            return Err(SignatureError::Key(format!(
                "{what}: {} is not a public key",
                one.lines().next().unwrap_or_default()
            )));
        }
        let key = VerifyingKey::from_public_key_pem(one).map_err(|e| {
            SignatureError::Key(format!(
                "{what}: not an ECDSA P-256 public key ({e}); gorae verifies sigstore signatures made with P-256 keys, as cosign makes them"
            ))
        })?;
        out.push(key);
        rest = &block[end..];
    }
    if out.is_empty() {
        return Err(SignatureError::Key(format!(
            "{what}: no PEM public key in it"
        )));
    }
    Ok(out)
}

/// Verifies the base64 signature `b64` over `payload` with any of `keys`.
pub fn verify(keys: &[VerifyingKey], payload: &[u8], b64: &str) -> Result<(), SignatureError> {
    let raw = STANDARD
        .decode(b64.trim())
        .map_err(|e| invalid(format!("base64 decoding: {e}")))?;
    let sig = EcdsaSignature::from_der(&raw)
        .or_else(|_| EcdsaSignature::from_slice(&raw))
        .map_err(|_| invalid("the sigstore signature is not an ECDSA signature"))?;
    if keys.iter().any(|k| k.verify(payload, &sig).is_ok()) {
        Ok(())
    } else {
        Err(invalid("cryptographic signature verification failed"))
    }
}

/// Decrypts a cosign private key with `passphrase`.
pub fn private_key(pem: &[u8], passphrase: &[u8]) -> Result<SigningKey, SignatureError> {
    let bad = |why: &str| key_err(why);
    let text = std::str::from_utf8(pem).map_err(|_| bad("not a PEM file"))?;
    let label = PRIVATE_KEY_LABELS
        .iter()
        .find(|l| text.contains(&format!("-----BEGIN {l}-----")))
        .ok_or_else(|| bad("not an encrypted sigstore or cosign private key"))?;
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let body = text
        .split_once(&begin)
        .and_then(|(_, b)| b.split_once(&end))
        .map(|(b, _)| b)
        .ok_or_else(|| bad("the PEM block is not closed"))?;
    let b64: String = body.split_whitespace().collect();
    let json = STANDARD
        .decode(b64)
        .map_err(|_| bad("the PEM body is not base64"))?;
    let sealed: Sealed = serde_json::from_slice(&json).map_err(|e| bad(&e.to_string()))?;
    let der = sealed.open(passphrase)?;
    SigningKey::from_pkcs8_der(&der).map_err(|_| bad("not an ECDSA P-256 key"))
}

/// Signs `payload`; the signature as the annotation carries it (base64 of DER).
pub fn sign(key: &SigningKey, payload: &[u8]) -> String {
    let sig: EcdsaSignature = key.sign(payload);
    STANDARD.encode(sig.to_der().as_bytes())
}

/// The encrypted envelope of go-securesystemslib's `encrypted` package, which cosign uses.
#[derive(serde::Deserialize, serde::Serialize)]
struct Sealed {
    kdf: Kdf,
    cipher: Cipher,
    #[serde(with = "super::base64_bytes")]
    ciphertext: Vec<u8>,
}

#[derive(serde::Deserialize, serde::Serialize)]
struct Kdf {
    name: String,
    params: KdfParams,
    #[serde(with = "super::base64_bytes")]
    salt: Vec<u8>,
}

#[derive(serde::Deserialize, serde::Serialize)]
struct KdfParams {
    #[serde(rename = "N")]
    n: u64,
    r: u32,
    p: u32,
}

#[derive(serde::Deserialize, serde::Serialize)]
struct Cipher {
    name: String,
    #[serde(with = "super::base64_bytes")]
    nonce: Vec<u8>,
}

impl Sealed {
    fn key(kdf: &Kdf, passphrase: &[u8]) -> Result<[u8; 32], SignatureError> {
        if kdf.name != "scrypt" {
            return Err(key_err(format!(
                "unsupported key derivation {:?}",
                kdf.name
            )));
        }
        let p = &kdf.params;
        // scrypt needs 128·r·N bytes: cosign's parameters take 32 MiB; refuse beyond 256 MiB.
        let memory = 128u64.saturating_mul(u64::from(p.r)).saturating_mul(p.n);
        if !p.n.is_power_of_two() || p.n < 2 || p.r == 0 || memory > 256 << 20 {
            return Err(key_err(format!(
                "unreasonable scrypt parameters N={} r={}",
                p.n, p.r
            )));
        }
        let params = scrypt::Params::new(p.n.trailing_zeros() as u8, p.r, p.p, 32)
            .map_err(|e| key_err(format!("scrypt parameters: {e}")))?;
        let mut key = [0u8; 32];
        scrypt::scrypt(passphrase, &kdf.salt, &params, &mut key)
            .map_err(|e| key_err(format!("scrypt: {e}")))?;
        Ok(key)
    }

    fn open(&self, passphrase: &[u8]) -> Result<Vec<u8>, SignatureError> {
        use crypto_secretbox::aead::{Aead, KeyInit};
        if self.cipher.name != "nacl/secretbox" {
            return Err(key_err(format!(
                "unsupported cipher {:?}",
                self.cipher.name
            )));
        }
        if self.cipher.nonce.len() != 24 {
            return Err(key_err("the nonce is not 24 bytes"));
        }
        let key = Self::key(&self.kdf, passphrase)?;
        let cipher = crypto_secretbox::XSalsa20Poly1305::new(&key.into());
        let nonce = crypto_secretbox::Nonce::from_slice(&self.cipher.nonce);
        cipher
            .decrypt(nonce, self.ciphertext.as_slice())
            .map_err(|_| key_err("wrong passphrase, or the key is damaged"))
    }

    /// Seals `plain` as cosign does (N = 32768, r = 8, p = 1), with the given salt and nonce.
    fn seal(plain: &[u8], passphrase: &[u8], salt: [u8; 32], nonce: [u8; 24]) -> Sealed {
        use crypto_secretbox::aead::{Aead, KeyInit};
        let kdf = Kdf {
            name: "scrypt".into(),
            params: KdfParams {
                n: 32768,
                r: 8,
                p: 1,
            },
            salt: salt.to_vec(),
        };
        let key = Self::key(&kdf, passphrase).expect("cosign's own parameters are valid");
        let cipher = crypto_secretbox::XSalsa20Poly1305::new(&key.into());
        let ciphertext = cipher
            .encrypt(crypto_secretbox::Nonce::from_slice(&nonce), plain)
            .expect("secretbox sealing does not fail");
        Sealed {
            kdf,
            cipher: Cipher {
                name: "nacl/secretbox".into(),
                nonce: nonce.to_vec(),
            },
            ciphertext,
        }
    }
}

/// A new key pair as cosign writes it: the encrypted private key PEM and the public key PEM.
/// `random` supplies the key, salt and nonce bytes (the caller reads them from the kernel).
pub fn generate(passphrase: &[u8], random: [u8; 88]) -> Result<(String, String), SignatureError> {
    use p256::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
    let secret: [u8; 32] = random[..32].try_into().expect("32 bytes");
    let key = SigningKey::from_slice(&secret)
        .map_err(|_| SignatureError::Key("the random bytes are not a valid P-256 key".into()))?;
    let der = key
        .to_pkcs8_der()
        .map_err(|e| SignatureError::Key(e.to_string()))?;
    let sealed = Sealed::seal(
        der.as_bytes(),
        passphrase,
        random[32..64].try_into().expect("32 bytes"),
        random[64..].try_into().expect("24 bytes"),
    );
    let json = serde_json::to_vec(&sealed).expect("a JSON value serializes");
    let b64 = STANDARD.encode(json);
    let mut private = format!("-----BEGIN {}-----\n", PRIVATE_KEY_LABELS[0]);
    for chunk in b64.as_bytes().chunks(64) {
        private.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        private.push('\n');
    }
    private.push_str(&format!("-----END {}-----\n", PRIVATE_KEY_LABELS[0]));
    let public = key
        .verifying_key()
        .to_public_key_pem(LineEnding::LF)
        .map_err(|e| SignatureError::Key(e.to_string()))?;
    Ok((private, public))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_signs_what_its_public_key_verifies() {
        let mut random = [7u8; 88];
        random[0] = 1;
        let (private, public) = generate(b"pass", random).unwrap();
        let key = private_key(private.as_bytes(), b"pass").unwrap();
        let wrong = private_key(private.as_bytes(), b"other").unwrap_err();
        assert!(wrong.to_string().contains("wrong passphrase"), "{wrong}");
        let sig = sign(&key, b"payload");
        let keys = public_keys("key.pub", public.as_bytes()).unwrap();
        verify(&keys, b"payload", &sig).unwrap();
        assert!(verify(&keys, b"payload!", &sig).is_err());
        assert!(verify(&keys, b"payload", "not base64!").is_err());
        let e = public_keys(
            "x.pem",
            b"-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("x.pem"), "{e}");
    }
}
