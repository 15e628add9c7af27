//! Networking: pasta by default, published ports, the host reachable from containers, helpers
//! gone after the container.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use crate::util::{self, Env, free_port};

fn pasta_pid(env: &Env, name: &str) -> Option<i32> {
    helper_pid(env, name, "pasta.pid")
}

/// The PID a helper's PID file in the container's userdata holds.
fn helper_pid(env: &Env, name: &str, file: &str) -> Option<i32> {
    let id = env
        .ok(&["inspect", "--format", "{{.Id}}", name])
        .trim()
        .to_string();
    std::fs::read_to_string(
        env.store()
            .join("containers")
            .join(id)
            .join("userdata")
            .join(file),
    )
    .ok()?
    .trim()
    .parse()
    .ok()
}

fn alive(pid: i32) -> bool {
    std::path::Path::new(&format!("/proc/{pid}")).exists()
        && !std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .contains("State:\tZ")
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = write!(s, "GET {path} HTTP/1.0\r\nHost: x\r\n\r\n");
            let mut out = String::new();
            if s.read_to_string(&mut out).is_ok() && out.starts_with("HTTP/") {
                return Some(out);
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

#[test]
fn published_ports_reach_the_container_and_the_helper_goes_with_it() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let port = free_port();
    let publish = format!("{port}:80");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "web",
        "-p",
        &publish,
        &image,
        "sh",
        "-c",
        "echo served-by-gorae > /tmp/index.html; httpd -f -p 80 -h /tmp",
    ]);
    let page = http_get(port, "/index.html").expect("the published port answers");
    assert!(page.ends_with("served-by-gorae\n"), "{page}");
    assert_eq!(
        env.ok(&["port", "web"]),
        format!("80/tcp -> 0.0.0.0:{port}\n")
    );
    assert_eq!(env.ok(&["port", "web", "80"]), format!("0.0.0.0:{port}\n"));
    assert!(
        env.ok(&["ps", "--format", "{{.Ports}}"])
            .contains(&format!("{port}->80/tcp"))
    );
    let helper = pasta_pid(&env, "web").expect("pasta's PID is recorded");
    assert!(alive(helper));
    env.ok(&["rm", "-f", "web"]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!alive(helper), "no pasta left behind after rm");
}

#[test]
fn the_default_network_has_an_interface_dns_and_the_host() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // A server on the host's loopback, reached as host.containers.internal.
    let (port, server) = serve_once_on_loopback();
    let url = format!("http://host.containers.internal:{port}/");
    let out = env.ok(&["run", "--rm", &image, "sh", "-c", &format!("ip -o -4 addr show | grep -c eth0; grep -c nameserver /etc/resolv.conf; wget -qO- {url}")]);
    assert_eq!(out, "1\n1\nfrom-host", "{out}");
    server.join().unwrap();
    // --network none: loopback only; host: the host's interfaces.
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "--network",
            "none",
            &image,
            "ls",
            "/sys/class/net"
        ]),
        "lo\n"
    );
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "-p",
            "8080:80",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("network of the container's own"), "{r}");
    env.expect(125, &["run", "--rm", "-p", "notaport", &image, "true"]);
    // A foreground run's helper ends with it.
    let before = std::fs::read_dir("/proc").unwrap().count();
    let _ = before;
    env.ok(&["run", "--rm", "--name", "fg", &image, "true"]);
}

#[test]
fn a_killed_monitor_leaves_no_helper_behind() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["run", "-d", "--name", "orphan", &image, "sleep", "1000"]);
    let helper = pasta_pid(&env, "orphan").expect("pasta's PID is recorded");
    env.kill_monitor("orphan");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.State}}"]), "exited\n");
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        !alive(helper),
        "the reader that noticed the dead monitor stopped pasta"
    );
}

#[test]
fn publish_all_uses_the_images_exposed_ports_and_its_healthcheck_runs() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "test/web:latest");
    env.ok(&["run", "-d", "--name", "w", "-P", &image]);
    let line = env.ok(&["port", "w"]);
    let port: u16 = line.trim().rsplit(':').next().unwrap().parse().unwrap();
    assert!(line.starts_with("80/tcp -> "), "{line}");
    let page = http_get(port, "/index.html").expect("the random host port answers");
    assert!(page.ends_with("web-image\n"), "{page}");
    // The image's HEALTHCHECK (300 ms interval) is picked up without any flag.
    let deadline = Instant::now() + Duration::from_secs(10);
    while env.ok(&["inspect", "--format", "{{.State.Health.Status}}", "w"]) != "healthy\n" {
        assert!(Instant::now() < deadline, "never healthy");
        std::thread::sleep(Duration::from_millis(100));
    }
    env.ok(&["rm", "-f", "w"]);
}

