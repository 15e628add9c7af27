//! `attach`: the monitor serves a unix socket; `gorae attach` connects to it.
//!
//! Frames both ways: one type byte, a big-endian u32 length, the payload. Monitor to client:
//! 1 stdout, 2 stderr. Client to monitor: 0 stdin bytes, 1 window size (rows u16, cols u16),
//! 2 end of stdin.

use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

#[path = "../keeper/frames.rs"]
mod frames;
pub use frames::{HEADER, RESIZE, STDERR, STDIN, STDIN_EOF, STDOUT};

pub fn socket_path(runtime: &Path, id: &str) -> PathBuf {
    runtime
        .join("attach")
        .join(format!("{}.sock", &id[..12.min(id.len())]))
}

pub fn frame(kind: u8, data: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(frames::HEADER + data.len());
    f.push(kind);
    f.extend_from_slice(&(data.len() as u32).to_be_bytes());
    f.extend_from_slice(data);
    f
}

/// Splits complete frames off the front of `buf`.
pub fn take_frames(buf: &mut Vec<u8>) -> Vec<(u8, Vec<u8>)> {
    let mut out = Vec::new();
    loop {
        if buf.len() < frames::HEADER {
            return out;
        }
        let len = u32::from_be_bytes([buf[1], buf[2], buf[3], buf[4]]) as usize;
        if buf.len() < frames::HEADER + len {
            return out;
        }
        let kind = buf[0];
        let data = buf[frames::HEADER..frames::HEADER + len].to_vec();
        buf.drain(..frames::HEADER + len);
        out.push((kind, data));
    }
}

/// The monitor's side.
pub struct Server {
    path: PathBuf,
    pub listener: UnixListener,
    pub clients: Vec<(UnixStream, Vec<u8>)>,
}

impl Server {
    pub fn bind(path: PathBuf) -> Option<Server> {
        if let Some(dir) = path.parent() {
            crate::store::fsutil::ensure_private_dir(dir).ok()?;
        }
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path).ok()?;
        listener.set_nonblocking(true).ok()?;
        Some(Server {
            path,
            listener,
            clients: Vec::new(),
        })
    }

    pub fn accept(&mut self) {
        while let Ok((s, _)) = self.listener.accept() {
            if s.set_nonblocking(true).is_ok() {
                self.clients.push((s, Vec::new()));
            }
        }
    }

    /// Output to every client; a client that can't keep up is dropped, never waited for.
    pub fn broadcast(&mut self, kind: u8, data: &[u8]) {
        let f = frame(kind, data);
        self.clients.retain_mut(|(s, _)| s.write_all(&f).is_ok());
    }

    /// Reads what client `i` sent; `None` when it went away.
    pub fn read_client(&mut self, i: usize) -> Option<Vec<(u8, Vec<u8>)>> {
        let (s, buf) = &mut self.clients[i];
        let mut chunk = [0u8; 16 * 1024];
        match s.read(&mut chunk) {
            Ok(0) => None,
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                Some(take_frames(buf))
            }
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::Interrupted =>
            {
                Some(Vec::new())
            }
            Err(_) => None,
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Applies a client's input: stdin bytes to the pty master or the stdin pipe, window sizes to
/// the pty.
pub fn apply_input(
    kind: u8,
    data: &[u8],
    tty_master: Option<&OwnedFd>,
    stdin_pipe: &mut Option<OwnedFd>,
) {
    match kind {
        STDIN_EOF => *stdin_pipe = None,
        STDIN => {
            if let Some(fd) = tty_master.or(stdin_pipe.as_ref()) {
                let _ = rustix::io::write(fd.as_fd(), data);
            }
        }
        RESIZE if data.len() == 4 => {
            if let Some(m) = tty_master {
                let ws = rustix::termios::Winsize {
                    ws_row: u16::from_be_bytes([data[0], data[1]]),
                    ws_col: u16::from_be_bytes([data[2], data[3]]),
                    ws_xpixel: 0,
                    ws_ypixel: 0,
                };
                let _ = rustix::termios::tcsetwinsize(m, ws);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_wait_for_complete_input() {
        let mut buf = frame(STDOUT, b"hello");
        buf.extend(frame(STDERR, b""));
        buf.extend_from_slice(&frame(STDIN, b"partial")[..6]);
        let got = take_frames(&mut buf);
        assert_eq!(got, vec![(STDOUT, b"hello".to_vec()), (STDERR, Vec::new())]);
        assert_eq!(buf.len(), 6, "the incomplete frame stays buffered");
    }
}
