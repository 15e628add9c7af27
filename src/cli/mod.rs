//! Command-line surface: clap definitions, dispatch, printing and exit codes.

mod archive;
mod compose;
mod connection;
mod container;
mod events;
pub mod format;
mod global;
mod gofmt;
mod image;
mod kube;
mod network;
mod pod;
mod registry;
mod run;
mod secret;
mod system;
pub mod systemd;
mod trust;
mod volume;

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, CommandFactory, Parser, Subcommand};

pub use container::PsArgs;
pub use image::{ImageCmd, ImagesArgs, InspectArgs, PullArgs, RmiArgs, TagArgs};
pub use run::{RmArgs, RunArgs};

#[derive(Debug, Parser)]
#[command(
    name = "gorae",
    version,
    disable_version_flag = true,
    about = "A daemonless, rootless container engine",
    long_about = "gorae runs OCI containers without a daemon and without root, with podman's commands.",
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: global::GlobalArgs,
    #[command(flatten)]
    pub remote: global::RemoteFlags,
    /// Print version
    #[arg(short = 'v', short_alias = 'V', long, action = clap::ArgAction::Version)]
    pub version: Option<bool>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Pull an image from a registry
    Pull(PullArgs),
    /// Search a registry's catalogue for images (or list a repository's tags)
    Search(image::SearchArgs),
    /// Build an image from a Containerfile
    Build(archive::BuildArgs),
    /// Push an image to a registry
    Push(registry::PushArgs),
    /// Log in to a registry (credentials go to auth.json)
    Login(registry::LoginArgs),
    /// Log out of a registry
    Logout(registry::LogoutArgs),
    /// Save images to an archive (docker-archive, oci-archive, oci-dir)
    Save(archive::SaveArgs),
    /// Load images from an archive
    Load(archive::LoadArgs),
    /// Create an image from a tarball
    Import(archive::ImportArgs),
    /// Export a container's filesystem as a tarball
    Export(archive::ExportArgs),
    /// Create an image from a container's changes
    Commit(archive::CommitArgs),
    /// Show an image's history
    History(archive::HistoryArgs),
    /// List images in local storage
    Images(ImagesArgs),
    /// Manage images
    #[command(subcommand)]
    Image(ImageCmd),
    /// Run a command in a new container
    Run(Box<RunArgs>),
    /// Create a container without starting it
    Create(Box<RunArgs>),
    /// Start one or more containers
    Start(container::StartArgs),
    /// Stop one or more containers
    Stop(container::StopArgs),
    /// Send a signal to one or more containers
    Kill(container::KillArgs),
    /// Restart one or more containers
    Restart(container::RestartArgs),
    /// Wait for containers to exit and print their exit codes
    Wait(container::WaitArgs),
    /// Show a container's output
    Logs(container::LogsArgs),
    /// Run a process in a running container
    Exec(container::ExecArgs),
    /// Rename a container
    Rename(container::RenameArgs),
    /// Show the changes to a container's filesystem
    Diff(container::DiffArgs),
    /// Show the processes of a container
    Top(container::TopArgs),
    /// Copy files between a container and the host
    Cp(container::CpArgs),
    /// Pause all processes of containers
    Pause(container::PauseArgs),
    /// Resume paused containers
    Unpause(container::PauseArgs),
    /// Change a running container's resource limits (and its restart policy)
    Update(Box<UpdateArgs>),
    /// Show resource use of containers
    Stats(container::StatsArgs),
    /// Attach to a running container's output (and stdin with -i)
    Attach(container::AttachArgs),
    /// List a container's published ports
    Port(container::PortArgs),
    /// Mount containers' root filesystems (rootless: inside `gorae unshare`)
    Mount(container::MountArgs),
    /// Unmount containers' root filesystems
    #[command(alias = "umount")]
    Unmount(container::UnmountArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(ContainerCmd),
    /// Manage volumes
    #[command(subcommand)]
    Volume(volume::VolumeCmd),
    /// Manage user-defined networks
    #[command(subcommand)]
    Network(network::NetworkCmd),
    /// Manage secrets
    #[command(subcommand)]
    Secret(secret::SecretCmd),
    /// Manage pods
    #[command(subcommand)]
    Pod(pod::PodCmd),
    /// Play, tear down and generate Kubernetes YAML
    #[command(subcommand)]
    Kube(kube::KubeCmd),
    /// Run multi-container applications from compose files
    Compose(compose::ComposeArgs),
    /// Generate Kubernetes YAML (podman's older spelling of `kube generate`)
    #[command(subcommand)]
    Generate(kube::GenerateCmd),
    /// Play Kubernetes YAML (podman's older spelling of `kube play`)
    #[command(subcommand)]
    Play(kube::PlayCmd),
    /// Run container health checks
    #[command(subcommand)]
    Healthcheck(container::HealthcheckCmd),
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
    /// Display system information
    Info(system::InfoArgs),
    /// Show events: containers created, started, died, removed; images pulled, removed
    Events(events::EventsArgs),
    /// Manage gorae: info, df, prune, reset
    #[command(subcommand)]
    System(system::SystemCmd),
    /// Generate shell completion scripts
    Completion(CompletionArgs),
    /// Run a command in gorae's user namespace (to inspect or delete store files owned by subuids)
    Unshare(UnshareArgs),
}

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell: bash, zsh, fish
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct UnshareArgs {
    /// Command and arguments (default: $SHELL)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

/// `update`: the limit flags of `run`, and `--restart`.
#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub limits: run::LimitArgs,
    /// A new restart policy: no, always, on-failure[:N], unless-stopped
    #[arg(long, value_name = "POLICY")]
    pub restart: Option<String>,
    #[command(flatten)]
    pub latest: container::Latest,
    pub container: Option<String>,
}

