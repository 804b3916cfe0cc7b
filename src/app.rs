//! The one loop with I/O: draw, wait for input or a signal, map, update, perform effects.
//! The terminal is restored on every way out: quit, error, panic, SIGTERM, SIGHUP,
//! SIGINT, a closed terminal; Ctrl-Z suspends and `fg` redraws in full.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

use crate::action::{Action, Copied, Effect, SearchRequest, Status};
use crate::backend::CompactBackend;
use crate::keymap;
use crate::links::{self, Opened, Opener};
use crate::state::State;
use crate::update::update;
use crate::view;

/// How long the loop sleeps between checks of the signal flag. Nothing is drawn or
/// written on these wake-ups; they only bound how late a SIGTERM is noticed.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);
/// While a search runs off the input path, its answer is looked for this often.
const SEARCH_CHECK: Duration = Duration::from_millis(2);
/// At most this many queued events are handled before a frame is drawn.
const MAX_EVENTS_PER_FRAME: usize = 64;

/// What the runtime knows of its surroundings, read once by `main`.
#[derive(Debug, Clone)]
pub struct Runtime {
    pub opener: Opener,
    pub mouse: bool,
}

/// The terminal, drawn through the backend that writes fewer bytes.
type Tui = Terminal<CompactBackend<Stdout>>;

/// How long the loop has to end after a signal before the watchdog ends the process.
const WATCHDOG_GRACE: Duration = Duration::from_secs(3);

/// Runs the browser until the user quits or a signal ends it; returns the signal
/// number, if one did, so `main` can exit as the shell expects.
pub fn run(mut state: State, runtime: &Runtime) -> io::Result<Option<i32>> {
    let signal = Arc::new(AtomicUsize::new(0));
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        // A handler that only stores the number: the loop does the restoring.
        let flag = Arc::clone(&signal);
        signal_hook::flag::register_usize(sig, flag, usize::try_from(sig).unwrap_or(1))?;
    }
    watchdog()?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // try_: the plain `restore` reports its own failure on stderr, and a write to a
        // terminal that is gone would panic again inside this hook.
        let _ = ratatui::try_restore();
        hook(info);
    }));
    let mut terminal = Terminal::new(CompactBackend::new(io::stdout()))?;
    enter(runtime, &mut terminal)?;
    let result = match event_loop(&mut terminal, &mut state, runtime, &signal) {
        // A terminal that hung up fails our next write or read; the kernel's SIGHUP was
        // handled before that error reached us, so end as that signal says.
        Err(_) if signal.load(Ordering::Relaxed) != 0 => {
            Ok(Some(i32::try_from(signal.load(Ordering::Relaxed)).unwrap_or(1)))
        }
        other => other,
    };
    leave(runtime);
    // The process ends next: freeing a big catalogue string by string would only delay it.
    std::mem::forget(state);
    result
}

/// The loop ends on SIGTERM, SIGHUP and SIGINT by itself, but only when it gets
/// control: when the terminal is gone (an SSH drop), crossterm's reader spins on the
/// closed terminal and never returns. The watchdog then restores what it can and ends
/// the process at once (no exit handlers: the stuck thread still holds its locks) with
/// 128 + the signal's number, as the loop would have.
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

/// Takes the terminal: raw mode, the alternate screen (so nothing is left on screen or
/// in the scrollback at the end), the mouse if asked for, and a full repaint. Also
/// after a suspension or a text-mode browser.
fn enter(runtime: &Runtime, terminal: &mut Tui) -> io::Result<()> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(io::stdout(), ratatui::crossterm::terminal::EnterAlternateScreen)?;
    if runtime.mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    repaint(terminal)
}

