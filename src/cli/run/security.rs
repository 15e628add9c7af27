//! `--security-opt` and the capability flags of `run`/`create`, as the engine's `Security`.

use anyhow::Result;

use super::RunArgs;

/// The container's security settings from its flags and containers.conf; what can be checked
/// now (a seccomp profile, mask paths) is, so that a bad value fails `create`, not `start`.
pub(super) fn security(
    a: &RunArgs,
    conf: &crate::engine::config::ContainersConf,
) -> Result<crate::engine::run::Security> {
    let mut seccomp = None;
    let (mut mask, mut unmask, mut proc_opts) = (Vec::new(), Vec::new(), Vec::new());
    for o in &a.security_opt {
        let (k, v) = o.split_once(['=', ':']).unwrap_or((o.as_str(), ""));
        match k {
            "seccomp" if v == "unconfined" => seccomp = Some("unconfined".to_string()),
            "seccomp" => {
                let text = std::fs::read_to_string(v)
                    .map_err(|e| anyhow::anyhow!("reading seccomp profile {v}: {e}"))?;
                let t = crate::runtime::seccomp::Target::host(Vec::new());
                crate::runtime::seccomp::check(&text, &t)
                    .map_err(|e| anyhow::anyhow!("seccomp profile {v}: {e}"))?;
                seccomp = Some(text)
            }
            "mask" => mask.push(v.to_string()),
            "unmask" => unmask.push(v.to_string()),
            "proc-opts" if !v.is_empty() => proc_opts.push(v.to_string()),
            // no_new_privs is always on unless --privileged; SELinux and AppArmor are not in
            // force in gorae's containers, so their labels are accepted and have nothing to
            // change, as podman does where SELinux is off.
            "no-new-privileges" | "label" | "apparmor" => {}
            other => anyhow::bail!(
                "invalid --security-opt {other:?}: supported are seccomp=, mask=, unmask=, \
                 proc-opts=, no-new-privileges, label= and apparmor="
            ),
        }
    }
    let security = crate::engine::run::Security {
        default_caps: conf.default_capabilities.clone(),
        cap_add: a.cap_add.clone(),
        cap_drop: a.cap_drop.clone(),
        privileged: a.privileged,
        group_add: a.group_add.clone(),
        seccomp,
        mask,
        unmask,
        proc_opts,
    };
    security.kernel_paths()?;
    Ok(security)
}
