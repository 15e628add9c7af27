//! systemd: `generate systemd`, the Quadlet generator, `--sdnotify`, `--cidfile`, `--pidfile`
//! and `--conmon-pidfile`. These hosts run no systemd for the test user; what systemd itself
//! does with the units (and the cgroup limits) is proven in the guest tier (tests/guest/).

use std::os::unix::net::UnixDatagram;
use std::path::Path;
use std::time::Duration;

use crate::util::{self, Env};

/// The `Exec…=` line of a unit, split into arguments as systemd would, with `%t` and `%n`
/// replaced (enough of systemd's syntax for what gorae writes).
fn exec_args(unit: &str, key: &str, runtime: &Path, name: &str) -> Vec<String> {
    let line = unit
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key}= in\n{unit}"));
    let line = line.trim_start_matches('-');
    let mut args = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut in_word) = (false, false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted => cur.push(chars.next().unwrap()),
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            '$' if chars.peek() == Some(&'$') => {
                chars.next();
                cur.push('$');
                in_word = true;
            }
            '%' => match chars.next().unwrap() {
                '%' => cur.push('%'),
                't' => cur.push_str(runtime.to_str().unwrap()),
                'n' => cur.push_str(name),
                other => panic!("unexpected specifier %{other}"),
            },
            ' ' if !quoted => {
                if in_word {
                    args.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        args.push(cur);
    }
    args
}

/// The names in a directory, sorted.
fn sorted_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn generate_systemd_writes_units_whose_commands_work() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "create",
        "--name",
        "web",
        "--network",
        "none",
        "-e",
        "GREETING=50% off",
        &image,
        "sh",
        "-c",
        "trap 'exit 0' TERM; echo \"$GREETING\"; while :; do sleep 0.1; done",
    ]);
    let unit = env.ok(&["generate", "systemd", "--new", "--name", "web"]);
    assert!(unit.contains("\nType=notify\n"), "{unit}");
    assert!(unit.contains("\nNotifyAccess=all\n"), "{unit}");
    assert!(unit.contains("\nDelegate=yes\n"), "{unit}");
    assert!(unit.contains("\nWantedBy=default.target\n"), "{unit}");
    assert!(
        unit.contains(" run --cidfile=%t/%n.ctr-id --cgroups=split --sdnotify=conmon -d --replace --rm --name=web --network none -e \"GREETING=50%% off\" "),
        "{unit}"
    );
    // The unit's own commands, run as systemd would run them (without systemd).
    let svc = "container-web.service";
    env.ok(&["rm", "web"]);
    let mut start = exec_args(&unit, "ExecStart", &env.runtime(), svc);
    if !Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
        // `--cgroups=split` needs cgroup v2, which these hosts lack: the guest tier runs the
        // unit under systemd as written; here the rest of the command is run.
        println!(
            "note: no cgroup v2 here: ExecStart runs with --cgroups=enabled (the guest tier runs it as written)"
        );
        for a in start.iter_mut().filter(|a| *a == "--cgroups=split") {
            *a = "--cgroups=enabled".into();
        }
    }
    let status = env.command(&[]).args(&start[1..]).status().unwrap();
    assert!(status.success(), "ExecStart {start:?}");
    let cidfile = env.runtime().join(format!("{svc}.ctr-id"));
    let id = std::fs::read_to_string(&cidfile).unwrap();
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.Id}} {{.State.Status}}", "web"]),
        format!("{id} running\n")
    );
    let mut said = String::new();
    for _ in 0..100 {
        said = env.ok(&["logs", "web"]);
        if !said.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(said, "50% off\n", "the escaped argument arrives intact");
    // Running ExecStart again replaces the container (a restarted unit).
    env.expect(
        0,
        &start[1..].iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let stop = exec_args(&unit, "ExecStop", &env.runtime(), svc);
    env.expect(0, &stop[1..].iter().map(String::as_str).collect::<Vec<_>>());
    let post = exec_args(&unit, "ExecStopPost", &env.runtime(), svc);
    env.expect(0, &post[1..].iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "");
    assert!(!cidfile.exists(), "rm --cidfile removes the file");

    // Without --new: start and stop the existing container, tracked by the monitor's PID file.
    env.ok(&[
        "create",
        "--name",
        "kept",
        "--network",
        "none",
        &image,
        "sleep",
        "100",
    ]);
    let unit = env.ok(&["generate", "systemd", "--name", "kept"]);
    assert!(unit.contains("\nType=forking\n"), "{unit}");
    let start = exec_args(&unit, "ExecStart", &env.runtime(), "x");
    env.expect(
        0,
        &start[1..].iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let pidfile = unit
        .lines()
        .find_map(|l| l.strip_prefix("PIDFile="))
        .unwrap();
    let monitor: i32 = std::fs::read_to_string(pidfile).unwrap().parse().unwrap();
    assert!(
        std::fs::read_to_string(format!("/proc/{monitor}/cmdline"))
            .unwrap()
            .contains("__monitor"),
        "the PID file names the monitor"
    );
    env.ok(&["rm", "-f", "kept"]);

    // A pod: its unit, and a unit per member bound to it; --files writes them.
    env.ok(&["pod", "create", "--name", "pd"]);
    env.ok(&[
        "create", "--pod", "pd", "--name", "member", &image, "sleep", "100",
    ]);
    let dir = env.base.join("units");
    std::fs::create_dir_all(&dir).unwrap();
    let out = env
        .command(&["generate", "systemd", "--new", "--name", "--files", "pd"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let listed = String::from_utf8(out.stdout).unwrap();
    let names = sorted_names(&dir);
    assert_eq!(
        names,
        ["container-member.service", "pod-pd.service"],
        "{listed}"
    );
    let member = std::fs::read_to_string(dir.join("container-member.service")).unwrap();
    assert!(member.contains("\nBindsTo=pod-pd.service\n"), "{member}");
    assert!(member.contains(" --pod=pd "), "{member}");
    let pod = std::fs::read_to_string(dir.join("pod-pd.service")).unwrap();
    assert!(pod.contains("\nWants=container-member.service\n"), "{pod}");
    assert!(pod.contains(" pod create --name=pd\n"), "{pod}");

    assert_eq!(
        env.ok(&[
            "ps",
            "-a",
            "--filter",
            "name=member",
            "--format",
            "{{.Names}} {{.PodName}}"
        ]),
        "member pd\n"
    );
    // Without --new, the pod's unit runs its infra alone, tracked by the infra's monitor.
    let pod = env.ok(&["generate", "systemd", "--name", "pd"]);
    assert!(pod.contains("\nType=forking\n"), "{pod}");
    let infra = env.ok(&["pod", "inspect", "--format", "{{.InfraContainerID}}", "pd"]);
    let infra_name = env.ok(&["inspect", "--format", "{{.Name}}", infra.trim()]);
    assert!(
        pod.contains(&format!(" start {}\n", infra_name.trim())),
        "{pod}"
    );

    // Bad input.
    let r = env.expect(125, &["generate", "systemd", "nosuch"]);
    assert!(r.stderr.contains("no such"), "{r}");
    let r = env.expect(
        125,
        &[
            "generate",
            "systemd",
            "--restart-policy",
            "sometimes",
            "member",
        ],
    );
    assert!(r.stderr.contains("--restart-policy"), "{r}");
    env.ok(&["pod", "rm", "-f", "pd"]);
}

#[test]
fn the_quadlet_generator_turns_files_into_units() {
    let env = Env::new();
    let quadlets = env.base.join("quadlets");
    let out = env.base.join("generated");
    std::fs::create_dir_all(&quadlets).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    util::write(
        &quadlets.join("web.container"),
        "[Unit]\nDescription=the web\n\n[Container]\nImage=localhost/bb\n\
         Exec=httpd -f -p 8080\nNetwork=backend.network\nVolume=data.volume:/srv:ro\n\
         PublishPort=8080:8080\nEnvironment=MODE=prod \"MOTTO=be kind\"\n\
         EnvironmentFile=%h/web.env\n\n\
         [Service]\nRestart=always\n\n[Install]\nWantedBy=default.target multi-user.target\n",
    );
    util::write(&quadlets.join("data.volume"), "[Volume]\nLabel=app=web\n");
    util::write(
        &quadlets.join("backend.network"),
        "[Network]\nNetworkName=backnet\nSubnet=10.89.7.0/24\n",
    );
    util::write(
        &quadlets.join("broken.container"),
        "[Container]\nExec=true\n",
    );
    util::write(&quadlets.join("notes.txt"), "not a quadlet\n");
    // As systemd runs it: a link named …-generator, with the output directories.
    let generator = env.base.join("gorae-user-generator");
    std::os::unix::fs::symlink(util::gorae_bin(), &generator).unwrap();
    let run = std::process::Command::new(&generator)
        .args([&out, &out, &out])
        .env("QUADLET_UNIT_DIRS", &quadlets)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "a bad file does not fail the others: {stderr}"
    );
    assert!(
        stderr.contains("broken.container: [Container] needs Image="),
        "{stderr}"
    );
    let made = sorted_names(&out);
    assert_eq!(
        made,
        [
            "backend-network.service",
            "data-volume.service",
            "default.target.wants",
            "multi-user.target.wants",
            "web.service"
        ]
    );
    assert_eq!(
        std::fs::read_link(out.join("default.target.wants/web.service")).unwrap(),
        Path::new("../web.service")
    );
    let web = std::fs::read_to_string(out.join("web.service")).unwrap();
    assert!(web.contains("\nDescription=the web\n"), "{web}");
    assert!(
        web.contains("\nRequires=backend-network.service\n"),
        "{web}"
    );
    assert!(web.contains("\nRequires=data-volume.service\n"), "{web}");
    assert!(
        web.contains(" --network=backnet --volume=systemd-data:/srv:ro --publish=8080:8080 --env=MODE=prod \"--env=MOTTO=be kind\" --env-file=%h/web.env localhost/bb httpd -f -p 8080\n"),
        "{web}"
    );
    assert!(
        web.contains("\nType=notify\n") && web.contains("\nDelegate=yes\n"),
        "{web}"
    );
    assert!(web.contains("\nRestart=always\n"), "{web}");
    let net = std::fs::read_to_string(out.join("backend-network.service")).unwrap();
    assert!(
        net.contains(" network create --ignore --subnet=10.89.7.0/24 backnet\n"),
        "{net}"
    );
    // The volume unit's command, run: it makes the volume, and again is no error.
    let vol = std::fs::read_to_string(out.join("data-volume.service")).unwrap();
    let create = exec_args(&vol, "ExecStart", &env.runtime(), "data-volume.service");
    env.expect(
        0,
        &create[1..].iter().map(String::as_str).collect::<Vec<_>>(),
    );
    env.expect(
        0,
        &create[1..].iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(
        env.ok(&[
            "volume",
            "inspect",
            "--format",
            "{{.Labels.app}}",
            "systemd-data"
        ]),
        "web\n"
    );
    // -dryrun prints, and fails when a file can't be converted.
    let dry = std::process::Command::new(&generator)
        .args(["-user", "-dryrun"])
        .env("QUADLET_UNIT_DIRS", &quadlets)
        .output()
        .unwrap();
    assert_eq!(dry.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&dry.stdout).contains("---web.service---"));
}

#[test]
fn sdnotify_cidfile_and_pidfiles_serve_the_units() {
    let Some(reg) = util::registry() else { return };
    let mut env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let sock_path = env.base.join("notify.sock");
    let sock = UnixDatagram::bind(&sock_path).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // As under a unit: every command sees systemd's socket (only starts use it).
    env.extra_env
        .push(("NOTIFY_SOCKET".into(), sock_path.to_str().unwrap().into()));
    let recv = || {
        let mut buf = [0u8; 256];
        let n = sock.recv(&mut buf).expect("a notification");
        String::from_utf8_lossy(&buf[..n]).into_owned()
    };
    let f = |n: &str| env.base.join(n).to_str().unwrap().to_string();

    // conmon: gorae says READY=1 once the container runs, and names the monitor.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "c1",
        "--network",
        "none",
        "--sdnotify=conmon",
        "--cidfile",
        &f("c1.cid"),
        "--pidfile",
        &f("c1.pid"),
        "--conmon-pidfile",
        &f("c1.mon"),
        &image,
        "sleep",
        "100",
    ]);
    let monitor = std::fs::read_to_string(f("c1.mon")).unwrap();
    assert_eq!(recv(), format!("MAINPID={monitor}\nREADY=1"));
    assert_eq!(
        std::fs::read_to_string(f("c1.pid")).unwrap(),
        env.ok(&["inspect", "--format", "{{.State.Pid}}", "c1"])
            .trim()
    );
    let id = std::fs::read_to_string(f("c1.cid")).unwrap();
    assert_eq!(env.ok(&["inspect", "--format", "{{.Id}}", "c1"]).trim(), id);
    // A cidfile already there is refused, and nothing is created.
    let r = env.expect(
        125,
        &["run", "-d", "--cidfile", &f("c1.cid"), &image, "true"],
    );
    assert!(r.stderr.contains("exists"), "{r}");
    assert_eq!(env.ok(&["ps", "-a", "-q"]).lines().count(), 1);
    env.ok(&["stop", "-t", "0", "--cidfile", &f("c1.cid")]);
    env.ok(&["rm", "--cidfile", &f("c1.cid")]);
    assert!(!Path::new(&f("c1.cid")).exists());
    env.ok(&["rm", "--ignore", "--cidfile", &f("c1.cid")]);
    env.ok(&["stop", "--ignore", "--cidfile", &f("c1.cid")]);
    let r = env.expect(125, &["rm", "--cidfile", &f("c1.cid")]);
    assert!(r.stderr.contains("c1.cid"), "{r}");

    // container (the default): the socket is the container's, and gorae sends MAINPID only.
    let out = env.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        &image,
        "sh",
        "-c",
        "test -S /run/notify/notify.sock && echo \"$NOTIFY_SOCKET\"",
    ]);
    assert_eq!(out, "/run/notify/notify.sock\n");
    env.ok(&[
        "run",
        "-d",
        "--rm",
        "--name",
        "c2",
        "--network",
        "none",
        &image,
        "sleep",
        "100",
    ]);
    let said = recv();
    assert!(
        said.starts_with("MAINPID=") && !said.contains("READY"),
        "{said}"
    );
    env.ok(&["stop", "-t", "0", "c2"]);

    // With --read-only, /run is a tmpfs: the socket is still there, bound over it.
    let out = env.ok(&[
        "run",
        "--rm",
        "--read-only",
        "--network",
        "none",
        &image,
        "sh",
        "-c",
        "test -S /run/notify/notify.sock && echo ok",
    ]);
    assert_eq!(out, "ok\n");

    // ignore: nothing is said.
    env.ok(&[
        "run",
        "-d",
        "--rm",
        "--name",
        "c3",
        "--network",
        "none",
        "--sdnotify=ignore",
        &image,
        "sleep",
        "100",
    ]);
    sock.set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    let mut buf = [0u8; 64];
    assert!(
        sock.recv(&mut buf).is_err(),
        "--sdnotify=ignore said something"
    );
    // Stopping a --rm container: its monitor removes it meanwhile, which is no error.
    assert_eq!(env.ok(&["stop", "-t", "0", "c3"]), "c3\n");
    // `wait` still learns how a --rm container ended, even once it is gone.
    let id = env.ok(&[
        "run",
        "-d",
        "--rm",
        "--network",
        "none",
        &image,
        "sh",
        "-c",
        "sleep 0.3; exit 3",
    ]);
    assert!(
        recv().starts_with("MAINPID="),
        "a detached start names its monitor"
    );
    assert_eq!(env.ok(&["wait", id.trim()]), "3\n");
    assert_eq!(env.ok(&["wait", id.trim()]), "3\n");

    // healthy: READY=1 only once the health check passed; it needs one, and --detach.
    sock.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    env.ok(&[
        "run",
        "-d",
        "--rm",
        "--name",
        "c4",
        "--network",
        "none",
        "--sdnotify=healthy",
        "--health-cmd",
        "test -e /tmp/ok",
        "--health-interval",
        "1s",
        &image,
        "sh",
        "-c",
        "sleep 1; touch /tmp/ok; sleep 100",
    ]);
    assert!(recv().ends_with("\nREADY=1"));
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.Health.Status}}", "c4"]),
        "healthy\n"
    );
    env.ok(&["rm", "-f", "c4"]);
    let r = env.expect(125, &["run", "--rm", "--sdnotify=healthy", &image, "true"]);
    assert!(r.stderr.contains("--detach"), "{r}");
    let r = env.expect(125, &["run", "-d", "--sdnotify=healthy", &image, "true"]);
    assert!(r.stderr.contains("health check"), "{r}");
    let r = env.expect(125, &["run", "--rm", "--sdnotify=always", &image, "true"]);
    assert!(r.stderr.contains("--sdnotify"), "{r}");
}