/// Clears the screen and forgets the last frame, so the next draw paints everything.
/// `Terminal::clear` would ask the terminal for the cursor position first, and a
/// terminal that does not answer (or a slow link) would stall us; `resize` does not.
fn repaint(terminal: &mut Tui) -> io::Result<()> {
    let size = terminal.size()?;
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

fn leave(runtime: &Runtime) {
    if runtime.mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    // Shows the cursor, which a frame may have hidden, then leaves the alternate screen.
    // Errors are ignored: after an SSH drop there is no terminal left to restore, and
    // reporting that on the same lost terminal would fail too.
    let _ = execute!(io::stdout(), ratatui::crossterm::cursor::Show);
    let _ = ratatui::try_restore();
}

fn event_loop(
    terminal: &mut Tui,
    state: &mut State,
    runtime: &Runtime,
    signal: &AtomicUsize,
) -> io::Result<Option<i32>> {
    let size = terminal.size()?;
    update(state, Action::Resize(size.width, size.height));
    // Outcomes of work done off the input path: opener failures, finished searches.
    let (sender, results) = mpsc::channel::<Action>();
    let mut search = Background::default();
    let mut dirty = true;
    let mut links_on_screen = Vec::new();
    loop {
        if dirty {
            terminal.draw(|frame| view::draw(frame, state))?;
            links_on_screen = write_hyperlinks(state, &links_on_screen)?;
            dirty = false;
        }
        let sig = signal.load(Ordering::Relaxed);
        if sig != 0 {
            search.cancel();
            return Ok(Some(i32::try_from(sig).unwrap_or(1)));
        }
        while let Ok(action) = results.try_recv() {
            update(state, action);
            dirty = true;
        }
        let wait = if state.searching { SEARCH_CHECK } else { SIGNAL_CHECK };
        // Keys that arrived together (typing fast, a paste) are all taken before the
        // next frame, so the screen never lags behind the keyboard.
        let mut taken = 0;
        while taken < MAX_EVENTS_PER_FRAME
            && event::poll(if taken == 0 { wait } else { Duration::ZERO })?
        {
            taken += 1;
            // A read error means the terminal is gone (an SSH drop): end, do not spin.
            let Some(action) = to_action(&event::read()?, state) else { continue };
            dirty = true;
            if matches!(action, Action::Resize(..)) {
                // A window that shrank and grew back between two events reports its old
                // size, yet the terminal may have lost rows: paint everything anew.
                repaint(terminal)?;
                links_on_screen.clear();
            }
            let Some(effect) = update(state, action) else { continue };
            match effect {
                Effect::Quit => {
                    search.cancel();
                    return Ok(None);
                }
                Effect::Suspend => {
                    suspend(runtime, terminal)?;
                    links_on_screen.clear();
                }
                Effect::Open(url) => {
                    if let Some(status) = open(terminal, runtime, &url, &sender)? {
                        update(state, Action::Report(status));
                    }
                    // A text-mode browser took the screen: every link is to be written anew.
                    links_on_screen.clear();
                }
                Effect::Copy { text, what } => {
                    let status = copy(&text, what, &runtime.opener);
                    update(state, Action::Report(status));
                }
                Effect::Search(request) => search.start(state, request, &sender),
            }
        }
    }
}

/// The search running off the input path, if any.
#[derive(Default)]
struct Background {
    cancel: Option<Arc<AtomicBool>>,
}

impl Background {
    /// Stops the running search: its answer would be stale.
    fn cancel(&mut self) {
        if let Some(flag) = self.cancel.take() {
            flag.store(true, Ordering::Relaxed);
        }
    }

    fn start(&mut self, state: &State, request: SearchRequest, sender: &mpsc::Sender<Action>) {
        self.cancel();
        let flag = Arc::new(AtomicBool::new(false));
        self.cancel = Some(Arc::clone(&flag));
        let (catalogue, index, sender) =
            (Arc::clone(&state.catalogue), Arc::clone(&state.index), sender.clone());
        std::thread::spawn(move || {
            let SearchRequest { generation, query, candidates } = request;
            if let Some(matches) = index.search_within(&catalogue, &query, &candidates, &*flag) {
                let _ = sender.send(Action::SearchDone { generation, query, matches });
            }
        });
    }
}

/// Makes the addresses in the detail pane clickable (OSC 8). ratatui cannot hold the
/// sequence in a cell without breaking cell widths, so the same characters are written
/// again over its frame, inside the hyperlink. Only when they changed: ratatui leaves
/// unchanged cells, and with them the link, alone.
fn write_hyperlinks(
    state: &State,
    before: &[view::detail::Hyperlink],
) -> io::Result<Vec<view::detail::Hyperlink>> {
    use ratatui::crossterm::cursor::{MoveTo, RestorePosition, SavePosition};
    use ratatui::crossterm::queue;
    use ratatui::crossterm::style::{Attribute, Color, SetAttribute, SetForegroundColor};
    let now = view::detail::hyperlinks(state);
    if now == before || now.is_empty() {
        return Ok(now);
    }
    let mut out = io::stdout().lock();
    queue!(out, SavePosition)?;
    for link in &now {
        queue!(out, MoveTo(link.x, link.y), SetAttribute(Attribute::Underlined))?;
        if state.look.color {
            queue!(out, SetForegroundColor(Color::DarkBlue))?;
        }
        out.write_all(links::osc8(&link.text, &link.url).as_bytes())?;
        queue!(out, SetAttribute(Attribute::Reset))?;
    }
    queue!(out, RestorePosition)?;
    out.flush()?;
    Ok(now)
}

fn to_action(event: &Event, state: &State) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::action(*key, state.focus, state.overlay),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Action::Click { column: m.column, row: m.row })
            }
            MouseEventKind::ScrollDown => {
                Some(Action::Scroll { column: m.column, row: m.row, down: true })
            }
            MouseEventKind::ScrollUp => {
                Some(Action::Scroll { column: m.column, row: m.row, down: false })
            }
            _ => None,
        },
        _ => None,
    }
}

