//! Signal names as podman accepts them: `SIGTERM`, `TERM`, `term`, `15`.

use std::str::FromStr;

use nix::sys::signal::Signal;

/// A signal name or number that names no signal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid signal: {0}")]
pub struct InvalidSignal(pub String);

pub fn parse(s: &str) -> Result<Signal, InvalidSignal> {
    let bad = || InvalidSignal(s.to_string());
    let t = s.trim();
    if let Ok(n) = t.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| bad());
    }
    let upper = t.to_ascii_uppercase();
    let name = if upper.starts_with("SIG") {
        upper
    } else {
        format!("SIG{upper}")
    };
    Signal::from_str(&name).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_numbers_and_short_forms_parse() {
        assert_eq!(parse("SIGTERM"), Ok(Signal::SIGTERM));
        assert_eq!(parse("term"), Ok(Signal::SIGTERM));
        assert_eq!(parse("9"), Ok(Signal::SIGKILL));
        assert_eq!(parse("HUP"), Ok(Signal::SIGHUP));
        assert!(parse("SIGNOPE").is_err());
        assert!(parse("99").is_err());
    }
}
