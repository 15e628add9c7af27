//! The command lines gorae writes for itself: the `run`, `create`, `pod create`, `volume
//! create`, `network create` and `kube play` that compose, kube play, Quadlet and `generate
//! systemd` start or put in a unit. Each flag is spelled once, here, and the command-line
//! tests parse what the front ends build with the real parser, so a flag renamed there breaks
//! a test, not a user.
//!
//! Two styles: [`Argv::new`] writes `--flag value` (`-e A=1` where the flag has a short form),
//! for the child processes the front ends start; [`Argv::joined`] writes `--flag=value`, as
//! unit files carry them.

/// One flag of gorae's command line: its long spelling and, if it has one, its short one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag {
    pub long: &'static str,
    pub short: Option<&'static str>,
    /// Whether it is a switch (no value).
    pub switch: bool,
    /// Whether its value must be joined to it (`--pull=never`): its value is optional.
    pub joined: bool,
}

impl Flag {
    /// Whether `word` is this flag, in either spelling, without a value joined to it.
    pub fn is(&self, word: &str) -> bool {
        word == self.long || Some(word) == self.short
    }

    /// Whether `word` is this flag with its value joined (`--name=x`).
    pub fn is_joined(&self, word: &str) -> bool {
        word.strip_prefix(self.long)
            .is_some_and(|rest| rest.starts_with('='))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Separate,
    Joined,
}

/// A command line being built: its words, in the order they were added.
#[derive(Debug, Clone)]
pub struct Argv {
    words: Vec<String>,
    style: Style,
}

impl Argv {
    /// `words` (the subcommand, `["pod", "create"]`), then flags as `--flag value`.
    pub fn new(words: &[&str]) -> Self {
        Argv {
            words: words.iter().map(|w| w.to_string()).collect(),
            style: Style::Separate,
        }
    }

    /// `words`, then flags as `--flag=value`: the style of a unit's command line.
    pub fn joined(words: &[&str]) -> Self {
        Argv {
            style: Style::Joined,
            ..Argv::new(words)
        }
    }

    /// `flag` with `value`, in this command line's style.
    fn value(&mut self, flag: Flag, value: &str) -> &mut Self {
        debug_assert!(!flag.switch);
        if flag.joined || self.style == Style::Joined {
            self.words.push(format!("{}={value}", flag.long));
        } else {
            self.words.push(flag.short.unwrap_or(flag.long).to_string());
            self.words.push(value.to_string());
        }
        self
    }

    fn switch(&mut self, flag: Flag) -> &mut Self {
        debug_assert!(flag.switch);
        self.words.push(flag.short.unwrap_or(flag.long).to_string());
        self
    }

    /// A word as it is: a positional argument (the image, the command after it) or an
    /// option a user wrote (`PodmanArgs=`, a kept part of an original command line).
    pub fn arg(&mut self, word: impl Into<String>) -> &mut Self {
        self.words.push(word.into());
        self
    }

    /// Every word of `words`, as they are.
    pub fn args<S: Into<String>>(&mut self, words: impl IntoIterator<Item = S>) -> &mut Self {
        self.words.extend(words.into_iter().map(Into::into));
        self
    }

    /// The words of `other` (a fragment made with no subcommand words) after these.
    pub fn append(&mut self, other: Argv) -> &mut Self {
        self.words.extend(other.words);
        self
    }

    pub fn words(&self) -> &[String] {
        &self.words
    }

    pub fn into_words(self) -> Vec<String> {
        self.words
    }

    /// `--label KEY=VALUE`.
    pub fn label_pair(&mut self, key: &str, value: &str) -> &mut Self {
        self.label(&format!("{key}={value}"))
    }

