//! `secret create|ls|inspect|rm|exists` and `run --secret`: the data stays in the store (mode
//! 0600), never in inspect output, and reaches a container as a file or a variable.

use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::process::Stdio;

use crate::util::{self, Env};

fn secret_ids(env: &Env) -> Vec<String> {
    env.ok(&["secret", "ls", "-q"])
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn secrets_are_created_listed_inspected_and_removed_as_podman_does() {
    let env = Env::new();
    let file = env.base.join("pw");
    util::write(&file, "hunter2-data");
    let file = file.to_str().unwrap();
    let id = env.ok(&["secret", "create", "-l", "a=b", "db", file]);
    let id = id.trim();
    assert!(util::is_hex(id, 25), "{id}");
    // The data, 0600 in a 0700 directory; nothing else holds it.
    let dir = env.store().join("secrets");
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let data = dir.join(id).join("data");
    assert_eq!(std::fs::read_to_string(&data).unwrap(), "hunter2-data");
    assert_eq!(
        std::fs::metadata(&data).unwrap().permissions().mode() & 0o777,
        0o600
    );

    // A taken name, a bad name, no data, a missing file: one error, nothing stored.
    for (args, want) in [
        (
            vec!["secret", "create", "db", file],
            "db: secret name in use",
        ),
        (vec!["secret", "create", "_x", file], "invalid secret name"),
        (vec!["secret", "create", "x.", file], "invalid secret name"),
        (vec!["secret", "create", "x", "/dev/null"], "larger than 0"),
        (
            vec!["secret", "create", "x", "/nonexistent"],
            "/nonexistent",
        ),
        (
            vec!["secret", "create", "--env", "x", "GORAE_NO_SUCH_VAR"],
            "environment variable GORAE_NO_SUCH_VAR is not set",
        ),
        (
            vec!["secret", "create", "--replace", "--ignore", "db", file],
            "cannot use --ignore and --replace flags together",
        ),
        (
            vec!["secret", "create", "-d", "pass", "y", file],
            "invalid driver",
        ),
    ] {
        let r = env.expect(125, &args);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{args:?}: {r}"
        );
    }
    assert_eq!(secret_ids(&env), [id]);

    // --ignore gives the one there; --replace a new ID and data under the same name.
    assert_eq!(
        env.ok(&["secret", "create", "--ignore", "db", file]).trim(),
        id
    );
    util::write(&env.base.join("pw2"), "second");
    let id2 = env.ok(&[
        "secret",
        "create",
        "--replace",
        "db",
        env.base.join("pw2").to_str().unwrap(),
    ]);
    let id2 = id2.trim().to_string();
    assert_ne!(id2, id);
    assert_eq!(secret_ids(&env), [id2.as_str()]);
    assert!(!dir.join(id).exists());

    // From stdin and from a variable.
    let mut c = env.command(&["secret", "create", "fromstdin", "-"]);
    c.stdin(Stdio::piped()).stdout(Stdio::piped());
    let mut child = c.spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"piped").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let mut c = env.command(&["secret", "create", "--env", "fromenv", "MY_PW"]);
    c.env("MY_PW", "from-variable");
    assert!(c.output().unwrap().status.success());

    // ls: podman's columns, filters, templates.
    let ls = env.ok(&["secret", "ls"]);
    let header: Vec<&str> = ls.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        ["ID", "NAME", "DRIVER", "CREATED", "UPDATED"],
        "{ls}"
    );
    assert_eq!(ls.lines().count(), 4, "{ls}");
    assert!(
        ls.contains(&id2) && ls.contains("file") && ls.contains("ago"),
        "{ls}"
    );
    let names = env.ok(&[
        "secret",
        "ls",
        "--format",
        "{{.Name}}",
        "--filter",
        "name=^from",
    ]);
    assert_eq!(names, "fromstdin\nfromenv\n");
    let r = env.ok(&[
        "secret",
        "ls",
        "--noheading",
        "--filter",
        &format!("id={}", &id2[..6]),
    ]);
    assert_eq!(r.lines().count(), 1, "{r}");
    assert!(r.contains("db"), "{r}");
    let r = env.expect(125, &["secret", "ls", "--filter", "bogus=1"]);
    assert!(r.stderr.contains("bogus"), "{r}");

    // inspect: podman's document, never the data; by name, ID or ID prefix.
    let doc = env.ok(&["secret", "inspect", "db"]);
    let v: serde_json::Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(v[0]["ID"], id2.as_str());
    assert_eq!(v[0]["Spec"]["Name"], "db");
    assert_eq!(v[0]["Spec"]["Driver"]["Name"], "file");
    assert!(v[0]["CreatedAt"].is_string() && v[0]["UpdatedAt"].is_string());
    assert!(!doc.contains("second") && !doc.contains("hunter2"), "{doc}");
    assert_eq!(
        env.ok(&["secret", "inspect", "--format", "{{.Spec.Name}}", &id2[..8]]),
        "db\n"
    );
    assert!(
        env.ok(&["secret", "inspect", "--pretty", "fromenv"])
            .contains("Driver:            file")
    );
    let r = env.expect(125, &["secret", "inspect", "db", "nosuch"]);
    assert!(
        r.stdout.contains("\"db\"")
            && r.stderr
                .contains("no secret with name or id \"nosuch\": no such secret"),
        "{r}"
    );

    // exists, rm.
    env.expect(0, &["secret", "exists", "db"]);
    env.expect(1, &["secret", "exists", "nosuch"]);
    assert_eq!(env.ok(&["secret", "rm", "db"]).trim(), id2);
    let r = env.expect(125, &["secret", "rm", "db"]);
    assert!(r.stderr.contains("no such secret"), "{r}");
    env.expect(0, &["secret", "rm", "--ignore", "db"]);
    env.expect(125, &["secret", "rm"]);
    env.expect(125, &["secret", "rm", "--all", "fromenv"]);
    assert_eq!(env.ok(&["secret", "rm", "--all"]).lines().count(), 2);
    assert!(secret_ids(&env).is_empty());
    env.ok(&["system", "check"]);
}

