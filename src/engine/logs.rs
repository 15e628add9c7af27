//! Container logs in podman's `k8s-file` format: `<RFC 3339 nano time> <stream> <F|P> <text>`,
//! one line each; `P` marks a partial line that continues in the next entry.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

/// Longest line kept whole; longer output is split into partial entries.
const MAX_LINE: usize = 16 * 1024;

/// Turns raw output into log entries, keeping unfinished lines per stream until they end.
pub struct LogWriter {
    file: File,
    pending: [Vec<u8>; 2],
}

/// Opens a container's log for appending (created if missing).
pub fn open_log(path: &Path) -> io::Result<File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
}

impl LogWriter {
    pub fn open(path: &Path) -> io::Result<LogWriter> {
        Ok(LogWriter::new(open_log(path)?))
    }

    pub fn new(file: File) -> LogWriter {
        LogWriter {
            file,
            pending: [Vec::new(), Vec::new()],
        }
    }

    pub fn write(&mut self, stream: Stream, mut data: &[u8]) -> io::Result<()> {
        let idx = stream as usize;
        let mut out = Vec::new();
        while let Some(nl) = data.iter().position(|b| *b == b'\n') {
            let mut line = std::mem::take(&mut self.pending[idx]);
            line.extend_from_slice(&data[..nl]);
            entry(&mut out, stream, 'F', &line);
            data = &data[nl + 1..];
        }
        self.pending[idx].extend_from_slice(data);
        if self.pending[idx].len() >= MAX_LINE {
            let line = std::mem::take(&mut self.pending[idx]);
            entry(&mut out, stream, 'P', &line);
        }
        self.file.write_all(&out)
    }

    /// Writes what is left of unfinished lines, as partial entries.
    pub fn flush(&mut self) -> io::Result<()> {
        let mut out = Vec::new();
        for (idx, stream) in [(0, Stream::Stdout), (1, Stream::Stderr)] {
            let line = std::mem::take(&mut self.pending[idx]);
            if !line.is_empty() {
                entry(&mut out, stream, 'P', &line);
            }
        }
        self.file.write_all(&out)
    }
}

fn entry(out: &mut Vec<u8>, stream: Stream, tag: char, text: &[u8]) {
    timestamp(out, std::time::SystemTime::now());
    out.push(b' ');
    out.extend_from_slice(stream.name().as_bytes());
    out.push(b' ');
    out.push(tag as u8);
    out.push(b' ');
    out.extend_from_slice(text);
    out.push(b'\n');
}

#[path = "../keeper/stamp.rs"]
mod stamp;

/// RFC 3339 UTC time with nanoseconds: this runs in the monitor for every line, and the less
/// code it touches the smaller the monitor stays.
fn timestamp(out: &mut Vec<u8>, t: std::time::SystemTime) {
    let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    out.extend_from_slice(&stamp::rfc3339((d.as_secs(), d.subsec_nanos())));
}

/// One parsed entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub time: String,
    pub stream: Stream,
    pub partial: bool,
    pub text: Vec<u8>,
}

pub fn parse_line(line: &[u8]) -> Option<Entry> {
    let mut parts = line.splitn(4, |b| *b == b' ');
    let time = String::from_utf8(parts.next()?.to_vec()).ok()?;
    let stream = match parts.next()? {
        b"stdout" => Stream::Stdout,
        b"stderr" => Stream::Stderr,
        _ => return None,
    };
    let partial = match parts.next()? {
        b"P" => true,
        b"F" => false,
        _ => return None,
    };
    Some(Entry {
        time,
        stream,
        partial,
        text: parts.next().unwrap_or_default().to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_and_partials_are_marked() {
        let dir = std::env::temp_dir().join(format!(
            "gorae-logs-{}",
            crate::store::fsutil::unique_suffix()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("ctr.log");
        let mut w = LogWriter::open(&path).unwrap();
        w.write(Stream::Stdout, b"hello\nwor").unwrap();
        w.write(Stream::Stderr, b"oops\n").unwrap();
        w.write(Stream::Stdout, b"ld\ntail").unwrap();
        w.flush().unwrap();
        let text = std::fs::read(&path).unwrap();
        let entries: Vec<Entry> = text
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(parse_line)
            .collect();
        let got: Vec<(Stream, bool, &[u8])> = entries
            .iter()
            .map(|e| (e.stream, e.partial, &e.text[..]))
            .collect();
        assert_eq!(
            got,
            vec![
                (Stream::Stdout, false, &b"hello"[..]),
                (Stream::Stderr, false, &b"oops"[..]),
                (Stream::Stdout, false, &b"world"[..]),
                (Stream::Stdout, true, &b"tail"[..]),
            ]
        );
        assert!(chrono::DateTime::parse_from_rfc3339(&entries[0].time).is_ok());
        let mut t = Vec::new();
        timestamp(
            &mut t,
            std::time::UNIX_EPOCH + std::time::Duration::new(1_700_000_000, 5),
        );
        assert_eq!(
            String::from_utf8(t).unwrap(),
            "2023-11-14T22:13:20.000000005Z"
        );
        let mut t = Vec::new();
        timestamp(
            &mut t,
            std::time::UNIX_EPOCH + std::time::Duration::from_secs(951_782_400),
        );
        assert_eq!(
            String::from_utf8(t).unwrap(),
            "2000-02-29T00:00:00.000000000Z",
            "leap day"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
