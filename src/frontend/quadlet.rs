//! The Quadlet generator: finding the `.container`, `.pod`, `.volume`, `.network` and `.kube`
//! files, and turning each into a unit. What each key of a file becomes is the table [`KEYS`].

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::engine::Error;
use crate::engine::argv::Argv;
use crate::engine::error::IoAt;
use crate::engine::systemd::{
    Unit, UnitFile, exec_arg, exec_line_with, gorae_path, quadlet_arg, split_words,
};

/// Where Quadlet files are looked for, first wins for a name.
pub fn quadlet_dirs(user: bool) -> Vec<PathBuf> {
    if let Ok(dirs) = std::env::var("QUADLET_UNIT_DIRS") {
        return dirs
            .split(':')
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .collect();
    }
    if user {
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")));
        let uid = nix::unistd::getuid();
        let mut v: Vec<PathBuf> = config
            .map(|c| c.join("containers/systemd"))
            .into_iter()
            .collect();
        v.push(PathBuf::from(format!(
            "/etc/containers/systemd/users/{uid}"
        )));
        v.push(PathBuf::from("/etc/containers/systemd/users"));
        v
    } else {
        vec![
            PathBuf::from("/run/containers/systemd"),
            PathBuf::from("/etc/containers/systemd"),
            PathBuf::from("/usr/share/containers/systemd"),
        ]
    }
}

const QUADLET_KINDS: &[&str] = &["container", "pod", "volume", "network", "kube"];

/// The Quadlet files in `dirs` (first one of a name wins), sorted by name.
pub fn find_quadlets(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut seen = BTreeMap::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(d) else {
            continue;
        };
        let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        names.sort();
        for p in names {
            let kind = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            let Some(name) = p.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if QUADLET_KINDS.contains(&kind) && p.is_file() {
                seen.entry(name.to_string()).or_insert(p);
            }
        }
    }
    seen.into_values().collect()
}

/// The unit a Quadlet file becomes, and the `.wants`/`.requires` links its `[Install]` asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub unit: Unit,
    /// `(target.wants or target.requires, unit)` symlinks to make in the output directory.
    pub links: Vec<(String, String)>,
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("unit")
        .to_string()
}

/// The unit name a Quadlet file name becomes (`web.container` → `web.service`,
/// `data.volume` → `data-volume.service`).
pub fn quadlet_service_name(file: &str) -> Option<String> {
    let (base, kind) = file.rsplit_once('.')?;
    Some(match kind {
        "container" | "kube" => format!("{base}.service"),
        "pod" => format!("{base}-pod.service"),
        "volume" => format!("{base}-volume.service"),
        "network" => format!("{base}-network.service"),
        _ => return None,
    })
}

/// The name gorae knows a `.volume`/`.network`/`.pod` by, as other Quadlet files refer to it.
fn quadlet_object_name(dir: &Path, file: &str) -> String {
    let (base, kind) = file.rsplit_once('.').unwrap_or((file, ""));
    let key = match kind {
        "volume" => "VolumeName",
        "network" => "NetworkName",
        "pod" => "PodName",
        _ => return base.to_string(),
    };
    let section = match kind {
        "volume" => "Volume",
        "network" => "Network",
        _ => "Pod",
    };
    let path = dir.join(file);
    let named = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| UnitFile::parse(&t).ok())
        .and_then(|u| {
            u.section(section)
                .into_iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
        });
    named.unwrap_or_else(|| format!("systemd-{base}"))
}

/// How a Quadlet key becomes arguments of the command its unit runs.
#[derive(Clone, Copy)]
enum How {
    /// `--flag=VALUE`.
    Flag(ValueFlag),
    /// `--flag` when the value is `true` or `yes`; nothing otherwise.
    Switch(SwitchFlag),
    /// `--flag=WORD` for each word of the value, split as systemd does (`Label=a=1 b=2`).
    FlagPerWord(ValueFlag),
    /// The value's words as they are (`PodmanArgs=`).
    Args,
    /// Accepted, and read elsewhere (`VolumeName=`) or not at all (`NoNewPrivileges=`).
    Ignore,
    /// A key of its own: it sets part of the command, or refers to another Quadlet file.
    Special(fn(&mut Convert, &str) -> Result<(), Error>),
}

