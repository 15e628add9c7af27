//! systemd's unit-file syntax: [`UnitFile`] parsing and rendering, and the word splitting of
//! a value ([`split_words`]).

use std::fmt::Write as _;

use crate::engine::Error;

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

    pub fn render_section(out: &mut String, name: &str, entries: &[(String, String)]) {
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
