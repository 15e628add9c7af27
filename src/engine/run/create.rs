//! Creating a container: find or pull its image, resolve and check its launch configuration,
//! then write its record (`created` state).

use super::{LaunchConfig, PullPolicy, RunOptions, SdNotify, Security};
use crate::engine::images::ImageError;
use crate::engine::{Engine, Error};
use crate::image::manifest::ImageConfig;
use crate::runtime::names;
use crate::runtime::spec::{self, NetworkMode};
use crate::store::containers::{ContainerRecord, ContainerState, RawConfig};
use crate::store::images::ImageRecord;
use crate::store::{StoreError, now_rfc3339};

/// Finds or pulls the image and creates the container record (`created` state).
pub fn create(engine: &Engine, opts: &RunOptions) -> Result<ContainerRecord, Error> {
    if let Some(n) = &opts.name
        && !names::valid_name(n)
    {
        return Err(Error::bad_name(n));
    }
    if let Some(dir) = &opts.settings.rootfs {
        // `--rootfs`: no image; the directory is the root, the command the flags give.
        let image = ImageRecord {
            id: String::new(),
            digest: String::new(),
            manifest_media_type: String::new(),
            index_digest: None,
            config_digest: String::new(),
            names: vec![dir.path.clone()],
            repo_digests: Vec::new(),
            layers: Vec::new(),
            size: 0,
            created: None,
            stored: now_rfc3339(),
            names_history: Vec::new(),
        };
        return create_from(engine, opts, &image, &ImageConfig::default());
    }
    let image = match opts.pull {
        PullPolicy::Always | PullPolicy::Newer => {
            crate::engine::archive::transport::pull(engine, &opts.image, &opts.pull_options)?
        }
        PullPolicy::Never => engine.find_image(&opts.image)?,
        PullPolicy::Missing => match engine.find_image(&opts.image) {
            Ok(img) => img,
            Err(ImageError::NotKnown(_)) => {
                crate::engine::archive::transport::pull(engine, &opts.image, &opts.pull_options)?
            }
            Err(e) => return Err(e.into()),
        },
    };
    let config = engine.image_config(&image)?;
    create_from(engine, opts, &image, &config)
}

/// Creates the container record for `image` (a stored image, or a build step's layers with an
/// empty ID) and its `config`.
pub fn create_from(
    engine: &Engine,
    opts: &RunOptions,
    image: &ImageRecord,
    config: &ImageConfig,
) -> Result<ContainerRecord, Error> {
    let id = names::new_id();
    let mut launch = launch_config(engine, opts, config, &id)?;
    check_launch(engine, opts, config, &mut launch)?;

    engine.materialize_mounts(&mut launch.mounts)?;
    let secrets = engine.resolve_secrets(&mut launch.settings.secrets)?;
    if opts.replace
        && let Some(name) = &opts.name
        && let Ok(old) = engine.find_container(name)
    {
        crate::engine::lifecycle::remove(engine, &old.id, true)?;
    }
    let store = &engine.store;
    // The GC lock keeps the image's layers alive until the record that pins them exists.
    let _gc = store.lock_gc_shared()?;
    let _lock = store.lock_records()?;
    let image = if image.id.is_empty() {
        image.clone()
    } else {
        store
            .image(&image.id)
            .map_err(|_| ImageError::NotKnown(opts.image.clone()))?
    };
    let name = container_name(opts, &store.list_containers()?)?;
    let record = new_record(opts, id, name, &image, &launch);
    write_record(engine, opts, &record)?;
    let userdata = store.container_dir(&record.id).join("userdata");
    if let Err(e) = engine.copy_secrets(&userdata, &launch.settings.secrets, &secrets) {
        if let Ok(owner) = engine.owner() {
            let _ = store.delete_container(owner, &record.id);
        }
        return Err(e);
    }
    Ok(record)
}

/// The label whose value is an image's own seccomp profile (`--seccomp-policy=image`).
const SECCOMP_LABEL: &str = "io.containers.seccomp.profile";

