//! `commit` (a container's changes become an image layer), `import` (a tarball becomes a
//! one-layer image) and `export` (a container's filesystem as a tarball).

use std::io::{BufRead, Read, Write};
use std::os::fd::AsFd;

use serde_json::{Value, json};

use super::Engine;
use super::Error;
use super::archive::{self, apply_change, qualified, record_image};
use super::copy::{report_to_parent, reported_by_child};
use super::error::IoAt;
use super::lifecycle;
use super::pull::layer::{ImportedLayer, import_layer};
use super::run::LaunchConfig;
use crate::image::extract::ExtractOptions;
use crate::store::images::ImageRecord;
use crate::store::{StoreError, now_rfc3339};
use crate::sys::{self, Forked};

/// What `commit` takes besides the container.
#[derive(Debug, Default, Clone)]
pub struct CommitOptions {
    pub name: Option<String>,
    pub changes: Vec<String>,
    pub message: Option<String>,
    pub author: Option<String>,
    /// One layer holding the whole filesystem, not the changes on the image's layers.
    pub squash: bool,
    /// The container's volumes become the image's VOLUMEs.
    pub include_volumes: bool,
    /// `import --os --arch --variant`: the image's platform instead of the host's.
    pub os: Option<String>,
    pub arch: Option<String>,
    pub variant: Option<String>,
}

pub(crate) fn extract_opts(engine: &Engine) -> ExtractOptions {
    ExtractOptions {
        squash_owners: engine.mapping.squashes_owners(),
        ..Default::default()
    }
}

/// The existing layers of `img` as [`ImportedLayer`]s, to stack a new one on.
pub(crate) fn layers_of(engine: &Engine, img: &ImageRecord) -> Vec<ImportedLayer> {
    img.layers
        .iter()
        .map(|l| ImportedLayer {
            digest: l.digest.clone(),
            diff_id: l.diff_id.clone(),
            chain_id: l.chain_id.clone(),
            blob_size: l.size,
            size: engine
                .store
                .layer_dir(&l.chain_id)
                .and_then(|d| std::fs::read(d.join("layer.json")).ok())
                .and_then(|d| serde_json::from_slice::<crate::store::layers::LayerRecord>(&d).ok())
                .map_or(0, |r| r.size),
        })
        .collect()
}

