//! Containerfile / Dockerfile parsing: logical lines (continuations, comments), instructions
//! with their flags, JSON (exec) or shell form, and `$VAR` / `${VAR:-default}` substitution.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// Upper-cased: FROM, RUN, COPY, …
    pub keyword: String,
    /// `--name=value` flags before the arguments.
    pub flags: Vec<(String, String)>,
    /// The rest of the line, verbatim (continuations joined).
    pub args: String,
    /// 1-based line where the instruction starts.
    pub line: usize,
}

impl Instruction {
    pub fn flag(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The exec form (`["a", "b"]`), if the arguments are one.
    pub fn json_args(&self) -> Option<Vec<String>> {
        let t = self.args.trim();
        if t.starts_with('[') {
            serde_json::from_str(t).ok()
        } else {
            None
        }
    }

    /// How the step shows in history and progress (`RUN echo hi`).
    pub fn text(&self) -> String {
        let mut s = self.keyword.clone();
        for (k, v) in &self.flags {
            s.push_str(&format!(" --{k}={v}"));
        }
        if !self.args.is_empty() {
            s.push(' ');
            s.push_str(&self.args);
        }
        s
    }
}

const KNOWN: &[&str] = &[
    "FROM",
    "RUN",
    "COPY",
    "ADD",
    "ENV",
    "ARG",
    "WORKDIR",
    "USER",
    "ENTRYPOINT",
    "CMD",
    "EXPOSE",
    "LABEL",
    "VOLUME",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "SHELL",
    "ONBUILD",
    "MAINTAINER",
];

/// Parses a Containerfile into instructions. Errors name the line.
pub fn parse(text: &str) -> Result<Vec<Instruction>, String> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = raw.trim_start();
        // Comments (and parser directives) are whole lines; inside a continuation too.
        if trimmed.starts_with('#') {
            continue;
        }
        if current.is_none() && trimmed.is_empty() {
            continue;
        }
        let (body, continues) = match raw.trim_end().strip_suffix('\\') {
            Some(b) => (b.to_string(), true),
            None => (raw.trim_end().to_string(), false),
        };
        match &mut current {
            Some((_, acc)) => {
                acc.push(' ');
                acc.push_str(body.trim());
            }
            None => current = Some((line_no, body.trim().to_string())),
        }
        if !continues && let Some((start, logical)) = current.take() {
            out.push(instruction(start, &logical)?);
        }
    }
    if let Some((start, logical)) = current.take() {
        out.push(instruction(start, &logical)?);
    }
    if out.is_empty() {
        return Err("the Containerfile has no instructions".into());
    }
    Ok(out)
}

fn instruction(line: usize, logical: &str) -> Result<Instruction, String> {
    let (kw, rest) = logical
        .split_once(char::is_whitespace)
        .unwrap_or((logical, ""));
    let keyword = kw.to_ascii_uppercase();
    if !KNOWN.contains(&keyword.as_str()) {
        return Err(format!("line {line}: unknown instruction {kw:?}"));
    }
    let mut rest = rest.trim_start();
    let mut flags = Vec::new();
    // Flags only where Docker has them, so `RUN --help` style commands stay commands.
    if matches!(
        keyword.as_str(),
        "FROM" | "RUN" | "COPY" | "ADD" | "HEALTHCHECK"
    ) {
        while let Some(f) = rest.strip_prefix("--") {
            let (flag, after) = f.split_once(char::is_whitespace).unwrap_or((f, ""));
            let (k, v) = flag.split_once('=').unwrap_or((flag, "true"));
            flags.push((k.to_string(), v.to_string()));
            rest = after.trim_start();
        }
    }
    Ok(Instruction {
        keyword,
        flags,
        args: rest.trim().to_string(),
        line,
    })
}

