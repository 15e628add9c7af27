//! Escape attempts against the extractor. Each test builds a hostile tar in memory, extracts
//! it, and asserts that nothing outside the layer directory was created, changed or removed.

use super::*;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

struct Bed {
    base: PathBuf,
    layer: PathBuf,
    outside: PathBuf,
}

impl Bed {
    fn new() -> Bed {
        let base = std::env::temp_dir().join(format!(
            "gorae-extract-{}",
            crate::store::fsutil::unique_suffix()
        ));
        let layer = base.join("root/layer");
        let outside = base.join("outside");
        fs::create_dir_all(&layer).unwrap();
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("victim"), b"untouched").unwrap();
        fs::write(base.join("root/sibling"), b"untouched").unwrap();
        Bed {
            base,
            layer,
            outside,
        }
    }

    /// Everything outside the layer dir: path, size, mode, content.
    fn outside_snapshot(&self) -> Vec<(String, u64, u32, Vec<u8>)> {
        let mut out = Vec::new();
        walk(&self.base, &self.layer, &mut out);
        out.sort();
        out
    }

    fn run(&self, tar: Vec<u8>) -> Result<ExtractStats, ExtractError> {
        let before = self.outside_snapshot();
        let opts = ExtractOptions {
            squash_owners: true,
            ..ExtractOptions::default()
        };
        let result = extract(&tar[..], &self.layer, &opts);
        assert_eq!(
            before,
            self.outside_snapshot(),
            "something outside the layer changed"
        );
        result
    }
}

impl Drop for Bed {
    fn drop(&mut self) {
        let _ = crate::store::fsutil::remove_tree(&self.base);
    }
}

fn walk(dir: &Path, skip: &Path, out: &mut Vec<(String, u64, u32, Vec<u8>)>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p == skip {
            continue;
        }
        let m = fs::symlink_metadata(&p).unwrap();
        let content = if m.is_file() {
            fs::read(&p).unwrap()
        } else {
            Vec::new()
        };
        out.push((p.display().to_string(), m.len(), m.mode(), content));
        if m.is_dir() {
            walk(&p, skip, out);
        }
    }
}

/// A tar writer that puts names in verbatim, `..` and all, as a hostile image would.
struct RawTar(tar::Builder<Vec<u8>>);

impl Default for RawTar {
    fn default() -> Self {
        RawTar(tar::Builder::new(Vec::new()))
    }
}

impl RawTar {
    fn header(
        name: &str,
        kind: tar::EntryType,
        mode: u32,
        size: u64,
        link: Option<&str>,
    ) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        {
            let old = h.as_old_mut();
            old.name[..name.len()].copy_from_slice(name.as_bytes());
            if let Some(l) = link {
                old.linkname[..l.len()].copy_from_slice(l.as_bytes());
            }
        }
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_size(size);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(1_600_000_000);
        h.set_cksum();
        h
    }
    fn file(self, name: &str, data: &[u8]) -> Self {
        self.file_mode(name, data, 0o644)
    }
    fn file_mode(mut self, name: &str, data: &[u8], mode: u32) -> Self {
        let h = Self::header(name, tar::EntryType::Regular, mode, data.len() as u64, None);
        self.0.append(&h, data).unwrap();
        self
    }
    fn dir(mut self, name: &str) -> Self {
        let h = Self::header(name, tar::EntryType::Directory, 0o755, 0, None);
        self.0.append(&h, &[][..]).unwrap();
        self
    }
    fn symlink(mut self, name: &str, target: &str) -> Self {
        let h = Self::header(name, tar::EntryType::Symlink, 0o777, 0, Some(target));
        self.0.append(&h, &[][..]).unwrap();
        self
    }
    fn hardlink(mut self, name: &str, target: &str) -> Self {
        let h = Self::header(name, tar::EntryType::Link, 0o644, 0, Some(target));
        self.0.append(&h, &[][..]).unwrap();
        self
    }
    fn chardev(mut self, name: &str) -> Self {
        let mut h = Self::header(name, tar::EntryType::Char, 0o666, 0, None);
        h.set_device_major(1).unwrap();
        h.set_device_minor(3).unwrap();
        h.set_cksum();
        self.0.append(&h, &[][..]).unwrap();
        self
    }
    fn build(self) -> Vec<u8> {
        self.0.into_inner().unwrap()
    }
}

