//! gorae: a daemonless, rootless container engine with podman's commands.

mod cli;
mod engine;
mod image;
mod inroot;
mod process;
mod runtime;
mod store;
mod sys;

fn main() -> std::process::ExitCode {
    cli::main()
}
