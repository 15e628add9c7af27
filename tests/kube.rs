//! Kubernetes YAML: `kube play` (pods, deployments, ConfigMaps, Secrets, volumes), `kube down`,
//! and `kube generate`, whose output must pass the Kubernetes OpenAPI schema.

use std::time::{Duration, Instant};

use crate::util::{self, Env, free_port};

const VALIDATE: &str = "/opt/gorae-kubernetes-validate/bin/kubernetes-validate";

fn app_yaml(reg: &str, port: u16) -> String {
    format!(
        r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  index.html: "hello from a configmap\n"
  GREETING: hi
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: app
  labels:
    app: app
spec:
  volumes:
  - name: html
    configMap:
      name: web-config
      items:
      - key: index.html
        path: index.html
  - name: scratch
    emptyDir: {{}}
  containers:
  - name: web
    image: {reg}/library/busybox:latest
    command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
    ports:
    - containerPort: 8080
      hostPort: {port}
      hostIP: 127.0.0.1
    volumeMounts:
    - name: html
      mountPath: /www
      readOnly: true
  - name: sidecar
    image: {reg}/library/busybox:latest
    command: ["sh", "-c"]
    args: ["until wget -qO /scratch/page http://localhost:8080/index.html; do sleep 0.1; done; echo $GREETING $PASSWORD > /scratch/env; sleep 1000"]
    env:
    - name: GREETING
      valueFrom:
        configMapKeyRef: {{name: web-config, key: GREETING}}
    - name: PASSWORD
      valueFrom:
        secretKeyRef: {{name: creds, key: password}}
    volumeMounts:
    - name: scratch
      mountPath: /scratch
    securityContext:
      readOnlyRootFilesystem: true
      capabilities:
        drop: ["NET_RAW"]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: workers
spec:
  replicas: 2
  selector:
    matchLabels: {{app: workers}}
  template:
    metadata:
      labels: {{app: workers}}
    spec:
      containers:
      - name: worker
        image: {reg}/library/busybox:latest
        command: ["sleep", "1000"]
        workingDir: /tmp
        resources:
          limits: {{memory: 64Mi, cpu: 500m}}
        livenessProbe:
          exec:
            command: ["true"]
          periodSeconds: 5
"#
    )
}

#[test]
fn kube_play_runs_pods_and_deployments_and_kube_down_removes_them() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let port = free_port();
    let yaml = env.base.join("app.yaml");
    util::write(&yaml, &app_yaml(&reg, port));
    let y = yaml.display().to_string();
    let out = env.ok(&["kube", "play", "--tls-verify=false", &y]);
    assert_eq!(out.matches("Pod:").count(), 3, "{out}");
    assert!(
        out.contains("app-html") && out.contains("app-scratch"),
        "{out}"
    );
    let pods = env.ok(&[
        "pod",
        "ps",
        "--format",
        "{{.Name}} {{.Status}} {{.NumContainers}}",
    ]);
    let mut pods: Vec<&str> = pods.lines().collect();
    pods.sort();
    assert_eq!(
        pods,
        [
            "app Running 3",
            "workers-pod-0 Running 2",
            "workers-pod-1 Running 2"
        ]
    );
    // The sidecar fetched the page over localhost; the ConfigMap is a file, the Secret and
    // the ConfigMap key environment variables.
    let got = env.run_until_ok(&[
        "exec",
        "app-sidecar",
        "cat",
        "/scratch/page",
        "/scratch/env",
    ]);
    assert_eq!(got.stdout, "hello from a configmap\nhi s3cret\n", "{got}");
    // The host reaches the web container through the pod's hostPort.
    let page = std::process::Command::new("curl")
        .args(["-s", &format!("http://127.0.0.1:{port}/index.html")])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&page.stdout),
        "hello from a configmap\n"
    );
    // securityContext and workingDir arrived.
    let r = env.run(&["exec", "app-sidecar", "touch", "/x"]);
    assert_ne!(r.code, 0, "readOnlyRootFilesystem: {r}");
    assert_eq!(env.ok(&["exec", "workers-pod-0-worker", "pwd"]), "/tmp\n");
    // Playing again conflicts; --replace replaces.
    env.expect(125, &["kube", "play", "--tls-verify=false", &y]);
    env.ok(&["kube", "play", "--replace", "--tls-verify=false", &y]);
    // down: pods and the pod-made volumes go.
    let out = env.ok(&["kube", "down", &y]);
    assert!(
        out.contains("app") && out.contains("workers-pod-1"),
        "{out}"
    );
    assert_eq!(env.ok(&["pod", "ps", "-q"]), "");
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
    // Bad input: unknown kinds, a missing ConfigMap, a bad quantity; nothing is left.
    util::write(
        &yaml,
        "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n",
    );
    env.expect(125, &["kube", "play", &y]);
    util::write(
        &yaml,
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata: {{name: broken}}\nspec:\n  volumes:\n  - name: v\n    configMap: {{name: nope}}\n  containers:\n  - name: c\n    image: {reg}/library/busybox:latest\n    volumeMounts: [{{name: v, mountPath: /v}}]\n"
        ),
    );
    let r = env.expect(125, &["kube", "play", "--tls-verify=false", &y]);
    assert!(r.stderr.contains("no ConfigMap nope"), "{r}");
    assert_eq!(env.ok(&["pod", "ps", "-q"]), "");
}

