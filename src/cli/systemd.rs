//! `generate systemd`, and gorae as a systemd generator for Quadlet files.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::format;
use crate::engine::Engine;
use crate::engine::systemd::{self, GenerateOptions};
use crate::frontend::quadlet;

#[derive(Debug, Args)]
pub struct GenerateSystemdArgs {
    /// Units that create the container (or pod) at start and remove it at stop
    #[arg(long)]
    pub new: bool,
    /// Use names rather than IDs, in unit names and in the commands
    #[arg(short, long)]
    pub name: bool,
    /// Write one file per unit in the current directory and print their paths
    #[arg(short, long)]
    pub files: bool,
    /// The units' Restart= policy
    #[arg(long, default_value = "on-failure", value_name = "POLICY")]
    pub restart_policy: String,
    /// The units' RestartSec=
    #[arg(long, value_name = "SECONDS")]
    pub restart_sec: Option<u32>,
    /// Seconds `stop` waits before it kills (default: the container's stop timeout)
    #[arg(short = 't', long = "stop-timeout", visible_alias = "time")]
    pub time: Option<u32>,
    /// The units' TimeoutStartSec=
    #[arg(long, value_name = "SECONDS")]
    pub start_timeout: Option<u32>,
    /// An Environment= line: KEY=VALUE, or KEY for this shell's value
    #[arg(short, long, value_name = "KEY[=VALUE]")]
    pub env: Vec<String>,
    /// No comment at the top of the units
    #[arg(long)]
    pub no_header: bool,
    /// A template unit (NAME@.service) whose instances are containers NAME-%i (with --new)
    #[arg(long)]
    pub template: bool,
    /// Unit name prefix for containers
    #[arg(long, default_value = "container", value_name = "PREFIX")]
    pub container_prefix: String,
    /// Unit name prefix for pods
    #[arg(long, default_value = "pod", value_name = "PREFIX")]
    pub pod_prefix: String,
    /// Between the prefix and the name or ID
    #[arg(long, default_value = "-", value_name = "SEP")]
    pub separator: String,
    /// Add a Wants= dependency
    #[arg(long, value_name = "UNIT")]
    pub wants: Vec<String>,
    /// Add an After= dependency
    #[arg(long, value_name = "UNIT")]
    pub after: Vec<String>,
    /// Add a Requires= dependency
    #[arg(long, value_name = "UNIT")]
    pub requires: Vec<String>,
    /// Print the units as JSON, keyed by unit name
    #[arg(long)]
    pub format: Option<String>,
    #[arg(value_name = "CONTAINER|POD")]
    pub target: String,
}

pub fn generate(a: GenerateSystemdArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let o = GenerateOptions {
        new: a.new,
        use_names: a.name,
        restart_policy: a.restart_policy,
        restart_sec: a.restart_sec,
        stop_timeout: a.time,
        container_prefix: a.container_prefix,
        pod_prefix: a.pod_prefix,
        separator: a.separator,
        wants: a.wants,
        after: a.after,
        requires: a.requires,
        env: a.env,
        no_header: a.no_header,
        start_timeout: a.start_timeout,
        template: a.template,
        value_flags: value_flags(),
    };
    let units = match systemd::generate(&engine, &a.target, &o) {
        Ok(u) => u,
        Err(e) => {
            eprintln!("Error: {e}");
            return Ok(ExitCode::from(125));
        }
    };
    if let Some(f) = a.format.as_deref() {
        if f != "json" {
            anyhow::bail!("invalid --format {f:?}: generate systemd has json only");
        }
        let map: serde_json::Map<String, serde_json::Value> = units
            .iter()
            .map(|u| (u.name.clone(), u.text.clone().into()))
            .collect();
        format::print_stdout(&format!(
            "{}\n",
            serde_json::to_string_pretty(&map).expect("strings serialize")
        ));
        return Ok(ExitCode::SUCCESS);
    }
    if a.files {
        let cwd = std::env::current_dir()?;
        let mut out = String::new();
        for u in &units {
            let path = cwd.join(&u.name);
            crate::store::fsutil::write_atomic(&path, u.text.as_bytes())
                .map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
            out.push_str(&format!("{}\n", path.display()));
        }
        format::print_stdout(&out);
    } else {
        let text: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        format::print_stdout(&text.join("\n"));
    }
    Ok(ExitCode::SUCCESS)
}

/// The flags that take a separate value, as clap defines them.
pub(crate) fn value_flags() -> systemd::ValueFlags {
    let top = super::command();
    let of = |cmd: Option<&clap::Command>| {
        let mut v = Vec::new();
        for arg in cmd.into_iter().flat_map(|c| c.get_arguments()) {
            if arg.is_positional() || !arg.get_action().takes_values() {
                continue;
            }
            if let Some(l) = arg.get_long() {
                v.push(format!("--{l}"));
            }
            for l in arg.get_all_aliases().unwrap_or_default() {
                v.push(format!("--{l}"));
            }
            if let Some(s) = arg.get_short() {
                v.push(format!("-{s}"));
            }
        }
        v
    };
    systemd::ValueFlags {
        run: of(top.find_subcommand("run")),
        pod_create: of(top
            .find_subcommand("pod")
            .and_then(|p| p.find_subcommand("create"))),
        global: of(Some(&top)),
    }
}

/// gorae started as `…-generator` (a link in systemd's generator directories): turns the
/// Quadlet files into units in the first directory systemd passes. `-user` (or a name with
/// `user` in it) reads the user's Quadlet directories; `-dryrun` prints instead of writing.
pub fn generator_main(argv0: &str, args: &[String]) -> ExitCode {
    let mut user = std::path::Path::new(argv0)
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.contains("user"));
    let mut dryrun = false;
    let mut dirs = Vec::new();
    for a in args {
        match a.as_str() {
            "-user" | "--user" => user = true,
            "-dryrun" | "--dryrun" => dryrun = true,
            "-v" | "-no-kmsg-log" | "--no-kmsg-log" => {}
            other => dirs.push(std::path::PathBuf::from(other)),
        }
    }
    if !dryrun && dirs.is_empty() {
        eprintln!(
            "gorae-generator: usage: {argv0} [-user] [-dryrun] NORMAL_DIR [EARLY_DIR LATE_DIR]"
        );
        return ExitCode::from(2);
    }
    let failures = quadlet::run_generator(dirs.first().map(|d| d.as_path()), user, dryrun);
    // A file that could not be converted is reported; the others' units are there.
    if failures > 0 && dryrun {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