#[test]
fn generate_systemd_env_timeouts_header_and_templates() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["create", "--name", "tpl", &image, "sleep", "1"]);
    let unit = env.ok(&[
        "generate",
        "systemd",
        "--new",
        "--name",
        "--template",
        "--no-header",
        "-e",
        "FOO=bar",
        "--env",
        "HOME",
        "--start-timeout",
        "30",
        "--stop-timeout",
        "5",
        "tpl",
    ]);
    assert!(unit.starts_with("[Unit]"), "no header: {unit}");
    for want in [
        "Description=gorae container-tpl@.service",
        "Environment=PODMAN_SYSTEMD_UNIT=%n-%i\n",
        "Environment=FOO=bar\n",
        "TimeoutStartSec=30\n",
        "TimeoutStopSec=65\n",
        " --name=tpl-%i ",
        "stop --ignore -t 5 ",
    ] {
        assert!(unit.contains(want), "missing {want:?} in\n{unit}");
    }
    assert!(
        unit.contains(&format!(
            "Environment=HOME={}\n",
            env.base.join("home").display()
        )),
        "{unit}"
    );
    let plain = env.ok(&["generate", "systemd", "--name", "tpl"]);
    assert!(
        plain.starts_with("# container-tpl.service\n# autogenerated by gorae"),
        "{plain}"
    );
    assert!(!plain.contains("TimeoutStartSec"));
    let r = env.expect(125, &["generate", "systemd", "--template", "tpl"]);
    assert!(
        r.stderr.contains("--template is only supported with --new"),
        "{r}"
    );
    env.expect(125, &["generate", "systemd", "--new", "-e", "=x", "tpl"]);
}