fn is_whiteout(p: &Path) -> bool {
    fs::symlink_metadata(p).is_ok_and(|m| {
        use std::os::unix::fs::FileTypeExt;
        m.file_type().is_char_device() && m.rdev() == 0
    })
}

#[test]
fn dotdot_names_are_refused() {
    let bed = Bed::new();
    let err = bed
        .run(RawTar::default().file("../sibling", b"evil").build())
        .unwrap_err();
    assert!(matches!(err, ExtractError::Refused { .. }), "{err}");
    let err = bed
        .run(
            RawTar::default()
                .file("a/../../outside/victim", b"evil")
                .build(),
        )
        .unwrap_err();
    assert!(matches!(err, ExtractError::Refused { .. }), "{err}");
}

#[test]
fn absolute_names_land_inside_the_layer() {
    let bed = Bed::new();
    let abs = bed.outside.join("victim");
    bed.run(
        RawTar::default()
            .file(abs.to_str().unwrap(), b"contained")
            .build(),
    )
    .unwrap();
    let inside = bed.layer.join(abs.strip_prefix("/").unwrap());
    assert_eq!(fs::read(inside).unwrap(), b"contained");
}

#[test]
fn writes_through_an_absolute_symlink_stay_inside() {
    let bed = Bed::new();
    let target = bed.outside.to_str().unwrap().to_string();
    let tar = RawTar::default()
        .symlink("out", &target)
        .file("out/victim", b"evil")
        .build();
    // Either refused or created inside the layer: never the real victim.
    if bed.run(tar).is_ok() {
        let inside = bed
            .layer
            .join(bed.outside.strip_prefix("/").unwrap())
            .join("victim");
        assert_eq!(fs::read(inside).unwrap(), b"evil");
    }
}

#[test]
fn writes_through_relative_and_chained_symlinks_stay_inside() {
    let bed = Bed::new();
    let tar = RawTar::default()
        .symlink("up", "../../../../../../..")
        .symlink("a", "b")
        .symlink("b", "up/outside")
        .file("up/escaped", b"evil")
        .file("a/victim", b"evil")
        .build();
    let _ = bed.run(tar);
    assert!(
        bed.layer.join("escaped").exists(),
        "'up' should resolve to the layer root"
    );
}

#[test]
fn a_file_replaces_a_symlink_instead_of_writing_through_it() {
    let bed = Bed::new();
    let victim = bed.outside.join("victim");
    let tar = RawTar::default()
        .symlink("f", victim.to_str().unwrap())
        .file("f", b"new")
        .build();
    bed.run(tar).unwrap();
    let m = fs::symlink_metadata(bed.layer.join("f")).unwrap();
    assert!(m.is_file());
    assert_eq!(fs::read(bed.layer.join("f")).unwrap(), b"new");
}

#[test]
fn hardlinks_cannot_reach_outside() {
    let bed = Bed::new();
    let err = bed
        .run(RawTar::default().hardlink("h", "../sibling").build())
        .unwrap_err();
    assert!(matches!(err, ExtractError::Refused { .. }));
    let victim = bed.outside.join("victim");
    assert!(
        bed.run(
            RawTar::default()
                .hardlink("h", victim.to_str().unwrap())
                .build()
        )
        .is_err()
    );
    // Through a symlinked directory: resolved inside the layer, where the target doesn't exist.
    let tar = RawTar::default()
        .symlink("d", bed.outside.to_str().unwrap())
        .hardlink("h", "d/victim")
        .build();
    assert!(bed.run(tar).is_err());
}

#[test]
fn a_hardlink_to_a_symlink_links_the_symlink_itself() {
    let bed = Bed::new();
    let tar = RawTar::default()
        .symlink("s", "/etc/passwd")
        .hardlink("h", "s")
        .build();
    bed.run(tar).unwrap();
    let m = fs::symlink_metadata(bed.layer.join("h")).unwrap();
    assert!(m.file_type().is_symlink());
}

