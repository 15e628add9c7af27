//! `kube play|down|generate`, and podman's other spellings (`play kube`, `generate kube`).

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::format;
use crate::engine::Engine;
use crate::frontend::kube::{self, PlayOptions};

#[derive(Debug, Subcommand)]
pub enum KubeCmd {
    /// Create pods, containers and volumes from Kubernetes YAML
    Play(PlayArgs),
    /// Remove what `kube play` made from the same YAML
    Down(DownArgs),
    /// Describe pods or containers as Kubernetes YAML
    Generate(GenerateArgs),
}

#[derive(Debug, Subcommand)]
pub enum GenerateCmd {
    /// Describe pods or containers as Kubernetes YAML
    Kube(GenerateArgs),
    /// systemd units that start and stop a container, or a pod and its containers
    Systemd(Box<super::systemd::GenerateSystemdArgs>),
}

#[derive(Debug, Subcommand)]
pub enum PlayCmd {
    /// Create pods, containers and volumes from Kubernetes YAML
    Kube(PlayArgs),
}

#[derive(Debug, Args)]
pub struct PlayArgs {
    /// Remove what the YAML describes instead
    #[arg(long)]
    pub down: bool,
    /// Replace pods of the same names
    #[arg(long)]
    pub replace: bool,
    /// The pods' network (pasta, slirp4netns, host, none)
    #[arg(long)]
    pub network: Option<String>,
    /// A YAML file with ConfigMaps the pods refer to (repeatable)
    #[arg(long)]
    pub configmap: Vec<PathBuf>,
    /// Start the containers (default true)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true, default_value = "true")]
    pub start: bool,
    /// Require HTTPS and verify certificates when pulling images
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub tls_verify: Option<bool>,
    /// Print nothing but errors
    #[arg(short, long)]
    pub quiet: bool,
    /// The YAML file, or - for stdin
    pub file: String,
}

#[derive(Debug, Args)]
pub struct DownArgs {
    /// The YAML file, or - for stdin
    pub file: String,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Write to this file instead of stdout
    #[arg(short, long)]
    pub filename: Option<PathBuf>,
    /// Also describe named volumes as PersistentVolumeClaims (accepted; claims are listed by name)
    #[arg(short, long)]
    pub service: bool,
    #[arg(required = true, value_name = "POD_OR_CONTAINER")]
    pub names: Vec<String>,
}

fn read_yaml(file: &str) -> Result<String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        Ok(s)
    } else {
        std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("{file}: {e}"))
    }
}

pub fn kube_cmd(c: KubeCmd) -> Result<ExitCode> {
    match c {
        KubeCmd::Play(a) => play(a),
        KubeCmd::Down(a) => down(&a.file),
        KubeCmd::Generate(a) => generate(a),
    }
}

pub fn play(a: PlayArgs) -> Result<ExitCode> {
    let text = read_yaml(&a.file)?;
    let extra = kube::read_configmaps(&a.configmap)?;
    let manifests = kube::parse(&text, &extra)?;
    if a.down {
        return down_manifests(&manifests);
    }
    let engine = Engine::open_readonly()?;
    let played = kube::play(
        &engine,
        &manifests,
        &PlayOptions {
            start: a.start,
            replace: a.replace,
            network: a.network.clone(),
            tls_verify: a.tls_verify,
        },
    )?;
    if !a.quiet {
        let mut out = String::new();
        for (pod, containers) in &played.pods {
            out.push_str(&format!("Pod:\n{pod}\nContainers:\n"));
            for c in containers {
                out.push_str(&format!("{c}\n"));
            }
            out.push('\n');
        }
        if !played.volumes.is_empty() {
            out.push_str("Volumes:\n");
            for v in &played.volumes {
                out.push_str(&format!("{v}\n"));
            }
        }
        format::print_stdout(&out);
    }
    Ok(ExitCode::SUCCESS)
}

fn down_manifests(m: &kube::Manifests) -> Result<ExitCode> {
    let removed = kube::down(&Engine::open_readonly()?, m)?;
    let mut out = String::from("Pods stopped and removed:\n");
    for p in removed {
        out.push_str(&format!("{p}\n"));
    }
    format::print_stdout(&out);
    Ok(ExitCode::SUCCESS)
}

pub fn down(file: &str) -> Result<ExitCode> {
    let text = read_yaml(file)?;
    down_manifests(&kube::parse(&text, &[])?)
}

pub fn generate(a: GenerateArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let yaml = kube::generate(&engine, &a.names)?;
    match &a.filename {
        Some(f) => std::fs::write(f, &yaml).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?,
        None => format::print_stdout(&yaml),
    }
    Ok(ExitCode::SUCCESS)
}
