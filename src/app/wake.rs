//! Sleeping until there is something to do. The loop waits in one poll(2) on the
//! keyboard, on a socket the handlers of a resize and of the ending signals write a
//! byte to, and on one for what the loop's threads post (a finished search, a batch of
//! the catalogue, an opener's report: `Post::send`). No timer wakes it: an idle browser
//! uses no CPU at all, and a search's answer is drawn the moment it is sent, not at the
//! next check.
//!
//! The wait says whether the terminal has something (a key or a resize): crossterm only
//! reads the terminal when asked to wait for it, however briefly, and a brief wait with
//! nothing there is a busy loop (it polls with the part of a millisecond left rounded
//! down to zero, again and again, until the time is up).

use std::io::{self, Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::net::UnixStream;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec};

use crate::action::Action;

/// How long crossterm may wait for input while the terminal has some: it is there
/// already (in the terminal or in crossterm's parser), so this only bounds crossterm's
/// busy wait once it is all taken, or when a wake-up brought nothing it reads.
pub const TERMINAL_READ: Duration = Duration::from_micros(200);
/// After keys, the next sleep ends after this long at most, for crossterm to look once
/// more: had it been kept from its last look (the process not scheduled for longer
/// than `TERMINAL_READ`), keys it holds would otherwise wait for the next key.
pub const AFTER_KEYS: Duration = Duration::from_millis(100);

/// The loop's turns: whether crossterm is to look at the terminal, and the sleep
/// between turns with nothing to do.
#[derive(Debug)]
pub struct Turns {
    wake: Wake,
    /// The terminal, or crossterm's parser, has input.
    has_input: bool,
    /// Keys were taken since crossterm last looked and found none.
    look_again: bool,
}

impl Turns {
    pub fn new(wake: Wake) -> Self {
        Turns { wake, has_input: false, look_again: false }
    }

    /// How long crossterm may wait for input this turn: nothing when the terminal has
    /// none (crossterm then only hands out events it has queued).
    pub fn look(&self) -> Duration {
        if self.has_input { TERMINAL_READ } else { Duration::ZERO }
    }

    /// The turn took `keys` events (stopped by the cap on a frame's events when
    /// `capped`); `idle` when nothing else came. With nothing done, sleeps.
    pub fn end(&mut self, keys: usize, capped: bool, idle: bool) -> io::Result<()> {
        self.look_again = keys > 0 || (self.look_again && !self.has_input);
        // Stopped by the cap, crossterm still has events.
        self.has_input = capped;
        if idle && keys == 0 {
            self.has_input = self.wake.wait(self.look_again.then_some(AFTER_KEYS))?;
        }
        Ok(())
    }
}

/// Where the loop's other threads send what they have done: its channel, then a byte
/// that wakes it.
#[derive(Debug, Clone)]
pub struct Post {
    sender: mpsc::Sender<Action>,
    bell: Arc<UnixStream>,
}

impl Post {
    /// Sends `action` to the loop and wakes it. False when the loop has ended.
    pub fn send(&self, action: Action) -> bool {
        let sent = self.sender.send(action).is_ok();
        // After the send, so that a loop woken by the byte finds the action. A full
        // socket (the loop is behind) already wakes it: the byte may be dropped.
        let _ = (&*self.bell).write(&[1]);
        sent
    }
}

/// The loop's side: what it waits on.
#[derive(Debug)]
pub struct Wake {
    keyboard: OwnedFd,
    rung: UnixStream,
    bell: Arc<UnixStream>,
    signalled: UnixStream,
    signal_bell: UnixStream,
}

impl Wake {
    /// Waits on `keyboard` (the terminal crossterm reads keys from) and on posts.
    pub fn new(keyboard: OwnedFd) -> io::Result<Self> {
        let (rung, bell) = UnixStream::pair()?;
        let (signalled, signal_bell) = UnixStream::pair()?;
        for socket in [&rung, &bell, &signalled, &signal_bell] {
            socket.set_nonblocking(true)?;
        }
        Ok(Wake { keyboard, rung, bell: Arc::new(bell), signalled, signal_bell })
    }

    /// Also wakes on each of `signals`. Each handler gets its own copy of the socket,
    /// kept as long as the process lives, since a signal may come at any time.
    ///
    /// Handlers run in the order they were registered: register after whatever the
    /// woken loop must find done (the signal flag; crossterm's own SIGWINCH pipe, made
    /// when its reader first runs).
    pub fn on_signals(&self, signals: &[i32]) -> io::Result<()> {
        for &signal in signals {
            signal_hook::low_level::pipe::register(signal, self.signal_bell.try_clone()?)?;
        }
        Ok(())
    }

    /// A post office for the loop's channel.
    pub fn post(&self, sender: mpsc::Sender<Action>) -> Post {
        Post { sender, bell: Arc::clone(&self.bell) }
    }

    /// Sleeps until a key may be read, a signal came or something was posted, or
    /// `at_most` passed; true when crossterm is to look at the terminal: it has a key or
    /// a resize, or the time is up (crossterm may hold keys it read earlier). A terminal
    /// that hung up is an error: every poll would return at once.
    pub fn wait(&self, at_most: Option<Duration>) -> io::Result<bool> {
        let at_most = at_most.and_then(|d| Timespec::try_from(d).ok());
        let mut fds = [
            PollFd::new(&self.keyboard, PollFlags::IN),
            PollFd::new(&self.signalled, PollFlags::IN),
            PollFd::new(&self.rung, PollFlags::IN),
        ];
        let timed_out = match rustix::event::poll(&mut fds, at_most.as_ref()) {
            Ok(ready) => ready == 0,
            Err(rustix::io::Errno::INTR) => false,
            Err(e) => return Err(e.into()),
        };
        if fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            return Err(io::Error::new(io::ErrorKind::BrokenPipe, "the terminal hung up"));
        }
        let signalled = drain(&self.signalled);
        let terminal = fds[0].revents().contains(PollFlags::IN) || signalled || timed_out;
        // Emptied before the loop looks at its channel again, so a post that comes after
        // that look leaves a byte for the next wait.
        drain(&self.rung);
        Ok(terminal)
    }
}

/// Reads all there is; whether there was anything.
fn drain(mut socket: &UnixStream) -> bool {
    let mut bytes = [0u8; 256];
    let mut any = false;
    while let Ok(1..) = socket.read(&mut bytes) {
        any = true;
    }
    any
}

#[cfg(test)]
#[path = "tests_wake.rs"]
mod tests;
