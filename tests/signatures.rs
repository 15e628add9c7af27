//! Signed images: pulls checked against policy.json and registries.d, with signatures made by
//! Debian's skopeo and gpg (simple signing, and sigstore attachments), as podman users have
//! them; and what gorae signs, skopeo and podman verify.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::util::{self, Env, write};

static N: AtomicUsize = AtomicUsize::new(0);

/// A throwaway GPG home with one key; removed (and its agent stopped) on drop.
pub struct Gpg {
    pub home: PathBuf,
    pub fingerprint: String,
}

impl Gpg {
    /// A new key for `uid` (`algo` as `gpg --quick-gen-key` takes it), without a passphrase.
    pub fn new(uid: &str, algo: &str) -> Gpg {
        // Short: the agent's socket lives in it.
        let home = PathBuf::from(format!(
            "/tmp/gpg-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&home).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
        let mut g = Gpg {
            home,
            fingerprint: String::new(),
        };
        g.ok(&[
            "--batch",
            "--passphrase",
            "",
            "--quick-gen-key",
            uid,
            algo,
            "sign",
            "never",
        ]);
        let listing = g.ok(&["--with-colons", "--list-keys", uid]);
        let fingerprint = listing
            .lines()
            .find_map(|l| l.strip_prefix("fpr:"))
            .and_then(|l| l.split(':').find(|f| !f.is_empty()))
            .expect("gpg lists the new key's fingerprint")
            .to_string();
        g.fingerprint = fingerprint;
        g
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let out = Command::new("gpg")
            .env("GNUPGHOME", &self.home)
            .args(args)
            .output()
            .expect("gpg runs (tests/setup/install.sh installs gnupg)");
        assert!(
            out.status.success(),
            "gpg {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Exports the public key to `path`, armored.
    pub fn export(&self, path: &Path) {
        let key = self.ok(&["--armor", "--export", &self.fingerprint]);
        write(path, &key);
    }
}

impl Drop for Gpg {
    fn drop(&mut self) {
        let _ = Command::new("gpgconf")
            .env("GNUPGHOME", &self.home)
            .args(["--kill", "gpg-agent"])
            .output();
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

/// Copies the test registry's busybox to `dest` (`REG/repo:tag`) with skopeo, with
/// `extra` flags (a signing key), reading `registries_d`.
pub fn skopeo_copy(
    reg: &str,
    dest: &str,
    registries_d: &Path,
    gnupg: Option<&Gpg>,
    extra: &[&str],
) {
    skopeo_copy_from(
        &format!("{reg}/library/busybox:latest"),
        dest,
        registries_d,
        gnupg,
        extra,
    )
}

pub fn skopeo_copy_from(
    src: &str,
    dest: &str,
    registries_d: &Path,
    gnupg: Option<&Gpg>,
    extra: &[&str],
) {
    let mut c = Command::new("skopeo");
    if let Some(g) = gnupg {
        c.env("GNUPGHOME", &g.home);
    }
    c.args(["--insecure-policy", "--registries.d"])
        .arg(registries_d)
        .args([
            "copy",
            "-q",
            "--src-tls-verify=false",
            "--dest-tls-verify=false",
        ])
        .args(extra)
        .arg(format!("docker://{src}"))
        .arg(format!("docker://{dest}"));
    let out = c.output().expect("skopeo runs");
    assert!(
        out.status.success(),
        "skopeo copy to {dest}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A repository of its own in the test registry, so runs don't see each other's signatures.
pub fn unique_repo(reg: &str, tag: &str) -> String {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{reg}/sig-{tag}-{}-{stamp}", std::process::id())
}

/// The manifest digest the registry serves for `image`, as skopeo reports it.
pub fn digest_of(image: &str) -> String {
    let out = Command::new("skopeo")
        .args(["inspect", "--tls-verify=false", "--format", "{{.Digest}}"])
        .arg(format!("docker://{image}"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn refused(env: &Env, image: &str, says: &str) {
    let before = env.entries("blobs/sha256");
    let r = env.run(&["pull", "-q", "--tls-verify=false", image]);
    assert_eq!(r.code, 125, "{image} must be refused: {r}");
    assert!(r.stderr.contains(says), "{image}: wanted {says:?}: {r}");
    assert!(r.stderr.contains("Source image rejected"), "{r}");
    env.expect(1, &["image", "exists", image]);
    assert_eq!(
        env.entries("blobs/sha256"),
        before,
        "{image} left blobs behind"
    );
}

#[test]
fn gpg_signed_images_pull_and_unsigned_forged_or_stranger_signed_ones_do_not() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let signer = Gpg::new("gorae signer <signer@example.test>", "rsa2048");
    let stranger = Gpg::new("stranger <stranger@example.test>", "ed25519");
    let repo = unique_repo(&reg, "gpg");
    let store = env.base.join("sigstore");
    // registries.d where podman and skopeo read it (the user's own wins over /etc).
    let regd = env.base.join("home/.config/containers/registries.d");
    write(
        &regd.join("test.yaml"),
        &format!(
            "docker:\n  {repo}:\n    lookaside: file://{}\n",
            store.display()
        ),
    );
    let key = env.base.join("signer.asc");
    signer.export(&key);
    let policy = format!(
        r#"{{"default":[{{"type":"insecureAcceptAnything"}}],
            "transports":{{"docker":{{"{repo}":[{{"type":"signedBy","keyType":"GPGKeys","keyPath":"{}"}}]}}}}}}"#,
        key.display()
    );
    write(&env.config().join("containers/policy.json"), &policy);

    let signed = format!("{repo}/app:1");
    skopeo_copy(
        &reg,
        &signed,
        &regd,
        Some(&signer),
        &["--sign-by", &signer.fingerprint],
    );
    let digest = digest_of(&signed);
    let sig_dir = store.join(format!(
        "{}@sha256={}",
        signed.split_once('/').unwrap().1.split(':').next().unwrap(),
        &digest[7..]
    ));
    assert!(
        sig_dir.join("signature-1").is_file(),
        "skopeo wrote no signature in {}",
        sig_dir.display()
    );
    env.ok(&["pull", "-q", "--tls-verify=false", &signed]);
    env.ok(&["image", "exists", &signed]);
    let out = env.ok(&["run", "--rm", &signed, "echo", "signed and running"]);
    assert_eq!(out.trim(), "signed and running");

    // Unsigned, in the same scope: refused, and nothing of it is kept.
    let unsigned = format!("{repo}/unsigned:1");
    skopeo_copy(&reg, &unsigned, &regd, None, &[]);
    refused(
        &env,
        &unsigned,
        "A signature was required, but no signature exists",
    );
    // Another image's signature placed beside this one: its payload names another digest.
    let other = format!("{repo}/other:1");
    let zstd = format!("{reg}/test/busybox-zstd:latest");
    skopeo_copy_from(
        &zstd,
        &other,
        &regd,
        Some(&signer),
        &["--sign-by", &signer.fingerprint],
    );
    let other_digest = digest_of(&other);
    assert_ne!(other_digest, digest);
    let forged_dir = store.join(format!(
        "{}/unsigned@sha256={}",
        repo.split_once('/').unwrap().1,
        &digest_of(&unsigned)[7..]
    ));
    std::fs::create_dir_all(&forged_dir).unwrap();
    let other_sig = store.join(format!(
        "{}/other@sha256={}/signature-1",
        repo.split_once('/').unwrap().1,
        &other_digest[7..]
    ));
    std::fs::copy(&other_sig, forged_dir.join("signature-1")).unwrap();
    refused(&env, &unsigned, "does not match");
    // Signed, but by a key the policy doesn't name.
    let by_stranger = format!("{repo}/stranger:1");
    skopeo_copy(
        &reg,
        &by_stranger,
        &regd,
        Some(&stranger),
        &["--sign-by", &stranger.fingerprint],
    );
    refused(&env, &by_stranger, "is not accepted");
    // Signed for tag 1; pulled as tag 2 of the same manifest, the identity doesn't match.
    let retagged = format!("{repo}/app:2");
    skopeo_copy(&reg, &retagged, &regd, None, &[]);
    assert_eq!(digest_of(&retagged), digest);
    refused(&env, &retagged, "Signature for identity");
    // …which matchRepository accepts.
    write(
        &env.config().join("containers/policy.json"),
        &policy.replace(
            r#""keyPath""#,
            r#""signedIdentity":{"type":"matchRepository"},"keyPath""#,
        ),
    );
    env.ok(&["pull", "-q", "--tls-verify=false", &retagged]);
    // The key inline (keyData), and a broken key file named in the error.
    let data = base64_of(&std::fs::read(&key).unwrap());
    write(
        &env.config().join("containers/policy.json"),
        &policy.replace(
            &format!(r#""keyPath":"{}""#, key.display()),
            &format!(r#""keyData":"{data}""#),
        ),
    );
    env.ok(&["rmi", &signed]);
    env.ok(&["pull", "-q", "--tls-verify=false", &signed]);
    std::fs::write(&key, "garbage").unwrap();
    write(&env.config().join("containers/policy.json"), &policy);
    env.ok(&["rmi", &signed]);
    refused(&env, &signed, "signer.asc");
}

/// Base64 with the standard alphabet, as policy.json's keyData takes it.
pub fn base64_of(bytes: &[u8]) -> String {
    let out = Command::new("base64")
        .arg("-w0")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(bytes)?;
            c.wait_with_output()
        })
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}
