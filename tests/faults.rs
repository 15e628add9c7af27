//! Registry faults through a small proxy in front of the test registry: a blob cut short, a
//! blob that stalls, 503s and 429s, a blob whose bytes don't match its digest, endless 401s, and a redirect to
//! another host (which must not receive the credentials).

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::util::{self, Env};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// The first N layer blobs stop half-way (the connection closes early).
    CutBlobs(usize),
    /// The first N manifest requests get 503 with Retry-After.
    Unavailable(usize),
    /// The first N blob requests get 429.
    TooMany(usize),
    /// Every layer blob has a byte flipped.
    Corrupt,
    /// Every request gets 401 with a Basic challenge.
    Unauthorized,
    /// Blob requests are redirected to another listener, which records their headers.
    Redirect(u16),
    /// The first N layer blobs stop half-way, with the connection left open and silent.
    Stall(usize),
}

/// Reads one HTTP request head. A TLS handshake (gorae tries HTTPS first on an insecure
/// registry) is refused by closing, as a plain-HTTP server's error would make it fall back.
fn read_head(s: &mut TcpStream) -> Option<Vec<u8>> {
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if s.read(&mut b).ok()? == 0 || (head.is_empty() && b[0] == 0x16) {
            return None;
        }
        head.push(b[0]);
    }
    Some(head)
}

/// The upstream's whole response to `head` (sent with `Connection: close`).
fn upstream(head: &[u8], upstream: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(head);
    let mut req = String::new();
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        if !line.to_ascii_lowercase().starts_with("connection:") {
            req.push_str(line);
            req.push_str("\r\n");
        }
    }
    req.push_str("Connection: close\r\n\r\n");
    let mut u = TcpStream::connect(upstream).unwrap();
    u.write_all(req.as_bytes()).unwrap();
    let mut resp = Vec::new();
    let _ = u.read_to_end(&mut resp);
    resp
}

struct Proxy {
    port: u16,
    layer_gets: Arc<AtomicUsize>,
}

fn proxy(upstream_addr: String, fault: Fault) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let layers = Arc::new(AtomicUsize::new(0));
    let blobs = Arc::new(AtomicUsize::new(0));
    let manifests = Arc::new(AtomicUsize::new(0));
    let layer_gets = layers.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut s) = conn else { continue };
            let upstream_addr = upstream_addr.clone();
            let (layers, blobs, manifests) = (layers.clone(), blobs.clone(), manifests.clone());
            std::thread::spawn(move || {
                let Some(head) = read_head(&mut s) else {
                    return;
                };
                let first = String::from_utf8_lossy(&head)
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string();
                let is_blob = first.starts_with("GET ") && first.contains("/blobs/sha256:");
                let is_manifest = first.contains("/manifests/");
                let n = if is_blob {
                    blobs.fetch_add(1, Ordering::SeqCst)
                } else {
                    0
                };
                let m = if is_manifest {
                    manifests.fetch_add(1, Ordering::SeqCst)
                } else {
                    0
                };
                let canned = |s: &mut TcpStream, status: &str, extra: &str| {
                    let _ = write!(
                        s,
                        "HTTP/1.1 {status}\r\n{extra}Content-Length: 0\r\nConnection: close\r\n\r\n"
                    );
                };
                match fault {
                    Fault::Unauthorized => {
                        return canned(
                            &mut s,
                            "401 Unauthorized",
                            "Www-Authenticate: Basic realm=\"proxy\"\r\n",
                        );
                    }
                    Fault::Unavailable(k) if is_manifest && m < k => {
                        return canned(&mut s, "503 Service Unavailable", "Retry-After: 1\r\n");
                    }
                    Fault::TooMany(k) if is_blob && n < k => {
                        return canned(&mut s, "429 Too Many Requests", "Retry-After: 1\r\n");
                    }
                    Fault::Redirect(to) if is_blob => {
                        let path = first.split_whitespace().nth(1).unwrap_or("/");
                        return canned(
                            &mut s,
                            "307 Temporary Redirect",
                            &format!("Location: http://127.0.0.2:{to}{path}\r\n"),
                        );
                    }
                    _ => {}
                }
                let mut resp = upstream(&head, &upstream_addr);
                let split = resp
                    .windows(4)
                    .position(|w| w == b"\r\n\r\n")
                    .map_or(resp.len(), |p| p + 4);
                let big_blob = is_blob && resp.len() - split > 1000;
                let nth_layer = if big_blob {
                    layers.fetch_add(1, Ordering::SeqCst)
                } else {
                    usize::MAX
                };
                match fault {
                    Fault::CutBlobs(k) if big_blob && nth_layer < k => {
                        let cut = split + (resp.len() - split) / 2;
                        let _ = s.write_all(&resp[..cut]);
                        let _ = s.shutdown(Shutdown::Both);
                        return;
                    }
                    Fault::Stall(k) if big_blob && nth_layer < k => {
                        let cut = split + (resp.len() - split) / 2;
                        let _ = s.write_all(&resp[..cut]);
                        // Silent, but open: only the client's read timeout ends this.
                        std::thread::sleep(std::time::Duration::from_secs(60));
                        return;
                    }
                    Fault::Corrupt if big_blob => {
                        let i = split + (resp.len() - split) / 2;
                        resp[i] ^= 0xff;
                    }
                    _ => {}
                }
                let _ = s.write_all(&resp);
                let _ = s.shutdown(Shutdown::Write);
            });
        }
    });
    Proxy { port, layer_gets }
}