#[test]
fn hardlinks_inside_the_layer_share_an_inode() {
    let bed = Bed::new();
    bed.run(RawTar::default().file("a", b"x").hardlink("b", "a").build())
        .unwrap();
    let a = fs::metadata(bed.layer.join("a")).unwrap();
    let b = fs::metadata(bed.layer.join("b")).unwrap();
    assert_eq!(a.ino(), b.ino());
}

#[test]
fn whiteouts_that_climb_or_are_malformed_are_refused() {
    let bed = Bed::new();
    for name in ["../.wh.victim", ".wh.", ".wh..", ".wh...", "d/.wh..wh.x"] {
        let err = bed.run(RawTar::default().file(name, b"").build());
        assert!(err.is_err(), "{name} should be refused");
    }
}

#[test]
fn whiteouts_through_a_symlinked_dir_stay_inside() {
    let bed = Bed::new();
    let tar = RawTar::default()
        .symlink("d", bed.outside.to_str().unwrap())
        .file("d/.wh.victim", b"")
        .build();
    let _ = bed.run(tar);
    assert!(bed.outside.join("victim").exists());
}

#[test]
fn whiteouts_and_opaque_dirs_become_overlay_markers() {
    let bed = Bed::new();
    let tar = RawTar::default()
        .dir("data")
        .file("data/.wh.gone", b"")
        .dir("opt")
        .file("opt/.wh..wh..opq", b"")
        .file("opt/new", b"y")
        .build();
    bed.run(tar).unwrap();
    assert!(is_whiteout(&bed.layer.join("data/gone")));
    assert!(!bed.layer.join("data/.wh.gone").exists());
    let opaque = xattr_get(&bed.layer.join("opt"), "user.overlay.opaque");
    assert_eq!(opaque.as_deref(), Some(&b"y"[..]));
    assert!(!bed.layer.join("opt/.wh..wh..opq").exists());
}

fn xattr_get(p: &Path, name: &str) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; 64];
    let n = rustix::fs::getxattr(p, name, &mut buf[..]).ok()?;
    buf.truncate(n);
    Some(buf)
}

#[test]
fn setuid_bits_survive() {
    let bed = Bed::new();
    bed.run(RawTar::default().file_mode("suid", b"#!", 0o4755).build())
        .unwrap();
    let mode = fs::metadata(bed.layer.join("suid"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o7777, 0o4755);
}

#[test]
fn device_nodes_are_skipped_or_made_inside() {
    let bed = Bed::new();
    let stats = bed
        .run(RawTar::default().chardev("dev/null").build())
        .unwrap();
    let made = bed.layer.join("dev/null").exists();
    assert!(
        made || stats.skipped_devices == 1,
        "neither created nor counted as skipped"
    );
}

#[test]
fn entry_limits_are_enforced() {
    let bed = Bed::new();
    let mut t = RawTar::default();
    for i in 0..5 {
        t = t.file(&format!("f{i}"), b"x");
    }
    let opts = ExtractOptions {
        squash_owners: true,
        max_entries: 3,
        ..ExtractOptions::default()
    };
    let err = extract(&t.build()[..], &bed.layer, &opts).unwrap_err();
    assert!(matches!(
        err,
        ExtractError::TooLarge {
            what: "entries",
            ..
        }
    ));
    let opts = ExtractOptions {
        squash_owners: true,
        max_bytes: 10,
        ..ExtractOptions::default()
    };
    let fresh = Bed::new();
    let err = extract(
        &RawTar::default().file("big", &[0u8; 64]).build()[..],
        &fresh.layer,
        &opts,
    )
    .unwrap_err();
    assert!(matches!(err, ExtractError::TooLarge { what: "bytes", .. }));
}

#[test]
fn clean_components_drops_dots_and_leading_slashes() {
    assert_eq!(
        clean_components(b"./a//b/./c").unwrap(),
        vec!["a", "b", "c"]
    );
    assert_eq!(
        clean_components(b"/etc/passwd").unwrap(),
        vec!["etc", "passwd"]
    );
    assert!(clean_components(b"a/../b").is_err());
    assert!(clean_components(b"./").unwrap().is_empty());
}
