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

    // The same store served over HTTP, as Red Hat serves theirs: a 404 ends the list of
    // signatures, a server that is gone is an error.
    let port = util::free_port();
    let mut server = Command::new("/usr/bin/python3")
        .args([
            "-m",
            "http.server",
            "--bind",
            "127.0.0.1",
            &port.to_string(),
            "--directory",
        ])
        .arg(&store)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("Debian's python3 serves the lookaside store");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "the HTTP server never answered"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    write(
        &regd.join("test.yaml"),
        &format!("docker:\n  {repo}:\n    lookaside: http://127.0.0.1:{port}\n"),
    );
    env.ok(&["rmi", &signed]);
    env.ok(&["pull", "-q", "--tls-verify=false", &signed]);
    refused(&env, &by_stranger, "is not accepted");
    let _ = server.kill();
    let _ = server.wait();
    env.ok(&["rmi", &signed]);
    refused(&env, &signed, "reading signature http://127.0.0.1");
    write(
        &regd.join("test.yaml"),
        &format!(
            "docker:\n  {repo}:\n    lookaside: file://{}\n",
            store.display()
        ),
    );
    std::fs::write(&key, "garbage").unwrap();
    write(&env.config().join("containers/policy.json"), &policy);
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

/// skopeo's verdict on pulling `image` under `policy` (a file) with `registries_d`.
fn skopeo_accepts(
    image: &str,
    policy: &Path,
    registries_d: &Path,
    scratch: &Path,
) -> Result<(), String> {
    let out = Command::new("skopeo")
        .arg("--policy")
        .arg(policy)
        .arg("--registries.d")
        .arg(registries_d)
        .args(["copy", "-q", "--src-tls-verify=false"])
        .arg(format!("docker://{image}"))
        .arg(format!("dir:{}", scratch.display()))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(scratch);
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn what_gorae_signs_with_gpg_skopeo_and_podman_verify() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let signer = Gpg::new("gorae pusher <pusher@example.test>", "ed25519");
    let repo = unique_repo(&reg, "gpgpush");
    let store = env.base.join("sigstore");
    let staging = env.base.join("staging");
    let regd = env.base.join("home/.config/containers/registries.d");
    // Written to the staging store, read from the other: as registries.d splits them.
    write(
        &regd.join("test.yaml"),
        &format!(
            "docker:\n  {repo}:\n    lookaside: file://{}\n    lookaside-staging: file://{}\n",
            store.display(),
            staging.display()
        ),
    );
    let key = env.base.join("pusher.asc");
    signer.export(&key);
    let policy_file = env.config().join("containers/policy.json");
    write(
        &policy_file,
        &format!(
            r#"{{"default":[{{"type":"insecureAcceptAnything"}}],
                "transports":{{"docker":{{"{repo}":[{{"type":"signedBy","keyType":"GPGKeys","keyPath":"{}"}}]}}}}}}"#,
            key.display()
        ),
    );
    let source = format!("{reg}/library/busybox:latest");
    env.ok(&["pull", "-q", "--tls-verify=false", &source]);
    let pushed = format!("{repo}/pushed:1");
    let mut push = env.command(&[
        "push",
        "-q",
        "--tls-verify=false",
        "--sign-by",
        &signer.fingerprint,
        &source,
        &pushed,
    ]);
    push.env("GNUPGHOME", &signer.home);
    let out = push.output().unwrap();
    assert!(
        out.status.success(),
        "push --sign-by: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let digest = digest_of(&pushed);
    let path = pushed
        .split_once('/')
        .unwrap()
        .1
        .split(':')
        .next()
        .unwrap()
        .to_string();
    let staged = staging.join(format!("{path}@sha256={}/signature-1", &digest[7..]));
    assert!(staged.is_file(), "no signature at {}", staged.display());
    // Before it is published (copied from staging to the read store), nothing verifies.
    let scratch = env.base.join("scratch");
    let r = skopeo_accepts(&pushed, &policy_file, &regd, &scratch);
    assert!(r.unwrap_err().contains("no signature exists"));
    let published = store.join(format!("{path}@sha256={}/signature-1", &digest[7..]));
    std::fs::create_dir_all(published.parent().unwrap()).unwrap();
    std::fs::copy(&staged, &published).unwrap();
    skopeo_accepts(&pushed, &policy_file, &regd, &scratch)
        .expect("skopeo accepts what gorae signed");
    let Some(podman) = util::podman(&env) else {
        return;
    };
    let policy_arg = policy_file.to_str().unwrap().to_string();
    let podman_pull = |image: &str| {
        podman.run(&[
            "pull",
            "-q",
            "--tls-verify=false",
            "--signature-policy",
            &policy_arg,
            image,
        ])
    };
    let r = podman_pull(&pushed);
    assert_eq!(r.code, 0, "podman refuses what gorae signed: {r}");
    env.ok(&["rmi", &source]);
    env.ok(&["pull", "-q", "--tls-verify=false", &pushed]);

    // image sign: an unsigned image in the registry, signed afterwards into --directory. It
    // has no --tls-verify (as podman's hasn't): registries.conf says the registry is insecure.
    write(
        &env.config().join("containers/registries.conf"),
        &format!("[[registry]]\nlocation = \"{reg}\"\ninsecure = true\n"),
    );
    let later = format!("{repo}/later:1");
    skopeo_copy(&reg, &later, &regd, None, &[]);
    refused(&env, &later, "no signature exists");
    let r = podman_pull(&later);
    assert!(
        r.code != 0 && r.stderr.contains("no signature exists"),
        "{r}"
    );
    let mut sign = env.command(&[
        "image",
        "sign",
        "--sign-by",
        &signer.fingerprint,
        "--directory",
        store.to_str().unwrap(),
        &format!("docker://{later}"),
    ]);
    sign.env("GNUPGHOME", &signer.home);
    let out = sign.output().unwrap();
    assert!(
        out.status.success(),
        "image sign: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    skopeo_accepts(&later, &policy_file, &regd, &scratch)
        .expect("skopeo accepts image sign's signature");
    let r = podman_pull(&later);
    assert_eq!(r.code, 0, "podman refuses what image sign signed: {r}");
    env.ok(&["pull", "-q", "--tls-verify=false", &later]);
    // A second signature goes beside the first.
    let mut again = env.command(&[
        "image",
        "sign",
        "--sign-by",
        &signer.fingerprint,
        "-d",
        store.to_str().unwrap(),
        &format!("docker://{later}"),
    ]);
    again.env("GNUPGHOME", &signer.home);
    assert!(again.output().unwrap().status.success());
    let later_dir = store.join(format!(
        "{}/later@sha256={}",
        repo.split_once('/').unwrap().1,
        &digest_of(&later)[7..]
    ));
    assert!(later_dir.join("signature-2").is_file());

    // Mistakes: an unknown key, a short name, no image.
    let mut bad = env.command(&[
        "image",
        "sign",
        "--sign-by",
        "nobody@nowhere",
        &format!("docker://{later}"),
    ]);
    bad.env("GNUPGHOME", &signer.home);
    let out = bad.output().unwrap();
    assert_eq!(out.status.code(), Some(125));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nobody@nowhere"));
    let r = env.run(&["image", "sign", "--sign-by", &signer.fingerprint, "busybox"]);
    assert_eq!(r.code, 125, "{r}");
    let r = env.run(&[
        "image",
        "sign",
        "--sign-by",
        &signer.fingerprint,
        "oci:/tmp/x",
    ]);
    assert!(
        r.code == 125 && r.stderr.contains("only images in a registry"),
        "{r}"
    );
    let r = env.run(&[
        "image",
        "sign",
        "--sign-by",
        &signer.fingerprint,
        &format!("docker://{repo}/absent:1"),
    ]);
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("manifest unknown"), "{r}");
}

