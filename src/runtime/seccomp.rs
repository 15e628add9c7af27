//! Seccomp profiles in the Docker/OCI profile format (podman's and Docker's: what
//! `--security-opt seccomp=FILE` takes), compiled to BPF with `seccompiler`. The default profile
//! is a reviewed data file, `seccomp.json`, beside this one.
//!
//! A profile is compiled for one container: its rules are chosen by the container's
//! capabilities (`includes`/`excludes` `caps`), the architecture (`arches`) and the kernel
//! (`minKernel`). The chosen rules become a stack of filters, one per action, as seccompiler
//! makes one action per filter: first the filter of the allowed calls (the profile's default
//! action for the rest), then one per other action, each allowing what it doesn't match. The
//! kernel takes the most restrictive answer of the stack, and among answers of one kind (two
//! errnos) the filter installed last: so a rule's own errno wins over the default one.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::{Value, json};

pub const DEFAULT_PROFILE: &str = include_str!("seccomp.json");

/// Why a seccomp profile could not be compiled or installed.
#[derive(Debug, thiserror::Error)]
pub enum SeccompError {
    /// The profile is not JSON in the Docker/OCI profile format.
    #[error("invalid seccomp profile: {0}")]
    Json(#[source] serde_json::Error),
    /// A field of the profile has a value gorae does not know; `field` names it
    /// (`syscalls[3].action`).
    #[error("invalid seccomp profile: {field}: {reason}")]
    Field { field: String, reason: String },
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
    /// The architectures the profile is for; gorae filters the native one only (see
    /// SECURITY.md), so these are read for validity and not otherwise used.
    #[serde(default)]
    #[allow(dead_code)]
    arch_map: Vec<ArchMap>,
    #[serde(default)]
    #[allow(dead_code)]
    architectures: Vec<String>,
    #[serde(default)]
    syscalls: Vec<Rule>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct ArchMap {
    architecture: String,
    #[serde(default)]
    sub_architectures: Vec<String>,
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
    args: Option<Vec<Arg>>,
    #[serde(default)]
    includes: Option<Filter>,
    #[serde(default)]
    excludes: Option<Filter>,
}

/// `includes`/`excludes`: a rule applies when every capability in `includes.caps` is in the
/// set, the architecture is in `includes.arches`, and the kernel is at least `minKernel`; it
/// doesn't when any capability of `excludes.caps` is in the set or the architecture is in
/// `excludes.arches`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Filter {
    #[serde(default)]
    caps: Vec<String>,
    #[serde(default)]
    arches: Vec<String>,
    #[serde(default)]
    min_kernel: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Arg {
    index: u8,
    value: u64,
    #[serde(default)]
    value_two: u64,
    op: String,
}

/// What a profile is compiled for: the container's capabilities (`CAP_…` names) and the
/// kernel it runs on.
#[derive(Debug, Clone)]
pub struct Target {
    pub caps: Vec<String>,
    /// (major, minor).
    pub kernel: (u32, u32),
    /// The architecture as profiles name it (`amd64`, `arm64`, `riscv64`).
    pub arch: &'static str,
}

impl Target {
    /// This host, for a container with `caps`.
    pub fn host(caps: Vec<String>) -> Target {
        let release = nix::sys::utsname::uname()
            .map(|u| u.release().to_string_lossy().into_owned())
            .unwrap_or_default();
        Target {
            caps,
            kernel: parse_kernel(&release).unwrap_or((0, 0)),
            arch: match std::env::consts::ARCH {
                "x86_64" => "amd64",
                "aarch64" => "arm64",
                other => other,
            },
        }
    }
}

/// `5.15.0-91-generic` → (5, 15).
fn parse_kernel(release: &str) -> Option<(u32, u32)> {
    let mut parts = release.split(|c: char| !c.is_ascii_digit());
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    Some((major, minor))
}

/// A rule's action in seccompiler's terms, ordered as the kernel ranks them (the most
/// restrictive first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Action {
    KillProcess,
    KillThread,
    Trap,
    Errno(u32),
    Trace(u32),
    Log,
    Allow,
}

impl Action {
    fn parse(a: &str, errno: Option<u32>, field: &str) -> Result<Action, SeccompError> {
        Ok(match a {
            "SCMP_ACT_ALLOW" => Action::Allow,
            "SCMP_ACT_ERRNO" => Action::Errno(errno.unwrap_or(libc::EPERM as u32)),
            "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => Action::KillThread,
            "SCMP_ACT_KILL_PROCESS" => Action::KillProcess,
            "SCMP_ACT_TRAP" => Action::Trap,
            "SCMP_ACT_LOG" => Action::Log,
            "SCMP_ACT_TRACE" => Action::Trace(errno.unwrap_or(0)),
            other => {
                return Err(SeccompError::Field {
                    field: field.to_string(),
                    reason: format!("unknown action {other}"),
                });
            }
        })
    }