/// A method of [`Argv`] that adds a flag with its value.
type ValueFlag = for<'a> fn(&'a mut Argv, &str) -> &'a mut Argv;
/// A method of [`Argv`] that adds a switch.
type SwitchFlag = for<'a> fn(&'a mut Argv) -> &'a mut Argv;

use How::{Args, Flag, FlagPerWord, Ignore, Special, Switch};

/// Every key gorae takes, by section, and what it becomes; a key not here is refused.
/// (`Gateway=` and `Internal=` wait for `network create --gateway/--internal`.)
/// Arguments are added in the order of the file's lines.
static KEYS: &[(&str, &str, How)] = &[
    ("Container", "Image", Special(set_image)),
    ("Container", "ContainerName", Special(set_name)),
    ("Container", "Exec", Special(set_exec)),
    ("Container", "Notify", Special(set_notify)),
    ("Container", "Environment", FlagPerWord(Argv::env)),
    ("Container", "EnvironmentFile", Flag(Argv::env_file)),
    ("Container", "PublishPort", Flag(Argv::publish)),
    ("Container", "Volume", Special(add_volume)),
    ("Container", "Network", Special(add_network)),
    ("Container", "Pod", Special(join_pod)),
    ("Container", "Label", FlagPerWord(Argv::label)),
    ("Container", "User", Flag(Argv::user)),
    ("Container", "WorkingDir", Flag(Argv::workdir)),
    ("Container", "Entrypoint", Flag(Argv::entrypoint)),
    ("Container", "HostName", Flag(Argv::hostname)),
    ("Container", "ReadOnly", Switch(Argv::read_only)),
    ("Container", "RunInit", Switch(Argv::init)),
    ("Container", "Tmpfs", Flag(Argv::tmpfs)),
    ("Container", "AddCapability", FlagPerWord(Argv::cap_add)),
    ("Container", "DropCapability", FlagPerWord(Argv::cap_drop)),
    ("Container", "PidsLimit", Flag(Argv::pids_limit)),
    ("Container", "Memory", Flag(Argv::memory)),
    ("Container", "HealthCmd", Flag(Argv::health_cmd)),
    ("Container", "HealthInterval", Flag(Argv::health_interval)),
    ("Container", "HealthRetries", Flag(Argv::health_retries)),
    ("Container", "HealthTimeout", Flag(Argv::health_timeout)),
    (
        "Container",
        "HealthStartPeriod",
        Flag(Argv::health_start_period),
    ),
    ("Container", "StopTimeout", Flag(Argv::stop_timeout)),
    ("Container", "Pull", Flag(Argv::pull)),
    ("Container", "UserNS", Flag(Argv::userns)),
    ("Container", "PodmanArgs", Args),
    ("Container", "NoNewPrivileges", Ignore),
    ("Volume", "VolumeName", Ignore),
    ("Volume", "Label", FlagPerWord(Argv::label)),
    ("Volume", "PodmanArgs", Args),
    ("Network", "NetworkName", Ignore),
    ("Network", "Label", FlagPerWord(Argv::label)),
    ("Network", "Subnet", Flag(Argv::subnet)),
    ("Network", "PodmanArgs", Args),
    ("Pod", "PodName", Ignore),
    ("Pod", "PublishPort", Flag(Argv::publish)),
    ("Pod", "Network", Flag(Argv::network)),
    ("Pod", "PodmanArgs", Args),
    ("Kube", "Yaml", Special(set_yaml)),
    ("Kube", "Network", Flag(Argv::network)),
    ("Kube", "PodmanArgs", Args),
];

/// One Quadlet file being converted: where it is, and what its keys have given so far.
struct Convert<'a> {
    path: &'a Path,
    /// Where the files it refers to (`x.volume`, `x.network`, `x.pod`) are found.
    dirs: &'a [PathBuf],
    /// Arguments from the keys, in the file's order.
    args: Argv,
    /// `[Unit]` lines the keys add: dependencies on the units of the files referred to.
    unit_extra: Vec<(String, String)>,
    /// `Image=`.
    image: Option<String>,
    /// `ContainerName=`, `systemd-<file's stem>` without it.
    name: String,
    /// `Exec=`, split into words.
    exec: Vec<String>,
    /// `Notify=`, as the `--sdnotify` mode.
    notify: &'static str,
    /// `Yaml=`, resolved against the file's directory.
    yaml: Option<PathBuf>,
}

