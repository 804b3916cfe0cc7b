//! The Unix side of the seam: signals (through signal-hook), the terminal's file
//! descriptor, process groups.

use std::ffi::OsStr;
use std::io;
use std::os::fd::{AsFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::time::Duration;

use rustix::event::{PollFd, PollFlags};
use rustix::io::Errno;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGWINCH};

use super::Waiting;
use super::programs::Programs;
use super::reader::Shared;

/// Ctrl-Z stops the program; the shell's `fg` resumes it.
pub const CAN_SUSPEND: bool = true;
pub const HANGUP_SIGNAL: i32 = SIGHUP;

/// The signals that end the program, as the loop sees them.
const ENDING: [i32; 3] = [SIGTERM, SIGHUP, SIGINT];

/// The signals the poll wait is woken for: a resize, and those that end it (registered
/// after `on_ending`'s flag, so that the woken loop finds the flag set).
pub const WAKING_SIGNALS: [i32; 4] = [SIGWINCH, SIGTERM, SIGHUP, SIGINT];

/// How long the loop has to end after a signal before the watchdog ends the process.
/// A last resort: a signal wakes the loop at once.
const WATCHDOG_GRACE: Duration = Duration::from_secs(3);

/// How often the reader's wait looks whether the terminal is still there: it cannot
/// sleep in poll(2) on it, and crossterm's reader spins on a terminal that vanished
/// until then.
const HANGUP_PROBE: Duration = Duration::from_millis(100);

/// A resize makes crossterm's read return: how the reader is sent to its gate.
pub const NUDGE: Option<fn()> = Some(nudge);

fn nudge() {
    let _ = signal_hook::low_level::raise(SIGWINCH);
}

/// macOS: its poll(2) answers POLLNVAL for a terminal at once, so crossterm's reader
/// (select(2) there) is the only thing that waits on it.
pub fn waiting(asked: Option<&OsStr>) -> Waiting {
    if cfg!(target_os = "macos") || asked.is_some_and(|a| a == "reader") {
        Waiting::Reader
    } else {
        Waiting::Poll
    }
}

/// Has SIGTERM, SIGHUP and SIGINT store their number in `flag` (the loop restores the
/// terminal when it sees it).
pub fn on_ending(flag: &Arc<AtomicUsize>) -> io::Result<()> {
    for sig in ENDING {
        let flag = Arc::clone(flag);
        signal_hook::flag::register_usize(sig, flag, usize::try_from(sig).unwrap_or(1))?;
    }
    Ok(())
}

/// The loop ends on SIGTERM, SIGHUP and SIGINT by itself when it gets control. Should
/// it not (a thread stuck on a terminal in a state nobody foresaw), the watchdog
/// restores what it can (`restore`) and ends the process (no exit handlers: the stuck
/// thread may hold locks) with 128 + the signal's number, as the loop would have.
pub fn watchdog(restore: fn()) -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new(ENDING)?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            std::thread::sleep(WATCHDOG_GRACE);
            restore();
            signal_hook::low_level::exit(128 + signal);
        }
    });
    Ok(())
}

/// The reader's wait sleeps on a condition variable, which no signal handler may touch:
/// a thread of signal-hook's wakes it for the ending signals.
pub fn ring_on_ending_signals(shared: Arc<Shared>) -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new(ENDING)?;
    std::thread::spawn(move || {
        for _ in signals.forever() {
            shared.ring();
        }
    });
    Ok(())
}

/// A terminal can vanish without a SIGHUP reaching us: when a wrapper that outlives
/// the hang-up (`sh -c 'trap "" HUP; …'`, `script`, `strace`) is the session leader.
/// crossterm's reader then reads an error or nothing, forever, at full speed. So a
/// thread watches the terminal and ends the process at once, as a hang-up would have.
/// Waiting by poll(2), it sleeps in poll(2) asking for no event at all: the kernel wakes
/// it only for a hang-up or an error. Otherwise it probes the terminal now and then.
pub fn watch_for_hangup(waiting: Waiting, restore: fn()) -> io::Result<()> {
    let tty = keyboard()?;
    std::thread::spawn(move || {
        loop {
            let gone = match waiting {
                Waiting::Poll => match polled_gone(&tty, None) {
                    Ok(gone) => gone,
                    Err(Errno::INTR) => false,
                    // Nothing to watch: the loop's own read and write errors remain.
                    Err(_) => return,
                },
                Waiting::Reader => {
                    std::thread::sleep(HANGUP_PROBE);
                    probed_gone(&tty)
                }
            };
            if gone {
                restore();
                signal_hook::low_level::exit(super::HANGUP_STATUS);
            }
        }
    });
    Ok(())
}