#[test]
fn dns_and_add_host_flags_shape_the_name_files() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let out = env.ok(&[
        "run",
        "--rm",
        "--dns",
        "9.9.9.9",
        "--dns-search",
        "corp.example",
        "--dns-option",
        "ndots:3",
        "--add-host",
        "db.local:10.1.2.3",
        &image,
        "sh",
        "-c",
        "cat /etc/resolv.conf; grep db.local /etc/hosts",
    ]);
    assert!(
        out.contains("nameserver 9.9.9.9\n")
            && out.contains("search corp.example\n")
            && out.contains("options ndots:3\n"),
        "{out}"
    );
    assert!(out.contains("10.1.2.3\tdb.local\n"), "{out}");
    assert_eq!(
        out.matches("nameserver").count(),
        1,
        "the host's nameservers are replaced: {out}"
    );
    env.expect(
        125,
        &["run", "--rm", "--add-host", "nocolon", &image, "true"],
    );
    env.expect(125, &["run", "--rm", "--dns", "not-an-ip", &image, "true"]);
}

#[test]
fn network_container_shares_the_namespace_so_localhost_reaches_the_other() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "web",
        &image,
        "sh",
        "-c",
        "echo shared-localhost > /tmp/index.html; httpd -f -p 8080 -h /tmp",
    ]);
    // The sidecar: started by another gorae command, in the web container's network namespace.
    let out = env.run_until_ok(&[
        "run",
        "--rm",
        "--network",
        "container:web",
        &image,
        "wget",
        "-qO-",
        "http://127.0.0.1:8080/index.html",
    ]);
    assert_eq!(out.stdout, "shared-localhost\n", "{out}");
    // Detached too, and after a restart of the sidecar.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "side",
        "--network",
        "container:web",
        &image,
        "sleep",
        "1000",
    ]);
    assert_eq!(
        env.ok(&[
            "exec",
            "side",
            "wget",
            "-qO-",
            "http://127.0.0.1:8080/index.html"
        ]),
        "shared-localhost\n"
    );
    env.ok(&["restart", "-t", "0", "side"]);
    assert_eq!(
        env.ok(&[
            "exec",
            "side",
            "wget",
            "-qO-",
            "http://127.0.0.1:8080/index.html"
        ]),
        "shared-localhost\n"
    );
    env.ok(&["rm", "-f", "side"]);
    env.ok(&["stop", "-t", "0", "web"]);
    let r = env.expect(
        125,
        &["run", "--rm", "--network", "container:web", &image, "true"],
    );
    assert!(r.stderr.contains("must be running"), "{r}");
    env.expect(125, &["run", "--rm", "--network", "bogus", &image, "true"]);
}

/// A one-request HTTP server on the host's loopback, answering `from-host`.
fn serve_once_on_loopback() -> (u16, std::thread::JoinHandle<()>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        if let Ok((mut s, _)) = listener.accept() {
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf);
            let _ = s.write_all(b"HTTP/1.0 200 OK\r\nContent-Length: 9\r\n\r\nfrom-host");
        }
    });
    (port, server)
}

/// Waits up to `secs` for `pid` to be gone.
fn gone_within(pid: i32, secs: u64) -> bool {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if !alive(pid) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn slirp4netns_publishes_ports_reaches_the_host_and_dies_with_its_monitor() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:80");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "sweb",
        "--network",
        "slirp4netns",
        "-p",
        &publish,
        &image,
        "sh",
        "-c",
        "echo served-through-slirp > /tmp/index.html; httpd -f -p 80 -h /tmp",
    ]);
    let page = http_get(port, "/index.html").expect("the port published by slirp4netns answers");
    assert!(page.ends_with("served-through-slirp\n"), "{page}");
    assert_eq!(
        env.ok(&["port", "sweb"]),
        format!("80/tcp -> 127.0.0.1:{port}\n")
    );
    let helper =
        helper_pid(&env, "sweb", "slirp4netns.pid").expect("slirp4netns's PID is recorded");
    assert!(alive(helper));
    // Its exit descriptor closes with the monitor, whoever kills it.
    env.kill_monitor("sweb");
    assert!(
        gone_within(helper, 5),
        "no slirp4netns left behind a killed monitor"
    );

    // The slirp4netns DNS forwarder, and the host's loopback through the gateway when allowed.
    let (hport, server) = serve_once_on_loopback();
    let script = format!(
        "ip -o -4 addr show tap0 | grep -o 10.0.2.100; cat /sys/class/net/tap0/address; cat /etc/resolv.conf | grep nameserver; wget -qO- http://host.containers.internal:{hport}/"
    );
    let out = env.ok(&[
        "run",
        "--rm",
        "--mac-address",
        "92:d0:c6:0a:29:34",
        "--network",
        "slirp4netns:allow_host_loopback=true,mtu=1500",
        &image,
        "sh",
        "-c",
        &script,
    ]);
    assert_eq!(
        out, "10.0.2.100\n92:d0:c6:0a:29:34\nnameserver 10.0.2.3\nfrom-host",
        "{out}"
    );
    // pasta takes the MAC too; the container's sysfs shows its own interfaces, not the host's.
    let out = env.ok(&[
        "run",
        "--rm",
        "--mac-address",
        "92:d0:c6:0a:29:33",
        &image,
        "sh",
        "-c",
        "ls /sys/class/net | grep -v '^lo$' | wc -l; cat /sys/class/net/*/address | grep -c 92:d0:c6:0a:29:33",
    ]);
    assert_eq!(out, "1\n1\n", "{out}");
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "--mac-address",
            "92:d0:c6:0a:29:33",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("--mac-address"), "{r}");
    server.join().unwrap();
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--network",
            "slirp4netns:cidr=10.0.0.0/8",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("unsupported slirp4netns option"), "{r}");
}

