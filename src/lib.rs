//! gorae: a daemonless, rootless container engine with podman's commands.
//!
//! The engine is a library so that the fuzz targets (`fuzz/`) reach its parsers; the product
//! is the `gorae` binary (`main.rs`), and nothing here is a stable API.

pub mod cli;
pub mod engine;
pub mod image;
pub mod inroot;
pub mod log;
pub mod net;
pub mod process;
pub mod runtime;
pub mod store;
pub mod sys;
