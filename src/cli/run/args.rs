//! The flags of `run` and `create` (one set: podman's two commands share it).

use std::path::PathBuf;

use clap::Args;

use crate::cli::image::RegistryArgs;

#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct RunArgs {
    /// Print help (`-h` is --hostname, as in podman)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Pass descriptors 3 to 3+N-1 of this command on to the container's process
    #[arg(long, value_name = "N")]
    pub preserve_fds: Option<u32>,
    /// Attach only these streams of a foreground container: stdin, stdout, stderr (repeat)
    #[arg(short, long, value_name = "STREAM")]
    pub attach: Vec<String>,
    /// The first argument is a directory to run as the root, not an image (PATH:O: an
    /// overlay on it, which leaves it unchanged)
    #[arg(long)]
    pub rootfs: bool,
    /// Run in the background and print the container ID
    #[arg(short, long)]
    pub detach: bool,
    /// Replace a container of the same name
    #[arg(long)]
    pub replace: bool,
    /// Forward signals gorae receives to the container (foreground runs)
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Signal to stop the container (default: the image's STOPSIGNAL, else SIGTERM)
    #[arg(long)]
    pub stop_signal: Option<String>,
    /// Seconds to wait for the stop signal before SIGKILL (default 10)
    #[arg(long)]
    pub stop_timeout: Option<u32>,
    /// Bind mount or volume: [SOURCE:]DESTINATION[:OPTIONS] (ro, rw, z, Z, nosuid, nodev, noexec)
    #[arg(short, long, value_name = "VOLUME")]
    pub volume: Vec<String>,
    /// Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]
    #[arg(long, value_name = "MOUNT")]
    pub mount: Vec<String>,
    /// Mount a tmpfs: DESTINATION[:OPTIONS]
    #[arg(long, value_name = "TMPFS")]
    pub tmpfs: Vec<String>,
    #[command(flatten)]
    pub limits: LimitArgs,
    /// The container's cgroup: enabled (its own), disabled (none: the caller's), no-conmon
    /// (its own; the monitor stays in the caller's), split (both below the caller's own
    /// cgroup, for systemd units)
    #[arg(long, default_value = "enabled", value_name = "MODE")]
    pub cgroups: String,
    /// The cgroup (a path under /sys/fs/cgroup) to create the container's cgroup in
    #[arg(long, value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// With systemd's NOTIFY_SOCKET: who says READY=1: container, conmon (gorae, once the
    /// container runs), healthy (once its health check passed) or ignore
    #[arg(long, default_value = "container", value_name = "WHO")]
    pub sdnotify: String,
    /// Write the container's ID to this file
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<String>,
    /// Write the PID of the container's first process to this file
    #[arg(long, value_name = "FILE")]
    pub pidfile: Option<String>,
    /// Write the PID of the container's monitor (podman's conmon) to this file
    #[arg(long, value_name = "FILE")]
    pub conmon_pidfile: Option<String>,
    /// Run gorae's minimal init as PID 1: it forwards signals and reaps zombies
    #[arg(long)]
    pub init: bool,
    /// Health check command (a shell command, a JSON array, or "none")
    #[arg(long)]
    pub health_cmd: Option<String>,
    /// Time between health checks (e.g. 30s; "disable" for manual checks only)
    #[arg(long)]
    pub health_interval: Option<String>,
    /// Failures in a row before the container is unhealthy
    #[arg(long)]
    pub health_retries: Option<u32>,
    /// Time a check may take
    #[arg(long)]
    pub health_timeout: Option<String>,
    /// Grace period in which failures don't count
    #[arg(long)]
    pub health_start_period: Option<String>,
    /// Disable the image's health check
    #[arg(long)]
    pub no_healthcheck: bool,
    /// User namespace mode: keep-id (your UID and GID inside), or host (the default)
    #[arg(long, value_parser = ["keep-id", "host", ""])]
    pub userns: Option<String>,
    /// Set a label on the container (KEY=VALUE)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Restart policy for detached containers: no, always, unless-stopped, on-failure[:N]
    #[arg(long, default_value = "no")]
    pub restart: String,
    /// Make the root filesystem read-only (with tmpfs on /tmp, /var/tmp, /run)
    #[arg(long)]
    pub read_only: bool,
    /// Add capabilities (NET_ADMIN, CAP_SYS_TIME, …, or ALL; several with commas)
    #[arg(long, value_name = "CAPABILITY", value_delimiter = ',')]
    pub cap_add: Vec<String>,
    /// Drop capabilities (or ALL; several with commas)
    #[arg(long, value_name = "CAPABILITY", value_delimiter = ',')]
    pub cap_drop: Vec<String>,
    /// All capabilities, no seccomp filter, no masked kernel paths (still rootless)
    #[arg(long)]
    pub privileged: bool,
    /// Additional groups for the container's user
    #[arg(long, value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// Security options: seccomp=unconfined|PROFILE.json, mask=PATHS, unmask=PATHS|ALL,
    /// proc-opts=OPTIONS, no-new-privileges, label=disable
    #[arg(long, value_name = "OPTION")]
    pub security_opt: Vec<String>,
    /// Where the seccomp profile comes from: default, or image (the image's
    /// io.containers.seccomp.profile label, over --security-opt seccomp=)
    #[arg(long, value_name = "POLICY", default_value = "default",
          value_parser = ["default", "image"])]
    pub seccomp_policy: String,
    /// Keep stdin open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    pub tty: bool,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Set environment variables (KEY=VALUE, or KEY to take it from the host)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Working directory inside the container
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// Run as USER[:GROUP] (names or numbers)
    #[arg(short, long)]
    pub user: Option<String>,
    /// Override the image's entrypoint (a string, or a JSON array)
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Set the container's hostname
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Network mode: pasta[:OPTS] (the default when installed), slirp4netns[:OPTS], host, none,
    /// container:NAME (share another container's), ns:PATH, or a network's name (repeat it
    /// for more user-defined networks)
    #[arg(long, alias = "net")]
    pub network: Vec<String>,
    /// Run in a pod (sharing its network, IPC and UTS namespaces)
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
    /// Another name for the container on its network
    #[arg(long, value_name = "NAME")]
    pub network_alias: Vec<String>,
    /// Where the container's output goes: k8s-file (the default, for `logs`) or none
    #[arg(long, value_name = "DRIVER")]
    pub log_driver: Option<String>,
    /// The MAC address of the container's interface (pasta, slirp4netns)
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// The container's IPv4 address on its user-defined network (NAME:ip=ADDR for several)
    #[arg(long, value_name = "ADDR")]
    pub ip: Option<String>,
    /// The container's IPv6 address on its user-defined network
    #[arg(long, value_name = "ADDR")]
    pub ip6: Option<String>,
    /// Publish a port: [ip:][hostPort:]containerPort[/tcp|udp], ranges allowed
    #[arg(short, long, value_name = "PORT")]
    pub publish: Vec<String>,
    /// Publish every port the image EXPOSEs to a random host port
    #[arg(short = 'P', long)]
    pub publish_all: bool,
    /// DNS servers for the container's /etc/resolv.conf (none: leave the image's as it is)
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// DNS search domains
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// resolv.conf options (ndots:2, …)
    #[arg(long, value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Add a line to /etc/hosts: NAME:IP
    #[arg(long, value_name = "NAME:IP")]
    pub add_host: Vec<String>,
    /// When to pull the image: always, missing, never, newer
    #[arg(long, default_value = "missing", num_args = 0..=1, default_missing_value = "always", require_equals = false,
          value_parser = ["always", "missing", "never", "newer", "true", "false"])]
    pub pull: String,
    /// Suppress pull progress output
    #[arg(short, long)]
    pub quiet: bool,
    /// IPC namespace: private (the default; also shareable), host, none (no /dev/shm),
    /// container:NAME or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub ipc: Option<String>,
    /// PID namespace: private (the default), host, container:NAME or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// UTS namespace (host and domain name): private (the default), host, container:NAME or
    /// ns:PATH
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// cgroup namespace: private (the default), host, container:NAME or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,
    /// Size of /dev/shm (64m by default)
    #[arg(long, value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// Leave the image's /etc/hosts as it is (gorae writes none)
    #[arg(long)]
    pub no_hosts: bool,
    /// The container's time zone: local (the host's) or a zone name (Europe/Seoul); its zone
    /// file is bound at /etc/localtime
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Add an annotation to the container (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Resource limit of the container's processes: NAME=SOFT[:HARD] (nofile, nproc, core,
    /// stack, …; -1 for unlimited), or host
    #[arg(long, value_name = "NAME=LIMIT")]
    pub ulimit: Vec<String>,
    /// The umask of the container's processes (default 0022)
    #[arg(long, value_name = "MASK")]
    pub umask: Option<String>,
    /// The OOM killer's score adjustment of the container's processes (-1000 to 1000; rootless,
    /// only at or above gorae's own)
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub oom_score_adj: Option<i32>,
    /// Execution domain: LINUX, or LINUX32 (a 32-bit `uname -m`)
    #[arg(long, value_name = "DOMAIN")]
    pub personality: Option<String>,
    /// Set a namespaced kernel parameter: NAME=VALUE (net.*, kernel.shm*, kernel.msg*,
    /// kernel.sem, fs.mqueue.*)
    #[arg(long, value_name = "NAME=VALUE")]
    pub sysctl: Vec<String>,
    /// Bind a host device node (or every one below a directory) into the container:
    /// HOST[:CONTAINER][:PERMISSIONS]; rootless there is no device cgroup, so what the node
    /// allows on the host holds (without w the bind is read-only)
    #[arg(long, value_name = "DEVICE")]
    pub device: Vec<String>,
    /// A device cgroup rule (refused: rootless containers have no device cgroup, as in
    /// podman)
    #[arg(long, value_name = "RULE")]
    pub device_cgroup_rule: Vec<String>,
    /// Read labels from a file (KEY=VALUE lines; # comments)
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// Pass gorae's whole environment to the container
    #[arg(long)]
    pub env_host: bool,
    /// Pass the host's proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy)
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub http_proxy: bool,
    /// Remove a variable from the container's environment (the image's or a default)
    #[arg(long, value_name = "NAME")]
    pub unsetenv: Vec<String>,
    /// Start with no default or image variables: only those given
    #[arg(long)]
    pub unsetenv_all: bool,
    /// Set a variable using the image's values: NAME=VALUE with ${NAME} (PATH=/opt/bin:${PATH})
    #[arg(long, value_name = "NAME=VALUE")]
    pub env_merge: Vec<String>,
    /// Expose a port or a range (PORT[-PORT][/PROTOCOL]): listed in inspect, published by -P
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,
    /// With --read-only, mount tmpfs on /run, /tmp and /var/tmp (the default; false: none)
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub read_only_tmpfs: bool,
    /// Docker's content trust: does nothing, as in podman (image signatures are checked by
    /// policy.json)
    #[arg(long, hide_possible_values = true)]
    pub disable_content_trust: bool,
    /// Logging option: path=FILE (where the k8s-file log goes), tag=TAG
    #[arg(long, value_name = "KEY=VALUE")]
    pub log_opt: Vec<String>,
    /// What to do when the health check says unhealthy: none, kill, restart or stop
    #[arg(long, value_name = "ACTION", value_parser = ["none", "kill", "restart", "stop"])]
    pub health_on_failure: Option<String>,
    /// What the image's VOLUMEs become: bind (an anonymous volume each, the default), tmpfs,
    /// or ignore
    #[arg(long, value_name = "MODE", value_parser = ["bind", "tmpfs", "ignore"])]
    pub image_volume: Option<String>,
    /// Directories inside the container that get /etc/hosts and /etc/resolv.conf too (for
    /// chroots in it)
    #[arg(long, value_name = "DIR", value_delimiter = ',')]
    pub chrootdirs: Vec<String>,
    /// With --init: this init binary (catatonit, tini, …) as PID 1 instead of gorae's own; it
    /// is bound at /run/podman-init and runs the command after --
    #[arg(long, value_name = "PATH")]
    pub init_path: Option<String>,
    /// Add the user to the container's /etc/passwd and /etc/group where the image lacks it
    /// (--userns keep-id, --hostuser, a numeric --user); false: add nothing
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub passwd: bool,
    /// The passwd line added: a template with $USERNAME, $UID, $GID, $NAME and $HOME
    #[arg(long, value_name = "ENTRY")]
    pub passwd_entry: Option<String>,
    /// Add a host user (name or UID) to the container's /etc/passwd
    #[arg(long, value_name = "USER", value_delimiter = ',')]
    pub hostuser: Vec<String>,
    /// Give the container a secret (`gorae secret create`):
    /// NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0444] (repeat)
    #[arg(long, value_name = "SECRET")]
    pub secret: Vec<String>,
    /// Kill the container after this many seconds (0: never)
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u32>,
    /// Containers to start before this one (names or IDs, comma-separated)
    #[arg(long, value_name = "CONTAINERS", value_delimiter = ',')]
    pub requires: Vec<String>,
    /// Mount the volumes and binds of another container: CONTAINER[:ro|rw|z]
    #[arg(long, value_name = "CONTAINER")]
    pub volumes_from: Vec<String>,
    /// Read the pod to run in from this file (as written by pod create --pod-id-file)
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Option<PathBuf>,
    /// Remove the image after the container exits, unless other containers use it (implies --rm)
    #[arg(long)]
    pub rmi: bool,
    /// systemd mode: true (when the command is /sbin/init, /usr/sbin/init, …/systemd), false,
    /// always. It gets tmpfs on /run, /run/lock, /tmp and /var/log/journal, a writable
    /// /sys/fs/cgroup and SIGRTMIN+3 to stop
    #[arg(long, default_value = "true", value_name = "MODE")]
    pub systemd: String,
    /// Refused: gorae can't give a container a user namespace of its own mapping yet
    #[arg(long, value_name = "MAP")]
    pub uidmap: Vec<String>,
    /// Refused, as --uidmap
    #[arg(long, value_name = "MAP")]
    pub gidmap: Vec<String>,
    /// Refused, as --uidmap
    #[arg(long, value_name = "NAME")]
    pub subuidname: Option<String>,
    /// Refused, as --uidmap
    #[arg(long, value_name = "NAME")]
    pub subgidname: Option<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// The image to run
    pub image: String,
    /// Command and arguments (default: the image's)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

/// The resource limit flags, shared by `run`/`create` and `update`.
#[derive(Debug, Clone, Default, Args)]
pub struct LimitArgs {
    /// Memory limit (512m, 1g, …)
    #[arg(short, long)]
    pub memory: Option<String>,
    /// Memory plus swap limit (-1 for unlimited)
    #[arg(long)]
    pub memory_swap: Option<String>,
    /// Memory soft limit
    #[arg(long)]
    pub memory_reservation: Option<String>,
    /// CPU limit, in CPUs (1.5)
    #[arg(long)]
    pub cpus: Option<String>,
    /// CPU shares (relative weight)
    #[arg(short = 'c', long)]
    pub cpu_shares: Option<u64>,
    /// CPUs the container may use (0-1,3)
    #[arg(long)]
    pub cpuset_cpus: Option<String>,
    /// Process limit (-1 for unlimited)
    #[arg(long, allow_hyphen_values = true)]
    pub pids_limit: Option<i64>,
    /// Block IO weight (10-1000)
    #[arg(long)]
    pub blkio_weight: Option<u16>,
    /// Block IO weight of one device: DEVICE:WEIGHT (10-1000)
    #[arg(long, value_name = "DEVICE:WEIGHT")]
    pub blkio_weight_device: Vec<String>,
    /// Read rate limit of a device: DEVICE:RATE (1mb, …)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Write rate limit of a device: DEVICE:RATE
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// Read operations per second limit of a device: DEVICE:N
    #[arg(long, value_name = "DEVICE:N")]
    pub device_read_iops: Vec<String>,
    /// Write operations per second limit of a device: DEVICE:N
    #[arg(long, value_name = "DEVICE:N")]
    pub device_write_iops: Vec<String>,
    /// CPU CFS period, in microseconds (with --cpu-quota)
    #[arg(long, value_name = "MICROSECONDS")]
    pub cpu_period: Option<u64>,
    /// CPU CFS quota per period, in microseconds
    #[arg(long, value_name = "MICROSECONDS", allow_hyphen_values = true)]
    pub cpu_quota: Option<i64>,
    /// Realtime CPU period (cgroup v2 has none: said and left out, as podman does)
    #[arg(long, value_name = "MICROSECONDS")]
    pub cpu_rt_period: Option<u64>,
    /// Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)
    #[arg(long, value_name = "MICROSECONDS", allow_hyphen_values = true)]
    pub cpu_rt_runtime: Option<i64>,
    /// Memory nodes the container may use (0-1,3)
    #[arg(long, value_name = "NODES")]
    pub cpuset_mems: Option<String>,
    /// Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub memory_swappiness: Option<i64>,
    /// Disable the OOM killer (cgroup v2 can't: never in force, and said)
    #[arg(long)]
    pub oom_kill_disable: bool,
    /// A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container's cgroup
    #[arg(long, value_name = "KEY=VALUE")]
    pub cgroup_conf: Vec<String>,
}
