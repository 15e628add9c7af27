//! systemd units for containers and pods: `generate systemd`, and the Quadlet files
//! (`.container`, `.pod`, `.volume`, `.network`, `.kube`) that gorae, run as a systemd
//! generator, turns into units.
//!
//! A unit that creates its container (`--new`, and every Quadlet unit) runs
//! `gorae run -d --cgroups=split --sdnotify=conmon` with `Type=notify`, `NotifyAccess=all` and
//! `Delegate=yes`: the container's cgroup is made inside the unit's own, so systemd sees every
//! process, and `MAINPID` names the monitor that supervises the container.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::Engine;
use super::error::IoAt;
use super::run::LaunchConfig;
use super::{Error, Kind};
use crate::store::containers::ContainerRecord;

/// One argument of an `Exec*=` line, quoted as systemd reads it: `%` and `$` escaped, and
/// double quotes around anything with a space, quote, backslash or control character. For
/// arguments from a real command line (`generate systemd`), where `%` means itself.
pub fn exec_arg(arg: &str) -> String {
    quote(arg, true)
}

/// As [`exec_arg`], but `%` left alone: a Quadlet file's values may use systemd's specifiers
/// (`%h`, `%N`, `%t`), as podman's Quadlet passes them through.
pub fn quadlet_arg(arg: &str) -> String {
    quote(arg, false)
}

fn quote(arg: &str, escape_percent: bool) -> String {
    let mut s = String::with_capacity(arg.len() + 2);
    let needs_quotes = arg.is_empty()
        || arg
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '\\' | ';'));
    for c in arg.chars() {
        match c {
            '%' if escape_percent => s.push_str("%%"),
            '$' => s.push_str("$$"),
            '"' if needs_quotes => s.push_str("\\\""),
            '\\' if needs_quotes => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            c => s.push(c),
        }
    }
    if needs_quotes { format!("\"{s}\"") } else { s }
}

/// A whole command line, each argument quoted; continued over lines as podman writes them.
fn exec_line(args: &[String]) -> String {
    exec_line_with(args, exec_arg)
}

fn exec_line_with(args: &[String], quote: fn(&str) -> String) -> String {
    let quoted: Vec<String> = args.iter().map(|a| quote(a)).collect();
    let mut out = String::new();
    let mut width = 0;
    for (i, a) in quoted.iter().enumerate() {
        if i > 0 {
            if width + a.len() > 80 {
                out.push_str(" \\\n\t");
                width = 8;
            } else {
                out.push(' ');
                width += 1;
            }
        }
        out.push_str(a);
        width += a.len();
    }
    out
}

/// A gorae command line for a unit's `Exec…=`: this binary and `args`, quoted.
fn gorae_line(args: &[&str]) -> String {
    let mut v = vec![gorae_path()];
    v.extend(args.iter().map(|a| a.to_string()));
    exec_line(&v)
}

/// The gorae binary units run: this one.
fn gorae_path() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_string))
        .filter(|p| !p.ends_with(" (deleted)"))
        .unwrap_or_else(|| "/usr/bin/gorae".into())
}

/// `generate systemd` options.
#[derive(Debug, Clone)]
pub struct GenerateOptions {
    /// Units that create the container (and pod) at start and remove it at stop.
    pub new: bool,
    /// Name the units and refer to containers by name rather than ID.
    pub use_names: bool,
    pub restart_policy: String,
    pub restart_sec: Option<u32>,
    /// Seconds `stop` waits before killing.
    pub stop_timeout: Option<u32>,
    pub container_prefix: String,
    pub pod_prefix: String,
    pub separator: String,
    pub wants: Vec<String>,
    pub after: Vec<String>,
    pub requires: Vec<String>,
    /// The flags that take a separate value, from the command-line definition.
    pub value_flags: ValueFlags,
}

/// A unit: its file name and text.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub name: String,
    pub text: String,
}

const RESTART_POLICIES: &[&str] = &[
    "no",
    "on-success",
    "on-failure",
    "on-abnormal",
    "on-watchdog",
    "on-abort",
    "always",
];

/// Flags of `run`/`create` that take a value (as `--flag value`), so that dropping one drops
/// its value too.
const DROPPED_WITH_VALUE: &[&str] = &[
    "--name",
    "--cidfile",
    "--cgroups",
    "--sdnotify",
    "--pidfile",
    "--conmon-pidfile",
    "--pod",
];
const DROPPED_BOOL: &[&str] = &["-d", "--detach", "--rm", "--replace"];

/// The flags of the command lines gorae rewrites that take a separate value, from the
/// command-line definition: `run`'s, `pod create`'s and the global ones (`--log-level`).
#[derive(Debug, Clone, Default)]
pub struct ValueFlags {
    pub run: Vec<String>,
    pub pod_create: Vec<String>,
    pub global: Vec<String>,
}

