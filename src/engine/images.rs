//! Local image use cases: find, list, tag, remove, prune, inspect.

use std::io::IsTerminal;

use thiserror::Error;

use super::Engine;
use crate::image::manifest::{self, ImageConfig};
use crate::image::reference::{self, ReferenceError};
use crate::store::images::ImageRecord;
use crate::store::{StoreError, is_hex64};

#[derive(Debug, Error)]
pub enum ImageError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Reference(#[from] ReferenceError),
    #[error("{0}: image not known")]
    NotKnown(String),
    #[error("unable to delete image {0} by ID with more than one tag ({1}): please force removal")]
    ManyTags(String, String),
    #[error("image {0} is in use by container {1}: use --force to remove the container too")]
    InUse(String, String),
    #[error("image config {0}: {1}")]
    Config(String, #[source] crate::image::manifest::ManifestError),
    #[error(transparent)]
    Engine(#[from] super::EngineError),
}

impl ImageError {
    /// podman's `rmi` exit codes: 1 unknown image, 2 image in use, 125 anything else.
    pub fn rmi_exit_code(&self) -> u8 {
        match self {
            ImageError::NotKnown(_) => 1,
            ImageError::InUse(..) | ImageError::ManyTags(..) => 2,
            _ => 125,
        }
    }
}

/// How pull reports progress: bars on a terminal, lines otherwise, nothing with `-q`.
#[derive(Clone)]
pub enum Progress {
    Quiet,
    Lines,
    Bars(indicatif::MultiProgress),
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Progress::Quiet => "Quiet",
            Progress::Lines => "Lines",
            Progress::Bars(_) => "Bars",
        })
    }
}

impl Progress {
    pub fn for_stderr(quiet: bool) -> Progress {
        if quiet {
            Progress::Quiet
        } else if std::io::stderr().is_terminal() {
            Progress::Bars(indicatif::MultiProgress::with_draw_target(
                indicatif::ProgressDrawTarget::stderr(),
            ))
        } else {
            Progress::Lines
        }
    }

    pub fn note(&self, msg: &str) {
        match self {
            Progress::Quiet => {}
            Progress::Lines => eprintln!("{msg}"),
            Progress::Bars(mp) => {
                let _ = mp.println(msg);
            }
        }
    }

    /// Warnings show even with `-q`: they are not progress.
    pub fn warn(&self, msg: &str) {
        match self {
            Progress::Bars(mp) if crate::log::warnings_enabled() => {
                let _ = mp.println(format!("warning: {msg}"));
            }
            Progress::Bars(_) => {}
            _ => crate::log::warn(format_args!("{msg}")),
        }
    }

    pub fn layer(&self, short: &str, total: u64) -> LayerBar {
        let bar = match self {
            Progress::Bars(mp) => {
                let b = mp.add(indicatif::ProgressBar::new(total));
                let style = indicatif::ProgressStyle::with_template(
                    "Copying blob {msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> ");
                b.set_style(style);
                b.set_message(short.to_string());
                Some(b)
            }
            _ => None,
        };
        LayerBar {
            bar,
            lines: matches!(self, Progress::Lines),
            short: short.to_string(),
        }
    }
}

pub struct LayerBar {
    bar: Option<indicatif::ProgressBar>,
    lines: bool,
    short: String,
}

impl LayerBar {
    pub fn inc(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_with_message(format!("{} done", self.short));
        } else if self.lines {
            eprintln!("Copying blob {} done", self.short);
        }
    }
    pub fn fail(&self) {
        if let Some(b) = &self.bar {
            b.abandon_with_message(format!("{} failed", self.short));
        }
    }
}

