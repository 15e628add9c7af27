//! `build`: a Containerfile turned into an image. Each stage starts from an image (or
//! `scratch`, or an earlier stage); RUN steps run in a rootless container of the stage and
//! their overlay upper directory becomes a layer; COPY/ADD build their layer as a tar straight
//! from the context (never following a link out of it). Every step is cached, keyed on its
//! parent, its text and its inputs, so an unchanged rebuild reuses everything and yields the
//! same image ID.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Engine;
use super::Error;
use super::archive::{self, qualified, record_image, tar_write};
use super::commit::{layers_of, store_new_layer};
use super::error::IoAt;
use super::pull::layer::ImportedLayer;
use super::pull::{self, PullOptions};
use super::run::{self, PullPolicy, RunOptions};
use crate::image::config_json as cj;
use crate::image::containerfile::{self, Instruction};
use crate::image::manifest;
use crate::runtime::spec::{NetworkMode, SpecFlags};
use crate::store::images::ImageRecord;
use crate::store::now_rfc3339;

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

/// A stage being built.
#[derive(Clone)]
struct Stage {
    name: Option<String>,
    config: Value,
    layers: Vec<ImportedLayer>,
    /// The cache key of the state so far.
    key: String,
    /// ARGs declared in this stage, with their values.
    args: BTreeMap<String, String>,
    /// How many layers came with the base image (`--squash` leaves those alone).
    base_layers: usize,
}

impl Stage {
    fn env(&self) -> Vec<String> {
        cj::strings(&self.config["config"]["Env"])
    }

    /// What `$VAR` means in this stage: its ARGs, overridden by its ENV.
    fn vars(&self) -> BTreeMap<String, String> {
        let mut v = self.args.clone();
        for e in self.env() {
            if let Some((k, val)) = e.split_once('=') {
                v.insert(k.to_string(), val.to_string());
            }
        }
        v
    }

    fn shell(&self) -> Vec<String> {
        Some(cj::strings(&self.config["config"]["Shell"]))
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()])
    }

    fn workdir(&self) -> String {
        self.config["config"]["WorkingDir"]
            .as_str()
            .filter(|w| !w.is_empty())
            .unwrap_or("/")
            .to_string()
    }
}

/// A cached step: the config after it, and the layer it made (if any).
#[derive(Serialize, Deserialize)]
struct CacheEntry {
    config: Value,
    layer: Option<CachedLayer>,
}

#[derive(Serialize, Deserialize)]
struct CachedLayer {
    digest: String,
    diff_id: String,
    chain_id: String,
    blob_size: u64,
    size: u64,
}

