//! The container's filesystem, built inside its new mount namespace: overlay root, /proc, /dev,
//! read-only /sys, masked paths, generated /etc files, then `pivot_root`.
//!
//! Every mount target inside the image is resolved with `openat2(RESOLVE_IN_ROOT |
//! RESOLVE_NO_SYMLINKS)` and mounted through its `/proc/self/fd` path, so an image whose `/proc`
//! or `/dev` is a symlink can't redirect a mount onto the host.

use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use nix::mount::{MntFlags, MsFlags, mount, umount2};
use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use rustix::io::Errno;

use crate::inroot;
use crate::runtime::mounts::MountKind;
use crate::runtime::mounts::ResolvedMount;
use crate::runtime::spec::NetworkMode;

mod special;
use special::{build_cgroup, build_dev, build_sys};

pub struct RootfsPlan<'a> {
    /// Directory the lower dirs are relative to (keeps the overlay option string short).
    pub layers_root: &'a Path,
    /// `<hex>/diff`, top layer first.
    pub lower: &'a [String],
    /// `--rootfs PATH`: bound as the root instead of the overlay.
    pub bind_root: Option<&'a Path>,
    pub upper: &'a Path,
    pub work: &'a Path,
    pub merged: &'a Path,
    pub network: NetworkMode,
    /// Whether gid 5 (tty) exists in the user namespace, for devpts.
    pub tty_gid: bool,
    /// `(path inside, file outside)` to bind: /etc/hosts, /etc/hostname, /etc/resolv.conf.
    pub etc_files: &'a [(String, PathBuf)],
    pub mounts: &'a [ResolvedMount],
    pub read_only: bool,
    /// With `read_only`: tmpfs on /tmp, /var/tmp and /run (`--read-only-tmpfs`, the default).
    pub read_only_tmpfs: bool,
    pub privileged: bool,
    /// The kernel paths masked and made read-only (`--security-opt mask=/unmask=`).
    pub kernel_paths: &'a crate::runtime::kernel_paths::KernelPaths,
    /// `--security-opt proc-opts=`: the options /proc is mounted with.
    pub proc_opts: Option<&'a str>,
    /// The container's `--user`, for volumes mounted with `:U`.
    pub user: &'a str,
    /// In a cgroup (and cgroup namespace) of its own: mount cgroup2 at /sys/fs/cgroup.
    pub cgroup: bool,
    /// `--systemd`: /sys/fs/cgroup is writable (systemd makes its own cgroups there).
    pub systemd: bool,
    /// systemd's notify socket, bound at `/run/notify/notify.sock` (after the mounts, which
    /// may put a tmpfs on /run).
    pub notify_socket: Option<&'a Path>,
    pub shm: Shm,
    /// `--pid host`: /proc is the host's, bound (a PID namespace not ours can't be mounted).
    pub host_proc: bool,
    /// `--cgroupns host`: /sys/fs/cgroup is the host's tree, bound read-only.
    pub host_cgroupns: bool,
    /// `--device`: host device nodes bound into /dev.
    pub devices: &'a [crate::runtime::mounts::Device],
    /// Lines added to /etc/passwd and /etc/group where the image lacks them (`--passwd`).
    pub passwd: &'a [crate::runtime::users::AddedEntry],
    pub group: &'a [crate::runtime::users::AddedEntry],
}

/// The container's /dev/shm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shm {
    /// A tmpfs of its own, of this many bytes.
    Own(u64),
    /// `--ipc host`: the host's /dev/shm (and /dev/mqueue), bound.
    Host,
    /// `--ipc none`: no /dev/shm.
    None,
}

/// podman's default /dev/shm size (64 MiB).
pub const DEFAULT_SHM: u64 = 64 << 20;

impl Default for Shm {
    fn default() -> Shm {
        Shm::Own(DEFAULT_SHM)
    }
}

