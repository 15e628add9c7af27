//! Image commands: pull, images, tag, untag, rmi, image inspect, image prune.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};

use super::format::{self, ListFormat};
use crate::engine::Engine;
use crate::engine::images::Progress;
use crate::engine::pull::{self, PullOptions};
use crate::image::auth;
use crate::image::manifest::Platform;
use crate::store::images::ImageRecord;

#[derive(Debug, Subcommand)]
pub enum ImageCmd {
    /// List images in local storage
    #[command(alias = "list")]
    Ls(ImagesArgs),
    /// Pull an image from a registry
    Pull(PullArgs),
    /// Add an additional name to a local image
    Tag(TagArgs),
    /// Remove a name from a local image
    Untag(UntagArgs),
    /// Remove one or more images from local storage
    Rm(RmiArgs),
    /// Display the configuration of an image
    Inspect(ImageInspectArgs),
    /// Remove unused images
    Prune(PruneArgs),
    /// Search a registry's catalogue for images (or list a repository's tags)
    Search(SearchArgs),
    /// Exit 0 if the image exists locally, 1 if not
    Exists { image: String },
    /// Save images to an archive
    Save(super::archive::SaveArgs),
    /// Load images from an archive
    Load(super::archive::LoadArgs),
    /// Create an image from a tarball
    Import(super::archive::ImportArgs),
    /// Show an image's history
    History(super::archive::HistoryArgs),
    /// Push an image to a registry
    Push(super::registry::PushArgs),
    /// Build an image from a Containerfile
    Build(super::archive::BuildArgs),
    /// Show or set the trust policy (policy.json) for pulling images
    #[command(subcommand)]
    Trust(super::trust::TrustCmd),
    /// Sign an image in a registry with a GPG key
    Sign(super::trust::SignArgs),
}

/// How to reach a registry: TLS and credentials (pull, run, search, push, build).
#[derive(Debug, Clone, Args)]
pub struct RemoteArgs {
    /// Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub tls_verify: Option<bool>,
    /// Credentials (USERNAME[:PASSWORD]) for the registry
    #[arg(long)]
    pub creds: Option<String>,
    /// Path of the authentication file
    #[arg(long)]
    pub authfile: Option<PathBuf>,
}

impl RemoteArgs {
    pub fn credentials(&self) -> Option<auth::Credentials> {
        self.creds.as_deref().map(auth::parse_creds)
    }

    /// Pull options for these flags, for the host's platform.
    pub fn pull_options(&self, quiet: bool) -> PullOptions {
        PullOptions {
            tls_verify: self.tls_verify,
            platform: Platform::host(),
            creds: self.credentials(),
            authfile: self.authfile.clone(),
            progress: Progress::for_stderr(quiet),
        }
    }
}

/// Flags that reach a registry, shared by pull and run.
#[derive(Debug, Clone, Args)]
pub struct RegistryArgs {
    #[command(flatten)]
    pub remote: RemoteArgs,
    /// Use this OS/ARCH[/VARIANT] instead of the host's
    #[arg(long)]
    pub platform: Option<String>,
    /// Use this architecture instead of the host's
    #[arg(long)]
    pub arch: Option<String>,
    /// Use this OS instead of the host's
    #[arg(long)]
    pub os: Option<String>,
    /// Use this architecture variant
    #[arg(long)]
    pub variant: Option<String>,
}

impl RegistryArgs {
    pub fn pull_options(&self, quiet: bool) -> Result<PullOptions> {
        let mut platform = match &self.platform {
            Some(p) => Platform::parse(p)
                .with_context(|| format!("invalid --platform {p:?}: want OS/ARCH[/VARIANT]"))?,
            None => Platform::host(),
        };
        if let Some(a) = &self.arch {
            platform.architecture = a.clone();
            platform.variant = None;
        }
        if let Some(o) = &self.os {
            platform.os = o.clone();
        }
        if let Some(v) = &self.variant {
            platform.variant = Some(v.clone());
        }
        Ok(PullOptions {
            platform,
            ..self.remote.pull_options(quiet)
        })
    }
}

