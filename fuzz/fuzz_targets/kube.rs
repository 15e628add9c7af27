//! Kubernetes YAML: any document is loaded into pods or refused with an error.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = gorae::frontend::kube::parse(text, &[]);
});
