//! Crash-safe file primitives: every durable write is temp file → fsync → rename → fsync(dir).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use rustix::fs::{FlockOperation, flock};

/// A process-unique suffix for temporary names, so concurrent writers never collide.
pub fn unique_suffix() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{}-{nanos:x}-{n}", std::process::id())
}

/// Writes `data` to `path` atomically: readers see the old content or the new, never a mix.
pub fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".tmp-{}-{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("f"),
        unique_suffix()
    ));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        crate::sys::fault("store.before-rename");
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Makes a rename or create inside `dir` durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Creates `path` and its parents with mode 0700 when missing.
pub fn ensure_private_dir(path: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
}

/// An advisory `flock` held until dropped. Locks die with their process, so a holder killed by
/// SIGKILL never blocks anyone.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl FileLock {
    pub fn exclusive(path: &Path) -> io::Result<FileLock> {
        Self::take(path, FlockOperation::LockExclusive)
    }

    pub fn shared(path: &Path) -> io::Result<FileLock> {
        Self::take(path, FlockOperation::LockShared)
    }

    /// Takes the lock only if nobody holds it.
    pub fn try_exclusive(path: &Path) -> io::Result<Option<FileLock>> {
        let file = open_lock_file(path)?;
        match flock(&file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => Ok(Some(FileLock { _file: file })),
            Err(rustix::io::Errno::WOULDBLOCK) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    fn take(path: &Path, op: FlockOperation) -> io::Result<FileLock> {
        let file = open_lock_file(path)?;
        loop {
            match flock(&file, op) {
                Ok(()) => return Ok(FileLock { _file: file }),
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_CLOEXEC)
        .open(path)
}

/// A directory being filled that becomes visible only through [`TempDir::commit`]. While it
/// exists its lock file is held, so [`clean_stale_temps`] can tell a live writer from a dead one.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
    lock_path: PathBuf,
    _lock: Option<FileLock>,
}

impl TempDir {
    pub fn new(parent: &Path, tag: &str) -> io::Result<TempDir> {
        let name = format!(".tmp-{tag}-{}", unique_suffix());
        let path = parent.join(&name);
        let lock_path = parent.join(format!("{name}.lock"));
        let lock = FileLock::exclusive(&lock_path)?;
        fs::DirBuilder::new().mode(0o700).create(&path)?;
        Ok(TempDir {
            path,
            lock_path,
            _lock: Some(lock),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the directory to `dest`. Fails with `AlreadyExists` if another writer won.
    pub fn commit(mut self, dest: &Path) -> io::Result<()> {
        match fs::rename(&self.path, dest) {
            Ok(()) => {}
            Err(e)
                if e.raw_os_error() == Some(libc::ENOTEMPTY)
                    || e.raw_os_error() == Some(libc::EEXIST) =>
            {
                return Err(io::Error::new(io::ErrorKind::AlreadyExists, e));
            }
            Err(e) => return Err(e),
        }
        if let Some(parent) = dest.parent() {
            sync_dir(parent)?;
        }
        let _ = fs::remove_file(&self.lock_path);
        self._lock = None;
        self.path = PathBuf::new();
        Ok(())
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = remove_tree(&self.path);
            let _ = fs::remove_file(&self.lock_path);
        }
    }
}

/// Every `*.json` record in `dir` that parses as `T` (a missing directory has none).
pub fn read_json_records<T: serde::de::DeserializeOwned>(dir: &Path) -> Vec<T> {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .filter_map(|e| serde_json::from_slice(&fs::read(e.path()).ok()?).ok())
        .collect()
}

/// Removes temp dirs and files in `dir` whose writer has died (its lock is free).
pub fn clean_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if is_stale_temp(dir, name) {
            let _ = remove_tree(&entry.path());
            let _ = fs::remove_file(dir.join(format!("{name}.lock")));
        } else if let Some(base) = name.strip_prefix(".tmp-").and(name.strip_suffix(".lock"))
            && !dir.join(base).exists()
            && matches!(FileLock::try_exclusive(&entry.path()), Ok(Some(_)))
        {
            // A lock whose writer died before it made its directory.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether `dir/name` is a temporary entry whose writer is gone: a locked temp dir whose lock
/// is free, or a plain temp file (write_atomic) whose writer's PID (in its name, see
/// [`unique_suffix`]) no longer runs, or that is over an hour old.
pub fn is_stale_temp(dir: &Path, name: &str) -> bool {
    if !name.starts_with(".tmp-") || name.ends_with(".lock") {
        return false;
    }
    let lock_path = dir.join(format!("{name}.lock"));
    if lock_path.exists() {
        return matches!(FileLock::try_exclusive(&lock_path), Ok(Some(_)));
    }
    let writer_gone = name
        .rsplit('-')
        .nth(2)
        .and_then(|pid| pid.parse::<u32>().ok())
        .is_some_and(|pid| {
            pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists()
        });
    writer_gone || is_old(&dir.join(name))
}

fn is_old(path: &Path) -> bool {
    fs::symlink_metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age.as_secs() > 3600)
}

/// Removes a file or a whole tree, making read-only directories writable on the way.
pub fn remove_tree(path: &Path) -> io::Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if !meta.is_dir() {
        return fs::remove_file(path);
    }
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(_) => {
            make_tree_writable(path);
            fs::remove_dir_all(path)
        }
    }
}

fn make_tree_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o700));
    if let Ok(entries) = fs::read_dir(path) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                make_tree_writable(&e.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_whose_writer_died_before_its_directory_is_removed() {
        let dir = std::env::temp_dir().join(format!("gorae-orphan-{}", unique_suffix()));
        fs::create_dir_all(&dir).unwrap();
        let orphan = dir.join(".tmp-layer-1-2-3.lock");
        fs::write(&orphan, "").unwrap();
        let held_path = dir.join(".tmp-layer-4-5-6.lock");
        let held = FileLock::exclusive(&held_path).unwrap();
        clean_stale_temps(&dir);
        assert!(!orphan.exists(), "a free lock without its directory goes");
        assert!(held_path.exists(), "a live writer's lock stays");
        drop(held);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn write_atomic_replaces_and_leaves_no_temp() {
        let dir = std::env::temp_dir().join(format!("gorae-fsutil-{}", unique_suffix()));
        fs::create_dir_all(&dir).unwrap();
        let f = dir.join("x.json");
        write_atomic(&f, b"one").unwrap();
        write_atomic(&f, b"two").unwrap();
        assert_eq!(fs::read(&f).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "temp files left behind: {names:?}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn stale_temp_dir_is_cleaned_but_live_one_is_kept() {
        let dir = std::env::temp_dir().join(format!("gorae-fsutil-{}", unique_suffix()));
        fs::create_dir_all(&dir).unwrap();
        let live = TempDir::new(&dir, "live").unwrap();
        // A dead writer: the directory and lock file exist, nobody holds the lock.
        let dead = dir.join(".tmp-dead-1");
        fs::create_dir(&dead).unwrap();
        fs::write(dir.join(".tmp-dead-1.lock"), b"").unwrap();
        clean_stale_temps(&dir);
        assert!(live.path().exists());
        assert!(!dead.exists());
        drop(live);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn commit_reports_a_lost_race() {
        let dir = std::env::temp_dir().join(format!("gorae-fsutil-{}", unique_suffix()));
        fs::create_dir_all(&dir).unwrap();
        let dest = dir.join("layer");
        let a = TempDir::new(&dir, "a").unwrap();
        fs::write(a.path().join("f"), b"a").unwrap();
        let b = TempDir::new(&dir, "b").unwrap();
        fs::write(b.path().join("f"), b"b").unwrap();
        a.commit(&dest).unwrap();
        let err = b.commit(&dest).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(dest.join("f")).unwrap(), b"a");
        fs::remove_dir_all(&dir).unwrap();
    }
}
