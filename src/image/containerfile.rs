//! Containerfile / Dockerfile parsing: logical lines (continuations, comments), instructions
//! with their flags, JSON (exec) or shell form, and `$VAR` / `${VAR:-default}` substitution.

use std::collections::BTreeMap;

/// Why a Containerfile could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("line {line}: unknown instruction {keyword:?}")]
    UnknownInstruction { line: usize, keyword: String },
    #[error("the Containerfile has no instructions")]
    Empty,
}

impl ParseError {
    /// The 1-based line the error is on, if it is on one.
    pub fn line(&self) -> Option<usize> {
        match self {
            ParseError::UnknownInstruction { line, .. } => Some(*line),
            ParseError::Empty => None,
        }
    }
}

/// A `${…}` reference that can't be expanded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExpandError {
    /// `${` without its `}`, in the text given.
    #[error("unclosed ${{ in {0:?}")]
    Unclosed(String),
    /// `${NAME:?message}` or `${NAME?message}` with `NAME` unset.
    #[error("variable {name} is required: {message}")]
    Required { name: String, message: String },
    /// An operator that is none of `-`, `+`, `?`: the reference's text inside the braces.
    #[error("bad substitution ${{{0}}}")]
    BadSubstitution(String),
}

/// `KEY=VALUE` arguments (ENV, LABEL, ARG) that aren't.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PairsError {
    #[error("needs KEY=VALUE")]
    Empty,
    /// The legacy `KEY VALUE` form with no value: the whole argument.
    #[error("{0:?}: needs KEY=VALUE or KEY VALUE")]
    NoValue(String),
    /// A word that is no `KEY=VALUE` (or has an empty key).
    #[error("{0:?}: needs KEY=VALUE")]
    NotPair(String),
}

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
pub fn parse(text: &str) -> Result<Vec<Instruction>, ParseError> {
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
        return Err(ParseError::Empty);
    }
    Ok(out)
}

fn instruction(line: usize, logical: &str) -> Result<Instruction, ParseError> {
    let (kw, rest) = logical
        .split_once(char::is_whitespace)
        .unwrap_or((logical, ""));
    let keyword = kw.to_ascii_uppercase();
    if !KNOWN.contains(&keyword.as_str()) {
        return Err(ParseError::UnknownInstruction {
            line,
            keyword: kw.to_string(),
        });
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

/// How a literal dollar is written: `\$` in Containerfiles, `$$` in compose files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    Backslash,
    Double,
}

/// Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`,
/// `${VAR:?message}` and `${VAR?message}` (the colon forms treat empty as unset). Unknown
/// variables become empty; a required one that is missing is an error.
pub fn expand(
    s: &str,
    vars: &BTreeMap<String, String>,
    escape: Escape,
) -> Result<String, ExpandError> {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match (escape, c, next) {
            (Escape::Backslash, '\\', Some('$')) | (Escape::Double, '$', Some('$')) => {
                out.push('$');
                i += 2;
                continue;
            }
            (_, '$', Some('{')) => {}
            (_, '$', _) => {
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
                continue;
            }
            _ => {
                out.push(c);
                i += 1;
                continue;
            }
        }
        let Some(end) = chars[i + 2..].iter().position(|c| *c == '}') else {
            return Err(ExpandError::Unclosed(s.to_string()));
        };
        let inner: String = chars[i + 2..i + 2 + end].iter().collect();
        let name_len = inner
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(inner.len());
        let (name, op) = inner.split_at(name_len);
        let set = vars.get(name);
        let colon = op.starts_with(':');
        let op = op.trim_start_matches(':');
        let present = set.is_some_and(|v| !colon || !v.is_empty());
        let arg = |rest: &str| expand(rest, vars, escape);
        let value = match op.chars().next() {
            None => set.cloned().unwrap_or_default(),
            Some('-') => match present {
                true => set.cloned().unwrap_or_default(),
                false => arg(&op[1..])?,
            },
            Some('+') => match present {
                true => arg(&op[1..])?,
                false => String::new(),
            },
            Some('?') => match present {
                true => set.cloned().unwrap_or_default(),
                false => {
                    return Err(ExpandError::Required {
                        name: name.to_string(),
                        message: op[1..].to_string(),
                    });
                }
            },
            Some(_) => return Err(ExpandError::BadSubstitution(inner)),
        };
        out.push_str(&value);
        i += 3 + end;
    }
    Ok(out)
}

