//! `--format`: `json`, Go templates (`{{.ID}}`, `{{json .}}`, `table …`) through gtmpl, and
//! tab-aligned tables.

use std::collections::HashMap;

use anyhow::{Context, Result, bail};
use gtmpl::{Context as TmplContext, Template};
use gtmpl_value::{FuncError, Number, Value};

/// Turns JSON into a template value, keeping field names as they are.
pub fn to_value(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Nil,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Value::Number(Number::from(u)),
            (_, Some(i), _) => Value::Number(Number::from(i)),
            (_, _, Some(f)) => Value::Number(Number::from(f)),
            _ => Value::Nil,
        },
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(a) => Value::Array(a.iter().map(to_value).collect()),
        serde_json::Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| (k.clone(), to_value(v)))
                .collect::<HashMap<_, _>>(),
        ),
    }
}

fn to_json(v: &Value) -> serde_json::Value {
    match v {
        Value::NoValue | Value::Nil | Value::Function(_) => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Number(n) => n
            .as_u64()
            .map(serde_json::Value::from)
            .or_else(|| n.as_i64().map(serde_json::Value::from))
            .or_else(|| n.as_f64().map(serde_json::Value::from))
            .unwrap_or(serde_json::Value::Null),
        Value::Array(a) => serde_json::Value::Array(a.iter().map(to_json).collect()),
        Value::Object(o) | Value::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            serde_json::Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), to_json(&o[k])))
                    .collect(),
            )
        }
    }
}

fn str_arg(args: &[Value], i: usize, name: &str) -> Result<String, FuncError> {
    match args.get(i) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Ok(other.to_string()),
        None => Err(FuncError::AtLeastXArgs(name.into(), i + 1)),
    }
}

fn f_json(args: &[Value]) -> Result<Value, FuncError> {
    let v = args
        .first()
        .ok_or_else(|| FuncError::ExactlyXArgs("json".into(), 1))?;
    Ok(Value::String(
        serde_json::to_string(&to_json(v)).unwrap_or_default(),
    ))
}
fn f_lower(args: &[Value]) -> Result<Value, FuncError> {
    Ok(Value::String(str_arg(args, 0, "lower")?.to_lowercase()))
}
fn f_upper(args: &[Value]) -> Result<Value, FuncError> {
    Ok(Value::String(str_arg(args, 0, "upper")?.to_uppercase()))
}
fn f_title(args: &[Value]) -> Result<Value, FuncError> {
    let s = str_arg(args, 0, "title")?;
    let titled = s
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Value::String(titled))
}
fn f_join(args: &[Value]) -> Result<Value, FuncError> {
    let sep = str_arg(args, 1, "join")?;
    match args.first() {
        Some(Value::Array(a)) => Ok(Value::String(
            a.iter()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join(&sep),
        )),
        Some(other) => Ok(Value::String(other.to_string())),
        None => Err(FuncError::ExactlyXArgs("join".into(), 2)),
    }
}
fn f_split(args: &[Value]) -> Result<Value, FuncError> {
    let s = str_arg(args, 0, "split")?;
    let sep = str_arg(args, 1, "split")?;
    Ok(Value::Array(
        s.split(sep.as_str())
            .map(|p| Value::String(p.into()))
            .collect(),
    ))
}
fn f_truncate(args: &[Value]) -> Result<Value, FuncError> {
    let s = str_arg(args, 0, "truncate")?;
    let n = match args.get(1) {
        Some(Value::Number(n)) => n.as_u64().unwrap_or(0) as usize,
        _ => return Err(FuncError::ExactlyXArgs("truncate".into(), 2)),
    };
    Ok(Value::String(s.chars().take(n).collect()))
}
/// Widths past this are refused (a template can't ask for gigabytes of padding).
const MAX_WIDTH: u64 = 10_000;

fn f_pad(args: &[Value]) -> Result<Value, FuncError> {
    let s = str_arg(args, 0, "pad")?;
    let n = |i: usize| match args.get(i) {
        Some(Value::Number(n)) => n.as_u64().unwrap_or(0).min(MAX_WIDTH) as usize,
        _ => 0,
    };
    Ok(Value::String(format!(
        "{}{s}{}",
        " ".repeat(n(1)),
        " ".repeat(n(2))
    )))
}

