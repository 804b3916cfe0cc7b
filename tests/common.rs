//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod contrast;
pub mod fixtures;
pub mod hostile;
pub mod render;
pub mod svg;
pub mod text;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Variables of the developer's shell that would change what the program does.
pub const SCRUBBED: &[&str] = &[
    "METODSTOD_CATALOGUE",
    "METODSTOD_LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "LC_CTYPE",
    "LC_NUMERIC",
    "LC_TIME",
    "LC_COLLATE",
    "LC_MONETARY",
    "NO_COLOR",
    "SSH_CONNECTION",
    "SSH_CLIENT",
    "SSH_TTY",
    "SSH_AUTH_SOCK",
    "TMUX",
    "TMUX_PANE",
    "BROWSER",
    "COLUMNS",
    "LINES",
];

/// The binary under test with a clean, predictable environment: no catalogue,
/// language, colour, SSH or browser settings leak in from the developer's shell.
pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_metodstod"));
    for var in SCRUBBED {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "sv_SE.UTF-8").env("TERM", "xterm-256color");
    cmd
}

pub fn run(args: &[&str]) -> Output {
    run_with(command().args(args))
}

pub fn run_with(cmd: &mut Command) -> Output {
    match cmd.stdin(Stdio::null()).output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run the binary: {e}"),
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
pub mod pty;
pub mod scratch;
