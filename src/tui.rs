//! The terminal's lifecycle: taking it and giving it back (on quit, error, panic, a
//! signal, a terminal that vanished), suspending on Ctrl-Z, and the escape sequences
//! ratatui's cells cannot carry (OSC 8, OSC 52).

use std::io::{self, Stdout, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;
use rustix::event::{PollFd, PollFlags};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};

use crate::backend::CompactBackend;
use crate::links;
use crate::view::detail::Hyperlink;

/// The terminal, drawn through the backend that writes fewer bytes.
pub type Tui = Terminal<CompactBackend<Stdout>>;

/// How long the loop has to end after a signal before the watchdog ends the process.
/// A last resort: a signal wakes the loop at once (`WAKING_SIGNALS`), and a
/// terminal that vanished is noticed by `watch_for_hangup` at once.
const WATCHDOG_GRACE: Duration = Duration::from_secs(3);

/// The signals the loop is woken for: a resize, and those that end it (registered
/// after `install`'s flag, so that the woken loop finds the flag set).
pub const WAKING_SIGNALS: [i32; 4] = [SIGWINCH, SIGTERM, SIGHUP, SIGINT];

/// The exit status of a program whose terminal hung up: 128 + SIGHUP, as a shell
/// reports a process the hang-up ended.
pub const HANGUP_STATUS: i32 = 128 + SIGHUP;

/// Installs what must be in place before the terminal is taken: the signal flag the
/// loop reads, the watchdog, the hang-up watcher and the panic hook that restores the
/// terminal. Returns the flag: 0, or the number of the signal that asked us to end.
pub fn install() -> io::Result<Arc<AtomicUsize>> {
    let signal = Arc::new(AtomicUsize::new(0));
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        // A handler that only stores the number: the loop does the restoring.
        let flag = Arc::clone(&signal);
        signal_hook::flag::register_usize(sig, flag, usize::try_from(sig).unwrap_or(1))?;
    }
    watchdog()?;
    watch_for_hangup()?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // try_: the plain `restore` reports its own failure on stderr, and a write to a
        // terminal that is gone would panic again inside this hook.
        let _ = ratatui::try_restore();
        hook(info);
    }));
    Ok(signal)
}

/// The signal the flag holds, as the exit status's signal number.
pub fn signalled(signal: &AtomicUsize) -> Option<i32> {
    match signal.load(Ordering::Relaxed) {
        0 => None,
        sig => Some(i32::try_from(sig).unwrap_or(1)),
    }
}

/// The loop ends on SIGTERM, SIGHUP and SIGINT by itself when it gets control. Should
/// it not (a thread stuck on a terminal in a state nobody foresaw), the watchdog
/// restores what it can and ends the process (no exit handlers: the stuck thread may
/// hold locks) with 128 + the signal's number, as the loop would have.
fn watchdog() -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            std::thread::sleep(WATCHDOG_GRACE);
            let _ = ratatui::try_restore();
            signal_hook::low_level::exit(128 + signal);
        }
    });
    Ok(())
}

/// A terminal can vanish without a SIGHUP reaching us: when a wrapper that outlives
/// the hang-up (`sh -c 'trap "" HUP; …'`, `script`, `strace`) is the session leader.
/// crossterm's reader then reads an error or nothing, forever, at full speed. So a
/// thread sleeps in poll(2) on the terminal asking for no event at all: the kernel
/// wakes it only for a hang-up or an error, and it then ends the process at once, as
/// a hang-up would have.
fn watch_for_hangup() -> io::Result<()> {
    let tty = keyboard()?;
    std::thread::spawn(move || {
        loop {
            let mut fds = [PollFd::new(&tty, PollFlags::empty())];
            match rustix::event::poll(&mut fds, None) {
                Ok(_) => {
                    let gone = PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL;
                    if fds[0].revents().intersects(gone) {
                        let _ = ratatui::try_restore();
                        signal_hook::low_level::exit(HANGUP_STATUS);
                    }
                }
                Err(rustix::io::Errno::INTR) => {}
                // Nothing to watch: the loop's own read and write errors remain.
                Err(_) => return,
            }
        }
    });
    Ok(())
}

