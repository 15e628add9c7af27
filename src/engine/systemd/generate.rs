//! `generate systemd`: the units of an existing container or pod, and the rewriting of the
//! command line that created it into one a `--new` unit runs.

use std::fmt::Write as _;

use super::{Unit, exec_arg, exec_line, gorae_line, gorae_path};
use crate::engine::argv::{Argv, Flag};
use crate::engine::run::LaunchConfig;
use crate::engine::{Engine, Error, Kind};
use crate::store::containers::ContainerRecord;

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
    /// `--env`: `Environment=` lines (KEY=VALUE, or KEY for this process's value).
    pub env: Vec<String>,
    /// `--no-header`: no comment at the top.
    pub no_header: bool,
    /// `--start-timeout`: `TimeoutStartSec=`.
    pub start_timeout: Option<u32>,
    /// `--template`: `NAME@.service`, each instance a container named `NAME-%i`.
    pub template: bool,
    /// The flags that take a separate value, from the command-line definition.
    pub value_flags: ValueFlags,
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
const DROPPED_WITH_VALUE: &[Flag] = &[
    Argv::NAME,
    Argv::CIDFILE,
    Argv::CGROUPS,
    Argv::SDNOTIFY,
    Argv::PIDFILE,
    Argv::CONMON_PIDFILE,
    Argv::POD,
];
const DROPPED_BOOL: &[Flag] = &[Argv::DETACH, Argv::RM, Argv::REPLACE];

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
    drop_bool: &[Flag],
    drop_value: &[Flag],
    out: &mut Argv,
) {
    let takes_value = |f: &str| value_flags.iter().any(|v| v == f);
    if drop_bool.iter().any(|f| f.is(a)) {
        return;
    }
    if drop_value.iter().any(|f| f.is(a)) {
        rest.next();
        return;
    }
    if drop_value.iter().any(|f| f.is_joined(a)) {
        return;
    }
    if a.starts_with("--") || a.len() <= 2 {
        out.arg(a);
        if takes_value(a)
            && let Some(v) = rest.next()
        {
            out.arg(v.clone());
        }
        return;
    }
    // A cluster: booleans until one that takes a value (the rest of the word, or the next).
    let mut kept = String::from("-");
    let chars: Vec<char> = a[1..].chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let flag = format!("-{c}");
        if drop_bool.iter().any(|f| f.is(&flag)) {
            continue;
        }
        if takes_value(&flag) {
            let tail: String = chars[i + 1..].iter().collect();
            kept.push(*c);
            if tail.is_empty() {
                out.arg(kept);
                if let Some(v) = rest.next() {
                    out.arg(v.clone());
                }
            } else {
                kept.push_str(&tail);
                out.arg(kept);
            }
            return;
        }
        kept.push(*c);
    }
    if kept.len() > 1 {
        out.arg(kept);
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
    let mut out = Argv::joined(&[&gorae_path(), "run"]);
    out.cidfile("%t/%n.ctr-id")
        .cgroups("split")
        .sdnotify("conmon")
        .detach()
        .replace()
        .rm()
        .name(name);
    if let Some(pod) = pod {
        out.pod(pod);
    }
    let mut rest = after_subcommand(create, &["container", "run", "create"], &flags.global);
    while let Some(a) = rest.next() {
        if a == "--" || !a.starts_with('-') {
            // The image: it and everything after it is kept as it was.
            out.arg(a.clone()).args(rest.cloned());
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
    out.into_words()
}

/// The original `pod create` command line with the pod's name as `--name=`.
pub fn new_pod_create_command(create: &[String], name: &str, flags: &ValueFlags) -> Vec<String> {
    let mut out = Argv::joined(&[&gorae_path(), "pod", "create"]);
    let mut rest = after_subcommand(create, &["pod", "create"], &flags.global);
    while let Some(a) = rest.next() {
        if !a.starts_with('-') {
            continue; // the positional name
        }
        keep_option(
            a,
            &mut rest,
            &flags.pod_create,
            &[],
            &[Argv::NAME],
            &mut out,
        );
    }
    out.name(name);
    out.into_words()
}

fn unit_header(out: &mut String, name: &str, description: &str, source: &str, bare: bool) {
    if !bare {
        let _ = writeln!(out, "# {name}");
        let _ = writeln!(
            out,
            "# autogenerated by gorae {} ({source})",
            env!("CARGO_PKG_VERSION")
        );
        let _ = writeln!(out);
    }
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
    if o.template && !o.new {
        return Err(Error::Invalid(
            "--template is only supported with --new".into(),
        ));
    }
    if let Some(bad) = o.env.iter().find(|e| e.is_empty() || e.starts_with('=')) {
        return Err(Error::Invalid(format!(
            "invalid --env {bad:?}: want KEY=VALUE or KEY"
        )));
    }
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
    let instance = if o.template { "-%i" } else { "" };
    let _ = writeln!(out, "Environment=PODMAN_SYSTEMD_UNIT=%n{instance}");
    for e in &o.env {
        let kv = match e.split_once('=') {
            Some(_) => e.clone(),
            None => format!("{e}={}", std::env::var(e).unwrap_or_default()),
        };
        let _ = writeln!(out, "Environment={kv}");
    }
    let _ = writeln!(out, "Restart={}", o.restart_policy);
    if let Some(s) = o.restart_sec {
        let _ = writeln!(out, "RestartSec={s}");
    }
    if let Some(s) = o.start_timeout.filter(|s| *s > 0) {
        let _ = writeln!(out, "TimeoutStartSec={s}");
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
    let at = if o.template && pod.is_none() { "@" } else { "" };
    let name = format!("{}{}{ident}{at}.service", o.container_prefix, o.separator);
    let stop = o.stop_timeout.unwrap_or(cfg.stop_timeout);
    let mut out = String::new();
    unit_header(
        &mut out,
        &name,
        &format!("gorae {name}"),
        &format!("container {}", rec.name),
        o.no_header,
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
        let instance_name = format!("{}-%i", rec.name);
        let run = new_run_command(
            &cfg.create_command,
            if at.is_empty() {
                &rec.name
            } else {
                &instance_name
            },
            pod.map(|(_, p)| p),
            &o.value_flags,
        );
        let secs = stop.to_string();
        // `%t/%n` in the cidfile argument must reach systemd unescaped.
        const CID: &str = "--cidfile=%t/%n.ctr-id";
        let start = run
            .iter()
            // The instance's name keeps its `%i` for systemd, as the cidfile its `%t/%n`.
            .map(|a| {
                if a == CID || (!at.is_empty() && *a == format!("--name={instance_name}")) {
                    a.clone()
                } else {
                    exec_arg(a)
                }
            })
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
        o.no_header,
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

#[cfg(test)]
mod tests {
    use super::super::quadlet_arg;
    use super::*;

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
}
