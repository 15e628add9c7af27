//! podman's transports for `pull`, `run`/`create` and `push`: `docker://` (a registry, also
//! what a bare name means), `docker-archive:PATH[:NAME|:@INDEX]`, `oci-archive:PATH[:NAME]`,
//! `oci:DIR[:NAME]`, `dir:DIR` and `containers-storage:NAME` (this store). The local ones go
//! through `load` and `save`, so they get the same checks: every blob against its digest,
//! nothing outside the archive.

use std::path::{Path, PathBuf};

use super::{Format, load, qualified, save_images};
use crate::engine::Engine;
use crate::engine::Error;
use crate::engine::error::IoAt;
use crate::engine::pull::{self, PullOptions};
use crate::image::reference;
use crate::store::images::ImageRecord;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport<'a> {
    /// A registry reference (`docker://` stripped).
    Registry(&'a str),
    /// `containers-storage:`: this store.
    Store(&'a str),
    /// An archive or a directory, with the image named in it, if any.
    Local {
        format: Format,
        path: PathBuf,
        name: Option<String>,
    },
}

const LOCAL: [(&str, Format); 4] = [
    ("docker-archive:", Format::DockerArchive),
    ("oci-archive:", Format::OciArchive),
    ("oci:", Format::OciDir),
    ("dir:", Format::DockerDir),
];

pub fn parse(s: &str) -> Transport<'_> {
    if let Some(r) = s.strip_prefix("docker://") {
        return Transport::Registry(r);
    }
    if let Some(r) = s.strip_prefix("containers-storage:") {
        // `[driver@graphroot+runroot]NAME`: the store is this one.
        let name = match r.strip_prefix('[') {
            Some(x) => x.split_once(']').map_or(x, |(_, n)| n),
            None => r,
        };
        return Transport::Store(name);
    }
    for (prefix, format) in LOCAL {
        if let Some(rest) = s.strip_prefix(prefix) {
            let (path, name) = match rest.split_once(':') {
                Some((p, n)) if format != Format::DockerDir => {
                    (p, Some(n.to_string()).filter(|n| !n.is_empty()))
                }
                _ => (rest, None),
            };
            return Transport::Local {
                format,
                path: PathBuf::from(path),
                name,
            };
        }
    }
    Transport::Registry(s)
}

/// `pull SOURCE` (and `run`'s pull): from wherever the transport says.
pub fn pull(engine: &Engine, source: &str, opts: &PullOptions) -> Result<ImageRecord, Error> {
    match parse(source) {
        Transport::Registry(r) => Ok(pull::pull(engine, r, opts)?),
        Transport::Store(n) => Ok(engine.find_image(n)?),
        Transport::Local { format, path, name } => {
            let img = pull_local(engine, format, &path, name.as_deref())?;
            // podman records a pull from an archive or a directory without the image's ID.
            engine.store.event("image", "pull", "", source, "");
            Ok(img)
        }
    }
}

fn pull_local(
    engine: &Engine,
    format: Format,
    path: &Path,
    name: Option<&str>,
) -> Result<ImageRecord, Error> {
    let mut loaded = match format {
        Format::OciDir | Format::DockerDir => {
            if !path.is_dir() {
                return Err(Error::Invalid(format!(
                    "{}: no such directory",
                    path.display()
                )));
            }
            load(engine, None, Some(path))?
        }
        Format::DockerArchive | Format::OciArchive => {
            let f = std::fs::File::open(path).at(path)?;
            load(engine, Some(&mut std::io::BufReader::new(f)), None)?
        }
    };
    let count = loaded.len();
    let pick = match name {
        Some(n) if n.starts_with('@') => n[1..]
            .parse::<usize>()
            .ok()
            .filter(|i| *i < count)
            .ok_or_else(|| Error::Invalid(format!("{n}: the archive holds {count} image(s)")))?,
        Some(n) => {
            let want = qualified(n, reference::DOCKER_HUB)?;
            match loaded
                .iter()
                .position(|(_, names)| names.iter().any(|x| *x == want || x == n))
            {
                Some(i) => i,
                None if count == 1 => 0,
                None => {
                    return Err(Error::Invalid(format!(
                        "{}: no image named {n} in it",
                        path.display()
                    )));
                }
            }
        }
        None if count == 1 => 0,
        None => {
            return Err(Error::Invalid(format!(
                "{} holds {count} images: name one (TRANSPORT:PATH:NAME, or :@INDEX)",
                path.display()
            )));
        }
    };
    Ok(loaded.swap_remove(pick).0)
}

/// `push IMAGE DEST` to a local transport (`None` for a registry, which the caller pushes to).
pub fn push_local(engine: &Engine, img: &ImageRecord, dest: &str) -> Option<Result<(), Error>> {
    match parse(dest) {
        Transport::Registry(_) => None,
        Transport::Store(n) => Some(engine.tag(&img.id, &[n.to_string()]).map_err(Error::from)),
        Transport::Local { format, path, name } => {
            Some(write_local(engine, img, format, &path, name.as_deref()))
        }
    }
}

fn write_local(
    engine: &Engine,
    img: &ImageRecord,
    format: Format,
    path: &Path,
    name: Option<&str>,
) -> Result<(), Error> {
    let names = match name {
        Some(n) => vec![qualified(n, "localhost")?],
        None => img.names.clone(),
    };
    let images = [(img.clone(), names)];
    match format {
        Format::OciDir | Format::DockerDir => {
            save_images(engine, &images, format, None, Some(path))
        }
        Format::DockerArchive | Format::OciArchive => super::write_beside(path, |w| {
            save_images(engine, &images, format, Some(w), None)
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transports_as_podman_names_them() {
        assert_eq!(parse("docker://busybox"), Transport::Registry("busybox"));
        assert_eq!(
            parse("localhost:5000/a:b"),
            Transport::Registry("localhost:5000/a:b")
        );
        assert_eq!(
            parse("containers-storage:[overlay@/x+/y]foo"),
            Transport::Store("foo")
        );
        assert_eq!(
            parse("docker-archive:/t/a.tar:foo:1"),
            Transport::Local {
                format: Format::DockerArchive,
                path: "/t/a.tar".into(),
                name: Some("foo:1".into())
            }
        );
        assert_eq!(
            parse("dir:/t/d"),
            Transport::Local {
                format: Format::DockerDir,
                path: "/t/d".into(),
                name: None
            }
        );
        assert_eq!(
            parse("oci:/t/o:"),
            Transport::Local {
                format: Format::OciDir,
                path: "/t/o".into(),
                name: None
            }
        );
    }
}
