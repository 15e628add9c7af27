//! A stage's files outside a container: read straight from its layers, or its root
//! filesystem mounted read-only (COPY --from, --squash-all).

use std::path::PathBuf;

use crate::engine::Engine;
use crate::engine::Error;
use crate::engine::error::IoAt;
use crate::engine::pull::layer::ImportedLayer;

/// A file's content as a stage's layers have it (top layer first; whiteouts ignored).
pub(super) fn read_in_layers(
    engine: &Engine,
    layers: &[ImportedLayer],
    rel: &str,
) -> Option<String> {
    layers
        .iter()
        .rev()
        .filter_map(|l| engine.store.layer_diff(&l.chain_id))
        .find_map(|d| std::fs::read_to_string(d.join(rel)).ok())
}

/// A stage's (or image's) root filesystem, mounted read-only in a mount namespace of a child
/// process would be cleaner; here the build process itself enters a private mount namespace
/// once and mounts the overlay on a temporary directory, removed on drop.
pub(super) struct MountedRoot {
    pub(super) path: PathBuf,
    tmp: crate::store::fsutil::TempDir,
}

impl MountedRoot {
    pub(super) fn mount(engine: &Engine, layers: &[ImportedLayer]) -> Result<MountedRoot, Error> {
        private_mount_namespace()?;
        let tmp_dir = engine.store.tmp_dir();
        let tmp = crate::store::fsutil::TempDir::new(&tmp_dir, "stage").at(&tmp_dir)?;
        let path = tmp.path().join("root");
        std::fs::create_dir(&path).at(&path)?;
        let lower: Vec<String> = layers
            .iter()
            .rev()
            .filter_map(|l| crate::store::digest_hex(&l.chain_id).map(|h| format!("{h}/diff")))
            .collect();
        if lower.is_empty() {
            return Ok(MountedRoot { path, tmp });
        }
        let cwd = std::env::current_dir().ok();
        let layers_dir = engine.store.layers_dir();
        std::env::set_current_dir(&layers_dir).at(&layers_dir)?;
        // One layer is just its directory; overlay wants two lower layers without an upper.
        let mounted = if lower.len() == 1 {
            nix::mount::mount(
                Some(lower[0].as_str()),
                &path,
                None::<&str>,
                nix::mount::MsFlags::MS_BIND | nix::mount::MsFlags::MS_REC,
                None::<&str>,
            )
        } else {
            let opts = format!("lowerdir={},userxattr", lower.join(":"));
            nix::mount::mount(
                Some("overlay"),
                &path,
                Some("overlay"),
                nix::mount::MsFlags::MS_RDONLY,
                Some(opts.as_str()),
            )
        };
        if let Some(c) = cwd {
            let _ = std::env::set_current_dir(c);
        }
        mounted.map_err(|e| Error::System(format!("mounting the source stage: {e}")))?;
        Ok(MountedRoot { path, tmp })
    }
}

impl Drop for MountedRoot {
    fn drop(&mut self) {
        let _ = nix::mount::umount2(&self.path, nix::mount::MntFlags::MNT_DETACH);
        let _ = self.tmp.path();
    }
}

/// Puts this process in a mount namespace of its own (once), so build-time mounts are private
/// and vanish with it.
fn private_mount_namespace() -> Result<(), Error> {
    static DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if DONE.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return Ok(());
    }
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .map_err(|e| Error::System(format!("a private mount namespace: {e}")))?;
    nix::mount::mount(
        None::<&str>,
        "/",
        None::<&str>,
        nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .map_err(|e| Error::System(format!("making mounts private: {e}")))
}