    fn json(self) -> Value {
        match self {
            Action::Allow => "allow".into(),
            Action::Errno(e) => json!({ "errno": e }),
            Action::KillThread => "kill_thread".into(),
            Action::KillProcess => "kill_process".into(),
            Action::Trap => "trap".into(),
            Action::Log => "log".into(),
            Action::Trace(n) => json!({ "trace": n }),
        }
    }
}

/// One argument condition in seccompiler's JSON.
fn condition(a: &Arg, field: &str) -> Result<Value, SeccompError> {
    if a.index > 5 {
        return Err(SeccompError::Field {
            field: format!("{field}.index"),
            reason: format!("{} is not an argument index (0 to 5)", a.index),
        });
    }
    let op: Value = match a.op.as_str() {
        "SCMP_CMP_EQ" => "eq".into(),
        "SCMP_CMP_NE" => "ne".into(),
        "SCMP_CMP_LT" => "lt".into(),
        "SCMP_CMP_LE" => "le".into(),
        "SCMP_CMP_GT" => "gt".into(),
        "SCMP_CMP_GE" => "ge".into(),
        // libseccomp's form: `value` is the mask, `valueTwo` what the masked argument equals.
        "SCMP_CMP_MASKED_EQ" => json!({ "masked_eq": a.value }),
        other => {
            return Err(SeccompError::Field {
                field: format!("{field}.op"),
                reason: format!("unknown operator {other}"),
            });
        }
    };
    let val = if a.op == "SCMP_CMP_MASKED_EQ" {
        a.value_two
    } else {
        a.value
    };
    Ok(json!({ "index": a.index, "type": "qword", "op": op, "val": val }))
}

impl Filter {
    fn includes(&self, t: &Target) -> Result<bool, SeccompError> {
        let caps = self.caps.iter().all(|c| t.caps.contains(c));
        let arch = self.arches.is_empty() || self.arches.iter().any(|a| a == t.arch);
        let kernel = match &self.min_kernel {
            None => true,
            Some(k) => {
                let want = parse_kernel(k).ok_or_else(|| SeccompError::Field {
                    field: "includes.minKernel".into(),
                    reason: format!("{k:?} is not a kernel version"),
                })?;
                t.kernel >= want
            }
        };
        Ok(caps && arch && kernel)
    }