#[test]
fn containers_of_a_pod_share_localhost_and_the_pods_ports() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:80");
    let pod = env.ok(&["pod", "create", "--name", "app", "-p", &publish]);
    assert!(util::is_hex(pod.trim(), 64), "{pod}");
    env.ok(&[
        "run",
        "-d",
        "--pod",
        "app",
        "--name",
        "web",
        &image,
        "sh",
        "-c",
        "echo from-the-pod > /tmp/index.html; httpd -f -p 80 -h /tmp",
    ]);
    // The sidecar reaches the web container over localhost, and shares the pod's hostname.
    let out = env.run_until_ok(&[
        "run",
        "--rm",
        "--pod",
        "app",
        &image,
        "sh",
        "-c",
        "hostname; wget -qO- http://localhost/index.html",
    ]);
    assert_eq!(out.stdout, "app\nfrom-the-pod\n", "{out}");
    // The host reaches it through the port published on the pod.
    let page = http_get(port, "/index.html").expect("the pod's port answers");
    assert!(page.ends_with("from-the-pod\n"), "{page}");
    assert_eq!(
        env.ok(&[
            "pod",
            "ps",
            "--format",
            "{{.Name}} {{.Status}} {{.NumContainers}}"
        ]),
        "app Running 2\n"
    );
    assert_eq!(
        env.ok(&[
            "pod",
            "inspect",
            "--format",
            "{{.Hostname}} {{.State}}",
            "app"
        ]),
        "app Running\n"
    );
    let infra = env
        .ok(&["pod", "inspect", "--format", "{{.InfraContainerID}}", "app"])
        .trim()
        .to_string();
    let helper = pasta_pid(&env, &infra).expect("the infra's pasta is recorded");
    // Published ports belong to the pod; a member can't have its own.
    let r = env.expect(
        125,
        &["run", "--rm", "--pod", "app", "-p", "81", &image, "true"],
    );
    assert!(r.stderr.contains("pod create"), "{r}");
    // Stop and start again: the infra comes back first, with its ports.
    env.ok(&["pod", "stop", "-t", "0", "app"]);
    assert!(!alive(helper), "the pod's helper goes with its infra");
    env.ok(&["pod", "start", "app"]);
    let page = http_get(port, "/index.html").expect("the pod's port answers after a restart");
    assert!(page.ends_with("from-the-pod\n"), "{page}");
    // The pod's containers as a group: logs, top, pause, restart.
    // One member: its lines as they are (podman prefixes only when there are several).
    assert_eq!(env.ok(&["pod", "logs", "app"]), env.ok(&["logs", "web"]));
    assert!(env.ok(&["pod", "top", "app"]).contains("httpd"));
    env.ok(&["pod", "pause", "app"]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.Status}}", "web"]),
        "paused\n"
    );
    env.ok(&["pod", "unpause", "app"]);
    env.ok(&["pod", "restart", "-t", "0", "app"]);
    let page = http_get(port, "/index.html").expect("the pod's port answers after pod restart");
    assert!(page.ends_with("from-the-pod\n"), "{page}");
    let helper = pasta_pid(&env, &infra).expect("a new pasta");
    let r = env.expect(125, &["pod", "rm", "app"]);
    assert!(r.stderr.contains("running container"), "{r}");
    env.ok(&["pod", "rm", "-f", "app"]);
    assert!(!alive(helper), "no helper left after pod rm");
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
    assert_eq!(env.ok(&["pod", "ps", "-q"]), "");
    env.expect(1, &["pod", "exists", "app"]);
    env.expect(125, &["run", "--rm", "--pod", "nosuch", &image, "true"]);
}