/// Substitutes `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alternative}`; `\$` is a
/// literal dollar. Unknown variables become empty, as in Docker.
pub fn substitute(s: &str, vars: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1) == Some(&'$') {
            out.push('$');
            i += 2;
            continue;
        }
        if c != '$' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            let Some(end) = chars[i + 2..].iter().position(|c| *c == '}') else {
                out.push(c);
                i += 1;
                continue;
            };
            let inner: String = chars[i + 2..i + 2 + end].iter().collect();
            let value = if let Some((name, default)) = inner.split_once(":-") {
                vars.get(name)
                    .filter(|v| !v.is_empty())
                    .cloned()
                    .unwrap_or_else(|| substitute(default, vars))
            } else if let Some((name, alt)) = inner.split_once(":+") {
                if vars.get(name).is_some_and(|v| !v.is_empty()) {
                    substitute(alt, vars)
                } else {
                    String::new()
                }
            } else {
                vars.get(&inner).cloned().unwrap_or_default()
            };
            out.push_str(&value);
            i += 3 + end;
            continue;
        }
        let name: String = chars[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
            .collect();
        if name.is_empty() {
            out.push('$');
            i += 1;
        } else {
            out.push_str(vars.get(&name).map_or("", |v| v.as_str()));
            i += 1 + name.chars().count();
        }
    }
    out
}

/// Splits `a "b c" d` into words, honouring double and single quotes (for COPY/ADD sources,
/// EXPOSE, VOLUME and the like).
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut has = false;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                has = true;
            }
            (None, c) if c.is_whitespace() => {
                if has || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            (None, c) => cur.push(c),
        }
    }
    if has || !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `KEY=VALUE …` pairs (ENV, LABEL, ARG), or the legacy `KEY VALUE` form.
pub fn pairs(s: &str) -> Result<Vec<(String, String)>, String> {
    let ws = words(s);
    if ws.is_empty() {
        return Err("needs KEY=VALUE".into());
    }
    if !ws[0].contains('=') {
        let (k, v) = s
            .trim()
            .split_once(char::is_whitespace)
            .ok_or_else(|| format!("{s:?}: needs KEY=VALUE or KEY VALUE"))?;
        return Ok(vec![(k.to_string(), v.trim().to_string())]);
    }
    ws.iter()
        .map(|w| {
            w.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .filter(|(k, _)| !k.is_empty())
                .ok_or_else(|| format!("{w:?}: needs KEY=VALUE"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_continuations_comments_and_flags() {
        let text = "# syntax comment\nFROM busybox AS base\n\nRUN echo a \\\n  # a comment inside\n  && echo b\nCOPY --from=base --chown=1:2 a b /dst/\nrun echo lower\n";
        let ins = parse(text).unwrap();
        assert_eq!(ins.len(), 4);
        assert_eq!(ins[0].args, "busybox AS base");
        assert_eq!(ins[1].args, "echo a && echo b");
        assert_eq!(ins[1].line, 4);
        assert_eq!(ins[2].flag("from"), Some("base"));
        assert_eq!(ins[2].flag("chown"), Some("1:2"));
        assert_eq!(ins[2].args, "a b /dst/");
        assert_eq!(ins[3].keyword, "RUN");
        assert!(parse("FROZ x\n").unwrap_err().contains("line 1"));
        assert!(parse("# only a comment\n").is_err());
        let exec = &parse("CMD [\"a\", \"b c\"]\n").unwrap()[0];
        assert_eq!(exec.json_args().unwrap(), ["a", "b c"]);
    }

    #[test]
    fn variables_substitute_like_docker() {
        let vars: BTreeMap<String, String> = [("A", "1"), ("EMPTY", "")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(substitute("$A-${A}-$NOPE-x", &vars), "1-1--x");
        assert_eq!(
            substitute("${EMPTY:-d} ${A:-d} ${A:+alt} ${EMPTY:+alt}", &vars),
            "d 1 alt "
        );
        assert_eq!(substitute("cost \\$5 $", &vars), "cost $5 $");
        assert_eq!(words("a \"b c\" 'd'"), ["a", "b c", "d"]);
        assert_eq!(
            pairs("A=1 B=\"two words\"").unwrap(),
            [("A".into(), "1".into()), ("B".into(), "two words".into())]
        );
        assert_eq!(
            pairs("KEY some value").unwrap(),
            [("KEY".into(), "some value".into())]
        );
        assert!(pairs("=x").is_err());
    }
}