fn update(a: UpdateArgs) -> Result<ExitCode> {
    let limits = run::limits(&a.limits)?;
    if limits.cpus.is_some() && (limits.cpu_period.is_some() || limits.cpu_quota.is_some()) {
        anyhow::bail!("--cpus cannot be set together with --cpu-period or --cpu-quota");
    }
    let engine = crate::engine::Engine::open_readonly()?;
    let target = match (&a.container, a.latest.latest) {
        (Some(c), false) => c.clone(),
        (None, true) => container::pick_latest(&engine)?.remove(0),
        _ => anyhow::bail!("update needs exactly one container (or --latest)"),
    };
    let (id, missing) = engine.update_container(&target, &limits, a.restart.as_deref())?;
    for (flag, why) in &missing {
        crate::log::warn(format_args!("{flag} not in force for {target}: {why}"));
    }
    format::print_stdout(&format!("{id}\n"));
    Ok(ExitCode::SUCCESS)
}

/// `container clone`.
#[derive(Debug, clap::Args)]
pub struct CloneArgs {
    #[command(flatten)]
    pub limits: run::LimitArgs,
    /// Remove the original container once the clone exists
    #[arg(long)]
    pub destroy: bool,
    /// With --destroy: remove it even if it runs
    #[arg(short, long)]
    pub force: bool,
    /// The clone's name (default: the original's, then -clone)
    #[arg(long)]
    pub name: Option<String>,
    /// Start the clone
    #[arg(long)]
    pub run: bool,
    pub container: String,
    /// The clone's name (as --name)
    #[arg(value_name = "NAME")]
    pub new_name: Option<String>,
    /// A local image for the clone, instead of the original's
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
}