#[test]
fn containers_on_a_user_network_find_each_other_by_name() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    assert_eq!(env.ok(&["network", "create", "backend"]), "backend\n");
    assert_eq!(
        env.ok(&["network", "ls", "--format", "{{.Name}} {{.Driver}}"]),
        "backend bridge\n"
    );
    env.expect(125, &["network", "create", "backend"]);
    env.ok(&["network", "create", "--ignore", "backend"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "db",
        "--network",
        "backend",
        "--network-alias",
        "database",
        &image,
        "sh",
        "-c",
        "echo from-db > /tmp/index.html; httpd -f -p 8080 -h /tmp",
    ]);
    // By name and by alias; the client's own address comes from the network's subnet.
    let out = env.run_until_ok(&[
            "run",
            "--rm",
            "--name",
            "client",
            "--network",
            "backend",
            &image,
            "sh",
            "-c",
            "ip -o -4 addr show | grep -o '10\\.89\\.[0-9.]*/24'; wget -qO- http://db:8080/index.html; wget -qO- http://database:8080/index.html",
        ]);
    assert_eq!(out.stdout, "10.89.0.3/24\nfrom-db\nfrom-db\n", "{out}");
    // The server sees the client under its name too (its /etc/hosts was updated in place).
    env.ok(&[
        "run",
        "-d",
        "--name",
        "late",
        "--network",
        "backend",
        &image,
        "sleep",
        "1000",
    ]);
    let hosts = env.ok(&["exec", "db", "cat", "/etc/hosts"]);
    assert!(hosts.contains("\tlate "), "{hosts}");
    assert_eq!(
        env.ok(&[
            "network",
            "inspect",
            "--format",
            "{{.driver}} {{.network_interface}}",
            "backend"
        ]),
        "bridge gorae0\n"
    );
    let r = env.expect(2, &["network", "rm", "backend"]);
    assert!(r.stderr.contains("in use"), "{r}");
    let holder: i32 = std::fs::read_to_string(env.runtime().join("gorae/networks/backend.pid"))
        .expect("the network's holder is recorded")
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(alive(holder));
    let db_helper = pasta_pid(&env, "db").expect("db's pasta is recorded");
    env.ok(&["rm", "-f", "db", "late"]);
    assert!(!alive(db_helper), "no pasta left after rm");
    assert!(
        gone_within(holder, 20),
        "the network's holder exits once no container is attached"
    );
    assert_eq!(env.ok(&["network", "rm", "backend"]), "backend\n");
    assert_eq!(env.ok(&["network", "ls", "-q"]), "");
    env.expect(1, &["network", "exists", "backend"]);
    let r = env.expect(125, &["run", "--rm", "--network", "nosuch", &image, "true"]);
    assert!(r.stderr.contains("network not found"), "{r}");
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--network",
            "nosuch",
            "--network",
            "host",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("only user-defined networks"), "{r}");
    env.expect(
        125,
        &["network", "create", "--subnet", "10.0.0.0/8", "wide"],
    );
}

