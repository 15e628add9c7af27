//! `save`, `load`, `import`, `export`, `commit`, `history`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Args;

use super::format::{self, ListFormat};
use crate::engine::Engine;
use crate::engine::archive::{self, Format};
use crate::engine::commit::{self, CommitOptions};

#[derive(Debug, Args)]
pub struct SaveArgs {
    /// Write to this file (or directory, for oci-dir) instead of stdout
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// docker-archive (default), oci-archive, oci-dir or docker-dir
    #[arg(long, default_value = "docker-archive")]
    pub format: String,
    /// Save several images into one archive (always on for docker-archive and OCI)
    #[arg(short = 'm', long)]
    pub multi_image_archive: bool,
    /// Print nothing but errors
    #[arg(short, long)]
    pub quiet: bool,
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Read from this archive (or OCI layout directory) instead of stdin
    #[arg(short, long)]
    pub input: Option<PathBuf>,
    /// Print nothing but errors
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Apply a Dockerfile instruction to the image's config (CMD, ENTRYPOINT, ENV, EXPOSE,
    /// LABEL, USER, WORKDIR, VOLUME, STOPSIGNAL)
    #[arg(short, long)]
    pub change: Vec<String>,
    /// A comment for the image's history
    #[arg(short, long)]
    pub message: Option<String>,
    /// Print nothing but the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// The image's OS (default: the host's)
    #[arg(long)]
    pub os: Option<String>,
    /// The image's architecture (default: the host's)
    #[arg(long)]
    pub arch: Option<String>,
    /// The image's architecture variant (v7, v8, …)
    #[arg(long)]
    pub variant: Option<String>,
    /// The tarball (plain, gzip or zstd), or - for stdin
    pub source: String,
    /// A name for the image
    pub reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to this file instead of stdout
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    pub container: String,
}

#[derive(Debug, Args)]
pub struct CommitArgs {
    /// Apply a Dockerfile instruction to the image's config
    #[arg(short, long)]
    pub change: Vec<String>,
    /// A comment for the image's history
    #[arg(short, long)]
    pub message: Option<String>,
    /// The image's author
    #[arg(short, long)]
    pub author: Option<String>,
    /// Pause the container while committing (accepted; gorae reads its changes as they are)
    #[arg(short, long)]
    pub pause: Option<bool>,
    /// Print nothing but the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// docker or oci: the image's format (gorae writes OCI)
    #[arg(short, long)]
    pub format: Option<String>,
    /// Write the image's ID to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<std::path::PathBuf>,
    /// Make the container's volumes the image's VOLUMEs
    #[arg(long)]
    pub include_volumes: bool,
    /// One layer with the whole filesystem, not the changes on the image's layers
    #[arg(short, long)]
    pub squash: bool,
    pub container: String,
    /// A name for the image
    pub image: Option<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Print IDs only
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not truncate
    #[arg(long)]
    pub no_trunc: bool,
    /// Sizes and dates for humans (the default)
    #[arg(short = 'H', long, default_value_t = true)]
    pub human: bool,
    /// JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    pub image: String,
}