/// Whether the terminal has hung up. The loop's write or read on a vanished terminal
/// fails, often before the watcher above has ended the process: that error is then
/// the hang-up, and the exit status must say so, not report a failure of our own.
pub fn hung_up() -> bool {
    let Ok(tty) = keyboard() else { return true };
    let mut fds = [PollFd::new(&tty, PollFlags::empty())];
    let zero = rustix::event::Timespec { tv_sec: 0, tv_nsec: 0 };
    rustix::event::poll(&mut fds, Some(&zero)).is_ok()
        && fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

/// The terminal crossterm reads keys from: standard input when it is one, else
/// `/dev/tty`.
pub fn keyboard() -> io::Result<OwnedFd> {
    use std::io::IsTerminal;
    let stdin = io::stdin();
    if stdin.is_terminal() {
        return stdin.as_fd().try_clone_to_owned();
    }
    Ok(std::fs::File::open("/dev/tty")?.into())
}

/// Takes the terminal: raw mode, the alternate screen (so nothing is left on screen or
/// in the scrollback at the end), the mouse if asked for, and a full repaint. Also
/// after a suspension or a text-mode browser.
pub fn enter(mouse: bool, terminal: &mut Tui) -> io::Result<()> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(io::stdout(), ratatui::crossterm::terminal::EnterAlternateScreen)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    repaint(terminal)
}

/// Clears the screen and forgets the last frame, so the next draw paints everything.
/// `Terminal::clear` would ask the terminal for the cursor position first, and a
/// terminal that does not answer (or a slow link) would stall us; `resize` does not.
pub fn repaint(terminal: &mut Tui) -> io::Result<()> {
    let size = terminal.size()?;
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

pub fn leave(mouse: bool) {
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    // Shows the cursor, which a frame may have hidden, then leaves the alternate screen.
    // Errors are ignored: after an SSH drop there is no terminal left to restore, and
    // reporting that on the same lost terminal would fail too.
    let _ = execute!(io::stdout(), ratatui::crossterm::cursor::Show);
    let _ = ratatui::try_restore();
}

/// Ctrl-Z: give the terminal back, stop, and take it again on `fg`.
pub fn suspend(mouse: bool, terminal: &mut Tui) -> io::Result<()> {
    leave(mouse);
    // Stops here until SIGCONT (`fg`). Where nobody could resume us (an orphaned
    // process group, such as a forced command over SSH) the kernel ignores the stop,
    // and we simply carry on.
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enter(mouse, terminal)
}

/// Puts `text` on the clipboard of the user's own terminal (OSC 52).
pub fn copy(text: &str, tmux: bool) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(links::osc52(text, tmux).as_bytes())?;
    out.flush()
}

/// Makes the addresses on screen clickable (OSC 8). ratatui cannot hold the sequence
/// in a cell without breaking cell widths, so the same characters are written again
/// over its frame, inside the hyperlink, as the theme draws links: underlined in the
/// terminal's own colour (blue text is unreadable on a dark background).
pub fn write_hyperlinks(links_now: &[Hyperlink]) -> io::Result<()> {
    use ratatui::crossterm::cursor::{MoveTo, RestorePosition, SavePosition};
    use ratatui::crossterm::queue;
    use ratatui::crossterm::style::{Attribute, SetAttribute};
    let mut out = io::stdout().lock();
    queue!(out, SavePosition)?;
    for link in links_now {
        queue!(out, MoveTo(link.x, link.y), SetAttribute(Attribute::Underlined))?;
        out.write_all(links::osc8(&link.text, &link.url).as_bytes())?;
        queue!(out, SetAttribute(Attribute::Reset))?;
    }
    queue!(out, RestorePosition)?;
    out.flush()
}