/// gtmpl's `printf`, with widths and precisions capped (`%999999999d` would abort on the
/// allocation).
fn f_printf(args: &[Value]) -> Result<Value, FuncError> {
    if let Some(Value::String(f)) = args.first() {
        let mut it = f.chars().peekable();
        while let Some(c) = it.next() {
            if c != '%' {
                continue;
            }
            while it.next_if(|c| "-+# 0".contains(*c)).is_some() {}
            for part in ["width", "precision"] {
                let mut n: u64 = 0;
                while let Some(d) = it.next_if(char::is_ascii_digit) {
                    n = n
                        .saturating_mul(10)
                        .saturating_add(u64::from(d as u8 - b'0'));
                }
                if n > MAX_WIDTH {
                    return Err(FuncError::Generic(format!(
                        "printf: a {part} above {MAX_WIDTH} is refused"
                    )));
                }
                if it.next_if_eq(&'.').is_none() {
                    break;
                }
            }
        }
    }
    gtmpl::funcs::printf(args)
}

/// A value as Go's fmt prints it in a template: `[a b]`, `map[k:v]`, `<nil>`.
fn f_gofmt(args: &[Value]) -> Result<Value, FuncError> {
    match args.first() {
        Some(v) => Ok(Value::String(super::gofmt::go_string(v))),
        None => Err(FuncError::ExactlyXArgs("gofmt".into(), 1)),
    }
}

pub fn template(text: &str) -> Result<Template> {
    let mut t = Template::default();
    t.add_funcs(&[
        ("json", f_json as gtmpl_value::Func),
        ("lower", f_lower),
        ("upper", f_upper),
        ("title", f_title),
        ("join", f_join),
        ("split", f_split),
        ("truncate", f_truncate),
        ("pad", f_pad),
        ("printf", f_printf),
        ("gofmt", f_gofmt),
    ]);
    // Go templates written for podman use `\t` and `\n` literally in shell strings.
    let text = text.replace("\\t", "\t").replace("\\n", "\n");
    actions_closed(&text).map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?;
    t.parse(super::gofmt::print_as_go(&text))
        .map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?;
    Ok(t)
}

/// A template gtmpl can't be given (see [`actions_closed`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum Unsafe {
    #[error(
        "a non-ASCII character just before {{{{- : put a space-free ASCII character there, or use {{{{ without the dash"
    )]
    NonAsciiBeforeTrim,
    #[error("unclosed comment")]
    UnclosedComment,
    #[error("a comment must end with */}}}}")]
    CommentEnd,
    #[error("unclosed action")]
    UnclosedAction,
    #[error("unterminated quoted string")]
    UnterminatedString,
    #[error("a raw string ends in \\")]
    RawStringBackslash,
    #[error("{0:?} in a character literal: use a string")]
    NonAsciiCharLiteral(char),
    #[error("{0:?} in an action: quote it, or leave it outside")]
    NonAsciiInAction(char),
    /// `define`, `template` or `block`.
    #[error("{{{{{0}}}}} is not supported in --format")]
    Unsupported(String),
    #[error(
        "unsupported escape \\{0} in a quoted string (use \\n, \\t, \\r, \\b, \\f, \\\" or \\')"
    )]
    Escape(char),
}