#[test]
fn sigstore_signatures_gorae_pushes_are_verified_from_attachments_and_the_lookaside_store() {
    use gorae::image::signature::{
        self, COSIGN_MEDIA_TYPE, COSIGN_SIGNATURE_ANNOTATION, COSIGN_TYPE, Payload, Signature,
        cosign,
    };
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let random = |n: u8| {
        let mut b = [0u8; 88];
        use std::io::Read;
        std::fs::File::open("/dev/urandom")
            .unwrap()
            .read_exact(&mut b)
            .unwrap();
        b[0] = b[0].max(n);
        b
    };
    let (private, public) = cosign::generate(b"gorae", random(1)).unwrap();
    let (stranger_private, _) = cosign::generate(b"gorae", random(2)).unwrap();
    let dir = env.base.clone();
    write(&dir.join("key.private"), &private);
    write(&dir.join("stranger.private"), &stranger_private);
    write(&dir.join("key.pub"), &public);
    write(&dir.join("pass"), "gorae\n");
    write(&dir.join("wrong"), "nope\n");
    let repo = unique_repo(&reg, "sigstore");
    let store = dir.join("sigstore");
    let regd = dir.join("home/.config/containers/registries.d");
    let yaml = format!(
        "docker:\n  {repo}:\n    use-sigstore-attachments: true\n    lookaside: file://{}\n",
        store.display()
    );
    write(&regd.join("test.yaml"), &yaml);
    let policy_file = env.config().join("containers/policy.json");
    write(
        &policy_file,
        &format!(
            r#"{{"default":[{{"type":"insecureAcceptAnything"}}],
                "transports":{{"docker":{{"{repo}":[{{"type":"sigstoreSigned","keyPath":"{}"}}]}}}}}}"#,
            dir.join("key.pub").display()
        ),
    );
    let source = format!("{reg}/library/busybox:latest");
    let zstd = format!("{reg}/test/busybox-zstd:latest");
    env.ok(&["pull", "-q", "--tls-verify=false", &source]);
    env.ok(&["pull", "-q", "--tls-verify=false", &zstd]);
    let push = |src: &str, dest: &str, key: &str, pass: &str| {
        env.run(&[
            "push",
            "-q",
            "--tls-verify=false",
            "--sign-by-sigstore-private-key",
            dir.join(key).to_str().unwrap(),
            "--sign-passphrase-file",
            dir.join(pass).to_str().unwrap(),
            src,
            dest,
        ])
    };
    let signed = format!("{repo}/app:1");
    let r = push(&source, &signed, "key.private", "pass");
    assert_eq!(r.code, 0, "{r}");
    env.ok(&["rmi", &source]);
    env.ok(&["pull", "-q", "--tls-verify=false", &signed]);
    // Debian builds skopeo and podman with sigstore disabled ("Debian-local change"), so the
    // attachment is checked here as cosign lays it out, and its signature with OpenSSL.
    check_attachment_with_openssl(&signed, &dir.join("key.pub"), &dir.join("attachment"));

    let r = push(
        &signed,
        &format!("{repo}/wrongpass:1"),
        "key.private",
        "wrong",
    );
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("wrong passphrase"), "{r}");
    let unsigned = format!("{repo}/unsigned:1");
    skopeo_copy_from(&zstd, &unsigned, &regd, None, &[]);
    refused(
        &env,
        &unsigned,
        "A signature was required, but no signature exists",
    );
    let by_stranger = format!("{repo}/stranger:1");
    assert_eq!(
        push(&zstd, &by_stranger, "stranger.private", "pass").code,
        0
    );
    refused(&env, &by_stranger, "verification failed");
    // The signed image's attachment copied to the unsigned image's attachment tag.
    let digest = digest_of(&signed);
    let unsigned_digest = digest_of(&unsigned);
    assert_ne!(digest, unsigned_digest);
    skopeo_copy_from(
        &format!("{repo}/app:{}", digest.replacen(':', "-", 1) + ".sig"),
        &format!(
            "{repo}/unsigned:{}",
            unsigned_digest.replacen(':', "-", 1) + ".sig"
        ),
        &regd,
        None,
        &[],
    );
    refused(&env, &unsigned, "does not match");

    // A sigstore signature in the lookaside store, laid out as containers/image lays one.
    let key = cosign::private_key(private.as_bytes(), b"gorae").unwrap();
    let looked = format!("{repo}/looked:1");
    skopeo_copy_from(&zstd, &looked, &regd, None, &[]);
    let d = digest_of(&looked);
    let payload = Payload {
        digest: d.clone(),
        reference: looked.clone(),
    }
    .to_json(COSIGN_TYPE, 0);
    let sig = Signature::Sigstore {
        media_type: COSIGN_MEDIA_TYPE.into(),
        annotations: [(
            COSIGN_SIGNATURE_ANNOTATION.to_string(),
            cosign::sign(&key, &payload),
        )]
        .into(),
        payload,
    };
    let path = looked.split_once('/').unwrap().1.split(':').next().unwrap();
    let url =
        signature::lookaside_url(&format!("file://{}", store.display()), path, &d, 1).unwrap();
    let file = PathBuf::from(url.strip_prefix("file://").unwrap());
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, sig.to_blob()).unwrap();
    env.ok(&["pull", "-q", "--tls-verify=false", &looked]);

    // Without use-sigstore-attachments, there is nowhere to put a sigstore signature.
    write(&regd.join("test.yaml"), &yaml.replace("true", "false"));
    let r = push(&signed, &format!("{repo}/nowhere:1"), "key.private", "pass");
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("disabled by configuration"), "{r}");
}