/// Why the container's root filesystem could not be built (in the child, which sends it to the
/// parent as text).
#[derive(Debug, thiserror::Error)]
pub enum RootfsError {
    /// A mount or another system call failed; `what` says which step.
    #[error("{what}: {source}")]
    Step {
        what: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A host path to mount (a bind's or a volume's source).
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The image has what can't take a mount where one goes: a symlink, a file for a
    /// directory or the other way round.
    #[error("{0}")]
    Target(String),
    /// A mount target's parent directory can't be had without following a symlink.
    #[error("mount target {target}: {source} (a parent directory is a symlink or not a directory)")]
    TargetParent {
        target: String,
        #[source]
        source: Errno,
    },
    #[error("too many layers ({0}) for one overlay mount")]
    TooManyLayers(usize),
    /// A bind or volume mount that was given no host path.
    #[error("mount {0} has no source")]
    NoSource(String),
    /// `:U`: the container's `--user` is not in its /etc/passwd or /etc/group.
    #[error(transparent)]
    User(#[from] crate::runtime::users::UserError),
}

type Step<T> = Result<T, RootfsError>;

/// `.map_err(step("what"))`: a failed step, named.
fn step<E: std::error::Error + Send + Sync + 'static>(
    what: impl Into<String>,
) -> impl FnOnce(E) -> RootfsError {
    let what = what.into();
    move |e| RootfsError::Step {
        what,
        source: Box::new(e),
    }
}

fn ctx<T, E: std::error::Error + Send + Sync + 'static>(
    r: Result<T, E>,
    what: impl FnOnce() -> String,
) -> Step<T> {
    r.map_err(|source| RootfsError::Step {
        what: what(),
        source: Box::new(source),
    })
}

pub fn build(plan: &RootfsPlan<'_>) -> Step<()> {
    // Slaves, not private: nothing mounted here reaches the host, and a bind asked to be
    // `rslave` still sees what the host mounts below its source. Every other bind is made
    // private once bound (podman's default, rprivate).
    ctx(
        mount(
            None::<&str>,
            "/",
            None::<&str>,
            MsFlags::MS_REC | MsFlags::MS_SLAVE,
            None::<&str>,
        ),
        || "making mounts slaves of the host's".into(),
    )?;
    mount_overlay(plan)?;
    let root = ctx(
        rustix::fs::open(
            plan.merged,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        ),
        || format!("opening {}", plan.merged.display()),
    )?;
    add_entries(&root, "etc/passwd", plan.passwd)?;
    add_entries(&root, "etc/group", plan.group)?;
    let proc_fd = target(&root, "proc", FileType::Directory)?;
    if plan.host_proc {
        bind(&root, Path::new("/proc"), &proc_fd, "/proc")?;
    } else {
        ctx(
            mount(
                Some("proc"),
                &fd_path(&proc_fd),
                Some("proc"),
                MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
                plan.proc_opts,
            ),
            || match plan.proc_opts {
                Some(o) => format!("mounting /proc with {o}"),
                None => "mounting /proc".into(),
            },
        )?;
    }
    build_dev(&root, plan.tty_gid, plan.shm)?;
    for d in plan.devices {
        let fd = target(
            &root,
            d.container.trim_start_matches('/'),
            FileType::RegularFile,
        )?;
        bind(&root, Path::new(&d.host), &fd, &d.container)?;
        if d.read_only {
            let fd = existing(&root, d.container.trim_start_matches('/'))
                .map_err(step(d.container.clone()))?;
            remount_read_only(&fd_path(&fd))?;
        }
    }
    build_sys(&root, plan.network)?;
    if plan.host_cgroupns {
        let fd = target(&root, "sys/fs/cgroup", FileType::Directory)?;
        bind(&root, Path::new("/sys/fs/cgroup"), &fd, "/sys/fs/cgroup")?;
        if !plan.privileged {
            let fd = existing(&root, "sys/fs/cgroup").map_err(step("/sys/fs/cgroup"))?;
            remount_read_only(&fd_path(&fd))?;
        }
    } else if plan.cgroup {
        build_cgroup(&root, plan.privileged || plan.systemd)?;
    }
    for (inside, outside) in plan.etc_files {
        let fd = target(&root, inside.trim_start_matches('/'), FileType::RegularFile)?;
        ctx(
            mount(
                Some(outside.as_path()),
                &fd_path(&fd),
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            ),
            || format!("binding {inside}"),
        )?;
    }
    apply_mounts(
        &root,
        plan.mounts,
        plan.read_only && plan.read_only_tmpfs,
        plan.user,
    )?;
    if let Some(sock) = plan.notify_socket {
        let fd = target(&root, "run/notify/notify.sock", FileType::RegularFile)?;
        ctx(
            mount(
                Some(sock),
                &fd_path(&fd),
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            ),
            || "binding systemd's notify socket at /run/notify/notify.sock".into(),
        )?;
    }
    if plan.read_only {
        // The root itself goes read-only last; mounts on it stay as they are.
        remount_read_only(plan.merged)?;
    }
    for path in &plan.kernel_paths.masked {
        mask(&root, path.trim_start_matches('/'))?;
    }
    for path in &plan.kernel_paths.read_only {
        let path = path.trim_start_matches('/');
        if let Ok(fd) = existing(&root, path) {
            let p = fd_path(&fd);
            ctx(
                mount(
                    Some(p.as_path()),
                    p.as_path(),
                    None::<&str>,
                    MsFlags::MS_BIND | MsFlags::MS_REC,
                    None::<&str>,
                ),
                || format!("binding /{path}"),
            )?;
            remount_read_only(&fd_path(
                &existing(&root, path).map_err(step(format!("/{path}")))?,
            ))?;
        }
    }
    drop(root);
    pivot(plan.merged)
}

