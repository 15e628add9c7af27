//! Health checks: `--health-cmd` (or the image's HEALTHCHECK), run by the monitor every
//! interval and by `healthcheck run`; the state lives in the container record.

use std::io::{Read, Seek};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::Engine;
use super::Error;
use super::exec::{self, ExecOptions};
use super::run::LaunchConfig;
use crate::store::now_rfc3339;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthConfig {
    /// The command as argv (`CMD-SHELL x` becomes `/bin/sh -c x`).
    pub test: Vec<String>,
    pub interval_ms: u64,
    pub timeout_ms: u64,
    pub start_period_ms: u64,
    pub retries: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthState {
    pub status: String,
    pub failing_streak: u32,
    pub log: Vec<HealthLog>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthLog {
    pub start: String,
    pub end: String,
    pub exit_code: i32,
    pub output: String,
}

/// Go-style durations as podman takes them: `30s`, `1m30s`, `500ms`, `2h`; a bare number is
/// seconds.
pub fn parse_duration(s: &str) -> Result<Duration, Error> {
    let bad = || {
        Error::Invalid(format!(
            "invalid duration {s:?}: want e.g. 30s, 1m30s, 500ms"
        ))
    };
    if let Ok(n) = s.parse::<u64>() {
        return Ok(Duration::from_secs(n));
    }
    let mut total = Duration::ZERO;
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .ok_or_else(bad)?;
        let n: f64 = rest[..digits].parse().map_err(|_| bad())?;
        rest = &rest[digits..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let secs = match &rest[..unit_len] {
            "ms" => n / 1000.0,
            "s" => n,
            "m" => n * 60.0,
            "h" => n * 3600.0,
            _ => return Err(bad()),
        };
        total += Duration::from_secs_f64(secs);
        rest = &rest[unit_len..];
    }
    Ok(total)
}

fn argv(test: &[String]) -> Option<Vec<String>> {
    match test.first().map(String::as_str) {
        Some("NONE") => None,
        Some("CMD") => Some(test[1..].to_vec()),
        Some("CMD-SHELL") => Some(vec!["/bin/sh".into(), "-c".into(), test[1..].join(" ")]),
        _ if test.is_empty() => None,
        _ => Some(test.to_vec()),
    }
}

/// The image's HEALTHCHECK (Docker's config format: durations in nanoseconds).
pub fn from_image(v: &serde_json::Value) -> Option<HealthConfig> {
    let test: Vec<String> = serde_json::from_value(v.get("Test")?.clone()).ok()?;
    let ns = |k: &str, d: u64| {
        v.get(k)
            .and_then(|x| x.as_u64())
            .filter(|n| *n > 0)
            .map(|n| n / 1_000_000)
            .unwrap_or(d)
    };
    Some(HealthConfig {
        test: argv(&test)?,
        interval_ms: ns("Interval", 30_000),
        timeout_ms: ns("Timeout", 30_000),
        start_period_ms: ns("StartPeriod", 0),
        retries: v
            .get("Retries")
            .and_then(|x| x.as_u64())
            .filter(|n| *n > 0)
            .unwrap_or(3) as u32,
    })
}

/// Flags over the image's check; `--health-cmd none` or `--no-healthcheck` disables it.
#[allow(clippy::too_many_arguments)]
pub fn resolve(
    image: Option<HealthConfig>,
    cmd: Option<&str>,
    interval: Option<&str>,
    timeout: Option<&str>,
    start_period: Option<&str>,
    retries: Option<u32>,
    disabled: bool,
) -> Result<Option<HealthConfig>, Error> {
    if disabled || cmd.is_some_and(|c| c.eq_ignore_ascii_case("none")) {
        return Ok(None);
    }
    let mut h = match (cmd, image) {
        (Some(c), _) => {
            let test = if c.trim_start().starts_with('[') {
                serde_json::from_str::<Vec<String>>(c)
                    .map_err(|e| Error::Invalid(format!("invalid --health-cmd: {e}")))?
            } else {
                vec!["CMD-SHELL".into(), c.to_string()]
            };
            HealthConfig {
                test: argv(&test).ok_or_else(|| Error::Invalid("invalid --health-cmd".into()))?,
                interval_ms: 30_000,
                timeout_ms: 30_000,
                start_period_ms: 0,
                retries: 3,
            }
        }
        (None, Some(h)) => h,
        (None, None) => return Ok(None),
    };
    let ms = |s: &str| parse_duration(s).map(|d| d.as_millis() as u64);
    if let Some(i) = interval {
        h.interval_ms = if i == "disable" { 0 } else { ms(i)? };
    }
    if let Some(t) = timeout {
        h.timeout_ms = ms(t)?;
    }
    if let Some(p) = start_period {
        h.start_period_ms = ms(p)?;
    }
    if let Some(r) = retries {
        h.retries = r.max(1);
    }
    Ok(Some(h))
}

/// `healthcheck run`: runs the check once, records the result, returns whether it passed.
pub fn run_check(engine: &Engine, id: &str) -> Result<bool, Error> {
    let rec = engine.refresh(engine.store.container(id)?);
    let cfg = LaunchConfig::of(&rec)?;
    let Some(h) = cfg.health.clone() else {
        return Err(Error::InvalidState(format!(
            "container {} has no defined healthcheck",
            rec.name
        )));
    };
    let start = now_rfc3339();
    // The check's output goes to a file, not a pipe, so a chatty check can't block.
    let out_path = engine
        .store
        .container_dir(&rec.id)
        .join("userdata/health.out");
    let out = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(&out_path);
    let (code, output) = match out {
        Ok(mut file) => {
            // `exec` enters the container's namespaces for good; do it in a child so this
            // process can still write the record afterwards.
            let code = match crate::sys::fork() {
                Ok(crate::sys::Forked::Child) => {
                    let _ = nix::unistd::dup2_stdout(&file);
                    let _ = nix::unistd::dup2_stderr(&file);
                    let result = exec::exec(
                        engine,
                        &rec.id,
                        &ExecOptions {
                            command: h.test.clone(),
                            timeout: Some(Duration::from_millis(h.timeout_ms.max(1))),
                            ..Default::default()
                        },
                    );
                    let code = match result {
                        Ok(c) => c,
                        Err(e) => {
                            eprintln!("{e}");
                            i32::from(e.exit_code())
                        }
                    };
                    crate::sys::exit_now(code);
                }
                Ok(crate::sys::Forked::Parent(child)) => match nix::sys::wait::waitpid(child, None)
                {
                    Ok(nix::sys::wait::WaitStatus::Exited(_, c)) => c,
                    _ => 125,
                },
                Err(e) => return Err(Error::System(format!("running the health check: {e}"))),
            };
            let mut text = String::new();
            let _ = file.rewind();
            let _ = (&mut file).take(4096).read_to_string(&mut text);
            (code, text)
        }
        Err(e) => (125, e.to_string()),
    };
    let started = rec
        .started_at
        .as_deref()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
    let in_start_period = started.is_some_and(|s| {
        (chrono::Utc::now() - s.with_timezone(&chrono::Utc)).num_milliseconds()
            < h.start_period_ms as i64
    });
    let healthy = code == 0;
    let mut turned_unhealthy = false;
    engine.store.update_container(&rec.id, |c| {
        let mut st: HealthState = c
            .health
            .clone()
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        if healthy {
            st.status = "healthy".into();
            st.failing_streak = 0;
        } else if !in_start_period {
            st.failing_streak += 1;
            if st.failing_streak >= h.retries {
                turned_unhealthy = st.status != "unhealthy";
                st.status = "unhealthy".into();
            } else if st.status.is_empty() {
                st.status = "starting".into();
            }
        } else if st.status.is_empty() {
            st.status = "starting".into();
        }
        st.log.push(HealthLog {
            start,
            end: now_rfc3339(),
            exit_code: code,
            output,
        });
        let excess = st.log.len().saturating_sub(5);
        st.log.drain(..excess);
        c.health = serde_json::to_value(&st).ok();
    })?;
    if turned_unhealthy && let Some(action) = cfg.settings.health_on_failure.as_deref() {
        on_failure(engine, &rec, action)?;
    }
    Ok(healthy)
}

/// `--health-on-failure`: what happens to a container its check found unhealthy.
fn on_failure(
    engine: &Engine,
    rec: &crate::store::containers::ContainerRecord,
    action: &str,
) -> Result<(), Error> {
    use super::lifecycle;
    engine.store.event(
        "container",
        &format!("health_status=unhealthy, on-failure={action}"),
        &rec.id,
        &rec.name,
        &rec.image_name,
    );
    if action == "kill" {
        return lifecycle::kill_container(
            engine,
            &rec.id,
            nix::sys::signal::Signal::SIGKILL.into(),
        );
    }
    // A stop waits for the monitor to be gone, and the monitor for this check: the stop (and
    // the start after it) runs in a process of its own that is not the monitor's child.
    use crate::sys::{Forked, fork};
    match fork().map_err(|e| Error::System(format!("--health-on-failure {action}: {e}")))? {
        Forked::Parent(child) => {
            let _ = nix::sys::wait::waitpid(child, None);
            Ok(())
        }
        Forked::Child => {
            if let Ok(Forked::Child) = fork() {
                let _ = nix::unistd::setsid();
                let _ = crate::sys::close_fds_except(-1);
                let mut done = lifecycle::stop(engine, &rec.id, None);
                if action == "restart" && done.is_ok() {
                    // Started again, it is checked afresh.
                    let _ = engine.store.update_container(&rec.id, |c| {
                        c.health = Some(serde_json::json!({"Status": "starting", "FailingStreak": 0, "Log": []}));
                    });
                    done = lifecycle::start(engine, &rec.id).map(drop);
                }
                if let Err(e) = done {
                    crate::log::warn(format_args!(
                        "--health-on-failure {action} of {}: {e}",
                        rec.name
                    ));
                }
            }
            crate::sys::exit_now(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_like_go() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("1m30s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("2").unwrap(), Duration::from_secs(2));
        assert!(matches!(
            parse_duration("5 parsecs"),
            Err(Error::Invalid(_))
        ));
    }

    #[test]
    fn flags_override_the_image_check() {
        let image = from_image(&serde_json::json!({"Test": ["CMD", "true"], "Interval": 5_000_000_000u64, "Retries": 2})).unwrap();
        assert_eq!(
            (image.test.clone(), image.interval_ms, image.retries),
            (vec!["true".to_string()], 5000, 2)
        );
        let h = resolve(
            Some(image.clone()),
            Some("curl -f localhost"),
            Some("1s"),
            None,
            None,
            None,
            false,
        )
        .unwrap()
        .unwrap();
        assert_eq!(h.test, vec!["/bin/sh", "-c", "curl -f localhost"]);
        assert_eq!(h.interval_ms, 1000);
        assert_eq!(
            resolve(
                Some(image.clone()),
                Some("none"),
                None,
                None,
                None,
                None,
                false
            )
            .unwrap(),
            None
        );
        assert_eq!(
            resolve(Some(image), None, None, None, None, None, true).unwrap(),
            None
        );
        assert!(from_image(&serde_json::json!({"Test": ["NONE"]})).is_none());
    }
}
