//! podman's global flags. Each is honoured, or refused with the reason where gorae has no such
//! thing. Those that say where things are (`--root`, `--runroot`, `--events-backend`, …) are
//! handed on as `GORAE_*` environment variables, so the processes gorae starts (the monitor,
//! health checks, pods' members) see the same store.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Args;

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Log messages at and above this level (default: warn): debug and info add what gorae
    /// does, error silences warnings
    #[arg(long, global = true, value_parser = ["debug", "info", "warn", "warning", "error", "fatal", "panic", "trace"])]
    pub log_level: Option<String>,
    /// The store's directory (images, containers, volumes); default $XDG_DATA_HOME/gorae
    #[arg(long, global = true, value_name = "PATH")]
    pub root: Option<PathBuf>,
    /// The runtime state's directory; default $XDG_RUNTIME_DIR/gorae
    #[arg(long, global = true, value_name = "PATH")]
    pub runroot: Option<PathBuf>,
    /// The runtime state's directory when --runroot is not given (gorae keeps one)
    #[arg(long, global = true, value_name = "PATH")]
    pub tmpdir: Option<PathBuf>,
    /// overlay; vfs is accepted and served by overlay (gorae's layers are never copied)
    #[arg(long, global = true, value_name = "DRIVER")]
    pub storage_driver: Option<String>,
    /// Storage driver options: gorae's overlay store takes none (an empty one is accepted)
    #[arg(long, global = true, value_name = "OPTION")]
    pub storage_opt: Vec<String>,
    /// Where events go: file (default, or containers.conf's events_logger) or none
    #[arg(long, global = true, value_parser = ["file", "journald", "none"])]
    pub events_backend: Option<String>,
    /// systemd: containers with limits get a delegated scope of the user's manager;
    /// cgroupfs: the cgroup gorae runs in, when it is delegated
    #[arg(long, global = true, value_parser = ["systemd", "cgroupfs"])]
    pub cgroup_manager: Option<String>,
    /// Do not print to stdout
    #[arg(long, global = true)]
    pub noout: bool,
    /// Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman
    /// checks)
    #[arg(long, global = true, value_name = "PATH")]
    pub runtime: Option<String>,
    /// Refused: gorae is its own runtime and takes no runtime flags
    #[arg(long, global = true, value_name = "FLAG")]
    pub runtime_flag: Vec<String>,
    /// Refused: gorae has no conmon (its own monitor supervises each container)
    #[arg(long, global = true, value_name = "PATH")]
    pub conmon: Option<String>,
    /// OCI hooks directories: accepted while they hold no hooks (gorae runs none)
    #[arg(long, global = true, value_name = "DIR")]
    pub hooks_dir: Vec<PathBuf>,
    /// The pasta or slirp4netns binary to use
    #[arg(long, global = true, value_name = "PATH")]
    pub network_cmd_path: Option<PathBuf>,
    /// The directory of network definitions; default the store's networks/
    #[arg(long, global = true, value_name = "DIR")]
    pub network_config_dir: Option<PathBuf>,
    /// The directory of volumes; default the store's volumes/
    #[arg(long, global = true, value_name = "DIR")]
    pub volumepath: Option<PathBuf>,
    /// Refused: gorae has no libpod namespaces
    #[arg(long, global = true, value_name = "NAME")]
    pub namespace: Option<String>,
    /// Also send gorae's messages to syslog (/dev/log)
    #[arg(long, global = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, value_name = "BOOL")]
    pub syslog: Option<bool>,
    /// Refused until gorae serves podman's REST API
    #[arg(long, global = true, value_name = "URL")]
    pub url: Option<String>,
    /// Refused until gorae serves podman's REST API
    #[arg(long, global = true, value_name = "PATH")]
    pub identity: Option<String>,
    /// Refused until gorae serves podman's REST API
    #[arg(long, global = true, value_name = "MODE")]
    pub ssh: Option<String>,
}

/// The remote flags, which podman has on the top command only with their short forms.
#[derive(Debug, Args)]
pub struct RemoteFlags {
    /// Refused until gorae serves podman's REST API
    #[arg(short = 'r', long)]
    pub remote: bool,
    /// Refused until gorae serves podman's REST API
    #[arg(short = 'c', long, value_name = "NAME")]
    pub connection: Option<String>,
}

const NO_API: &str =
    "gorae has no REST API service yet: run the command without it (gorae needs no service)";