fn hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    hex::encode(h.finalize())
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

    fn cached(&self, key: &str) -> Option<CacheEntry> {
        if self.opts.no_cache {
            return None;
        }
        let e: CacheEntry = serde_json::from_slice(
            &std::fs::read(self.cache_dir.join(format!("{key}.json"))).ok()?,
        )
        .ok()?;
        // A layer that was removed since (rmi, prune) makes the entry useless.
        if let Some(l) = &e.layer
            && !(self.engine.store.has_layer(&l.chain_id)
                && self
                    .engine
                    .store
                    .blob_path(&l.digest)
                    .is_some_and(|p| p.exists()))
        {
            return None;
        }
        Some(e)
    }

    fn remember(&self, key: &str, config: &Value, layer: Option<&ImportedLayer>) {
        let e = CacheEntry {
            config: config.clone(),
            layer: layer.map(|l| CachedLayer {
                digest: l.digest.clone(),
                diff_id: l.diff_id.clone(),
                chain_id: l.chain_id.clone(),
                blob_size: l.blob_size,
                size: l.size,
            }),
        };
        let _ = crate::store::fsutil::write_atomic(
            &self.cache_dir.join(format!("{key}.json")),
            &serde_json::to_vec(&e).expect("json serializes"),
        );
    }

    /// Runs a step through the cache: `inputs` (file contents, build args) are part of the
    /// key; `make` produces the new config and layer on a miss.
    fn cached_step(
        &mut self,
        text: &str,
        inputs: &str,
        make: impl FnOnce(&mut Self) -> Result<(Value, Option<ImportedLayer>), Error>,
    ) -> Result<(), Error> {
        let parent = self.stage()?.key.clone();
        let key = hash(&[&parent, text, inputs]);
        if let Some(hit) = self.cached(&key) {
            self.say("--> Using cache");
            let st = self.stage()?;
            st.config = hit.config;
            if let Some(l) = hit.layer {
                st.layers.push(ImportedLayer {
                    digest: l.digest,
                    diff_id: l.diff_id,
                    chain_id: l.chain_id,
                    blob_size: l.blob_size,
                    size: l.size,
                });
            }
            st.key = key;
            return Ok(());
        }
        let (mut config, layer) = make(self)?;
        let created = now_rfc3339();
        let mut entry = json!({"created": created, "created_by": text});
        match &layer {
            Some(l) => cj::add_layer(&mut config, &l.diff_id),
            None => entry["empty_layer"] = json!(true),
        }
        cj::add_history(&mut config, entry);
        config["created"] = json!(created);
        self.remember(&key, &config, layer.as_ref());
        let st = self.stage()?;
        st.config = config;
        if let Some(l) = layer {
            st.layers.push(l);
        }
        st.key = key;
        Ok(())
    }

    fn step(&mut self, ins: &Instruction) -> Result<(), Error> {
        match ins.keyword.as_str() {
            "FROM" => self.from(ins),
            "ARG" => self.arg(ins),
            "RUN" => self.run(ins),
            "COPY" | "ADD" => self.copy(ins),
            "ONBUILD" => {
                let trigger = ins.args.clone();
                containerfile::parse(&trigger).map_err(|e| invalid(e.to_string()))?;
                self.config_step(ins, move |c, _| {
                    let mut list = c["config"]["OnBuild"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default();
                    list.push(json!(trigger));
                    c["config"]["OnBuild"] = json!(list);
                    Ok(())
                })
            }
            _ => self.metadata(ins),
        }
    }

    /// A step that changes only the config.
    fn config_step(
        &mut self,
        ins: &Instruction,
        change: impl FnOnce(&mut Value, &Stage) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let vars = self.stage()?.vars();
        let text = format!(
            "/bin/sh -c #(nop) {}",
            containerfile::substitute(&ins.text(), &vars)
        );
        self.cached_step(&text, "", |b| {
            let st = b.stage()?.clone();
            let mut config = st.config.clone();
            if !config["config"].is_object() {
                config["config"] = json!({});
            }
            change(&mut config, &st)?;
            Ok((config, None))
        })
    }

    fn from(&mut self, ins: &Instruction) -> Result<(), Error> {
        let ws = containerfile::words(&containerfile::substitute(&ins.args, &self.global_args));
        let (image, name) = match ws.as_slice() {
            [i] => (i.clone(), None),
            [i, as_, n] if as_.eq_ignore_ascii_case("as") => (i.clone(), Some(n.clone())),
            _ => return Err(invalid("want FROM IMAGE [AS NAME]")),
        };
        let base = if image == "scratch" {
            let p = manifest::Platform::host();
            Stage {
                name,
                config: json!({"architecture": p.architecture, "os": p.os, "config": {}, "rootfs": {"type": "layers", "diff_ids": []}, "history": []}),
                layers: vec![],
                key: hash(&["scratch"]),
                args: BTreeMap::new(),
                base_layers: 0,
            }
        } else if let Some(prev) = self
            .stages
            .iter()
            .find(|s| s.name.as_deref() == Some(image.as_str()))
        {
            Stage {
                name,
                args: BTreeMap::new(),
                base_layers: prev.layers.len(),
                ..prev.clone()
            }
        } else {
            let img = self.base_image(&image)?;
            // The stored config is the engine's own data: unreadable means a damaged store.
            let config: Value =
                serde_json::from_slice(&self.engine.store.read_blob(&img.config_digest)?)
                    .map_err(|e| Error::System(e.to_string()))?;
            let layers = layers_of(self.engine, &img);
            Stage {
                name,
                config,
                base_layers: layers.len(),
                layers,
                key: hash(&["image", &img.id]),
                args: BTreeMap::new(),
            }
        };
        let triggers: Vec<String> = base.config["config"]["OnBuild"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        self.stages.push(base);
        if !triggers.is_empty() {
            // The triggers run now, and are not inherited further.
            self.stage()?.config["config"]["OnBuild"] = Value::Null;
            for t in triggers {
                self.say(&format!("ONBUILD {t}"));
                for i in containerfile::parse(&t).map_err(|e| invalid(e.to_string()))? {
                    self.step(&i)?;
                }
            }
        }
        Ok(())
    }

    fn base_image(&mut self, name: &str) -> Result<ImageRecord, Error> {
        let e = self.engine;
        let found = e.find_image(name);
        match (self.opts.pull, found) {
            (PullPolicy::Never, f) => Ok(f?),
            (PullPolicy::Missing, Ok(img)) => Ok(img),
            _ => Ok(pull::pull(e, name, &self.opts.pull_options)?),
        }
    }

    fn arg(&mut self, ins: &Instruction) -> Result<(), Error> {
        let in_stage = !self.stages.is_empty();
        for w in containerfile::words(&ins.args) {
            let (name, default) = match w.split_once('=') {
                Some((n, d)) => (n.to_string(), Some(d.to_string())),
                None => (w.clone(), None),
            };
            let value = self
                .opts
                .build_args
                .get(&name)
                .cloned()
                .or_else(|| {
                    let vars = if in_stage {
                        self.stages.last().map(|s| s.vars()).unwrap_or_default()
                    } else {
                        self.global_args.clone()
                    };
                    default
                        .as_deref()
                        .map(|d| containerfile::substitute(d, &vars))
                })
                .or_else(|| {
                    if in_stage {
                        self.global_args.get(&name).cloned()
                    } else {
                        None
                    }
                })
                .unwrap_or_default();
            if in_stage {
                self.stage()?.args.insert(name, value);
            } else {
                self.global_args.insert(name, value);
            }
        }
        Ok(())
    }

    fn metadata(&mut self, ins: &Instruction) -> Result<(), Error> {
        let vars = self.stage()?.vars();
        let sub = |s: &str| containerfile::substitute(s, &vars);
        let kw = ins.keyword.clone();
        let args = ins.args.clone();
        let json_args = ins.json_args();
        let flags = ins.flags.clone();
        self.config_step(ins, move |c, st| {
            let cfg = &mut c["config"];
            match kw.as_str() {
                "ENV" => cj::set_env(
                    cfg,
                    containerfile::pairs(&args)
                        .map_err(|e| invalid(e.to_string()))?
                        .into_iter()
                        .map(|(k, v)| (k, sub(&v))),
                ),
                "LABEL" => cj::set_labels(
                    cfg,
                    containerfile::pairs(&args)
                        .map_err(|e| invalid(e.to_string()))?
                        .into_iter()
                        .map(|(k, v)| (sub(&k), sub(&v))),
                ),
                "WORKDIR" => {
                    let w = sub(&args);
                    let full = if w.starts_with('/') {
                        w
                    } else {
                        format!("{}/{}", st.workdir().trim_end_matches('/'), w)
                    };
                    cfg["WorkingDir"] = json!(full);
                }
                "USER" => cfg["User"] = json!(sub(&args)),
                "STOPSIGNAL" => cfg["StopSignal"] = json!(sub(&args)),
                "EXPOSE" => cj::expose(cfg, containerfile::words(&sub(&args))),
                "VOLUME" => cj::add_volumes(
                    cfg,
                    json_args
                        .clone()
                        .unwrap_or_else(|| containerfile::words(&sub(&args))),
                ),
                "CMD" | "ENTRYPOINT" => {
                    let value = match &json_args {
                        Some(v) => json!(v),
                        None => {
                            let mut v = st.shell();
                            v.push(args.clone());
                            json!(v)
                        }
                    };
                    if kw == "CMD" {
                        cfg["Cmd"] = value;
                    } else {
                        cfg["Entrypoint"] = value;
                        // As in Docker: a new ENTRYPOINT resets an inherited CMD.
                        cfg["Cmd"] = Value::Null;
                    }
                }
                "SHELL" => {
                    let v = json_args.clone().filter(|v| !v.is_empty()).ok_or_else(|| {
                        invalid("SHELL needs the JSON form: SHELL [\"/bin/sh\", \"-c\"]")
                    })?;
                    cfg["Shell"] = json!(v);
                }
                "MAINTAINER" => c["author"] = json!(sub(&args)),
                "HEALTHCHECK" => {
                    let rest = args.trim();
                    if rest.eq_ignore_ascii_case("NONE") {
                        cfg["Healthcheck"] = json!({"Test": ["NONE"]});
                    } else {
                        let cmd = rest
                            .strip_prefix("CMD")
                            .or_else(|| rest.strip_prefix("cmd"))
                            .ok_or_else(|| {
                                invalid(
                                    "want HEALTHCHECK [OPTIONS] CMD command, or HEALTHCHECK NONE",
                                )
                            })?
                            .trim();
                        let test = match serde_json::from_str::<Vec<String>>(cmd) {
                            Ok(v) => std::iter::once("CMD".to_string())
                                .chain(v)
                                .collect::<Vec<_>>(),
                            Err(_) => vec!["CMD-SHELL".into(), cmd.to_string()],
                        };
                        let mut h = json!({"Test": test});
                        for (k, v) in &flags {
                            let key = match k.as_str() {
                                "interval" => "Interval",
                                "timeout" => "Timeout",
                                "start-period" => "StartPeriod",
                                "start-interval" => "StartInterval",
                                "retries" => {
                                    h["Retries"] = json!(v.parse::<u64>().map_err(|_| invalid(
                                        format!("--retries={v}: not a number")
                                    ))?);
                                    continue;
                                }
                                other => {
                                    return Err(invalid(format!(
                                        "unknown HEALTHCHECK option --{other}"
                                    )));
                                }
                            };
                            h[key] = json!(
                                duration_ns(v)
                                    .ok_or_else(|| invalid(format!("--{k}={v}: not a duration")))?
                            );
                        }
                        cfg["Healthcheck"] = h;
                    }
                }
                other => return Err(invalid(format!("{other} is not supported"))),
            }
            Ok(())
        })
    }

    fn run(&mut self, ins: &Instruction) -> Result<(), Error> {
        if let Some((k, _)) = ins.flags.first() {
            return Err(invalid(format!("RUN --{k} is not supported")));
        }
        let st = self.stage()?.clone();
        let argv = match ins.json_args() {
            Some(v) if !v.is_empty() => v,
            _ => {
                let mut v = st.shell();
                v.push(ins.args.clone());
                v
            }
        };
        // Build args reach RUN as environment (below ENV), and are part of the cache key.
        let arg_env: Vec<String> = st.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let text = format!("/bin/sh -c {}", ins.args);
        let inputs = arg_env.join("\n");
        self.cached_step(&text, &inputs, move |b| {
            let layer = b.run_container(&st, &argv, &arg_env)?;
            Ok((st.config.clone(), Some(layer)))
        })
    }

    /// Runs `argv` in a container of the stage's current state and turns its changes into a
    /// layer.
    fn run_container(
        &mut self,
        st: &Stage,
        argv: &[String],
        arg_env: &[String],
    ) -> Result<ImportedLayer, Error> {
        let engine = self.engine;
        let config_bytes = serde_json::to_vec(&st.config).expect("json serializes");
        // The base image's config, as stored, with the steps' changes.
        let config =
            manifest::parse_config(&config_bytes).map_err(|e| Error::System(e.to_string()))?;
        let image = ImageRecord {
            id: String::new(),
            digest: String::new(),
            manifest_media_type: String::new(),
            index_digest: None,
            config_digest: String::new(),
            names: vec![],
            repo_digests: vec![],
            layers: st
                .layers
                .iter()
                .map(|l| crate::store::images::ImageLayer {
                    chain_id: l.chain_id.clone(),
                    diff_id: l.diff_id.clone(),
                    digest: l.digest.clone(),
                    media_type: String::new(),
                    size: l.blob_size,
                })
                .collect(),
            size: 0,
            created: None,
            stored: now_rfc3339(),
        };
        if image.layers.is_empty() {
            return Err(invalid(
                "RUN needs a base image with a shell (this stage is FROM scratch)",
            ));
        }
        let opts = RunOptions {
            image: "build".into(),
            flags: SpecFlags {
                base_env: arg_env.to_vec(),
                command: vec![],
                entrypoint: Some(serde_json::to_string(argv).expect("json serializes")),
                ..Default::default()
            },
            name: None,
            hostname: None,
            remove: false,
            network: self.opts.network,
            interactive: false,
            pull: PullPolicy::Never,
            pull_options: self.opts.pull_options.clone(),
            replace: false,
            sig_proxy: true,
            stop_signal: None,
            stop_timeout: None,
            mounts: vec![],
            read_only: false,
            security: Default::default(),
            restart: String::new(),
            init: false,
            labels: BTreeMap::new(),
            health: run::HealthFlags {
                disabled: true,
                ..Default::default()
            },
            keep_id: false,
            ports: vec![],
            publish_all: false,
            dns: vec![],
            dns_search: vec![],
            dns_options: vec![],
            add_hosts: vec![],
            network_container: None,
            netns_path: None,
            network_name: None,
            extra_networks: vec![],
            network_options: vec![],
            network_aliases: vec![],
            pod: None,
            mac_address: None,
            log_driver: None,
            // A build step gets no cgroup of its own (it has no limits) and tells systemd
            // nothing.
            cgroups: run::CgroupConfig {
                mode: crate::process::cgroup::Mode::Disabled,
                ..Default::default()
            },
            sdnotify: run::SdNotify::Ignore,
            files: Default::default(),
            create_command: vec![],
        };
        let rec = run::create_from(engine, &opts, &image, &config)?;
        let status = run::start_foreground(engine, &rec, true);
        let upper = engine.store.container_dir(&rec.id).join("upper");
        let result = match status {
            Ok(0) => {
                let parent = st.layers.last().map(|l| l.chain_id.clone());
                store_new_layer(engine, parent.as_deref(), |out| {
                    archive::tree_tar(&upper, out, true, archive::MOUNT_TARGETS)
                })
            }
            // The Containerfile's command failed, not the engine.
            Ok(code) => Err(invalid(format!("the command exited with status {code}"))),
            Err(e) => Err(e),
        };
        crate::net::stop_helpers_waiting(
            &engine.store.container_dir(&rec.id).join("userdata"),
            crate::net::Wait::ForPorts,
        );
        // The step's own error comes first; a step container that can't be removed is one too.
        let removed = engine
            .owner()
            .map_err(Error::from)
            .and_then(|o| Ok(engine.store.delete_container(o, &rec.id)?));
        result.and_then(|r| removed.map(|()| r))
    }

    fn copy(&mut self, ins: &Instruction) -> Result<(), Error> {
        let st = self.stage()?.clone();
        let vars = st.vars();
        let is_add = ins.keyword == "ADD";
        for (k, _) in &ins.flags {
            if !matches!(k.as_str(), "from" | "chown" | "chmod" | "link") {
                return Err(invalid(format!("{} --{k} is not supported", ins.keyword)));
            }
        }
        let list = ins
            .json_args()
            .unwrap_or_else(|| containerfile::words(&containerfile::substitute(&ins.args, &vars)));
        let list: Vec<String> = list
            .iter()
            .map(|w| containerfile::substitute(w, &vars))
            .collect();
        if list.len() < 2 {
            return Err(invalid("want SOURCE... DEST"));
        }
        let (srcs, dest) = list.split_at(list.len() - 1);
        let dest = &dest[0];
        let joined = if dest.starts_with('/') {
            dest.clone()
        } else {
            format!("{}/{}", st.workdir().trim_end_matches('/'), dest)
        };
        // Clean (`./`, `..` clamped at the root), so that no path is emitted twice.
        let dest_abs = format!("/{}", clean_relative(&joined).unwrap_or_default().display());
        let dest_is_dir =
            dest.ends_with('/') || dest.ends_with("/.") || dest == "." || srcs.len() > 1;
        let chown = match ins.flag("chown") {
            Some(c) => Some(self.owner(&st, &containerfile::substitute(c, &vars))?),
            None => None,
        };
        let chmod = match ins.flag("chmod") {
            Some(m) => Some(
                u32::from_str_radix(m, 8)
                    .map_err(|_| invalid(format!("--chmod={m}: want an octal mode")))?,
            ),
            None => None,
        };
        // Where the files come from: the context, an earlier stage, or an image.
        let from = ins
            .flag("from")
            .map(|f| containerfile::substitute(f, &vars));
        let mut mounted: Option<MountedRoot> = None;
        let root = match &from {
            None => self.context.clone(),
            Some(f) => {
                let known = self
                    .stages
                    .iter()
                    .find(|s| s.name.as_deref() == Some(f.as_str()))
                    .or_else(|| f.parse::<usize>().ok().and_then(|i| self.stages.get(i)))
                    .map(|s| s.layers.clone());
                let layers = match known {
                    Some(l) => l,
                    None => {
                        let img = self.base_image(f)?;
                        layers_of(self.engine, &img)
                    }
                };
                let m = MountedRoot::mount(self.engine, &layers)?;
                let p = m.path.clone();
                mounted = Some(m);
                p
            }
        };
        let in_context = from.is_none();
        // Gather what to copy; the inputs hash is part of the cache key.
        let mut items: Vec<(PathBuf, String)> = Vec::new();
        for s in srcs {
            if is_add && (s.starts_with("http://") || s.starts_with("https://")) {
                return Err(invalid(format!(
                    "ADD {s}: remote sources are not supported; download it and COPY it"
                )));
            }
            let found = self.sources(&root, s, in_context)?;
            if found.is_empty() {
                return Err(invalid(format!(
                    "{s}: no such file or directory in the {}",
                    if in_context {
                        "build context"
                    } else {
                        "source stage"
                    }
                )));
            }
            items.extend(found.into_iter().map(|p| (p, s.clone())));
        }
        let mut h = Sha256::new();
        for (p, _) in &items {
            hash_tree(&root, p, &mut h, in_context.then_some(&self.ignore))?;
        }
        let inputs = format!("{}|{:?}|{:?}", hex::encode(h.finalize()), chown, chmod);
        let text = format!("/bin/sh -c #(nop) {} {}", ins.keyword, list.join(" "));
        let ignore = self.ignore.clone();
        let dest_dirs = self.dest_parents(&st, &dest_abs, dest_is_dir);
        let result = self.cached_step(&text, &inputs, move |b| {
            let parent = st.layers.last().map(|l| l.chain_id.clone());
            let layer = store_new_layer(b.engine, parent.as_deref(), |out| {
                let mut tar = tar::Builder::new(out);
                tar.follow_symlinks(false);
                for (dir, meta) in &dest_dirs {
                    let mut hd = tar::Header::new_gnu();
                    hd.set_entry_type(tar::EntryType::Directory);
                    hd.set_size(0);
                    hd.set_mode(meta.0);
                    hd.set_uid(meta.1 as u64);
                    hd.set_gid(meta.2 as u64);
                    hd.set_mtime(meta.3);
                    tar.append_data(&mut hd, dir, std::io::empty())
                        .map_err(tar_write)?;
                }
                for (src, _) in &items {
                    let rel_dest = dest_abs.trim_start_matches('/').to_string();
                    let full_src = root.join(src);
                    let meta = std::fs::symlink_metadata(&full_src).at(&full_src)?;
                    let extract_tar = is_add && meta.is_file() && is_tar(&full_src);
                    if extract_tar {
                        add_tar_entries(&mut tar, &full_src, &rel_dest, chown)?;
                    } else if meta.is_dir() {
                        append_tree(
                            &mut tar,
                            &root,
                            src,
                            &rel_dest,
                            chown,
                            chmod,
                            in_context.then_some(&ignore),
                        )?;
                    } else {
                        let target = if dest_is_dir {
                            format!(
                                "{}/{}",
                                rel_dest.trim_end_matches('/'),
                                src.file_name()
                                    .map(|n| n.to_string_lossy().into_owned())
                                    .unwrap_or_default()
                            )
                        } else {
                            rel_dest.clone()
                        };
                        append_one(&mut tar, &full_src, &target, chown, chmod)?;
                    }
                }
                tar.into_inner()
                    .map_err(tar_write)?
                    .flush()
                    .map_err(tar_write)
            })?;
            Ok((st.config.clone(), Some(layer)))
        });
        drop(mounted);
        result
    }

    /// `--chown USER[:GROUP]`: numbers, or names looked up in the stage's passwd and group.
    fn owner(&self, st: &Stage, spec: &str) -> Result<(u32, u32), Error> {
        let read = |p: &str| read_in_layers(self.engine, &st.layers, p).unwrap_or_default();
        let u = crate::runtime::users::resolve(spec, &read("etc/passwd"), &read("etc/group"))
            .map_err(|e| invalid(e.to_string()))?;
        Ok((u.uid, u.gid))
    }

    /// The directories on the way to `dest`, as the stage has them (so COPY into /tmp keeps
    /// /tmp's mode), or 0755 root for those it lacks.
    fn dest_parents(
        &self,
        st: &Stage,
        dest: &str,
        dest_is_dir: bool,
    ) -> Vec<(String, (u32, u32, u32, u64))> {
        use std::os::unix::fs::MetadataExt;
        let comps: Vec<&str> = dest.split('/').filter(|c| !c.is_empty()).collect();
        let upto = if dest_is_dir {
            comps.len()
        } else {
            comps.len().saturating_sub(1)
        };
        let mut out = Vec::new();
        for i in 1..=upto {
            let rel = comps[..i].join("/");
            let meta = st
                .layers
                .iter()
                .rev()
                .filter_map(|l| self.engine.store.layer_diff(&l.chain_id))
                .find_map(|d| {
                    std::fs::symlink_metadata(d.join(&rel))
                        .ok()
                        .filter(|m| m.is_dir())
                })
                .map(|m| (m.mode() & 0o7777, m.uid(), m.gid(), m.mtime().max(0) as u64))
                .unwrap_or((0o755, 0, 0, 0));
            out.push((format!("{rel}/"), meta));
        }
        out
    }

    /// The files a COPY source names: a path or a glob, inside `root`, minus ignored ones.
    fn sources(&self, root: &Path, pattern: &str, in_context: bool) -> Result<Vec<PathBuf>, Error> {
        let rel = clean_relative(pattern)
            .ok_or_else(|| invalid(format!("{pattern}: outside the build context")))?;
        if !pattern.contains(['*', '?', '[']) {
            if rel.as_os_str().is_empty() {
                return Ok(vec![PathBuf::new()]);
            }
            // Resolved inside the root: a symlink on the way can't lead out.
            let fd = crate::inroot::open_any(
                &root_fd(root)?,
                &rel.to_string_lossy(),
                crate::inroot::IN_ROOT,
            );
            return match fd {
                Ok(fd) => {
                    let link = PathBuf::from(format!(
                        "/proc/self/fd/{}",
                        std::os::fd::AsRawFd::as_raw_fd(&fd)
                    ));
                    let real = std::fs::read_link(&link).at(&link)?;
                    let inside = real
                        .strip_prefix(root)
                        .map_err(|_| invalid(format!("{pattern}: outside the build context")))?
                        .to_path_buf();
                    if in_context && self.ignore.excluded(&inside) {
                        return Ok(vec![]);
                    }
                    Ok(vec![inside])
                }
                Err(e) => {
                    crate::log::debug(format_args!("{pattern} in {}: {e}", root.display()));
                    Ok(vec![])
                }
            };
        }
        let glob = globset::GlobBuilder::new(&rel.to_string_lossy())
            .literal_separator(true)
            .build()
            .map_err(|e| invalid(e.to_string()))?
            .compile_matcher();
        let mut out = Vec::new();
        walk(root, Path::new(""), &mut |p, _| {
            if glob.is_match(p) && !(in_context && self.ignore.excluded(p)) {
                out.push(p.to_path_buf());
            }
        })?;
        out.sort();
        Ok(out)
    }

    fn finish(&mut self, stage: Stage) -> Result<ImageRecord, Error> {
        let mut config = stage.config.clone();
        if !self.opts.labels.is_empty() {
            if !config["config"].is_object() {
                config["config"] = json!({});
            }
            if !config["config"]["Labels"].is_object() {
                config["config"]["Labels"] = json!({});
            }
            for (k, v) in &self.opts.labels {
                config["config"]["Labels"][k] = json!(v);
            }
        }
        let mut layers = stage.layers.clone();
        if self.opts.squash_all && !layers.is_empty() {
            let m = MountedRoot::mount(self.engine, &layers)?;
            let root = m.path.clone();
            let layer = store_new_layer(self.engine, None, |out| {
                archive::tree_tar(&root, out, false, &[])
            })?;
            drop(m);
            config["rootfs"] = json!({"type": "layers", "diff_ids": [layer.diff_id]});
            layers = vec![layer];
        }
        if self.opts.squash && layers.len() > stage.base_layers + 1 {
            let (base, new) = layers.split_at(stage.base_layers);
            let dirs: Vec<PathBuf> = new
                .iter()
                .filter_map(|l| self.engine.store.layer_diff(&l.chain_id))
                .collect();
            let parent = base.last().map(|l| l.chain_id.clone());
            let squashed = store_new_layer(self.engine, parent.as_deref(), |out| {
                archive::squash_tar(&dirs, out)
            })?;
            let mut diff_ids: Vec<Value> = base.iter().map(|l| json!(l.diff_id)).collect();
            diff_ids.push(json!(squashed.diff_id));
            config["rootfs"] = json!({"type": "layers", "diff_ids": diff_ids});
            // The steps stay in the history; only the last one owns the squashed layer.
            if let Some(h) = config["history"].as_array_mut() {
                let owners: Vec<usize> = h
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| !e["empty_layer"].as_bool().unwrap_or(false))
                    .map(|(i, _)| i)
                    .skip(stage.base_layers)
                    .collect();
                if let Some((_, rest)) = owners.split_last() {
                    for i in rest {
                        h[*i]["empty_layer"] = json!(true);
                    }
                }
            }
            layers = base.to_vec();
            layers.push(squashed);
        }
        let created = config["created"].as_str().map(str::to_string);
        let bytes = serde_json::to_vec(&config).expect("json serializes");
        let img = record_image(self.engine, &bytes, &layers, created)?;
        let mut names = Vec::new();
        for t in &self.opts.tags {
            names.push(qualified(t, "localhost")?);
        }
        for n in &names {
            let _lock = self.engine.store.lock_records()?;
            self.engine.store.set_name(&img.id, n)?;
        }
        self.say(&format!(
            "COMMIT {}",
            names.first().map_or("", |s| s.as_str())
        ));
        self.say(&format!("--> {}", &img.id[..12]));
        for n in &names {
            self.say(&format!("Successfully tagged {n}"));
        }
        self.engine.store.event(
            "image",
            "build",
            &img.id,
            names.first().map_or("", |s| s.as_str()),
            "",
        );
        Ok(self.engine.store.image(&img.id)?)
    }
}