/// Containerfile substitution (`\$` escapes a dollar); a malformed reference stays as it is.
pub fn substitute(s: &str, vars: &BTreeMap<String, String>) -> String {
    expand(s, vars, Escape::Backslash).unwrap_or_else(|_| s.to_string())
}

/// Splits `a "b c" d` into words, honouring double and single quotes (for COPY/ADD sources,
/// EXPOSE, VOLUME and the like).
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut has = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // A backslash keeps a quote (or, outside quotes, a space) as a character of the word;
        // other backslashes stay, for variable substitution (`\$`) to read.
        let escapes = match quote {
            Some('"') => matches!(chars.peek(), Some('"')),
            Some(_) => false,
            None => chars
                .peek()
                .is_some_and(|n| matches!(n, '"' | '\'') || n.is_whitespace()),
        };
        if c == '\\' && escapes {
            cur.extend(chars.next());
            has = true;
            continue;
        }
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
pub fn pairs(s: &str) -> Result<Vec<(String, String)>, PairsError> {
    let ws = words(s);
    if ws.is_empty() {
        return Err(PairsError::Empty);
    }
    if !ws[0].contains('=') {
        let (k, v) = s
            .trim()
            .split_once(char::is_whitespace)
            .ok_or_else(|| PairsError::NoValue(s.to_string()))?;
        return Ok(vec![(k.to_string(), v.trim().to_string())]);
    }
    ws.iter()
        .map(|w| {
            w.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .filter(|(k, _)| !k.is_empty())
                .ok_or_else(|| PairsError::NotPair(w.clone()))
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
        let e = parse("FROZ x\n").unwrap_err();
        assert_eq!(e.line(), Some(1));
        assert_eq!(e.to_string(), "line 1: unknown instruction \"FROZ\"");
        assert_eq!(parse("# only a comment\n"), Err(ParseError::Empty));
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
        // The compose dialect: `$$`, and the forms without a colon keep an empty value.
        let e = |t: &str| expand(t, &vars, Escape::Double);
        assert_eq!(
            e("$$A ${EMPTY-d} ${EMPTY:-d} ${NOPE-d} ${A+x}").unwrap(),
            "$A  d d x"
        );
        assert_eq!(
            e("${NOPE?needed}").unwrap_err().to_string(),
            "variable NOPE is required: needed"
        );
        assert_eq!(
            e("${A!x}").unwrap_err().to_string(),
            "bad substitution ${A!x}"
        );
        assert_eq!(
            e("x ${A").unwrap_err().to_string(),
            "unclosed ${ in \"x ${A\""
        );
        assert!(e("${NOPE:?}").is_err() && e("${EMPTY?ok}").is_ok());
        assert!(e("${A").is_err() && e("${A!x}").is_err());
        assert_eq!(words("a \"b c\" 'd'"), ["a", "b c", "d"]);
        // Docker's escapes: a quote inside double quotes, a quote or space outside.
        assert_eq!(
            words(r#"k="{\"a\":1}" x\ y \"q \$V"#),
            [r#"k={"a":1}"#, "x y", "\"q", "\\$V"]
        );
        assert_eq!(
            pairs("A=1 B=\"two words\"").unwrap(),
            [("A".into(), "1".into()), ("B".into(), "two words".into())]
        );
        assert_eq!(
            pairs("KEY some value").unwrap(),
            [("KEY".into(), "some value".into())]
        );
        assert_eq!(
            pairs("=x").unwrap_err().to_string(),
            "\"=x\": needs KEY=VALUE"
        );
        assert_eq!(pairs(" ").unwrap_err().to_string(), "needs KEY=VALUE");
    }
}
