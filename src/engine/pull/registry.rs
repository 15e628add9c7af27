//! Talking to a registry: the client and credentials for one (`Access`, `Remote`), how its
//! errors read, and the requests that are not pulls: `search` and the `login` check.

use std::path::PathBuf;
use std::time::Duration;

use oci_client::client::{ClientConfig, ClientProtocol};
use oci_client::errors::OciDistributionError;
use oci_client::secrets::RegistryAuth;
use oci_client::{Client, Reference};

use super::{PullError, PullOptions, with_runtime};
use crate::engine::Engine;
use crate::image::auth::{self, Credentials};
use crate::image::registries::Endpoint;

pub(super) struct Remote {
    pub(super) client: Client,
    pub(super) auth: RegistryAuth,
    pub(super) shown: String,
}

impl Remote {
    pub(super) fn reference(&self, ep: &Endpoint, reference: &str) -> Reference {
        if reference.starts_with("sha256:") {
            Reference::with_digest(
                ep.registry.clone(),
                ep.repository.clone(),
                reference.to_string(),
            )
        } else {
            Reference::with_tag(
                ep.registry.clone(),
                ep.repository.clone(),
                reference.to_string(),
            )
        }
    }

    pub(super) fn error(&self, e: OciDistributionError) -> PullError {
        let image = self.shown.clone();
        match e {
            OciDistributionError::UnauthorizedError { .. }
            | OciDistributionError::AuthenticationFailure(_) => PullError::Unauthorized { image },
            OciDistributionError::ImageManifestNotFoundError(_) => PullError::NotFound { image },
            OciDistributionError::RegistryError { envelope, .. }
                if envelope.errors.iter().any(|e| {
                    let code = format!("{:?}", e.code);
                    code.contains("ManifestUnknown")
                        || code.contains("NameUnknown")
                        || code.contains("BlobUnknown")
                }) =>
            {
                PullError::NotFound { image }
            }
            OciDistributionError::RequestError(re)
                if re.status() == Some(http::StatusCode::UNAUTHORIZED) =>
            {
                PullError::Unauthorized { image }
            }
            OciDistributionError::RequestError(re) => {
                let mut message = format!("cannot reach the registry: {}", error_chain(&re));
                if message.contains("InvalidContentType")
                    || message.contains("wrong version number")
                {
                    message.push_str(" (it may speak plain HTTP: use --tls-verify=false or mark it insecure in registries.conf)");
                }
                PullError::Registry { image, message }
            }
            other => PullError::Registry {
                image,
                message: other.to_string(),
            },
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(next) = cur {
        s.push_str(": ");
        s.push_str(&next.to_string());
        cur = next.source();
    }
    s
}

/// How to reach one registry: HTTPS, and plain HTTP too when it is insecure; with the
/// credentials given, or those the auth files hold for it.
pub(super) struct Access {
    insecure: bool,
    auth: RegistryAuth,
}

impl Access {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        engine: &Engine,
        registry: &str,
        repository: &str,
        tls_verify: Option<bool>,
        endpoint_insecure: bool,
        creds: Option<&Credentials>,
        authfile: Option<&PathBuf>,
    ) -> Access {
        let insecure = match tls_verify {
            Some(v) => !v,
            None => endpoint_insecure || engine.registries.is_insecure(registry),
        };
        let creds = creds.cloned().or_else(|| {
            let files = match authfile {
                Some(f) => vec![f.clone()],
                None => auth::auth_files(
                    engine.paths.xdg_runtime.as_deref(),
                    &engine.paths.config_home,
                    &engine.paths.home,
                ),
            };
            auth::lookup(&files, registry, repository)
        });
        let auth = match creds {
            Some(c) => RegistryAuth::Basic(c.username, c.password),
            None => RegistryAuth::Anonymous,
        };
        Access { insecure, auth }
    }

    /// A remote per protocol to try, HTTPS first.
    pub(super) fn remotes(&self, shown: &str) -> Vec<Remote> {
        let protocols = if self.insecure {
            vec![ClientProtocol::Https, ClientProtocol::Http]
        } else {
            vec![ClientProtocol::Https]
        };
        protocols
            .into_iter()
            .map(|p| Remote {
                client: client(p, self.insecure),
                auth: self.auth.clone(),
                shown: shown.to_string(),
            })
            .collect()
    }
}

/// How long a registry may stay silent on an open connection before the request is given up
/// (and retried, as a stalled stream is transient): `GORAE_REGISTRY_READ_TIMEOUT` seconds,
/// 60 by default.
fn read_timeout() -> Duration {
    let secs = std::env::var("GORAE_REGISTRY_READ_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| *s > 0)
        .unwrap_or(60);
    Duration::from_secs(secs)
}

fn client(protocol: ClientProtocol, insecure: bool) -> Client {
    Client::new(ClientConfig {
        protocol,
        accept_invalid_certificates: insecure,
        platform_resolver: None,
        connect_timeout: Some(Duration::from_secs(30)),
        read_timeout: Some(read_timeout()),
        user_agent: concat!("gorae/", env!("CARGO_PKG_VERSION")),
        ..ClientConfig::default()
    })
}

/// One `search` result.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchHit {
    #[serde(rename = "Index")]
    pub index: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Tag")]
    pub tag: String,
}

/// `search`: the repositories of `registry` (from its catalogue) whose name contains `term`,
/// or with `list_tags` the tags of repository `term`. Registries without a catalogue (Docker
/// Hub among them) answer with an error, which is passed on.
pub fn search(
    engine: &Engine,
    registry: &str,
    term: &str,
    list_tags: bool,
    limit: usize,
    opts: &PullOptions,
) -> Result<Vec<SearchHit>, PullError> {
    let access = Access::new(
        engine,
        registry,
        term,
        opts.tls_verify,
        false,
        opts.creds.as_ref(),
        opts.authfile.as_ref(),
    );
    let shown = format!("{registry}/{term}");
    with_runtime(
        0,
        |e| PullError::Io("starting the download runtime".into(), e),
        async {
            let mut last = None;
            for remote in access.remotes(&shown) {
                let reference = Reference::with_tag(
                    registry.to_string(),
                    if term.is_empty() {
                        "x".into()
                    } else {
                        term.to_string()
                    },
                    "latest".into(),
                );
                let listed = if list_tags {
                    remote
                        .client
                        .list_tags(&reference, &remote.auth, Some(limit), None)
                        .await
                        .map(|t| {
                            t.tags
                                .into_iter()
                                .map(|tag| SearchHit {
                                    index: registry.to_string(),
                                    name: format!("{registry}/{term}"),
                                    tag,
                                })
                                .collect::<Vec<_>>()
                        })
                } else {
                    remote
                        .client
                        .catalog(&reference, &remote.auth, None, None)
                        .await
                        .map(|c| {
                            let needle = term.to_ascii_lowercase();
                            c.repositories
                                .into_iter()
                                .filter(|r| r.to_ascii_lowercase().contains(&needle))
                                .take(limit)
                                .map(|r| SearchHit {
                                    index: registry.to_string(),
                                    name: format!("{registry}/{r}"),
                                    tag: String::new(),
                                })
                                .collect::<Vec<_>>()
                        })
                };
                match listed {
                    Ok(hits) => return Ok(hits),
                    Err(e @ OciDistributionError::RequestError(_)) => last = Some(remote.error(e)),
                    Err(e) => return Err(remote.error(e)),
                }
            }
            Err(last.expect("at least one protocol is tried"))
        },
    )
}

/// `login`: checks `creds` against `registry` (a wrong password is refused by it) without
/// storing anything.
pub fn check_login(
    engine: &Engine,
    registry: &str,
    creds: &Credentials,
    tls_verify: Option<bool>,
) -> Result<(), PullError> {
    let access = Access::new(engine, registry, "", tls_verify, false, Some(creds), None);
    with_runtime(
        0,
        |e| PullError::Io("starting the runtime".into(), e),
        async {
            let mut last = None;
            for remote in access.remotes(registry) {
                // A repository that need not exist: the answer tells a good login (found or
                // unknown) from a bad one (unauthorized).
                let probe = Reference::with_tag(
                    registry.to_string(),
                    "gorae/login-check".into(),
                    "latest".into(),
                );
                match remote
                    .client
                    .list_tags(&probe, &remote.auth, Some(1), None)
                    .await
                {
                    Ok(_) => return Ok(()),
                    Err(e @ OciDistributionError::RequestError(_)) => last = Some(remote.error(e)),
                    Err(e) => {
                        return match remote.error(e) {
                            PullError::Unauthorized { .. } => Err(PullError::Unauthorized {
                                image: registry.to_string(),
                            }),
                            // Not found, or anything short of "unauthorized": the login is good.
                            _ => Ok(()),
                        };
                    }
                }
            }
            Err(last.expect("at least one protocol is tried"))
        },
    )
}
