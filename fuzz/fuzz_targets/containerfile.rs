//! The Containerfile parser and variable expansion: refuse or parse, never panic or loop.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;

use gorae::image::containerfile::{self, Escape};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = containerfile::parse(text);
    let vars: BTreeMap<String, String> = [("A", "x"), ("EMPTY", "")]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let _ = containerfile::expand(text, &vars, Escape::Backslash);
    let _ = containerfile::expand(text, &vars, Escape::Double);
    let _ = containerfile::words(text);
    let _ = containerfile::pairs(text);
});