#[test]
fn containers_get_secrets_as_files_and_variables_copied_at_create() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let file = env.base.join("pw");
    util::write(&file, "s3cret");
    env.ok(&["secret", "create", "pw", file.to_str().unwrap()]);
    let out = env.ok(&[
        "run",
        "--rm",
        "--secret",
        "pw",
        "--secret",
        "pw,target=/etc/pw.key,uid=1,gid=2,mode=0400",
        "--secret",
        "pw,target=sub,mode=0440",
        "--secret",
        "source=pw,type=env,target=PASSWORD",
        &image,
        "sh",
        "-c",
        "cat /run/secrets/pw; echo; stat -c '%a %u %g' /run/secrets/pw /etc/pw.key /run/secrets/sub; echo $PASSWORD",
    ]);
    assert_eq!(out, "s3cret\n444 0 0\n400 1 2\n440 0 0\ns3cret\n", "{out}");

    // Copied at create: a replaced or removed secret leaves the container's as it was.
    let cid = env.ok(&[
        "create",
        "--name",
        "c",
        "--secret",
        "pw",
        "--secret",
        "pw,type=env",
        &image,
        "sh",
        "-c",
        "cat /run/secrets/pw; echo \" $pw\"; sleep 30",
    ]);
    let cid = cid.trim();
    util::write(&file, "changed");
    env.ok(&[
        "secret",
        "create",
        "--replace",
        "pw",
        file.to_str().unwrap(),
    ]);
    env.ok(&["secret", "rm", "pw"]);
    env.ok(&["start", "c"]);
    let logs = env.run_until_ok(&["exec", "c", "sh", "-c", "echo $pw"]);
    assert_eq!(logs.stdout, "s3cret\n", "{logs}");
    assert_eq!(env.ok(&["logs", "c"]), "s3cret s3cret\n");
    // Neither inspect nor the record shows the data.
    let doc = env.ok(&["inspect", "c"]);
    assert!(!doc.contains("s3cret"), "{doc}");
    let record = std::fs::read_to_string(
        env.store()
            .join("containers")
            .join(cid)
            .join("container.json"),
    )
    .unwrap();
    assert!(!record.contains("s3cret"), "{record}");
    let copy = env
        .store()
        .join("containers")
        .join(cid)
        .join("userdata/secrets/pw");
    let mode = std::fs::metadata(&copy).unwrap();
    assert_eq!(
        (mode.permissions().mode() & 0o777, mode.uid()),
        (0o600, util::my_uid())
    );
    env.ok(&["rm", "-f", "-t", "0", "c"]);

    // A secret that isn't there, a bad option: refused, no container made.
    for (flag, want) in [
        (
            "nosuch",
            "no secret with name or id \"nosuch\": no such secret",
        ),
        (
            "pw,type=env,mode=0400",
            "cannot be set with secret type env",
        ),
        ("pw,type=volume", "type volume is invalid"),
    ] {
        let r = env.expect(125, &["run", "--rm", "--secret", flag, &image, "true"]);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{flag}: {r}"
        );
    }
    assert_eq!(env.ok(&["ps", "-aq"]), "");

    // podman gives the same container the same view.
    let Some(podman) = util::podman(&env) else {
        return;
    };
    podman.ok(&["pull", "--tls-verify=false", &image]);
    podman.ok(&[
        "secret",
        "create",
        "pw",
        env.base.join("pw").to_str().unwrap(),
    ]);
    env.ok(&[
        "secret",
        "create",
        "pw",
        env.base.join("pw").to_str().unwrap(),
    ]);
    let args = [
        "run",
        "--rm",
        "--secret",
        "pw,target=/etc/pw.key,uid=1,gid=2,mode=0400",
        "--secret",
        "pw,type=env,target=PW",
        &image,
        "sh",
        "-c",
        "stat -c '%a %u %g' /etc/pw.key; cat /etc/pw.key; echo \" $PW\"",
    ];
    assert_eq!(env.ok(&args), podman.ok(&args));
}
