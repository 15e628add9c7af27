//! `container clone`: a new container made from another's configuration (its limits changed
//! if asked, on another image if one is named), with volumes of its own where the other had
//! anonymous ones, and its own copies of the other's secrets.

use super::run::LaunchConfig;
use super::{Engine, Error, lifecycle};
use crate::runtime::limits::Limits;
use crate::runtime::mounts::MountKind;
use crate::store::StoreError;
use crate::store::containers::{ContainerRecord, ContainerState, RawConfig};

#[derive(Debug, Clone, Default)]
pub struct CloneOptions {
    pub name: Option<String>,
    /// Another local image for the clone.
    pub image: Option<String>,
    /// Limits over the source's.
    pub limits: Limits,
    /// The source goes once the clone exists (`--destroy`, which the caller carries out in a
    /// process of its own); a running one only with `force`.
    pub destroy: bool,
    pub force: bool,
}

impl Engine {
    /// What can be checked of a clone before it is made: the source, `--destroy` of a running
    /// one, the name, the image.
    pub fn clone_check(&self, query: &str, o: &CloneOptions) -> Result<(), Error> {
        let src = self.refresh(self.find_container(query)?);
        if LaunchConfig::of(&src)?.infra {
            return Err(Error::Invalid(format!(
                "{} is a pod's infra container: clone the pod instead",
                src.name
            )));
        }
        if o.destroy && lifecycle::is_running(&src) && !o.force {
            return Err(Error::InvalidState(format!(
                "cannot remove container {} as it is running - running or paused containers cannot be removed without force",
                src.id
            )));
        }
        if let Some(n) = &o.name {
            if !crate::runtime::names::valid_name(n) {
                return Err(Error::bad_name(n));
            }
            if let Some(c) = self.store.list_containers()?.iter().find(|c| c.name == *n) {
                return Err(StoreError::NameInUse(n.clone(), c.id.clone()).into());
            }
        }
        if let Some(i) = &o.image {
            self.find_image(i)?;
        }
        Ok(())
    }

    pub fn clone_container(&self, query: &str, o: &CloneOptions) -> Result<ContainerRecord, Error> {
        self.clone_check(query, o)?;
        let src = self.refresh(self.find_container(query)?);
        let mut cfg = LaunchConfig::of(&src)?;
        let owner = self.ensure_userns()?;
        cfg.cgroups.limits = cfg.cgroups.limits.over(&o.limits);
        // Anonymous volumes are the source's own: the clone gets new ones.
        for m in &mut cfg.mounts {
            if m.kind == MountKind::Volume && m.anonymous {
                m.source.clear();
            }
        }
        self.materialize_mounts(&mut cfg.mounts)?;
        let made: Vec<String> = cfg
            .mounts
            .iter()
            .filter(|m| m.kind == MountKind::Volume && m.anonymous)
            .map(|m| m.source.clone())
            .collect();
        let result = self.clone_record(&src, cfg, o);
        if result.is_err() {
            for v in &made {
                let _ = self.store.delete_volume(owner, v);
            }
        }
        result
    }

    /// The clone's record, created (its anonymous volumes exist), and its secrets' copies.
    fn clone_record(
        &self,
        src: &ContainerRecord,
        cfg: LaunchConfig,
        o: &CloneOptions,
    ) -> Result<ContainerRecord, Error> {
        let image = match &o.image {
            Some(i) => Some(self.find_image(i)?),
            None => None,
        };
        let store = &self.store;
        let _gc = store.lock_gc_shared()?;
        let _lock = store.lock_records()?;
        let existing = store.list_containers()?;
        let taken = |n: &str| existing.iter().any(|c| c.name == n);
        let name = match &o.name {
            Some(n) => {
                if let Some(c) = existing.iter().find(|c| c.name == *n) {
                    return Err(StoreError::NameInUse(n.clone(), c.id.clone()).into());
                }
                n.clone()
            }
            None => std::iter::once(format!("{}-clone", src.name))
                .chain((1..).map(|i| format!("{}-clone{i}", src.name)))
                .find(|n| !taken(n))
                .expect("a free name"),
        };
        let mut rec = ContainerRecord {
            id: crate::runtime::names::new_id(),
            name,
            created: crate::store::now_rfc3339(),
            state: ContainerState::Created,
            pid: None,
            monitor_pid: None,
            monitor_start: None,
            exit_code: None,
            started_at: None,
            finished_at: None,
            restart_count: 0,
            health: src
                .health
                .as_ref()
                .map(|_| serde_json::json!({"Status": "starting", "FailingStreak": 0, "Log": []})),
            config: RawConfig::of(&cfg).expect("launch configs serialize"),
            cgroup: None,
            applied_limits: None,
            ..src.clone()
        };
        if let Some(img) = image {
            rec.image_name = img.names.first().cloned().unwrap_or_else(|| img.id.clone());
            rec.image_id = img.id.clone();
            rec.layers = img.layers.iter().map(|l| l.chain_id.clone()).collect();
        }
        self.hold_claim(&rec.id, store.create_container(&rec)?);
        let from = store.container_dir(&src.id).join("userdata/secrets");
        let to = store.container_dir(&rec.id).join("userdata/secrets");
        if from.is_dir() {
            let copied = crate::store::fsutil::ensure_private_dir(&to).and_then(|()| {
                for u in &cfg.settings.secrets {
                    std::fs::copy(from.join(&u.name), to.join(&u.name))?;
                }
                Ok(())
            });
            if let Err(e) = copied {
                let _ = store.delete_container(self.owner()?, &rec.id);
                return Err(Error::io(&to, e));
            }
        }
        crate::engine::events::container(store, "create", &rec, None);
        Ok(rec)
    }
}