#[test]
fn a_pod_on_a_user_network_is_reached_by_its_name_and_its_members_names() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["network", "create", "appnet"]);
    env.ok(&["pod", "create", "--name", "shop", "--network", "appnet"]);
    env.ok(&[
        "run",
        "-d",
        "--pod",
        "shop",
        "--name",
        "web",
        &image,
        "sh",
        "-c",
        "echo from-shop > /tmp/index.html; httpd -f -p 8080 -h /tmp",
    ]);
    // A container on the network reaches the pod by the pod's name and by its member's.
    let out = env.run_until_ok(&[
        "run",
        "--rm",
        "--name",
        "buyer",
        "--network",
        "appnet",
        &image,
        "sh",
        "-c",
        "wget -qO- http://shop:8080/index.html; wget -qO- http://web:8080/index.html",
    ]);
    assert_eq!(out.stdout, "from-shop\nfrom-shop\n", "{out}");
    assert_eq!(
        env.ok(&[
            "pod",
            "inspect",
            "--format",
            "{{join .Networks \",\"}}",
            "shop"
        ]),
        "appnet\n"
    );
    // The pod's members see the network's other containers too.
    env.ok(&[
        "run",
        "-d",
        "--name",
        "peer",
        "--network",
        "appnet",
        &image,
        "sleep",
        "1000",
    ]);
    let hosts = env.ok(&["exec", "web", "cat", "/etc/hosts"]);
    assert!(hosts.contains("\tpeer "), "{hosts}");
    // A member cannot bring a network of its own into a pod that shares one.
    let r = env.expect(
        125,
        &[
            "run",
            "--rm",
            "--pod",
            "shop",
            "--network",
            "appnet",
            &image,
            "true",
        ],
    );
    assert!(r.stderr.contains("pod create"), "{r}");
    // kube play onto the same network: the played pod is reachable by name from the shop.
    let yaml = env.base.join("pod.yaml");
    util::write(
        &yaml,
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubeweb\nspec:\n  containers:\n  - name: srv\n    image: {image}\n    command: [sh, -c, 'echo from-kube > /tmp/index.html; httpd -f -p 8081 -h /tmp']\n"
        ),
    );
    env.ok(&[
        "kube",
        "play",
        "--network",
        "appnet",
        yaml.to_str().unwrap(),
    ]);
    let out = env.run_until_ok(&[
        "exec",
        "web",
        "wget",
        "-qO-",
        "http://kubeweb:8081/index.html",
    ]);
    assert_eq!(out.stdout, "from-kube\n", "{out}");
    env.ok(&["kube", "down", yaml.to_str().unwrap()]);
    env.ok(&["pod", "rm", "-f", "shop"]);
    env.ok(&["rm", "-f", "peer"]);
    env.ok(&["network", "rm", "-f", "appnet"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
    let r = env.expect(125, &["pod", "create", "--network", "nosuch"]);
    assert!(r.stderr.contains("network not found"), "{r}");
}

/// Whether a process with exactly this command line runs.
fn running_cmdline(cmdline: &[u8]) -> bool {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .any(|e| std::fs::read(e.path().join("cmdline")).is_ok_and(|c| c == cmdline))
}

#[test]
fn pod_share_picks_the_namespaces_and_infra_false_shares_none() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    // net and pid shared, uts not: members see each other's processes, keep their own hostname.
    env.ok(&["pod", "create", "--name", "np", "--share", "net,pid"]);
    assert_eq!(
        env.ok(&[
            "pod",
            "inspect",
            "--format",
            "{{join .SharedNamespaces \",\"}}",
            "np"
        ]),
        "net,pid\n"
    );
    env.ok(&[
        "run", "-d", "--pod", "np", "--name", "sleeper", &image, "sleep", "1717",
    ]);
    let out = env.run_until_ok(&[
        "run",
        "--rm",
        "--pod",
        "np",
        "--name",
        "looker",
        &image,
        "sh",
        "-c",
        "ps -o comm; hostname",
    ]);
    assert!(
        out.stdout.contains("gorae-pause\n") && out.stdout.contains("sleep\n"),
        "the pod's PID namespace is shared: {out}"
    );
    assert!(!out.stdout.ends_with("np\n"), "uts is not shared: {out}");
    // What a member leaves behind in the shared PID namespace ends with it.
    env.run_until_ok(&[
        "run",
        "--rm",
        "--pod",
        "np",
        &image,
        "sh",
        "-c",
        "sleep 4321 & exit 0",
    ]);
    assert!(
        !running_cmdline(b"sleep\x004321\x00"),
        "a member's background process outlived it"
    );
    // The default set plus pid, with +.
    env.ok(&["pod", "create", "--name", "plus", "--share", "+pid"]);
    assert_eq!(
        env.ok(&[
            "pod",
            "inspect",
            "--format",
            "{{join .SharedNamespaces \",\"}}",
            "plus"
        ]),
        "ipc,net,pid,uts\n"
    );
    // Sharing pid but not net: the member's own pasta is a host process, found and stopped.
    env.ok(&["pod", "create", "--name", "pidonly", "--share", "pid"]);
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:80");
    env.ok(&[
        "run",
        "-d",
        "--pod",
        "pidonly",
        "--name",
        "pweb",
        "-p",
        &publish,
        &image,
        "sh",
        "-c",
        "echo pid-pod > /tmp/index.html; exec httpd -f -p 80 -h /tmp",
    ]);
    let helper = pasta_pid(&env, "pweb").expect("pweb's pasta is recorded");
    let cmdline = std::fs::read(format!("/proc/{helper}/cmdline")).unwrap_or_default();
    assert!(
        String::from_utf8_lossy(&cmdline).contains("pasta"),
        "the recorded PID is the host's PID of pasta"
    );
    env.ok(&["restart", "-t", "0", "pweb"]);
    assert!(!alive(helper), "the old pasta was stopped");
    let page = http_get(port, "/index.html").expect("the port answers after a restart");
    assert!(page.ends_with("pid-pod\n"), "{page}");
    // Without net, members have their own network and may publish their own ports.
    env.ok(&["pod", "create", "--name", "nonet", "--share", "ipc,uts"]);
    let out = env.run_until_ok(&[
        "run",
        "--rm",
        "--pod",
        "nonet",
        "--network",
        "none",
        &image,
        "sh",
        "-c",
        "hostname; ls /sys/class/net",
    ]);
    assert_eq!(out.stdout, "nonet\nlo\n", "{out}");
    // No infra: a group of containers that share nothing.
    env.ok(&["pod", "create", "--name", "loose", "--infra=false"]);
    assert_eq!(
        env.ok(&[
            "pod",
            "inspect",
            "--format",
            "{{.InfraContainerID}}|{{.NumContainers}}",
            "loose"
        ]),
        "|0\n"
    );
    env.ok(&[
        "run", "-d", "--pod", "loose", "--name", "l1", &image, "sleep", "1000",
    ]);
    assert!(
        env.ok(&[
            "pod",
            "ps",
            "--format",
            "{{.Name}} {{.Status}} {{.NumContainers}}"
        ])
        .contains("loose Running 1\n")
    );
    env.ok(&["pod", "stop", "-t", "0", "loose"]);
    env.ok(&["pod", "start", "loose"]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.Status}}", "l1"]),
        "running\n"
    );
    // Bad combinations are refused, and nothing is left of them.
    for args in [
        vec!["pod", "create", "--name", "bad", "--share", "cgroup"],
        vec!["pod", "create", "--name", "bad", "--share", "mnt"],
        vec![
            "pod",
            "create",
            "--name",
            "bad",
            "--infra=false",
            "-p",
            "8080",
        ],
        vec![
            "pod",
            "create",
            "--name",
            "bad",
            "--infra=false",
            "--share",
            "net",
        ],
        vec![
            "pod", "create", "--name", "bad", "--share", "ipc", "-p", "8080",
        ],
    ] {
        let r = env.expect(125, &args);
        assert!(r.stderr.starts_with("Error: "), "{args:?}: {r}");
    }
    env.expect(1, &["pod", "exists", "bad"]);
    // Several pods at once, each in a user namespace of its own: every process goes.
    let helper = pasta_pid(&env, "pweb").expect("pweb's new pasta is recorded");
    env.ok(&["pod", "rm", "-f", "np", "plus", "pidonly", "nonet", "loose"]);
    assert!(!alive(helper), "pweb's pasta went with its pod");
    assert!(
        !running_cmdline(b"sleep\x001717\x00"),
        "np's sleeper went with its pod"
    );
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
}

