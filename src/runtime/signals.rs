//! Signal names as podman accepts them: `SIGTERM`, `TERM`, `term`, `15`.

use std::str::FromStr;

use nix::sys::signal::Signal;

/// A signal name or number that names no signal, or a number out of range, in podman's
/// words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidSignal {
    #[error("invalid signal: {0}")]
    Name(String),
    #[error("valid signals are 1 through 64")]
    Range,
}

/// A signal by number: the standard ones and the real-time ones (34 to 64), which `nix`'s
/// `Signal` lacks (systemd's SIGRTMIN+3 among them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sig(pub i32);

impl From<Signal> for Sig {
    fn from(s: Signal) -> Sig {
        Sig(s as i32)
    }
}

impl Sig {
    /// The standard signal, if this is one.
    pub fn standard(self) -> Option<Signal> {
        Signal::try_from(self.0).ok()
    }
}

impl std::fmt::Display for Sig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.standard() {
            Some(s) => write!(f, "{s}"),
            None if self.0 == RTMIN => write!(f, "SIGRTMIN"),
            None if self.0 < RTMAX => write!(f, "SIGRTMIN+{}", self.0 - RTMIN),
            None => write!(f, "SIGRTMAX"),
        }
    }
}

/// The first and last real-time signals, as glibc numbers them for programs.
pub const RTMIN: i32 = 34;
pub const RTMAX: i32 = 64;

/// Parses a signal as podman does: a name with or without `SIG` in any case, `RTMIN+N` and
/// `RTMAX-N`, or a number from 1 to 64; a leading `-` is dropped.
pub fn parse(s: &str) -> Result<Sig, InvalidSignal> {
    let t = s.trim();
    let t = t.strip_prefix('-').unwrap_or(t);
    let bad = || InvalidSignal::Name(t.to_string());
    if let Ok(n) = t.parse::<i64>() {
        return match n {
            0 => Err(bad()),
            1..=64 => Ok(Sig(n as i32)),
            _ => Err(InvalidSignal::Range),
        };
    }
    let upper = t.to_ascii_uppercase();
    let name = upper.strip_prefix("SIG").unwrap_or(&upper);
    let rt = |base: i32, rest: &str, sign: i32| -> Option<Sig> {
        let n: i32 = if rest.is_empty() {
            0
        } else {
            rest.parse().ok()?
        };
        let v = base + sign * n;
        (RTMIN..=RTMAX).contains(&v).then_some(Sig(v))
    };
    if let Some(rest) = name.strip_prefix("RTMIN") {
        return rest
            .strip_prefix('+')
            .map_or_else(
                || rest.is_empty().then_some(Sig(RTMIN)),
                |r| rt(RTMIN, r, 1),
            )
            .ok_or_else(bad);
    }
    if let Some(rest) = name.strip_prefix("RTMAX") {
        return rest
            .strip_prefix('-')
            .map_or_else(
                || rest.is_empty().then_some(Sig(RTMAX)),
                |r| rt(RTMAX, r, -1),
            )
            .ok_or_else(bad);
    }
    if name.is_empty() {
        return Err(bad());
    }
    Signal::from_str(&format!("SIG{name}"))
        .map(Sig::from)
        .map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_numbers_and_short_forms_parse() {
        assert_eq!(parse("SIGTERM"), Ok(Signal::SIGTERM.into()));
        assert_eq!(parse("term"), Ok(Signal::SIGTERM.into()));
        assert_eq!(parse("9"), Ok(Signal::SIGKILL.into()));
        assert_eq!(parse("HUP"), Ok(Signal::SIGHUP.into()));
        assert_eq!(parse("-HUP"), Ok(Signal::SIGHUP.into()));
        assert_eq!(parse("64"), Ok(Sig(64)));
        assert_eq!(parse("SIGRTMIN+3"), Ok(Sig(37)));
        assert_eq!(parse("rtmax-1"), Ok(Sig(63)));
        assert_eq!(parse("RTMIN"), Ok(Sig(34)));
        assert_eq!(Sig(37).to_string(), "SIGRTMIN+3");
        assert!(parse("SIGNOPE").is_err());
        assert_eq!(parse("99"), Err(InvalidSignal::Range));
        assert_eq!(parse("-65"), Err(InvalidSignal::Range));
        assert_eq!(parse("-0"), Err(InvalidSignal::Name("0".into())));
        assert_eq!(parse("SIG"), Err(InvalidSignal::Name("SIG".into())));
        assert_eq!(
            parse("RTMIN+40"),
            Err(InvalidSignal::Name("RTMIN+40".into()))
        );
    }
}