impl<'a> Convert<'a> {
    fn new(path: &'a Path, dirs: &'a [PathBuf]) -> Self {
        Convert {
            path,
            dirs,
            args: Argv::joined(&[]),
            unit_extra: Vec::new(),
            image: None,
            name: format!("systemd-{}", stem(path)),
            exec: Vec::new(),
            notify: "conmon",
            yaml: None,
        }
    }

    /// Reads the keys of `section`, in order, as [`KEYS`] says.
    fn read_keys(&mut self, file: &UnitFile, section: &str) -> Result<(), Error> {
        for (k, v) in file.section(section) {
            let Some(&(_, _, how)) = KEYS.iter().find(|(s, key, _)| *s == section && *key == k)
            else {
                return Err(self.unsupported(&k, section));
            };
            match how {
                Flag(add) => {
                    add(&mut self.args, &v);
                }
                Switch(add) => {
                    if v == "true" || v == "yes" {
                        add(&mut self.args);
                    }
                }
                FlagPerWord(add) => {
                    for w in split_words(&v)? {
                        add(&mut self.args, &w);
                    }
                }
                Args => {
                    self.args.args(split_words(&v)?);
                }
                Ignore => {}
                Special(handle) => handle(self, &v)?,
            }
        }
        Ok(())
    }

    /// The arguments the keys have given so far, leaving none.
    fn take_args(&mut self) -> Argv {
        std::mem::replace(&mut self.args, Argv::joined(&[]))
    }

    fn unsupported(&self, key: &str, section: &str) -> Error {
        Error::Invalid(format!(
            "{}: unsupported key {key} in [{section}]",
            self.path.display()
        ))
    }

    /// The unit depends on the unit of the Quadlet file `file` (`how`, `Requires` or
    /// `BindsTo`, and `After`); returns the name of what that file makes.
    fn depend_on(&mut self, file: &str, how: &str) -> Result<String, Error> {
        let svc = quadlet_service_name(file).expect("a Quadlet file name");
        self.unit_extra.push((how.into(), svc.clone()));
        self.unit_extra.push(("After".into(), svc));
        self.find_ref(file)
    }

    /// The name of what the Quadlet file `name` makes, found in the directories or beside
    /// this file.
    fn find_ref(&self, name: &str) -> Result<String, Error> {
        for d in self
            .dirs
            .iter()
            .chain(self.path.parent().map(Path::to_path_buf).as_ref())
        {
            if d.join(name).is_file() {
                return Ok(quadlet_object_name(d, name));
            }
        }
        Err(Error::Invalid(format!(
            "{}: {name} is referred to, but there is no such Quadlet file",
            self.path.display()
        )))
    }
}

fn set_image(c: &mut Convert, v: &str) -> Result<(), Error> {
    c.image = Some(v.to_string());
    Ok(())
}

fn set_name(c: &mut Convert, v: &str) -> Result<(), Error> {
    c.name = v.to_string();
    Ok(())
}

fn set_exec(c: &mut Convert, v: &str) -> Result<(), Error> {
    c.exec = split_words(v)?;
    Ok(())
}

fn set_notify(c: &mut Convert, v: &str) -> Result<(), Error> {
    c.notify = match v {
        "true" | "yes" | "1" => "container",
        "healthy" => "healthy",
        _ => "conmon",
    };
    Ok(())
}

/// `Volume=SRC[:…]`; a `x.volume` source is that file's volume, and its unit a dependency.
fn add_volume(c: &mut Convert, v: &str) -> Result<(), Error> {
    let (src, rest) = v.split_once(':').unwrap_or((v, ""));
    let src = if src.ends_with(".volume") {
        c.depend_on(src, "Requires")?
    } else {
        src.to_string()
    };
    c.args.volume(&if rest.is_empty() {
        src
    } else {
        format!("{src}:{rest}")
    });
    Ok(())
}

/// `Network=`; a `x.network` is that file's network, and its unit a dependency.
fn add_network(c: &mut Convert, v: &str) -> Result<(), Error> {
    let net = if v.ends_with(".network") {
        c.depend_on(v, "Requires")?
    } else {
        v.to_string()
    };
    c.args.network(&net);
    Ok(())
}