    fn excludes(&self, t: &Target) -> bool {
        self.caps.iter().any(|c| t.caps.contains(c)) || self.arches.iter().any(|a| a == t.arch)
    }
}

/// The rules of one action: per call, `None` for "whatever the arguments", or the argument
/// conditions of each rule (any of which matches).
type Calls = BTreeMap<String, Option<Vec<Vec<Value>>>>;

/// The profile's rules that apply to `t`, by action.
fn chosen(p: &Profile, t: &Target) -> Result<(Action, BTreeMap<Action, Calls>), SeccompError> {
    let default = Action::parse(&p.default_action, p.default_errno_ret, "defaultAction")?;
    let mut by_action: BTreeMap<Action, Calls> = BTreeMap::new();
    // The action of each call that has a rule without conditions: the first one decides.
    let mut decided: BTreeMap<String, Action> = BTreeMap::new();
    for (i, r) in p.syscalls.iter().enumerate() {
        let field = format!("syscalls[{i}]");
        let action = Action::parse(&r.action, r.errno_ret, &format!("{field}.action"))?;
        if let Some(inc) = &r.includes
            && !inc.includes(t)?
        {
            continue;
        }
        if r.excludes.as_ref().is_some_and(|e| e.excludes(t)) {
            continue;
        }
        let conditions = match &r.args {
            Some(args) if !args.is_empty() => Some(
                args.iter()
                    .enumerate()
                    .map(|(j, a)| condition(a, &format!("{field}.args[{j}]")))
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            _ => None,
        };
        if r.names.is_empty() && r.name.is_none() {
            return Err(SeccompError::Field {
                field: format!("{field}.names"),
                reason: "a rule names no system call".into(),
            });
        }
        for name in r.names.iter().chain(&r.name) {
            if conditions.is_none() {
                match decided.get(name) {
                    Some(a) if *a != action => continue,
                    Some(_) => {}
                    None => {
                        decided.insert(name.clone(), action);
                    }
                }
            }
            let calls = by_action.entry(action).or_default();
            match (calls.get_mut(name), &conditions) {
                (Some(None), _) => {}
                (Some(Some(list)), Some(c)) => list.push(c.clone()),
                (_, None) => {
                    calls.insert(name.clone(), None);
                }
                (None, Some(c)) => {
                    calls.insert(name.clone(), Some(vec![c.clone()]));
                }
            }
        }
    }
    by_action.remove(&default);
    Ok((default, by_action))
}

fn target_arch() -> Result<seccompiler::TargetArch, SeccompError> {
    std::env::consts::ARCH
        .try_into()
        .map_err(|_| SeccompError::Failed("unsupported architecture for seccomp".into()))
}

/// The names of `names` that seccompiler knows on this architecture (profiles name the calls
/// of every architecture; the others are left out, as libseccomp does). One compile of them
/// all stops at the first unknown name, having looked up every name before it: so the names
/// are checked in a few passes, not one compile each.
fn known_names(names: &BTreeSet<&str>, arch: seccompiler::TargetArch) -> BTreeSet<String> {
    let mut rest: Vec<&str> = names.iter().copied().collect();
    let mut known = BTreeSet::new();
    while !rest.is_empty() {
        let rules: Vec<Value> = rest.iter().map(|n| json!({ "syscall": n })).collect();
        let doc = json!({ "probe": { "mismatch_action": "allow", "match_action": "log",
            "filter": rules } });
        let unknown = match seccompiler::compile_from_json(doc.to_string().as_bytes(), arch) {
            Ok(_) => None,
            Err(e) => {
                // "Invalid syscall name: NAME for given arch: ARCH."
                let msg = e.to_string();
                let bad = msg
                    .split("Invalid syscall name: ")
                    .nth(1)
                    .and_then(|r| r.split(" for given arch").next())
                    .map(str::to_string);
                Some(bad.and_then(|b| rest.iter().position(|n| *n == b)))
            }
        };
        match unknown {
            None => {
                known.extend(rest.iter().map(|n| n.to_string()));
                break;
            }
            Some(Some(i)) => {
                known.extend(rest[..i].iter().map(|n| n.to_string()));
                rest.drain(..=i);
            }
            // Not an unknown name: nothing more to learn from a joint compile, so one name
            // at a time.
            Some(None) => {
                for n in rest.drain(..) {
                    let doc = json!({ "probe": { "mismatch_action": "allow",
                        "match_action": "log", "filter": [{ "syscall": n }] } });
                    if seccompiler::compile_from_json(doc.to_string().as_bytes(), arch).is_ok() {
                        known.insert(n.to_string());
                    }
                }
            }
        }
    }
    known
}

/// One filter: `matched` for `calls`, `otherwise` for the rest.
fn filter(
    calls: &Calls,
    matched: Action,
    otherwise: Action,
    known: &BTreeSet<String>,
    arch: seccompiler::TargetArch,
) -> Result<Option<seccompiler::BpfProgram>, SeccompError> {
    let mut rules = Vec::new();
    for (name, conditions) in calls {
        if !known.contains(name) {
            continue;
        }
        match conditions {
            None => rules.push(json!({ "syscall": name })),
            Some(list) => {
                for c in list {
                    rules.push(json!({ "syscall": name, "args": c }));
                }
            }
        }
    }
    if rules.is_empty() && matched != Action::Allow {
        return Ok(None);
    }
    let doc = json!({ "f": { "mismatch_action": otherwise.json(),
        "match_action": matched.json(), "filter": rules } });
    let mut map = seccompiler::compile_from_json(doc.to_string().as_bytes(), arch)
        .map_err(SeccompError::Compile)?;
    map.remove("f")
        .map(Some)
        .ok_or_else(|| SeccompError::Failed("seccomp compiler returned nothing".into()))
}

/// Checks a profile's format and fields for `t` without compiling it: what a user's file can
/// get wrong, found before the container is made (the compile itself is cached, at start).
pub fn check(profile: &str, t: &Target) -> Result<(), SeccompError> {
    let p: Profile = serde_json::from_str(profile).map_err(SeccompError::Json)?;
    chosen(&p, t).map(|_| ())
}

/// Compiles a Docker/OCI profile for `t`: the filters to install, in order.
pub fn compile(profile: &str, t: &Target) -> Result<Vec<seccompiler::BpfProgram>, SeccompError> {
    let p: Profile = serde_json::from_str(profile).map_err(SeccompError::Json)?;
    let (default, mut by_action) = chosen(&p, t)?;
    let arch = target_arch()?;
    let names = by_action
        .values()
        .flat_map(|c| c.keys().map(String::as_str));
    let known = known_names(&names.collect(), arch);
    let mut out = Vec::new();
    // The allowed calls first (against the default), then each other action over "allow".
    let allowed = by_action.remove(&Action::Allow).unwrap_or_default();
    if default != Action::Allow {
        out.extend(filter(&allowed, Action::Allow, default, &known, arch)?);
    }
    // By action, the least restrictive first: among errno filters, the lower errno is
    // installed later and wins where two match; every rule's errno wins over the default's.
    for (action, calls) in by_action.iter().rev() {
        out.extend(filter(calls, *action, Action::Allow, &known, arch)?);
    }
    if out.is_empty() {
        return Err(SeccompError::Failed(
            "the seccomp profile allows everything: use seccomp=unconfined".into(),
        ));
    }
    Ok(out)
}

/// Every system call name a profile mentions (for the probe tests and reports).
pub fn names(profile: &str) -> Result<BTreeSet<String>, SeccompError> {
    let p: Profile = serde_json::from_str(profile).map_err(SeccompError::Json)?;
    Ok(p.syscalls
        .iter()
        .flat_map(|r| r.names.iter().chain(&r.name).cloned())
        .collect())
}

/// Like [`compile`], with the result kept in `cache_dir` (the user's private runtime dir):
/// compiling costs milliseconds, a good part of a container start.
pub fn compile_cached(
    profile: &str,
    t: &Target,
    cache_dir: &std::path::Path,
) -> Result<Vec<seccompiler::BpfProgram>, SeccompError> {
    let key = crate::store::sha256_hex(
        format!(
            "{}\0{}\0{:?}\0{:?}\0{profile}",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::ARCH,
            t.kernel,
            t.caps,
        )
        .as_bytes(),
    );
    let path = cache_dir.join(format!("seccomp-{}.bpf", &key[..16]));
    if let Ok(bytes) = std::fs::read(&path)
        && let Some(filters) = decode(&bytes)
    {
        return Ok(filters);
    }
    let filters = compile(profile, t)?;
    let _ = crate::store::fsutil::write_atomic(&path, &encode(&filters));
    Ok(filters)
}

/// The cache file: per filter, its length in instructions (u32), then the instructions.
fn encode(filters: &[seccompiler::BpfProgram]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for bpf in filters {
        bytes.extend_from_slice(&(bpf.len() as u32).to_ne_bytes());
        for f in bpf {
            bytes.extend_from_slice(&f.code.to_ne_bytes());
            bytes.extend_from_slice(&[f.jt, f.jf]);
            bytes.extend_from_slice(&f.k.to_ne_bytes());
        }
    }
    bytes
}

fn decode(mut bytes: &[u8]) -> Option<Vec<seccompiler::BpfProgram>> {
    let mut out: Vec<seccompiler::BpfProgram> = Vec::new();
    while !bytes.is_empty() {
        let n = u32::from_ne_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        let body = bytes.get(4..4 + n.checked_mul(8)?)?;
        out.push(
            body.chunks_exact(8)
                .map(|c| seccompiler::sock_filter {
                    code: u16::from_ne_bytes([c[0], c[1]]),
                    jt: c[2],
                    jf: c[3],
                    k: u32::from_ne_bytes([c[4], c[5], c[6], c[7]]),
                })
                .collect(),
        );
        bytes = &bytes[4 + n * 8..];
    }
    (!out.is_empty() && out.iter().all(|f| !f.is_empty())).then_some(out)
}

/// Installs the filters, in order.
pub fn apply(filters: &[seccompiler::BpfProgram]) -> Result<(), SeccompError> {
    for bpf in filters {
        seccompiler::apply_filter(bpf).map_err(SeccompError::Install)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(caps: &[&str]) -> Target {
        Target {
            caps: caps.iter().map(|c| c.to_string()).collect(),
            kernel: (6, 1),
            arch: "amd64",
        }
    }

    #[test]
    fn the_cache_returns_the_same_program() {
        let dir = std::env::temp_dir().join(format!(
            "gorae-seccomp-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let t = target(&[]);
        let fresh = compile_cached(DEFAULT_PROFILE, &t, &dir).unwrap();
        let cached = compile_cached(DEFAULT_PROFILE, &t, &dir).unwrap();
        assert_eq!(fresh, cached);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_default_profile_is_an_allow_list_with_errno_filters_after_it() {
        let filters = compile(DEFAULT_PROFILE, &target(&[])).unwrap();
        // Allow-list (ENOSYS otherwise), EPERM rules, EINVAL for audit sockets.
        assert_eq!(filters.len(), 3);
        assert!(filters[0].len() > 300);
    }

    #[test]
    fn capabilities_choose_rules_and_the_first_unconditional_rule_decides() {
        let p: Profile = serde_json::from_str(DEFAULT_PROFILE).unwrap();
        let (default, plain) = chosen(&p, &target(&[])).unwrap();
        assert_eq!(default, Action::Errno(38));
        let allowed = &plain[&Action::Allow];
        let eperm = &plain[&Action::Errno(1)];
        // setns is allowed first; the later EPERM without CAP_SYS_ADMIN does not apply.
        assert!(allowed.contains_key("setns") && !eperm.contains_key("setns"));
        assert!(eperm.contains_key("sethostname") && eperm.contains_key("kcmp"));
        assert!(allowed.contains_key("ptrace") && !allowed.contains_key("io_uring_setup"));
        assert_eq!(allowed["personality"].as_ref().map(Vec::len), Some(5));
        let (_, admin) = chosen(&p, &target(&["CAP_SYS_ADMIN", "CAP_SYS_PTRACE"])).unwrap();
        assert!(admin[&Action::Allow].contains_key("sethostname"));
        assert!(admin[&Action::Allow].contains_key("kcmp"));
        assert!(!admin[&Action::Errno(1)].contains_key("sethostname"));
        // Architecture- and kernel-specific rules.
        let arm = Target {
            arch: "arm64",
            ..target(&[])
        };
        let (_, a) = chosen(&p, &arm).unwrap();
        assert!(!a[&Action::Allow].contains_key("arch_prctl"));
        let k = r#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW","includes":{"minKernel":"6.2"}}]}"#;
        let p: Profile = serde_json::from_str(k).unwrap();
        assert!(chosen(&p, &target(&[])).unwrap().1.is_empty());
    }

    #[test]
    fn docker_style_profiles_compile_and_bad_ones_name_the_field() {
        let p = r#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read","write","exit_group","not_a_syscall_anywhere"],"action":"SCMP_ACT_ALLOW"},
            {"names":["clone"],"action":"SCMP_ACT_ALLOW","args":[{"index":0,"value":2114060288,"valueTwo":0,"op":"SCMP_CMP_MASKED_EQ"}]}]}"#;
        assert_eq!(compile(p, &target(&[])).unwrap().len(), 1);
        let mixed = r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],"action":"SCMP_ACT_ERRNO"},{"names":["write"],"action":"SCMP_ACT_KILL"}]}"#;
        assert_eq!(compile(mixed, &target(&[])).unwrap().len(), 2);
        assert!(matches!(
            compile("{", &target(&[])),
            Err(SeccompError::Json(_))
        ));
        let bad = r#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"},{"names":["write"],"action":"SCMP_ACT_FROB"}]}"#;
        let checked = check(bad, &target(&[])).unwrap_err().to_string();
        let e = compile(bad, &target(&[])).unwrap_err().to_string();
        assert_eq!(checked, e, "check finds what compile finds");
        assert!(
            e.contains("syscalls[1].action") && e.contains("SCMP_ACT_FROB"),
            "{e}"
        );
        let op = r#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW","args":[{"index":0,"value":1,"op":"SCMP_CMP_SOMETIMES"}]}]}"#;
        let e = compile(op, &target(&[])).unwrap_err().to_string();
        assert!(e.contains("syscalls[0].args[0].op"), "{e}");
    }

    #[test]
    fn the_names_found_in_passes_are_those_known_one_by_one() {
        let all = names(DEFAULT_PROFILE).unwrap();
        let refs: BTreeSet<&str> = all.iter().map(String::as_str).collect();
        let arch = target_arch().unwrap();
        let known = known_names(&refs, arch);
        let one_by_one: BTreeSet<String> = all
            .iter()
            .filter(|n| {
                let doc = json!({ "p": { "mismatch_action": "allow", "match_action": "log",
                    "filter": [{ "syscall": n }] } });
                seccompiler::compile_from_json(doc.to_string().as_bytes(), arch).is_ok()
            })
            .cloned()
            .collect();
        assert_eq!(known, one_by_one);
        assert!(known.contains("read") && !known.contains("chown32"));
    }

    #[test]
    fn kernel_versions_parse() {
        assert_eq!(parse_kernel("6.1.0-28-amd64"), Some((6, 1)));
        assert_eq!(parse_kernel("5.4"), Some((5, 4)));
        assert_eq!(parse_kernel("x"), None);
    }
}
