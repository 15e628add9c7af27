//! What the front ends (compose, kube play, Quadlet) and `generate systemd` build for gorae to
//! run, through the real parser: every command line they make from these fixtures, whole, as
//! `gorae` would read it. A flag renamed in the command-line definition breaks these, not a
//! user.

use std::collections::BTreeMap;
use std::path::Path;

use clap::Parser;

use super::run::RunArgs;
use super::{Cli, Command};
use crate::engine::argv::{Argv, json_list};
use crate::engine::systemd::{UnitFile, split_words};

/// `gorae WORDS…` through the parser, which must take it.
fn cli(words: &[String]) -> Command {
    let argv = std::iter::once("gorae".to_string()).chain(words.iter().cloned());
    match Cli::try_parse_from(argv) {
        Ok(c) => c.command,
        Err(e) => panic!("gorae does not take {words:?}: {e}"),
    }
}

/// `gorae run …`/`create …` through the parser: what it read.
fn run(words: &[String]) -> RunArgs {
    match cli(words) {
        Command::Run(a) | Command::Create(a) => *a,
        c => panic!("{words:?} is not a run or create: {c:?}"),
    }
}

const COMPOSE: &str = r#"
name: demo
services:
  db:
    image: docker.io/library/postgres:16
    hostname: database
    environment:
      POSTGRES_PASSWORD: secret
      PGDATA: /var/lib/postgresql/data
    env_file: [db.env, extra.env]
    volumes:
      - data:/var/lib/postgresql/data
      - ./init:/docker-entrypoint-initdb.d:ro
      - /scratch
      - type: tmpfs
        target: /run/tmp
      - type: bind
        source: ./conf
        target: /etc/conf
        read_only: true
    networks:
      back:
        aliases: [pg, database]
    healthcheck:
      test: ["CMD", "pg_isready"]
      interval: 5s
      timeout: 3s
      retries: 4
      start_period: 10s
    labels:
      tier: data
    stop_signal: SIGINT
    pull_policy: always
    restart: unless-stopped
  web:
    image: docker.io/library/nginx:latest
    ports: ["8080:80", "127.0.0.1:8443:443/tcp"]
    networks: [front, back]
    working_dir: /srv
    user: "101:101"
    cap_add: [NET_ADMIN]
    cap_drop: [ALL]
    read_only: true
    privileged: true
    init: true
    extra_hosts: ["db.local=10.0.0.2", "api:10.0.0.3"]
    dns: 9.9.9.9
    entrypoint: ["/docker-entrypoint.sh", "nginx"]
    command: ["-g", "daemon off;"]
    healthcheck:
      test: curl -f http://localhost/
    pull_policy: never
    depends_on: [db]
  off:
    image: busybox
    healthcheck:
      disable: true
networks:
  front: {}
  back: {}
volumes:
  data: {}
"#;