/// Skips the program, the global options before the subcommand (with their values) and the
/// subcommand's words (`container run`, `pod create`).
fn after_subcommand<'a>(
    create: &'a [String],
    words: &[&str],
    global: &[String],
) -> std::iter::Peekable<std::slice::Iter<'a, String>> {
    let mut i = 1;
    let mut in_words = false;
    while let Some(a) = create.get(i).map(String::as_str) {
        if words.contains(&a) {
            in_words = true;
        } else if !in_words && a.starts_with('-') {
            if !a.contains('=') && global.iter().any(|g| g == a) {
                i += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    create[i.min(create.len())..].iter().peekable()
}

/// Keeps one option of an original command line (and its value, taken from `rest` when it
/// is separate), dropping `drop_bool` flags and `drop_value` flags with their values; short
/// flags may be clustered (`-dp 8080:80`).
fn keep_option(
    a: &str,
    rest: &mut std::iter::Peekable<std::slice::Iter<'_, String>>,
    value_flags: &[String],
    drop_bool: &[&str],
    drop_value: &[&str],
    out: &mut Vec<String>,
) {
    let takes_value = |f: &str| value_flags.iter().any(|v| v == f);
    if drop_bool.contains(&a) {
        return;
    }
    if drop_value.contains(&a) {
        rest.next();
        return;
    }
    if drop_value.iter().any(|f| a.starts_with(&format!("{f}="))) {
        return;
    }
    if a.starts_with("--") || a.len() <= 2 {
        out.push(a.to_string());
        if takes_value(a)
            && let Some(v) = rest.next()
        {
            out.push(v.clone());
        }
        return;
    }
    // A cluster: booleans until one that takes a value (the rest of the word, or the next).
    let mut kept = String::from("-");
    let chars: Vec<char> = a[1..].chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let flag = format!("-{c}");
        if drop_bool.contains(&flag.as_str()) {
            continue;
        }
        if takes_value(&flag) {
            let tail: String = chars[i + 1..].iter().collect();
            kept.push(*c);
            if tail.is_empty() {
                out.push(kept);
                if let Some(v) = rest.next() {
                    out.push(v.clone());
                }
            } else {
                kept.push_str(&tail);
                out.push(kept);
            }
            return;
        }
        kept.push(*c);
    }
    if kept.len() > 1 {
        out.push(kept);
    }
}

/// The original `run`/`create` command line, rewritten to start the container under a unit:
/// detached, replacing an older one of the same name, removed at the end, in the unit's cgroup.
pub fn new_run_command(
    create: &[String],
    name: &str,
    pod: Option<&str>,
    flags: &ValueFlags,
) -> Vec<String> {
    let mut out = vec![
        gorae_path(),
        "run".to_string(),
        "--cidfile=%t/%n.ctr-id".to_string(),
        "--cgroups=split".to_string(),
        "--sdnotify=conmon".to_string(),
        "-d".to_string(),
        "--replace".to_string(),
        "--rm".to_string(),
        format!("--name={name}"),
    ];
    if let Some(pod) = pod {
        out.push(format!("--pod={pod}"));
    }
    let mut rest = after_subcommand(create, &["container", "run", "create"], &flags.global);
    while let Some(a) = rest.next() {
        if a == "--" || !a.starts_with('-') {
            // The image: it and everything after it is kept as it was.
            out.push(a.clone());
            out.extend(rest.cloned());
            break;
        }
        keep_option(
            a,
            &mut rest,
            &flags.run,
            DROPPED_BOOL,
            DROPPED_WITH_VALUE,
            &mut out,
        );
    }
    out
}

/// The original `pod create` command line with the pod's name as `--name=`.
fn new_pod_create_command(create: &[String], name: &str, flags: &ValueFlags) -> Vec<String> {
    let mut out = vec![gorae_path(), "pod".into(), "create".into()];
    let mut rest = after_subcommand(create, &["pod", "create"], &flags.global);
    while let Some(a) = rest.next() {
        if !a.starts_with('-') {
            continue; // the positional name
        }
        keep_option(a, &mut rest, &flags.pod_create, &[], &["--name"], &mut out);
    }
    out.push(format!("--name={name}"));
    out
}

fn unit_header(out: &mut String, name: &str, description: &str, source: &str) {
    let _ = writeln!(out, "# {name}");
    let _ = writeln!(
        out,
        "# autogenerated by gorae {} ({source})",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "[Unit]");
    let _ = writeln!(out, "Description={description}");
    let _ = writeln!(out, "Documentation=man:gorae-generate-systemd(1)");
    let _ = writeln!(out, "Wants=network-online.target");
    let _ = writeln!(out, "After=network-online.target");
}

fn deps(out: &mut String, o: &GenerateOptions) {
    for (key, list) in [
        ("Wants", &o.wants),
        ("After", &o.after),
        ("Requires", &o.requires),
    ] {
        for v in list {
            let _ = writeln!(out, "{key}={v}");
        }
    }
}

fn check_options(o: &GenerateOptions) -> Result<(), Error> {
    if !RESTART_POLICIES.contains(&o.restart_policy.as_str()) {
        return Err(Error::Invalid(format!(
            "invalid --restart-policy {:?}: want one of {}",
            o.restart_policy,
            RESTART_POLICIES.join(", ")
        )));
    }
    Ok(())
}

fn service_common(out: &mut String, o: &GenerateOptions, stop: u32) {
    let _ = writeln!(out);
    let _ = writeln!(out, "[Service]");
    let _ = writeln!(out, "Environment=PODMAN_SYSTEMD_UNIT=%n");
    let _ = writeln!(out, "Restart={}", o.restart_policy);
    if let Some(s) = o.restart_sec {
        let _ = writeln!(out, "RestartSec={s}");
    }
    let _ = writeln!(out, "TimeoutStopSec={}", stop + 60);
}

/// The unit of one container; `pod` is the pod's unit name when it is a member.
fn container_unit(
    engine: &Engine,
    rec: &ContainerRecord,
    o: &GenerateOptions,
    pod: Option<(&str, &str)>,
) -> Result<Unit, Error> {
    let cfg = LaunchConfig::of(rec)?;
    let ident = if o.use_names { &rec.name } else { &rec.id };
    let name = format!("{}{}{}.service", o.container_prefix, o.separator, ident);
    let stop = o.stop_timeout.unwrap_or(cfg.stop_timeout);
    let mut out = String::new();
    unit_header(
        &mut out,
        &name,
        &format!("gorae {name}"),
        &format!("container {}", rec.name),
    );
    let _ = writeln!(out, "RequiresMountsFor=%t/gorae");
    if let Some((pod_unit, _)) = pod {
        let _ = writeln!(out, "BindsTo={pod_unit}");
        let _ = writeln!(out, "After={pod_unit}");
    }
    deps(&mut out, o);
    service_common(&mut out, o, stop);
    if o.new {
        if cfg.create_command.is_empty() {
            return Err(Error::Invalid(format!(
                "container {} was not created by a gorae command line (kube, compose or an \
                 older gorae): generate systemd --new can't recreate it",
                rec.name
            )));
        }
        let run = new_run_command(
            &cfg.create_command,
            &rec.name,
            pod.map(|(_, p)| p),
            &o.value_flags,
        );
        let secs = stop.to_string();
        // `%t/%n` in the cidfile argument must reach systemd unescaped.
        const CID: &str = "--cidfile=%t/%n.ctr-id";
        let start = run
            .iter()
            .map(|a| if a == CID { a.clone() } else { exec_arg(a) })
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(out, "ExecStart={start}");
        let _ = writeln!(
            out,
            "ExecStop={} {CID}",
            gorae_line(&["stop", "--ignore", "-t", &secs])
        );
        let _ = writeln!(
            out,
            "ExecStopPost={} {CID}",
            gorae_line(&["rm", "-f", "--ignore", "-t", &secs])
        );
        let _ = writeln!(out, "Type=notify");
        let _ = writeln!(out, "NotifyAccess=all");
        let _ = writeln!(out, "Delegate=yes");
        // 137 and 143: the container was killed or stopped by signal, as `stop` does.
        let _ = writeln!(out, "SuccessExitStatus=137 143");
    } else {
        let pidfile = engine
            .store
            .container_dir(&rec.id)
            .join("userdata/monitor.pid");
        let stop_line = gorae_line(&["stop", "-t", &stop.to_string(), ident]);
        let _ = writeln!(out, "ExecStart={}", gorae_line(&["start", ident]));
        let _ = writeln!(out, "ExecStop={stop_line}");
        let _ = writeln!(out, "ExecStopPost={stop_line}");
        let _ = writeln!(out, "PIDFile={}", pidfile.display());
        let _ = writeln!(out, "Type=forking");
        let _ = writeln!(out, "Delegate=yes");
        let _ = writeln!(out, "SuccessExitStatus=137 143");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "[Install]");
    let _ = writeln!(out, "WantedBy=default.target");
    Ok(Unit { name, text: out })
}

/// `generate systemd`: the unit of a container, or of a pod and each of its members.
pub fn generate(engine: &Engine, query: &str, o: &GenerateOptions) -> Result<Vec<Unit>, Error> {
    check_options(o)?;
    if let Ok(rec) = engine.find_container(query) {
        let cfg = LaunchConfig::of(&rec)?;
        if cfg.infra {
            return Err(Error::Invalid(format!(
                "{} is a pod's infra container: generate the pod's units instead",
                rec.name
            )));
        }
        if let Some(pod) = &cfg.pod {
            let pod = engine.find_pod(pod)?;
            return Err(Error::Invalid(format!(
                "container {} is in pod {}: generate the pod's units",
                rec.name, pod.name
            )));
        }
        return Ok(vec![container_unit(engine, &rec, o, None)?]);
    }
    let pod = engine
        .find_pod(query)
        .map_err(|_| Error::not_found(Kind::Container, query))?;
    let ident = if o.use_names { &pod.name } else { &pod.id };
    let pod_unit = format!("{}{}{}.service", o.pod_prefix, o.separator, ident);
    let members: Vec<ContainerRecord> = engine
        .store
        .list_containers()?
        .into_iter()
        .filter(|c| {
            LaunchConfig::of(c).is_ok_and(|cfg| !cfg.infra && cfg.pod.as_deref() == Some(&pod.id))
        })
        .collect();
    let mut units = Vec::new();
    let mut member_units = Vec::new();
    for m in &members {
        let u = container_unit(engine, m, o, Some((&pod_unit, &pod.name)))?;
        member_units.push(u.name.clone());
        units.push(u);
    }
    let stop = o.stop_timeout.unwrap_or(10);
    let rm_line = gorae_line(&["pod", "rm", "-f", "--ignore", &pod.name]);
    let mut out = String::new();
    unit_header(
        &mut out,
        &pod_unit,
        &format!("gorae {pod_unit}"),
        &format!("pod {}", pod.name),
    );
    let _ = writeln!(out, "RequiresMountsFor=%t/gorae");
    for m in &member_units {
        let _ = writeln!(out, "Wants={m}");
        let _ = writeln!(out, "Before={m}");
    }
    deps(&mut out, o);
    service_common(&mut out, o, stop);
    if o.new {
        if pod.create_command.is_empty() {
            return Err(Error::Invalid(format!(
                "pod {} was not created by `gorae pod create` (kube play or an older gorae): \
                 generate systemd --new can't recreate it",
                pod.name
            )));
        }
        let create = new_pod_create_command(&pod.create_command, &pod.name, &o.value_flags);
        let _ = writeln!(out, "ExecStartPre=-{rm_line}");
        let _ = writeln!(out, "ExecStartPre={}", exec_line(&create));
    }
    if o.new {
        // A new pod has no members yet when its unit starts: `pod start` starts the infra,
        // and each member's unit then runs its container in the pod.
        let _ = writeln!(
            out,
            "ExecStart={}",
            gorae_line(&["pod", "start", &pod.name])
        );
        let _ = writeln!(
            out,
            "ExecStop={}",
            gorae_line(&["pod", "stop", "-t", &stop.to_string(), &pod.name])
        );
        let _ = writeln!(out, "ExecStopPost={rm_line}");
        let _ = writeln!(out, "Type=oneshot");
        let _ = writeln!(out, "RemainAfterExit=yes");
    } else {
        // The existing pod: its unit runs the infra alone (members are their own units'),
        // tracked by the infra's monitor.
        if !pod.has_infra() {
            return Err(Error::Invalid(format!(
                "pod {} has no infra container (--infra=false): generate its containers' \
                 units, or use --new",
                pod.name
            )));
        }
        let infra = engine.store.container(&pod.infra_id)?;
        let infra_ident = if o.use_names { &infra.name } else { &infra.id };
        let _ = writeln!(out, "ExecStart={}", gorae_line(&["start", infra_ident]));
        let _ = writeln!(
            out,
            "ExecStop={}",
            gorae_line(&["stop", "-t", &stop.to_string(), infra_ident])
        );
        let _ = writeln!(
            out,
            "PIDFile={}",
            engine
                .store
                .container_dir(&infra.id)
                .join("userdata/monitor.pid")
                .display()
        );
        let _ = writeln!(out, "Type=forking");
    }
    let _ = writeln!(out, "Delegate=yes");
    let _ = writeln!(out);
    let _ = writeln!(out, "[Install]");
    let _ = writeln!(out, "WantedBy=default.target");
    units.insert(
        0,
        Unit {
            name: pod_unit,
            text: out,
        },
    );
    Ok(units)
}

// ---------------------------------------------------------------------------------------------
// Quadlet

/// A parsed unit file: sections in order, each with its `Key=Value` lines in order.
#[derive(Debug, Clone, Default)]
pub struct UnitFile {
    pub sections: Vec<(String, Vec<(String, String)>)>,
}

impl UnitFile {
    /// systemd's syntax: `[Section]`, `Key=Value`, `#`/`;` comments, a trailing `\` continues
    /// the line.
    pub fn parse(text: &str) -> Result<UnitFile, Error> {
        let mut f = UnitFile::default();
        let mut pending = String::new();
        for (n, raw) in text.lines().enumerate() {
            let line = if pending.is_empty() {
                raw.trim().to_string()
            } else {
                format!("{pending} {}", raw.trim())
            };
            if let Some(l) = line.strip_suffix('\\') {
                pending = l.trim_end().to_string();
                continue;
            }
            pending.clear();
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                f.sections.push((sec.to_string(), Vec::new()));
                continue;
            }
            let Some((k, v)) = line.split_once('=') else {
                return Err(Error::Invalid(format!(
                    "line {}: want Key=Value, got {line:?}",
                    n + 1
                )));
            };
            let Some(sec) = f.sections.last_mut() else {
                return Err(Error::Invalid(format!(
                    "line {}: {k} is outside any [Section]",
                    n + 1
                )));
            };
            sec.1.push((k.trim().to_string(), v.trim().to_string()));
        }
        Ok(f)
    }

    pub fn section(&self, name: &str) -> Vec<(String, String)> {
        self.sections
            .iter()
            .filter(|(n, _)| n == name)
            .flat_map(|(_, kv)| kv.iter().cloned())
            .collect()
    }

    fn render_section(out: &mut String, name: &str, entries: &[(String, String)]) {
        let _ = writeln!(out, "[{name}]");
        for (k, v) in entries {
            let _ = writeln!(out, "{k}={v}");
        }
        let _ = writeln!(out);
    }
}

