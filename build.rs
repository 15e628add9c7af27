//! Builds the keeper (`src/keeper/main.rs`): the small static program a detached container's
//! monitor becomes once the container runs. gorae embeds it (`src/engine/keeper.rs`). It is
//! compiled here with the same rustc, as a freestanding binary (no libc, no std), for x86_64
//! Linux; elsewhere, or if it fails to build, the embedded program is empty and the monitor
//! stays gorae itself (which works the same, with more memory).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo::rerun-if-changed=src/keeper");
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("gorae-keeper");
    let target = std::env::var("TARGET").unwrap_or_default();
    let _ = std::fs::remove_file(&out);
    if target.starts_with("x86_64-") && target.contains("-linux") {
        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        let built = Command::new(rustc)
            .args(["--edition", "2024", "--crate-type", "bin"])
            .args(["--crate-name", "gorae_keeper", "--target", &target])
            .args([
                "-C",
                "opt-level=s",
                "-C",
                "panic=abort",
                "-C",
                "strip=symbols",
            ])
            .args(["-C", "relocation-model=static", "-C", "codegen-units=1"])
            .args(["-C", "link-arg=-nostartfiles", "-C", "link-arg=-nostdlib"])
            .args(["-C", "link-arg=-static", "-C", "link-arg=-Wl,--gc-sections"])
            // musl targets link their own C start files unless told not to.
            .args(if target.contains("musl") {
                &["-C", "link-self-contained=no"][..]
            } else {
                &[][..]
            })
            .arg("-o")
            .arg(&out)
            .arg("src/keeper/main.rs")
            .status();
        match built {
            Ok(s) if s.success() => return,
            other => println!(
                "cargo::warning=the keeper did not build ({other:?}): detached containers will \
                 be monitored by gorae itself"
            ),
        }
    }
    std::fs::write(&out, b"").expect("writing to OUT_DIR");
}
