//! The terminal's lifecycle: taking it and giving it back (on quit, error, panic, a
//! signal, a terminal that vanished), suspending on Ctrl-Z, and the escape sequences
//! ratatui's cells cannot carry (OSC 8, OSC 52).

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ratatui::Terminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;

use crate::backend::CompactBackend;
use crate::links;
use crate::platform::{self, Waiting};
use crate::view::detail::Hyperlink;

/// The terminal, drawn through the backend that writes fewer bytes.
pub type Tui = Terminal<CompactBackend<Stdout>>;

/// Installs what must be in place before the terminal is taken: the signal flag the
/// loop reads, the watchdog, the hang-up watcher (for the way the loop waits) and the
/// panic hook that restores the terminal. Returns the flag: 0, or the number of the
/// signal that asked us to end.
pub fn install(waiting: Waiting) -> io::Result<Arc<AtomicUsize>> {
    let signal = Arc::new(AtomicUsize::new(0));
    // A handler that only stores the number: the loop does the restoring.
    platform::on_ending(&signal)?;
    platform::watchdog(restore)?;
    platform::watch_for_hangup(waiting, restore)?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    Ok(signal)
}

/// Gives the terminal back as far as it can. try_: the plain `restore` reports its own
/// failure on stderr, and a write to a terminal that is gone would panic again inside
/// a panic hook.
fn restore() {
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    let _ = ratatui::try_restore();
}

/// The signal the flag holds, as the exit status's signal number.
pub fn signalled(signal: &AtomicUsize) -> Option<i32> {
    match signal.load(Ordering::Relaxed) {
        0 => None,
        sig => Some(i32::try_from(sig).unwrap_or(1)),
    }
}

/// Takes the terminal: raw mode, the alternate screen (so nothing is left on screen or
/// in the scrollback at the end), bracketed paste (a paste arrives as one text, not
/// key by key), the mouse if asked for, and a full repaint. Also after a suspension
/// or a text-mode browser.
pub fn enter(mouse: bool, terminal: &mut Tui) -> io::Result<()> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen,
        EnableBracketedPaste
    )?;
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
    restore();
}

/// Ctrl-Z: give the terminal back, stop, and take it again on `fg`.
pub fn suspend(mouse: bool, terminal: &mut Tui) -> io::Result<()> {
    leave(mouse);
    platform::suspend()?;
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
