//! `build`: a Containerfile turned into an image. Each stage starts from an image (or
//! `scratch`, or an earlier stage); RUN steps run in a rootless container of the stage and
//! their overlay upper directory becomes a layer; COPY/ADD build their layer as a tar straight
//! from the context (never following a link out of it). Every step is cached, keyed on its
//! parent, its text and its inputs, so an unchanged rebuild reuses everything and yields the
//! same image ID.
//!
//! This module walks the instructions; its parts are the stages (FROM, ARG), the config-only
//! steps, RUN containers, COPY/ADD with the context's files and their tar entries, the mounted
//! source stages, the step cache, and the finished image.

mod cache;
mod context;
mod copy;
mod finish;
mod layer_tar;
mod metadata;
mod mount;
mod run;
mod stage;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use super::Engine;
use super::Error;
use super::error::IoAt;
use super::pull::PullOptions;
use super::run::PullPolicy;
use crate::image::containerfile::{self, Instruction};
use crate::runtime::spec::NetworkMode;
use crate::store::images::ImageRecord;

use context::Ignore;
use stage::Stage;

/// A Containerfile that can't be built as written.
fn invalid(why: impl Into<String>) -> Error {
    Error::Invalid(why.into())
}

/// A step's error with where it happened; the kind of failure stays what it was (a RUN
/// command that could not run is the Containerfile's fault, not the engine's, and keeps
/// build's exit code 125).
fn at_step(e: Error, ins: &Instruction) -> Error {
    let msg = format!(
        "building at STEP \"{}\" (line {}): {e}",
        ins.text(),
        ins.line
    );
    match e {
        Error::InvalidState(_) => Error::InvalidState(msg),
        Error::Exists { .. } | Error::InUse { .. } | Error::Conflict(_) => Error::Conflict(msg),
        Error::Invalid(_) | Error::NotFound { .. } | Error::Spec(_) => Error::Invalid(msg),
        e if e.child().is_some() => Error::Invalid(msg),
        _ => Error::System(msg),
    }
}

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub context: PathBuf,
    pub file: Option<PathBuf>,
    pub tags: Vec<String>,
    pub build_args: BTreeMap<String, String>,
    pub target: Option<String>,
    pub no_cache: bool,
    pub pull: PullPolicy,
    pub pull_options: PullOptions,
    pub labels: BTreeMap<String, String>,
    pub quiet: bool,
    pub network: NetworkMode,
    pub squash_all: bool,
    /// `--squash`: the layers this build adds become one.
    pub squash: bool,
}

struct Builder<'a> {
    engine: &'a Engine,
    opts: &'a BuildOptions,
    out: &'a mut dyn Write,
    context: PathBuf,
    ignore: Ignore,
    stages: Vec<Stage>,
    /// ARGs declared before the first FROM.
    global_args: BTreeMap<String, String>,
    cache_dir: PathBuf,
}

/// `build`: returns the image.
pub fn build(
    engine: &Engine,
    opts: &BuildOptions,
    out: &mut dyn Write,
) -> Result<ImageRecord, Error> {
    let context = opts
        .context
        .canonicalize()
        .map_err(|e| invalid(format!("build context {}: {e}", opts.context.display())))?;
    if !context.is_dir() {
        return Err(invalid(format!(
            "build context {} is not a directory",
            context.display()
        )));
    }
    let file = match &opts.file {
        Some(f) => f.clone(),
        None => ["Containerfile", "Dockerfile"]
            .iter()
            .map(|n| context.join(n))
            .find(|p| p.is_file())
            .ok_or_else(|| {
                invalid(format!(
                    "no Containerfile or Dockerfile in {}: use -f",
                    context.display()
                ))
            })?,
    };
    let text = std::fs::read_to_string(&file).at(&file)?;
    let instructions =
        containerfile::parse(&text).map_err(|e| invalid(format!("{}: {e}", file.display())))?;
    let ignore = Ignore::load(&context)?;
    let _gc = engine.store.lock_gc_shared()?;
    let cache_dir = engine.store.build_cache_dir();
    std::fs::create_dir_all(&cache_dir).at(&cache_dir)?;
    let mut b = Builder {
        engine,
        opts,
        out,
        context,
        ignore,
        stages: Vec::new(),
        global_args: BTreeMap::new(),
        cache_dir,
    };
    let total = instructions.len();
    for (i, ins) in instructions.iter().enumerate() {
        // --target: stop once the named stage is complete.
        if ins.keyword == "FROM"
            && let Some(t) = &opts.target
            && b.stages
                .last()
                .is_some_and(|s| s.name.as_deref() == Some(t.as_str()))
        {
            break;
        }
        b.say(&format!("STEP {}/{}: {}", i + 1, total, ins.text()));
        b.step(ins).map_err(|e| at_step(e, ins))?;
    }
    let stage = match &opts.target {
        Some(t) => b
            .stages
            .iter()
            .find(|s| s.name.as_deref() == Some(t.as_str()))
            .cloned()
            .ok_or_else(|| invalid(format!("--target {t}: no stage of that name")))?,
        None => b
            .stages
            .last()
            .cloned()
            .ok_or_else(|| invalid("the Containerfile has no FROM"))?,
    };
    b.finish(stage)
}

impl Builder<'_> {
    fn say(&mut self, line: &str) {
        if !self.opts.quiet {
            let _ = writeln!(self.out, "{line}");
            let _ = self.out.flush();
        }
    }

    fn stage(&mut self) -> Result<&mut Stage, Error> {
        self.stages
            .last_mut()
            .ok_or_else(|| invalid("an instruction before the first FROM"))
    }

    fn step(&mut self, ins: &Instruction) -> Result<(), Error> {
        match ins.keyword.as_str() {
            "FROM" => self.from(ins),
            "ARG" => self.arg(ins),
            "RUN" => self.run(ins),
            "COPY" | "ADD" => self.copy(ins),
            "ONBUILD" => self.onbuild(ins),
            _ => self.metadata(ins),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::context::clean_relative;
    use super::metadata::duration_ns;

    #[test]
    fn durations_and_relative_paths() {
        assert_eq!(duration_ns("30s"), Some(30_000_000_000));
        assert_eq!(duration_ns("1m30s"), Some(90_000_000_000));
        assert_eq!(duration_ns("500ms"), Some(500_000_000));
        assert_eq!(duration_ns("5"), None);
        assert_eq!(duration_ns("5x"), None);
        assert_eq!(clean_relative("./a/../b"), Some(PathBuf::from("b")));
        assert_eq!(clean_relative("/abs/x"), Some(PathBuf::from("abs/x")));
        assert_eq!(clean_relative("../out"), None);
        assert_eq!(clean_relative("a/../../out"), None);
    }
}