#[test]
fn static_addresses_macs_and_interface_names_on_user_networks() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["network", "create", "--subnet", "10.89.40.0/24", "front"]);
    env.ok(&["network", "create", "--subnet", "10.89.41.0/24", "back"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "web",
        "--network",
        "front",
        "--ip",
        "10.89.40.50",
        &image,
        "sh",
        "-c",
        "echo hi > /tmp/i; httpd -f -p 8080 -h /tmp",
    ]);
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.NetworkSettings.Networks.front.IPAddress}}",
            "web"
        ]),
        "10.89.40.50\n"
    );
    // Per network: an address, a MAC, an interface name and an alias.
    let out = env.run_until_ok(&[
        "run",
        "--rm",
        "--network",
        "front:ip=10.89.40.9,mac=92:d0:c6:0a:29:33,interface_name=fr0,alias=client",
        "--network",
        "back:ip=10.89.41.9",
        &image,
        "sh",
        "-c",
        "ip -o -4 addr show fr0 | grep -o '10[0-9.]*/24'; cat /sys/class/net/fr0/address; ip -o -4 addr | grep -o '10\\.89\\.41[0-9.]*/24'; wget -qO- http://10.89.40.50:8080/i",
    ]);
    assert_eq!(
        out.stdout, "10.89.40.9/24\n92:d0:c6:0a:29:33\n10.89.41.9/24\nhi\n",
        "{out}"
    );
    // A pod's infra takes --ip for the pod.
    env.ok(&[
        "pod",
        "create",
        "--name",
        "p",
        "--network",
        "back",
        "--ip",
        "10.89.41.77",
    ]);
    let out = env.ok(&[
        "run",
        "--rm",
        "--pod",
        "p",
        &image,
        "sh",
        "-c",
        "ip -o -4 addr | grep -o '10\\.89\\.41[0-9.]*'",
    ]);
    assert_eq!(out, "10.89.41.77\n");

    // Taken, outside the subnet, the gateway's, not an address, IPv6, no user network,
    // several networks: refused before anything runs.
    for (flags, want) in [
        (
            vec!["--network", "front", "--ip", "10.89.40.50"],
            "IPAM error: requested ip address 10.89.40.50 is already allocated to container ID",
        ),
        (
            vec!["--network", "front", "--ip", "10.89.41.5"],
            "requested static ip 10.89.41.5 not in any subnet on network front",
        ),
        (vec!["--network", "front", "--ip", "10.89.40.1"], "gateway"),
        (
            vec!["--network", "front", "--ip", "1.2.3"],
            "invalid argument \"1.2.3\" for \"--ip\" flag",
        ),
        (
            vec!["--network", "front", "--ip6", "fd00::5"],
            "IPv4 subnets only",
        ),
        (
            vec!["--ip", "10.89.40.5"],
            "can only be used with Bridge mode networking",
        ),
        (
            vec![
                "--network",
                "front",
                "--network",
                "back",
                "--ip",
                "10.89.40.5",
            ],
            "single network",
        ),
        (
            vec!["--network", "front:bogus=1"],
            "want ip=, ip6=, alias=, mac= or interface_name=",
        ),
        (vec!["--network", "front:mac=zz"], "not a valid value"),
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend(&flags);
        args.extend([image.as_str(), "true"]);
        let r = env.expect(125, &args);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{flags:?}: {r}"
        );
    }
    let r = env.expect(125, &["pod", "create", "--ip", "10.89.40.5"]);
    assert!(r.stderr.contains("Bridge mode"), "{r}");
    env.ok(&["pod", "rm", "-f", "p"]);
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "web\n");
    env.ok(&["rm", "-f", "-t", "0", "web"]);

    // podman gives the same address from the same flags.
    let Some(podman) = util::podman(&env) else {
        return;
    };
    podman.ok(&["pull", "--tls-verify=false", &image]);
    podman.ok(&["network", "create", "--subnet", "10.89.40.0/24", "front"]);
    let args = [
        "run",
        "--rm",
        "--network",
        "front",
        "--ip",
        "10.89.40.50",
        &image,
        "sh",
        "-c",
        "ip -o -4 addr | grep -o '10\\.89\\.40[0-9.]*/24'",
    ];
    assert_eq!(env.ok(&args), podman.ok(&args));
}