fn clone(a: CloneArgs) -> Result<ExitCode> {
    if a.name.is_some() && a.new_name.is_some() {
        anyhow::bail!("cannot specify the clone's name both with --name and as an argument");
    }
    let limits = run::limits(&a.limits)?;
    let engine = crate::engine::Engine::open_readonly()?;
    let o = crate::engine::clone::CloneOptions {
        name: a.name.or(a.new_name),
        image: a.image,
        limits,
        destroy: a.destroy,
        force: a.force,
    };
    if a.destroy || a.run {
        // The clone is made by a process of its own: this one stays out of the store's user
        // namespace, so that it can stop the original and start the clone as `rm` and
        // `start` do.
        engine.clone_check(&a.container, &o)?;
        let args: Vec<String> = std::env::args()
            .skip(1)
            .filter(|x| !["--destroy", "--run", "--force", "-f"].contains(&x.as_str()))
            .collect();
        let out = std::process::Command::new("/proc/self/exe")
            .args(&args)
            .stderr(std::process::Stdio::inherit())
            .output()?;
        if !out.status.success() {
            return Ok(ExitCode::from(125));
        }
        let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
        format::print_stdout(&format!("{id}\n"));
        for (wanted, cmd) in [
            (a.destroy, vec!["rm", "-f", "-t", "0", a.container.as_str()]),
            (a.run, vec!["start", id.as_str()]),
        ] {
            if wanted
                && !std::process::Command::new("/proc/self/exe")
                    .args(&cmd)
                    .stdout(std::process::Stdio::null())
                    .status()?
                    .success()
            {
                return Ok(ExitCode::from(125));
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let rec = engine.clone_container(&a.container, &o)?;
    format::print_stdout(&format!("{}\n", rec.id));
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Subcommand)]
pub enum ContainerCmd {
    /// Make a new container from another's configuration
    Clone(Box<CloneArgs>),
    /// Run a command in a new container
    Run(Box<RunArgs>),
    /// List containers
    #[command(alias = "ls", alias = "list")]
    Ps(PsArgs),
    /// Remove one or more containers
    Rm(RmArgs),
    /// Create a container without starting it
    Create(Box<RunArgs>),
    /// Start one or more containers
    Start(container::StartArgs),
    /// Stop one or more containers
    Stop(container::StopArgs),
    /// Send a signal to one or more containers
    Kill(container::KillArgs),
    /// Restart one or more containers
    Restart(container::RestartArgs),
    /// Wait for containers to exit and print their exit codes
    Wait(container::WaitArgs),
    /// Show a container's output
    Logs(container::LogsArgs),
    /// Run a process in a running container
    Exec(container::ExecArgs),
    /// Display a container's configuration
    Inspect(container::InspectContainerArgs),
    /// Rename a container
    Rename(container::RenameArgs),
    /// Show the changes to a container's filesystem
    Diff(container::DiffArgs),
    /// Show the processes of a container
    Top(container::TopArgs),
    /// Remove all stopped containers
    Prune(container::PruneArgs),
    /// Copy files between a container and the host
    Cp(container::CpArgs),
    /// Pause all processes of containers
    Pause(container::PauseArgs),
    /// Resume paused containers
    Unpause(container::PauseArgs),
    /// Change a running container's resource limits (and its restart policy)
    Update(Box<UpdateArgs>),
    /// Show resource use of containers
    Stats(container::StatsArgs),
    /// Attach to a running container's output (and stdin with -i)
    Attach(container::AttachArgs),
    /// List a container's published ports
    Port(container::PortArgs),
    /// Mount a container's root filesystem (rootless: inside `gorae unshare`)
    Mount(container::MountArgs),
    /// Unmount a container's root filesystem
    #[command(alias = "umount")]
    Unmount(container::UnmountArgs),
    /// Exit 0 if the container exists, 1 if not
    /// Export a container's filesystem as a tarball
    Export(archive::ExportArgs),
    /// Create an image from a container's changes
    Commit(archive::CommitArgs),
    Exists {
        /// Also containers not made by run or create (gorae's store holds none: the answer
        /// is the same)
        #[arg(long)]
        external: bool,
        container: String,
    },
}

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Change the output format to JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
}

/// Parses, runs, and turns every failure into podman's exit codes.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Only a `--flag=true|false` needs the command tree looked at first.
    let bool_value = args.iter().any(|a| {
        a.to_str()
            .is_some_and(|a| a.starts_with('-') && (a.ends_with("=true") || a.ends_with("=false")))
    });
    let args = if bool_value {
        bool_flag_values(args, &Cli::command())
    } else {
        args
    };
    let mut cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            let code = match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => 0,
                _ => 125,
            };
            match podman_flag_error(&e) {
                Some(msg) => eprintln!("{msg}"),
                None => {
                    let _ = e.print();
                }
            }
            // A command group without its command: the help, then podman's error (exit 125).
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                let words: Vec<String> = std::env::args()
                    .skip(1)
                    .take_while(|a| !a.starts_with('-'))
                    .collect();
                let argv0 = std::env::args().next().unwrap_or_default();
                let prog = if argv0.contains("podman") {
                    "podman"
                } else {
                    "gorae"
                };
                let me = if words.is_empty() {
                    String::new()
                } else {
                    format!(" {}", words.join(" "))
                };
                eprintln!("Error: missing command '{prog}{me} COMMAND'");
            }
            return ExitCode::from(code);
        }
    };
    crate::log::init(cli.global.log_level.as_deref());
    // `system connection add --identity FILE` records the file; elsewhere it is a remote flag.
    if let Command::System(system::SystemCmd::Connection(connection::ConnectionCmd::Add(a))) =
        &mut cli.command
    {
        a.identity = cli.global.identity.take();
    }
    if let Err(e) = cli.global.apply(&cli.remote) {
        eprintln!("Error: {}", error_chain(&e));
        return ExitCode::from(125);
    }
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("Error: {}", error_chain(&e));
            ExitCode::from(125)
        }
    }
}

