//! Manifests, indexes and image configs: only the fields gorae acts on, read leniently.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const ACCEPTED: &[&str] = &[OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST];

/// Manifests, indexes and configs are small; anything larger is refused before parsing.
pub const MAX_MANIFEST_BYTES: usize = 4 << 20;

#[derive(Debug, Error)]
pub enum ManifestError {
    #[error("invalid manifest: {0}")]
    Json(#[from] serde_json::Error),
    #[error("invalid manifest: {0}")]
    Invalid(&'static str),
    #[error("unsupported manifest media type {0:?}")]
    Unsupported(String),
    #[error("no image for platform {0} in the manifest list (available: {1})")]
    NoPlatform(String, String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: String,
    pub digest: String,
    #[serde(default)]
    pub size: i64,
    #[serde(default)]
    pub platform: Option<Platform>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Platform {
    #[serde(default)]
    pub os: String,
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub variant: Option<String>,
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

impl Platform {
    pub fn host() -> Platform {
        let arch = match std::env::consts::ARCH {
            "x86_64" => "amd64",
            "aarch64" => "arm64",
            "x86" => "386",
            "powerpc64" => "ppc64le",
            other => other,
        };
        Platform {
            os: "linux".into(),
            architecture: arch.into(),
            variant: (arch == "arm64").then(|| "v8".to_string()),
        }
    }

    /// Parses `os/arch[/variant]`.
    pub fn parse(s: &str) -> Option<Platform> {
        let mut it = s.split('/');
        let os = it.next().filter(|p| !p.is_empty())?;
        let arch = it.next().filter(|p| !p.is_empty())?;
        let variant = it.next().map(str::to_string);
        if it.next().is_some() {
            return None;
        }
        Some(Platform {
            os: os.into(),
            architecture: arch.into(),
            variant,
        })
    }

    fn matches(&self, other: &Platform) -> bool {
        self.os == other.os
            && self.architecture == other.architecture
            && match (&self.variant, &other.variant) {
                (Some(want), Some(have)) => want == have,
                // arm64 images rarely state v8; an unspecified variant matches any.
                _ => true,
            }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    #[serde(default)]
    schema_version: Option<i64>,
    #[serde(default)]
    media_type: Option<String>,
    #[serde(default)]
    config: Option<Descriptor>,
    #[serde(default)]
    layers: Option<Vec<Descriptor>>,
    #[serde(default)]
    manifests: Option<Vec<Descriptor>>,
}

#[derive(Debug, Clone)]
pub enum Parsed {
    Index(Vec<Descriptor>),
    Manifest(ImageManifest),
}

#[derive(Debug, Clone)]
pub struct ImageManifest {
    pub media_type: String,
    pub config: Descriptor,
    pub layers: Vec<Descriptor>,
}

/// Parses a manifest or index. `content_type` is what the registry said; the document's own
/// `mediaType` wins when present.
/// The OCI media type of a layer blob, from its first bytes (gzip, zstd, or a plain tar).
pub fn layer_media_type(head: &[u8]) -> &'static str {
    if head.starts_with(&[0x1f, 0x8b]) {
        "application/vnd.oci.image.layer.v1.tar+gzip"
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        "application/vnd.oci.image.layer.v1.tar+zstd"
    } else {
        "application/vnd.oci.image.layer.v1.tar"
    }
}

/// The first bytes of a file (empty if it can't be read), for [`layer_media_type`].
pub fn file_head(path: &std::path::Path) -> Vec<u8> {
    use std::io::Read;
    let mut head = vec![0u8; 4];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    head.truncate(n);
    head
}

pub fn parse(data: &[u8], content_type: &str) -> Result<Parsed, ManifestError> {
    if data.len() > MAX_MANIFEST_BYTES {
        return Err(ManifestError::Invalid("larger than 4 MiB"));
    }
    reject_duplicate_keys(data)?;
    let raw: Raw = serde_json::from_slice(data)?;
    if raw.schema_version != Some(2) {
        return Err(ManifestError::Unsupported(format!(
            "schemaVersion {:?} (only schema 2 images are supported)",
            raw.schema_version
        )));
    }
    let media_type = raw
        .media_type
        .clone()
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| {
            content_type
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_string()
        });
    match (raw.layers, raw.manifests) {
        (Some(_), Some(_)) => Err(ManifestError::Invalid("has both layers and manifests")),
        (None, Some(list)) => {
            if !media_type.is_empty() && media_type != OCI_INDEX && media_type != DOCKER_LIST {
                return Err(ManifestError::Unsupported(media_type));
            }
            Ok(Parsed::Index(list))
        }
        (Some(layers), None) => {
            let config = raw
                .config
                .ok_or(ManifestError::Invalid("no config descriptor"))?;
            let media_type = if media_type.is_empty() {
                OCI_MANIFEST.to_string()
            } else {
                media_type
            };
            if media_type != OCI_MANIFEST && media_type != DOCKER_MANIFEST {
                return Err(ManifestError::Unsupported(media_type));
            }
            for d in std::iter::once(&config).chain(&layers) {
                if crate::store::digest_hex(&d.digest).is_none() {
                    return Err(ManifestError::Invalid(
                        "a descriptor's digest is not sha256:<64 hex>",
                    ));
                }
            }
            Ok(Parsed::Manifest(ImageManifest {
                media_type,
                config,
                layers,
            }))
        }
        (None, None) => Err(ManifestError::Invalid("neither layers nor manifests")),
    }
}

/// Picks the manifest for `want` from an index.
pub fn select_platform<'a>(
    list: &'a [Descriptor],
    want: &Platform,
) -> Result<&'a Descriptor, ManifestError> {
    list.iter()
        .find(|d| d.platform.as_ref().is_some_and(|p| want.matches(p)))
        .ok_or_else(|| {
            let have: Vec<String> = list
                .iter()
                .filter_map(|d| d.platform.as_ref().map(|p| p.to_string()))
                .collect();
            ManifestError::NoPlatform(want.to_string(), have.join(", "))
        })
}

/// A JSON document with a repeated key can mean different things to different parsers; refuse it.
fn reject_duplicate_keys(data: &[u8]) -> Result<(), ManifestError> {
    struct Checker;
    impl<'de> serde::de::Visitor<'de> for Checker {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut seen = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if !seen.insert(key.clone()) {
                    return Err(serde::de::Error::custom(format!("duplicate key {key:?}")));
                }
                map.next_value::<Check>()?;
            }
            Ok(())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while seq.next_element::<Check>()?.is_some() {}
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
    }
    struct Check;
    impl<'de> Deserialize<'de> for Check {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Check, D::Error> {
            d.deserialize_any(Checker).map(|_| Check)
        }
    }
    serde_json::from_slice::<Check>(data)?;
    Ok(())
}

/// The parts of an image config that running and listing need.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ImageConfig {
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(default)]
    pub variant: Option<String>,
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub config: Option<RunConfig>,
    pub rootfs: RootFs,
    #[serde(default)]
    pub history: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RunConfig {
    #[serde(default)]
    pub user: Option<String>,
    #[serde(default)]
    pub env: Option<Vec<String>>,
    #[serde(default)]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default)]
    pub cmd: Option<Vec<String>>,
    #[serde(default)]
    pub working_dir: Option<String>,
    #[serde(default)]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default)]
    pub stop_signal: Option<String>,
    #[serde(default)]
    pub exposed_ports: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub volumes: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub healthcheck: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RootFs {
    #[serde(rename = "type", default)]
    pub kind: String,
    #[serde(default)]
    pub diff_ids: Vec<String>,
}

pub fn parse_config(data: &[u8]) -> Result<ImageConfig, ManifestError> {
    if data.len() > MAX_MANIFEST_BYTES {
        return Err(ManifestError::Invalid("config larger than 4 MiB"));
    }
    reject_duplicate_keys(data)?;
    let cfg: ImageConfig = serde_json::from_slice(data)?;
    if cfg
        .rootfs
        .diff_ids
        .iter()
        .any(|d| crate::store::digest_hex(d).is_none())
    {
        return Err(ManifestError::Invalid("a diff_id is not sha256:<64 hex>"));
    }
    Ok(cfg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: char) -> String {
        format!("sha256:{}", n.to_string().repeat(64))
    }

    #[test]
    fn a_document_with_both_layers_and_manifests_is_refused() {
        let doc = format!(
            r#"{{"schemaVersion":2,"config":{{"digest":"{0}","size":1}},"layers":[],"manifests":[]}}"#,
            d('a')
        );
        assert!(matches!(
            parse(doc.as_bytes(), OCI_MANIFEST),
            Err(ManifestError::Invalid(_))
        ));
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let doc = format!(
            r#"{{"schemaVersion":2,"config":{{"digest":"{0}","digest":"{1}"}},"layers":[]}}"#,
            d('a'),
            d('b')
        );
        assert!(parse(doc.as_bytes(), OCI_MANIFEST).is_err());
    }

    #[test]
    fn path_like_digests_are_refused() {
        let doc = r#"{"schemaVersion":2,"config":{"digest":"sha256:../x"},"layers":[]}"#;
        assert!(parse(doc.as_bytes(), OCI_MANIFEST).is_err());
    }

    #[test]
    fn oversized_manifests_are_refused() {
        let big = vec![b' '; MAX_MANIFEST_BYTES + 1];
        assert!(parse(&big, OCI_MANIFEST).is_err());
    }

    #[test]
    fn index_selects_the_requested_platform() {
        let doc = format!(
            r#"{{"schemaVersion":2,"mediaType":"{OCI_INDEX}","manifests":[
              {{"digest":"{0}","platform":{{"os":"linux","architecture":"arm64"}}}},
              {{"digest":"{1}","platform":{{"os":"linux","architecture":"amd64"}}}}]}}"#,
            d('a'),
            d('b')
        );
        let Parsed::Index(list) = parse(doc.as_bytes(), "").unwrap() else {
            panic!()
        };
        let amd = Platform::parse("linux/amd64").unwrap();
        assert_eq!(select_platform(&list, &amd).unwrap().digest, d('b'));
        let arm = Platform::parse("linux/arm64/v8").unwrap();
        assert_eq!(select_platform(&list, &arm).unwrap().digest, d('a'));
        let err = select_platform(&list, &Platform::parse("linux/s390x").unwrap()).unwrap_err();
        assert!(err.to_string().contains("linux/amd64"));
    }
}
