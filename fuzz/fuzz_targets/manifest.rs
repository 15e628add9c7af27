//! Registry documents: manifests, indexes and image configs, under every media type gorae
//! accepts; parse or refuse.
#![no_main]
use libfuzzer_sys::fuzz_target;

use gorae::image::manifest;

const TYPES: &[&str] = &[
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "",
];

fuzz_target!(|data: &[u8]| {
    for t in TYPES {
        let _ = manifest::parse(data, t);
    }
    let _ = manifest::parse_config(data);
    let _ = manifest::layer_media_type(data);
});
