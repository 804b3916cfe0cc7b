//! The wait where crossterm's reader is the only thing that waits on the terminal: a
//! thread reads events with it and queues them, and the loop sleeps on a condition
//! variable that those events, the loop's posts and the ending signals ring. Nothing
//! else polls the terminal, which is what macOS needs (its poll(2) does not support
//! terminal devices; crossterm waits with select(2) there) and what Windows has
//! (crossterm reads the console). Linux uses it when asked, so it is tested here.
//!
//! A program that takes the terminal for a while (a text-mode browser, a suspension)
//! must not have keys read from under it: `lend` parks the thread first, nudging it out
//! of a read where the platform can, and `take_back` lets it read again.

use std::collections::VecDeque;
use std::io;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use ratatui::crossterm::event::Event;

/// How long `lend` waits for the reader to park: a reader stuck in a read the nudge
/// cannot end (the terminal gone) must not hang the loop.
const PARK_AT_MOST: Duration = Duration::from_secs(1);

/// One read: an event, `None` when `slice` passed without one, or the read's error.
pub type Read = Box<dyn FnMut(Option<Duration>) -> io::Result<Option<Event>> + Send>;

#[derive(Default)]
struct Inside {
    /// A post or a signal came since the last wait.
    rung: bool,
    events: VecDeque<io::Result<Event>>,
    /// The terminal is lent: the reader is not to read.
    lent: bool,
    /// The reader has stopped at the gate.
    parked: bool,
}

/// What the reader, the posts and the loop share.
#[derive(Default)]
pub struct Shared {
    inside: Mutex<Inside>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inside> {
        // A panic elsewhere ends the program through its hook; the queue stays usable.
        self.inside.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Wakes the loop: something was posted or a signal came.
    pub fn ring(&self) {
        self.lock().rung = true;
        self.changed.notify_all();
    }
}

pub struct Reader {
    shared: Arc<Shared>,
    nudge: Option<fn()>,
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader").field("nudge", &self.nudge.is_some()).finish_non_exhaustive()
    }
}

impl Reader {
    /// Starts the thread that reads with `read`. `nudge` makes a read in progress return
    /// (a resize, say); without one the thread reads in slices of `slice`, so that it
    /// looks at the gate between two.
    pub fn start(mut read: Read, nudge: Option<fn()>, slice: Duration) -> io::Result<Reader> {
        let shared = Arc::new(Shared::default());
        let theirs = Arc::clone(&shared);
        let slice = if nudge.is_some() { None } else { Some(slice) };
        std::thread::Builder::new().name("terminal-reader".into()).spawn(move || {
            loop {
                {
                    let mut inside = theirs.lock();
                    while inside.lent {
                        inside.parked = true;
                        theirs.changed.notify_all();
                        inside =
                            theirs.changed.wait(inside).unwrap_or_else(PoisonError::into_inner);
                    }
                    inside.parked = false;
                }
                let got = read(slice);
                let failed = got.is_err();
                if let Some(event) = got.transpose() {
                    theirs.lock().events.push_back(event);
                    theirs.changed.notify_all();
                }
                // After an error the terminal is gone: the loop ends on it.
                if failed || Arc::strong_count(&theirs) == 1 {
                    return;
                }
            }
        })?;
        Ok(Reader { shared, nudge })
    }

    pub fn shared(&self) -> Arc<Shared> {
        Arc::clone(&self.shared)
    }

    /// The next event read, waiting at most `look` for the reader to hand one over (a
    /// paste's next key, say); a read's error once the queue reaches it.
    pub fn next_event(&self, look: Duration) -> io::Result<Option<Event>> {
        let inside = self.shared.lock();
        let (mut inside, _) = self
            .shared
            .changed
            .wait_timeout_while(inside, look, |inside| inside.events.is_empty())
            .unwrap_or_else(PoisonError::into_inner);
        inside.events.pop_front().transpose()
    }

    /// Sleeps until an event was read, something was posted or a signal came, or
    /// `at_most` passed; true when there are events (or the time is up: the caller
    /// looks either way).
    pub fn wait(&self, at_most: Option<Duration>) -> bool {
        let idle = |inside: &mut Inside| !inside.rung && inside.events.is_empty();
        let mut inside = self.shared.lock();
        let timed_out = if let Some(at_most) = at_most {
            let (guard, result) = self
                .shared
                .changed
                .wait_timeout_while(inside, at_most, idle)
                .unwrap_or_else(PoisonError::into_inner);
            inside = guard;
            result.timed_out()
        } else {
            inside = self
                .shared
                .changed
                .wait_while(inside, idle)
                .unwrap_or_else(PoisonError::into_inner);
            false
        };
        inside.rung = false;
        timed_out || !inside.events.is_empty()
    }

    /// Keeps the reader off the terminal until `take_back`. Events it read before it
    /// parked stay queued.
    pub fn lend(&self) {
        self.shared.lock().lent = true;
        if let Some(nudge) = self.nudge {
            nudge();
        }
        let inside = self.shared.lock();
        let _ = self
            .shared
            .changed
            .wait_timeout_while(inside, PARK_AT_MOST, |inside| !inside.parked)
            .unwrap_or_else(PoisonError::into_inner);
    }

    pub fn take_back(&self) {
        self.shared.lock().lent = false;
        self.shared.changed.notify_all();
    }

    /// Whether the reader is parked (for tests).
    pub fn parked(&self) -> bool {
        self.shared.lock().parked
    }
}