/// systemd's word splitting of a value: whitespace separates, double or single quotes group,
/// backslash escapes.
pub fn split_words(v: &str) -> Result<Vec<String>, Error> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (_, '\\') => {
                let n = chars
                    .next()
                    .ok_or_else(|| Error::Invalid(format!("{v:?}: ends with a backslash")))?;
                cur.push(match n {
                    'n' => '\n',
                    't' => '\t',
                    other => other,
                });
                in_word = true;
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return Err(Error::Invalid(format!("{v:?}: a quote is not closed")));
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// Where Quadlet files are looked for, first wins for a name.
pub fn quadlet_dirs(user: bool) -> Vec<PathBuf> {
    if let Ok(dirs) = std::env::var("QUADLET_UNIT_DIRS") {
        return dirs
            .split(':')
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .collect();
    }
    if user {
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")));
        let uid = nix::unistd::getuid();
        let mut v: Vec<PathBuf> = config
            .map(|c| c.join("containers/systemd"))
            .into_iter()
            .collect();
        v.push(PathBuf::from(format!(
            "/etc/containers/systemd/users/{uid}"
        )));
        v.push(PathBuf::from("/etc/containers/systemd/users"));
        v
    } else {
        vec![
            PathBuf::from("/run/containers/systemd"),
            PathBuf::from("/etc/containers/systemd"),
            PathBuf::from("/usr/share/containers/systemd"),
        ]
    }
}

const QUADLET_KINDS: &[&str] = &["container", "pod", "volume", "network", "kube"];

/// The Quadlet files in `dirs` (first one of a name wins), sorted by name.
pub fn find_quadlets(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut seen = BTreeMap::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(d) else {
            continue;
        };
        let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        names.sort();
        for p in names {
            let kind = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            let Some(name) = p.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if QUADLET_KINDS.contains(&kind) && p.is_file() {
                seen.entry(name.to_string()).or_insert(p);
            }
        }
    }
    seen.into_values().collect()
}