/// `30s`, `1m30s`, `500ms`, `2h` → nanoseconds.
fn duration_ns(s: &str) -> Option<u64> {
    let mut total: f64 = 0.0;
    let mut num = String::new();
    let mut chars = s.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let mut unit = c.to_string();
        while let Some(n) = chars.peek().filter(|n| n.is_ascii_alphabetic()) {
            unit.push(*n);
            chars.next();
        }
        let v: f64 = num.parse().ok()?;
        num.clear();
        total += v * match unit.as_str() {
            "ns" => 1.0,
            "us" | "µs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        any = true;
    }
    if !num.is_empty() {
        return None;
    }
    any.then_some(total as u64)
}

/// A relative, clean path for a COPY source; `None` if it climbs out.
fn clean_relative(p: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in Path::new(p).components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir | Component::RootDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

fn root_fd(root: &Path) -> Result<std::os::fd::OwnedFd, Error> {
    rustix::fs::open(
        root,
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )
    .map_err(std::io::Error::from)
    .at(root)
}

/// Visits every entry below `root/rel` (not following links), depth first, sorted.
fn walk(
    root: &Path,
    rel: &Path,
    f: &mut dyn FnMut(&Path, &std::fs::Metadata),
) -> Result<(), Error> {
    let dir = root.join(rel);
    let mut entries: Vec<_> = std::fs::read_dir(&dir).at(&dir)?.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = rel.join(e.file_name());
        let full = root.join(&p);
        let meta = std::fs::symlink_metadata(&full).at(&full)?;
        f(&p, &meta);
        if meta.is_dir() {
            walk(root, &p, f)?;
        }
    }
    Ok(())
}