/// `Pod=x.pod`: the container joins that file's pod, and its unit is bound to the pod's.
fn join_pod(c: &mut Convert, v: &str) -> Result<(), Error> {
    if !v.ends_with(".pod") {
        return Err(Error::Invalid(format!(
            "{}: Pod={v} must name a .pod file",
            c.path.display()
        )));
    }
    let pod = c.depend_on(v, "BindsTo")?;
    c.args.pod(&pod);
    Ok(())
}

fn set_yaml(c: &mut Convert, v: &str) -> Result<(), Error> {
    let p = Path::new(v);
    // `%h/…` and the like are systemd's to resolve.
    c.yaml = Some(if p.is_absolute() || v.starts_with('%') {
        p.to_path_buf()
    } else {
        c.path.parent().unwrap_or(Path::new("/")).join(p)
    });
    Ok(())
}

/// What a kind of Quadlet file makes: the section its keys are in, the `ExecStart=` command,
/// and the `[Service]` lines after it.
struct Service {
    section: &'static str,
    start: Vec<String>,
    lines: Vec<(String, String)>,
}

/// The `[Service]` lines of a unit that runs its command once and stays active.
fn oneshot() -> [(String, String); 3] {
    [
        ("Type".into(), "oneshot".into()),
        ("RemainAfterExit".into(), "yes".into()),
        ("SyslogIdentifier".into(), "%N".into()),
    ]
}

/// A `.container`: `run -d` of the container, a notify service in its own cgroup.
fn container_service(c: &mut Convert, file: &UnitFile, exe: &str) -> Result<Service, Error> {
    let mut args = Argv::joined(&[exe, "run"]);
    args.cidfile("%t/%N.cid")
        .replace()
        .rm()
        .cgroups("split")
        .detach();
    c.read_keys(file, "Container")?;
    let image = c
        .image
        .take()
        .ok_or_else(|| Error::Invalid(format!("{}: [Container] needs Image=", c.path.display())))?;
    args.sdnotify(c.notify).name(&c.name);
    args.append(c.take_args());
    args.arg(image).args(c.exec.drain(..));
    let lines = vec![
        ("Environment".into(), "PODMAN_SYSTEMD_UNIT=%n".into()),
        ("KillMode".into(), "mixed".into()),
        (
            "ExecStop".into(),
            format!("{} rm -v -f -i -t 10 --cidfile=%t/%N.cid", exec_arg(exe)),
        ),
        (
            "ExecStopPost".into(),
            format!("-{} rm -v -f -i -t 10 --cidfile=%t/%N.cid", exec_arg(exe)),
        ),
        ("Delegate".into(), "yes".into()),
        ("Type".into(), "notify".into()),
        ("NotifyAccess".into(), "all".into()),
        ("SyslogIdentifier".into(), "%N".into()),
        ("SuccessExitStatus".into(), "137 143".into()),
    ];
    Ok(Service {
        section: "Container",
        start: args.into_words(),
        lines,
    })
}

/// A `.volume` or `.network` (`kind`): creates it, if it isn't there, once.
fn create_service(
    c: &mut Convert,
    file: &UnitFile,
    kind: &str,
    fname: &str,
    exe: &str,
) -> Result<Service, Error> {
    let section = if kind == "volume" {
        "Volume"
    } else {
        "Network"
    };
    let name = quadlet_object_name(c.path.parent().unwrap_or(Path::new("/")), fname);
    let mut args = Argv::joined(&[exe, kind, "create"]);
    args.ignore();
    c.read_keys(file, section)?;
    args.append(c.take_args()).arg(name);
    Ok(Service {
        section,
        start: args.into_words(),
        lines: oneshot().to_vec(),
    })
}

/// A `.pod`: made afresh before the unit starts it, removed when it stops.
fn pod_service(c: &mut Convert, file: &UnitFile, fname: &str, exe: &str) -> Result<Service, Error> {
    let name = quadlet_object_name(c.path.parent().unwrap_or(Path::new("/")), fname);
    let mut create = Argv::joined(&[exe, "pod", "create"]);
    c.read_keys(file, "Pod")?;
    create.append(c.take_args()).name(&name);
    let rm = format!(
        "-{} pod rm -f --ignore {}",
        exec_arg(exe),
        quadlet_arg(&name)
    );
    let mut lines = vec![
        ("ExecStartPre".into(), rm.clone()),
        (
            "ExecStartPre".into(),
            exec_line_with(create.words(), quadlet_arg),
        ),
        (
            "ExecStop".into(),
            format!("{} pod stop -t 10 {}", exec_arg(exe), quadlet_arg(&name)),
        ),
        ("ExecStopPost".into(), rm),
    ];
    lines.extend(oneshot());
    Ok(Service {
        section: "Pod",
        start: [exe, "pod", "start", &name].map(String::from).to_vec(),
        lines,
    })
}