/// Volumes, binds and tmpfs mounts; with a read-only root, tmpfs on /tmp, /var/tmp and /run
/// unless the user mounted something there (podman's --read-only-tmpfs).
fn apply_mounts(root: &OwnedFd, mounts: &[ResolvedMount], read_only: bool, user: &str) -> Step<()> {
    let mut all: Vec<ResolvedMount> = mounts.to_vec();
    if read_only {
        for dst in ["/tmp", "/var/tmp", "/run"] {
            if !all.iter().any(|m| m.spec.destination == dst) {
                all.push(ResolvedMount {
                    spec: crate::runtime::mounts::parse_tmpfs(dst)
                        .expect("a fixed tmpfs destination parses"),
                    host: None,
                });
            }
        }
    }
    // Parents before children: /data before /data/sub.
    all.sort_by_key(|m| m.spec.destination.matches('/').count());
    for m in &all {
        let dst = m.spec.destination.trim_start_matches('/');
        match (m.spec.kind, &m.host) {
            (MountKind::Tmpfs, _) => {
                let fd = target(root, dst, FileType::Directory)?;
                let mut data = vec!["mode=1777".to_string()];
                data.extend(
                    m.spec
                        .options
                        .iter()
                        .filter(|o| o.starts_with("size=") || o.starts_with("mode="))
                        .cloned(),
                );
                let mut flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
                if m.spec.options.iter().any(|o| o == "noexec") {
                    flags |= MsFlags::MS_NOEXEC;
                }
                if m.spec.readonly {
                    flags |= MsFlags::MS_RDONLY;
                }
                ctx(
                    mount(
                        Some("tmpfs"),
                        &fd_path(&fd),
                        Some("tmpfs"),
                        flags,
                        Some(data.join(",").as_str()),
                    ),
                    || format!("mounting tmpfs on {}", m.spec.destination),
                )?;
                if m.spec.options.iter().any(|o| o == "tmpcopyup") {
                    // The descriptor taken before the mount still names the image's directory.
                    let fresh = existing(root, dst).map_err(step(m.spec.destination.clone()))?;
                    populate(&fd_path(&fd), &fd_path(&fresh)).map_err(step(format!(
                        "copying the image's {} into its tmpfs",
                        m.spec.destination
                    )))?;
                }
            }
            (MountKind::Devpts, _) => {
                let fd = target(root, dst, FileType::Directory)?;
                let mut data = vec!["newinstance".to_string()];
                data.extend(m.spec.options.iter().filter(|o| o.contains('=')).cloned());
                if !data.iter().any(|o| o.starts_with("ptmxmode=")) {
                    data.push("ptmxmode=0666".into());
                }
                ctx(
                    mount(
                        Some("devpts"),
                        &fd_path(&fd),
                        Some("devpts"),
                        MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
                        Some(data.join(",").as_str()),
                    ),
                    || format!("mounting devpts on {}", m.spec.destination),
                )?;
            }
            (_, Some(host)) => {
                let is_dir = std::fs::metadata(host)
                    .map(|md| md.is_dir())
                    .map_err(|source| RootfsError::Io {
                        path: host.clone(),
                        source,
                    })?;
                let kind = if is_dir {
                    FileType::Directory
                } else {
                    FileType::RegularFile
                };
                let fd = target(root, dst, kind)?;
                if m.spec.options.iter().any(|o| o == "U") {
                    let owner = container_user(root, user)?;
                    chown_tree(host, owner)
                        .map_err(step(format!("chown of {} for :U", host.display())))?;
                }
                if m.spec.kind == MountKind::Volume && is_dir && dir_is_empty(host) {
                    // A new volume starts with what the image has at its destination, and its
                    // owner, unless the volume was given one (`volume create -o o=uid=N`).
                    let keep = m.spec.options.iter().any(|o| o == "nochown");
                    let owner = std::fs::metadata(host).ok().filter(|_| keep);
                    populate(&fd_path(&fd), host).map_err(step(format!(
                        "copying {} into the volume",
                        m.spec.destination
                    )))?;
                    if let Some(md) = owner {
                        use std::os::unix::fs::MetadataExt;
                        std::os::unix::fs::lchown(host, Some(md.uid()), Some(md.gid()))
                            .map_err(step(format!("keeping the owner of {}", host.display())))?;
                    }
                }
                ctx(
                    mount(
                        Some(host.as_path()),
                        &fd_path(&fd),
                        None::<&str>,
                        MsFlags::MS_BIND | MsFlags::MS_REC,
                        None::<&str>,
                    ),
                    || format!("binding {} on {}", host.display(), m.spec.destination),
                )?;
                let fd = existing(root, dst).map_err(step(m.spec.destination.clone()))?;
                propagate(&fd, &m.spec.options, &m.spec.destination)?;
                if m.spec.readonly {
                    let fd = existing(root, dst).map_err(step(m.spec.destination.clone()))?;
                    remount_read_only(&fd_path(&fd))?;
                }
            }
            (_, None) => return Err(RootfsError::NoSource(m.spec.destination.clone())),
        }
    }
    Ok(())
}

