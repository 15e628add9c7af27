//! The kernel's filesystems in the container: /dev (with /dev/pts, /dev/shm, /dev/mqueue),
//! /sys, and its cgroup at /sys/fs/cgroup.

use std::os::fd::OwnedFd;
use std::path::Path;

use nix::mount::{MsFlags, mount};
use rustix::fs::FileType;

use super::{Shm, Step, bind, ctx, existing, fd_path, remount_read_only, step, target};
use crate::runtime::spec::NetworkMode;

const DEVICES: &[&str] = &["null", "zero", "full", "random", "urandom", "tty"];

pub(super) fn build_dev(root: &OwnedFd, tty_gid: bool, shm: Shm) -> Step<()> {
    let dev = target(root, "dev", FileType::Directory)?;
    ctx(
        mount(
            Some("tmpfs"),
            &fd_path(&dev),
            Some("tmpfs"),
            MsFlags::MS_NOSUID | MsFlags::MS_STRICTATIME,
            Some("mode=755,size=65536k"),
        ),
        || "mounting /dev".into(),
    )?;
    for name in DEVICES {
        let host = format!("/dev/{name}");
        if !Path::new(&host).exists() {
            continue;
        }
        let fd = target(root, &format!("dev/{name}"), FileType::RegularFile)?;
        ctx(
            mount(
                Some(host.as_str()),
                &fd_path(&fd),
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            ),
            || format!("binding {host}"),
        )?;
    }
    let pts = target(root, "dev/pts", FileType::Directory)?;
    let opts = if tty_gid {
        "newinstance,ptmxmode=0666,mode=0620,gid=5"
    } else {
        "newinstance,ptmxmode=0666,mode=0620"
    };
    ctx(
        mount(
            Some("devpts"),
            &fd_path(&pts),
            Some("devpts"),
            MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
            Some(opts),
        ),
        || "mounting /dev/pts".into(),
    )?;
    match shm {
        Shm::Own(size) => {
            let fd = target(root, "dev/shm", FileType::Directory)?;
            ctx(
                mount(
                    Some("shm"),
                    &fd_path(&fd),
                    Some("tmpfs"),
                    MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
                    Some(format!("mode=1777,size={size}").as_str()),
                ),
                || "mounting /dev/shm".into(),
            )?;
        }
        Shm::Host => {
            let fd = target(root, "dev/shm", FileType::Directory)?;
            bind(root, Path::new("/dev/shm"), &fd, "/dev/shm")?;
        }
        Shm::None => {}
    }
    let mq = target(root, "dev/mqueue", FileType::Directory)?;
    if shm == Shm::Host && Path::new("/dev/mqueue").is_dir() {
        bind(root, Path::new("/dev/mqueue"), &mq, "/dev/mqueue")?;
    } else {
        // mqueue needs an IPC namespace owned by our user namespace; without it, go on
        // without.
        let _ = mount(
            Some("mqueue"),
            &fd_path(&mq),
            Some("mqueue"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
            None::<&str>,
        );
    }
    let devdir = existing(root, "dev").map_err(step("/dev"))?;
    for (link, to) in [
        ("ptmx", "pts/ptmx"),
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("core", "/proc/kcore"),
    ] {
        ctx(rustix::fs::symlinkat(to, &devdir, link), || {
            format!("creating /dev/{link}")
        })?;
    }
    Ok(())
}

pub(super) fn build_sys(root: &OwnedFd, network: NetworkMode) -> Step<()> {
    let sys = target(root, "sys", FileType::Directory)?;
    let flags = MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    // A fresh sysfs needs a network namespace of our own; otherwise bind the host's, read-only.
    if network.own_namespace()
        && mount(
            Some("sysfs"),
            &fd_path(&sys),
            Some("sysfs"),
            flags,
            None::<&str>,
        )
        .is_ok()
    {
        return Ok(());
    }
    ctx(
        mount(
            Some("/sys"),
            &fd_path(&sys),
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        ),
        || "binding /sys".into(),
    )?;
    let sys = existing(root, "sys").map_err(step("/sys"))?;
    remount_read_only(&fd_path(&sys))
}

/// The container's own cgroup (the root of its cgroup namespace) at /sys/fs/cgroup, read-only
/// unless `--privileged`, as podman mounts it.
pub(super) fn build_cgroup(root: &OwnedFd, privileged: bool) -> Step<()> {
    let dir = target(root, "sys/fs/cgroup", FileType::Directory)?;
    let mut flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    if !privileged {
        flags |= MsFlags::MS_RDONLY;
    }
    let cgroup2 = |at: &Path| mount(Some("cgroup2"), at, Some("cgroup2"), flags, None::<&str>);
    match cgroup2(&fd_path(&dir)) {
        // Without a network namespace of its own the container has the host's /sys bound, with
        // the host's cgroup2 mount at /sys/fs/cgroup: the same filesystem can't be mounted at
        // that mount's root again, and the host's can't be unmounted (it is locked in the user
        // namespace). A tmpfs covers it first.
        Err(nix::Error::EBUSY) => {
            ctx(
                mount(
                    Some("tmpfs"),
                    &fd_path(&dir),
                    Some("tmpfs"),
                    MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
                    Some("size=4k,mode=0755"),
                ),
                || "covering the host's cgroup tree at /sys/fs/cgroup".into(),
            )?;
            let dir = existing(root, "sys/fs/cgroup").map_err(step("/sys/fs/cgroup"))?;
            ctx(cgroup2(&fd_path(&dir)), || {
                "mounting the container's cgroup at /sys/fs/cgroup".into()
            })
        }
        other => ctx(other, || {
            "mounting the container's cgroup at /sys/fs/cgroup".into()
        }),
    }
}
