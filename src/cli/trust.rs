//! `image trust set` and `image trust show`: the user's policy.json, as podman edits it; and
//! `image sign`, which writes the signatures such a policy asks for.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::format;
use crate::engine::config::policy_files;
use crate::image::trust;

#[derive(Debug, Subcommand)]
pub enum TrustCmd {
    /// Set the trust policy of the default or of a registry or repository
    Set(SetArgs),
    /// Display the trust policy
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Trust type: signedBy (the default), sigstoreSigned, accept (insecureAcceptAnything) or
    /// reject
    #[arg(
        short = 't',
        long = "type",
        default_value = "signedBy",
        value_name = "TYPE"
    )]
    pub kind: String,
    /// Public key files to trust for the scope (signedBy, sigstoreSigned); repeat or separate
    /// with commas
    #[arg(short = 'f', long, value_delimiter = ',', value_name = "FILE")]
    pub pubkeysfile: Vec<String>,
    /// The policy file to edit (default: the one gorae reads; without one of the user's own,
    /// $XDG_CONFIG_HOME/containers/policy.json, started from the system's)
    #[arg(long, value_name = "PATH")]
    pub policypath: Option<PathBuf>,
    /// `default`, or REGISTRY[/REPOSITORY]
    #[arg(value_name = "SCOPE")]
    pub scope: String,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    /// Sign all the manifests of the multi-architecture image
    #[arg(short, long)]
    pub all: bool,
    /// Path of the authentication file
    #[arg(long)]
    pub authfile: Option<PathBuf>,
    /// Define an alternate directory to store signatures
    #[arg(short, long, value_name = "DIR")]
    pub directory: Option<PathBuf>,
    /// Name of the signing key (a fingerprint, key ID or user ID of the user's gpg keyring)
    #[arg(long, value_name = "KEY", required = true)]
    pub sign_by: String,
    /// Read the key's passphrase from PATH
    #[arg(long, value_name = "PATH")]
    pub sign_passphrase_file: Option<PathBuf>,
    /// Images in a registry: docker://HOST/REPO:TAG
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
}

/// `image sign`: a GPG signature of each image's manifest in the registry, into the lookaside
/// store registries.d names (or `--directory`).
pub fn sign(a: SignArgs) -> Result<ExitCode> {
    let engine = crate::engine::Engine::open_readonly()?;
    let opts = crate::engine::pull::SignOptions {
        signers: vec![crate::engine::pull::Signer::Gpg(a.sign_by.clone())],
        passphrase_file: a.sign_passphrase_file.clone(),
        directory: a.directory.clone(),
    };
    for name in &a.images {
        let written = crate::engine::pull::image_sign(
            &engine,
            name,
            a.all,
            None,
            a.authfile.as_ref(),
            &opts,
        )?;
        for w in written {
            crate::log::debug(format_args!("wrote signature {}", w.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Output as JSON
    #[arg(short, long)]
    pub json: bool,
    /// Output the policy file as it is
    #[arg(long)]
    pub raw: bool,
    /// Do not print column headings
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// The policy file to show (default: the one gorae reads)
    #[arg(long, value_name = "PATH")]
    pub policypath: Option<PathBuf>,
    /// The registries.d directory that names signature stores
    #[arg(long, value_name = "DIR")]
    pub registrypath: Option<PathBuf>,
    /// Accepted, as podman accepts it; every scope is shown
    #[arg(value_name = "REGISTRY")]
    pub registry: Option<String>,
}

pub fn trust_cmd(c: TrustCmd) -> Result<ExitCode> {
    let paths = crate::engine::Paths::from_env()?;
    match c {
        TrustCmd::Set(a) => set(&paths.config_home, a),
        TrustCmd::Show(a) => show(&paths.config_home, &paths.home, a),
    }
}

fn set(config_home: &Path, a: SetArgs) -> Result<ExitCode> {
    let reqs = trust::requirements(&a.kind, &a.pubkeysfile)?;
    trust::check_scope(&a.scope)?;
    let [gorae_own, user, system] = policy_files(config_home);
    let (read_from, write_to) = match a.policypath {
        Some(p) => (p.clone(), p),
        None => match [gorae_own, user.clone()].into_iter().find(|p| p.exists()) {
            Some(p) => (p.clone(), p),
            // The user's own file, started from the system's: both gorae and podman read it.
            None => (system, user),
        },
    };
    let policy = trust::read_policy(&read_from)?;
    let policy = trust::set_scope(policy, &a.scope, reqs)?;
    trust::write_policy(&write_to, &policy)?;
    Ok(ExitCode::SUCCESS)
}

fn show(config_home: &Path, home: &Path, a: ShowArgs) -> Result<ExitCode> {
    let path = match a.policypath {
        Some(p) => p,
        None => policy_files(config_home)
            .into_iter()
            .find(|p| p.exists())
            .ok_or_else(|| {
                anyhow::anyhow!("no policy.json: not in the user's or the system's configuration")
            })?,
    };
    let raw = std::fs::read_to_string(&path)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
    if a.raw {
        format::print_stdout(&format!("{}\n", raw.trim_end_matches('\n')));
        return Ok(ExitCode::SUCCESS);
    }
    let policy: serde_json::Value = serde_json::from_str(&raw).map_err(|e| {
        anyhow::anyhow!(
            "could not parse trust policies from {}: {e}",
            path.display()
        )
    })?;
    let dir = a.registrypath.unwrap_or_else(|| {
        let user = home.join(".config/containers/registries.d");
        if user.is_dir() {
            user
        } else {
            PathBuf::from("/etc/containers/registries.d")
        }
    });
    let registries = trust::RegistriesD::load(&dir)?;
    let rows = trust::describe(&policy, &registries, &gpg_ids);
    if a.json {
        let text = serde_json::to_string_pretty(&rows)?;
        format::print_stdout(&format!("{text}\n"));
        return Ok(ExitCode::SUCCESS);
    }
    let mut lines = Vec::new();
    if !a.noheading {
        lines.push("TRANSPORT\tNAME\tTYPE\tID\tSTORE".to_string());
    }
    for r in &rows {
        lines.push(format!(
            "{}\t{}\t{}\t{}\t{}",
            r.transport, r.repo_name, r.kind, r.gpg_id, r.signature_store
        ));
    }
    format::print_stdout(&format::align_lines(&lines));
    Ok(ExitCode::SUCCESS)
}

/// The user IDs (e-mail addresses where given) of a GPG key file, as gpg lists them; none
/// when gpg is missing or can't read it, as podman shows it.
fn gpg_ids(key_file: &str) -> Vec<String> {
    let Ok(out) = std::process::Command::new("gpg")
        .args(["--batch", "--with-colons", "--show-keys", key_file])
        .stderr(std::process::Stdio::null())
        .output()
    else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("uid:") || l.starts_with("pub:"))
        .filter_map(|l| l.split(':').nth(9).filter(|u| !u.is_empty()))
        .map(|u| match (u.find('<'), u.find('>')) {
            (Some(a), Some(b)) if a < b => u[a + 1..b].to_string(),
            _ => u.to_string(),
        })
        .collect()
}
