//! The steps that change only the image config: ENV, LABEL, WORKDIR, USER, CMD, ENTRYPOINT,
//! HEALTHCHECK and the rest, and ONBUILD.

use serde_json::{Value, json};

use super::stage::Stage;
use super::{Builder, invalid};
use crate::engine::Error;
use crate::image::config_json as cj;
use crate::image::containerfile::{self, Instruction};

impl Builder<'_> {
    /// A step that changes only the config.
    pub(super) fn config_step(
        &mut self,
        ins: &Instruction,
        change: impl FnOnce(&mut Value, &Stage) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let vars = self.stage()?.vars();
        let text = format!(
            "/bin/sh -c #(nop) {}",
            containerfile::substitute(&ins.text(), &vars)
        );
        self.cached_step(&text, "", |b| {
            let st = b.stage()?.clone();
            let mut config = st.config.clone();
            if !config["config"].is_object() {
                config["config"] = json!({});
            }
            change(&mut config, &st)?;
            Ok((config, None))
        })
    }

    /// ONBUILD: the trigger is kept in the config, to run when a build starts FROM the image.
    pub(super) fn onbuild(&mut self, ins: &Instruction) -> Result<(), Error> {
        let trigger = ins.args.clone();
        containerfile::parse(&trigger).map_err(|e| invalid(e.to_string()))?;
        self.config_step(ins, move |c, _| {
            let mut list = c["config"]["OnBuild"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            list.push(json!(trigger));
            c["config"]["OnBuild"] = json!(list);
            Ok(())
        })
    }

    pub(super) fn metadata(&mut self, ins: &Instruction) -> Result<(), Error> {
        let vars = self.stage()?.vars();
        let sub = |s: &str| containerfile::substitute(s, &vars);
        let kw = ins.keyword.clone();
        let args = ins.args.clone();
        let json_args = ins.json_args();
        let flags = ins.flags.clone();
        self.config_step(ins, move |c, st| {
            let cfg = &mut c["config"];
            match kw.as_str() {
                "ENV" => cj::set_env(
                    cfg,
                    containerfile::pairs(&args)
                        .map_err(|e| invalid(e.to_string()))?
                        .into_iter()
                        .map(|(k, v)| (k, sub(&v))),
                ),
                "LABEL" => cj::set_labels(
                    cfg,
                    containerfile::pairs(&args)
                        .map_err(|e| invalid(e.to_string()))?
                        .into_iter()
                        .map(|(k, v)| (sub(&k), sub(&v))),
                ),
                "WORKDIR" => {
                    let w = sub(&args);
                    let full = if w.starts_with('/') {
                        w
                    } else {
                        format!("{}/{}", st.workdir().trim_end_matches('/'), w)
                    };
                    cfg["WorkingDir"] = json!(full);
                }
                "USER" => cfg["User"] = json!(sub(&args)),
                "STOPSIGNAL" => cfg["StopSignal"] = json!(sub(&args)),
                "EXPOSE" => cj::expose(cfg, containerfile::words(&sub(&args))),
                "VOLUME" => cj::add_volumes(
                    cfg,
                    json_args
                        .clone()
                        .unwrap_or_else(|| containerfile::words(&sub(&args))),
                ),
                "CMD" | "ENTRYPOINT" => {
                    let value = match &json_args {
                        Some(v) => json!(v),
                        None => {
                            let mut v = st.shell();
                            v.push(args.clone());
                            json!(v)
                        }
                    };
                    if kw == "CMD" {
                        cfg["Cmd"] = value;
                    } else {
                        cfg["Entrypoint"] = value;
                        // As in Docker: a new ENTRYPOINT resets an inherited CMD.
                        cfg["Cmd"] = Value::Null;
                    }
                }
                "SHELL" => {
                    let v = json_args.clone().filter(|v| !v.is_empty()).ok_or_else(|| {
                        invalid("SHELL needs the JSON form: SHELL [\"/bin/sh\", \"-c\"]")
                    })?;
                    cfg["Shell"] = json!(v);
                }
                "MAINTAINER" => c["author"] = json!(sub(&args)),
                "HEALTHCHECK" => cfg["Healthcheck"] = healthcheck(&args, &flags)?,
                other => return Err(invalid(format!("{other} is not supported"))),
            }
            Ok(())
        })
    }
}

/// HEALTHCHECK's arguments and options as the config's `Healthcheck`.
fn healthcheck(args: &str, flags: &[(String, String)]) -> Result<Value, Error> {
    let rest = args.trim();
    if rest.eq_ignore_ascii_case("NONE") {
        return Ok(json!({"Test": ["NONE"]}));
    }
    let cmd = rest
        .strip_prefix("CMD")
        .or_else(|| rest.strip_prefix("cmd"))
        .ok_or_else(|| invalid("want HEALTHCHECK [OPTIONS] CMD command, or HEALTHCHECK NONE"))?
        .trim();
    let test = match serde_json::from_str::<Vec<String>>(cmd) {
        Ok(v) => std::iter::once("CMD".to_string())
            .chain(v)
            .collect::<Vec<_>>(),
        Err(_) => vec!["CMD-SHELL".into(), cmd.to_string()],
    };
    let mut h = json!({"Test": test});
    for (k, v) in flags {
        let key = match k.as_str() {
            "interval" => "Interval",
            "timeout" => "Timeout",
            "start-period" => "StartPeriod",
            "start-interval" => "StartInterval",
            "retries" => {
                h["Retries"] = json!(
                    v.parse::<u64>()
                        .map_err(|_| invalid(format!("--retries={v}: not a number")))?
                );
                continue;
            }
            other => {
                return Err(invalid(format!("unknown HEALTHCHECK option --{other}")));
            }
        };
        h[key] =
            json!(duration_ns(v).ok_or_else(|| invalid(format!("--{k}={v}: not a duration")))?);
    }
    Ok(h)
}

/// `30s`, `1m30s`, `500ms`, `2h` → nanoseconds.
pub(super) fn duration_ns(s: &str) -> Option<u64> {
    let mut total: f64 = 0.0;
    let mut num = String::new();
    let mut chars = s.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let mut unit = c.to_string();
        while let Some(n) = chars.peek().filter(|n| n.is_ascii_alphabetic()) {
            unit.push(*n);
            chars.next();
        }
        let v: f64 = num.parse().ok()?;
        num.clear();
        total += v * match unit.as_str() {
            "ns" => 1.0,
            "us" | "µs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        any = true;
    }
    if !num.is_empty() {
        return None;
    }
    any.then_some(total as u64)
}