/// The unit a Quadlet file becomes, and the `.wants`/`.requires` links its `[Install]` asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub unit: Unit,
    /// `(target.wants or target.requires, unit)` symlinks to make in the output directory.
    pub links: Vec<(String, String)>,
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("unit")
        .to_string()
}

/// The unit name a Quadlet file name becomes (`web.container` → `web.service`,
/// `data.volume` → `data-volume.service`).
pub fn quadlet_service_name(file: &str) -> Option<String> {
    let (base, kind) = file.rsplit_once('.')?;
    Some(match kind {
        "container" | "kube" => format!("{base}.service"),
        "pod" => format!("{base}-pod.service"),
        "volume" => format!("{base}-volume.service"),
        "network" => format!("{base}-network.service"),
        _ => return None,
    })
}

/// The name gorae knows a `.volume`/`.network`/`.pod` by, as other Quadlet files refer to it.
fn quadlet_object_name(dir: &Path, file: &str) -> String {
    let (base, kind) = file.rsplit_once('.').unwrap_or((file, ""));
    let key = match kind {
        "volume" => "VolumeName",
        "network" => "NetworkName",
        "pod" => "PodName",
        _ => return base.to_string(),
    };
    let section = match kind {
        "volume" => "Volume",
        "network" => "Network",
        _ => "Pod",
    };
    let path = dir.join(file);
    let named = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| UnitFile::parse(&t).ok())
        .and_then(|u| {
            u.section(section)
                .into_iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
        });
    named.unwrap_or_else(|| format!("systemd-{base}"))
}