/// The container's user as numbers, from its own /etc/passwd and /etc/group (read inside the
/// root, before `pivot_root`).
fn container_user(root: &OwnedFd, user: &str) -> Step<(u32, u32)> {
    let read = |name: &str| -> String {
        existing(root, &format!("etc/{name}"))
            .ok()
            .and_then(|fd| std::fs::read_to_string(fd_path(&fd)).ok())
            .unwrap_or_default()
    };
    let u = crate::runtime::users::resolve(user, &read("passwd"), &read("group"))?;
    Ok((u.uid, u.gid))
}

/// `:U`: hands the volume source to the container's user, not following symlinks.
fn chown_tree(p: &Path, (uid, gid): (u32, u32)) -> std::io::Result<()> {
    std::os::unix::fs::lchown(p, Some(uid), Some(gid))?;
    if std::fs::symlink_metadata(p)?.is_dir() {
        for e in std::fs::read_dir(p)? {
            chown_tree(&e?.path(), (uid, gid))?;
        }
    }
    Ok(())
}

fn dir_is_empty(p: &Path) -> bool {
    std::fs::read_dir(p)
        .map(|mut d| d.next().is_none())
        .unwrap_or(false)
}

/// Copies a directory tree with owners, modes and symlinks (we are root in the namespace).
fn populate(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let src = e.path();
        let dst = to.join(e.file_name());
        let md = std::fs::symlink_metadata(&src)?;
        let ft = md.file_type();
        if ft.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&src)?, &dst)?;
        } else if ft.is_dir() {
            std::fs::create_dir(&dst)?;
            populate(&src, &dst)?;
        } else if ft.is_file() {
            std::fs::copy(&src, &dst)?;
        } else {
            continue;
        }
        let _ = std::os::unix::fs::lchown(&dst, Some(md.uid()), Some(md.gid()));
        if !ft.is_symlink() {
            std::fs::set_permissions(&dst, std::fs::Permissions::from_mode(md.mode() & 0o7777))?;
        }
    }
    let md = std::fs::metadata(from)?;
    let _ = std::os::unix::fs::lchown(to, Some(md.uid()), Some(md.gid()));
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(md.mode() & 0o7777))
}

fn mount_overlay(plan: &RootfsPlan<'_>) -> Step<()> {
    if let Some(dir) = plan.bind_root {
        return ctx(
            mount(
                Some(dir),
                plan.merged,
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REC,
                None::<&str>,
            ),
            || format!("binding {} as the root", dir.display()),
        );
    }
    mount_overlay_at(
        plan.layers_root,
        plan.lower,
        plan.upper,
        plan.work,
        plan.merged,
    )
}

