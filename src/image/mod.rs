//! Images as data: references, registry configuration, credentials, manifests, layer unpacking.

pub mod auth;
pub mod config_json;
pub mod containerfile;
pub mod extract;
pub mod manifest;
pub mod reference;
pub mod registries;
pub mod signature;
pub mod trust;
