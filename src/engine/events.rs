//! The events the engine records about containers, with what podman puts in them: the
//! container's labels (the image's, then `--label`) as attributes, its pod, its exit code.

use crate::store::Store;
use crate::store::containers::ContainerRecord;
use crate::store::events::Event;

/// Records `status` (create, start, died, remove, …) for `rec`; `exit` for died.
pub fn container(store: &Store, status: &str, rec: &ContainerRecord, exit: Option<i32>) {
    if store.events_conf().none {
        return;
    }
    let mut e = Event::new("container", status, &rec.id, &rec.name);
    e.image = rec.image_name.clone();
    e.exit_code = exit;
    if let Ok(cfg) = super::run::LaunchConfig::of(rec) {
        e.attributes = Some(cfg.labels).filter(|l| !l.is_empty());
        e.pod_id = cfg.pod.unwrap_or_default();
    }
    store.record(e);
}