#[test]
fn kube_generate_writes_yaml_the_schema_accepts_and_play_reproduces() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:80");
    env.ok(&["volume", "create", "data"]);
    env.ok(&["pod", "create", "--name", "shop", "-p", &publish]);
    env.ok(&[
        "run",
        "-d",
        "--pod",
        "shop",
        "--name",
        "shop-web",
        "-e",
        "MODE=prod",
        "-v",
        "data:/data",
        "--cap-drop",
        "NET_RAW",
        &image,
        "sh",
        "-c",
        "echo generated > /data/index.html; httpd -f -p 80 -h /data",
    ]);
    env.ok(&[
        "run", "-d", "--name", "solo", "-w", "/tmp", &image, "sleep", "1000",
    ]);
    let yaml = env.ok(&["kube", "generate", "shop", "solo"]);
    assert!(
        yaml.contains("kind: Pod")
            && yaml.contains("name: shop")
            && yaml.contains("name: solo-pod"),
        "{yaml}"
    );
    assert!(yaml.contains(&format!("hostPort: {port}")), "{yaml}");
    assert!(
        yaml.contains("claimName: data") && yaml.contains("MODE"),
        "{yaml}"
    );
    assert_eq!(
        env.ok(&["generate", "kube", "solo"]),
        env.ok(&["kube", "generate", "solo"])
    );
    let file = env.base.join("gen.yaml");
    env.ok(&[
        "kube",
        "generate",
        "-f",
        &file.display().to_string(),
        "shop",
        "solo",
    ]);
    if std::path::Path::new(VALIDATE).exists() {
        let v = std::process::Command::new(VALIDATE)
            .args(["--strict"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            v.status.success(),
            "kubernetes-validate refused the YAML:\n{}{}\n{yaml}",
            String::from_utf8_lossy(&v.stdout),
            String::from_utf8_lossy(&v.stderr)
        );
    } else {
        util::missing_bed(&format!(
            "{VALIDATE} is missing (tests/setup/install.sh installs it)"
        ));
    }
    // Round trip: tear the originals down, play the generated YAML, get the same service.
    env.ok(&["pod", "rm", "-f", "shop"]);
    env.ok(&["rm", "-f", "solo"]);
    env.ok(&[
        "kube",
        "play",
        "--tls-verify=false",
        &file.display().to_string(),
    ]);
    let deadline = Instant::now() + Duration::from_secs(10);
    let page = loop {
        let out = std::process::Command::new("curl")
            .args(["-s", &format!("http://127.0.0.1:{port}/index.html")])
            .output()
            .unwrap();
        if out.status.success() || Instant::now() > deadline {
            break String::from_utf8_lossy(&out.stdout).into_owned();
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(page, "generated\n");
    assert_eq!(
        env.ok(&["exec", "shop-web", "sh", "-c", "echo $MODE"]),
        "prod\n"
    );
    assert_eq!(env.ok(&["exec", "solo-pod-solo", "pwd"]), "/tmp\n");
    env.ok(&["kube", "down", &file.display().to_string()]);
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    env.expect(125, &["kube", "generate", "nosuch"]);
}

#[test]
fn compose_runs_a_web_service_and_a_client_that_waits_for_it_by_name() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let dir = env.base.join("shop");
    let port = free_port();
    util::write(
        &dir.join("compose.yaml"),
        r#"
services:
  web:
    build: ./web
    volumes: ["www:/www"]
    ports: ["127.0.0.1:${WEB_PORT}:8080"]
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8080/index.html"]
      interval: 1s
      retries: 10
  client:
    image: ${REGISTRY}/library/busybox:latest
    depends_on:
      web: {condition: service_healthy}
    environment:
      TARGET: http://web:8080/index.html
    env_file: client.env
    command: sh -c 'wget -qO- $$TARGET; echo $$EXTRA; sleep 1000'
  debug:
    image: ${REGISTRY}/library/busybox:latest
    profiles: [debug]
    command: ["true"]
volumes:
  www: {}
"#,
    );
    util::write(
        &dir.join(".env"),
        &format!("REGISTRY={reg}\nWEB_PORT={port}\n"),
    );
    util::write(&dir.join("client.env"), "EXTRA=from-env-file\n");
    util::write(
        &dir.join("web/Containerfile"),
        &format!(
            "FROM {reg}/library/busybox:latest\nCMD [\"sh\", \"-c\", \"echo hello-from-web > /www/index.html; httpd -f -p 8080 -h /www\"]\n"
        ),
    );
    let d = dir.display().to_string();
    let compose = |args: &[&str]| {
        let mut all = vec!["compose", "--project-directory", &d];
        all.extend_from_slice(args);
        env.run(&all)
    };
    env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        &format!("{reg}/library/busybox:latest"),
    ]);
    let r = compose(&["up", "-d"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr.contains("Image localhost/shop-web:latest built"),
        "{r}"
    );
    // The client waited for web to be healthy, then reached it by its service name.
    let deadline = Instant::now() + Duration::from_secs(10);
    let logs = loop {
        let r = compose(&["logs", "client"]);
        if r.stdout.contains("from-env-file") || Instant::now() > deadline {
            break r.stdout;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(logs, "client  | hello-from-web\nclient  | from-env-file\n");
    let ps = compose(&["ps"]);
    assert!(
        ps.stdout.contains("shop-web-1")
            && ps.stdout.contains("(healthy)")
            && !ps.stdout.contains("debug"),
        "{ps}"
    );
    let r = compose(&[
        "exec",
        "client",
        "wget",
        "-qO-",
        "http://web:8080/index.html",
    ]);
    assert_eq!(r.stdout, "hello-from-web\n", "{r}");
    let r = compose(&["run", "--rm", "client", "echo", "one-off"]);
    assert_eq!(r.stdout, "one-off\n", "{r}");
    let page = std::process::Command::new("curl")
        .args(["-s", &format!("http://127.0.0.1:{port}/index.html")])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&page.stdout), "hello-from-web\n");
    let cfg = compose(&["config"]).stdout;
    assert!(
        cfg.contains(&format!("{reg}/library/busybox:latest")) && cfg.contains("name: shop"),
        "{cfg}"
    );
    // up again is a no-op for running services; down -v removes everything it made.
    assert_eq!(compose(&["up", "-d"]).code, 0);
    assert_eq!(env.ok(&["ps", "-q"]).lines().count(), 2);
    let r = compose(&["down", "-v"]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    assert_eq!(env.ok(&["network", "ls", "-q"]), "");
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
    // Bad input: a cycle, a required variable, an unknown service.
    util::write(
        &dir.join("compose.yaml"),
        "services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n",
    );
    let r = compose(&["up", "-d"]);
    assert!(r.code == 125 && r.stderr.contains("cycle"), "{r}");
    util::write(
        &dir.join("compose.yaml"),
        "services:\n  a: {image: \"${NEEDED:?set NEEDED}\"}\n",
    );
    let r = compose(&["config"]);
    assert!(r.code == 125 && r.stderr.contains("set NEEDED"), "{r}");
    let r = compose(&["up", "-d", "nosuch"]);
    assert_eq!(r.code, 125, "{r}");
}

#[test]
fn compose_up_follows_output_in_the_foreground_and_services_span_networks() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let dir = env.base.join("tiers");
    // api is on back only, client on front only, proxy on both (and called gateway on front).
    util::write(
        &dir.join("compose.yaml"),
        &format!(
            r#"
services:
  api:
    image: {image}
    networks: [back]
    command: sh -c 'echo from-api > /tmp/index.html; httpd -f -p 8080 -h /tmp'
  proxy:
    image: {image}
    networks:
      front: {{aliases: [gateway]}}
      back: {{}}
    depends_on: [api]
    command: sh -c 'until wget -qO- http://api:8080/index.html; do sleep 0.2; done; echo proxied > /tmp/index.html; exec httpd -f -p 8080 -h /tmp'
  client:
    image: {image}
    networks: [front]
    depends_on: [proxy]
    command: sh -c 'until wget -qO- http://gateway:8080/index.html; do sleep 0.2; done; echo api-known-here $$(grep -cw api /etc/hosts); exit 3'
networks:
  front: {{}}
  back: {{}}
"#
        ),
    );
    let d = dir.display().to_string();
    let args = |more: &[&'static str]| {
        let mut all = vec!["compose", "--project-directory", &d, "up"];
        all.extend_from_slice(more);
        all
    };
    // Foreground, ending with the client: its output is prefixed by service, its status is ours.
    let r = env.run(&args(&["--exit-code-from", "client"]));
    assert_eq!(r.code, 3, "{r}");
    assert!(r.stdout.contains("proxy   | from-api\n"), "{r}");
    assert!(r.stdout.contains("client  | proxied\n"), "{r}");
    assert!(
        r.stdout.contains("client  | api-known-here 0\n"),
        "the client's network does not list api: {r}"
    );
    assert_eq!(env.ok(&["ps", "-q"]), "", "every service was stopped");
    // Without --exit-code-from, the status is that of the first service to end.
    let r = env.run(&args(&["--abort-on-container-exit"]));
    assert_eq!(r.code, 3, "{r}");
    assert!(r.stderr.contains("Aborting on container exit"), "{r}");
    let nets = env.ok(&[
        "inspect",
        "--format",
        "{{json .NetworkSettings.Networks}}",
        "tiers-proxy-1",
    ]);
    assert!(
        nets.contains("\"tiers_back\"") && nets.contains("\"tiers_front\""),
        "{nets}"
    );
    // Plain `up` follows until Ctrl-C, then stops every service and exits 130.
    let mut child = env
        .command(&args(&[]))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let line = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the client's output arrives");
        if line.contains("api-known-here") {
            break;
        }
    }
    // The client ends; api and proxy run on, and so does `up`.
    let deadline = Instant::now() + Duration::from_secs(10);
    while env.ok(&["ps", "--format", "{{.Names}}"]).lines().count() != 2 {
        assert!(Instant::now() < deadline, "the client did not end");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "up follows the running services"
    );
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGINT,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Gracefully stopping"));
    assert_eq!(env.ok(&["ps", "-q"]), "");
    let holders: Vec<i32> = ["tiers_back", "tiers_front"]
        .iter()
        .filter_map(|n| {
            std::fs::read_to_string(env.runtime().join(format!("gorae/networks/{n}.pid"))).ok()
        })
        .filter_map(|t| t.split_whitespace().next()?.parse().ok())
        .collect();
    let r = env.run(&["compose", "--project-directory", &d, "down"]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(env.ok(&["network", "ls", "-q"]), "");
    // The networks' holders go once nothing is attached.
    let deadline = Instant::now() + Duration::from_secs(30);
    while holders
        .iter()
        .any(|p| std::path::Path::new(&format!("/proc/{p}")).exists())
    {
        assert!(
            Instant::now() < deadline,
            "a network holder outlived compose down"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // A network a service names must be declared.
    util::write(
        &dir.join("compose.yaml"),
        "services:\n  a: {image: x, networks: [nowhere]}\n",
    );
    let r = env.run(&args(&["-d"]));
    assert!(
        r.code == 125 && r.stderr.contains("undefined network nowhere"),
        "{r}"
    );
}
