//! gorae: a daemonless, rootless container engine with podman's commands.
//!
//! The engine is a library so that the fuzz targets (`fuzz/`) reach its parsers; the product
//! is the `gorae` binary (`main.rs`), and nothing here is a stable API.

pub mod cli;
pub mod engine;
pub mod frontend;
pub mod image;
pub mod inroot;
pub mod log;
pub mod net;
pub mod process;
pub mod runtime;
pub mod store;
pub mod sys;

/// The layers, top first: a module may use those below its own, never one above
/// (ARCHITECTURE.md, "The layers"). The last rank are leaves, free to use each other.
pub const LAYERS: &[&[&str]] = &[
    &["cli"],
    &["frontend"],
    &["engine"],
    &["process"],
    &["net"],
    &["runtime"],
    &["image"],
    &["store"],
    &["inroot", "sys", "log"],
];

#[cfg(test)]
mod layer_tests {
    use std::path::Path;

    fn rank(module: &str) -> Option<usize> {
        super::LAYERS.iter().position(|l| l.contains(&module))
    }

    /// Every `crate::x` a file of module `m` names (outside its `#[cfg(test)]` tail).
    fn uses(code: &str) -> Vec<String> {
        let code = code.split("#[cfg(test)]").next().unwrap_or("");
        let mut out = Vec::new();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + 7..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
        out
    }

    #[test]
    fn no_module_uses_a_layer_above_its_own() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut upward = Vec::new();
        let mut seen = 0;
        for layer in super::LAYERS.iter().flat_map(|l| l.iter()) {
            let mut files = Vec::new();
            let single = src.join(format!("{layer}.rs"));
            if single.is_file() {
                files.push(single);
            }
            let mut dirs = vec![src.join(layer)];
            while let Some(d) = dirs.pop() {
                for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        dirs.push(p);
                    } else if p.extension().is_some_and(|x| x == "rs")
                        && !p.to_string_lossy().ends_with("_tests.rs")
                    {
                        files.push(p);
                    }
                }
            }
            let own = rank(layer).expect("listed");
            for f in files {
                seen += 1;
                let code = std::fs::read_to_string(&f).unwrap();
                for used in uses(&code) {
                    match rank(&used) {
                        Some(r) if r < own => upward.push(format!(
                            "{}: uses crate::{used}, a layer above {layer}",
                            f.strip_prefix(&src).unwrap().display()
                        )),
                        Some(_) => {}
                        None => upward.push(format!(
                            "{}: uses crate::{used}, which is in no layer (add it to LAYERS)",
                            f.strip_prefix(&src).unwrap().display()
                        )),
                    }
                }
            }
        }
        assert!(seen > 50, "the sources were not found");
        assert!(upward.is_empty(), "upward uses: {upward:#?}");
    }

    #[test]
    fn every_module_is_in_a_layer() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
        for line in lib.lines() {
            if let Some(m) = line.strip_prefix("pub mod ") {
                let m = m.trim_end_matches(';');
                assert!(rank(m).is_some(), "module {m} is in no layer");
            }
        }
    }

    /// The last type argument of every `Result<…>` in `code`.
    fn result_errors(code: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (i, _) in code.match_indices("Result<") {
            if code[..i].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
                continue;
            }
            // Only a two-argument `Result` names its error (`anyhow::Result<String>` does not).
            let (mut depth, mut last) = (0usize, None);
            for (j, c) in code[i + 7..].char_indices() {
                let at = i + 7 + j;
                match c {
                    '<' | '(' | '[' => depth += 1,
                    ',' if depth == 0 => last = Some(at + 1),
                    '>' | ')' | ']' if depth > 0 => depth -= 1,
                    '>' => {
                        if let Some(last) = last {
                            out.push(code[last..at].trim().to_string());
                        }
                        break;
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// Errors are typed in every layer (`engine::Error` and the layers' own): a caller branches
    /// on a variant, never on text, so no function returns `Result<_, String>`.
    #[test]
    fn no_function_returns_a_string_error() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        for (p, text) in sources() {
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            if result_errors(code).iter().any(|e| e == "String") {
                found.push(p.strip_prefix(&src).unwrap().display().to_string());
            }
        }
        assert!(found.is_empty(), "Result<_, String> in: {found:#?}");
        assert_eq!(
            result_errors("fn f() -> Result<(BTreeMap<A, String>, u8), String> {}"),
            ["String"]
        );
        assert!(result_errors("anyhow::Result<Vec<String>>").is_empty());
    }

    /// Every `.rs` file under `src/`, with its text.
    fn sources() -> Vec<(std::path::PathBuf, String)> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut out = Vec::new();
        let mut dirs = vec![src];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    out.push((p, text));
                }
            }
        }
        out
    }

    /// A line's braces, without those in strings, character literals and comments.
    fn braces(line: &str) -> (usize, usize) {
        let (mut open, mut close) = (0, 0);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' => {
                                chars.next();
                            }
                            '"' => break,
                            _ => {}
                        }
                    }
                }
                '\'' if matches!(chars.peek(), Some('{' | '}' | '"')) => {
                    chars.next();
                }
                '/' if chars.peek() == Some(&'/') => break,
                '{' => open += 1,
                '}' => close += 1,
                _ => {}
            }
        }
        (open, close)
    }

    /// The functions of `code` longer than `max` lines: (name, first line, length).
    fn long_functions(code: &str, max: usize) -> Vec<(String, usize, usize)> {
        let lines: Vec<&str> = code.lines().collect();
        let mut out = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            let t = l.trim_start();
            let t = t
                .strip_prefix("pub ")
                .or_else(|| t.strip_prefix("pub(super) "))
                .unwrap_or(t);
            let t = t.strip_prefix("pub(crate) ").unwrap_or(t);
            let t = t.strip_prefix("async ").unwrap_or(t);
            let t = t.strip_prefix("unsafe ").unwrap_or(t);
            let t = t.strip_prefix("extern \"C\" ").unwrap_or(t);
            let Some(rest) = t.strip_prefix("fn ") else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let mut depth = 0usize;
            let mut started = false;
            for (j, l) in lines.iter().enumerate().skip(i) {
                let (o, c) = braces(l);
                if !started && o == 0 && l.contains(';') {
                    break;
                }
                started |= o > 0;
                depth = (depth + o).saturating_sub(c);
                if started && depth == 0 {
                    if j - i + 1 > max {
                        out.push((name.clone(), i + 1, j - i + 1));
                    }
                    break;
                }
            }
        }
        out
    }

    /// Room for the breadth to come: no source file over 900 lines, no function over 150.
    #[test]
    fn no_file_or_function_is_too_long() {
        let mut long = Vec::new();
        for (path, text) in sources() {
            let name = path.display().to_string();
            let n = text.lines().count();
            if n > 900 {
                long.push(format!("{name}: {n} lines"));
            }
            for (f, line, len) in long_functions(&text, 150) {
                long.push(format!("{name}:{line}: fn {f} is {len} lines"));
            }
        }
        assert!(long.is_empty(), "too long: {long:#?}");
        let sample = "fn a() {\n    let s = \"}}\";\n    let c = '{';\n}\n";
        assert!(long_functions(sample, 4).is_empty());
        assert_eq!(long_functions(sample, 3), [("a".to_string(), 1, 4)]);
    }
}