/// Converts one Quadlet file. `dirs` are where files it refers to (`x.volume`, `x.network`,
/// `x.pod`) are found.
pub fn quadlet(path: &Path, dirs: &[PathBuf]) -> Result<Generated, Error> {
    let text = std::fs::read_to_string(path).at(path)?;
    let file =
        UnitFile::parse(&text).map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
    let fname = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::Invalid(format!("{}: not a file name", path.display())))?;
    let kind = fname.rsplit_once('.').map_or("", |(_, k)| k);
    let service = quadlet_service_name(fname)
        .ok_or_else(|| Error::Invalid(format!("{}: not a Quadlet file", path.display())))?;
    let base = stem(path);
    let exe = gorae_path();
    let find_ref = |name: &str| -> Result<String, Error> {
        for d in dirs
            .iter()
            .chain(path.parent().map(Path::to_path_buf).as_ref())
        {
            if d.join(name).is_file() {
                return Ok(quadlet_object_name(d, name));
            }
        }
        Err(Error::Invalid(format!(
            "{}: {name} is referred to, but there is no such Quadlet file",
            path.display()
        )))
    };
    let mut unit_extra: Vec<(String, String)> = Vec::new();
    let mut service_lines: Vec<(String, String)> = Vec::new();
    let (section, main) = match kind {
        "container" => ("Container", {
            let c = file.section("Container");
            let mut args = vec![
                exe.clone(),
                "run".to_string(),
                "--cidfile=%t/%N.cid".to_string(),
                "--replace".to_string(),
                "--rm".to_string(),
                "--cgroups=split".to_string(),
                "-d".to_string(),
            ];
            let mut name = format!("systemd-{base}");
            let mut image = None;
            let mut exec = Vec::new();
            let mut notify = "conmon".to_string();
            let mut extra = Vec::new();
            for (k, v) in &c {
                match k.as_str() {
                    "Image" => image = Some(v.clone()),
                    "ContainerName" => name = v.clone(),
                    "Exec" => exec = split_words(v)?,
                    "Notify" => {
                        notify = match v.as_str() {
                            "true" | "yes" | "1" => "container".into(),
                            "healthy" => "healthy".into(),
                            _ => "conmon".into(),
                        }
                    }
                    "Environment" => {
                        for w in split_words(v)? {
                            extra.push(format!("--env={w}"));
                        }
                    }
                    "EnvironmentFile" => extra.push(format!("--env-file={v}")),
                    "PublishPort" => extra.push(format!("--publish={v}")),
                    "Volume" => {
                        let (src, rest) = v.split_once(':').unwrap_or((v.as_str(), ""));
                        let src = if let Some(vol) = src.strip_suffix(".volume") {
                            let file = format!("{vol}.volume");
                            let svc = quadlet_service_name(&file).expect("a volume");
                            unit_extra.push(("Requires".into(), svc.clone()));
                            unit_extra.push(("After".into(), svc));
                            find_ref(&file)?
                        } else {
                            src.to_string()
                        };
                        extra.push(if rest.is_empty() {
                            format!("--volume={src}")
                        } else {
                            format!("--volume={src}:{rest}")
                        });
                    }
                    "Network" => {
                        let net = if let Some(n) = v.strip_suffix(".network") {
                            let file = format!("{n}.network");
                            let svc = quadlet_service_name(&file).expect("a network");
                            unit_extra.push(("Requires".into(), svc.clone()));
                            unit_extra.push(("After".into(), svc));
                            find_ref(&file)?
                        } else {
                            v.clone()
                        };
                        extra.push(format!("--network={net}"));
                    }
                    "Pod" => {
                        let file = v.clone();
                        if !file.ends_with(".pod") {
                            return Err(Error::Invalid(format!(
                                "{}: Pod={v} must name a .pod file",
                                path.display()
                            )));
                        }
                        let svc = quadlet_service_name(&file).expect("a pod");
                        unit_extra.push(("BindsTo".into(), svc.clone()));
                        unit_extra.push(("After".into(), svc));
                        extra.push(format!("--pod={}", find_ref(&file)?));
                    }
                    "Label" => {
                        for w in split_words(v)? {
                            extra.push(format!("--label={w}"));
                        }
                    }
                    "User" => extra.push(format!("--user={v}")),
                    "WorkingDir" => extra.push(format!("--workdir={v}")),
                    "Entrypoint" => extra.push(format!("--entrypoint={v}")),
                    "HostName" => extra.push(format!("--hostname={v}")),
                    "ReadOnly" if v == "true" || v == "yes" => extra.push("--read-only".into()),
                    "ReadOnly" => {}
                    "RunInit" if v == "true" || v == "yes" => extra.push("--init".into()),
                    "RunInit" => {}
                    "Tmpfs" => extra.push(format!("--tmpfs={v}")),
                    "AddCapability" => {
                        for w in split_words(v)? {
                            extra.push(format!("--cap-add={w}"));
                        }
                    }
                    "DropCapability" => {
                        for w in split_words(v)? {
                            extra.push(format!("--cap-drop={w}"));
                        }
                    }
                    "PidsLimit" => extra.push(format!("--pids-limit={v}")),
                    "Memory" => extra.push(format!("--memory={v}")),
                    "HealthCmd" => extra.push(format!("--health-cmd={v}")),
                    "HealthInterval" => extra.push(format!("--health-interval={v}")),
                    "HealthRetries" => extra.push(format!("--health-retries={v}")),
                    "HealthTimeout" => extra.push(format!("--health-timeout={v}")),
                    "HealthStartPeriod" => extra.push(format!("--health-start-period={v}")),
                    "StopTimeout" => extra.push(format!("--stop-timeout={v}")),
                    "Pull" => extra.push(format!("--pull={v}")),
                    "UserNS" => extra.push(format!("--userns={v}")),
                    "PodmanArgs" => extra.extend(split_words(v)?),
                    "NoNewPrivileges" => {}
                    other => {
                        return Err(Error::Invalid(format!(
                            "{}: unsupported key {other} in [Container]",
                            path.display()
                        )));
                    }
                }
            }
            let image = image.ok_or_else(|| {
                Error::Invalid(format!("{}: [Container] needs Image=", path.display()))
            })?;
            args.push(format!("--sdnotify={notify}"));
            args.push(format!("--name={name}"));
            args.extend(extra);
            args.push(image);
            args.extend(exec);
            service_lines.extend([
                ("Environment".into(), "PODMAN_SYSTEMD_UNIT=%n".into()),
                ("KillMode".into(), "mixed".into()),
                (
                    "ExecStop".into(),
                    format!("{} rm -v -f -i -t 10 --cidfile=%t/%N.cid", exec_arg(&exe)),
                ),
                (
                    "ExecStopPost".into(),
                    format!("-{} rm -v -f -i -t 10 --cidfile=%t/%N.cid", exec_arg(&exe)),
                ),
                ("Delegate".into(), "yes".into()),
                ("Type".into(), "notify".into()),
                ("NotifyAccess".into(), "all".into()),
                ("SyslogIdentifier".into(), "%N".into()),
                ("SuccessExitStatus".into(), "137 143".into()),
            ]);
            args
        }),
        "volume" | "network" => {
            let sec = if kind == "volume" {
                "Volume"
            } else {
                "Network"
            };
            let name = quadlet_object_name(path.parent().unwrap_or(Path::new("/")), fname);
            let mut args = vec![
                exe.clone(),
                kind.to_string(),
                "create".into(),
                "--ignore".into(),
            ];
            for (k, v) in file.section(sec) {
                match (kind, k.as_str()) {
                    ("volume", "VolumeName") | ("network", "NetworkName") => {}
                    (_, "Label") => {
                        for w in split_words(&v)? {
                            args.push(format!("--label={w}"));
                        }
                    }
                    ("network", "Subnet") => args.push(format!("--subnet={v}")),
                    ("network", "Gateway") => args.push(format!("--gateway={v}")),
                    ("network", "Internal") if v == "true" || v == "yes" => {
                        args.push("--internal".into())
                    }
                    (_, "PodmanArgs") => args.extend(split_words(&v)?),
                    (_, other) => {
                        return Err(Error::Invalid(format!(
                            "{}: unsupported key {other} in [{sec}]",
                            path.display()
                        )));
                    }
                }
            }
            args.push(name);
            service_lines.extend([
                ("Type".into(), "oneshot".into()),
                ("RemainAfterExit".into(), "yes".into()),
                ("SyslogIdentifier".into(), "%N".into()),
            ]);
            (sec, args)
        }
        "pod" => {
            let name = quadlet_object_name(path.parent().unwrap_or(Path::new("/")), fname);
            let mut create = vec![exe.clone(), "pod".into(), "create".into()];
            for (k, v) in file.section("Pod") {
                match k.as_str() {
                    "PodName" => {}
                    "PublishPort" => create.push(format!("--publish={v}")),
                    "Network" => create.push(format!("--network={v}")),
                    "PodmanArgs" => create.extend(split_words(&v)?),
                    other => {
                        return Err(Error::Invalid(format!(
                            "{}: unsupported key {other} in [Pod]",
                            path.display()
                        )));
                    }
                }
            }
            create.push(format!("--name={name}"));
            service_lines.extend([
                (
                    "ExecStartPre".into(),
                    format!(
                        "-{} pod rm -f --ignore {}",
                        exec_arg(&exe),
                        quadlet_arg(&name)
                    ),
                ),
                ("ExecStartPre".into(), exec_line_with(&create, quadlet_arg)),
                (
                    "ExecStop".into(),
                    format!("{} pod stop -t 10 {}", exec_arg(&exe), quadlet_arg(&name)),
                ),
                (
                    "ExecStopPost".into(),
                    format!(
                        "-{} pod rm -f --ignore {}",
                        exec_arg(&exe),
                        quadlet_arg(&name)
                    ),
                ),
                ("Type".into(), "oneshot".into()),
                ("RemainAfterExit".into(), "yes".into()),
                ("SyslogIdentifier".into(), "%N".into()),
            ]);
            ("Pod", vec![exe.clone(), "pod".into(), "start".into(), name])
        }
        "kube" => {
            let mut yaml = None;
            let mut extra = Vec::new();
            for (k, v) in file.section("Kube") {
                match k.as_str() {
                    "Yaml" => {
                        let p = Path::new(&v);
                        // `%h/…` and the like are systemd's to resolve.
                        yaml = Some(if p.is_absolute() || v.starts_with('%') {
                            p.to_path_buf()
                        } else {
                            path.parent().unwrap_or(Path::new("/")).join(p)
                        });
                    }
                    "Network" => extra.push(format!("--network={v}")),
                    "PodmanArgs" => extra.extend(split_words(&v)?),
                    other => {
                        return Err(Error::Invalid(format!(
                            "{}: unsupported key {other} in [Kube]",
                            path.display()
                        )));
                    }
                }
            }
            let yaml = yaml
                .ok_or_else(|| Error::Invalid(format!("{}: [Kube] needs Yaml=", path.display())))?;
            let yaml = yaml.to_string_lossy().into_owned();
            let mut args = vec![
                exe.clone(),
                "kube".into(),
                "play".into(),
                "--replace".into(),
            ];
            args.extend(extra);
            args.push(yaml.clone());
            service_lines.extend([
                (
                    "ExecStop".into(),
                    exec_line_with(
                        &[exe.clone(), "kube".into(), "down".into(), yaml],
                        quadlet_arg,
                    ),
                ),
                ("Type".into(), "oneshot".into()),
                ("RemainAfterExit".into(), "yes".into()),
                ("SyslogIdentifier".into(), "%N".into()),
            ]);
            ("Kube", args)
        }
        _ => unreachable!("quadlet_service_name accepted it"),
    };
    // Specifiers (`%t`, `%N`, `%h`…) reach systemd as written.
    let start = main
        .iter()
        .map(|a| quadlet_arg(a))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Automatically generated by gorae {} from {}",
        env!("CARGO_PKG_VERSION"),
        path.display()
    );
    let _ = writeln!(out);
    let mut unit = file.section("Unit");
    unit.push(("SourcePath".into(), path.display().to_string()));
    unit.push(("RequiresMountsFor".into(), "%t/gorae".into()));
    if kind != "volume" {
        unit.push(("Wants".into(), "network-online.target".into()));
        unit.push(("After".into(), "network-online.target".into()));
    }
    unit.extend(unit_extra);
    UnitFile::render_section(&mut out, "Unit", &unit);
    UnitFile::render_section(&mut out, &format!("X-{section}"), &file.section(section));
    let mut svc = vec![("ExecStart".to_string(), start)];
    svc.extend(service_lines);
    // The file's own [Service] lines come last, so they win.
    svc.extend(file.section("Service"));
    UnitFile::render_section(&mut out, "Service", &svc);
    let mut links = Vec::new();
    for (k, v) in file.section("Install") {
        let dir = match k.as_str() {
            "WantedBy" => "wants",
            "RequiredBy" => "requires",
            _ => continue,
        };
        for target in split_words(&v)? {
            links.push((format!("{target}.{dir}"), service.clone()));
        }
    }
    Ok(Generated {
        unit: Unit {
            name: service,
            text: out,
        },
        links,
    })
}