/// podman's boolean flags take `=true` and `=false` (`--tty=false`, `--rm=true`), clap's
/// don't: `--flag=true` becomes `--flag` and `--flag=false` goes, for the switches of the
/// command being parsed. Only gorae's own arguments are looked at: from the first positional
/// argument of the command run on (an image, a container and its command) or a `--`, nothing
/// is changed.
fn bool_flag_values(
    args: Vec<std::ffi::OsString>,
    root: &clap::Command,
) -> Vec<std::ffi::OsString> {
    let mut cmd = root;
    let mut out = Vec::with_capacity(args.len());
    let mut it = args.into_iter();
    out.extend(it.next());
    let mut skip_value = false;
    let mut done = false;
    let find = |cmd: &clap::Command, long: &str| -> Option<clap::Arg> {
        cmd.get_arguments()
            .chain(root.get_arguments().filter(|a| a.is_global_set()))
            .find(|a| {
                a.get_long() == Some(long)
                    || a.get_all_aliases().is_some_and(|al| al.contains(&long))
            })
            .cloned()
    };
    for a in it {
        let Some(s) = a.to_str().map(str::to_string).filter(|_| !done) else {
            out.push(a);
            continue;
        };
        if std::mem::take(&mut skip_value) {
            out.push(a);
            continue;
        }
        if s == "--" {
            done = true;
        } else if let Some(flag) = s.strip_prefix("--") {
            let (name, value) = match flag.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (flag, None),
            };
            if let Some(arg) = find(cmd, name) {
                let switch = matches!(arg.get_action(), clap::ArgAction::SetTrue);
                match value {
                    Some("true") if switch => {
                        out.push(format!("--{name}").into());
                        continue;
                    }
                    Some("false") if switch => continue,
                    None if arg.get_action().takes_values() => skip_value = true,
                    _ => {}
                }
            }
        } else if let Some((short, value @ ("true" | "false"))) = s
            .strip_prefix('-')
            .and_then(|f| f.split_once('='))
            .filter(|(f, _)| f.chars().count() == 1)
        {
            let c = short.chars().next();
            if cmd
                .get_arguments()
                .find(|a| a.get_short() == c)
                .is_some_and(|a| matches!(a.get_action(), clap::ArgAction::SetTrue))
            {
                if value == "true" {
                    out.push(format!("-{short}").into());
                }
                continue;
            }
        } else if s.starts_with('-') && s.len() == 2 {
            let short = s.chars().nth(1);
            skip_value = cmd
                .get_arguments()
                .find(|a| a.get_short() == short)
                .is_some_and(|a| a.get_action().takes_values());
        } else if !s.starts_with('-') {
            match cmd.find_subcommand(&s) {
                Some(sub) => cmd = sub,
                None => done = true,
            }
        }
        out.push(a);
    }
    out
}

