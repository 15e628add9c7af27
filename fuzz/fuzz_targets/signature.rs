//! Signatures as a lookaside store or a registry hands them over: the blob's format, the
//! OpenPGP message (verified against a ring with no keys: it must be refused, never accepted),
//! the payload, and cosign signatures against a fixed key.
#![no_main]
use gorae::image::signature::{COSIGN_TYPE, Payload, SIMPLE_SIGNING_TYPE, Signature, cosign, gpg};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ring = gpg::Keyring::load(&[]).expect("an empty ring loads");
    if let Ok(sig) = Signature::from_blob(data) {
        match &sig {
            Signature::Simple(blob) => assert!(ring.verify(blob).is_err()),
            Signature::Sigstore { payload, .. } => {
                let _ = Payload::parse(payload, COSIGN_TYPE);
            }
        }
        let _ = Signature::from_blob(&sig.to_blob());
    }
    let _ = Payload::parse(data, SIMPLE_SIGNING_TYPE);
    let _ = cosign::public_keys("fuzz", data);
});