/// Mounts a container's overlay root (also used by `cp` on stopped containers).
pub fn mount_overlay_at(
    layers_root: &Path,
    lower: &[String],
    upper: &Path,
    work: &Path,
    merged: &Path,
) -> Step<()> {
    // Relative lower dirs keep the option string under the kernel's one-page limit.
    ctx(nix::unistd::chdir(layers_root), || {
        format!("entering {}", layers_root.display())
    })?;
    let rel = |p: &Path| -> String {
        pathdiff(p, layers_root).unwrap_or_else(|| p.display().to_string())
    };
    let data = format!(
        "lowerdir={},upperdir={},workdir={},userxattr",
        lower.join(":"),
        rel(upper),
        rel(work)
    );
    if data.len() > 4000 {
        return Err(RootfsError::TooManyLayers(lower.len()));
    }
    ctx(
        mount(
            Some("overlay"),
            merged,
            Some("overlay"),
            MsFlags::empty(),
            Some(data.as_str()),
        ),
        || {
            "mounting the overlay root filesystem (kernel 5.11 or newer is needed for rootless overlay)".into()
        },
    )
}

/// `to` relative to `base` when `to` is below `base`'s parent (the store layout guarantees it).
fn pathdiff(to: &Path, base: &Path) -> Option<String> {
    let parent = base.parent()?;
    let rest = to.strip_prefix(parent).ok()?;
    Some(format!("../{}", rest.display()))
}

/// Appends to the image's `/etc/passwd` or `/etc/group` (in the container's upper layer) the
/// entries it lacks; the file is resolved inside the root, never through a symlink.
fn add_entries(
    root: &OwnedFd,
    path: &str,
    entries: &[crate::runtime::users::AddedEntry],
) -> Step<()> {
    use std::io::Write;
    if entries.is_empty() {
        return Ok(());
    }
    let shown = format!("/{path}");
    let fd = match existing(root, path) {
        Ok(fd) => match rustix::fs::fstat(&fd) {
            Ok(st) if FileType::from_raw_mode(st.st_mode) == FileType::RegularFile => fd,
            // A symlink (or stranger) stays as the image has it.
            _ => return Ok(()),
        },
        Err(Errno::NOENT) => target(root, path, FileType::RegularFile)?,
        Err(e) => return Err(step(shown)(e)),
    };
    let text = std::fs::read_to_string(fd_path(&fd)).unwrap_or_default();
    let add: String = entries
        .iter()
        .filter(|e| e.missing_from(&text))
        .map(|e| format!("{}\n", e.line))
        .collect();
    if add.is_empty() {
        return Ok(());
    }
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(fd_path(&fd))
        .map_err(step(format!("opening {shown}")))?;
    let sep = if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    f.write_all(format!("{sep}{add}").as_bytes())
        .map_err(step(format!("adding entries to {shown}")))
}

/// A bind's propagation: the one its options name, else rprivate.
fn propagate(fd: &OwnedFd, options: &[String], what: &str) -> Step<()> {
    let p = options
        .iter()
        .find(|o| crate::runtime::mounts::PROPAGATION.contains(&o.as_str()))
        .map_or("rprivate", String::as_str);
    let mut flags = match p.trim_start_matches('r') {
        "shared" => MsFlags::MS_SHARED,
        "slave" => MsFlags::MS_SLAVE,
        "unbindable" => MsFlags::MS_UNBINDABLE,
        _ => MsFlags::MS_PRIVATE,
    };
    if p.starts_with('r') {
        flags |= MsFlags::MS_REC;
    }
    ctx(
        mount(
            None::<&str>,
            &fd_path(fd),
            None::<&str>,
            flags,
            None::<&str>,
        ),
        || format!("making {what} {p}"),
    )
}

/// Binds `host` (recursively) onto the target `fd` (`what` under `root`), private.
fn bind(root: &OwnedFd, host: &Path, fd: &OwnedFd, what: &str) -> Step<()> {
    ctx(
        mount(
            Some(host),
            &fd_path(fd),
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        ),
        || format!("binding {} on {what}", host.display()),
    )?;
    // The target's descriptor still names what is under the new mount.
    let fresh = existing(root, what.trim_start_matches('/')).map_err(step(what.to_string()))?;
    propagate(&fresh, &[], what)
}

/// Remounts a bind mount read-only, keeping the flags the kernel locks in a user namespace.
fn remount_read_only(path: &Path) -> Step<()> {
    use nix::sys::statvfs::{FsFlags, statvfs};
    let st = ctx(statvfs(path), || format!("statfs {}", path.display()))?;
    let mut flags = MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY;
    for (have, keep) in [
        (FsFlags::ST_NOSUID, MsFlags::MS_NOSUID),
        (FsFlags::ST_NODEV, MsFlags::MS_NODEV),
        (FsFlags::ST_NOEXEC, MsFlags::MS_NOEXEC),
        (FsFlags::ST_NOATIME, MsFlags::MS_NOATIME),
        (FsFlags::ST_NODIRATIME, MsFlags::MS_NODIRATIME),
        // ST_RELATIME (Linux's 0x1000), which nix names for glibc targets only.
        (FsFlags::from_bits_retain(0x1000), MsFlags::MS_RELATIME),
    ] {
        if st.flags().contains(have) {
            flags |= keep;
        }
    }
    ctx(
        mount(None::<&str>, path, None::<&str>, flags, None::<&str>),
        || format!("remounting {} read-only", path.display()),
    )
}