/// Whether the terminal has hung up. The loop's write or read on a vanished terminal
/// fails, often before the watcher above has ended the process: that error is then
/// the hang-up, and the exit status must say so, not report a failure of our own.
pub fn hung_up(waiting: Waiting) -> bool {
    let Ok(tty) = keyboard() else { return true };
    match waiting {
        Waiting::Poll => polled_gone(&tty, Some(Duration::ZERO)).unwrap_or(false),
        Waiting::Reader => probed_gone(&tty),
    }
}

fn polled_gone(tty: &OwnedFd, at_most: Option<Duration>) -> rustix::io::Result<bool> {
    let mut fds = [PollFd::new(tty, PollFlags::empty())];
    let at_most = at_most.and_then(|d| rustix::event::Timespec::try_from(d).ok());
    rustix::event::poll(&mut fds, at_most.as_ref())?;
    Ok(fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL))
}

/// Without poll(2): a vanished terminal fails to report its settings (Linux; a revoked
/// one on macOS) or to take a write of nothing (a pty whose other side closed, on
/// either). A descriptor opened for reading only fails that write with EBADF, which
/// says nothing of the terminal.
pub fn probed_gone(tty: &OwnedFd) -> bool {
    let settings = rustix::termios::tcgetattr(tty);
    let dead = [Errno::IO, Errno::NXIO, Errno::BADF, Errno::NOTTY];
    if settings.is_err_and(|e| dead.contains(&e)) {
        return true;
    }
    rustix::io::write(tty, &[]).is_err_and(|e| e == Errno::IO || e == Errno::NXIO)
}

/// The terminal crossterm reads keys from: standard input when it is one, else
/// `/dev/tty`.
pub fn keyboard() -> io::Result<OwnedFd> {
    use std::io::IsTerminal;
    let stdin = io::stdin();
    if stdin.is_terminal() {
        return stdin.as_fd().try_clone_to_owned();
    }
    Ok(std::fs::OpenOptions::new().read(true).write(true).open("/dev/tty")?.into())
}

/// A terminal reads escape sequences as they come.
pub fn enable_escapes() {}

/// Stops here until SIGCONT (`fg`). Where nobody could resume us (an orphaned process
/// group, such as a forced command over SSH) the kernel ignores the stop, and we simply
/// carry on.
pub fn suspend() -> io::Result<()> {
    signal_hook::low_level::raise(SIGTSTP)
}

/// A detached opener gets its own process group: a hang-up of our terminal does not
/// reach it.
pub fn detach(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    command.process_group(0);
}

/// While it lives, the ending signals set `flag` (for a wait on another program).
pub struct EndingWatch {
    ids: Vec<signal_hook::SigId>,
}

impl EndingWatch {
    pub fn new(flag: &Arc<AtomicBool>) -> EndingWatch {
        let ids = ENDING
            .into_iter()
            .filter_map(|s| signal_hook::flag::register(s, Arc::clone(flag)).ok())
            .collect();
        EndingWatch { ids }
    }
}

impl Drop for EndingWatch {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// Asks `child` to end: SIGTERM, so that a text-mode browser can restore the terminal
/// (std can only send SIGKILL, so through kill(1), never a shell).
pub fn ask_to_end(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// How programs are found, named and run here.
#[cfg(target_os = "macos")]
pub const PROGRAMS: &Programs = &super::programs::MACOS;
#[cfg(not(target_os = "macos"))]
pub const PROGRAMS: &Programs = &super::programs::UNIX;