impl Engine {
    /// Finds a local image by ID, ID prefix, full name, digest or short name.
    pub fn find_image(&self, query: &str) -> Result<ImageRecord, ImageError> {
        // A registry's or this store's transport names what the store may hold already.
        let query = match crate::engine::archive::transport::parse(query) {
            crate::engine::archive::transport::Transport::Registry(q)
            | crate::engine::archive::transport::Transport::Store(q) => q,
            _ => query,
        };
        let images = self.store.list_images()?;
        let q = query.strip_prefix("sha256:").unwrap_or(query);
        if q.len() >= 3
            && q.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        {
            let hits: Vec<&ImageRecord> = images.iter().filter(|i| i.id.starts_with(q)).collect();
            match hits.as_slice() {
                [one] => return Ok((*one).clone()),
                [] if is_hex64(q) || query.starts_with("sha256:") => {
                    return Err(ImageError::NotKnown(query.to_string()));
                }
                [] => {}
                _ => return Err(StoreError::Ambiguous(query.to_string(), "image").into()),
            }
        }
        let parsed = match reference::parse(query) {
            Ok(p) => p,
            Err(_) => return Err(ImageError::NotKnown(query.to_string())),
        };
        let by_ref = |r: &reference::ImageRef| -> Option<ImageRecord> {
            images
                .iter()
                .find(|img| match &r.digest {
                    Some(d) => {
                        img.repo_digests
                            .iter()
                            .any(|rd| *rd == format!("{}@{d}", r.repo()))
                            || (img.digest == *d
                                && img.names.iter().any(|n| n.starts_with(&r.repo())))
                    }
                    None => img.names.iter().any(|n| *n == r.name()),
                })
                .cloned()
        };
        if !parsed.is_short() {
            return by_ref(&parsed.qualify(reference::DOCKER_HUB))
                .ok_or_else(|| ImageError::NotKnown(query.to_string()));
        }
        let mut registries = self.registries.search_registries();
        registries.push("localhost".into());
        for r in &registries {
            if let Some(img) = by_ref(&parsed.qualify(r)) {
                return Ok(img);
            }
        }
        // Any registry: a short name matches the trailing path components of a stored name.
        let tag = parsed.tag.clone().unwrap_or_else(|| "latest".into());
        let suffix = format!("/{}:{tag}", parsed.repository);
        let library_suffix = format!("/library/{}:{tag}", parsed.repository);
        let hits: Vec<&ImageRecord> = images
            .iter()
            .filter(|img| {
                img.names
                    .iter()
                    .any(|n| n.ends_with(&suffix) || n.ends_with(&library_suffix))
            })
            .collect();
        match hits.as_slice() {
            [] => Err(ImageError::NotKnown(query.to_string())),
            [first, ..] => Ok((*first).clone()),
        }
    }

    pub fn image_config(&self, img: &ImageRecord) -> Result<ImageConfig, ImageError> {
        let data = self.store.read_blob(&img.config_digest)?;
        manifest::parse_config(&data).map_err(|e| ImageError::Config(img.id.clone(), e))
    }

    /// `tag IMAGE NAME...`
    pub fn tag(&self, image: &str, names: &[String]) -> Result<(), ImageError> {
        let img = self.find_image(image)?;
        let qualified: Vec<String> = names
            .iter()
            .map(|n| {
                let p = reference::parse(n)?;
                if p.digest.is_some() {
                    return Err(ReferenceError::Invalid(
                        n.clone(),
                        "a tag can't contain a digest",
                    ));
                }
                // podman qualifies untagged short names with localhost/.
                Ok(p.qualify(if p.is_short() {
                    "localhost"
                } else {
                    reference::DOCKER_HUB
                })
                .name())
            })
            .collect::<Result<_, _>>()?;
        let _lock = self.store.lock_records()?;
        for (n, given) in qualified.iter().zip(names) {
            self.store.set_name(&img.id, n)?;
            self.store.event("image", "tag", &img.id, given, "");
        }
        Ok(())
    }

    /// `untag IMAGE [NAME...]`
    pub fn untag(&self, image: &str, names: &[String]) -> Result<(), ImageError> {
        let img = self.find_image(image)?;
        let _lock = self.store.lock_records()?;
        let mut img = self.store.image(&img.id)?;
        let before = img.names.clone();
        if names.is_empty() {
            img.names.clear();
        } else {
            for n in names {
                let p = reference::parse(n)?;
                let full = p
                    .qualify(if p.is_short() {
                        "localhost"
                    } else {
                        reference::DOCKER_HUB
                    })
                    .name();
                let before = img.names.len();
                img.names.retain(|x| *x != full && x != n);
                if img.names.len() == before {
                    return Err(ImageError::NotKnown(n.clone()));
                }
            }
        }
        self.store.save_image(&img)?;
        for n in before.iter().filter(|n| !img.names.contains(n)) {
            self.store.event("image", "untag", &img.id, n, "");
        }
        Ok(())
    }

