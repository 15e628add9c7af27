//! Image references: `[registry/]repository[:tag][@digest]`, parsed without guessing.

use std::fmt;

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ReferenceError {
    #[error("invalid reference format: {0:?}: {1}")]
    Invalid(String, &'static str),
}

/// A reference as the user wrote it; `registry` is `None` for a short name like `busybox`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedRef {
    pub registry: Option<String>,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

/// A fully qualified reference: registry, repository and a tag or digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    pub registry: String,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

pub const DOCKER_HUB: &str = "docker.io";

pub fn parse(input: &str) -> Result<ParsedRef, ReferenceError> {
    let bad = |why| ReferenceError::Invalid(input.to_string(), why);
    if input.is_empty() || input.len() > 4096 {
        return Err(bad("empty or too long"));
    }
    let (rest, digest) = match input.split_once('@') {
        Some((r, d)) => {
            if crate::store::digest_hex(d).is_none() {
                return Err(bad("digest must be sha256: and 64 lowercase hex digits"));
            }
            (r, Some(d.to_string()))
        }
        None => (input, None),
    };
    // A tag is after the last ':' that follows the last '/'.
    let last_slash = rest.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (name, tag) = match rest[last_slash..].rfind(':') {
        Some(i) => (
            &rest[..last_slash + i],
            Some(rest[last_slash + i + 1..].to_string()),
        ),
        None => (rest, None),
    };
    if let Some(t) = &tag {
        let ok = !t.is_empty()
            && t.len() <= 128
            && t.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
            && !t.starts_with(['.', '-']);
        if !ok {
            return Err(bad("tag must be [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"));
        }
    }
    let (registry, repository) = match name.split_once('/') {
        Some((first, repo)) if first.contains(['.', ':']) || first == "localhost" => {
            (Some(first.to_string()), repo)
        }
        _ => (None, name),
    };
    if let Some(r) = &registry
        && !r
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
    {
        return Err(bad("registry host has invalid characters"));
    }
    validate_repository(repository).map_err(bad)?;
    Ok(ParsedRef {
        registry,
        repository: repository.to_string(),
        tag,
        digest,
    })
}

fn validate_repository(repo: &str) -> Result<(), &'static str> {
    if repo.is_empty() {
        return Err("repository name is empty");
    }
    for part in repo.split('/') {
        let ok = !part.is_empty()
            && part
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
            && part.as_bytes()[0].is_ascii_alphanumeric()
            && part.as_bytes()[part.len() - 1].is_ascii_alphanumeric();
        if !ok {
            return Err("repository must be lowercase letters, digits and separators");
        }
    }
    Ok(())
}

impl ParsedRef {
    /// Qualifies a short name with `registry`, adding `library/` on Docker Hub.
    pub fn qualify(&self, registry: &str) -> ImageRef {
        let registry = self
            .registry
            .clone()
            .unwrap_or_else(|| registry.to_string());
        let registry = match registry.as_str() {
            "index.docker.io" | "registry-1.docker.io" => DOCKER_HUB.to_string(),
            _ => registry,
        };
        let repository = if registry == DOCKER_HUB && !self.repository.contains('/') {
            format!("library/{}", self.repository)
        } else {
            self.repository.clone()
        };
        ImageRef {
            registry,
            repository,
            tag: if self.tag.is_none() && self.digest.is_none() {
                Some("latest".into())
            } else {
                self.tag.clone()
            },
            digest: self.digest.clone(),
        }
    }

    pub fn is_short(&self) -> bool {
        self.registry.is_none()
    }
}

impl ImageRef {
    /// `registry/repository`
    pub fn repo(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// The name stored on the image: `registry/repo:tag`, or `registry/repo@digest` without tag.
    pub fn name(&self) -> String {
        match (&self.tag, &self.digest) {
            (Some(t), _) => format!("{}:{t}", self.repo()),
            (None, Some(d)) => format!("{}@{d}", self.repo()),
            (None, None) => format!("{}:latest", self.repo()),
        }
    }

    /// The digest if given, else the tag: what to ask the registry for.
    pub fn reference(&self) -> &str {
        self.digest
            .as_deref()
            .or(self.tag.as_deref())
            .unwrap_or("latest")
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.repo())?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_normalise_to_docker_hub_library() {
        let r = parse("busybox").unwrap();
        assert!(r.is_short());
        assert_eq!(
            r.qualify(DOCKER_HUB).name(),
            "docker.io/library/busybox:latest"
        );
        assert_eq!(
            parse("user/app:1").unwrap().qualify(DOCKER_HUB).name(),
            "docker.io/user/app:1"
        );
    }

    #[test]
    fn registries_with_ports_and_tags_are_split_right() {
        let r = parse("127.0.0.1:5000/library/busybox:1.0").unwrap();
        assert_eq!(r.registry.as_deref(), Some("127.0.0.1:5000"));
        assert_eq!(r.repository, "library/busybox");
        assert_eq!(r.tag.as_deref(), Some("1.0"));
        let r = parse("localhost/x").unwrap();
        assert_eq!(r.qualify("docker.io").name(), "localhost/x:latest");
        let r = parse("localhost:5000/x").unwrap();
        assert_eq!(r.registry.as_deref(), Some("localhost:5000"));
        assert_eq!(r.tag, None);
    }

    #[test]
    fn digests_are_kept_and_validated() {
        let d = format!("sha256:{}", "a".repeat(64));
        let r = parse(&format!("quay.io/x/y@{d}")).unwrap();
        assert_eq!(r.qualify(DOCKER_HUB).reference(), d);
        assert!(parse("quay.io/x/y@sha256:../x").is_err());
    }

    #[test]
    fn bad_names_are_refused() {
        for bad in [
            "",
            "Busybox",
            "a//b",
            "x:",
            "x:-t",
            "-x",
            "a/b/",
            "reg.io/../x",
        ] {
            assert!(parse(bad).is_err(), "{bad} should be refused");
        }
    }
}