/// A `.kube`: `kube play` of its YAML, and `kube down` at the end.
fn kube_service(c: &mut Convert, file: &UnitFile, exe: &str) -> Result<Service, Error> {
    c.read_keys(file, "Kube")?;
    let yaml = c
        .yaml
        .take()
        .ok_or_else(|| Error::Invalid(format!("{}: [Kube] needs Yaml=", c.path.display())))?;
    let yaml = yaml.to_string_lossy().into_owned();
    let mut args = Argv::joined(&[exe, "kube", "play"]);
    args.replace();
    args.append(c.take_args()).arg(yaml.clone());
    let down = [exe, "kube", "down", &yaml].map(String::from);
    let mut lines = vec![("ExecStop".into(), exec_line_with(&down, quadlet_arg))];
    lines.extend(oneshot());
    Ok(Service {
        section: "Kube",
        start: args.into_words(),
        lines,
    })
}

/// The unit's text: the file's `[Unit]` with gorae's lines added, the kind's own section kept
/// as `[X-…]`, and `[Service]`: the command, the kind's lines, then the file's.
fn render(
    path: &Path,
    file: &UnitFile,
    kind: &str,
    service: Service,
    unit_extra: Vec<(String, String)>,
) -> String {
    // Specifiers (`%t`, `%N`, `%h`…) reach systemd as written.
    let start = service
        .start
        .iter()
        .map(|a| quadlet_arg(a))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Automatically generated by gorae {} from {}",
        env!("CARGO_PKG_VERSION"),
        path.display()
    );
    let _ = writeln!(out);
    let mut unit = file.section("Unit");
    unit.push(("SourcePath".into(), path.display().to_string()));
    unit.push(("RequiresMountsFor".into(), "%t/gorae".into()));
    if kind != "volume" {
        unit.push(("Wants".into(), "network-online.target".into()));
        unit.push(("After".into(), "network-online.target".into()));
    }
    unit.extend(unit_extra);
    UnitFile::render_section(&mut out, "Unit", &unit);
    let section = service.section;
    UnitFile::render_section(&mut out, &format!("X-{section}"), &file.section(section));
    let mut svc = vec![("ExecStart".to_string(), start)];
    svc.extend(service.lines);
    // The file's own [Service] lines come last, so they win.
    svc.extend(file.section("Service"));
    UnitFile::render_section(&mut out, "Service", &svc);
    out
}

/// The `.wants`/`.requires` links the file's `[Install]` asks for.
fn install_links(file: &UnitFile, service: &str) -> Result<Vec<(String, String)>, Error> {
    let mut links = Vec::new();
    for (k, v) in file.section("Install") {
        let dir = match k.as_str() {
            "WantedBy" => "wants",
            "RequiredBy" => "requires",
            _ => continue,
        };
        for target in split_words(&v)? {
            links.push((format!("{target}.{dir}"), service.to_string()));
        }
    }
    Ok(links)
}

/// Converts one Quadlet file. `dirs` are where files it refers to (`x.volume`, `x.network`,
/// `x.pod`) are found.
pub fn quadlet(path: &Path, dirs: &[PathBuf]) -> Result<Generated, Error> {
    let text = std::fs::read_to_string(path).at(path)?;
    let file =
        UnitFile::parse(&text).map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
    let fname = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::Invalid(format!("{}: not a file name", path.display())))?;
    let kind = fname.rsplit_once('.').map_or("", |(_, k)| k);
    let name = quadlet_service_name(fname)
        .ok_or_else(|| Error::Invalid(format!("{}: not a Quadlet file", path.display())))?;
    let exe = gorae_path();
    let mut c = Convert::new(path, dirs);
    let service = match kind {
        "container" => container_service(&mut c, &file, &exe)?,
        "volume" | "network" => create_service(&mut c, &file, kind, fname, &exe)?,
        "pod" => pod_service(&mut c, &file, fname, &exe)?,
        "kube" => kube_service(&mut c, &file, &exe)?,
        _ => unreachable!("quadlet_service_name accepted it"),
    };
    let text = render(path, &file, kind, service, c.unit_extra);
    let links = install_links(&file, &name)?;
    Ok(Generated {
        unit: Unit { name, text },
        links,
    })
}

