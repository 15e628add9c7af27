//! Values printed by a `--format` template as Go prints them. gtmpl prints arrays and maps in
//! Rust's debug form (`[String("a")]`); podman's templates show `[a b]` and `map[k:v]`, and
//! scripts parse that. Every action that prints is piped through `gofmt`, which formats its
//! value the Go way.

use gtmpl_value::Value;

/// The value as Go's `fmt.Sprint` shows it: maps with sorted keys.
pub fn go_string(v: &Value) -> String {
    match v {
        Value::NoValue => "<no value>".into(),
        Value::Nil => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Function(f) => f.to_string(),
        Value::Array(a) => format!(
            "[{}]",
            a.iter().map(go_string).collect::<Vec<_>>().join(" ")
        ),
        Value::Object(m) | Value::Map(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            format!(
                "map[{}]",
                keys.iter()
                    .map(|k| format!("{k}:{}", go_string(&m[*k])))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        }
    }
}

/// The end of the action that starts at `rest` (just after its `{{`): the index of its
/// `}}`, past quoted strings. The template was checked to be closed.
fn action_end(rest: &str) -> usize {
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '}' if rest[i..].starts_with("}}") => return i,
            '"' | '\'' | '`' => {
                while let Some((_, q)) = chars.next() {
                    if q == '\\' && c != '`' {
                        chars.next();
                    } else if q == c {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    rest.len()
}

/// Whether an action prints its pipeline's value: not a control word, a declaration
/// (`$x := …`), a comment or nothing.
fn prints(body: &str) -> bool {
    let words = body.trim();
    let first = words
        .split(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if words.is_empty()
        || words.starts_with("/*")
        || matches!(
            first,
            "if" | "else" | "end" | "range" | "with" | "break" | "continue"
        )
    {
        return false;
    }
    if first.starts_with('$') {
        let after = words[first.len()..].trim_start();
        let after = after.strip_prefix(',').map_or(after, |_| ":=");
        return !(after.starts_with(":=") || (after.starts_with('=') && !after.starts_with("==")));
    }
    true
}

/// `text` with ` | gofmt` at the end of every action that prints.
pub fn print_as_go(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open + 2]);
        rest = &rest[open + 2..];
        if rest.starts_with("/*") || rest.starts_with("- /*") {
            let close = rest
                .find("*/")
                .and_then(|e| rest[e..].find("}}").map(|c| e + c))
                .unwrap_or(rest.len());
            out.push_str(&rest[..close]);
            rest = &rest[close..];
            continue;
        }
        let close = action_end(rest);
        let inner = &rest[..close];
        let (body, trim) = match inner.strip_suffix(" -") {
            Some(b) => (b, " -"),
            None => (inner, ""),
        };
        let lead = body.strip_prefix("- ").unwrap_or(body);
        if prints(lead) {
            out.push_str(body);
            out.push_str(" | gofmt");
            out.push_str(trim);
        } else {
            out.push_str(inner);
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printing_actions_go_through_gofmt_and_the_rest_stays() {
        assert_eq!(print_as_go("{{.A}} x"), "{{.A | gofmt}} x");
        assert_eq!(
            print_as_go("{{- range $k, $v := .L -}}{{$k}}={{$v}}{{end}}"),
            "{{- range $k, $v := .L -}}{{$k | gofmt}}={{$v | gofmt}}{{end}}"
        );
        assert_eq!(
            print_as_go("{{$x := .A}}{{/* c */}}"),
            "{{$x := .A}}{{/* c */}}"
        );
        assert_eq!(
            print_as_go(r#"{{printf "%s}}" .A -}}"#),
            r#"{{printf "%s}}" .A | gofmt -}}"#
        );
        assert_eq!(
            print_as_go("{{if .A}}y{{else}}n{{end}}"),
            "{{if .A}}y{{else}}n{{end}}"
        );
    }

    #[test]
    fn values_print_as_go_prints_them() {
        let m: std::collections::HashMap<String, Value> = [
            ("b".to_string(), Value::Array(vec!["x".into(), "y".into()])),
            ("a".to_string(), Value::from("1")),
        ]
        .into();
        assert_eq!(go_string(&Value::Map(m)), "map[a:1 b:[x y]]");
        assert_eq!(go_string(&Value::Nil), "<nil>");
    }
}
