//! Processes: entering gorae's user namespace, and the container's parent/child hand-off.

pub mod attrs;
pub mod cgroup;
pub mod console;
pub mod container;
pub mod init;
pub mod launch;
pub mod relay;
pub mod rootfs;
pub mod sdnotify;
pub mod userns;
pub mod watchdog;
