//! The one loop with I/O: draw, wait for input or a signal, map, update, carry out
//! effects. The terminal's lifecycle is `tui`'s; what a key means is `keymap`'s.

use std::io;
use std::sync::atomic::AtomicUsize;
use std::sync::mpsc;

use ratatui::Terminal;

use crate::action::{Action, Effect};
use crate::backend::CompactBackend;
use crate::keymap;
use crate::links::Opener;
use crate::platform::{self, Input, Post};
use crate::state::State;
use crate::tui::{self, Tui};
use crate::update::update;
use crate::view::{self, detail::Hyperlink};

mod effects;
mod wake;

use effects::{Background, Pause, copy, open};
use wake::Turns;

/// At most this many queued events are handled before a frame is drawn.
const MAX_EVENTS_PER_FRAME: usize = 64;

/// What the runtime knows of its surroundings, read once by `main`.
#[derive(Debug, Clone)]
pub struct Runtime {
    pub opener: Opener,
    pub mouse: bool,
    /// The catalogue file to read in the background, batch by batch, into a state
    /// made with `State::loading`.
    pub read: Option<std::path::PathBuf>,
}

/// How the browser ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Ended by this signal.
    Signal(i32),
    /// The catalogue being read turned out invalid, or unreadable in batches.
    LoadFailed,
}

/// Runs the browser until the user quits, a signal ends it (`main` then exits as the
/// shell expects), or the catalogue being read fails.
pub fn run(mut state: State, runtime: &Runtime) -> io::Result<Exit> {
    let waiting = platform::waiting();
    let signal = tui::install(waiting)?;
    let mut terminal = Terminal::new(CompactBackend::new(io::stdout()))?;
    tui::enter(runtime.mouse, &mut terminal)?;
    let result = match event_loop(&mut terminal, &mut state, runtime, &signal, waiting) {
        // A terminal that hung up fails our next write or read; the kernel's SIGHUP was
        // handled before that error reached us, so end as that signal says.
        Err(_) if let Some(sig) = tui::signalled(&signal) => Ok(Exit::Signal(sig)),
        // No SIGHUP reaches us under a wrapper that ignores it; the error is the hang-up.
        Err(_) if platform::hung_up(waiting) => Ok(Exit::Signal(platform::HANGUP_SIGNAL)),
        other => other,
    };
    tui::leave(runtime.mouse);
    // The process ends next: freeing a big catalogue string by string would only delay it.
    std::mem::forget(state);
    result
}

fn event_loop(
    terminal: &mut Tui,
    state: &mut State,
    runtime: &Runtime,
    signal: &AtomicUsize,
    waiting: platform::Waiting,
) -> io::Result<Exit> {
    let size = terminal.size()?;
    update(state, Action::Resize(size.width, size.height));
    // Outcomes of work done off the input path: opener failures, finished searches,
    // the batches of the catalogue being read.
    let (sender, results) = mpsc::channel::<Action>();
    let input = Input::new(waiting)?;
    let post = input.post(sender);
    let mut turns = Turns::new();
    let mut cx = Effects {
        runtime,
        search: Background::default(),
        pause: Pause::default(),
        post: &post,
        input: &input,
    };
    if let Some(path) = runtime.read.clone() {
        effects::read_catalogue(path, post.clone());
    }
    let mut dirty = true;
    let mut links_on_screen = Vec::new();
    loop {
        if dirty {
            terminal.draw(|frame| view::draw(frame, state))?;
            // Only when they changed: ratatui leaves unchanged cells, and with them the
            // hyperlinks, alone.
            let now = view::detail::hyperlinks(state);
            if now != links_on_screen && !now.is_empty() {
                tui::write_hyperlinks(&now)?;
            }
            links_on_screen = now;
            dirty = false;
        }
        if let Some(sig) = tui::signalled(signal) {
            cx.search.cancel();
            return Ok(Exit::Signal(sig));
        }
        // Nothing came this turn: the next may sleep.
        let mut idle = true;
        while let Ok(action) = results.try_recv() {
            idle = false;
            // One batch a turn: keys and a frame come between two batches.
            let batch = matches!(action, Action::Loaded(_));
            if batch && !state.searching {
                // Any search still running is stale (a newer one was answered at once):
                // stop it, so that the batch joins the catalogue without a copy.
                cx.search.cancel();
                cx.search.settle();
            }
            if matches!(action, Action::SearchDone { .. }) {
                // Its thread has let go of the catalogue; make sure it is gone, so that
                // entries waiting for it join without a copy.
                cx.search.settle();
            }
            dirty = true;
            let was_loading = state.is_loading();
            let effect = update(state, action);
            if was_loading && !state.is_loading() {
                // Complete: one frame written whole, as the first one was.
                tui::repaint(terminal)?;
                links_on_screen.clear();
            }
            if let Some(effect) = effect
                && let Some(exit) = cx.perform(terminal, effect, state, &mut links_on_screen)?
            {
                return Ok(exit);
            }
            if batch {
                break;
            }
        }
        // Keys that arrived together (typing fast, a paste) are all taken before the
        // next frame, so the screen never lags behind the keyboard.
        let mut taken = 0;
        let look = turns.look();
        while taken < MAX_EVENTS_PER_FRAME {
            // A read error means the terminal is gone (an SSH drop): end, do not spin.
            let Some(event) = input.next_event(look)? else { break };
            taken += 1;
            let Some(action) = keymap::event_action(&event, state.key_scope()) else {
                continue;
            };
            dirty = true;
            if matches!(action, Action::Resize(..)) {
                // A window that shrank and grew back between two events reports its old
                // size, yet the terminal may have lost rows: paint everything anew.
                tui::repaint(terminal)?;
                links_on_screen.clear();
            }
            let Some(effect) = update(state, action) else { continue };
            if let Some(exit) = cx.perform(terminal, effect, state, &mut links_on_screen)? {
                return Ok(exit);
            }
        }
        turns.end(&input, taken, taken == MAX_EVENTS_PER_FRAME, idle)?;
    }
}

/// What carrying out an effect needs of the loop, besides the terminal, which the loop
/// draws on between effects.
struct Effects<'a> {
    runtime: &'a Runtime,
    search: Background,
    pause: Pause,
    post: &'a Post<Action>,
    input: &'a Input,
}

impl Effects<'_> {
    /// Carries out one effect, whether a key or work done off the input path asked for
    /// it; `Some` ends the loop. Outcomes return to the state as actions.
    fn perform(
        &mut self,
        terminal: &mut Tui,
        effect: Effect,
        state: &mut State,
        links_on_screen: &mut Vec<Hyperlink>,
    ) -> io::Result<Option<Exit>> {
        match effect {
            Effect::Quit => {
                self.search.cancel();
                return Ok(Some(Exit::Quit));
            }
            Effect::LoadFailed => {
                self.search.cancel();
                return Ok(Some(Exit::LoadFailed));
            }
            Effect::Suspend => {
                self.input.lend();
                let resumed = tui::suspend(self.runtime.mouse, terminal);
                self.input.take_back();
                resumed?;
                links_on_screen.clear();
            }
            Effect::Open(url) => {
                let status = open(terminal, self.runtime, &url, self.post, self.input)?;
                update(state, Action::Report(status));
                // A text-mode browser took the screen: every link is to be written anew.
                links_on_screen.clear();
            }
            Effect::Copy { text, what } => {
                let status = copy(&text, what, &self.runtime.opener);
                update(state, Action::Report(status));
            }
            Effect::Search(request) => self.search.start(state, request, self.post),
            Effect::AfterTyping(typed) => self.pause.after(typed, self.post),
        }
        Ok(None)
    }
}