/// Refuses what gtmpl cannot take. Its lexer never finishes on a template that ends inside an
/// action (`{{`, a quoted string or a comment in it: it steps back past the end and lexes the
/// last character again, forever), and panics on a non-ASCII character in an action outside
/// quotes or just before a `{{- ` trim marker (it slices the text mid-character). `define`,
/// `template` and `block` can recurse deep enough to overflow the stack, and podman's
/// templates never need them.
fn actions_closed(text: &str) -> Result<(), Unsafe> {
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        let before = &rest[..open];
        rest = &rest[open + 2..];
        if rest.starts_with("- ")
            && before
                .trim_end()
                .chars()
                .last()
                .is_some_and(|c| !c.is_ascii())
        {
            return Err(Unsafe::NonAsciiBeforeTrim);
        }
        // A comment, as gtmpl's lexer tells one: `{{/*` or `{{- /*`.
        if let Some(comment) = rest
            .strip_prefix("/*")
            .or_else(|| rest.strip_prefix("- /*"))
        {
            let end = comment.find("*/").ok_or(Unsafe::UnclosedComment)?;
            let after = &comment[end + 2..];
            let after = after.strip_prefix(" -").unwrap_or(after);
            rest = after.strip_prefix("}}").ok_or(Unsafe::CommentEnd)?;
            continue;
        }
        let mut chars = rest.char_indices();
        // The action's text outside quoted strings, for its words.
        let mut bare = String::new();
        let close = loop {
            let Some((i, c)) = chars.next() else {
                return Err(Unsafe::UnclosedAction);
            };
            match c {
                '}' if rest[i..].starts_with("}}") => break i,
                '"' | '\'' | '`' => loop {
                    bare.push(' ');
                    match chars.next() {
                        None => return Err(Unsafe::UnterminatedString),
                        Some((at, '\\')) => {
                            // Raw strings end at the next backquote, escape or not.
                            let esc = &rest[at + 1..];
                            if c == '`' && esc.starts_with('`') {
                                return Err(Unsafe::RawStringBackslash);
                            }
                            for _ in 0..escape_len(esc)? {
                                chars.next();
                            }
                        }
                        Some((_, q)) if q == c => break,
                        Some((_, q)) if c == '\'' && !q.is_ascii() => {
                            return Err(Unsafe::NonAsciiCharLiteral(q));
                        }
                        Some(_) => {}
                    }
                },
                c if !c.is_ascii() => {
                    return Err(Unsafe::NonAsciiInAction(c));
                }
                c => bare.push(c),
            }
        };
        if let Some(word) = bare
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .find(|w| matches!(*w, "define" | "template" | "block"))
        {
            return Err(Unsafe::Unsupported(word.to_string()));
        }
        rest = &rest[close + 2..];
    }
    Ok(())
}

/// How many characters follow the backslash of an escape in a quoted string, if gtmpl can
/// take it. Only the simple escapes are safe: its lexer reads the quote after `\\` as
/// escaped, and its unquoting loops over or slices mid-character the text after `\x`, `\u`
/// and `\U` (raw strings are unquoted the same way).
fn escape_len(esc: &str) -> Result<usize, Unsafe> {
    match esc.chars().next() {
        Some('b' | 'f' | 'n' | 'r' | 't' | '\'' | '"') => Ok(1),
        Some(c) => Err(Unsafe::Escape(c)),
        None => Err(Unsafe::UnterminatedString),
    }
}

pub fn render(t: &Template, v: &serde_json::Value) -> Result<String> {
    t.render(&TmplContext::from(to_value(v))).map_err(|e| {
        // gtmpl appends the whole value to "no field" errors; the field name is what helps.
        let msg = e.to_string();
        let short = msg.split(" for {").next().unwrap_or(&msg);
        anyhow::anyhow!("executing --format template: {short}")
    })
}

/// A list command's output: `json`, a template per row, or a table with headers.
pub struct ListFormat<'a> {
    pub format: Option<&'a str>,
    pub default_table: &'a str,
    pub headers: &'a [(&'a str, &'a str)],
    pub no_heading: bool,
}

impl ListFormat<'_> {
    pub fn print(
        &self,
        rows: &[serde_json::Value],
        json_rows: impl FnOnce() -> serde_json::Value,
    ) -> Result<()> {
        let mut out = String::new();
        match self.format {
            Some("json") => {
                out = serde_json::to_string_pretty(&json_rows()).context("encoding JSON")?;
                out.push('\n');
            }
            Some(f) if !f.trim_start().starts_with("table") => {
                let t = template(f)?;
                for r in rows {
                    out.push_str(&render(&t, r)?);
                    out.push('\n');
                }
            }
            other => {
                let spec = other.unwrap_or(self.default_table).trim_start();
                let body = spec.strip_prefix("table").unwrap_or(spec).trim_start();
                if body.is_empty() {
                    bail!("invalid --format: \"table\" needs a template after it");
                }
                let t = template(body)?;
                let mut lines = Vec::new();
                if !self.no_heading {
                    lines.push(self.header_line(body));
                }
                for r in rows {
                    lines.push(render(&t, r)?);
                }
                out = align_lines(&lines);
            }
        }
        print_stdout(&out);
        Ok(())
    }

    fn header_line(&self, body: &str) -> String {
        let mut s = String::new();
        let mut rest = body;
        while let Some(start) = rest.find("{{") {
            s.push_str(&rest[..start]);
            let Some(end) = rest[start..].find("}}") else {
                break;
            };
            let inner = rest[start + 2..start + end].trim();
            let field = inner
                .trim_start_matches('.')
                .split_whitespace()
                .next()
                .unwrap_or("");
            let header = self
                .headers
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, h)| h.to_string())
                .unwrap_or_else(|| field.to_uppercase());
            s.push_str(&header);
            rest = &rest[start + end + 2..];
        }
        s.push_str(rest);
        s
    }
}

