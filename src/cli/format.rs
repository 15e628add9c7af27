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
fn f_pad(args: &[Value]) -> Result<Value, FuncError> {
    let s = str_arg(args, 0, "pad")?;
    let n = |i: usize| match args.get(i) {
        Some(Value::Number(n)) => n.as_u64().unwrap_or(0) as usize,
        _ => 0,
    };
    Ok(Value::String(format!(
        "{}{s}{}",
        " ".repeat(n(1)),
        " ".repeat(n(2))
    )))
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
    ]);
    // Go templates written for podman use `\t` and `\n` literally in shell strings.
    let text = text.replace("\\t", "\t").replace("\\n", "\n");
    t.parse(text)
        .map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?;
    Ok(t)
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
                out.push_str(&render(&t, d)?);
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

/// podman's sizes: SI units with three significant digits ("4.27 MB").
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 6] = ["B", "kB", "MB", "GB", "TB", "PB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i + 1 < UNITS.len() {
        v /= 1000.0;
        i += 1;
    }
    if i == 0 {
        return format!("{bytes} B");
    }
    let digits = if v >= 100.0 {
        0
    } else if v >= 10.0 {
        1
    } else {
        2
    };
    format!("{v:.digits$} {}", UNITS[i])
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
    }

    #[test]
    fn sizes_and_tables_look_like_podman() {
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(4_270_000), "4.27 MB");
        assert_eq!(human_size(123_400_000), "123 MB");
        let lines = vec!["A\tBB\tC".to_string(), "aaaa\tb\tc".to_string()];
        assert_eq!(align_lines(&lines), "A     BB  C\naaaa  b   c\n");
    }
}