/// The generator: every Quadlet file found becomes a unit in `out` (systemd's "normal"
/// generator directory). A file that can't be converted is reported and skipped; the others
/// still are. Returns the number of failures.
pub fn run_generator(out: Option<&Path>, user: bool, dryrun: bool) -> usize {
    let dirs = quadlet_dirs(user);
    let mut failures = 0;
    let mut made: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in find_quadlets(&dirs) {
        match quadlet(&path, &dirs) {
            Ok(g) if made.contains_key(&g.unit.name) => {
                eprintln!(
                    "gorae-generator: {} would be {}, which {} already is; no unit made",
                    path.display(),
                    g.unit.name,
                    made[&g.unit.name].display()
                );
                failures += 1;
            }
            Ok(g) => {
                made.insert(g.unit.name.clone(), path.clone());
                if dryrun {
                    println!("---{}---", g.unit.name);
                    print!("{}", g.unit.text);
                    for (dir, unit) in &g.links {
                        println!("# link: {dir}/{unit}");
                    }
                    continue;
                }
                let Some(out) = out else { continue };
                let write = || -> std::io::Result<()> {
                    std::fs::write(out.join(&g.unit.name), &g.unit.text)?;
                    for (dir, unit) in &g.links {
                        let d = out.join(dir);
                        std::fs::create_dir_all(&d)?;
                        let link = d.join(unit);
                        let _ = std::fs::remove_file(&link);
                        std::os::unix::fs::symlink(format!("../{unit}"), link)?;
                    }
                    Ok(())
                };
                if let Err(e) = write() {
                    eprintln!("gorae-generator: writing {}: {e}", g.unit.name);
                    failures += 1;
                }
            }
            Err(e) => {
                eprintln!("gorae-generator: {e}; no unit made");
                failures += 1;
            }
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_arguments_are_quoted_and_escaped_for_systemd() {
        assert_eq!(exec_arg("plain"), "plain");
        assert_eq!(exec_arg("a b"), "\"a b\"");
        assert_eq!(exec_arg("50%"), "50%%");
        assert_eq!(exec_arg("$HOME"), "$$HOME");
        assert_eq!(exec_arg("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(exec_arg(""), "\"\"");
        assert_eq!(
            split_words("a 'b c' \"d\\\"e\"").unwrap(),
            ["a", "b c", "d\"e"]
        );
        assert!(split_words("'open").is_err());
    }

    #[test]
    fn a_create_command_becomes_a_unit_start_command() {
        let create: Vec<String> = [
            "gorae",
            "run",
            "-dit",
            "--name",
            "web",
            "--rm",
            "-p",
            "8080:80",
            "--cidfile=/x",
            "--memory",
            "64m",
            "img",
            "sh",
            "-c",
            "echo --name x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let flags = ValueFlags {
            run: ["-p", "--memory", "--name"].map(String::from).to_vec(),
            ..ValueFlags::default()
        };
        let cmd = new_run_command(&create, "web", None, &flags);
        let tail: Vec<&str> = cmd[2..].iter().map(String::as_str).collect();
        assert_eq!(
            tail,
            [
                "--cidfile=%t/%n.ctr-id",
                "--cgroups=split",
                "--sdnotify=conmon",
                "-d",
                "--replace",
                "--rm",
                "--name=web",
                "-it",
                "-p",
                "8080:80",
                "--memory",
                "64m",
                "img",
                "sh",
                "-c",
                "echo --name x"
            ]
        );
    }

    #[test]
    fn clusters_global_options_and_pod_lines_are_rewritten_whole() {
        let flags = ValueFlags {
            run: ["-p", "--publish", "-e", "--name"]
                .map(String::from)
                .to_vec(),
            pod_create: ["-p", "--name", "--label"].map(String::from).to_vec(),
            global: vec!["--log-level".to_string()],
        };
        let argv = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cmd = new_run_command(
            &argv(&[
                "gorae",
                "--log-level",
                "debug",
                "container",
                "run",
                "-dp",
                "8080:80",
                "-itp8081:81",
                "img",
            ]),
            "w",
            None,
            &flags,
        );
        assert_eq!(cmd[9..], argv(&["-p", "8080:80", "-itp8081:81", "img"]));
        let pod = new_pod_create_command(
            &argv(&[
                "gorae", "pod", "create", "-p", "8080:80", "--label", "a=b", "mypod",
            ]),
            "mypod",
            &flags,
        );
        assert_eq!(
            pod[1..],
            argv(&[
                "pod",
                "create",
                "-p",
                "8080:80",
                "--label",
                "a=b",
                "--name=mypod"
            ])
        );
        assert_eq!(quadlet_arg("%h/data:/data"), "%h/data:/data");
        assert_eq!(exec_arg("%h"), "%%h");
    }

    #[test]
    fn a_container_file_becomes_a_notify_service_in_its_own_cgroup() {
        let dir = std::env::temp_dir().join(format!("gorae-quadlet-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("web.container"),
            "[Unit]\nDescription=web\n\n[Container]\nImage=localhost/bb\nExec=httpd -f -p 80\n\
             Volume=data.volume:/srv\nPublishPort=8080:80\nEnvironment=A=1 \"B=two words\"\n\n\
             [Service]\nRestart=always\n\n[Install]\nWantedBy=default.target\n",
        )
        .unwrap();
        std::fs::write(dir.join("data.volume"), "[Volume]\n").unwrap();
        let g = quadlet(&dir.join("web.container"), std::slice::from_ref(&dir)).unwrap();
        assert_eq!(g.unit.name, "web.service");
        let t = &g.unit.text;
        assert!(t.contains("Description=web\n"), "{t}");
        assert!(t.contains("Requires=data-volume.service\n"), "{t}");
        assert!(
            t.contains(" run --cidfile=%t/%N.cid --replace --rm --cgroups=split -d --sdnotify=conmon --name=systemd-web --volume=systemd-data:/srv --publish=8080:80 --env=A=1 \"--env=B=two words\" localhost/bb httpd -f -p 80\n"),
            "{t}"
        );
        assert!(
            t.contains("Type=notify\n") && t.contains("Delegate=yes\n"),
            "{t}"
        );
        assert!(t.ends_with("Restart=always\n\n"), "{t}");
        assert_eq!(
            g.links,
            [(
                "default.target.wants".to_string(),
                "web.service".to_string()
            )]
        );
        let v = quadlet(&dir.join("data.volume"), std::slice::from_ref(&dir)).unwrap();
        assert!(
            v.unit
                .text
                .contains(" volume create --ignore systemd-data\n")
        );
        std::fs::write(
            dir.join("bad.container"),
            "[Container]\nImage=x\nFrobnicate=1\n",
        )
        .unwrap();
        let e = quadlet(&dir.join("bad.container"), std::slice::from_ref(&dir)).unwrap_err();
        assert!(e.to_string().contains("unsupported key Frobnicate"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
