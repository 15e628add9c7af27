//! `push`, `login`, `logout`.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use super::format;
use crate::engine::Engine;
use crate::engine::pull::{self, PushOptions};
use crate::image::{auth, reference};

#[derive(Debug, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub remote: super::image::RemoteArgs,
    /// A Docker option that podman takes and ignores: gorae signs with --sign-by
    #[arg(long)]
    pub disable_content_trust: bool,
    /// Compress layers with gzip or zstd (layers stored otherwise are recompressed)
    #[arg(long, value_name = "FORMAT")]
    pub compression_format: Option<String>,
    /// Write the pushed manifest's digest to this file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    /// No progress on stderr
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub sign: SignFlags,
    /// Discard any pre-existing signatures in the image (gorae never copies them)
    #[arg(long)]
    pub remove_signatures: bool,
    pub image: String,
    /// Where to (default: the image's name); a `docker://` prefix is accepted
    pub destination: Option<String>,
}

/// How `push` signs what it pushes.
#[derive(Debug, Args)]
pub struct SignFlags {
    /// Add a signature at the destination using the specified key
    #[arg(long, value_name = "KEY")]
    pub sign_by: Option<String>,
    /// Sign the image using a sigstore private key at PATH
    #[arg(long, value_name = "PATH")]
    pub sign_by_sigstore_private_key: Option<PathBuf>,
    /// Read a passphrase for signing an image from PATH
    #[arg(long, value_name = "PATH")]
    pub sign_passphrase_file: Option<PathBuf>,
}

impl SignFlags {
    pub fn options(&self) -> pull::SignOptions {
        let mut signers = Vec::new();
        if let Some(k) = &self.sign_by {
            signers.push(pull::Signer::Gpg(k.clone()));
        }
        if let Some(p) = &self.sign_by_sigstore_private_key {
            signers.push(pull::Signer::Sigstore(p.clone()));
        }
        pull::SignOptions {
            signers,
            passphrase_file: self.sign_passphrase_file.clone(),
            directory: None,
        }
    }
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    #[arg(short, long)]
    pub username: Option<String>,
    #[arg(short, long)]
    pub password: Option<String>,
    /// Read the password from stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Path of the authentication file
    #[arg(long)]
    pub authfile: Option<PathBuf>,
    /// Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub tls_verify: Option<bool>,
    /// Print the user name stored for the registry
    #[arg(long)]
    pub get_login: bool,
    pub registry: String,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Path of the authentication file
    #[arg(long)]
    pub authfile: Option<PathBuf>,
    /// Remove every stored login
    #[arg(short, long)]
    pub all: bool,
    #[arg(required_unless_present = "all")]
    pub registry: Option<String>,
}

/// A registry as auth.json keys it: the host (and path, if given), no scheme.
fn registry_key(s: &str) -> String {
    s.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("docker://")
        .trim_end_matches('/')
        .to_string()
}

pub fn push(a: PushArgs) -> Result<ExitCode> {
    if let Some(c) = &a.compression_format
        && c != "gzip"
        && c != "zstd"
    {
        bail!("invalid --compression-format {c:?}: want gzip or zstd");
    }
    let engine = Engine::open_readonly()?;
    let img = engine.find_image(&a.image)?;
    let dest_given = a.destination.as_deref().unwrap_or(&a.image);
    if let Some(done) = crate::engine::archive::transport::push_local(&engine, &img, dest_given) {
        done?;
        engine.store.event("image", "push", &img.id, dest_given, "");
        return Ok(ExitCode::SUCCESS);
    }
    let dest_text = a
        .destination
        .as_deref()
        .map(|d| d.strip_prefix("docker://").unwrap_or(d).to_string())
        .unwrap_or_else(|| a.image.clone());
    let parsed = reference::parse(&dest_text)?;
    if parsed.digest.is_some() {
        bail!("{dest_text}: cannot push to a digest; name a tag");
    }
    let dest = parsed.qualify(reference::DOCKER_HUB);
    let digest = pull::push(
        &engine,
        &img,
        &dest,
        &PushOptions {
            tls_verify: a.remote.tls_verify,
            creds: a.remote.credentials(),
            authfile: a.remote.authfile.clone(),
            compression: a.compression_format.clone(),
            quiet: a.quiet,
            sign: a.sign.options(),
        },
    )?;
    if let Some(f) = &a.digestfile {
        std::fs::write(f, &digest).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
    }
    engine.store.event(
        "image",
        "push",
        &img.id,
        a.destination.as_deref().unwrap_or(&a.image),
        "",
    );
    Ok(ExitCode::SUCCESS)
}

pub fn login(a: LoginArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let key = registry_key(&a.registry);
    let file = auth::login_file(
        a.authfile.as_deref(),
        engine.paths.xdg_runtime.as_deref(),
        &engine.paths.config_home,
    );
    if a.get_login {
        return match auth::lookup(&[file], &key, "") {
            Some(c) => {
                format::print_stdout(&format!("{}\n", c.username));
                Ok(ExitCode::SUCCESS)
            }
            None => bail!("not logged into {key}"),
        };
    }
    let username = match a.username {
        Some(u) => u,
        None if std::io::stdin().is_terminal() && !a.password_stdin => {
            eprint!("Username: ");
            let mut u = String::new();
            std::io::stdin().lock().read_line(&mut u)?;
            u.trim().to_string()
        }
        None => bail!("a user name is needed: use --username"),
    };
    let password = match (a.password, a.password_stdin) {
        (Some(_), true) => bail!("--password and --password-stdin are mutually exclusive"),
        (Some(p), false) => p,
        (None, true) => {
            let mut p = String::new();
            std::io::stdin().lock().read_line(&mut p)?;
            p.trim_end_matches(['\n', '\r']).to_string()
        }
        (None, false) => bail!("a password is needed: use --password-stdin (or --password)"),
    };
    if username.is_empty() {
        bail!("the user name is empty");
    }
    let creds = auth::Credentials { username, password };
    let host = key.split('/').next().unwrap_or(&key).to_string();
    pull::check_login(&engine, &host, &creds, a.tls_verify)?;
    auth::store(&file, &key, Some(&creds)).map_err(anyhow::Error::msg)?;
    format::print_stdout("Login Succeeded!\n");
    Ok(ExitCode::SUCCESS)
}

pub fn logout(a: LogoutArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let file = auth::login_file(
        a.authfile.as_deref(),
        engine.paths.xdg_runtime.as_deref(),
        &engine.paths.config_home,
    );
    if a.all {
        for k in auth::keys(&file) {
            auth::store(&file, &k, None).map_err(anyhow::Error::msg)?;
        }
        format::print_stdout("Removed login credentials for all registries\n");
        return Ok(ExitCode::SUCCESS);
    }
    let key = registry_key(a.registry.as_deref().unwrap_or_default());
    if !auth::store(&file, &key, None).map_err(anyhow::Error::msg)? {
        bail!("not logged into {key}");
    }
    format::print_stdout(&format!("Removed login credentials for {key}\n"));
    Ok(ExitCode::SUCCESS)
}