/// The generator: every Quadlet file found becomes a unit in `out` (systemd's "normal"
/// generator directory). A file that can't be converted is reported and skipped; the others
/// still are. Returns the number of failures.
pub fn run_generator(out: Option<&Path>, user: bool, dryrun: bool) -> usize {
    let dirs = quadlet_dirs(user);
    let mut failures = 0;
    let mut made: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in find_quadlets(&dirs) {
        match quadlet(&path, &dirs) {
            Ok(g) if made.contains_key(&g.unit.name) => {
                eprintln!(
                    "gorae-generator: {} would be {}, which {} already is; no unit made",
                    path.display(),
                    g.unit.name,
                    made[&g.unit.name].display()
                );
                failures += 1;
            }
            Ok(g) => {
                made.insert(g.unit.name.clone(), path.clone());
                if dryrun {
                    println!("---{}---", g.unit.name);
                    print!("{}", g.unit.text);
                    for (dir, unit) in &g.links {
                        println!("# link: {dir}/{unit}");
                    }
                    continue;
                }
                let Some(out) = out else { continue };
                let write = || -> std::io::Result<()> {
                    std::fs::write(out.join(&g.unit.name), &g.unit.text)?;
                    for (dir, unit) in &g.links {
                        let d = out.join(dir);
                        std::fs::create_dir_all(&d)?;
                        let link = d.join(unit);
                        let _ = std::fs::remove_file(&link);
                        std::os::unix::fs::symlink(format!("../{unit}"), link)?;
                    }
                    Ok(())
                };
                if let Err(e) = write() {
                    eprintln!("gorae-generator: writing {}: {e}", g.unit.name);
                    failures += 1;
                }
            }
            Err(e) => {
                eprintln!("gorae-generator: {e}; no unit made");
                failures += 1;
            }
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_container_file_becomes_a_notify_service_in_its_own_cgroup() {
        let dir = std::env::temp_dir().join(format!("gorae-quadlet-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("web.container"),
            "[Unit]\nDescription=web\n\n[Container]\nImage=localhost/bb\nExec=httpd -f -p 80\n\
             Volume=data.volume:/srv\nPublishPort=8080:80\nEnvironment=A=1 \"B=two words\"\n\n\
             [Service]\nRestart=always\n\n[Install]\nWantedBy=default.target\n",
        )
        .unwrap();
        std::fs::write(dir.join("data.volume"), "[Volume]\n").unwrap();
        let g = quadlet(&dir.join("web.container"), std::slice::from_ref(&dir)).unwrap();
        assert_eq!(g.unit.name, "web.service");
        let t = &g.unit.text;
        assert!(t.contains("Description=web\n"), "{t}");
        assert!(t.contains("Requires=data-volume.service\n"), "{t}");
        assert!(
            t.contains(" run --cidfile=%t/%N.cid --replace --rm --cgroups=split -d --sdnotify=conmon --name=systemd-web --volume=systemd-data:/srv --publish=8080:80 --env=A=1 \"--env=B=two words\" localhost/bb httpd -f -p 80\n"),
            "{t}"
        );
        assert!(
            t.contains("Type=notify\n") && t.contains("Delegate=yes\n"),
            "{t}"
        );
        assert!(t.ends_with("Restart=always\n\n"), "{t}");
        assert_eq!(
            g.links,
            [(
                "default.target.wants".to_string(),
                "web.service".to_string()
            )]
        );
        let v = quadlet(&dir.join("data.volume"), std::slice::from_ref(&dir)).unwrap();
        assert!(
            v.unit
                .text
                .contains(" volume create --ignore systemd-data\n")
        );
        std::fs::write(
            dir.join("bad.container"),
            "[Container]\nImage=x\nFrobnicate=1\n",
        )
        .unwrap();
        let e = quadlet(&dir.join("bad.container"), std::slice::from_ref(&dir)).unwrap_err();
        assert!(e.to_string().contains("unsupported key Frobnicate"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