/// The container's security settings; with `--seccomp-policy=image` the profile is the
/// image's, which must have one, as podman requires.
fn security_for(opts: &RunOptions, config: &ImageConfig) -> Result<Security, Error> {
    let mut s = opts.security.clone();
    if opts.seccomp_policy_image {
        let profile = config
            .config
            .as_ref()
            .and_then(|c| c.labels.as_ref())
            .and_then(|l| l.get(SECCOMP_LABEL))
            .ok_or_else(|| Error::Invalid("no seccomp policy defined by image".into()))?;
        let t = crate::runtime::seccomp::Target::host(Vec::new());
        crate::runtime::seccomp::check(profile, &t)
            .map_err(|e| Error::Invalid(format!("the image's {SECCOMP_LABEL} label: {e}")))?;
        s.seccomp = Some(profile.clone());
    }
    Ok(s)
}

/// The launch configuration `opts` asks for on top of the image's `config`, its names
/// resolved (networks, the container whose network is shared), not yet checked.
fn launch_config(
    engine: &Engine,
    opts: &RunOptions,
    config: &ImageConfig,
    id: &str,
) -> Result<LaunchConfig, Error> {
    let mut settings = opts.settings.clone();
    settings
        .namespaces
        .map_containers(|c| engine.find_container(c).map(|r| r.id))?;
    if let crate::runtime::namespaces::NsMode::Container(donor) = &settings.namespaces.ipc
        && LaunchConfig::of(&engine.store.container(donor)?)
            .is_ok_and(|d| d.settings.ipc_unshareable)
    {
        return Err(Error::Invalid(format!(
            "joining IPC of container {donor} is not allowed: non-shareable IPC (hint: use IpcMode:shareable for the donor container)"
        )));
    }
    for r in &mut settings.requires {
        *r = engine
            .find_container(r)
            .map_err(|_| {
                Error::Invalid(format!(
                    "{r:?} is not a valid container, cannot be used as a dependency"
                ))
            })?
            .id;
    }
    let hostname = match &settings.namespaces.uts {
        crate::runtime::namespaces::NsMode::Private => opts
            .hostname
            .clone()
            .unwrap_or_else(|| id[..12].to_string()),
        _ if opts.hostname.is_some() => {
            return Err(Error::Invalid(
                "cannot set hostname when running in the host UTS namespace".into(),
            ));
        }
        // The host's (a joined namespace's is only known when it runs).
        _ => nix::unistd::gethostname()
            .map(|h| h.to_string_lossy().into_owned())
            .unwrap_or_else(|_| id[..12].to_string()),
    };
    let spec = spec::resolve(config, &opts.flags, &hostname)?;
    settings.systemd = systemd_mode(settings.systemd_flag.as_deref(), &spec.argv);
    let image_stop = config.config.as_ref().and_then(|c| c.stop_signal.clone());
    let systemd_stop = settings.systemd.then(|| "SIGRTMIN+3".to_string());
    let health = resolve_health(opts, config)?;
    let (network_name, extra_networks) = recorded_networks(engine, opts)?;
    let network_container = match &opts.network_container {
        Some(n) => Some(engine.find_container(n)?.id),
        None => None,
    };
    Ok(LaunchConfig {
        spec,
        hostname,
        network: opts.network,
        interactive: opts.interactive,
        stop_signal: opts
            .stop_signal
            .clone()
            .or(image_stop)
            .or(systemd_stop)
            .unwrap_or_else(|| "SIGTERM".into()),
        stop_timeout: opts.stop_timeout.unwrap_or(10),
        mounts: systemd_tmpfs(
            settings.systemd,
            image_volumes(
                config,
                opts.settings.image_volume,
                volumes_from(engine, &opts.settings.volumes_from, &opts.mounts)?,
            ),
        )?,
        read_only: opts.read_only,
        tty: opts.flags.tty,
        security: security_for(opts, config)?,
        restart: opts.restart.clone(),
        init: opts.init,
        labels: config
            .config
            .as_ref()
            .and_then(|c| c.labels.clone())
            .unwrap_or_default()
            .into_iter()
            .chain(opts.labels.clone())
            .collect(),
        health,
        keep_id: None,
        ports: opts.ports.clone(),
        dns: opts.dns.clone(),
        dns_search: opts.dns_search.clone(),
        dns_options: opts.dns_options.clone(),
        add_hosts: opts.add_hosts.clone(),
        netns_path: opts.netns_path.clone(),
        network_name,
        extra_networks,
        network_options: opts.network_options.clone(),
        network_aliases: opts.network_aliases.clone(),
        pod: opts.pod.clone(),
        infra: false,
        mac_address: opts.mac_address.clone(),
        log_driver: opts.log_driver.clone(),
        cgroups: opts.cgroups.clone(),
        sdnotify: opts.sdnotify,
        files: opts.files.clone(),
        create_command: opts.create_command.clone(),
        network_container,
        settings,
    })
}