#[test]
fn network_connect_and_disconnect_running_and_stopped_containers() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["network", "create", "--subnet", "10.89.50.0/24", "n1"]);
    env.ok(&["network", "create", "--subnet", "10.89.51.0/24", "n2"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "web",
        "--network",
        "n1",
        &image,
        "sh",
        "-c",
        "echo hi > /tmp/i; httpd -f -p 80 -h /tmp",
    ]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "cl",
        "--network",
        "n2",
        &image,
        "sleep",
        "1000",
    ]);
    let hosts = env.ok(&["exec", "cl", "cat", "/etc/hosts"]);
    assert!(!hosts.contains("\tweb "), "{hosts}");
    // Running: an interface at once, the names on both sides at once.
    env.ok(&[
        "network",
        "connect",
        "--alias",
        "www",
        "--ip",
        "10.89.50.33",
        "n1",
        "cl",
    ]);
    let out = env.ok(&[
        "exec",
        "cl",
        "sh",
        "-c",
        "ip -o -4 addr | grep -o '10\\.89\\.5[01][0-9.]*' | sort; wget -qO- http://web/i",
    ]);
    assert_eq!(out, "10.89.50.33\n10.89.51.2\nhi\n", "{out}");
    let hosts = env.ok(&["exec", "web", "cat", "/etc/hosts"]);
    assert!(
        hosts.contains("10.89.50.33\tcl ") && hosts.contains(" www\t"),
        "{hosts}"
    );
    assert_eq!(
        env.ok(&[
            "inspect",
            "--format",
            "{{.NetworkSettings.Networks.n1.IPAddress}}",
            "cl"
        ]),
        "10.89.50.33\n"
    );
    // Errors: no such network or container, connected twice, not connected, IPv6.
    for (args, code, want) in [
        (
            vec!["network", "connect", "nosuch", "cl"],
            125,
            "network not found",
        ),
        (
            vec!["network", "connect", "n1", "nosuch"],
            125,
            "no such container",
        ),
        (
            vec!["network", "connect", "n1", "cl"],
            125,
            "already connected",
        ),
        (
            vec!["network", "connect", "--ip6", "fd00::1", "n1", "web"],
            125,
            "IPv4",
        ),
        (
            vec!["network", "connect", "--ip", "10.89.50.33", "n2", "web"],
            125,
            "not in any subnet",
        ),
    ] {
        let r = env.expect(code, &args);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{args:?}: {r}"
        );
    }
    // Disconnect: the interface goes, and the names with it.
    env.ok(&["network", "disconnect", "n1", "cl"]);
    let out = env.ok(&[
        "exec",
        "cl",
        "sh",
        "-c",
        "ip -o -4 addr | grep -o '10\\.89\\.5[01][0-9.]*'; grep -c web /etc/hosts || true",
    ]);
    assert_eq!(out, "10.89.51.2\n0\n", "{out}");
    let hosts = env.ok(&["exec", "web", "cat", "/etc/hosts"]);
    assert!(!hosts.contains("\tcl "), "{hosts}");
    let r = env.expect(125, &["network", "disconnect", "n1", "cl"]);
    assert!(
        r.stderr
            .contains("container cl is not connected to network n1"),
        "{r}"
    );

    // Created: joins at its start; a default-network one becomes a member; disconnecting the
    // last network leaves it on pasta.
    env.ok(&[
        "create",
        "--name",
        "late",
        &image,
        "sh",
        "-c",
        "ip -o -4 addr | grep -o '10\\.89\\.5[01][0-9.]*'; wget -qO- http://web/i",
    ]);
    env.ok(&["network", "connect", "n1", "late"]);
    env.ok(&["network", "connect", "--ip", "10.89.51.44", "n2", "late"]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.HostConfig.NetworkMode}}", "late"]),
        "bridge\n"
    );
    env.ok(&["start", "late"]);
    env.ok(&["wait", "late"]);
    let logs = env.ok(&["logs", "late"]);
    assert!(
        logs.contains("10.89.51.44\n") && logs.ends_with("hi\n"),
        "{logs}"
    );
    env.ok(&["network", "disconnect", "n1", "late"]);
    env.ok(&["network", "disconnect", "-f", "n2", "late"]);
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.HostConfig.NetworkMode}}", "late"]),
        "pasta\n"
    );
    env.ok(&["rm", "-f", "-t", "0", "web", "cl", "late"]);
    env.ok(&["network", "rm", "n1", "n2"]);
}

