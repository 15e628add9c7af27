//! systemd's readiness protocol: one datagram of `KEY=VALUE` lines to `$NOTIFY_SOCKET` (a path,
//! or an abstract name written `@name`), as a `Type=notify` unit expects.

use std::os::unix::net::UnixDatagram;

/// Why systemd could not be told.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// No datagram socket could be made.
    #[error("NOTIFY_SOCKET: {0}")]
    Socket(#[source] std::io::Error),
    /// `$NOTIFY_SOCKET` names no usable address.
    #[error("NOTIFY_SOCKET {path}: {source}")]
    Address {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("telling systemd through NOTIFY_SOCKET {path}: {source}")]
    Send {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// The socket systemd gave this process, if any.
pub fn socket() -> Option<String> {
    std::env::var("NOTIFY_SOCKET")
        .ok()
        .filter(|s| s.starts_with('/') || s.starts_with('@'))
}

/// Sends `message` to `$NOTIFY_SOCKET`; without one there is nobody to tell.
pub fn send(message: &str) -> Result<(), NotifyError> {
    match socket() {
        Some(path) => send_to(&path, message),
        None => Ok(()),
    }
}

fn send_to(path: &str, message: &str) -> Result<(), NotifyError> {
    let sock = UnixDatagram::unbound().map_err(NotifyError::Socket)?;
    let sent = match path.strip_prefix('@') {
        Some(name) => {
            use std::os::linux::net::SocketAddrExt;
            let addr = std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes())
                .map_err(|source| NotifyError::Address {
                    path: path.to_string(),
                    source,
                })?;
            sock.send_to_addr(message.as_bytes(), &addr)
        }
        None => sock.send_to(message.as_bytes(), path),
    };
    sent.map(|_| ()).map_err(|source| NotifyError::Send {
        path: path.to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_message_arrives_as_one_datagram() {
        let dir = std::env::temp_dir().join(format!("gorae-notify-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("notify");
        let server = std::os::unix::net::UnixDatagram::bind(&path).unwrap();
        super::send_to(path.to_str().unwrap(), "MAINPID=42\nREADY=1").unwrap();
        let mut buf = [0u8; 64];
        let n = server.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"MAINPID=42\nREADY=1");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
