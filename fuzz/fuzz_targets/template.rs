//! `--format` Go templates: a template that parses renders (or fails) against a container-like
//! document without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(t) = gorae::cli::format::template(text) else {
        return;
    };
    let doc = serde_json::json!({
        "ID": "0123456789ab",
        "Names": ["web"],
        "State": {"Status": "running", "ExitCode": 0, "Health": null},
        "Labels": {"a": "b"},
        "Ports": [],
        "Size": 12345,
    });
    let _ = gorae::cli::format::render(&t, &doc);
});