#[test]
fn network_create_options_gateway_range_internal_dns_and_mtu() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&[
        "network",
        "create",
        "--subnet",
        "10.89.60.0/24",
        "--gateway",
        "10.89.60.254",
        "--ip-range",
        "10.89.60.128/28",
        "--opt",
        "mtu=1400",
        "ranged",
    ]);
    let doc: serde_json::Value =
        serde_json::from_str(&env.ok(&["network", "inspect", "ranged"])).unwrap();
    assert_eq!(doc[0]["subnets"][0]["gateway"], "10.89.60.254");
    assert_eq!(
        doc[0]["subnets"][0]["lease_range"]["start_ip"],
        "10.89.60.128"
    );
    assert_eq!(
        doc[0]["subnets"][0]["lease_range"]["end_ip"],
        "10.89.60.143"
    );
    assert_eq!(doc[0]["options"]["mtu"], "1400");
    let out = env.ok(&[
        "run", "--rm", "--cap-add", "NET_RAW", "--network", "ranged", &image, "sh", "-c",
        "ip -o -4 addr show eth1 | grep -o '10[0-9.]*/24'; cat /sys/class/net/eth1/mtu; ping -c1 -W2 10.89.60.254 >/dev/null && echo gw",
    ]);
    assert_eq!(out, "10.89.60.128/24\n1400\ngw\n", "{out}");

    // --internal: members reach each other, nothing else (no helper, no way out).
    env.ok(&["network", "create", "--internal", "--disable-dns", "inner"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "a",
        "--network",
        "inner",
        &image,
        "sleep",
        "100",
    ]);
    let out = env.ok(&[
        "run", "--rm", "--cap-add", "NET_RAW", "--network", "inner", &image, "sh", "-c",
        "ls /sys/class/net | sort | tr '\\n' ' '; grep -c '\\ba\\b' /etc/hosts || true; ping -c1 -W2 $(ip -o -4 addr show eth1 | grep -o '10[0-9.]*' | head -1 | sed 's/[0-9]*$/2/') >/dev/null && echo peer",
    ]);
    assert_eq!(out, "eth1 lo 0\npeer\n", "{out}");
    let doc: serde_json::Value =
        serde_json::from_str(&env.ok(&["network", "inspect", "inner"])).unwrap();
    assert_eq!(
        (
            doc[0]["internal"].as_bool(),
            doc[0]["dns_enabled"].as_bool()
        ),
        (Some(true), Some(false))
    );
    env.ok(&["rm", "-f", "-t", "0", "a"]);

    for (args, want) in [
        (vec!["--ipv6", "v6"], "IPv4 only"),
        (
            vec!["--ipam-driver", "dhcp", "d"],
            "unsupported ipam driver",
        ),
        (
            vec!["--opt", "vlan=5", "v"],
            "unsupported bridge network option vlan",
        ),
        (vec!["--opt", "mtu=9", "m"], "invalid mtu"),
        (vec!["--gateway", "10.89.61.1", "g"], "need --subnet"),
        (
            vec!["--subnet", "10.89.61.0/24", "--gateway", "10.89.62.1", "g"],
            "not in subnet",
        ),
        (
            vec![
                "--subnet",
                "10.89.61.0/24",
                "--ip-range",
                "10.89.62.0/28",
                "g",
            ],
            "not in subnet",
        ),
    ] {
        let mut full = vec!["network", "create"];
        full.extend(&args);
        let r = env.expect(125, &full);
        assert!(
            r.stderr.contains(want) && r.error_lines() == 1,
            "{args:?}: {r}"
        );
    }
    assert_eq!(env.ok(&["network", "ls", "-q"]), "inner\nranged\n");
    env.ok(&["network", "rm", "inner", "ranged"]);
}

#[test]
fn network_reload_rewrites_the_names_of_running_containers() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let image = env.pull(&reg, "library/busybox:latest");
    env.ok(&["network", "create", "rl"]);
    let a = env.ok(&[
        "run",
        "-d",
        "--name",
        "a",
        "--network",
        "rl",
        &image,
        "sleep",
        "100",
    ]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "b",
        "--network",
        "rl",
        &image,
        "sleep",
        "100",
    ]);
    // Lost names (a hand-edited hosts file) come back.
    env.ok(&[
        "exec",
        "a",
        "sh",
        "-c",
        "grep -v '\\bb\\b' /etc/hosts > /tmp/h; cat /tmp/h > /etc/hosts",
    ]);
    assert!(!env.ok(&["exec", "a", "cat", "/etc/hosts"]).contains("\tb "));
    assert_eq!(env.ok(&["network", "reload", "a"]), a);
    assert!(env.ok(&["exec", "a", "cat", "/etc/hosts"]).contains("\tb "));
    assert_eq!(env.ok(&["network", "reload", "--all"]).lines().count(), 2);
    env.ok(&["create", "--name", "c", &image, "true"]);
    let r = env.expect(125, &["network", "reload", "c"]);
    assert!(r.stderr.contains("refusing to reload"), "{r}");
    env.expect(125, &["network", "reload", "nosuch"]);
    env.ok(&["rm", "-f", "-t", "0", "a", "b", "c"]);
}
