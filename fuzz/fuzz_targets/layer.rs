//! The layer extractor, on raw, gzip- and zstd-wrapped tars: whatever the archive holds,
//! nothing appears outside the destination, and a sibling canary stays untouched.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::io::Read;
use std::path::Path;

use gorae::image::extract::{self, ExtractOptions};

fn dir_entries(p: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(p)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fuzz_target!(|data: &[u8]| {
    let base = std::env::temp_dir().join(format!("gorae-fuzz-layer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let dest = base.join("root");
    std::fs::create_dir_all(&dest).unwrap();
    std::fs::write(base.join("canary"), b"canary").unwrap();
    let opts = ExtractOptions {
        // Small limits keep each run short; the limits are themselves under test.
        max_entries: 10_000,
        max_bytes: 64 << 20,
        ..ExtractOptions::default()
    };
    let reader: Box<dyn Read> = match data.first() {
        Some(0x1f) => Box::new(flate2::read::GzDecoder::new(data)),
        Some(0x28) => match zstd::stream::read::Decoder::new(data) {
            Ok(mut d) => {
                // A hostile frame may ask for a huge window; gorae caps it the same way.
                let _ = d.window_log_max(27);
                Box::new(d)
            }
            Err(_) => return,
        },
        _ => Box::new(data),
    };
    let _ = extract::extract(reader, &dest, &opts);
    assert_eq!(
        dir_entries(&base),
        ["canary", "root"],
        "something was written beside the layer's root"
    );
    assert_eq!(std::fs::read(base.join("canary")).unwrap(), b"canary");
    // Files the layer made read-only must not stop the clean-up.
    let _ = std::process::Command::new("chmod")
        .args(["-R", "u+rwX"])
        .arg(&dest)
        .status();
    let _ = std::fs::remove_dir_all(&base);
});
