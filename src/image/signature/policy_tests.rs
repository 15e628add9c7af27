use super::*;
use crate::image::reference;

const D1: &str = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
const D2: &str = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

fn image(s: &str) -> ImageRef {
    reference::parse(s).unwrap().qualify(reference::DOCKER_HUB)
}

fn named(s: &str) -> Named {
    Named::from(&image(s))
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "gorae-{tag}-{}",
        crate::store::fsutil::unique_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn scopes_pick_the_most_specific_requirement() {
    let dir = temp_dir("policy");
    let file = dir.join("policy.json");
    std::fs::write(
        &file,
        r#"{"default": [{"type": "reject"}],
            "transports": {"docker": {
                "127.0.0.1:5000": [{"type": "insecureAcceptAnything"}],
                "127.0.0.1:5000/secret": [{"type": "reject"}],
                "quay.io/signed": [{"type": "signedBy", "keyType": "GPGKeys", "keyPath": "/k",
                                    "signedIdentity": {"type": "matchRepository"}}],
                "quay.io/both": [{"type": "sigstoreSigned", "keyPaths": ["/a", "/b"],
                                  "signedIdentity": {"type": "remapIdentity",
                                                     "prefix": "quay.io", "signedPrefix": "x.io"}},
                                 {"type": "signedBy", "keyType": "GPGKeys", "keyData": "AAEC"}]}}}"#,
    )
    .unwrap();
    let files = [dir.join("missing.json"), file.clone()];
    let at = |repo: &str| for_repo(&files, repo).unwrap().unwrap();
    assert_eq!(
        at("127.0.0.1:5000/library/busybox").requirements,
        [Requirement::Accept]
    );
    let s = at("127.0.0.1:5000/secret/app");
    assert!(s.rejects() && s.scope == "127.0.0.1:5000/secret");
    assert_eq!(at("docker.io/library/busybox").scope, "default");
    let signed = at("quay.io/signed/x");
    assert!(signed.needs_signatures());
    assert_eq!(
        signed.requirements,
        [Requirement::SignedBy {
            keys: Keys::Paths(vec!["/k".into()]),
            identity: Identity::MatchRepository
        }]
    );
    assert_eq!(
        at("quay.io/both/x").requirements,
        [
            Requirement::SigstoreSigned {
                keys: Keys::Paths(vec!["/a".into(), "/b".into()]),
                identity: Identity::RemapIdentity {
                    prefix: "quay.io".into(),
                    signed_prefix: "x.io".into()
                }
            },
            Requirement::SignedBy {
                keys: Keys::Data(vec![0, 1, 2]),
                identity: Identity::MatchRepoDigestOrExact
            }
        ]
    );
    let refused = evaluate(&s, &image("127.0.0.1:5000/secret/app"), D1, &[])
        .unwrap_err()
        .to_string();
    assert!(refused.contains("rejected by policy"), "{refused}");
    assert!(for_repo(&[dir.join("none")], "x/y").unwrap().is_none());
    std::fs::write(&file, "{").unwrap();
    assert!(for_repo(&files, "x/y").is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_requirements_are_refused_with_the_file_and_field_named() {
    let dir = temp_dir("policy-bad");
    let file = dir.join("policy.json");
    for (req, says) in [
        (r#"{"type":"signedBy","keyPath":"/k"}"#, "without keyType"),
        (
            r#"{"type":"signedBy","keyType":"X509Certificates","keyPath":"/k"}"#,
            "X509Certificates",
        ),
        (
            r#"{"type":"signedBy","keyType":"GPGKeys"}"#,
            "exactly one of keyPath",
        ),
        (
            r#"{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k","keyData":"AA=="}"#,
            "exactly one",
        ),
        (
            r#"{"type":"signedBy","keyType":"GPGKeys","keyData":"!!"}"#,
            "not base64",
        ),
        (
            r#"{"type":"sigstoreSigned","keyPath":"/k","bogus":1}"#,
            "\"bogus\"",
        ),
        (r#"{"type":"sigstoreSigned","fulcio":{}}"#, "Fulcio"),
        (
            r#"{"type":"sigstoreSigned","keyPath":"/k","rekorPublicKeyPath":"/r"}"#,
            "Rekor",
        ),
        (
            r#"{"type":"insecureAcceptAnything","keyPath":"/k"}"#,
            "\"keyPath\"",
        ),
        (
            r#"{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k","signedIdentity":{"type":"exactReference","dockerReference":"busybox"}}"#,
            "not a tagged",
        ),
        (
            r#"{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k","signedIdentity":{"type":"exactRepository","dockerRepository":"busybox:1"}}"#,
            "not a repository",
        ),
        (
            r#"{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k","signedIdentity":{"type":"matchNothing"}}"#,
            "matchNothing",
        ),
        (r#"{"type":"other"}"#, "\"other\""),
    ] {
        std::fs::write(&file, format!(r#"{{"default":[{req}]}}"#)).unwrap();
        let e = for_repo(std::slice::from_ref(&file), "a/b")
            .unwrap_err()
            .to_string();
        assert!(e.contains(says) && e.contains("policy.json"), "{req}: {e}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn signed_identities_match_as_containers_image_matches_them() {
    let tagged = named("example.com/ns/app:1");
    let digested = named(&format!("example.com/ns/app@{D1}"));
    let both = named(&format!("example.com/ns/app:1@{D1}"));
    let rdoe = Identity::MatchRepoDigestOrExact;
    assert!(rdoe.matches(&tagged, "example.com/ns/app:1"));
    assert!(!rdoe.matches(&tagged, "example.com/ns/app:2"));
    assert!(!rdoe.matches(&tagged, "example.com/ns/app"));
    assert!(rdoe.matches(&digested, "example.com/ns/app:anything"));
    assert!(!rdoe.matches(&digested, "example.com/ns/other:1"));
    assert!(!rdoe.matches(&both, "example.com/ns/app:2"));
    assert!(rdoe.matches(&named("busybox"), "docker.io/library/busybox:latest"));
    assert!(rdoe.matches(&named("busybox"), "busybox:latest"));

    let exact = Identity::MatchExact;
    assert!(exact.matches(&tagged, "example.com/ns/app:1"));
    assert!(!exact.matches(&digested, "example.com/ns/app:1"));

    let repo = Identity::MatchRepository;
    assert!(repo.matches(&tagged, "example.com/ns/app:9"));
    assert!(repo.matches(&tagged, "example.com/ns/app"));
    assert!(!repo.matches(&tagged, "example.com/ns/apps:1"));

    let fixed = Identity::ExactReference(Named::parse("example.com/ns/app:gold").unwrap());
    assert!(fixed.matches(&named("mirror.local/x:1"), "example.com/ns/app:gold"));
    assert!(!fixed.matches(&named("mirror.local/x:1"), "example.com/ns/app:1"));

    let fixed_repo = Identity::ExactRepository("example.com/ns/app".into());
    assert!(fixed_repo.matches(&named("mirror.local/x:1"), "example.com/ns/app:7"));
    assert!(!fixed_repo.matches(&named("mirror.local/x:1"), "example.com/ns/other:7"));

    let remap = Identity::RemapIdentity {
        prefix: "mirror.local/ns".into(),
        signed_prefix: "example.com/ns".into(),
    };
    assert!(remap.matches(&named("mirror.local/ns/app:1"), "example.com/ns/app:1"));
    assert!(!remap.matches(&named("mirror.local/ns/app:1"), "mirror.local/ns/app:2"));
    assert!(!remap.matches(&named("mirror.local/nsx/app:1"), "example.com/nsx/app:1"));
    // Outside the prefix, it is matchRepoDigestOrExact.
    assert!(remap.matches(&named("other.local/a:1"), "other.local/a:1"));
    assert!(!Identity::MatchRepository.matches(&tagged, "not a reference"));
}

/// A sigstore signature (the cryptography checked here has no external tool) for `reference`
/// and `digest` by `key`.
fn sigstore_sig(key: &p256::ecdsa::SigningKey, reference: &str, digest: &str) -> Signature {
    let payload = Payload {
        digest: digest.into(),
        reference: reference.into(),
    }
    .to_json(COSIGN_TYPE, 0);
    let sig = cosign::sign(key, &payload);
    Signature::Sigstore {
        media_type: COSIGN_MEDIA_TYPE.into(),
        payload,
        annotations: [(COSIGN_SIGNATURE_ANNOTATION.to_string(), sig)].into(),
    }
}

#[test]
fn sigstore_signatures_are_accepted_only_when_key_digest_and_identity_agree() {
    let dir = temp_dir("policy-sigstore");
    let mut random = [3u8; 88];
    let (private, public) = cosign::generate(b"", random).unwrap();
    random[0] = 9;
    let (stranger_private, _) = cosign::generate(b"", random).unwrap();
    let key = cosign::private_key(private.as_bytes(), b"").unwrap();
    let stranger = cosign::private_key(stranger_private.as_bytes(), b"").unwrap();
    std::fs::write(dir.join("key.pub"), &public).unwrap();
    let scoped = Scoped {
        file: dir.join("policy.json"),
        scope: "default".into(),
        requirements: vec![Requirement::SigstoreSigned {
            keys: Keys::Paths(vec![dir.join("key.pub")]),
            identity: Identity::MatchRepoDigestOrExact,
        }],
    };
    let img = image("127.0.0.1:5000/signed/app:1");
    let good = sigstore_sig(&key, "127.0.0.1:5000/signed/app:1", D1);
    evaluate(&scoped, &img, D1, std::slice::from_ref(&good)).unwrap();

    let none = evaluate(&scoped, &img, D1, &[]).unwrap_err();
    assert!(matches!(none, Refusal::Unsigned), "{none}");
    let none = none.to_string();
    assert!(none.contains("no signature exists"), "{none}");
    // Another image's signature placed beside this one.
    let forged = evaluate(&scoped, &img, D2, std::slice::from_ref(&good))
        .unwrap_err()
        .to_string();
    assert!(forged.contains("does not match"), "{forged}");
    let other_name = sigstore_sig(&key, "127.0.0.1:5000/signed/other:1", D1);
    let e = evaluate(&scoped, &img, D1, &[other_name])
        .unwrap_err()
        .to_string();
    assert!(e.contains("identity"), "{e}");
    let by_stranger = sigstore_sig(&stranger, "127.0.0.1:5000/signed/app:1", D1);
    let e = evaluate(&scoped, &img, D1, std::slice::from_ref(&by_stranger))
        .unwrap_err()
        .to_string();
    assert!(e.contains("verification failed"), "{e}");
    // One good signature among bad ones is enough; a simple-signing one doesn't count here.
    evaluate(
        &scoped,
        &img,
        D1,
        &[by_stranger.clone(), Signature::Simple(vec![0xA3]), good],
    )
    .unwrap();
    let e = evaluate(&scoped, &img, D1, &[by_stranger.clone(), by_stranger])
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("None of the signatures were accepted"), "{e}");
    let missing_key = Scoped {
        requirements: vec![Requirement::SigstoreSigned {
            keys: Keys::Paths(vec![dir.join("nope.pub")]),
            identity: Identity::MatchRepository,
        }],
        ..scoped
    };
    let e = evaluate(&missing_key, &img, D1, &[])
        .unwrap_err()
        .to_string();
    assert!(e.contains("nope.pub"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_gpg_requirement_with_a_bad_key_names_it() {
    let scoped = Scoped {
        file: "/etc/containers/policy.json".into(),
        scope: "default".into(),
        requirements: vec![Requirement::SignedBy {
            keys: Keys::Data(b"not a key".to_vec()),
            identity: Identity::MatchRepoDigestOrExact,
        }],
    };
    let e = evaluate(&scoped, &image("a/b:1"), D1, &[])
        .unwrap_err()
        .to_string();
    assert!(e.contains("keyData in /etc/containers/policy.json"), "{e}");
}