/// Aligns tab-separated columns with at least two spaces between them, like Go's tabwriter.
pub fn align_lines(lines: &[String]) -> String {
    let split: Vec<Vec<&str>> = lines.iter().map(|l| l.split('\t').collect()).collect();
    let cols = split.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; cols];
    for row in &split {
        for (i, cell) in row.iter().enumerate() {
            if i + 1 < row.len() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
    }
    let mut out = String::new();
    for row in split {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `inspect`-style output: a JSON array, or a template per document.
pub fn print_docs(docs: &[serde_json::Value], format: Option<&str>) -> Result<()> {
    match format {
        None | Some("json") => print_stdout(&format!(
            "{}\n",
            serde_json::to_string_pretty(docs).context("encoding JSON")?
        )),
        Some(f) => {
            let t = template(f)?;
            let mut out = String::new();
            for d in docs {
                // Go templates name fields as podman's structs do: `.ID` for JSON's "Id".
                let mut d = d.clone();
                if let Some(o) = d.as_object_mut()
                    && !o.contains_key("ID")
                    && let Some(id) = o.get("Id").cloned()
                {
                    o.insert("ID".into(), id);
                }
                out.push_str(&render(&t, &d)?);
                out.push('\n');
            }
            print_stdout(&out);
        }
    }
    Ok(())
}

/// Asks on stderr; true only for an explicit yes on stdin.
pub fn confirm(prompt: &str) -> Result<bool> {
    use std::io::BufRead;
    eprint!("{prompt}\nAre you sure you want to continue? [y/N] ");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes"))
}

/// Writes to stdout; a closed pipe (`gorae images | head -1`) ends quietly.
/// `--label KEY=VALUE` flags (a bare KEY has an empty value), as a map.
pub fn labels(flags: &[String]) -> std::collections::BTreeMap<String, String> {
    flags
        .iter()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

pub fn print_stdout(s: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(s.as_bytes()).and_then(|_| out.flush())
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// podman's sizes: SI units with three significant digits ("4.27 MB", "1.2 kB").
pub fn human_size(bytes: u64) -> String {
    let (n, unit) = si_size(bytes);
    format!("{n} {unit}")
}

/// The same without the space ("4.27MB"), as podman's `ps --size` prints it.
pub fn human_size_compact(bytes: u64) -> String {
    let (n, unit) = si_size(bytes);
    format!("{n}{unit}")
}

/// Go's `%.3g` of the size in its SI unit, and the unit.
fn si_size(bytes: u64) -> (String, &'static str) {
    const UNITS: [&str; 6] = ["B", "kB", "MB", "GB", "TB", "PB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i + 1 < UNITS.len() {
        v /= 1000.0;
        i += 1;
    }
    if i == 0 {
        return (bytes.to_string(), UNITS[0]);
    }
    let digits = if v >= 100.0 {
        0
    } else if v >= 10.0 {
        1
    } else {
        2
    };
    let mut n = format!("{v:.digits$}");
    if n.contains('.') {
        n = n.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    (n, UNITS[i])
}

/// A `label=KEY` or `label=KEY=VALUE` filter against an object's labels.
/// podman's name and ID filters: a regular expression matched anywhere (a pattern that isn't
/// one is taken literally).
pub fn regex_match(pattern: &str, s: &str) -> bool {
    match regex_lite::Regex::new(pattern) {
        Ok(r) => r.is_match(s),
        Err(_) => s.contains(pattern),
    }
}

pub fn label_matches(labels: &std::collections::BTreeMap<String, String>, want: &str) -> bool {
    match want.split_once('=') {
        Some((k, v)) => labels.get(k).is_some_and(|x| x == v),
        None => labels.contains_key(want),
    }
}

/// `--filter KEY=VALUE` flags, checked against the keys a command takes: (key, value) pairs,
/// `until=` turned into an RFC 3339 time.
pub fn parse_kv_filters(given: &[String], keys: &[&str]) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for f in given {
        match f.split_once('=') {
            Some((k, v)) if keys.contains(&k) => {
                let v = if k == "until" {
                    input_time(v, true)?.to_rfc3339()
                } else {
                    v.to_string()
                };
                out.push((k.to_string(), v));
            }
            Some((k, _)) => bail!("{k} is an invalid filter"),
            None => bail!("invalid filter {f:?}: want KEY=VALUE"),
        }
    }
    Ok(out)
}

/// `until=` against a record's RFC 3339 time: whether `created` is before `until`.
pub fn before(created: &str, until: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(created),
        chrono::DateTime::parse_from_rfc3339(until),
    ) {
        (Ok(c), Ok(u)) => c < u,
        _ => false,
    }
}

/// podman's filter rule: every key given must match, and a key given more than once matches
/// when any of its values does (`label!` when none does).
pub fn filters_match(filters: &[(String, String)], matches: impl Fn(&str, &str) -> bool) -> bool {
    let mut keys: Vec<&str> = filters.iter().map(|(k, _)| k.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    keys.iter().all(|key| {
        let mut values = filters.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        match key.strip_suffix('!') {
            Some(positive) => values.all(|v| !matches(positive, v)),
            None => values.any(|v| matches(key, v)),
        }
    })
}

/// A time given to `--since`/`--until`, read as podman reads it: RFC 3339, a date and time
/// without a zone (UTC), a date, Unix seconds (with a fraction), or a Go duration, counted back
/// from now for `--since` (`since`) and forward for `--until`.
pub fn input_time(s: &str, since: bool) -> Result<chrono::DateTime<chrono::FixedOffset>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    let utc = |n: chrono::NaiveDateTime| n.and_utc().fixed_offset();
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(n) = chrono::NaiveDateTime::parse_from_str(s, f) {
            return Ok(utc(n));
        }
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(utc(d.and_hms_opt(0, 0, 0).expect("midnight exists")));
    }
    if let Ok(secs) = s.parse::<f64>()
        && secs.is_finite()
        && let Some(t) =
            chrono::DateTime::from_timestamp(secs.trunc() as i64, (secs.fract().abs() * 1e9) as u32)
    {
        return Ok(t.fixed_offset());
    }
    let d = crate::engine::health::parse_duration(s)
        .ok()
        .and_then(|d| chrono::Duration::from_std(d).ok())
        .ok_or_else(|| anyhow::anyhow!("unable to interpret time value {s:?}"))?;
    let now = chrono::Utc::now();
    Ok(if since { now - d } else { now + d }.fixed_offset())
}

/// `--since` and `--until`, read by [`input_time`].
pub type TimeWindow = (
    Option<chrono::DateTime<chrono::FixedOffset>>,
    Option<chrono::DateTime<chrono::FixedOffset>>,
);

pub fn time_window(since: Option<&str>, until: Option<&str>) -> Result<TimeWindow> {
    Ok((
        since.map(|t| input_time(t, true)).transpose()?,
        until.map(|t| input_time(t, false)).transpose()?,
    ))
}

/// A time as Go's `time.Time.String()` prints it ("2026-12-04 19:20:01.5 +0000 UTC"): the
/// form podman's `{{.CreatedAt}}` fields show.
pub fn go_time(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .format("%Y-%m-%d %H:%M:%S%.f %z %Z")
                .to_string()
        })
        .unwrap_or_default()
}