/// podman's systemd mode: `always`, or `true` with an init as the command.
fn systemd_mode(flag: Option<&str>, argv: &[String]) -> bool {
    match flag {
        Some("always") => true,
        Some(_) => false,
        None => argv.first().is_some_and(|c| {
            matches!(
                c.as_str(),
                "/sbin/init" | "/usr/sbin/init" | "/usr/local/sbin/init"
            ) || std::path::Path::new(c)
                .file_name()
                .is_some_and(|n| n == "systemd")
        }),
    }
}

/// In systemd mode, tmpfs where systemd wants one, unless a mount given covers the place.
fn systemd_tmpfs(
    on: bool,
    mut mounts: Vec<crate::runtime::mounts::MountSpec>,
) -> Result<Vec<crate::runtime::mounts::MountSpec>, Error> {
    if !on {
        return Ok(mounts);
    }
    for dst in ["/run", "/run/lock", "/tmp", "/var/log/journal"] {
        if !mounts.iter().any(|m| m.destination == dst) {
            let opts = if dst == "/run/lock" {
                "rw,nosuid,nodev,noexec,size=65536k"
            } else {
                "rw,nosuid,nodev"
            };
            mounts.push(
                crate::runtime::mounts::parse_tmpfs(&format!("{dst}:{opts}"))
                    .map_err(|e| Error::Invalid(e.to_string()))?,
            );
        }
    }
    Ok(mounts)
}

/// The image's VOLUMEs that no mount given covers, as `--image-volume` says: anonymous
/// volumes (filled with the image's content there at the first start), or tmpfs.
fn image_volumes(
    config: &ImageConfig,
    mode: super::ImageVolume,
    mut mounts: Vec<crate::runtime::mounts::MountSpec>,
) -> Vec<crate::runtime::mounts::MountSpec> {
    use crate::runtime::mounts::{MountKind, MountSpec};
    let volumes = config.config.as_ref().and_then(|c| c.volumes.as_ref());
    for dst in volumes.into_iter().flat_map(|v| v.keys()) {
        let Ok(spec) = crate::runtime::mounts::parse_volume(dst) else {
            continue;
        };
        if mounts.iter().any(|m| m.destination == spec.destination) {
            continue;
        }
        match mode {
            super::ImageVolume::Ignore => {}
            super::ImageVolume::Anonymous => mounts.push(spec),
            super::ImageVolume::Tmpfs => mounts.push(MountSpec {
                kind: MountKind::Tmpfs,
                source: String::new(),
                anonymous: false,
                // With what the image has there, as podman's tmpcopyup.
                options: vec!["tmpcopyup".into()],
                ..spec
            }),
        }
    }
    mounts
}

/// `--volumes-from CONTAINER[:OPTIONS]`: the other container's binds and volumes (not its
/// tmpfs), under the mounts given here, which win on the same destination; `ro`/`rw`
/// replaces each one's read-only setting.
fn volumes_from(
    engine: &Engine,
    from: &[String],
    own: &[crate::runtime::mounts::MountSpec],
) -> Result<Vec<crate::runtime::mounts::MountSpec>, Error> {
    use crate::runtime::mounts::MountKind;
    let mut out = own.to_vec();
    for v in from {
        let (name, opts) = v.split_once(':').unwrap_or((v, ""));
        let mut readonly = None;
        for o in opts.split(',').filter(|o| !o.is_empty()) {
            match o {
                "ro" | "rw" if readonly.is_some() => {
                    return Err(Error::Invalid(
                        "cannot set ro or rw options more than once".into(),
                    ));
                }
                "ro" => readonly = Some(true),
                "rw" => readonly = Some(false),
                "z" => {}
                _ => {
                    return Err(Error::Invalid(format!(
                        "invalid option {o:?} specified - volumes from another container can only use z,ro,rw options"
                    )));
                }
            }
        }
        let other = engine.find_container(name).map_err(|e| {
            Error::Invalid(format!(
                "looking up container {name:?} for volumes-from: {e}"
            ))
        })?;
        let cfg = LaunchConfig::of(&other)?;
        for m in cfg.mounts {
            if !matches!(m.kind, MountKind::Bind | MountKind::Volume)
                || out.iter().any(|o| o.destination == m.destination)
            {
                continue;
            }
            out.push(crate::runtime::mounts::MountSpec {
                readonly: readonly.unwrap_or(m.readonly),
                // Shared, not the other's own: `rm -v` of this one leaves it.
                anonymous: false,
                ..m
            });
        }
    }
    Ok(out)
}