#[test]
fn every_compose_command_parses() {
    let dir = Path::new("/srv/demo");
    let p = crate::frontend::compose::parse(COMPOSE, "compose.yaml", dir, &BTreeMap::new(), None)
        .expect("the fixture parses");
    let mut parsed = BTreeMap::new();
    for svc in p.file.services.keys() {
        let up = p.up_argv(svc).expect("argv");
        parsed.insert(svc.clone(), run(up.words()));
        let one_off = p
            .one_off_argv(svc, true, &["EXTRA=1".into()], &["sh".into(), "-c".into()])
            .expect("argv");
        let r = run(one_off.words());
        assert!(r.rm && !r.detach && r.env.contains(&"EXTRA=1".to_string()));
        assert_eq!(r.command, ["sh", "-c"]);
    }
    let db = &parsed["db"];
    assert!(db.detach);
    assert_eq!(db.name.as_deref(), Some("demo-db-1"));
    assert_eq!(db.image, "docker.io/library/postgres:16");
    assert_eq!(db.hostname.as_deref(), Some("database"));
    assert!(db.env.contains(&"POSTGRES_PASSWORD=secret".to_string()));
    assert!(
        db.label
            .contains(&"com.docker.compose.service=db".to_string())
    );
    assert!(db.label.contains(&"tier=data".to_string()));
    assert_eq!(db.network_alias, ["db", "pg", "database"]);
    assert_eq!(db.env_file, [dir.join("db.env"), dir.join("extra.env")]);
    assert_eq!(db.tmpfs, ["/run/tmp"]);
    assert!(
        db.volume
            .contains(&"/srv/demo/./init:/docker-entrypoint-initdb.d:ro".to_string())
    );
    assert_eq!(db.health_cmd.as_deref(), Some(r#"["CMD","pg_isready"]"#));
    assert_eq!(db.health_retries, Some(4));
    assert_eq!(db.pull, "always");
    assert_eq!(db.restart, "unless-stopped");
    let web = &parsed["web"];
    assert_eq!(web.network.len(), 2);
    assert_eq!(web.publish, ["8080:80", "127.0.0.1:8443:443/tcp"]);
    assert_eq!(web.workdir.as_deref(), Some("/srv"));
    assert_eq!(web.user.as_deref(), Some("101:101"));
    assert!(web.read_only && web.privileged && web.init);
    assert_eq!(web.add_host, ["db.local:10.0.0.2", "api:10.0.0.3"]);
    assert_eq!(web.dns, ["9.9.9.9"]);
    assert_eq!(web.pull, "never");
    assert_eq!(web.command, ["-g", "daemon off;"]);
    assert!(parsed["off"].no_healthcheck);
}

const KUBE: &str = r#"
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  MODE: fast
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  TOKEN: t0k3n
---
apiVersion: v1
kind: Pod
metadata:
  name: shop
  labels:
    app: shop
spec:
  restartPolicy: OnFailure
  securityContext:
    runAsUser: 1000
    runAsGroup: 1000
  volumes:
    - name: html
      hostPath:
        path: /srv/html
    - name: conf
      configMap:
        name: settings
    - name: cache
      emptyDir: {}
  initContainers:
    - name: setup
      image: busybox
      command: ["sh", "-c", "echo ready"]
  containers:
    - name: web
      image: docker.io/library/nginx:latest
      imagePullPolicy: Always
      workingDir: /usr/share/nginx
      env:
        - name: GREETING
          value: hello
        - name: MODE
          valueFrom:
            configMapKeyRef: {name: settings, key: MODE}
        - name: TOKEN
          valueFrom:
            secretKeyRef: {name: creds, key: TOKEN}
      envFrom:
        - configMapRef: {name: settings}
          prefix: CFG_
        - secretRef: {name: creds}
      volumeMounts:
        - name: html
          mountPath: /usr/share/nginx/html
          readOnly: true
        - name: conf
          mountPath: /etc/settings
        - name: cache
          mountPath: /cache
      securityContext:
        capabilities:
          add: [NET_BIND_SERVICE]
          drop: [ALL]
        readOnlyRootFilesystem: true
        privileged: true
      resources:
        limits:
          memory: 64Mi
          cpu: 500m
      livenessProbe:
        exec:
          command: [cat, /tmp/healthy]
        periodSeconds: 5
        timeoutSeconds: 2
        failureThreshold: 3
        initialDelaySeconds: 1
      command: ["nginx"]
      args: ["-g", "daemon off;"]
      ports:
        - containerPort: 80
          hostPort: 8080
"#;

#[test]
fn every_kube_play_command_parses() {
    let m = crate::frontend::kube::parse(KUBE, &[]).expect("the fixture parses");
    let o = crate::frontend::kube::PlayOptions {
        start: true,
        tls_verify: Some(false),
        ..Default::default()
    };
    let planned = crate::frontend::kube::planned(&m, &o).expect("argv");
    assert_eq!(planned.len(), 1);
    let pod = &planned[0];
    match cli(pod.create.words()) {
        Command::Pod(super::pod::PodCmd::Create(c)) => {
            assert_eq!(c.name.as_deref(), Some("shop"));
            assert_eq!(c.label, ["app=shop"]);
            assert_eq!(c.publish, ["8080:80/tcp"]);
        }
        c => panic!("not a pod create: {c:?}"),
    }
    assert_eq!((pod.init.len(), pod.containers.len()), (1, 1));
    let setup = run(pod.init[0].words());
    assert!(setup.rm && !setup.detach);
    assert_eq!(
        setup.entrypoint.as_deref(),
        Some(r#"["sh","-c","echo ready"]"#)
    );
    let web = run(pod.containers[0].words());
    assert!(web.detach);
    assert_eq!(web.image, "docker.io/library/nginx:latest");
    assert_eq!(web.command, ["-g", "daemon off;"]);
    assert_eq!(web.pod.as_deref(), Some("shop"));
    assert_eq!(web.name.as_deref(), Some("shop-web"));
    assert_eq!(web.registry.remote.tls_verify, Some(false));
    assert_eq!(web.pull, "always");
    assert_eq!(web.workdir.as_deref(), Some("/usr/share/nginx"));
    for e in [
        "GREETING=hello",
        "MODE=fast",
        "TOKEN=t0k3n",
        "CFG_MODE=fast",
    ] {
        assert!(web.env.contains(&e.to_string()), "{e} in {:?}", web.env);
    }
    assert_eq!(
        web.volume,
        [
            "/srv/html:/usr/share/nginx/html:ro",
            "shop-conf:/etc/settings",
            "shop-cache:/cache"
        ]
    );
    assert_eq!(web.user.as_deref(), Some("1000:1000"));
    assert_eq!(web.cap_add, ["NET_BIND_SERVICE"]);
    assert_eq!(web.cap_drop, ["ALL"]);
    assert!(web.read_only && web.privileged);
    assert_eq!(web.limits.memory.as_deref(), Some("67108864"));
    assert_eq!(web.limits.cpus.as_deref(), Some("0.5"));
    assert_eq!(web.restart, "on-failure");
    assert_eq!(
        web.health_cmd.as_deref(),
        Some(r#"["CMD","cat","/tmp/healthy"]"#)
    );
    assert_eq!(web.health_interval.as_deref(), Some("5s"));
    assert_eq!(web.entrypoint.as_deref(), Some(r#"["nginx"]"#));
    // Without --start, the containers are created, not run.
    let o = crate::frontend::kube::PlayOptions::default();
    let planned = crate::frontend::kube::planned(&m, &o).expect("argv");
    let words = planned[0].containers[0].words();
    assert_eq!(words[0], "create");
    assert!(!run(words).detach);
}

/// The gorae command lines of a unit's `ExecStartPre=` and `ExecStart=`, as systemd splits
/// them, the program dropped.
fn unit_commands(text: &str) -> Vec<Vec<String>> {
    let unit = UnitFile::parse(text).expect("the unit parses");
    let mut out = Vec::new();
    for (k, v) in unit.section("Service") {
        if k == "ExecStartPre" || k == "ExecStart" {
            let words = split_words(&v).expect("the command splits");
            out.push(words[1..].to_vec());
        }
    }
    assert!(!out.is_empty(), "no ExecStart in {text}");
    out
}

#[test]
fn every_quadlet_command_parses() {
    let dir = std::env::temp_dir().join(format!(
        "gorae-quadlet-argv-{}",
        crate::store::fsutil::unique_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let files = [
        (
            "web.container",
            "[Container]\nImage=localhost/bb\nExec=httpd -f -p 80\nContainerName=web\n\
             Notify=true\nEnvironment=A=1 \"B=two words\"\nEnvironmentFile=/etc/web.env\n\
             PublishPort=8080:80\nVolume=data.volume:/srv\nVolume=/tmp\nNetwork=back.network\n\
             Pod=shop.pod\nLabel=a=1 b=2\nUser=1000\nWorkingDir=/srv\nEntrypoint=/bin/sh\n\
             HostName=web\nReadOnly=true\nRunInit=yes\nTmpfs=/run/x\nAddCapability=NET_ADMIN\n\
             DropCapability=ALL\nPidsLimit=50\nMemory=64m\nHealthCmd=/bin/true\n\
             HealthInterval=5s\nHealthRetries=3\nHealthTimeout=2s\nHealthStartPeriod=1s\n\
             StopTimeout=7\nPull=never\nUserNS=keep-id\nPodmanArgs=--dns 9.9.9.9\n\
             NoNewPrivileges=true\n",
        ),
        (
            "data.volume",
            "[Volume]\nLabel=x=y\nPodmanArgs=--label z=w\n",
        ),
        (
            "back.network",
            "[Network]\nLabel=x=y\nSubnet=10.89.7.0/24\n",
        ),
        (
            "shop.pod",
            "[Pod]\nPublishPort=8081:81\nNetwork=back.network\n",
        ),
        (
            "shop.kube",
            "[Kube]\nYaml=shop.yaml\nNetwork=back.network\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let dirs = std::slice::from_ref(&dir);
    let mut kinds = Vec::new();
    for (name, _) in files {
        let g = crate::frontend::quadlet::quadlet(&dir.join(name), dirs).expect(name);
        for words in unit_commands(&g.unit.text) {
            kinds.push(format!("{:?}", std::mem::discriminant(&cli(&words))));
            if name == "web.container" && words[0] == "run" {
                let r = run(&words);
                assert!(r.detach && r.rm && r.replace && r.read_only && r.init);
                assert_eq!(r.name.as_deref(), Some("web"));
                assert_eq!(r.sdnotify, "container");
                assert_eq!(r.env, ["A=1", "B=two words"]);
                assert_eq!(r.volume, ["systemd-data:/srv", "/tmp"]);
                assert_eq!(r.network, ["systemd-back"]);
                assert_eq!(r.pod.as_deref(), Some("systemd-shop"));
                assert_eq!(r.label, ["a=1", "b=2"]);
                assert_eq!(r.limits.pids_limit, Some(50));
                assert_eq!(r.stop_timeout, Some(7));
                assert_eq!(r.pull, "never");
                assert_eq!(r.dns, ["9.9.9.9"]);
                assert_eq!(r.image, "localhost/bb");
                assert_eq!(r.command, ["httpd", "-f", "-p", "80"]);
            }
        }
    }
    // web: run; data: volume create; back: network create; shop.pod: pod rm, pod create,
    // pod start; shop.kube: kube play.
    assert_eq!(kinds.len(), 7, "{kinds:?}");
    // Keys whose flags gorae lacks are refused, never turned into a unit that fails to start.
    for key in ["Gateway=10.89.7.1", "Internal=true"] {
        std::fs::write(dir.join("gw.network"), format!("[Network]\n{key}\n")).unwrap();
        let e = crate::frontend::quadlet::quadlet(&dir.join("gw.network"), dirs).unwrap_err();
        assert!(e.to_string().contains("unsupported key"), "{key}: {e}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_generate_systemd_command_parses() {
    let flags = super::systemd::value_flags();
    let created: Vec<String> = [
        "gorae",
        "--log-level",
        "info",
        "container",
        "run",
        "-dp",
        "8080:80",
        "--name",
        "old",
        "--rm",
        "-e",
        "A=1",
        "--memory",
        "64m",
        "--pod=old",
        "alpine",
        "sleep",
        "9",
    ]
    .map(String::from)
    .to_vec();
    let new = crate::engine::systemd::new_run_command(&created, "web", Some("shop"), &flags);
    let r = run(&new[1..]);
    assert!(r.detach && r.rm && r.replace);
    assert_eq!(r.name.as_deref(), Some("web"));
    assert_eq!(r.pod.as_deref(), Some("shop"));
    assert_eq!(r.publish, ["8080:80"]);
    assert_eq!(r.env, ["A=1"]);
    assert_eq!(r.limits.memory.as_deref(), Some("64m"));
    assert_eq!(r.image, "alpine");
    assert_eq!(r.command, ["sleep", "9"]);
    let pod: Vec<String> = [
        "gorae", "pod", "create", "-p", "8080:80", "--label", "a=b", "old",
    ]
    .map(String::from)
    .to_vec();
    let new = crate::engine::systemd::new_pod_create_command(&pod, "shop", &flags);
    match cli(&new[1..]) {
        Command::Pod(super::pod::PodCmd::Create(c)) => {
            assert_eq!(c.name.as_deref(), Some("shop"));
            assert_eq!(c.publish, ["8080:80"]);
        }
        c => panic!("not a pod create: {c:?}"),
    }
}

/// Every flag the builder writes is one of the commands it builds for.
#[test]
fn every_builder_flag_is_a_gorae_flag() {
    let top = super::command();
    let find = |path: &[&str]| {
        let mut c = &top;
        for p in path {
            c = c.find_subcommand(p).expect("a subcommand");
        }
        c.clone()
    };
    let cmds = [
        find(&["run"]),
        find(&["pod", "create"]),
        find(&["volume", "create"]),
        find(&["network", "create"]),
        find(&["kube", "play"]),
    ];
    for f in Argv::all_flags() {
        let long = f.long.trim_start_matches("--");
        let short = f.short.and_then(|s| s.chars().nth(1));
        let arg = cmds
            .iter()
            .flat_map(|c| c.get_arguments())
            .find(|a| a.get_long() == Some(long));
        let Some(arg) = arg else {
            panic!(
                "{} is no flag of run, pod/volume/network create or kube play",
                f.long
            );
        };
        if short.is_some() {
            assert_eq!(arg.get_short(), short, "{}'s short form", f.long);
        }
        assert_eq!(
            !arg.get_action().takes_values(),
            f.switch,
            "{} takes a value or not",
            f.long
        );
    }
}

/// Every value method of the builder once, through `run`: each lands where it should.
#[test]
fn every_run_builder_method_lands_in_its_field() {
    let list = json_list(&["a".to_string(), "b".to_string()]);
    let mut a = Argv::new(&["run"]);
    a.detach()
        .pod("p")
        .name("n")
        .tls_verify(false)
        .pull("never")
        .network("net")
        .network_alias("alias")
        .label_pair("k", "v")
        .label("k2=v2")
        .hostname("h")
        .env_file("/e.env")
        .env("E=1")
        .publish("80:80")
        .volume("/v")
        .mount("type=bind,src=/a,dst=/b")
        .tmpfs("/t")
        .workdir("/w")
        .user("1:1")
        .cap_add("NET_ADMIN")
        .cap_drop("ALL")
        .read_only()
        .privileged()
        .init()
        .add_host("h:1.2.3.4")
        .dns("1.1.1.1")
        .stop_signal("SIGINT")
        .stop_timeout("3")
        .restart("always")
        .memory("1000")
        .cpus("1")
        .pids_limit("9")
        .userns("keep-id")
        .no_healthcheck()
        .health_cmd(&list)
        .health_interval("1s")
        .health_timeout("2s")
        .health_retries("3")
        .health_start_period("4s")
        .entrypoint(&list)
        .cidfile("/c")
        .cgroups("split")
        .sdnotify("conmon")
        .rm()
        .replace()
        .arg("IMAGE");
    let r = run(a.words());
    assert!(r.detach && r.read_only && r.privileged && r.init && r.no_healthcheck);
    assert!(r.rm && r.replace);
    assert_eq!(r.label, ["k=v", "k2=v2"]);
    assert_eq!(r.mount, ["type=bind,src=/a,dst=/b"]);
    assert_eq!(r.health_start_period.as_deref(), Some("4s"));
    assert_eq!(r.entrypoint.as_deref(), Some(r#"["a","b"]"#));
    assert_eq!(r.limits.pids_limit, Some(9));
    assert_eq!(r.stop_timeout, Some(3));
    assert_eq!(r.cgroups, "split");
}