/// Ctrl-Z: give the terminal back, stop, and take it again on `fg`.
fn suspend(runtime: &Runtime, terminal: &mut Tui) -> io::Result<()> {
    leave(runtime);
    // Stops here until SIGCONT (`fg`). Where nobody could resume us (an orphaned
    // process group, such as a forced command over SSH) the kernel ignores the stop,
    // and we simply carry on.
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enter(runtime, terminal)
}

fn copy(text: &str, what: Copied, opener: &Opener) -> Status {
    let mut out = io::stdout().lock();
    let written =
        out.write_all(links::osc52(text, opener.tmux).as_bytes()).and_then(|()| out.flush());
    match (written, what) {
        (Err(e), _) => Status::OpenFailed(e.to_string()),
        (Ok(()), Copied::Link) => Status::Copied(text.to_string()),
        (Ok(()), Copied::Citation) => Status::CopiedCitation,
    }
}

/// Opens a link: over SSH it is copied instead; a text-mode browser gets the terminal
/// until it ends; any other opener runs detached and reports back through `reports`.
fn open(
    terminal: &mut Tui,
    runtime: &Runtime,
    url: &str,
    reports: &mpsc::Sender<Action>,
) -> io::Result<Option<Status>> {
    if runtime.opener.ssh {
        let _ = copy(url, Copied::Link, &runtime.opener);
        return Ok(Some(Status::CopiedOverSsh(url.to_string())));
    }
    let command = match runtime.opener.command_for(url) {
        Ok(c) => c,
        Err(why) => return Ok(Some(Status::OpenFailed(why))),
    };
    if command.text_mode {
        leave(runtime);
        let outcome = links::run_in_foreground(&command);
        enter(runtime, terminal)?;
        return Ok(Some(match outcome {
            Ok(()) => Status::Opening(url.to_string()),
            Err(why) => Status::OpenFailed(why),
        }));
    }
    match links::spawn_detached(&command) {
        Ok(Opened(mut child)) => {
            let reports = reports.clone();
            let program = command.program.clone();
            // Reap the opener and report a failure; the loop picks it up.
            std::thread::spawn(move || {
                if let Ok(status) = child.wait()
                    && !status.success()
                {
                    let failed = Status::OpenFailed(format!("{program}: {status}"));
                    let _ = reports.send(Action::Report(failed));
                }
            });
            Ok(Some(Status::Opening(url.to_string())))
        }
        Err(why) => Ok(Some(Status::OpenFailed(why))),
    }
}
