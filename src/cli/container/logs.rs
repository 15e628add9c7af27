//! `logs`: printing and following a container's log.

use std::io::{BufRead, Read, Seek, Write};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::cli::format;
use crate::engine::Engine;
use crate::engine::lifecycle;
use crate::engine::logs::{self, Stream};

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Follow the output until the container exits
    #[arg(short, long)]
    pub follow: bool,
    /// Show only the last N lines
    #[arg(long, allow_negative_numbers = true)]
    pub tail: Option<i64>,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Show entries since this time (RFC 3339, a date, Unix seconds, or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    /// Show entries before this time (as --since; a duration counts from now)
    #[arg(long)]
    pub until: Option<String>,
    /// Begin each line with the container's name, not its ID (with several containers)
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Give each container's lines their own color (with several containers)
    #[arg(long)]
    pub color: bool,
    #[command(flatten)]
    pub latest: super::Latest,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// How each entry is shown: podman's prefix (with several containers), timestamps, color and
/// the time window.
#[derive(Debug, Clone, Default)]
pub(super) struct Show {
    pub prefix: String,
    pub color: Option<&'static str>,
    pub timestamps: bool,
    pub since: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub until: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// podman's colors for `--color`, one per container in turn.
const COLORS: [&str; 7] = [
    "\x1b[37m", "\x1b[31m", "\x1b[33m", "\x1b[34m", "\x1b[35m", "\x1b[36m", "\x1b[32m",
];

pub fn logs(a: LogsArgs) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    let (since, until) = format::time_window(a.since.as_deref(), a.until.as_deref())?;
    let list = super::select::pick(
        &engine,
        super::select::Pick {
            given: &a.containers,
            latest: a.latest.latest,
            ..Default::default()
        },
    )?;
    // All named first: one that goes away while another is followed is still read.
    let mut recs = Vec::new();
    for t in &list {
        let rec = engine.find_container(t)?;
        if crate::engine::run::LaunchConfig::of(&rec).is_ok_and(|l| l.log_driver.is_some()) {
            bail!(
                "container {} uses the \"none\" log driver: it has no logs to read",
                rec.name
            );
        }
        recs.push(rec);
    }
    let multi = recs.len() > 1;
    let shows: Vec<Show> = recs
        .iter()
        .enumerate()
        .map(|(i, r)| Show {
            prefix: match (multi, a.names) {
                (false, _) => String::new(),
                (true, true) => format!("{} ", r.name),
                (true, false) => format!("{} ", &r.id[..12]),
            },
            color: a.color.then_some(COLORS[i % COLORS.len()]),
            timestamps: a.timestamps,
            since,
            until,
        })
        .collect();
    let tail = a.tail.filter(|n| *n >= 0).map(|n| n as usize);
    if !a.follow {
        // Several logs: merged by time, as they were written.
        let mut all = Vec::new();
        for (rec, show) in recs.iter().zip(&shows) {
            let (entries, _) = read_log(&engine, &rec.id, tail, show)?;
            all.extend(entries.into_iter().map(|e| (e, show)));
        }
        all.sort_by(|a, b| a.0.time.cmp(&b.0.time));
        let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
        for (e, show) in &all {
            emit(e, show, &mut out, &mut err);
        }
        let _ = out.flush();
        return Ok(ExitCode::SUCCESS);
    }
    // Followed: each in its own thread, lines interleaved as they come.
    std::thread::scope(|scope| -> Result<()> {
        let threads: Vec<_> = recs
            .iter()
            .zip(shows)
            .map(|(rec, show)| {
                let id = rec.id.clone();
                scope.spawn(move || -> Result<()> {
                    let engine = Engine::open_readonly()?;
                    let (entries, printed) = read_log(&engine, &id, tail, &show)?;
                    {
                        let (mut out, mut err) =
                            (std::io::stdout().lock(), std::io::stderr().lock());
                        for e in &entries {
                            emit(e, &show, &mut out, &mut err);
                        }
                        let _ = out.flush();
                    }
                    follow_shown(&engine, &id, &show, printed)
                })
            })
            .collect();
        for t in threads {
            t.join()
                .map_err(|_| anyhow::anyhow!("a log reader failed"))??;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn emit(entry: &logs::Entry, show: &Show, out: &mut impl Write, err: &mut impl Write) {
    let mut line = Vec::new();
    if let Some(c) = show.color {
        line.extend_from_slice(c.as_bytes());
    }
    line.extend_from_slice(show.prefix.as_bytes());
    if show.timestamps {
        line.extend_from_slice(entry.time.as_bytes());
        line.push(b' ');
    }
    line.extend_from_slice(&entry.text);
    if show.color.is_some() {
        line.extend_from_slice(b"\x1b[0m");
    }
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

fn keep(entry: &logs::Entry, show: &Show) -> bool {
    if show.since.is_none() && show.until.is_none() {
        return true;
    }
    chrono::DateTime::parse_from_rfc3339(&entry.time)
        .is_ok_and(|t| show.since.is_none_or(|s| t >= s) && show.until.is_none_or(|u| t < u))
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

/// The log's whole entries that `show` keeps (the last `tail` of them), and how many bytes
/// were read: following goes on from there.
fn read_log(
    engine: &Engine,
    id: &str,
    tail: Option<usize>,
    show: &Show,
) -> Result<(Vec<logs::Entry>, u64)> {
    let mut data = match std::fs::read(log_path(engine, id)) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(e).context("reading the container log"),
    };
    // Only whole lines: a line being written is left for `follow`, which starts here.
    data.truncate(data.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1));
    let mut entries: Vec<logs::Entry> = data
        .split(|b| *b == b'\n')
        .filter_map(logs::parse_line)
        .filter(|e| keep(e, show))
        .collect();
    let skip = tail.map(|n| entries.len().saturating_sub(n)).unwrap_or(0);
    entries.drain(..skip);
    Ok((entries, data.len() as u64))
}

/// Prints entries appended after byte `start` of the log until the container is no longer
/// running.
pub(super) fn follow(engine: &Engine, id: &str, start: u64) -> Result<()> {
    follow_shown(engine, id, &Show::default(), start)
}

fn follow_shown(engine: &Engine, id: &str, show: &Show, start: u64) -> Result<()> {
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
                && keep(&e, show)
            {
                emit(&e, show, &mut out, &mut err);
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