/// Feeds names, modes, link targets and contents below `root/rel` into `h` (the COPY inputs).
fn hash_tree(
    root: &Path,
    rel: &Path,
    h: &mut Sha256,
    ignore: Option<&Ignore>,
) -> Result<(), Error> {
    use std::os::unix::fs::MetadataExt;
    let mut one = |p: &Path, meta: &std::fs::Metadata| -> Result<(), Error> {
        if ignore.is_some_and(|i| i.excluded(p)) {
            return Ok(());
        }
        h.update(p.to_string_lossy().as_bytes());
        h.update(format!("|{:o}|{}|{}|", meta.mode(), meta.uid(), meta.len()).as_bytes());
        let full = root.join(p);
        if meta.file_type().is_symlink() {
            h.update(
                std::fs::read_link(&full)
                    .at(&full)?
                    .to_string_lossy()
                    .as_bytes(),
            );
        } else if meta.is_file() {
            let mut f = std::fs::File::open(&full).at(&full)?;
            let mut buf = vec![0u8; 1 << 16];
            loop {
                let n = f.read(&mut buf).at(&full)?;
                if n == 0 {
                    break;
                }
                h.update(&buf[..n]);
            }
        }
        Ok(())
    };
    let top = root.join(rel);
    let meta = std::fs::symlink_metadata(&top).at(&top)?;
    one(rel, &meta)?;
    if meta.is_dir() {
        let mut failure = None;
        walk(root, rel, &mut |p, m| {
            if failure.is_none()
                && let Err(e) = one(p, m)
            {
                failure = Some(e);
            }
        })?;
        if let Some(e) = failure {
            return Err(e);
        }
    }
    Ok(())
}

