//! The Windows side of the seam. The console has no signals to handle: in raw mode
//! Ctrl-C arrives as a key, a closed console window ends the process, and there is no
//! job control to suspend into.
#![allow(clippy::unnecessary_wraps, reason = "the signatures are the Unix side's")]

use std::ffi::OsStr;
use std::io;
use std::process::{Child, Command};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize};

use super::Waiting;
use super::programs::Programs;
use super::reader::Shared;

pub const CAN_SUSPEND: bool = false;
/// The number a Unix hang-up has; nothing here ends with it.
pub const HANGUP_SIGNAL: i32 = 1;

/// crossterm's console read cannot be made to return early: the reader reads in slices.
pub const NUDGE: Option<fn()> = None;

/// The console is read by crossterm alone.
pub fn waiting(_asked: Option<&OsStr>) -> Waiting {
    Waiting::Reader
}

pub fn on_ending(_flag: &Arc<AtomicUsize>) -> io::Result<()> {
    Ok(())
}

pub fn watchdog(_restore: fn()) -> io::Result<()> {
    Ok(())
}

pub fn ring_on_ending_signals(_shared: Arc<Shared>) -> io::Result<()> {
    Ok(())
}

/// A console that closes ends its processes; nothing is left to watch.
pub fn watch_for_hangup(_waiting: Waiting, _restore: fn()) -> io::Result<()> {
    Ok(())
}

pub fn hung_up(_waiting: Waiting) -> bool {
    false
}

/// The console reads escape sequences (colours, bold, OSC 8 and 52) only once asked to
/// (virtual terminal processing, Windows 10 and later); crossterm asks for it.
pub fn enable_escapes() {
    let _ = ratatui::crossterm::ansi_support::supports_ansi();
}

/// Never asked for: Ctrl-Z is not bound here (`CAN_SUSPEND`).
pub fn suspend() -> io::Result<()> {
    Ok(())
}

/// A detached opener gets no console of ours and a process group of its own, so
/// nothing it does reaches our screen.
pub fn detach(command: &mut Command) {
    use std::os::windows::process::CommandExt;
    const DETACHED_PROCESS: u32 = 0x0000_0008;
    const CREATE_NEW_PROCESS_GROUP: u32 = 0x0000_0200;
    command.creation_flags(DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP);
}

/// No signal ends a wait on another program here.
pub struct EndingWatch;

impl EndingWatch {
    pub fn new(_flag: &Arc<AtomicBool>) -> EndingWatch {
        EndingWatch
    }
}

/// There is no gentler way than ending it.
pub fn ask_to_end(child: &mut Child) {
    let _ = child.kill();
}

/// How programs are found, named and run here.
pub const PROGRAMS: &Programs = &super::programs::WINDOWS;