/// The health check: the `--health-*` flags over the image's HEALTHCHECK.
fn resolve_health(
    opts: &RunOptions,
    config: &ImageConfig,
) -> Result<Option<crate::engine::health::HealthConfig>, Error> {
    crate::engine::health::resolve(
        config
            .config
            .as_ref()
            .and_then(|c| c.healthcheck.as_ref())
            .and_then(crate::engine::health::from_image),
        opts.health.cmd.as_deref(),
        opts.health.interval.as_deref(),
        opts.health.timeout.as_deref(),
        opts.health.start_period.as_deref(),
        opts.health.retries,
        opts.health.disabled,
    )
}

/// The user-defined networks as recorded: the first, and the others.
fn recorded_networks(
    engine: &Engine,
    opts: &RunOptions,
) -> Result<(Option<String>, Vec<String>), Error> {
    let network_name = match &opts.network_name {
        Some(n) => Some(engine.networks().get(n)?.name),
        None => None,
    };
    // Names as recorded (an ID prefix resolves to its network's name).
    let mut names: Vec<String> = Vec::new();
    if let Some(n) = &opts.network_name {
        names.push(engine.networks().get(n)?.name);
    }
    for n in &opts.extra_networks {
        let name = engine.networks().get(n)?.name;
        if names.contains(&name) {
            return Err(Error::Invalid(format!("network {name} is given twice")));
        }
        names.push(name);
    }
    Ok((network_name, names.split_off(names.len().min(1))))
}

/// Refuses a launch configuration that can't start, now rather than at start, and completes
/// it: `-P`'s ports, `--userns=keep-id`'s IDs.
fn check_launch(
    engine: &Engine,
    opts: &RunOptions,
    config: &ImageConfig,
    launch: &mut LaunchConfig,
) -> Result<(), Error> {
    crate::net::etc::validate(&launch.add_hosts, &launch.dns)?;
    if let Some(action) = &launch.settings.health_on_failure
        && launch.health.is_none()
    {
        return Err(Error::Invalid(format!(
            "cannot set on-failure action to {action} without a health check"
        )));
    }
    if launch.sdnotify == SdNotify::Healthy && launch.health.is_none() {
        return Err(Error::Invalid(
            "--sdnotify=healthy needs a health check (--health-cmd or the image's HEALTHCHECK)"
                .into(),
        ));
    }
    if opts.publish_all {
        let mut exposed: Vec<String> = config
            .config
            .as_ref()
            .and_then(|c| c.exposed_ports.as_ref())
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        exposed.extend(launch.settings.expose.iter().cloned());
        exposed.sort();
        exposed.dedup();
        launch
            .ports
            .extend(crate::net::ports::publish_all(&exposed));
    }
    check_network(engine, launch)?;
    launch.settings.devices = expand_devices(&launch.settings.devices)?;
    if let Some(init) = launch.settings.init_path.clone() {
        add_init_binary(launch, &init)?;
    }
    if launch.settings.namespaces.pid != crate::runtime::namespaces::NsMode::Private
        && !launch.security.proc_opts.is_empty()
    {
        return Err(Error::Invalid(
            "--security-opt proc-opts needs a PID namespace of the container's own (not --pid)"
                .into(),
        ));
    }
    if opts.keep_id {
        apply_keep_id(engine, opts, launch)?;
    }
    crate::engine::monitor::RestartPolicy::parse(&launch.restart)?;
    if opts.remove && !matches!(launch.restart.as_str(), "" | "no") {
        return Err(Error::Invalid(
            "the --rm option conflicts with --restart (other than \"no\")".into(),
        ));
    }
    // Refuse bad capability names or profiles now, not at start.
    launch.security.hardening(&engine.paths.runtime)?;
    crate::runtime::mounts::check_unique(&launch.mounts)
        .map_err(|e| Error::Invalid(e.to_string()))?;
    crate::runtime::signals::parse(&launch.stop_signal)
        .map_err(|e| Error::Invalid(e.to_string()))?;
    for who in &launch.settings.hostusers {
        super::users::host_user(who)?;
    }
    Ok(())
}

