//! Compose files: interpolation, the model and the checks, from text; load or refuse.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let vars: BTreeMap<String, String> = [("TAG".to_string(), "1.0".to_string())].into();
    let dir = std::path::Path::new("/nonexistent-gorae-fuzz");
    if let Ok(p) = gorae::frontend::compose::parse(text, "compose.yaml", dir, &vars, Some("fuzz")) {
        let all: Vec<String> = p.file.services.keys().cloned().collect();
        if let Ok(order) = p.ordered(&all, &all) {
            for svc in &order {
                let _ = p.up_argv(svc);
                let _ = p.networks_of(svc);
            }
        }
    }
});
