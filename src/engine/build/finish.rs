//! The finished image: the chosen stage's config with the build's labels, its layers squashed
//! as asked (history kept), stored, tagged and announced.

use std::path::PathBuf;

use serde_json::{Value, json};

use super::Builder;
use super::mount::MountedRoot;
use super::stage::Stage;
use crate::engine::Error;
use crate::engine::archive::{self, qualified, record_image};
use crate::engine::commit::store_new_layer;
use crate::engine::pull::layer::ImportedLayer;
use crate::store::images::ImageRecord;

impl Builder<'_> {
    pub(super) fn finish(&mut self, stage: Stage) -> Result<ImageRecord, Error> {
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
            layers = self.squash_all(&layers, &mut config)?;
        }
        if self.opts.squash && layers.len() > stage.base_layers + 1 {
            layers = self.squash_new(&layers, stage.base_layers, &mut config)?;
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

    /// `--squash-all`: the whole root filesystem as the image's one layer.
    fn squash_all(
        &self,
        layers: &[ImportedLayer],
        config: &mut Value,
    ) -> Result<Vec<ImportedLayer>, Error> {
        let m = MountedRoot::mount(self.engine, layers)?;
        let root = m.path.clone();
        let layer = store_new_layer(self.engine, None, |out| {
            archive::tree_tar(&root, out, false, &[])
        })?;
        drop(m);
        config["rootfs"] = json!({"type": "layers", "diff_ids": [layer.diff_id]});
        Ok(vec![layer])
    }

    /// `--squash`: the layers above the base image's `base_layers` become one.
    fn squash_new(
        &self,
        layers: &[ImportedLayer],
        base_layers: usize,
        config: &mut Value,
    ) -> Result<Vec<ImportedLayer>, Error> {
        let (base, new) = layers.split_at(base_layers);
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
                .skip(base_layers)
                .collect();
            if let Some((_, rest)) = owners.split_last() {
                for i in rest {
                    h[*i]["empty_layer"] = json!(true);
                }
            }
        }
        let mut layers = base.to_vec();
        layers.push(squashed);
        Ok(layers)
    }
}