/// One file, link or directory into the tar at `dest`, with the given owner and mode.
fn append_one<W: Write>(
    tar: &mut tar::Builder<W>,
    src: &Path,
    dest: &str,
    chown: Option<(u32, u32)>,
    chmod: Option<u32>,
) -> Result<(), Error> {
    let meta = std::fs::symlink_metadata(src).at(src)?;
    let mut h = tar::Header::new_gnu();
    h.set_metadata(&meta);
    let (uid, gid) = chown.unwrap_or((0, 0));
    h.set_uid(uid as u64);
    h.set_gid(gid as u64);
    if let Some(m) = chmod
        && !meta.file_type().is_symlink()
    {
        h.set_mode(m);
    }
    let dest = dest.trim_start_matches('/');
    if meta.file_type().is_symlink() {
        let target = std::fs::read_link(src).at(src)?;
        h.set_size(0);
        tar.append_link(&mut h, dest, target).map_err(tar_write)
    } else if meta.is_dir() {
        h.set_size(0);
        tar.append_data(
            &mut h,
            format!("{}/", dest.trim_end_matches('/')),
            std::io::empty(),
        )
        .map_err(tar_write)
    } else if meta.is_file() {
        let f = std::fs::File::open(src).at(src)?;
        tar.append_data(&mut h, dest, f).map_err(tar_write)
    } else {
        Err(invalid(format!(
            "{}: not a file, directory or symlink",
            src.display()
        )))
    }
}