pub fn save(a: SaveArgs) -> Result<ExitCode> {
    let format = Format::parse(&a.format).map_err(anyhow::Error::msg)?;
    let engine = Engine::open_readonly()?;
    match (format, &a.output) {
        (Format::OciDir | Format::DockerDir, Some(dir)) => {
            archive::save(&engine, &a.images, format, None, Some(dir))?;
        }
        (Format::OciDir | Format::DockerDir, None) => {
            bail!("--format {} needs -o DIRECTORY", a.format)
        }
        (_, Some(path)) => archive::write_beside(path, |w| {
            archive::save(&engine, &a.images, format, Some(w), None)
        })?,
        (_, None) => {
            if std::io::stdout().is_terminal() {
                bail!("refusing to write an archive to a terminal: use -o FILE or redirect stdout");
            }
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            archive::save(&engine, &a.images, format, Some(&mut out), None)?;
        }
    }
    let to = a.output.as_ref().map_or("/dev/stdout".into(), |p| {
        std::path::absolute(p).unwrap_or_else(|_| p.clone())
    });
    for q in &a.images {
        if let Ok(img) = engine.find_image(q) {
            engine
                .store
                .event("image", "save", &img.id, &to.to_string_lossy(), "");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn load(a: LoadArgs) -> Result<ExitCode> {
    let engine = Engine::open()?;
    let loaded = match &a.input {
        Some(p) if p.is_dir() => archive::load(&engine, None, Some(p))?,
        Some(p) => {
            let mut f = std::io::BufReader::new(
                std::fs::File::open(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
            );
            archive::load(&engine, Some(&mut f), None)?
        }
        None => {
            if std::io::stdin().is_terminal() {
                bail!(
                    "cannot read from terminal, use command-line redirection or the --input flag"
                );
            }
            let mut stdin = std::io::stdin().lock();
            archive::load(&engine, Some(&mut stdin), None)?
        }
    };
    // One event for the archive, as podman records a load.
    let from = a.input.as_ref().map_or("/dev/stdin".into(), |p| {
        std::path::absolute(p).unwrap_or_else(|_| p.clone())
    });
    engine
        .store
        .event("image", "loadfromarchive", "", &from.to_string_lossy(), "");
    if !a.quiet {
        let mut out = String::new();
        for (img, names) in loaded {
            if names.is_empty() {
                out.push_str(&format!("Loaded image: sha256:{}\n", img.id));
            }
            for n in names {
                out.push_str(&format!("Loaded image: {n}\n"));
            }
        }
        format::print_stdout(&out);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn import(a: ImportArgs) -> Result<ExitCode> {
    let engine = Engine::open()?;
    let o = CommitOptions {
        name: a.reference.clone(),
        changes: a.change.clone(),
        message: a.message.clone(),
        author: None,
        os: a.os.clone(),
        arch: a.arch.clone(),
        variant: a.variant.clone(),
        ..Default::default()
    };
    let img = if a.source == "-" {
        commit::import(&engine, std::io::stdin().lock(), &o)?
    } else {
        let f = std::fs::File::open(&a.source).map_err(|e| anyhow::anyhow!("{}: {e}", a.source))?;
        commit::import(&engine, f, &o)?
    };
    format::print_stdout(&format!(
        "{}\n",
        if a.quiet {
            img.id.clone()
        } else {
            format!("sha256:{}", img.id)
        }
    ));
    Ok(ExitCode::SUCCESS)
}

pub fn export(a: ExportArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    match &a.output {
        Some(path) => {
            let tmp = path.with_file_name(format!(
                ".{}.tmp-{}",
                path.file_name()
                    .map_or("export".into(), |n| n.to_string_lossy()),
                std::process::id()
            ));
            let f = std::fs::File::create(&tmp)?;
            let result = commit::export(&engine, &a.container, &f);
            drop(f);
            match result {
                Ok(()) => std::fs::rename(&tmp, path)?,
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e.into());
                }
            }
        }
        None => {
            if std::io::stdout().is_terminal() {
                bail!("refusing to write a tarball to a terminal: use -o FILE or redirect stdout");
            }
            commit::export(&engine, &a.container, &std::io::stdout())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn commit(a: CommitArgs) -> Result<ExitCode> {
    if let Some(f) = &a.format
        && f != "oci"
        && f != "docker"
    {
        bail!("invalid --format {f:?}: want oci or docker");
    }
    let engine = Engine::open_readonly()?;
    let img = commit::commit(
        &engine,
        &a.container,
        &CommitOptions {
            name: a.image.clone(),
            changes: a.change.clone(),
            message: a.message.clone(),
            author: a.author.clone(),
            squash: a.squash,
            include_volumes: a.include_volumes,
            ..Default::default()
        },
    )?;
    if let Some(f) = &a.iidfile {
        std::fs::write(f, &img.id).map_err(|e| anyhow::anyhow!("writing {}: {e}", f.display()))?;
    }
    format::print_stdout(&format!("{}\n", img.id));
    Ok(ExitCode::SUCCESS)
}

pub fn history(a: HistoryArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let rows = archive::history(&engine, &a.image)?;
    if a.quiet {
        format::print_stdout(
            &rows
                .iter()
                .map(|r| {
                    let id = r["id"].as_str().unwrap_or("");
                    format!(
                        "{}\n",
                        if a.no_trunc || id.len() < 12 {
                            id
                        } else {
                            &id[..12]
                        }
                    )
                })
                .collect::<String>(),
        );
        return Ok(ExitCode::SUCCESS);
    }
    let shown: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            let mut v = r.clone();
            let id = r["id"].as_str().unwrap_or("").to_string();
            v["ID"] = (if a.no_trunc || id.len() < 12 {
                id.clone()
            } else {
                id[..12].to_string()
            })
            .into();
            v["Created"] = format::since(r["created"].as_str()).into();
            let by = r["createdBy"].as_str().unwrap_or("").to_string();
            v["CreatedBy"] = (if a.no_trunc || by.chars().count() <= 45 {
                by
            } else {
                format!("{}...", by.chars().take(42).collect::<String>())
            })
            .into();
            v["Size"] = format::human_size(r["size"].as_u64().unwrap_or(0)).into();
            v["Comment"] = r["comment"].clone();
            v
        })
        .collect();
    ListFormat {
        format: a.format.as_deref(),
        default_table: "table {{.ID}}\t{{.Created}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}",
        headers: &[
            ("ID", "ID"),
            ("Created", "CREATED"),
            ("CreatedBy", "CREATED BY"),
            ("Size", "SIZE"),
            ("Comment", "COMMENT"),
        ],
        no_heading: false,
    }
    .print(&shown, || serde_json::Value::Array(rows.clone()))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Name the image (repeatable)
    #[arg(short, long)]
    pub tag: Vec<String>,
    /// The Containerfile (default: Containerfile or Dockerfile in the context)
    #[arg(short, long)]
    pub file: Option<PathBuf>,
    /// Set a build argument (NAME=VALUE, or NAME to take it from the environment)
    #[arg(long, value_name = "NAME=VALUE")]
    pub build_arg: Vec<String>,
    /// Stop after this stage
    #[arg(long)]
    pub target: Option<String>,
    /// Do not use the step cache
    #[arg(long)]
    pub no_cache: bool,
    /// Pull base images: always, missing (default), never, newer; bare --pull is always
    #[arg(long, num_args = 0..=1, default_missing_value = "always", require_equals = true)]
    pub pull: Option<String>,
    /// Cache intermediate layers (gorae always does; --layers=false is accepted)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub layers: Option<bool>,
    /// Squash every layer, the base image's too, into one
    #[arg(long)]
    pub squash_all: bool,
    /// Squash the layers this build adds into one (the base image's stay)
    #[arg(long, conflicts_with = "squash_all")]
    pub squash: bool,
    /// Add a label to the image (KEY=VALUE)
    #[arg(long)]
    pub label: Vec<String>,
    /// The platform: only the host's is built
    #[arg(long)]
    pub platform: Option<String>,
    /// Network for RUN steps: pasta (default), slirp4netns, host, none
    #[arg(long)]
    pub network: Option<String>,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// Write the image ID to this file
    #[arg(long)]
    pub iidfile: Option<PathBuf>,
    /// How to reach the registry of base images
    #[command(flatten)]
    pub remote: super::image::RemoteArgs,
    /// The build context: a directory, or - for a tar on stdin
    #[arg(default_value = ".")]
    pub context: String,
}

pub fn build(a: BuildArgs) -> Result<ExitCode> {
    use crate::engine::build::{self, BuildOptions};
    use crate::engine::run::PullPolicy;
    if let Some(p) = &a.platform {
        let host = crate::image::manifest::Platform::host();
        let want = crate::image::manifest::Platform::parse(p)
            .ok_or_else(|| anyhow::anyhow!("invalid --platform {p:?}: want OS/ARCH[/VARIANT]"))?;
        if want.os != host.os || want.architecture != host.architecture {
            bail!(
                "--platform {p}: gorae builds for the host only ({}/{})",
                host.os,
                host.architecture
            );
        }
    }
    let pull = match a.pull.as_deref() {
        None | Some("missing") | Some("false") => PullPolicy::Missing,
        Some("always") | Some("true") => PullPolicy::Always,
        Some("never") => PullPolicy::Never,
        Some("newer") => PullPolicy::Newer,
        Some(other) => bail!("invalid --pull {other:?}: want always, missing, never or newer"),
    };
    let mut build_args = std::collections::BTreeMap::new();
    for b in &a.build_arg {
        match b.split_once('=') {
            Some((k, v)) => build_args.insert(k.to_string(), v.to_string()),
            None => build_args.insert(b.clone(), std::env::var(b).unwrap_or_default()),
        };
    }
    let labels = format::labels(&a.label);
    let network = match a.network.as_deref() {
        None => crate::net::default_mode(),
        Some(n) => {
            let m = crate::net::parse_mode(n)?;
            if !matches!(
                m.mode,
                crate::runtime::spec::NetworkMode::Pasta
                    | crate::runtime::spec::NetworkMode::Slirp4netns
                    | crate::runtime::spec::NetworkMode::Host
                    | crate::runtime::spec::NetworkMode::None
            ) {
                bail!("--network {n}: RUN steps take pasta, slirp4netns, host or none");
            }
            m.mode
        }
    };
    let engine = Engine::open()?;
    // A tar on stdin becomes a temporary context directory (unpacked like a layer: nothing
    // in it can point outside).
    let stdin_context;
    let context = if a.context == "-" {
        let tmp = crate::store::fsutil::TempDir::new(&engine.store.tmp_dir(), "context")?;
        let dir = tmp.path().join("context");
        std::fs::create_dir(&dir)?;
        crate::image::extract::extract(
            &mut std::io::stdin().lock(),
            &dir,
            &crate::image::extract::ExtractOptions::default(),
        )
        .map_err(|e| anyhow::anyhow!("the build context on stdin: {e}"))?;
        stdin_context = Some(tmp);
        dir
    } else {
        stdin_context = None;
        PathBuf::from(&a.context)
    };
    let opts = BuildOptions {
        context,
        file: a.file.clone(),
        tags: a.tag.clone(),
        build_args,
        target: a.target.clone(),
        no_cache: a.no_cache,
        pull,
        pull_options: a.remote.pull_options(a.quiet),
        labels,
        quiet: a.quiet,
        network,
        squash_all: a.squash_all,
        squash: a.squash,
    };
    // Progress goes to stdout, as podman's does; with -q only the ID.
    let mut stdout = std::io::stdout();
    let img = build::build(&engine, &opts, &mut stdout)?;
    drop(stdin_context);
    if let Some(f) = &a.iidfile {
        std::fs::write(f, format!("sha256:{}", img.id))
            .map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
    }
    format::print_stdout(&format!("{}\n", img.id));
    Ok(ExitCode::SUCCESS)
}
