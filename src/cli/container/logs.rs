//! `logs`: printing and following a container's log.

use std::io::{BufRead, Read, Seek, Write};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::engine::Engine;
use crate::engine::lifecycle;
use crate::engine::logs::{self, Stream};

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Follow the output until the container exits
    #[arg(short, long)]
    pub follow: bool,
    /// Show only the last N lines
    #[arg(short = 'n', long)]
    pub tail: Option<i64>,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Show entries since this time (RFC 3339, or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    #[command(flatten)]
    pub latest: super::Latest,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

pub fn logs(a: LogsArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let since = a.since.as_deref().map(parse_since).transpose()?;
    let list = super::select::pick(
        &engine,
        super::select::Pick {
            given: &a.containers,
            latest: a.latest.latest,
            ..Default::default()
        },
    )?;
    for t in &list {
        let rec = engine.find_container(t)?;
        if crate::engine::run::LaunchConfig::of(&rec).is_ok_and(|l| l.log_driver.is_some()) {
            anyhow::bail!(
                "container {} uses the \"none\" log driver: it has no logs to read",
                rec.name
            );
        }
        let tail = a.tail.filter(|n| *n >= 0).map(|n| n as usize);
        let printed = print_log(&engine, &rec.id, tail, since, a.timestamps)?;
        if a.follow {
            follow(&engine, &rec.id, since, a.timestamps, printed)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_since(s: &str) -> Result<chrono::DateTime<chrono::FixedOffset>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: i64 = num
        .parse()
        .with_context(|| format!("invalid --since {s:?}: want RFC 3339 or a duration like 10m"))?;
    let secs = match unit {
        "s" | "" => n,
        "m" => n * 60,
        "h" => n * 3600,
        _ => bail!("invalid --since {s:?}: unknown unit {unit:?}"),
    };
    Ok((chrono::Utc::now() - chrono::Duration::seconds(secs)).fixed_offset())
}

fn emit(entry: &logs::Entry, timestamps: bool, out: &mut impl Write, err: &mut impl Write) {
    let mut line = Vec::new();
    if timestamps {
        line.extend_from_slice(entry.time.as_bytes());
        line.push(b' ');
    }
    line.extend_from_slice(&entry.text);
    if !entry.partial {
        line.push(b'\n');
    }
    let w: &mut dyn Write = if entry.stream == Stream::Stdout {
        out
    } else {
        err
    };
    if let Err(e) = w.write_all(&line)
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

fn keep(entry: &logs::Entry, since: Option<chrono::DateTime<chrono::FixedOffset>>) -> bool {
    match since {
        None => true,
        Some(s) => chrono::DateTime::parse_from_rfc3339(&entry.time).is_ok_and(|t| t >= s),
    }
}

/// The container's log file: `--log-opt path=`, else the store's.
fn log_path(engine: &Engine, id: &str) -> std::path::PathBuf {
    engine
        .store
        .container(id)
        .ok()
        .and_then(|r| crate::engine::run::LaunchConfig::of(&r).ok())
        .map_or_else(
            || engine.store.log_path(id),
            |c| c.log_path(&engine.store, id),
        )
}

fn print_log(
    engine: &Engine,
    id: &str,
    tail: Option<usize>,
    since: Option<chrono::DateTime<chrono::FixedOffset>>,
    timestamps: bool,
) -> Result<u64> {
    let mut data = match std::fs::read(log_path(engine, id)) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e).context("reading the container log"),
    };
    // Only whole lines: a line being written is left for `follow`, which starts here.
    data.truncate(data.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1));
    let entries: Vec<logs::Entry> = data
        .split(|b| *b == b'\n')
        .filter_map(logs::parse_line)
        .filter(|e| keep(e, since))
        .collect();
    let skip = tail.map(|n| entries.len().saturating_sub(n)).unwrap_or(0);
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    for e in &entries[skip..] {
        emit(e, timestamps, &mut out, &mut err);
    }
    let _ = out.flush();
    Ok(data.len() as u64)
}

/// Prints entries appended after byte `start` of the log until the container is no longer
/// running.
pub(super) fn follow(
    engine: &Engine,
    id: &str,
    since: Option<chrono::DateTime<chrono::FixedOffset>>,
    timestamps: bool,
    start: u64,
) -> Result<()> {
    let path = log_path(engine, id);
    let mut file = loop {
        match std::fs::File::open(&path) {
            Ok(f) => break f,
            Err(_) if lifecycle::is_running(&engine.refresh(engine.store.container(id)?)) => {
                std::thread::sleep(Duration::from_millis(20))
            }
            Err(_) => return Ok(()),
        }
    };
    file.seek(std::io::SeekFrom::Start(start))?;
    let mut reader = std::io::BufReader::new(file);
    let mut pending = Vec::new();
    loop {
        let running = engine
            .store
            .container(id)
            .map(|r| lifecycle::is_running(&engine.refresh(r)))
            .unwrap_or(false);
        let mut chunk = Vec::new();
        reader.read_to_end(&mut chunk)?;
        pending.extend_from_slice(&chunk);
        let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
        while let Some(nl) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=nl).collect();
            if let Some(e) = logs::parse_line(&line[..line.len() - 1])
                && keep(&e, since)
            {
                emit(&e, timestamps, &mut out, &mut err);
            }
        }
        let _ = out.flush();
        if !running {
            return Ok(());
        }
        drop((out, err));
        let _ = reader.fill_buf();
        std::thread::sleep(Duration::from_millis(50));
    }
}