/// Fetches `image`'s sigstore attachment with skopeo and checks, with OpenSSL rather than
/// gorae's own code, that its one layer is a cosign payload for the image's digest whose
/// annotation is a valid signature by `public_key`.
fn check_attachment_with_openssl(image: &str, public_key: &Path, scratch: &Path) {
    let digest = digest_of(image);
    let repo = image.rsplit_once(':').unwrap().0;
    let tag = digest.replacen(':', "-", 1) + ".sig";
    let out = Command::new("skopeo")
        .args(["copy", "-q", "--src-tls-verify=false"])
        .arg(format!("docker://{repo}:{tag}"))
        .arg(format!("dir:{}", scratch.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(scratch.join("manifest.json")).unwrap()).unwrap();
    let layers = manifest["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 1, "{manifest}");
    let layer = &layers[0];
    assert_eq!(
        layer["mediaType"],
        "application/vnd.dev.cosign.simplesigning.v1+json"
    );
    let payload_file = scratch.join(&layer["digest"].as_str().unwrap()[7..]);
    let payload: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&payload_file).unwrap()).unwrap();
    assert_eq!(
        payload["critical"]["type"],
        "cosign container image signature"
    );
    assert_eq!(
        payload["critical"]["image"]["docker-manifest-digest"],
        digest.as_str()
    );
    assert_eq!(payload["critical"]["identity"]["docker-reference"], image);
    let sig_b64 = layer["annotations"]["dev.cosignproject.cosign/signature"]
        .as_str()
        .unwrap();
    let sig = scratch.join("sig.der");
    let out = Command::new("base64")
        .args(["-d"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(sig_b64.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    std::fs::write(&sig, out.stdout).unwrap();
    let verify = Command::new("openssl")
        .args(["dgst", "-sha256", "-verify"])
        .arg(public_key)
        .arg("-signature")
        .arg(&sig)
        .arg(&payload_file)
        .output()
        .expect("openssl runs");
    assert!(
        verify.status.success(),
        "OpenSSL does not verify gorae's sigstore signature: {}{}",
        String::from_utf8_lossy(&verify.stdout),
        String::from_utf8_lossy(&verify.stderr)
    );
    let _ = std::fs::remove_dir_all(scratch);
}
