//! `--user` resolution against the container's own /etc/passwd and /etc/group.

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum UserError {
    #[error("unable to find user {0}: no matching entries in passwd file")]
    NoUser(String),
    #[error("unable to find group {0}: no matching entries in group file")]
    NoGroup(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedUser {
    pub uid: u32,
    pub gid: u32,
    pub additional_gids: Vec<u32>,
    pub home: String,
}

/// A line gorae adds to the container's /etc/passwd or /etc/group when no entry there has its
/// name or ID (podman's `--passwd`): for `--userns keep-id`, `--hostuser`, and a numeric
/// `--user` the image doesn't know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedEntry {
    pub name: String,
    pub id: u32,
    pub line: String,
}

impl AddedEntry {
    /// Whether `file` (passwd or group text) lacks an entry with this name or ID.
    pub fn missing_from(&self, file: &str) -> bool {
        !file.lines().any(|l| {
            let f: Vec<&str> = l.split(':').collect();
            f.first() == Some(&self.name.as_str())
                || f.get(2).and_then(|id| id.parse::<u32>().ok()) == Some(self.id)
        })
    }
}

/// A passwd line: podman's `NAME:*:UID:GID:GECOS:HOME:/bin/sh`, or `--passwd-entry`'s
/// template with `$USERNAME`, `$UID`, `$GID`, `$NAME` and `$HOME` replaced.
pub fn passwd_line(
    template: Option<&str>,
    name: &str,
    (uid, gid): (u32, u32),
    gecos: &str,
    home: &str,
) -> String {
    match template {
        Some(t) => t
            .replace("$USERNAME", name)
            .replace("$UID", &uid.to_string())
            .replace("$GID", &gid.to_string())
            .replace("$NAME", gecos)
            .replace("$HOME", home),
        None => format!("{name}:*:{uid}:{gid}:{gecos}:{home}:/bin/sh"),
    }
}

struct PasswdEntry<'a> {
    name: &'a str,
    uid: u32,
    gid: u32,
    home: &'a str,
}

fn passwd_entries(passwd: &str) -> impl Iterator<Item = PasswdEntry<'_>> {
    passwd.lines().filter_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.len() >= 6).then(|| {
            Some(PasswdEntry {
                name: f[0],
                uid: f[2].parse().ok()?,
                gid: f[3].parse().ok()?,
                home: f[5],
            })
        })?
    })
}

fn group_entries(group: &str) -> impl Iterator<Item = (&str, u32, Vec<&str>)> {
    group.lines().filter_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        if f.len() < 3 {
            return None;
        }
        let members = f
            .get(3)
            .map(|m| m.split(',').filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        Some((f[0], f[2].parse().ok()?, members))
    })
}

/// Resolves a `--group-add` entry: a number, or a name from the container's group file.
pub fn resolve_group(g: &str, group: &str) -> Result<u32, UserError> {
    if let Ok(n) = g.parse() {
        return Ok(n);
    }
    group_entries(group)
        .find(|(n, _, _)| *n == g)
        .map(|(_, id, _)| id)
        .ok_or_else(|| UserError::NoGroup(g.to_string()))
}

/// Resolves `user[:group]` where each is a name or a number. A numeric user absent from
/// passwd is allowed (as in podman), with gid 0 unless a group is given.
pub fn resolve(spec: &str, passwd: &str, group: &str) -> Result<ResolvedUser, UserError> {
    let (u, g) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let entry =
        passwd_entries(passwd).find(|e| e.name == u || u.parse::<u32>().ok() == Some(e.uid));
    let (uid, mut gid, home, name) = match (&entry, u.parse::<u32>()) {
        (Some(e), _) => (e.uid, e.gid, e.home.to_string(), Some(e.name)),
        (None, Ok(n)) => (n, 0, "/".to_string(), None),
        (None, Err(_)) => return Err(UserError::NoUser(u.to_string())),
    };
    if let Some(g) = g {
        gid = match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => group_entries(group)
                .find(|(n, _, _)| *n == g)
                .map(|(_, id, _)| id)
                .ok_or_else(|| UserError::NoGroup(g.to_string()))?,
        };
    }
    let additional_gids = match (name, g) {
        (Some(name), None) => group_entries(group)
            .filter(|(_, id, members)| *id != gid && members.contains(&name))
            .map(|(_, id, _)| id)
            .collect(),
        _ => Vec::new(),
    };
    Ok(ResolvedUser {
        uid,
        gid,
        additional_gids,
        home,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n";
    const GROUP: &str = "root:x:0:\napp:x:1000:\nwheel:x:10:app\n";

    #[test]
    fn added_entries_only_where_name_and_id_are_new() {
        let e = AddedEntry {
            name: "me".into(),
            id: 1000,
            line: passwd_line(None, "me", (1000, 1000), "me", "/home/me"),
        };
        assert_eq!(e.line, "me:*:1000:1000:me:/home/me:/bin/sh");
        assert!(!e.missing_from(PASSWD), "uid 1000 is app's");
        let e = AddedEntry {
            name: "4242".into(),
            id: 4242,
            line: passwd_line(
                Some("$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/false"),
                "4242",
                (4242, 0),
                "container user",
                "/",
            ),
        };
        assert!(e.missing_from(PASSWD));
        assert_eq!(e.line, "4242:x:4242:0:container user:/:/bin/false");
    }

    #[test]
    fn names_and_numbers_resolve() {
        let r = resolve("app", PASSWD, GROUP).unwrap();
        assert_eq!((r.uid, r.gid, r.home.as_str()), (1000, 1000, "/home/app"));
        assert_eq!(r.additional_gids, vec![10]);
        let r = resolve("1000:wheel", PASSWD, GROUP).unwrap();
        assert_eq!((r.uid, r.gid), (1000, 10));
        let r = resolve("4242", PASSWD, GROUP).unwrap();
        assert_eq!((r.uid, r.gid, r.home.as_str()), (4242, 0, "/"));
        let r = resolve("0", PASSWD, GROUP).unwrap();
        assert_eq!(r.home, "/root");
    }

    #[test]
    fn unknown_names_are_errors() {
        assert_eq!(
            resolve("nobody", PASSWD, GROUP),
            Err(UserError::NoUser("nobody".into()))
        );
        assert_eq!(
            resolve("app:staff", PASSWD, GROUP),
            Err(UserError::NoGroup("staff".into()))
        );
    }
}
