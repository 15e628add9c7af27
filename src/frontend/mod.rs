//! The front ends that turn text into runs: compose files, Kubernetes YAML and Quadlet
//! files. Each plans gorae's own commands, built with [`crate::engine::argv::Argv`], and runs
//! them as child processes (compose, kube play) or writes them into systemd units (Quadlet).
//! They sit above the engine and use only what it offers.
//!
//! - `compose`: compose files (the Compose Specification) parsed into a [`compose::Project`].
//! - `kube`: `kube play`/`down` of Kubernetes YAML, and `kube generate` from containers.
//! - `quadlet`: the systemd generator for `.container`, `.pod`, `.volume`, `.network` and
//!   `.kube` files.

pub mod compose;
pub mod kube;
pub mod quadlet;