/// A flag error in podman's words (scripts and podman's own tests match them): a flag
/// without its value, or an unknown one, and where help is.
fn podman_flag_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let args: Vec<String> = std::env::args().collect();
    let me = args
        .first()
        .and_then(|a| {
            std::path::Path::new(a)
                .file_name()?
                .to_str()
                .map(str::to_string)
        })
        .map(|n| {
            if n.contains("podman") {
                "podman".to_string()
            } else {
                "gorae".to_string()
            }
        })
        .unwrap_or_else(|| "gorae".into());
    if e.kind() == ErrorKind::InvalidSubcommand {
        // podman reads the flags first: an unknown one is what it names.
        let unknown = args.iter().skip(1).find(|a| {
            a.starts_with("--")
                && !matches!(a.as_str(), "--help" | "--version")
                && !Cli::command()
                    .get_arguments()
                    .any(|g| g.get_long() == a.trim_start_matches("--").split('=').next())
        });
        // Otherwise clap's own message, which names the command and a near one.
        return unknown.map(|f| format!("Error: unknown flag: {f}\nSee '{me} --help'"));
    }
    let arg = match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => return None,
    };
    let what = match e.kind() {
        ErrorKind::InvalidValue if matches!(e.get(ContextKind::InvalidValue), Some(ContextValue::String(v)) if v.is_empty()) =>
        {
            // What was typed: the last word, a flag waiting for its value.
            match args.last().map(String::as_str) {
                Some(s) if s.starts_with("--") => format!("flag needs an argument: {s}"),
                Some(s) if s.starts_with('-') && s.len() == 2 => {
                    format!("flag needs an argument: '{}' in {s}", &s[1..])
                }
                _ => format!(
                    "flag needs an argument: {}",
                    arg.split(' ').next().unwrap_or(&arg)
                ),
            }
        }
        ErrorKind::UnknownArgument if arg.starts_with("--") => {
            format!("unknown flag: {}", arg.split('=').next().unwrap_or(&arg))
        }
        ErrorKind::UnknownArgument if arg.starts_with('-') => {
            format!(
                "unknown shorthand flag: '{}' in {arg}",
                arg.chars().nth(1).unwrap_or('-')
            )
        }
        _ => return None,
    };
    // podman's help pointer names the command as run: `podman run`, `gorae container ls`.
    let mut path = vec![me];
    let mut cmd = Cli::command();
    for a in args.iter().skip(1).filter(|a| !a.starts_with('-')) {
        match cmd.find_subcommand(a) {
            Some(sub) => {
                path.push(a.clone());
                cmd = sub.clone();
            }
            None => break,
        }
    }
    Some(format!("Error: {what}\nSee '{} --help'", path.join(" ")))
}

