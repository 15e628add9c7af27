//! Networking: pasta by default, published ports, the host reachable from containers, helpers
//! gone after the container.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use crate::util::{self, Env};

fn pasta_pid(env: &Env, name: &str) -> Option<i32> {
    let id = env
        .ok(&["inspect", "--format", "{{.Id}}", name])
        .trim()
        .to_string();
    std::fs::read_to_string(
        env.store()
            .join("containers")
            .join(id)
            .join("userdata/pasta.pid"),
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

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
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
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        if let Ok((mut s, _)) = listener.accept() {
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf);
            let _ = s.write_all(b"HTTP/1.0 200 OK\r\nContent-Length: 9\r\n\r\nfrom-host");
        }
    });
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
    assert!(r.stderr.contains("pasta"), "{r}");
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
    let deadline = Instant::now() + Duration::from_secs(10);
    let out = loop {
        let r = env.run(&[
            "run",
            "--rm",
            "--network",
            "container:web",
            &image,
            "wget",
            "-qO-",
            "http://127.0.0.1:8080/index.html",
        ]);
        if r.code == 0 || Instant::now() > deadline {
            break r;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
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
