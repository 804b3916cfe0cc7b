//! Build script: lays out the release binary's machine code so that the functions a
//! start-up runs sit together (`scripts/hot-code.txt`, made by `scripts/hot-code`).
//!
//! Why: the kernel maps a program's code in windows of 64 KiB around each page it runs,
//! and a start-up that runs a few functions in every window maps the whole binary
//! (1.7 MB). With the functions of a start-up packed at the front, it maps about 0.7 MB:
//! peak RSS 4.6 -> 3.7 MB on the embedded catalogue (README, issue 16).
//!
//! Only where the linker is known to be LLD (`--symbol-ordering-file` is LLD's and
//! mold's, not GNU ld's): rustc 1.90 or later on x86_64 Linux with no linker chosen by
//! the user. Elsewhere the binary is linked as it always was. Names the file no longer
//! matches (the code changed since it was made) are skipped without a warning: an
//! outdated list costs memory, never a failed build.

use std::env;
use std::path::Path;
use std::process::Command;

fn main() {
    let list = Path::new("scripts/hot-code.txt");
    println!("cargo:rerun-if-changed={}", list.display());
    println!("cargo:rerun-if-changed=scripts/link-order.rs");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let Ok(dir) = env::var("CARGO_MANIFEST_DIR") else { return };
    let list = Path::new(&dir).join(list);
    if env::var("PROFILE").as_deref() == Ok("release") && linked_by_lld() && list.is_file() {
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}", list.display());
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// Whether rustc links this build with its own LLD, its default on x86_64 Linux since
/// 1.90, untouched by a linker the user configured.
fn linked_by_lld() -> bool {
    let target_is_default = env::var("TARGET").as_deref() == Ok("x86_64-unknown-linux-gnu");
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let user_linker = env::var_os("RUSTC_LINKER").is_some()
        || ["linker", "fuse-ld", "link-self-contained"].iter().any(|f| flags.contains(f));
    target_is_default && !user_linker && rustc_minor().is_some_and(|minor| minor >= 90)
}

/// The minor version of the rustc cargo runs (`rustc 1.95.0 (…)` gives 95).
fn rustc_minor() -> Option<u32> {
    let rustc = env::var_os("RUSTC")?;
    let out = Command::new(rustc).arg("--version").output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let version = text.split_whitespace().nth(1)?;
    let mut parts = version.split('.');
    (parts.next()? == "1").then_some(())?;
    parts.next()?.parse().ok()
}
