//! Command-line surface: clap definitions, dispatch, printing and exit codes.

mod format;
mod image;
mod run;

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, CommandFactory, Parser, Subcommand};

pub use image::{ImageCmd, ImagesArgs, InspectArgs, PullArgs, RmiArgs, TagArgs};
pub use run::{PsArgs, RmArgs, RunArgs};

#[derive(Debug, Parser)]
#[command(
    name = "gorae",
    version,
    about = "A daemonless, rootless container engine",
    long_about = "gorae runs OCI containers without a daemon and without root, with podman's commands.",
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Log messages at and above this level: debug, info, warn, error
    #[arg(long, global = true, default_value = "warn", value_parser = ["debug", "info", "warn", "error", "fatal", "panic", "trace"])]
    pub log_level: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Pull an image from a registry
    Pull(PullArgs),
    /// List images in local storage
    Images(ImagesArgs),
    /// Manage images
    #[command(subcommand)]
    Image(ImageCmd),
    /// Run a command in a new container
    Run(RunArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(ContainerCmd),
    /// List containers
    Ps(PsArgs),
    /// Remove one or more containers
    Rm(RmArgs),
    /// Add an additional name to a local image
    Tag(TagArgs),
    /// Remove a name from a local image
    Untag(image::UntagArgs),
    /// Remove one or more images from local storage
    Rmi(RmiArgs),
    /// Display the configuration of images or containers
    Inspect(InspectArgs),
    /// Display the gorae version information
    Version(VersionArgs),
    /// Run a command in gorae's user namespace (to inspect or delete store files owned by subuids)
    Unshare(UnshareArgs),
}

#[derive(Debug, Args)]
pub struct UnshareArgs {
    /// Command and arguments (default: $SHELL)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ContainerCmd {
    /// Run a command in a new container
    Run(RunArgs),
    /// List containers
    #[command(alias = "ls", alias = "list")]
    Ps(PsArgs),
    /// Remove one or more containers
    Rm(RmArgs),
}

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Change the output format to JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
}

/// Parses, runs, and turns every failure into podman's exit codes.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            let code = match e.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                _ => 125,
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("Error: {e:#}");
            ExitCode::from(125)
        }
    }
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Pull(a) => image::pull(a),
        Command::Images(a) => image::images(a),
        Command::Image(c) => image::image_cmd(c),
        Command::Run(a) | Command::Container(ContainerCmd::Run(a)) => run::run(a),
        Command::Ps(a) | Command::Container(ContainerCmd::Ps(a)) => run::ps(a),
        Command::Rm(a) | Command::Container(ContainerCmd::Rm(a)) => run::rm(a),
        Command::Tag(a) => image::tag(a),
        Command::Untag(a) => image::untag(a),
        Command::Rmi(a) => image::rmi(a),
        Command::Inspect(a) => image::inspect(a),
        Command::Version(a) => version(a),
        Command::Unshare(a) => unshare(a),
    }
}

fn version(a: VersionArgs) -> Result<ExitCode> {
    let v = serde_json::json!({
        "Client": {
            "Version": env!("CARGO_PKG_VERSION"),
            "APIVersion": env!("CARGO_PKG_VERSION"),
            "GoVersion": "",
            "OsArch": format!("linux/{}", crate::image::manifest::Platform::host().architecture),
            "Os": "linux",
        }
    });
    match a.format.as_deref() {
        Some("json") => format::print_stdout(&format!("{}\n", serde_json::to_string_pretty(&v)?)),
        Some(t) => {
            format::print_stdout(&format!("{}\n", format::render(&format::template(t)?, &v)?))
        }
        None => format::print_stdout(&format!(
            "Client:       gorae\nVersion:      {}\nOS/Arch:      {}\n",
            env!("CARGO_PKG_VERSION"),
            v["Client"]["OsArch"].as_str().unwrap_or("")
        )),
    }
    Ok(ExitCode::SUCCESS)
}

fn unshare(a: UnshareArgs) -> Result<ExitCode> {
    let engine = crate::engine::Engine::open()?;
    let mut argv = a.command;
    if argv.is_empty() {
        argv.push(std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into()));
    }
    let status = std::process::Command::new(&argv[0])
        .args(&argv[1..])
        .env("_CONTAINERS_USERNS_CONFIGURED", "done")
        .env("GORAE_STORE", engine.store.root())
        .status();
    match status {
        Ok(s) => Ok(ExitCode::from(s.code().map(|c| c as u8).unwrap_or(125))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("Error: {}: command not found", argv[0]);
            Ok(ExitCode::from(127))
        }
        Err(e) => {
            eprintln!("Error: {}: {e}", argv[0]);
            Ok(ExitCode::from(126))
        }
    }
}

/// The clap command tree, for completions and man pages.
pub fn command() -> clap::Command {
    Cli::command()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_tree_is_consistent() {
        super::command().debug_assert();
    }
}