/// Where podman binds an `--init-path` binary.
const INIT_INSIDE: &str = "/run/podman-init";

/// `--init --init-path`: the binary bound read-only at /run/podman-init, running the command
/// after `--` as PID 1.
fn add_init_binary(launch: &mut LaunchConfig, init: &str) -> Result<(), Error> {
    if launch.settings.namespaces.pid != crate::runtime::namespaces::NsMode::Private {
        return Err(Error::Invalid(
            "cannot add init binary as PID 1 (PID namespace isn't private)".into(),
        ));
    }
    if !std::path::Path::new(init).is_file() {
        return Err(Error::Invalid(format!(
            "container-init binary not found on the host: {init}"
        )));
    }
    if launch.mounts.iter().any(|m| m.destination == INIT_INSIDE) {
        return Err(Error::Invalid(format!(
            "conflict with mount added by --init to {INIT_INSIDE:?}"
        )));
    }
    launch.mounts.push(crate::runtime::mounts::MountSpec {
        kind: crate::runtime::mounts::MountKind::Bind,
        source: init.to_string(),
        destination: INIT_INSIDE.into(),
        readonly: true,
        options: vec![],
        anonymous: false,
    });
    let mut argv = vec![INIT_INSIDE.to_string(), "--".to_string()];
    argv.append(&mut launch.spec.argv);
    launch.spec.argv = argv;
    launch.init = false;
    Ok(())
}