/// A listener standing in for another host: records the headers of what reaches it.
fn recorder() -> (u16, Arc<Mutex<Vec<String>>>) {
    // 127.0.0.2 is loopback too, but another host as far as the client is concerned.
    let listener = TcpListener::bind("127.0.0.2:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut s) = conn else { continue };
            if let Some(head) = read_head(&mut s) {
                log.lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&head).into_owned());
            }
            let _ = s.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    (port, seen)
}

fn pull_through(env: &Env, port: u16, repo: &str, extra: &[&str]) -> util::Run {
    let image = format!("127.0.0.1:{port}/{repo}");
    let mut args = vec!["pull", "-q", "--tls-verify=false"];
    args.extend_from_slice(extra);
    args.push(&image);
    env.run(&args)
}

#[test]
fn a_blob_cut_short_is_fetched_again_and_the_pull_completes() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let p = proxy(reg, Fault::CutBlobs(1));
    let r = pull_through(&env, p.port, "library/busybox:latest", &[]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("retrying"), "{r}");
    assert!(p.layer_gets.load(Ordering::SeqCst) >= 2);
    assert_eq!(env.ok(&["system", "check"]), "No problems found\n");
}

#[test]
fn a_stalled_blob_times_out_and_is_fetched_again() {
    let Some(reg) = util::registry() else { return };
    let mut env = Env::new();
    env.extra_env
        .push(("GORAE_REGISTRY_READ_TIMEOUT".into(), "2".into()));
    let p = proxy(reg, Fault::Stall(1));
    let started = std::time::Instant::now();
    let r = pull_through(&env, p.port, "library/busybox:latest", &[]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("retrying"), "{r}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "the stall was cut by the read timeout, not waited out"
    );
    assert!(p.layer_gets.load(Ordering::SeqCst) >= 2);
    assert_eq!(env.ok(&["system", "check"]), "No problems found\n");
}

#[test]
fn unavailable_and_too_many_requests_are_retried() {
    let Some(reg) = util::registry() else { return };
    for fault in [Fault::Unavailable(2), Fault::TooMany(2)] {
        let env = Env::new();
        let p = proxy(reg.clone(), fault);
        let r = pull_through(&env, p.port, "library/busybox:latest", &[]);
        assert_eq!(r.code, 0, "{r}");
    }
}

#[test]
fn corrupt_bytes_and_endless_401s_fail_cleanly_and_keep_nothing() {
    let Some(reg) = util::registry() else { return };
    let env = Env::new();
    let p = proxy(reg.clone(), Fault::Corrupt);
    let r = pull_through(&env, p.port, "library/busybox:latest", &[]);
    assert_eq!(r.code, 125, "{r}");
    assert_eq!(env.ok(&["images", "-q"]), "");
    assert!(
        env.entries("layers").iter().all(|e| e.starts_with('.')),
        "{:?}",
        env.entries("layers")
    );
    let blobs = env.entries("blobs/sha256");
    assert!(
        blobs.len() <= 2,
        "only the manifest and config may be kept: {blobs:?}"
    );
    let env = Env::new();
    let p = proxy(reg, Fault::Unauthorized);
    let r = pull_through(
        &env,
        p.port,
        "library/busybox:latest",
        &["--creds", "user:pass"],
    );
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("unauthorized"), "{r}");
}

#[test]
fn a_redirect_to_another_host_does_not_carry_the_credentials() {
    let Some(_) = util::registry() else { return };
    let auth = util::auth_registry();
    let (other, seen) = recorder();
    let env = Env::new();
    let p = proxy(auth, Fault::Redirect(other));
    let r = pull_through(
        &env,
        p.port,
        "library/busybox:latest",
        &["--creds", "gorae:secret"],
    );
    assert_eq!(r.code, 125, "the other host has no blob: {r}");
    let heads = seen.lock().unwrap().clone();
    assert!(!heads.is_empty(), "the redirect was followed");
    for h in &heads {
        assert!(
            !h.to_ascii_lowercase().contains("authorization:"),
            "credentials followed the redirect:\n{h}"
        );
    }
    assert_eq!(env.ok(&["images", "-q"]), "");
}
