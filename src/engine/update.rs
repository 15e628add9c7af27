//! `update`: new resource limits for a running container, written into its cgroup at once and
//! kept in its record, so that its next start has them too; and a new restart policy.

use super::run::LaunchConfig;
use super::{Engine, Error, lifecycle};
use crate::runtime::limits::Limits;
use crate::store::containers::RawConfig;

/// The limits `update` could not put in force, each with why.
pub type NotInForce = Vec<(&'static str, String)>;

impl Engine {
    /// Applies `limits` (over the container's own) and `restart`; returns the limits that are
    /// not in force, with why. The record changes only once the cgroup took them.
    pub fn update_container(
        &self,
        query: &str,
        limits: &Limits,
        restart: Option<&str>,
    ) -> Result<(String, NotInForce), Error> {
        let rec = self.refresh(self.find_container(query)?);
        if let Some(r) = restart {
            super::monitor::RestartPolicy::parse(r)?;
            if rec.auto_remove && !matches!(r, "" | "no") {
                return Err(Error::Invalid(
                    "the --rm option conflicts with --restart (other than \"no\")".into(),
                ));
            }
        }
        if limits.is_empty() && restart.is_none() {
            // Nothing asked: as podman, the container as it is.
            return Ok((rec.id, Vec::new()));
        }
        let mut missing = Vec::new();
        let mut applied = None;
        if !limits.is_empty() {
            if !lifecycle::is_running(&rec) {
                return Err(Error::InvalidState(format!(
                    "container {} is {}: update changes the limits of a running container, in its cgroup (start it first)",
                    rec.name,
                    rec.state.as_str()
                )));
            }
            let Some(leaf) = rec.cgroup.as_deref() else {
                return Err(Error::InvalidState(format!(
                    "container {} has no cgroup of its own ({}), so its limits can't change",
                    rec.name,
                    crate::process::cgroup::unavailable_reason()
                        .unwrap_or_else(|| "it was started without one".into())
                )));
            };
            let (a, m) = crate::process::cgroup::update(std::path::Path::new(leaf), limits);
            let before: Limits = rec
                .applied_limits
                .as_ref()
                .and_then(|raw| serde_json::from_str(raw.text()).ok())
                .unwrap_or_default();
            applied = Some(before.over(&a));
            missing = m;
        }
        let saved = self.store.update_container(&rec.id, |c| {
            if let Ok(mut l) = LaunchConfig::of(c) {
                l.cgroups.limits = l.cgroups.limits.over(limits);
                if let Some(r) = restart {
                    l.restart = r.to_string();
                }
                if let Ok(raw) = RawConfig::of(&l) {
                    c.config = raw;
                }
            }
            if let Some(a) = &applied
                && let Ok(raw) = RawConfig::of(a)
            {
                c.applied_limits = Some(raw);
            }
        })?;
        Ok((saved.id, missing))
    }
}
