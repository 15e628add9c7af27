//! podman's `--passwd`: the /etc/passwd and /etc/group lines a container gets where its image
//! lacks them — for `--userns keep-id` (the user, as on the host), each `--hostuser`, and a
//! numeric `--user` — shaped by `--passwd-entry`.

use super::LaunchConfig;
use crate::engine::Error;
use crate::runtime::users::{AddedEntry, passwd_line};

/// A host user, by name or number.
pub fn host_user(who: &str) -> Result<nix::unistd::User, Error> {
    let found = match who.parse::<u32>() {
        Ok(uid) => nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid)),
        Err(_) => nix::unistd::User::from_name(who),
    };
    found
        .ok()
        .flatten()
        .ok_or_else(|| Error::Invalid(format!("--hostuser {who}: user: unknown user {who}")))
}

/// The user's home inside the container: the host's where it (or a parent) is mounted
/// there, else the working directory (as podman has it).
fn home_inside(cfg: &LaunchConfig, home: &str) -> String {
    let mounted = cfg.mounts.iter().any(|m| {
        let d = m.destination.trim_end_matches('/');
        home == d || home.starts_with(&format!("{d}/"))
    });
    if mounted {
        home.to_string()
    } else {
        cfg.spec.workdir.clone()
    }
}

/// The passwd and group lines to add (each only where missing, which the container's own
/// files decide when it starts).
pub fn additions(cfg: &LaunchConfig) -> Result<(Vec<AddedEntry>, Vec<AddedEntry>), Error> {
    let (mut passwd, mut group) = (Vec::new(), Vec::new());
    if cfg.settings.no_passwd {
        return Ok((passwd, group));
    }
    let template = cfg.settings.passwd_entry.as_deref();
    let mut add_user = |u: &nix::unistd::User, gid: u32, group: &mut Vec<AddedEntry>| {
        let gecos = u.gecos.to_string_lossy();
        let gecos = gecos
            .split(',')
            .next()
            .filter(|g| !g.is_empty())
            .unwrap_or(&u.name);
        let home = home_inside(cfg, &u.dir.to_string_lossy());
        passwd.push(AddedEntry {
            name: u.name.clone(),
            id: u.uid.as_raw(),
            line: passwd_line(template, &u.name, (u.uid.as_raw(), gid), gecos, &home),
        });
        let gname = nix::unistd::Group::from_gid(nix::unistd::Gid::from_raw(gid))
            .ok()
            .flatten()
            .map_or_else(|| gid.to_string(), |g| g.name);
        group.push(AddedEntry {
            name: gname.clone(),
            id: gid,
            line: format!("{gname}:x:{gid}:{}", u.name),
        });
    };
    if let Some((uid, gid)) = cfg.keep_id {
        let u = host_user(&uid.to_string())?;
        add_user(&u, gid, &mut group);
    }
    for who in &cfg.settings.hostusers {
        let u = host_user(who)?;
        add_user(&u, u.gid.as_raw(), &mut group);
    }
    // A numeric --user the image may not know.
    let (user, grp) = cfg
        .spec
        .user
        .split_once(':')
        .unwrap_or((&cfg.spec.user, ""));
    if let Ok(uid) = user.parse::<u32>()
        && uid != 0
        && cfg.keep_id.is_none()
    {
        let gid = grp.parse::<u32>().unwrap_or(0);
        passwd.push(AddedEntry {
            name: uid.to_string(),
            id: uid,
            line: passwd_line(
                template,
                &uid.to_string(),
                (uid, gid),
                "container user",
                &cfg.spec.workdir,
            ),
        });
        if gid != 0 {
            group.push(AddedEntry {
                name: gid.to_string(),
                id: gid,
                line: format!("{gid}:x:{gid}:{uid}"),
            });
        }
    }
    Ok((passwd, group))
}