/// "2 years ago", "About a minute ago", as podman (docker's go-units) prints it.
pub fn since(rfc3339: Option<&str>) -> String {
    let Some(t) = rfc3339.and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok()) else {
        return String::new();
    };
    let secs = (chrono::Utc::now() - t.with_timezone(&chrono::Utc))
        .num_seconds()
        .max(0);
    let (m, h, d) = (60, 3600, 86400);
    let s = match secs {
        0 => return "Less than a second ago".into(),
        s if s < m => format!("{s} seconds"),
        s if s < 2 * m => "About a minute".into(),
        s if s < h => format!("{} minutes", s / m),
        s if s < 2 * h => "About an hour".into(),
        s if s < 2 * d => format!("{} hours", s / h),
        s if s < 14 * d => format!("{} days", s / d),
        s if s < 60 * d => format!("{} weeks", s / (7 * d)),
        s if s < 730 * d => format!("{} months", s / (30 * d)),
        s => format!("{} years", s / (365 * d)),
    };
    format!("{s} ago")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_render_fields_functions_and_json() {
        let v = serde_json::json!({"ID": "abc", "Names": ["a", "b"], "N": 3});
        let r = |f: &str| render(&template(f).unwrap(), &v).unwrap();
        assert_eq!(r("{{.ID}}"), "abc");
        assert_eq!(r("{{upper .ID}}-{{join .Names \",\"}}"), "ABC-a,b");
        assert_eq!(r("{{json .Names}}"), "[\"a\",\"b\"]");
        assert_eq!(r("{{range .Names}}[{{.}}]{{end}}"), "[a][b]");
        assert_eq!(r("{{if .ID}}yes{{end}}"), "yes");
        assert_eq!(r("{{truncate .ID 2}}"), "ab");
        assert!(template("{{.ID").is_err());
        assert_eq!(r("{{\"}}\"}} {{/* a }} comment */}}{{`{{`}}"), "}} {{");
        assert_eq!(r("a {{- .ID -}} b"), "aabcb");
        assert_eq!(r("{{printf \"%.1s|%d 123456\" .ID .N}}"), "a|3 123456");
        assert!(render(&template("{{printf \"%99999d\" 1}}").unwrap(), &v).is_err());
        assert_eq!(r("\u{436}{{\"\u{436}\"}}"), "\u{436}\u{436}");
    }

    #[test]
    fn templates_ending_inside_an_action_are_refused_not_hung_on() {
        // Each of these sent gtmpl into an endless loop or a panic (found by fuzz/template).
        for t in [
            "{{..",
            "{{.ID}} {{json .State}} {{..",
            "{{ \"}}",
            "{{`}}",
            "{{/* x }}",
            "{{'\\'",
            "*dbl {{\u{436}}}",
            "{{index .Labels \"\\xa\"}}",
            "{{\"\\u12\"}}",
            "{{'\u{5bb}'}}",
            "{{\"a\\\\\"}}",
            "t{{`.\\',\\u.` e}}U",
            "{{`a\\`}}",
            "{{\"\\\u{436}\"}}",
            "{{`\\ua5aaaaaaaa'4373\u{3be}`}}",
            "{{\"\\x41\"}}",
            "/\u{7f}{{-/*\u{10}*/\0f5 ",
            "\u{e9}{{- .ID}}",
            "{{.ID}} \u{2014} {{- .Names}}",
            "{{ /* caf\u{e9} */}}",
            "{{-/*\u{e9}*/}}",
            "{{define \"a\"}}{{template \"a\"}}{{end}}{{template \"a\"}}",
        ] {
            let e = template(t)
                .err()
                .unwrap_or_else(|| panic!("{t:?} was accepted"));
            assert!(
                e.to_string().starts_with("invalid --format template"),
                "{t:?}: {e}"
            );
        }
    }

    #[test]
    fn refusals_keep_their_texts() {
        let msg = |t: &str| actions_closed(t).unwrap_err().to_string();
        assert_eq!(
            msg("\u{e9}{{- .ID}}"),
            "a non-ASCII character just before {{- : put a space-free ASCII character there, or use {{ without the dash"
        );
        assert_eq!(msg("{{/* x */ }}"), "a comment must end with */}}");
        assert_eq!(msg("{{`a\\`}}"), "a raw string ends in \\");
        assert_eq!(
            msg("{{define \"a\"}}"),
            "{{define}} is not supported in --format"
        );
        assert_eq!(
            msg("{{\"\\x41\"}}"),
            "unsupported escape \\x in a quoted string (use \\n, \\t, \\r, \\b, \\f, \\\" or \\')"
        );
    }

    #[test]
    fn sizes_and_tables_look_like_podman() {
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(4_270_000), "4.27 MB");
        assert_eq!(human_size(123_400_000), "123 MB");
        // Go's %g drops trailing zeros.
        assert_eq!(human_size(1_200), "1.2 kB");
        assert_eq!(human_size(2_000_000), "2 MB");
        assert_eq!(human_size_compact(0), "0B");
        assert_eq!(
            input_time("2026-12-04T10:00:00", true)
                .unwrap()
                .to_rfc3339(),
            "2026-12-04T10:00:00+00:00"
        );
        assert_eq!(
            input_time("1700000000.5", true).unwrap().timestamp(),
            1_700_000_000
        );
        let soon = input_time("1m", false).unwrap();
        assert!(soon > chrono::Utc::now());
        assert!(input_time("yesterday", true).is_err());
        assert_eq!(human_size_compact(4_270_000), "4.27MB");
        let lines = vec!["A\tBB\tC".to_string(), "aaaa\tb\tc".to_string()];
        assert_eq!(align_lines(&lines), "A     BB  C\naaaa  b   c\n");
    }
}