/// The error and its causes, once each: our error types already name their source in their
/// message, so a cause whose text is already there is not repeated.
fn error_chain(e: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !msg.contains(&text) {
            if !msg.is_empty() {
                msg.push_str(": ");
            }
            msg.push_str(&text);
        }
    }
    msg
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Pull(a) => image::pull(a),
        Command::Search(a) => image::search(a),
        Command::Build(a) => archive::build(a),
        Command::Push(a) => registry::push(a),
        Command::Login(a) => registry::login(a),
        Command::Logout(a) => registry::logout(a),
        Command::Save(a) => archive::save(a),
        Command::Load(a) => archive::load(a),
        Command::Import(a) => archive::import(a),
        Command::Export(a) | Command::Container(ContainerCmd::Export(a)) => archive::export(a),
        Command::Commit(a) | Command::Container(ContainerCmd::Commit(a)) => archive::commit(a),
        Command::History(a) => archive::history(a),
        Command::Images(a) => image::images(a),
        Command::Image(c) => image::image_cmd(c),
        Command::Run(a) | Command::Container(ContainerCmd::Run(a)) => run::run(*a),
        Command::Ps(a) | Command::Container(ContainerCmd::Ps(a)) => container::ps(a),
        Command::Rm(a) | Command::Container(ContainerCmd::Rm(a)) => run::rm(a),
        Command::Create(a) | Command::Container(ContainerCmd::Create(a)) => container::create(*a),
        Command::Start(a) | Command::Container(ContainerCmd::Start(a)) => container::start(a),
        Command::Stop(a) | Command::Container(ContainerCmd::Stop(a)) => container::stop(a),
        Command::Kill(a) | Command::Container(ContainerCmd::Kill(a)) => container::kill(a),
        Command::Restart(a) | Command::Container(ContainerCmd::Restart(a)) => container::restart(a),
        Command::Wait(a) | Command::Container(ContainerCmd::Wait(a)) => container::wait(a),
        Command::Logs(a) | Command::Container(ContainerCmd::Logs(a)) => container::logs(a),
        Command::Exec(a) | Command::Container(ContainerCmd::Exec(a)) => container::exec(a),
        Command::Rename(a) | Command::Container(ContainerCmd::Rename(a)) => container::rename(a),
        Command::Diff(a) | Command::Container(ContainerCmd::Diff(a)) => container::diff(a),
        Command::Top(a) | Command::Container(ContainerCmd::Top(a)) => container::top(a),
        Command::Container(ContainerCmd::Prune(a)) => container::prune(a),
        Command::Cp(a) | Command::Container(ContainerCmd::Cp(a)) => container::cp(a),
        Command::Pause(a) | Command::Container(ContainerCmd::Pause(a)) => container::pause(a, true),
        Command::Update(a) | Command::Container(ContainerCmd::Update(a)) => update(*a),
        Command::Container(ContainerCmd::Clone(a)) => clone(*a),
        Command::Unpause(a) | Command::Container(ContainerCmd::Unpause(a)) => {
            container::pause(a, false)
        }
        Command::Stats(a) | Command::Container(ContainerCmd::Stats(a)) => container::stats(a),
        Command::Attach(a) | Command::Container(ContainerCmd::Attach(a)) => container::attach(a),
        Command::Port(a) | Command::Container(ContainerCmd::Port(a)) => container::port(a),
        Command::Mount(a) | Command::Container(ContainerCmd::Mount(a)) => container::mount(a),
        Command::Unmount(a) | Command::Container(ContainerCmd::Unmount(a)) => container::unmount(a),
        Command::Container(ContainerCmd::Exists { container, .. }) => {
            let engine = crate::engine::Engine::open_readonly()?;
            Ok(ExitCode::from(u8::from(
                engine.find_container(&container).is_err(),
            )))
        }
        Command::Volume(c) => volume::volume_cmd(c),
        Command::Network(c) => network::network_cmd(c),
        Command::Secret(c) => secret::secret_cmd(c),
        Command::Pod(c) => pod::pod_cmd(c),
        Command::Kube(c) => kube::kube_cmd(c),
        Command::Compose(a) => compose::compose(a),
        Command::Generate(kube::GenerateCmd::Kube(a)) => kube::generate(a),
        Command::Generate(kube::GenerateCmd::Systemd(a)) => systemd::generate(*a),
        Command::Play(kube::PlayCmd::Kube(a)) => kube::play(a),
        Command::Healthcheck(c) => container::healthcheck(c),
        Command::Container(ContainerCmd::Inspect(a)) => image::inspect(InspectArgs {
            r#type: "container".into(),
            format: a.format,
            latest: a.latest,
            size: a.size,
            names: a.containers,
        }),
        Command::Tag(a) => image::tag(a),
        Command::Untag(a) => image::untag(a),
        Command::Rmi(a) => image::rmi(a),
        Command::Inspect(a) => image::inspect(a),
        Command::Version(a) => version(a),
        Command::Info(a) => system::info(a),
        Command::Events(a) => events::events(a),
        Command::System(c) => system::system(c),
        Command::Unshare(a) => unshare(a),
        Command::Completion(a) => {
            let mut out = Vec::new();
            clap_complete::generate(a.shell, &mut command(), "gorae", &mut out);
            format::print_stdout(&String::from_utf8_lossy(&out));
            Ok(ExitCode::SUCCESS)
        }
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
    // A mount namespace of its own, so that `gorae mount` inside it has somewhere to mount
    // (and its mounts vanish with the session). Real root keeps the host's, as podman does.
    if !crate::process::userns::is_initial() {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
            .map_err(|e| anyhow::anyhow!("creating a mount namespace: {e}"))?;
        nix::mount::mount(
            None::<&str>,
            "/",
            None::<&str>,
            nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_SLAVE,
            None::<&str>,
        )
        .map_err(|e| anyhow::anyhow!("making / a slave mount: {e}"))?;
    }
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
    use std::path::Path;

    #[test]
    fn the_command_tree_is_consistent() {
        super::command().debug_assert();
    }

    /// The checked-in completions and man pages are generated from the clap definitions;
    /// `GORAE_UPDATE_DOCS=1 cargo test` rewrites them.
    #[test]
    fn completions_and_man_pages_are_fresh() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut expected: Vec<(std::path::PathBuf, Vec<u8>)> = Vec::new();
        for (shell, file) in [
            (clap_complete::Shell::Bash, "gorae.bash"),
            (clap_complete::Shell::Zsh, "_gorae"),
            (clap_complete::Shell::Fish, "gorae.fish"),
        ] {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut super::command(), "gorae", &mut out);
            expected.push((root.join("completions").join(file), out));
        }
        let cmd = super::command();
        let mut pages = vec![("gorae".to_string(), cmd.clone())];
        for sub in cmd.get_subcommands() {
            pages.push((
                format!("gorae-{}", sub.get_name()),
                sub.clone().name(format!("gorae-{}", sub.get_name())),
            ));
            for subsub in sub.get_subcommands() {
                let name = format!("gorae-{}-{}", sub.get_name(), subsub.get_name());
                pages.push((name.clone(), subsub.clone().name(name)));
            }
        }
        for (name, c) in pages {
            let mut out = Vec::new();
            clap_mangen::Man::new(c).render(&mut out).unwrap();
            expected.push((root.join("man").join(format!("{name}.1")), out));
        }
        let update = std::env::var_os("GORAE_UPDATE_DOCS").is_some();
        let mut stale = Vec::new();
        // A page no command has any more (an internal command's, say) goes too.
        for e in std::fs::read_dir(root.join("man")).unwrap().flatten() {
            if !expected.iter().any(|(p, _)| *p == e.path()) {
                if update {
                    std::fs::remove_file(e.path()).unwrap();
                } else {
                    stale.push(e.path().display().to_string());
                }
            }
        }
        for (path, content) in expected {
            if std::fs::read(&path).ok().as_deref() != Some(&content[..]) {
                if update {
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, content).unwrap();
                } else {
                    stale.push(path.display().to_string());
                }
            }
        }
        assert!(
            stale.is_empty(),
            "stale generated files (run GORAE_UPDATE_DOCS=1 cargo test): {stale:?}"
        );
    }
}

#[cfg(test)]
mod frontend_tests;