    /// `--tls-verify=BOOL`.
    pub fn tls_verify(&mut self, verify: bool) -> &mut Self {
        self.value(Self::TLS_VERIFY, if verify { "true" } else { "false" })
    }
}

/// A list of words as the JSON list `--entrypoint` and `--health-cmd` take.
pub fn json_list(list: &[String]) -> String {
    serde_json::to_string(list).expect("a list of strings serializes")
}

/// `NAME method "--long" ["-s"];`: a flag that takes a value, its constant and the method
/// that adds it (`fn(&mut Argv, &str) -> &mut Argv`, one shape for all, so tables can hold
/// them).
macro_rules! value_flags {
    ($($(#[$doc:meta])* $konst:ident $method:ident $long:literal $($short:literal)?;)*) => {
        impl Argv {
            $(pub const $konst: Flag = Flag {
                long: $long,
                short: value_flags!(@short $($short)?),
                switch: false,
                joined: false,
            };)*
            $($(#[$doc])* pub fn $method(&mut self, value: &str) -> &mut Self {
                self.value(Self::$konst, value)
            })*
        }
        const VALUE_FLAGS: &[Flag] = &[$(Argv::$konst),*];
    };
    (@short $short:literal) => { Some($short) };
    (@short) => { None };
}

/// `NAME method "--long" ["-s"];`: a switch, its constant and the method that adds it.
macro_rules! switch_flags {
    ($($(#[$doc:meta])* $konst:ident $method:ident $long:literal $($short:literal)?;)*) => {
        impl Argv {
            $(pub const $konst: Flag = Flag {
                long: $long,
                short: value_flags!(@short $($short)?),
                switch: true,
                joined: false,
            };)*
            $($(#[$doc])* pub fn $method(&mut self) -> &mut Self {
                self.switch(Self::$konst)
            })*
        }
        const SWITCH_FLAGS: &[Flag] = &[$(Argv::$konst),*];
    };
}

value_flags! {
    NAME name "--name";
    POD pod "--pod";
    NETWORK network "--network";
    NETWORK_ALIAS network_alias "--network-alias";
    /// `--label KV`, `KV` already joined (`KEY=VALUE` or `KEY`).
    LABEL label "--label";
    HOSTNAME hostname "--hostname";
    ENV_FILE env_file "--env-file";
    /// `--env KEY=VALUE` (or `KEY`).
    ENV env "--env" "-e";
    PUBLISH publish "--publish" "-p";
    VOLUME volume "--volume" "-v";
    MOUNT mount "--mount";
    TMPFS tmpfs "--tmpfs";
    WORKDIR workdir "--workdir" "-w";
    USER user "--user";
    CAP_ADD cap_add "--cap-add";
    CAP_DROP cap_drop "--cap-drop";
    /// `--add-host NAME:IP`.
    ADD_HOST add_host "--add-host";
    DNS dns "--dns";
    STOP_SIGNAL stop_signal "--stop-signal";
    STOP_TIMEOUT stop_timeout "--stop-timeout";
    RESTART restart "--restart";
    MEMORY memory "--memory";
    CPUS cpus "--cpus";
    PIDS_LIMIT pids_limit "--pids-limit";
    USERNS userns "--userns";
    /// `--health-cmd`, a command line or a JSON list (see [`json_list`]).
    HEALTH_CMD health_cmd "--health-cmd";
    HEALTH_INTERVAL health_interval "--health-interval";
    HEALTH_TIMEOUT health_timeout "--health-timeout";
    HEALTH_RETRIES health_retries "--health-retries";
    HEALTH_START_PERIOD health_start_period "--health-start-period";
    /// `--entrypoint`, a command or a JSON list (see [`json_list`]).
    ENTRYPOINT entrypoint "--entrypoint";
    CIDFILE cidfile "--cidfile";
    PIDFILE pidfile "--pidfile";
    CONMON_PIDFILE conmon_pidfile "--conmon-pidfile";
    CGROUPS cgroups "--cgroups";
    SDNOTIFY sdnotify "--sdnotify";
    SUBNET subnet "--subnet";
}

switch_flags! {
    DETACH detach "--detach" "-d";
    RM rm "--rm";
    REPLACE replace "--replace";
    READ_ONLY read_only "--read-only";
    PRIVILEGED privileged "--privileged";
    INIT init "--init";
    NO_HEALTHCHECK no_healthcheck "--no-healthcheck";
    /// `create --ignore`: an existing one is not an error.
    IGNORE ignore "--ignore";
}

impl Argv {
    /// `--pull=POLICY` (`always`, `never`, `missing`, `newer`).
    pub const PULL: Flag = Flag {
        long: "--pull",
        short: None,
        switch: false,
        joined: true,
    };
    pub const TLS_VERIFY: Flag = Flag {
        long: "--tls-verify",
        short: None,
        switch: false,
        joined: true,
    };

    pub fn pull(&mut self, policy: &str) -> &mut Self {
        self.value(Self::PULL, policy)
    }

    /// Every flag the builder writes.
    pub fn all_flags() -> impl Iterator<Item = Flag> {
        VALUE_FLAGS
            .iter()
            .chain(SWITCH_FLAGS)
            .chain([&Self::PULL, &Self::TLS_VERIFY])
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_styles() {
        let mut a = Argv::new(&["run"]);
        a.detach().env("A=1").name("x").pull("never").arg("img");
        assert_eq!(
            a.into_words(),
            [
                "run",
                "-d",
                "-e",
                "A=1",
                "--name",
                "x",
                "--pull=never",
                "img"
            ]
        );
        let mut a = Argv::joined(&["run"]);
        a.detach().env("B=two words").name("x").tls_verify(false);
        assert_eq!(
            a.into_words(),
            [
                "run",
                "-d",
                "--env=B=two words",
                "--name=x",
                "--tls-verify=false"
            ]
        );
    }

    #[test]
    fn flags_know_their_spellings() {
        assert!(Argv::DETACH.is("-d") && Argv::DETACH.is("--detach"));
        assert!(!Argv::NAME.is("--name=x") && Argv::NAME.is_joined("--name=x"));
        assert!(!Argv::NAME.is_joined("--namespace=x"));
        let longs: Vec<_> = Argv::all_flags().map(|f| f.long).collect();
        let mut unique = longs.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), longs.len(), "a flag is listed twice");
    }
}
