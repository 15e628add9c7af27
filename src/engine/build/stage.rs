//! The stages of a build: what a stage holds, FROM starting one (from `scratch`, an earlier
//! stage or an image, running its ONBUILD triggers), and ARG.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::cache::hash;
use super::{Builder, invalid};
use crate::engine::Error;
use crate::engine::commit::layers_of;
use crate::engine::pull;
use crate::engine::pull::layer::ImportedLayer;
use crate::engine::run::PullPolicy;
use crate::image::config_json as cj;
use crate::image::containerfile::{self, Instruction};
use crate::image::manifest;
use crate::store::images::ImageRecord;

/// A stage being built.
#[derive(Clone)]
pub(super) struct Stage {
    pub(super) name: Option<String>,
    pub(super) config: Value,
    pub(super) layers: Vec<ImportedLayer>,
    /// The cache key of the state so far.
    pub(super) key: String,
    /// ARGs declared in this stage, with their values.
    pub(super) args: BTreeMap<String, String>,
    /// How many layers came with the base image (`--squash` leaves those alone).
    pub(super) base_layers: usize,
}

impl Stage {
    pub(super) fn env(&self) -> Vec<String> {
        cj::strings(&self.config["config"]["Env"])
    }

    /// What `$VAR` means in this stage: its ARGs, overridden by its ENV.
    pub(super) fn vars(&self) -> BTreeMap<String, String> {
        let mut v = self.args.clone();
        for e in self.env() {
            if let Some((k, val)) = e.split_once('=') {
                v.insert(k.to_string(), val.to_string());
            }
        }
        v
    }

    pub(super) fn shell(&self) -> Vec<String> {
        Some(cj::strings(&self.config["config"]["Shell"]))
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()])
    }

    pub(super) fn workdir(&self) -> String {
        self.config["config"]["WorkingDir"]
            .as_str()
            .filter(|w| !w.is_empty())
            .unwrap_or("/")
            .to_string()
    }
}

impl Builder<'_> {
    pub(super) fn from(&mut self, ins: &Instruction) -> Result<(), Error> {
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

    pub(super) fn base_image(&mut self, name: &str) -> Result<ImageRecord, Error> {
        let e = self.engine;
        let found = e.find_image(name);
        match (self.opts.pull, found) {
            (PullPolicy::Never, f) => Ok(f?),
            (PullPolicy::Missing, Ok(img)) => Ok(img),
            _ => Ok(pull::pull(e, name, &self.opts.pull_options)?),
        }
    }

    pub(super) fn arg(&mut self, ins: &Instruction) -> Result<(), Error> {
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
}