/// gzip-compresses the tar that `write` produces into a temporary file and stores it as a
/// layer on top of `parent`.
pub(crate) fn store_new_layer(
    engine: &Engine,
    parent: Option<&str>,
    write: impl FnOnce(&mut dyn Write) -> Result<(), Error>,
) -> Result<ImportedLayer, Error> {
    let store = &engine.store;
    let tmp = store.tmp_dir().join(format!(
        ".tmp-commit-{}",
        crate::store::fsutil::unique_suffix()
    ));
    let result = (|| {
        let file = std::fs::File::create(&tmp).at(&tmp)?;
        let mut gz = flate2::write::GzEncoder::new(
            std::io::BufWriter::new(file),
            flate2::Compression::fast(),
        );
        write(&mut gz)?;
        gz.finish().at(&tmp)?.flush().at(&tmp)?;
        let f = std::fs::File::open(&tmp).at(&tmp)?;
        import_layer(
            store,
            engine.owner()?,
            f,
            parent,
            None,
            "application/vnd.oci.image.layer.v1.tar+gzip",
            &extract_opts(engine),
        )
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

/// `commit`: the container's changes as a new layer on its image, with the container's
/// command, environment, working directory, user and labels, then `--change`s.
pub fn commit(engine: &Engine, query: &str, o: &CommitOptions) -> Result<ImageRecord, Error> {
    let rec = engine.find_container(query)?;
    if rec.image_id.is_empty() {
        return Err(Error::Invalid(format!(
            "container {} has no image (a pod's infra): nothing to commit",
            rec.name
        )));
    }
    let base = match engine.store.image(&rec.image_id) {
        Ok(img) => img,
        Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::InvalidState(format!(
                "the image of container {} is gone: cannot commit",
                rec.name
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let launch = LaunchConfig::of(&rec)?;
    let mut config: Value = serde_json::from_slice(&engine.store.read_blob(&base.config_digest)?)
        .map_err(|e| Error::System(e.to_string()))?;
    let _gc = engine.store.lock_gc_shared()?;
    let upper = engine.store.container_dir(&rec.id).join("upper");
    // A squash reads the whole filesystem as `export` does, which enters the container's
    // namespaces itself; the changes alone are read in gorae's own user namespace.
    let layer = if o.squash {
        squashed_layer(engine, &rec.id)?
    } else {
        engine.ensure_userns()?;
        let parent = base.layers.last().map(|l| l.chain_id.clone());
        store_new_layer(engine, parent.as_deref(), |out| {
            archive::diff_tar(&upper, out)
        })?
    };

    // The container's settings, as podman records them.
    if !config["config"].is_object() {
        config["config"] = json!({});
    }
    let c = &mut config["config"];
    let entrypoint = crate::image::config_json::strings(&c["Entrypoint"]);
    let argv = &launch.spec.argv;
    if !entrypoint.is_empty() && argv.starts_with(&entrypoint) {
        c["Cmd"] = json!(argv[entrypoint.len()..]);
    } else {
        c["Entrypoint"] = Value::Null;
        c["Cmd"] = json!(argv);
    }
    c["Env"] = json!(launch.spec.env);
    c["WorkingDir"] = json!(launch.spec.workdir);
    if !launch.spec.user.is_empty() {
        c["User"] = json!(launch.spec.user);
    }
    if !launch.labels.is_empty() {
        c["Labels"] = json!(launch.labels);
    }
    if !launch.ports.is_empty() {
        let mut exposed = serde_json::Map::new();
        for p in &launch.ports {
            for i in 0..p.count {
                exposed.insert(
                    format!("{}/{}", p.container_port + i, p.protocol),
                    json!({}),
                );
            }
        }
        c["ExposedPorts"] = Value::Object(exposed);
    }
    if launch.stop_signal != "SIGTERM" {
        c["StopSignal"] = json!(launch.stop_signal);
    }
    if o.include_volumes {
        let volumes = launch
            .mounts
            .iter()
            .filter(|m| m.kind == crate::runtime::mounts::MountKind::Volume);
        for m in volumes {
            apply_change(&mut config, &format!("VOLUME {}", m.destination))?;
        }
    }
    for ch in &o.changes {
        apply_change(&mut config, ch)?;
    }
    if o.squash {
        config["rootfs"] = json!({"type": "layers", "diff_ids": []});
        config["history"] = json!([]);
    }
    let now = now_rfc3339();
    config["created"] = json!(now);
    if let Some(a) = &o.author {
        config["author"] = json!(a);
    }
    crate::image::config_json::add_layer(&mut config, &layer.diff_id);
    let mut step = json!({"created": now, "created_by": format!("gorae commit {}", rec.name)});
    if let Some(m) = &o.message {
        step["comment"] = json!(m);
    }
    if let Some(a) = &o.author {
        step["author"] = json!(a);
    }
    crate::image::config_json::add_history(&mut config, step);
    let mut layers = if o.squash {
        Vec::new()
    } else {
        layers_of(engine, &base)
    };
    layers.push(layer);
    finish_image(engine, &config, &layers, now, o.name.as_deref(), "commit")
}

/// `commit --squash`: the container's whole filesystem (as `export` writes it) as one layer.
fn squashed_layer(engine: &Engine, id: &str) -> Result<ImportedLayer, Error> {
    let tmp = engine.store.tmp_dir().join(format!(
        ".tmp-squash-{}",
        crate::store::fsutil::unique_suffix()
    ));
    let result = (|| {
        let file = std::fs::File::create(&tmp).at(&tmp)?;
        export(engine, id, &file)?;
        engine.ensure_userns()?;
        let mut file = std::fs::File::open(&tmp).at(&tmp)?;
        store_new_layer(engine, None, |out| {
            std::io::copy(&mut file, out).at(&tmp)?;
            Ok(())
        })
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

/// Records the image made of `config` and `layers`, names it, and reports `event`.
fn finish_image(
    engine: &Engine,
    config: &serde_json::Value,
    layers: &[ImportedLayer],
    created: String,
    name: Option<&str>,
    event: &str,
) -> Result<ImageRecord, Error> {
    let bytes = serde_json::to_vec(config).expect("image configs serialize");
    let img = record_image(engine, &bytes, layers, Some(created))?;
    if let Some(n) = name {
        let q = qualified(n, "localhost")?;
        let _lock = engine.store.lock_records()?;
        engine.store.set_name(&img.id, &q)?;
    }
    engine
        .store
        .event("image", event, &img.id, name.unwrap_or(""), "");
    Ok(engine.store.image(&img.id)?)
}

/// `import`: a tarball (plain, gzip or zstd) becomes a one-layer image.
pub fn import(engine: &Engine, src: impl Read, o: &CommitOptions) -> Result<ImageRecord, Error> {
    let mut src = std::io::BufReader::with_capacity(256 * 1024, src);
    let media = crate::image::manifest::layer_media_type(
        src.fill_buf().map_err(|e| Error::System(e.to_string()))?,
    );
    let _gc = engine.store.lock_gc_shared()?;
    let layer = import_layer(
        &engine.store,
        engine.owner()?,
        src,
        None,
        None,
        media,
        &extract_opts(engine),
    )
    .map_err(|e| match e {
        // A tarball that is not one, or holds what can't be unpacked: bad input.
        Error::Invalid(m) => Error::Invalid(format!("importing the tarball: {m}")),
        e => Error::System(format!("importing the tarball: {e}")),
    })?;
    let platform = crate::image::manifest::Platform::host();
    let now = now_rfc3339();
    let mut step = json!({"created": now, "created_by": "gorae import"});
    if let Some(m) = &o.message {
        step["comment"] = json!(m);
    }
    let mut config = json!({
        "created": now,
        "architecture": o.arch.clone().unwrap_or(platform.architecture),
        "os": o.os.clone().unwrap_or(platform.os),
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": [layer.diff_id]},
        "history": [step],
    });
    if let Some(v) = o.variant.clone().or(platform.variant) {
        config["variant"] = json!(v);
    }
    if let Some(a) = &o.author {
        config["author"] = json!(a);
    }
    for ch in &o.changes {
        apply_change(&mut config, ch)?;
    }
    finish_image(engine, &config, &[layer], now, o.name.as_deref(), "import")
}

/// `export`: the container's filesystem as a tar on `out`. A running container is read
/// through its own root (from inside its user namespace); a stopped one through its overlay,
/// mounted in a mount namespace of this process's own. Call before entering any user
/// namespace.
pub fn export(engine: &Engine, query: &str, out: &impl AsFd) -> Result<(), Error> {
    let rec = engine.refresh(engine.find_container(query)?);
    if rec.image_id.is_empty() {
        return Err(Error::Invalid(format!(
            "container {} has no image (a pod's infra): nothing to export",
            rec.name
        )));
    }
    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .map_err(|e| Error::System(e.to_string()))?;
    let running = lifecycle::is_running(&rec);
    if !running {
        engine.ensure_userns()?;
    }
    match sys::fork().map_err(|e| Error::System(e.to_string()))? {
        Forked::Child => {
            drop(report_r);
            let result = (|| -> Result<(), Error> {
                let out = std::fs::File::from(
                    nix::unistd::dup(out.as_fd()).map_err(|e| Error::System(e.to_string()))?,
                );
                if running {
                    crate::process::userns::join(rec.monitor_pid.unwrap_or(0))
                        .map_err(|e| Error::from(super::EngineError::from(e)))?;
                    let root = format!("/proc/{}/root", rec.pid.unwrap_or(0));
                    archive::tree_tar(
                        std::path::Path::new(&root),
                        std::io::BufWriter::new(out),
                        false,
                        &[],
                    )
                } else {
                    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
                        .map_err(|e| Error::System(e.to_string()))?;
                    nix::mount::mount(
                        None::<&str>,
                        "/",
                        None::<&str>,
                        nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_PRIVATE,
                        None::<&str>,
                    )
                    .map_err(|e| Error::System(e.to_string()))?;
                    let merged = super::containers::mount(engine, &rec.id)?;
                    archive::tree_tar(&merged, std::io::BufWriter::new(out), false, &[])
                }
            })();
            if let Err(e) = result {
                report_to_parent(report_w, &e);
                sys::exit_now(1);
            }
            sys::exit_now(0);
        }
        Forked::Parent(child) => {
            drop(report_w);
            let reported = reported_by_child(report_r);
            let _ = nix::sys::wait::waitpid(child, None);
            reported.map_or(Ok(()), Err)
        }
    }
}
