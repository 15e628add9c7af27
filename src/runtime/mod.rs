//! Pure container logic: the spec from image config and flags, users, generated /etc files.

pub mod kernel_paths;
pub mod limits;
pub mod mounts;
pub mod names;
pub mod namespaces;
pub mod proc_attrs;
pub mod seccomp;
pub mod signals;
pub mod spec;
pub mod users;