/// A directory's contents (not the directory itself) into `dest`.
fn append_tree<W: Write>(
    tar: &mut tar::Builder<W>,
    root: &Path,
    rel: &Path,
    dest: &str,
    chown: Option<(u32, u32)>,
    chmod: Option<u32>,
    ignore: Option<&Ignore>,
) -> Result<(), Error> {
    let mut items = Vec::new();
    walk(root, rel, &mut |p, _| {
        if !ignore.is_some_and(|i| i.excluded(p)) {
            items.push(p.to_path_buf());
        }
    })?;
    for p in items {
        let inner = p.strip_prefix(rel).unwrap_or(&p);
        let target = format!("{}/{}", dest.trim_end_matches('/'), inner.to_string_lossy());
        append_one(tar, &root.join(&p), &target, chown, chmod)?;
    }
    Ok(())
}

/// Whether a file is a tar archive (plain, gzip or zstd): ADD unpacks those.
fn is_tar(path: &Path) -> bool {
    let mut head = [0u8; 512];
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let n = f.read(&mut head).unwrap_or(0);
    head[..n].starts_with(&[0x1f, 0x8b])
        || head[..n].starts_with(&[0x28, 0xb5, 0x2f, 0xfd])
        || (n >= 262 && &head[257..262] == b"ustar")
}