impl GlobalArgs {
    /// Checks the flags and hands them on; called before anything else runs (and before any
    /// thread exists: the environment is set here).
    pub fn apply(&self, remote: &RemoteFlags) -> Result<()> {
        for (set, flag) in [
            (remote.remote, "--remote"),
            (remote.connection.is_some(), "--connection"),
            (self.url.is_some(), "--url"),
            (self.identity.is_some(), "--identity"),
            (self.ssh.is_some(), "--ssh"),
        ] {
            if set {
                bail!("{flag}: {NO_API}");
            }
        }
        if !self.runtime_flag.is_empty() {
            bail!("--runtime-flag: gorae is its own OCI runtime and takes no runtime flags");
        }
        if self.conmon.is_some() {
            bail!("--conmon: gorae has no conmon: its own monitor supervises each container");
        }
        if self.namespace.as_deref().is_some_and(|n| !n.is_empty()) {
            bail!("--namespace: gorae has no libpod namespaces");
        }
        match self.storage_driver.as_deref() {
            None | Some("" | "overlay") => {}
            Some("vfs") => crate::log::info(format_args!(
                "--storage-driver vfs: gorae's layers are stacked with overlay, never copied"
            )),
            Some(d) => bail!(
                "unknown storage driver {d:?}: gorae stores layers with overlay (vfs is accepted and served by overlay)"
            ),
        }
        if let Some(o) = self.storage_opt.iter().find(|o| !o.is_empty()) {
            bail!("--storage-opt {o:?}: gorae's overlay store takes no options");
        }
        if let Some(r) = &self.runtime {
            check_runtime(r)?;
        }
        for d in &self.hooks_dir {
            if let Some(hook) = first_hook(d) {
                bail!(
                    "--hooks-dir {}: gorae does not run OCI hooks ({} is one)",
                    d.display(),
                    hook.display()
                );
            }
        }
        if let Some(p) = &self.network_cmd_path
            && !p.is_file()
        {
            bail!("--network-cmd-path {}: no such file", p.display());
        }
        if self.events_backend.as_deref() == Some("journald") {
            bail!(
                "--events-backend journald: gorae writes events to a file (--events-backend file) or nowhere (none)"
            );
        }
        let set = |key: &str, value: &Path| -> Result<()> {
            let abs = std::path::absolute(value)?;
            crate::sys::set_env_single_threaded(key, &abs.to_string_lossy());
            Ok(())
        };
        if let Some(r) = &self.root {
            set("GORAE_ROOT", r)?;
        }
        if let Some(r) = self.runroot.as_ref().or(self.tmpdir.as_ref()) {
            set("GORAE_RUNROOT", r)?;
        }
        if let Some(p) = &self.network_cmd_path {
            set("GORAE_NETWORK_CMD_PATH", p)?;
        }
        if let Some(p) = &self.network_config_dir {
            set("GORAE_NETWORK_CONFIG_DIR", p)?;
        }
        if let Some(p) = &self.volumepath {
            set("GORAE_VOLUME_PATH", p)?;
        }
        if let Some(b) = &self.events_backend {
            crate::sys::set_env_single_threaded("GORAE_EVENTS_BACKEND", b);
        }
        if let Some(m) = &self.cgroup_manager {
            crate::sys::set_env_single_threaded("GORAE_CGROUP_MANAGER", m);
        }
        if self.syslog == Some(true) {
            crate::log::also_syslog();
        }
        if self.noout {
            crate::sys::stdout_to_null()?;
        }
        Ok(())
    }
}

/// podman refuses a runtime it cannot find; gorae runs containers itself whichever is named.
pub(super) fn check_runtime(r: &str) -> Result<()> {
    let found = if r.contains('/') {
        Path::new(r).is_file()
    } else {
        r == "gorae"
            || std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
                .chain(
                    ["/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"]
                        .map(PathBuf::from),
                )
                .any(|d| d.join(r).is_file())
    };
    if !found {
        bail!("default OCI runtime {r:?} not found: invalid argument");
    }
    crate::log::info(format_args!("--runtime {r}: gorae runs containers itself"));
    Ok(())
}

fn first_hook(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_runtime_must_exist_and_remote_is_refused() {
        assert!(super::check_runtime("sh").is_ok());
        assert!(super::check_runtime("gorae").is_ok());
        let e = super::check_runtime("idonotexist").unwrap_err().to_string();
        assert_eq!(
            e,
            "default OCI runtime \"idonotexist\" not found: invalid argument"
        );
    }
}