fn mask(root: &OwnedFd, path: &str) -> Step<()> {
    let Ok(fd) = existing(root, path) else {
        return Ok(());
    };
    let st = ctx(rustix::fs::fstat(&fd), || format!("stat /{path}"))?;
    let p = fd_path(&fd);
    if FileType::from_raw_mode(st.st_mode) == FileType::Directory {
        ctx(
            mount(
                Some("tmpfs"),
                p.as_path(),
                Some("tmpfs"),
                MsFlags::MS_RDONLY,
                Some("size=0"),
            ),
            || format!("masking /{path}"),
        )
    } else {
        ctx(
            mount(
                Some("/dev/null"),
                p.as_path(),
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            ),
            || format!("masking /{path}"),
        )
    }
}

fn fd_path(fd: &OwnedFd) -> PathBuf {
    PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()))
}

/// An existing path below root, with no symlink on the way.
fn existing(root: &OwnedFd, path: &str) -> Result<OwnedFd, Errno> {
    let (parent, base) = split(path);
    let dir = inroot::open_dir(root, &parent, false, inroot::NO_LINKS)?;
    rustix::fs::openat(
        &dir,
        base,
        OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )
}

fn split(path: &str) -> (Vec<&str>, &str) {
    let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let base = parts.pop().unwrap_or(".");
    (parts, base)
}

/// A mount target of `kind`, created when missing. A symlink in the image is refused for
/// directories; for files (/etc/resolv.conf is often one) it is replaced by a file.
fn target(root: &OwnedFd, path: &str, kind: FileType) -> Step<OwnedFd> {
    let shown = format!("/{path}");
    let (parent, base) = split(path);
    let dir = inroot::open_dir(root, &parent, true, inroot::NO_LINKS).map_err(|source| {
        RootfsError::TargetParent {
            target: shown.clone(),
            source,
        }
    })?;
    match rustix::fs::statat(&dir, base, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) => {
            let have = FileType::from_raw_mode(st.st_mode);
            if have == FileType::Symlink {
                if kind == FileType::Directory {
                    return Err(RootfsError::Target(format!(
                        "refusing to mount on {shown}: it is a symlink in the image"
                    )));
                }
                ctx(rustix::fs::unlinkat(&dir, base, AtFlags::empty()), || {
                    format!("replacing symlink {shown}")
                })?;
                create(&dir, base, kind, &shown)?;
            } else if (have == FileType::Directory) != (kind == FileType::Directory) {
                return Err(RootfsError::Target(format!(
                    "mount target {shown} exists but is not a {}",
                    if kind == FileType::Directory {
                        "directory"
                    } else {
                        "file"
                    }
                )));
            }
        }
        Err(Errno::NOENT) => create(&dir, base, kind, &shown)?,
        Err(e) => return Err(step(format!("mount target {shown}"))(e)),
    }
    ctx(
        rustix::fs::openat(
            &dir,
            base,
            OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        ),
        || format!("opening mount target {shown}"),
    )
}

fn create(dir: &OwnedFd, base: &str, kind: FileType, shown: &str) -> Step<()> {
    if kind == FileType::Directory {
        ctx(
            rustix::fs::mkdirat(dir, base, Mode::from_raw_mode(0o755)),
            || format!("creating {shown}"),
        )
    } else {
        ctx(
            rustix::fs::openat(
                dir,
                base,
                OFlags::CREATE | OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(0o644),
            ),
            || format!("creating {shown}"),
        )
        .map(drop)
    }
}

fn pivot(merged: &Path) -> Step<()> {
    ctx(nix::unistd::chdir(merged), || {
        "entering the root filesystem".into()
    })?;
    ctx(nix::unistd::pivot_root(".", "."), || "pivot_root".into())?;
    // The old root is stacked on the new one at "."; detach it.
    ctx(umount2(".", MntFlags::MNT_DETACH), || {
        "detaching the old root".into()
    })?;
    ctx(nix::unistd::chdir("/"), || "chdir /".into())
}
