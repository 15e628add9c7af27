//! Seccomp profiles in the Docker/OCI profile format (what `--security-opt seccomp=FILE`
//! takes), compiled to BPF with `seccompiler`. The default profile is a reviewed data file,
//! `seccomp.json`, beside this one.

use std::collections::BTreeSet;

use serde::Deserialize;

pub const DEFAULT_PROFILE: &str = include_str!("seccomp.json");

/// Why a seccomp profile could not be compiled or installed.
#[derive(Debug, thiserror::Error)]
pub enum SeccompError {
    /// The profile is not JSON in the Docker/OCI profile format.
    #[error("invalid seccomp profile: {0}")]
    Json(#[source] serde_json::Error),
    /// The profile asks for what gorae does not do: an action, several actions, argument
    /// conditions on allowed calls.
    #[error("{0}")]
    Unsupported(String),
    #[error("compiling the seccomp profile: {0}")]
    Compile(#[source] seccompiler::Error),
    #[error("installing the seccomp filter: {0}")]
    Install(#[source] seccompiler::Error),
    /// This host or the compiler: an architecture seccompiler doesn't know, an empty result.
    #[error("{0}")]
    Failed(String),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Profile {
    default_action: String,
    #[serde(default)]
    default_errno_ret: Option<u32>,
    #[serde(default)]
    syscalls: Vec<Rule>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    name: Option<String>,
    action: String,
    #[serde(default)]
    errno_ret: Option<u32>,
    #[serde(default)]
    args: Option<Vec<serde_json::Value>>,
}

fn action(a: &str, errno: Option<u32>) -> Result<serde_json::Value, SeccompError> {
    Ok(match a {
        "SCMP_ACT_ALLOW" => "allow".into(),
        "SCMP_ACT_ERRNO" => serde_json::json!({ "errno": errno.unwrap_or(libc::EPERM as u32) }),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => "kill_thread".into(),
        "SCMP_ACT_KILL_PROCESS" => "kill_process".into(),
        "SCMP_ACT_TRAP" => "trap".into(),
        "SCMP_ACT_LOG" => "log".into(),
        other => {
            return Err(SeccompError::Unsupported(format!(
                "unsupported seccomp action {other}"
            )));
        }
    })
}

/// Compiles a Docker/OCI profile. Rules must share one action (the common allow-list or
/// deny-list shape); argument conditions widen to the whole system call, which for a deny rule
/// is stricter and for an allow rule is looser — so allow rules with arguments are refused.
pub fn compile(profile: &str) -> Result<seccompiler::BpfProgram, SeccompError> {
    let p: Profile = serde_json::from_str(profile).map_err(SeccompError::Json)?;
    let mismatch = action(&p.default_action, p.default_errno_ret)?;
    let mut match_action = None;
    let mut names = BTreeSet::new();
    for r in &p.syscalls {
        let a = action(&r.action, r.errno_ret)?;
        if a == mismatch {
            continue;
        }
        if r.args.as_ref().is_some_and(|v| !v.is_empty()) && a == "allow" {
            return Err(SeccompError::Unsupported(
                "seccomp profiles with argument conditions on allowed calls are not supported"
                    .into(),
            ));
        }
        match &match_action {
            None => match_action = Some(a),
            Some(m) if *m == a => {}
            Some(_) => {
                return Err(SeccompError::Unsupported(
                    "seccomp profiles with more than one non-default action are not supported"
                        .into(),
                ));
            }
        }
        names.extend(r.names.iter().cloned());
        names.extend(r.name.iter().cloned());
    }
    let match_action = match_action.unwrap_or_else(|| mismatch.clone());
    // seccompiler knows this architecture's system calls by name; names of other
    // architectures (profiles list them all) are dropped.
    let mut names: Vec<String> = names.into_iter().collect();
    loop {
        let filter: Vec<serde_json::Value> = names
            .iter()
            .map(|n| serde_json::json!({ "syscall": n }))
            .collect();
        let doc = serde_json::json!({ "gorae": { "mismatch_action": mismatch, "match_action": match_action, "filter": filter } });
        let text = doc.to_string();
        match seccompiler::compile_from_json(
            text.as_bytes(),
            std::env::consts::ARCH
                .try_into()
                .map_err(|_| SeccompError::Failed("unsupported architecture for seccomp".into()))?,
        ) {
            Ok(mut map) => {
                return map.remove("gorae").ok_or_else(|| {
                    SeccompError::Failed("seccomp compiler returned nothing".into())
                });
            }
            Err(e) => {
                let msg = e.to_string();
                // "Invalid syscall name: NAME for given arch: ARCH."
                let unknown = msg
                    .split("Invalid syscall name: ")
                    .nth(1)
                    .and_then(|rest| rest.split(" for given arch").next())
                    .and_then(|bad| names.iter().position(|n| n == bad));
                match unknown {
                    Some(i) => {
                        names.remove(i);
                    }
                    None => return Err(SeccompError::Compile(e)),
                }
            }
        }
    }
}

/// Like [`compile`], with the result kept in `cache_dir` (the user's private runtime dir):
/// compiling costs about a millisecond, a tenth of a container start.
pub fn compile_cached(
    profile: &str,
    cache_dir: &std::path::Path,
) -> Result<seccompiler::BpfProgram, SeccompError> {
    let key = crate::store::sha256_hex(
        format!(
            "{}\0{}\0{profile}",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::ARCH
        )
        .as_bytes(),
    );
    let path = cache_dir.join(format!("seccomp-{}.bpf", &key[..16]));
    if let Ok(bytes) = std::fs::read(&path)
        && !bytes.is_empty()
        && bytes.len() % 8 == 0
    {
        return Ok(bytes
            .chunks_exact(8)
            .map(|c| seccompiler::sock_filter {
                code: u16::from_ne_bytes([c[0], c[1]]),
                jt: c[2],
                jf: c[3],
                k: u32::from_ne_bytes([c[4], c[5], c[6], c[7]]),
            })
            .collect());
    }
    let bpf = compile(profile)?;
    let mut bytes = Vec::with_capacity(bpf.len() * 8);
    for f in &bpf {
        bytes.extend_from_slice(&f.code.to_ne_bytes());
        bytes.extend_from_slice(&[f.jt, f.jf]);
        bytes.extend_from_slice(&f.k.to_ne_bytes());
    }
    let _ = crate::store::fsutil::write_atomic(&path, &bytes);
    Ok(bpf)
}

pub fn apply(bpf: &seccompiler::BpfProgram) -> Result<(), SeccompError> {
    seccompiler::apply_filter(bpf).map_err(SeccompError::Install)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_returns_the_same_program() {
        let dir = std::env::temp_dir().join(format!(
            "gorae-seccomp-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let fresh = compile_cached(DEFAULT_PROFILE, &dir).unwrap();
        let cached = compile_cached(DEFAULT_PROFILE, &dir).unwrap();
        assert_eq!(fresh, cached);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_default_profile_compiles() {
        let bpf = compile(DEFAULT_PROFILE).unwrap();
        assert!(bpf.len() > 10);
    }

    #[test]
    fn docker_style_allow_lists_compile_and_unknown_names_are_dropped() {
        let p = r#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read","write","exit_group","not_a_syscall_anywhere"],"action":"SCMP_ACT_ALLOW"}]}"#;
        assert!(compile(p).is_ok());
        let mixed = r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],"action":"SCMP_ACT_ERRNO"},{"names":["write"],"action":"SCMP_ACT_KILL"}]}"#;
        assert!(matches!(compile(mixed), Err(SeccompError::Unsupported(_))));
        assert!(matches!(compile("{"), Err(SeccompError::Json(_))));
    }
}
