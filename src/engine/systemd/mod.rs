//! systemd units for containers and pods: `generate systemd`, and the Quadlet files
//! (`.container`, `.pod`, `.volume`, `.network`, `.kube`) that gorae, run as a systemd
//! generator, turns into units.
//!
//! A unit that creates its container (`--new`, and every Quadlet unit) runs
//! `gorae run -d --cgroups=split --sdnotify=conmon` with `Type=notify`, `NotifyAccess=all` and
//! `Delegate=yes`: the container's cgroup is made inside the unit's own, so systemd sees every
//! process, and `MAINPID` names the monitor that supervises the container.
//!
//! This module holds what both share: the quoting of `Exec*=` lines and [`Unit`]. The parts:
//! `generate` (`generate systemd`) and `unit` (the unit-file syntax). The Quadlet generator,
//! a front end, is `frontend::quadlet`, and builds on these.

mod generate;
mod unit;

pub use generate::{
    GenerateOptions, ValueFlags, generate, new_pod_create_command, new_run_command,
};
pub use unit::{UnitFile, split_words};

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

/// A whole command line, each argument quoted by `quote`, continued over lines past 80
/// columns.
pub fn exec_line_with(args: &[String], quote: fn(&str) -> String) -> String {
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
pub fn gorae_path() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_string))
        .filter(|p| !p.ends_with(" (deleted)"))
        .unwrap_or_else(|| "/usr/bin/gorae".into())
}

/// A unit: its file name and text.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub name: String,
    pub text: String,
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
}