    /// The running containers that removing image `query` with `force` would remove: `rmi -f`
    /// stops them before it enters its user namespace (from which they could no longer be
    /// signalled). None when the removal would only untag a name.
    pub fn containers_rmi_stops(
        &self,
        query: &str,
    ) -> Vec<crate::store::containers::ContainerRecord> {
        let Ok(img) = self.find_image(query) else {
            return Vec::new();
        };
        if !removes_whole_image(&img, query) {
            return Vec::new();
        }
        self.store
            .list_containers()
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.image_id == img.id)
            .map(|c| self.refresh(c))
            .filter(super::lifecycle::is_running)
            .collect()
    }

    /// Removes one image named by the user. Returns the report lines (`Untagged: …`, `Deleted: …`).
    /// The record goes first (the image is gone at once), then garbage collection takes the
    /// layers and blobs only it held, each by one rename: a removal killed or failing part-way
    /// never leaves an image whose layer is missing.
    pub fn remove_image(&self, query: &str, force: bool) -> Result<Vec<String>, ImageError> {
        let owner = self.owner()?;
        let img = self.find_image(query)?;
        let _gc = self.store.lock_gc_exclusive()?;
        let _lock = self.store.lock_records()?;
        let mut img = self
            .store
            .image(&img.id)
            .map_err(|_| ImageError::NotKnown(query.to_string()))?;
        let by_id = img
            .id
            .starts_with(query.strip_prefix("sha256:").unwrap_or(query));
        let mut report = Vec::new();
        if !by_id && img.names.len() > 1 {
            // Removing by one of several names only removes that name.
            let name = self.matching_name(&img, query);
            img.names.retain(|n| *n != name);
            self.store.save_image(&img)?;
            self.store.event("image", "untag", &img.id, &name, "");
            return Ok(vec![format!("Untagged: {name}")]);
        }
        if by_id && img.names.len() > 1 && !force {
            return Err(ImageError::ManyTags(
                img.short_id().to_string(),
                img.names.join(", "),
            ));
        }
        for c in self.store.list_containers()? {
            if c.image_id == img.id {
                // A running one (started after `rmi -f` stopped the others) is never removed
                // from under its processes.
                if !force || super::lifecycle::is_running(&self.refresh(c.clone())) {
                    return Err(ImageError::InUse(
                        img.short_id().to_string(),
                        c.id[..12].to_string(),
                    ));
                }
                self.store.delete_container(owner, &c.id)?;
            }
        }
        for n in &img.names {
            report.push(format!("Untagged: {n}"));
        }
        self.store.remove_image(owner, &img)?;
        self.store.collect_garbage(owner)?;
        report.push(format!("Deleted: {}", img.id));
        // The names in the order they were given (the record keeps the latest first).
        for n in img.names.iter().rev() {
            self.store.event("image", "untag", &img.id, n, "");
        }
        self.store.event("image", "remove", &img.id, &img.id, "");
        Ok(report)
    }

    fn matching_name(&self, img: &ImageRecord, query: &str) -> String {
        if let Ok(p) = reference::parse(query) {
            let tag = p.tag.clone().unwrap_or_else(|| "latest".into());
            let full = p.qualify(reference::DOCKER_HUB).name();
            if let Some(n) = img.names.iter().find(|n| **n == full) {
                return n.clone();
            }
            let suffix = format!("/{}:{tag}", p.repository);
            if let Some(n) = img
                .names
                .iter()
                .find(|n| n.ends_with(&suffix) || **n == format!("{}:{tag}", p.repository))
            {
                return n.clone();
            }
        }
        img.names[0].clone()
    }

    /// `image prune`: dangling images (no name) not used by a container, or with `all` every
    /// unused image. Returns the removed IDs.
    /// Removes the images no container uses that are dangling (or, with `all`, any) and that
    /// `keep` selects (`--filter`).
    pub fn prune_images(
        &self,
        all: bool,
        keep: impl Fn(&ImageRecord) -> bool,
    ) -> Result<Vec<String>, ImageError> {
        let owner = self.ensure_userns()?;
        let _gc = self.store.lock_gc_exclusive()?;
        let _lock = self.store.lock_records()?;
        let used: std::collections::HashSet<String> = self
            .store
            .list_containers()?
            .into_iter()
            .map(|c| c.image_id)
            .collect();
        let mut removed = Vec::new();
        for img in self.store.list_images()? {
            if used.contains(&img.id) || (!all && !img.names.is_empty()) || !keep(&img) {
                continue;
            }
            self.store.remove_image(owner, &img)?;
            removed.push(img.id);
        }
        self.store.collect_garbage(owner)?;
        Ok(removed)
    }
}

/// Whether `rmi QUERY` removes the image rather than one of its several names.
fn removes_whole_image(img: &ImageRecord, query: &str) -> bool {
    img.names.len() <= 1
        || img
            .id
            .starts_with(query.strip_prefix("sha256:").unwrap_or(query))
}