/// ADD of a local archive: its entries below `dest`. Names that climb are refused (the
/// extractor would refuse them too, but the error is clearer here).
fn add_tar_entries<W: Write>(
    tar: &mut tar::Builder<W>,
    src: &Path,
    dest: &str,
    chown: Option<(u32, u32)>,
) -> Result<(), Error> {
    let f = std::io::BufReader::new(std::fs::File::open(src).at(src)?);
    let mut buffered = f;
    let head = std::io::BufRead::fill_buf(&mut buffered).at(src)?.to_vec();
    let reader: Box<dyn Read> = if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::bufread::MultiGzDecoder::new(buffered))
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Box::new(zstd::stream::read::Decoder::with_buffer(buffered).at(src)?)
    } else {
        Box::new(buffered)
    };
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries().at(src)? {
        let mut entry = entry.at(src)?;
        let name = entry.path().at(src)?.into_owned();
        let inner = clean_relative(&name.to_string_lossy())
            .filter(|_| !name.components().any(|c| c == Component::ParentDir))
            .ok_or_else(|| {
                invalid(format!(
                    "ADD {}: member {} climbs out: refused",
                    src.display(),
                    name.display()
                ))
            })?;
        if inner.as_os_str().is_empty() {
            continue;
        }
        let mut h = entry.header().clone();
        if let Some((u, g)) = chown {
            h.set_uid(u as u64);
            h.set_gid(g as u64);
        }
        let target = format!("{}/{}", dest.trim_end_matches('/'), inner.to_string_lossy());
        let kind = h.entry_type();
        if kind == tar::EntryType::Link {
            let to = entry
                .link_name()
                .at(src)?
                .map(|l| l.into_owned())
                .unwrap_or_default();
            let to_clean = clean_relative(&to.to_string_lossy()).ok_or_else(|| {
                invalid(format!(
                    "ADD: hard link {} climbs out: refused",
                    to.display()
                ))
            })?;
            let to = format!(
                "{}/{}",
                dest.trim_end_matches('/'),
                to_clean.to_string_lossy()
            );
            tar.append_link(
                &mut h,
                target.trim_start_matches('/'),
                to.trim_start_matches('/'),
            )
            .map_err(tar_write)?;
        } else if kind == tar::EntryType::Symlink {
            let to = entry
                .link_name()
                .at(src)?
                .map(|l| l.into_owned())
                .unwrap_or_default();
            tar.append_link(&mut h, target.trim_start_matches('/'), to)
                .map_err(tar_write)?;
        } else {
            tar.append_data(&mut h, target.trim_start_matches('/'), &mut entry)
                .map_err(tar_write)?;
        }
    }
    Ok(())
}