#[derive(Debug, Args)]
pub struct PullArgs {
    /// Suppress progress output
    #[arg(short, long)]
    pub quiet: bool,
    /// Every tag of the repository named (which names no tag)
    #[arg(short, long)]
    pub all_tags: bool,
    /// A Docker option that podman takes and ignores: gorae's trust is policy.json's
    #[arg(long)]
    pub disable_content_trust: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Images to pull
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImagesArgs {
    /// Show all images (no intermediate images exist yet, so the same as without)
    #[arg(short, long)]
    pub all: bool,
    /// Print image IDs only
    #[arg(short, long)]
    pub quiet: bool,
    /// Change the output format to JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print column headings
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Show digests
    #[arg(long)]
    pub digests: bool,
    /// reference=, before=, since=, until=, dangling=true|false, label=KEY[=VALUE], id=,
    /// digest= (repeat to narrow)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Sort by created (newest first, the default), id, repository, size or tag
    #[arg(long, value_name = "FIELD")]
    pub sort: Option<String>,
    /// Show the names each image has had, the latest first
    #[arg(long)]
    pub history: bool,
    /// Only images from this repository
    pub repository: Option<String>,
}

#[derive(Debug, Args)]
pub struct TagArgs {
    pub image: String,
    #[arg(required = true, value_name = "TARGET_NAME")]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UntagArgs {
    pub image: String,
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmiArgs {
    /// Remove images even when containers use them (removing those containers)
    #[arg(short, long)]
    pub force: bool,
    /// Remove all images
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors for images that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Keep dangling parent images: gorae's images have no parents, so nothing but the
    /// images named is ever removed
    #[arg(long)]
    pub no_prune: bool,
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// What to inspect: image, container or all
    #[arg(short, long, default_value = "all", value_parser = ["all", "image", "container"])]
    pub r#type: String,
    /// Format the output as JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Inspect the latest container created
    #[arg(short, long, conflicts_with = "names")]
    pub latest: bool,
    /// With a container: add what it wrote (SizeRw) and that with its image (SizeRootFs)
    #[arg(short, long)]
    pub size: bool,
    #[arg(required_unless_present = "latest", value_name = "NAME")]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImageInspectArgs {
    /// Format the output as JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Remove all unused images, not just dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// label=KEY[=VALUE], label!=…, until=TIME: only the unused images that match (repeat)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Also images that only other tools' containers use: gorae's store has no such
    /// containers, so this prunes what the command would prune anyway
    #[arg(long)]
    pub external: bool,
}

/// `image prune --filter` (and `system prune --filter`'s images): labels from the image's
/// config, `until` against its creation time.
pub fn prune_filter(
    engine: &Engine,
    given: &[String],
) -> Result<impl Fn(&crate::store::images::ImageRecord) -> bool> {
    let filters = format::parse_kv_filters(given, &["label", "label!", "until"])?;
    let labels = |img: &crate::store::images::ImageRecord| {
        engine
            .image_config(img)
            .ok()
            .and_then(|c| c.config.and_then(|c| c.labels))
            .unwrap_or_default()
            .into_iter()
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    Ok(move |img: &crate::store::images::ImageRecord| {
        format::filters_match(&filters, |key, want| match key {
            "label" => format::label_matches(&labels(img), want),
            "until" => format::before(img.created.as_deref().unwrap_or(&img.stored), want),
            _ => false,
        })
    })
}

pub fn image_cmd(c: ImageCmd) -> Result<ExitCode> {
    match c {
        ImageCmd::Ls(a) => images(a),
        ImageCmd::Pull(a) => pull(a),
        ImageCmd::Tag(a) => tag(a),
        ImageCmd::Untag(a) => untag(a),
        ImageCmd::Rm(a) => rmi(a),
        ImageCmd::Inspect(a) => inspect(InspectArgs {
            r#type: "image".into(),
            format: a.format,
            latest: false,
            size: false,
            names: a.images,
        }),
        ImageCmd::Prune(a) => prune(a),
        ImageCmd::Search(a) => search(a),
        ImageCmd::Save(a) => super::archive::save(a),
        ImageCmd::Load(a) => super::archive::load(a),
        ImageCmd::Import(a) => super::archive::import(a),
        ImageCmd::History(a) => super::archive::history(a),
        ImageCmd::Push(a) => super::registry::push(a),
        ImageCmd::Build(a) => super::archive::build(a),
        ImageCmd::Trust(c) => super::trust::trust_cmd(c),
        ImageCmd::Sign(a) => super::trust::sign(a),
        ImageCmd::Exists { image } => {
            let engine = Engine::open_readonly()?;
            Ok(ExitCode::from(u8::from(engine.find_image(&image).is_err())))
        }
    }
}

pub fn pull(a: PullArgs) -> Result<ExitCode> {
    let opts = a.registry.pull_options(a.quiet)?;
    let engine = Engine::open()?;
    let mut names = Vec::new();
    for name in &a.images {
        if !a.all_tags {
            names.push(name.clone());
            continue;
        }
        let bare = name.strip_prefix("docker://").unwrap_or(name);
        let r = crate::image::reference::parse(bare)?;
        if r.tag.is_some() || r.digest.is_some() {
            bail!("{name}: a tag or digest can't be used with --all-tags");
        }
        let r = r.qualify(crate::image::reference::DOCKER_HUB);
        let hits = pull::search(&engine, &r.registry, &r.repository, true, usize::MAX, &opts)?;
        names.extend(
            hits.into_iter()
                .map(|h| format!("{}/{}:{}", r.registry, r.repository, h.tag)),
        );
    }
    for name in &names {
        let img = crate::engine::archive::transport::pull(&engine, name, &opts)?;
        format::print_stdout(&format!("{}\n", img.id));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn images(a: ImagesArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    const SORTS: [&str; 5] = ["created", "id", "repository", "size", "tag"];
    if let Some(by) = a.sort.as_deref().filter(|b| !SORTS.contains(b)) {
        bail!(
            "\"{by}\" is not a valid field for sorting. Choose from: {}",
            SORTS.join(", ")
        );
    }
    let mut list = engine.store.list_images()?;
    if let Some(repo) = &a.repository {
        list.retain(|img| img.names.iter().any(|n| name_matches_repo(n, repo)));
    }
    let keep = image_filter(&engine, &a.filter)?;
    list.retain(|img| keep(img));
    // Newest first; the other orders are ascending, per row below.
    list.sort_by_key(|img| std::cmp::Reverse(created_unix(img)));
    if a.quiet {
        let mut seen = std::collections::HashSet::new();
        let mut out = String::new();
        for img in &list {
            if seen.insert(&img.id) {
                out.push_str(if a.no_trunc { &img.id } else { img.short_id() });
                out.push('\n');
            }
        }
        format::print_stdout(&out);
        return Ok(ExitCode::SUCCESS);
    }
    let mut rows = Vec::new();
    for img in &list {
        let names: Vec<(String, String)> = if img.names.is_empty() {
            vec![("<none>".into(), "<none>".into())]
        } else {
            img.names.iter().map(|n| split_name(n)).collect()
        };
        for (repo, tag) in names {
            rows.push(serde_json::json!({
                "ID": if a.no_trunc { format!("sha256:{}", img.id) } else { img.short_id().to_string() },
                "Id": img.id,
                "Repository": repo,
                "Tag": tag,
                "Digest": img.digest,
                "Created": created_unix(img),
                "CreatedAt": img.created.clone().unwrap_or_default(),
                "CreatedSince": format::since(img.created.as_deref()),
                "Size": format::human_size(img.size),
                "VirtualSize": img.size,
                "Names": img.names,
                "Dangling": img.names.is_empty(),
                "History": img.names_history.join(", "),
                "HistoryColumn": if img.names_history.is_empty() { "<none>".to_string() } else { img.names_history.join(", ") },
            }));
        }
    }
    match a.sort.as_deref() {
        Some("id") => rows.sort_by(|x, y| x["Id"].as_str().cmp(&y["Id"].as_str())),
        Some("repository") => {
            rows.sort_by(|x, y| x["Repository"].as_str().cmp(&y["Repository"].as_str()))
        }
        Some("tag") => rows.sort_by(|x, y| x["Tag"].as_str().cmp(&y["Tag"].as_str())),
        Some("size") => rows.sort_by_key(|r| r["VirtualSize"].as_u64()),
        _ => {}
    }
    let mut default = String::from("table {{.Repository}}\t{{.Tag}}");
    if a.digests {
        default.push_str("\t{{.Digest}}");
    }
    default.push_str("\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}");
    if a.history {
        default.push_str("\t{{.HistoryColumn}}");
    }
    ListFormat {
        format: a.format.as_deref(),
        default_table: &default,
        headers: &[
            ("ID", "IMAGE ID"),
            ("History", "HISTORY"),
            ("HistoryColumn", "HISTORY"),
            ("CreatedSince", "CREATED"),
            ("CreatedAt", "CREATED AT"),
        ],
        no_heading: a.noheading,
    }
    .print(&rows, || {
        serde_json::Value::Array(list.iter().map(image_json).collect())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// podman's `images --filter`: every key given must match, a repeated key any of its values.
fn image_filter(engine: &Engine, given: &[String]) -> Result<impl Fn(&ImageRecord) -> bool> {
    let keys = [
        "reference",
        "before",
        "since",
        "until",
        "dangling",
        "label",
        "id",
        "digest",
    ];
    let mut filters = format::parse_kv_filters(given, &keys)?;
    for (k, v) in filters.iter_mut() {
        match k.as_str() {
            // The creation time of the image named.
            "before" | "since" => *v = created_unix(&engine.find_image(v)?).to_string(),
            "until" => {
                *v = chrono::DateTime::parse_from_rfc3339(v)?
                    .timestamp()
                    .to_string();
            }
            "dangling" if !["true", "false"].contains(&v.as_str()) => {
                bail!("invalid filter: \"dangling\" must be true or false, not {v:?}")
            }
            _ => {}
        }
    }
    let labels_needed = filters.iter().any(|(k, _)| k == "label");
    let labels = move |img: &ImageRecord| -> std::collections::BTreeMap<String, String> {
        if !labels_needed {
            return Default::default();
        }
        engine
            .image_config(img)
            .ok()
            .and_then(|c| c.config)
            .and_then(|c| c.labels)
            .map(|l| l.into_iter().collect())
            .unwrap_or_default()
    };
    Ok(move |img: &ImageRecord| {
        let created = created_unix(img);
        let num = |v: &str| v.parse::<i64>().unwrap_or(0);
        format::filters_match(&filters, |key, want| match key {
            "reference" => img.names.iter().any(|n| reference_matches(n, want)),
            "before" => created < num(want),
            "since" => created > num(want),
            "until" => created < num(want),
            "dangling" => img.names.is_empty() == (want == "true"),
            "label" => format::label_matches(&labels(img), want),
            "id" => img.id.starts_with(want.trim_start_matches("sha256:")),
            "digest" => img.digest == want || img.repo_digests.iter().any(|d| d.ends_with(want)),
            _ => false,
        })
    })
}

/// `reference=`: a name, a repository, or a pattern with `*` matched against the whole
/// name or its last part.
fn reference_matches(name: &str, want: &str) -> bool {
    if !want.contains('*') {
        return name_matches_repo(name, want);
    }
    fn glob(p: &[u8], s: &[u8]) -> bool {
        match p.split_first() {
            None => s.is_empty(),
            Some((b'*', rest)) => (0..=s.len()).any(|i| glob(rest, &s[i..])),
            Some((c, rest)) => s.first() == Some(c) && glob(rest, &s[1..]),
        }
    }
    let last = name.rsplit('/').next().unwrap_or(name);
    let want_full = if want.contains(':') {
        want.to_string()
    } else {
        format!("{want}:*")
    };
    glob(want_full.as_bytes(), name.as_bytes()) || glob(want_full.as_bytes(), last.as_bytes())
}

fn name_matches_repo(name: &str, repo: &str) -> bool {
    let (r, t) = split_name(name);
    match repo.rsplit_once(':').filter(|(_, t)| !t.contains('/')) {
        Some((want_repo, want_tag)) => {
            (r == want_repo || r.ends_with(&format!("/{want_repo}"))) && t == want_tag
        }
        None => r == repo || r.ends_with(&format!("/{repo}")),
    }
}

/// `registry/repo:tag` → (`registry/repo`, `tag`).
fn split_name(name: &str) -> (String, String) {
    let slash = name.rfind('/').map(|i| i + 1).unwrap_or(0);
    match name[slash..].rfind(':') {
        Some(i) => (
            name[..slash + i].to_string(),
            name[slash + i + 1..].to_string(),
        ),
        None => (name.to_string(), "<none>".to_string()),
    }
}

fn created_unix(img: &ImageRecord) -> i64 {
    img.created
        .as_deref()
        .and_then(|c| chrono::DateTime::parse_from_rfc3339(c).ok())
        .map(|t| t.timestamp())
        .unwrap_or(0)
}

/// One image in `images --format json`, shaped like podman's.
fn image_json(img: &ImageRecord) -> serde_json::Value {
    serde_json::json!({
        "Id": img.id,
        "ParentId": "",
        "RepoTags": img.names,
        "RepoDigests": img.repo_digests,
        "Size": img.size,
        "SharedSize": 0,
        "VirtualSize": img.size,
        "Labels": serde_json::Value::Null,
        "Containers": 0,
        "Names": img.names,
        "History": img.names_history,
        "Digest": img.digest,
        "Created": created_unix(img),
        "CreatedAt": img.created,
        "Dangling": img.names.is_empty(),
    })
}

pub fn tag(a: TagArgs) -> Result<ExitCode> {
    let engine = Engine::open()?;
    engine.tag(&a.image, &a.names)?;
    Ok(ExitCode::SUCCESS)
}

pub fn untag(a: UntagArgs) -> Result<ExitCode> {
    let engine = Engine::open()?;
    engine.untag(&a.image, &a.names)?;
    Ok(ExitCode::SUCCESS)
}

pub fn rmi(a: RmiArgs) -> Result<ExitCode> {
    if a.all != a.images.is_empty() {
        bail!(
            "when using the --all switch, you may not pass any images names or IDs, and without it you must name at least one"
        );
    }
    let engine = Engine::open_readonly()?;
    let targets: Vec<String> = if a.all {
        engine
            .store
            .list_images()?
            .into_iter()
            .map(|i| i.id)
            .collect()
    } else {
        a.images.clone()
    };
    if a.force {
        // Signal first, then enter: their processes can't be reached from our own namespace.
        for t in &targets {
            for c in engine.containers_rmi_stops(t) {
                crate::engine::lifecycle::prepare_removal(&engine, &c.id, true)?;
            }
        }
    }
    engine.ensure_userns()?;
    let mut code = 0u8;
    for t in &targets {
        match engine.remove_image(t, a.force || a.all) {
            Ok(lines) => format::print_stdout(&(lines.join("\n") + "\n")),
            Err(crate::engine::images::ImageError::NotKnown(_)) if a.ignore => {}
            Err(e) => {
                eprintln!("Error: {e}");
                code = code.max(e.rmi_exit_code());
            }
        }
    }
    Ok(ExitCode::from(code))
}

fn prune(a: PruneArgs) -> Result<ExitCode> {
    let what = if a.all {
        "all images not used by any container"
    } else {
        "all dangling images"
    };
    if !a.force && !format::confirm(&format!("WARNING! This command removes {what}."))? {
        return Ok(ExitCode::SUCCESS);
    }
    let engine = Engine::open()?;
    let keep = prune_filter(&engine, &a.filter)?;
    let removed = engine.prune_images(a.all, keep)?;
    let out: String = removed.iter().map(|id| format!("{id}\n")).collect();
    format::print_stdout(&out);
    Ok(ExitCode::SUCCESS)
}

pub fn inspect(mut a: InspectArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    if a.latest {
        a.names = super::container::pick_latest(&engine)?;
        a.r#type = "container".into();
    }
    let mut docs = Vec::new();
    let mut code = 0u8;
    for name in &a.names {
        let found = match a.r#type.as_str() {
            "container" => super::container::container_json(&engine, name),
            "image" => engine
                .find_image(name)
                .map_err(anyhow::Error::from)
                .and_then(|img| image_inspect(&engine, &img)),
            _ => super::container::container_json(&engine, name).or_else(|_| {
                engine
                    .find_image(name)
                    .map_err(anyhow::Error::from)
                    .and_then(|img| image_inspect(&engine, &img))
            }),
        };
        match found {
            Ok(mut d) => {
                if a.size
                    && let Ok(rec) = engine.find_container(d["Id"].as_str().unwrap_or_default())
                {
                    let (rw, rootfs) = engine.container_size(&rec);
                    d["SizeRw"] = rw.into();
                    d["SizeRootFs"] = rootfs.into();
                }
                docs.push(d)
            }
            Err(e) => {
                let kind = if a.r#type == "all" {
                    "object"
                } else {
                    a.r#type.as_str()
                };
                eprintln!("Error: no such {kind}: {name}: {e:#}");
                code = 125;
            }
        }
    }
    format::print_docs(&docs, a.format.as_deref())?;
    Ok(ExitCode::from(code))
}

/// `image inspect`, shaped like podman's.
fn image_inspect(engine: &Engine, img: &ImageRecord) -> Result<serde_json::Value> {
    let raw = engine.store.read_blob(&img.config_digest)?;
    let config: serde_json::Value =
        serde_json::from_slice(&raw).context("reading the image config")?;
    let lower: Vec<String> = img
        .layers
        .iter()
        .rev()
        .filter_map(|l| engine.store.layer_diff(&l.chain_id))
        .map(|p| p.display().to_string())
        .collect();
    let cfg = config
        .get("config")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    Ok(serde_json::json!({
        "Id": img.id,
        "Digest": img.digest,
        "RepoTags": img.names,
        "RepoDigests": img.repo_digests,
        "Parent": "",
        "Comment": config.get("comment").cloned().unwrap_or_else(|| "".into()),
        "Created": img.created,
        "Config": cfg,
        "Version": config.get("docker_version").cloned().unwrap_or_else(|| "".into()),
        "Author": config.get("author").cloned().unwrap_or_else(|| "".into()),
        "Architecture": config.get("architecture").cloned().unwrap_or_default(),
        "Variant": config.get("variant").cloned().unwrap_or_else(|| "".into()),
        "Os": config.get("os").cloned().unwrap_or_default(),
        "Size": img.size,
        "VirtualSize": img.size,
        "GraphDriver": {"Name": "overlay", "Data": {"LowerDir": lower.join(":")}},
        "RootFS": {"Type": "layers", "Layers": img.layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>()},
        "Labels": cfg.get("Labels").cloned().unwrap_or(serde_json::Value::Null),
        "Annotations": {},
        "ManifestType": img.manifest_media_type,
        "User": cfg.get("User").cloned().unwrap_or_else(|| "".into()),
        "History": config.get("history").cloned().unwrap_or_else(|| serde_json::json!([])),
        "NamesHistory": img.names,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_at_the_tag_not_the_port() {
        assert_eq!(
            split_name("127.0.0.1:5000/library/busybox:latest"),
            ("127.0.0.1:5000/library/busybox".into(), "latest".into())
        );
        assert_eq!(
            split_name("localhost:5000/x"),
            ("localhost:5000/x".into(), "<none>".into())
        );
        assert!(name_matches_repo(
            "127.0.0.1:5000/library/busybox:latest",
            "busybox"
        ));
        assert!(name_matches_repo(
            "127.0.0.1:5000/library/busybox:1.0",
            "busybox:1.0"
        ));
        assert!(!name_matches_repo(
            "127.0.0.1:5000/library/busybox:1.0",
            "busybox:latest"
        ));
    }
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// At most this many results per registry
    #[arg(long, default_value_t = 25)]
    pub limit: usize,
    /// List the tags of the named repository instead
    #[arg(long)]
    pub list_tags: bool,
    /// JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate the output
    #[arg(long)]
    pub no_trunc: bool,
    /// stars=N, is-official=BOOL, is-automated=BOOL (a registry's catalogue has no stars
    /// and nothing official or automated: only Docker Hub's search has them)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Show the stars, official and automated columns, as docker does
    #[arg(long)]
    pub compatible: bool,
    #[command(flatten)]
    pub remote: RemoteArgs,
    /// REGISTRY/TERM, or TERM to search every registry in registries.conf
    pub term: String,
}

pub fn search(a: SearchArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    // REGISTRY/TERM when the first part looks like a host, as in image names.
    let (registries, term) = match a.term.split_once('/') {
        Some((host, rest)) if host.contains(['.', ':']) || host == "localhost" => {
            (vec![host.to_string()], rest.to_string())
        }
        _ => (engine.registries.search_registries(), a.term.clone()),
    };
    if a.list_tags && term.is_empty() {
        bail!("--list-tags needs a repository name");
    }
    let mut min_stars = 0u64;
    let mut official = None;
    let mut automated = None;
    for f in &a.filter {
        let bool_of = |v: &str| -> Result<bool> {
            v.parse()
                .map_err(|_| anyhow::anyhow!("invalid filter {f:?}: want true or false"))
        };
        match f.split_once('=') {
            Some(("stars", v)) => {
                min_stars = v
                    .parse()
                    .map_err(|_| anyhow::anyhow!("invalid filter {f:?}: stars= takes a number"))?
            }
            Some(("is-official", v)) => official = Some(bool_of(v)?),
            Some(("is-automated", v)) => automated = Some(bool_of(v)?),
            _ => bail!("invalid filter type {f:?}: want stars=, is-official= or is-automated="),
        }
    }
    if a.list_tags && !a.filter.is_empty() {
        bail!("filters are not applicable to list tags result");
    }
    let opts = a.remote.pull_options(true);
    let mut hits = Vec::new();
    let mut failed = 0;
    for r in &registries {
        match pull::search(&engine, r, &term, a.list_tags, a.limit, &opts) {
            Ok(h) => hits.extend(h),
            Err(e) => {
                eprintln!("Error: {r}: {e}");
                failed += 1;
            }
        }
    }
    if failed == registries.len() {
        return Ok(ExitCode::from(125));
    }
    // A catalogue's repositories have no stars and are neither official nor automated.
    let keep = min_stars == 0 && official != Some(true) && automated != Some(true);
    let rows: Vec<serde_json::Value> = hits
        .iter()
        .filter(|_| keep)
        .map(|h| {
            let mut v = serde_json::to_value(h).expect("hits serialize");
            v["Description"] = "".into();
            v["Stars"] = 0.into();
            v["Official"] = "".into();
            v["Automated"] = "".into();
            v
        })
        .collect();
    let (table, headers): (&str, &[(&str, &str)]) = if a.list_tags {
        (
            "table {{.Name}}\t{{.Tag}}",
            &[("Name", "NAME"), ("Tag", "TAG")],
        )
    } else if a.compatible {
        (
            "table {{.Name}}\t{{.Description}}\t{{.Stars}}\t{{.Official}}\t{{.Automated}}",
            &[
                ("Name", "NAME"),
                ("Description", "DESCRIPTION"),
                ("Stars", "STARS"),
                ("Official", "OFFICIAL"),
                ("Automated", "AUTOMATED"),
            ],
        )
    } else {
        (
            "table {{.Name}}\t{{.Description}}",
            &[("Name", "NAME"), ("Description", "DESCRIPTION")],
        )
    };
    ListFormat {
        format: a.format.as_deref(),
        default_table: table,
        headers,
        no_heading: false,
    }
    .print(&rows, || serde_json::Value::Array(rows.clone()))?;
    // Like podman: an error only when no registry could answer.
    Ok(ExitCode::SUCCESS)
}