/// `--device`s as bound: each must be a device node (a symlink's target counts); a directory
/// stands for every device node below it, under the container path given.
fn expand_devices(
    devices: &[crate::runtime::mounts::Device],
) -> Result<Vec<crate::runtime::mounts::Device>, Error> {
    use std::os::unix::fs::FileTypeExt;
    fn walk(
        dir: &std::path::Path,
        rel: &std::path::Path,
        d: &crate::runtime::mounts::Device,
        out: &mut Vec<crate::runtime::mounts::Device>,
    ) -> Result<(), Error> {
        for e in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
            let e = e.map_err(|e| Error::io(dir, e))?;
            let t = e.file_type().map_err(|err| Error::io(e.path(), err))?;
            let rel = rel.join(e.file_name());
            if t.is_dir() {
                walk(&e.path(), &rel, d, out)?;
            } else if t.is_char_device() || t.is_block_device() {
                out.push(crate::runtime::mounts::Device {
                    host: e.path().to_string_lossy().into_owned(),
                    container: format!("{}/{}", d.container, rel.display()),
                    read_only: d.read_only,
                });
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for d in devices {
        let md = std::fs::metadata(&d.host).map_err(|e| Error::io(&d.host, e))?;
        let t = md.file_type();
        if t.is_dir() {
            let before = out.len();
            walk(
                std::path::Path::new(&d.host),
                std::path::Path::new(""),
                d,
                &mut out,
            )?;
            if out.len() == before {
                return Err(Error::Invalid(format!("no devices found in {}", d.host)));
            }
        } else if t.is_char_device() || t.is_block_device() || t.is_fifo() {
            out.push(d.clone());
        } else {
            return Err(Error::Invalid(format!(
                "{} is not a valid device: not a device node",
                d.host
            )));
        }
    }
    Ok(out)
}

/// Refuses network settings the container's network can't honour: published ports, a
/// missing helper, a namespace that is not there, a bad MAC address, aliases.
fn check_network(engine: &Engine, launch: &LaunchConfig) -> Result<(), Error> {
    if !launch.ports.is_empty() && !launch.network.has_helper() {
        return Err(Error::Invalid(
            "publishing ports (-p, -P) needs a network of the container's own (not --network host, none, container: or ns:)".into(),
        ));
    }
    if let Some(missing) = crate::net::missing_helper(launch.network) {
        return Err(Error::System(missing.into()));
    }
    if let Some(p) = &launch.netns_path
        && !std::path::Path::new(p).exists()
    {
        return Err(Error::Invalid(format!(
            "--network ns:{p}: no such network namespace"
        )));
    }
    if let Some(mac) = &launch.mac_address {
        if !launch.network.has_helper() {
            return Err(Error::Invalid(
                "--mac-address needs a network of the container's own (pasta, slirp4netns or a user-defined network)".into(),
            ));
        }
        if !crate::net::valid_mac(mac) {
            return Err(Error::Invalid(format!(
                "invalid --mac-address {mac:?}: want six hex bytes such as 92:d0:c6:0a:29:33"
            )));
        }
    }
    for (name, ip) in &launch.settings.static_ips {
        let net = engine.networks().get(name)?;
        let ip = ip
            .parse()
            .map_err(|_| Error::Invalid(format!("invalid static ip {ip}")))?;
        net.check_static(ip)?;
    }
    if !launch.network_aliases.is_empty() && launch.network != NetworkMode::Bridge {
        return Err(Error::Invalid(
            "--network-alias is only for user-defined networks".into(),
        ));
    }
    Ok(())
}

/// `--userns=keep-id`: records the user's host IDs, and runs the process as the user.
fn apply_keep_id(
    engine: &Engine,
    opts: &RunOptions,
    launch: &mut LaunchConfig,
) -> Result<(), Error> {
    let (uid, gid) = match &engine.mapping {
        crate::process::userns::Mapping::Full { uid, gid, .. } => (*uid, *gid),
        _ => return Err(Error::Invalid(
            "--userns=keep-id needs a subordinate ID range (/etc/subuid) and runs rootless only"
                .into(),
        )),
    };
    launch.keep_id = Some((uid, gid));
    // Like podman: the process runs as the user, unless --user says otherwise.
    if opts.flags.user.is_none() {
        launch.spec.user = format!("{uid}:{gid}");
    }
    Ok(())
}

/// `--name`, unless a container in `existing` has it; else a generated name none has.
fn container_name(opts: &RunOptions, existing: &[ContainerRecord]) -> Result<String, Error> {
    Ok(match &opts.name {
        Some(n) => {
            if let Some(c) = existing.iter().find(|c| c.name == *n) {
                return Err(StoreError::NameInUse(n.clone(), c.id.clone()).into());
            }
            n.clone()
        }
        None => names::unused_name(|n| existing.iter().any(|c| c.name == n)),
    })
}

/// The record of the new container, in the `created` state.
fn new_record(
    opts: &RunOptions,
    id: String,
    name: String,
    image: &ImageRecord,
    launch: &LaunchConfig,
) -> ContainerRecord {
    ContainerRecord {
        id,
        name,
        image_name: image
            .names
            .first()
            .cloned()
            .unwrap_or_else(|| image.id.clone()),
        image_id: image.id.clone(),
        layers: image.layers.iter().map(|l| l.chain_id.clone()).collect(),
        command: launch.spec.argv.clone(),
        created: now_rfc3339(),
        state: ContainerState::Created,
        pid: None,
        monitor_pid: None,
        monitor_start: None,
        exit_code: None,
        started_at: None,
        finished_at: None,
        auto_remove: opts.remove,
        restart_count: 0,
        health: launch
            .health
            .as_ref()
            .map(|_| serde_json::json!({"Status": "starting", "FailingStreak": 0, "Log": []})),
        config: RawConfig::of(launch).expect("launch configs serialize"),
        cgroup: None,
        applied_limits: None,
    }
}

/// Stores the record (under the records lock the caller holds) and writes `--cidfile`; a
/// cidfile that can't be written takes the record back.
fn write_record(engine: &Engine, opts: &RunOptions, record: &ContainerRecord) -> Result<(), Error> {
    let store = &engine.store;
    // With --replace the file may be the replaced container's (a unit started again).
    if let Some(f) = &opts.files.cidfile
        && !opts.replace
        && std::path::Path::new(f).exists()
    {
        return Err(Error::Conflict(format!(
            "the --cidfile {f} exists: another container may be using it; remove it first"
        )));
    }
    engine.hold_claim(&record.id, store.create_container(record)?);
    if let Some(f) = &opts.files.cidfile
        && let Err(e) = std::fs::write(f, &record.id)
    {
        if let Ok(owner) = engine.owner() {
            let _ = store.delete_container(owner, &record.id);
        }
        return Err(Error::System(format!("writing --cidfile {f}: {e}")));
    }
    crate::engine::events::container(store, "create", record, None);
    Ok(())
}