/// A file's content as a stage's layers have it (top layer first; whiteouts ignored).
fn read_in_layers(engine: &Engine, layers: &[ImportedLayer], rel: &str) -> Option<String> {
    layers
        .iter()
        .rev()
        .filter_map(|l| engine.store.layer_diff(&l.chain_id))
        .find_map(|d| std::fs::read_to_string(d.join(rel)).ok())
}

/// A stage's (or image's) root filesystem, mounted read-only in a mount namespace of a child
/// process would be cleaner; here the build process itself enters a private mount namespace
/// once and mounts the overlay on a temporary directory, removed on drop.
struct MountedRoot {
    path: PathBuf,
    tmp: crate::store::fsutil::TempDir,
}

impl MountedRoot {
    fn mount(engine: &Engine, layers: &[ImportedLayer]) -> Result<MountedRoot, Error> {
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

/// `.containerignore` / `.dockerignore`: patterns relative to the context, `!` to re-include;
/// the last matching pattern decides, and an excluded directory excludes what is below it.
#[derive(Clone, Default)]
struct Ignore {
    rules: Vec<(globset::GlobMatcher, bool)>,
}

impl Ignore {
    fn load(context: &Path) -> Result<Ignore, Error> {
        let text = [".containerignore", ".dockerignore"]
            .iter()
            .find_map(|n| std::fs::read_to_string(context.join(n)).ok())
            .unwrap_or_default();
        let mut rules = Vec::new();
        for line in text.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (negate, pat) = match l.strip_prefix('!') {
                Some(p) => (true, p.trim()),
                None => (false, l),
            };
            let pat = clean_relative(pat)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            if pat.is_empty() {
                continue;
            }
            let m = globset::GlobBuilder::new(&pat)
                .literal_separator(true)
                .build()
                .map_err(|e| invalid(format!(".containerignore: {pat:?}: {e}")))?
                .compile_matcher();
            rules.push((m, negate));
        }
        Ok(Ignore { rules })
    }

    fn excluded(&self, rel: &Path) -> bool {
        if self.rules.is_empty() {
            return false;
        }
        // The path itself or any directory above it.
        let mut verdict = false;
        let mut prefixes: Vec<PathBuf> = rel
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .collect();
        prefixes.reverse();
        for p in prefixes {
            for (m, negate) in &self.rules {
                if m.is_match(&p) {
                    verdict = !negate;
                }
            }
        }
        verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn ignore_files_exclude_with_exceptions() {
        let d = std::env::temp_dir().join(format!(
            "gorae-ignore-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(
            d.join(".containerignore"),
            "# comment\n*.log\nsecret/\n!keep.log\nbuild/**/*.o\n",
        )
        .unwrap();
        let ig = Ignore::load(&d).unwrap();
        assert!(ig.excluded(Path::new("a.log")));
        assert!(!ig.excluded(Path::new("keep.log")));
        assert!(ig.excluded(Path::new("secret/key")));
        assert!(ig.excluded(Path::new("build/x/y.o")));
        assert!(!ig.excluded(Path::new("src/main.c")));
        assert!(
            !ig.excluded(Path::new("sub/a.log")),
            "patterns are anchored at the context"
        );
        let _ = std::fs::remove_dir_all(&d);
    }
}
