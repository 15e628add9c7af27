//! RUN: the step's command in a rootless container of the stage's current state, whose
//! changes become the step's layer.

use std::collections::BTreeMap;

use super::stage::Stage;
use super::{Builder, invalid};
use crate::engine::Error;
use crate::engine::archive;
use crate::engine::commit::store_new_layer;
use crate::engine::pull::layer::ImportedLayer;
use crate::engine::run::{self, PullPolicy, RunOptions};
use crate::image::containerfile::Instruction;
use crate::image::manifest;
use crate::runtime::spec::SpecFlags;
use crate::store::images::ImageRecord;
use crate::store::now_rfc3339;

impl Builder<'_> {
    pub(super) fn run(&mut self, ins: &Instruction) -> Result<(), Error> {
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
        let image = step_image(st);
        if image.layers.is_empty() {
            return Err(invalid(
                "RUN needs a base image with a shell (this stage is FROM scratch)",
            ));
        }
        let opts = self.step_run_options(argv, arg_env);
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

    /// How a step container runs: the step's command as its entrypoint, the build args as
    /// its base environment, the build's network, no health check.
    fn step_run_options(&self, argv: &[String], arg_env: &[String]) -> RunOptions {
        RunOptions {
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
            seccomp_policy_image: false,
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
            // A build step's container gets no volumes for the image's VOLUMEs.
            settings: run::Settings {
                image_volume: run::ImageVolume::Ignore,
                ..Default::default()
            },
        }
    }
}

/// The stage's current state as an image record for the step container: its layers, no
/// ID or names (it is never stored).
fn step_image(st: &Stage) -> ImageRecord {
    ImageRecord {
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
        names_history: Vec::new(),
    }
}
