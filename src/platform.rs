//! The platform seam: signals, suspending, noticing a terminal that vanished, waiting
//! for input, detached processes and the platform's link opener. Everything above this
//! module is the same program on Linux, macOS and Windows; what differs is chosen here
//! (a Unix side and a Windows side) and nowhere else.
//!
//! Two ways to wait for the terminal, chosen at run time (`waiting`):
//! - `Poll`: the loop sleeps in one poll(2) on the terminal and its own sockets. Where
//!   poll(2) supports terminals (Linux, the BSDs).
//! - `Reader`: crossterm's reader alone waits on the terminal, on a thread of its own
//!   (`reader`). macOS (whose poll(2) answers POLLNVAL for a terminal) and Windows (a
//!   console, not a file) use it; Linux uses it when `METODSTOD_WAIT=reader` is set,
//!   so that it is tested where the tests run.

use std::io;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

#[cfg(unix)]
mod unix;
#[cfg(unix)]
use unix as os;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as os;
#[cfg(unix)]
mod poll_wait;
pub mod reader;

pub mod programs;

pub use os::{
    CAN_SUSPEND, EndingWatch, HANGUP_SIGNAL, PROGRAMS, ask_to_end, detach, enable_escapes,
    on_ending, suspend, watchdog,
};

/// The exit status of a program whose terminal hung up: 128 + SIGHUP, as a shell
/// reports a process the hang-up ended.
pub const HANGUP_STATUS: i32 = 128 + HANGUP_SIGNAL;

/// Without a way to make a read return (Windows), the reader reads in slices this long
/// and looks at its gate between two: the longest a text-mode browser waits to start.
const READ_SLICE: Duration = Duration::from_millis(250);

/// How the loop waits for the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    Poll,
    Reader,
}

/// The way to wait here.
pub fn waiting() -> Waiting {
    os::waiting(std::env::var_os("METODSTOD_WAIT").as_deref())
}

/// Starts watching for a terminal that vanishes without a hang-up signal reaching us;
/// the watcher ends the process (after `restore`) with `HANGUP_STATUS`.
pub fn watch_for_hangup(waiting: Waiting, restore: fn()) -> io::Result<()> {
    os::watch_for_hangup(waiting, restore)
}

/// Whether the terminal has hung up: after a failed read or write, whether the
/// failure is the hang-up.
pub fn hung_up(waiting: Waiting) -> bool {
    os::hung_up(waiting)
}

/// Where the loop waits for input, signals and posts.
#[derive(Debug)]
pub struct Input {
    how: How,
}

#[derive(Debug)]
enum How {
    #[cfg(unix)]
    Poll(poll_wait::PollWait),
    Reader(reader::Reader),
}

impl Input {
    /// Waits on the terminal as `waiting` says. Call after crossterm has the terminal.
    pub fn new(waiting: Waiting) -> io::Result<Input> {
        // crossterm makes its reader (and on Unix its SIGWINCH pipe, which the reader's
        // nudge and the poll wait rely on) when first asked for an event: now, before
        // anything could need it.
        event::poll(Duration::ZERO)?;
        match waiting {
            #[cfg(unix)]
            Waiting::Poll => Ok(Input { how: How::Poll(poll_wait::PollWait::start()?) }),
            _ => {
                let read = Box::new(crossterm_read);
                let reader = reader::Reader::start(read, os::NUDGE, READ_SLICE)?;
                os::ring_on_ending_signals(reader.shared())?;
                Ok(Input { how: How::Reader(reader) })
            }
        }
    }

    /// The reader's wait over any source of events (`read`), made to return early by
    /// `nudge`: how the reader is tested without a terminal.
    pub fn with_reader(read: reader::Read, nudge: Option<fn()>) -> io::Result<Input> {
        let reader = reader::Reader::start(read, nudge, READ_SLICE)?;
        Ok(Input { how: How::Reader(reader) })
    }

    /// A post office for the loop's channel: a send wakes the loop.
    pub fn post<T>(&self, sender: mpsc::Sender<T>) -> Post<T> {
        let bell = match &self.how {
            #[cfg(unix)]
            How::Poll(wait) => Bell::Socket(wait.bell()),
            How::Reader(reader) => Bell::Rung(reader.shared()),
        };
        Post { sender, bell }
    }

    /// The next terminal event, waiting for one at most `look`; `None` when none came.
    pub fn next_event(&self, look: Duration) -> io::Result<Option<Event>> {
        match &self.how {
            #[cfg(unix)]
            How::Poll(_) => {
                if event::poll(look)? {
                    event::read().map(Some)
                } else {
                    Ok(None)
                }
            }
            How::Reader(reader) => reader.next_event(look),
        }
    }

    /// Sleeps until the terminal has something, a signal came or something was posted,
    /// or `at_most` passed; true when the terminal is to be looked at. A terminal that
    /// hung up is an error.
    pub fn wait(&self, at_most: Option<Duration>) -> io::Result<bool> {
        match &self.how {
            #[cfg(unix)]
            How::Poll(wait) => wait.wait(at_most),
            How::Reader(reader) => Ok(reader.wait(at_most)),
        }
    }

    /// Before another program (a text-mode browser, the shell after a suspension) has
    /// the terminal: nothing of ours reads keys meant for it.
    pub fn lend(&self) {
        match &self.how {
            #[cfg(unix)]
            How::Poll(_) => {}
            How::Reader(reader) => reader.lend(),
        }
    }

    /// The terminal is ours again.
    pub fn take_back(&self) {
        match &self.how {
            #[cfg(unix)]
            How::Poll(_) => {}
            How::Reader(reader) => reader.take_back(),
        }
    }
}

fn crossterm_read(slice: Option<Duration>) -> io::Result<Option<Event>> {
    match slice {
        None => event::read().map(Some),
        Some(slice) if event::poll(slice)? => event::read().map(Some),
        Some(_) => Ok(None),
    }
}

/// Where the loop's other threads send what they have done: its channel, then a wake-up.
#[derive(Debug)]
pub struct Post<T> {
    sender: mpsc::Sender<T>,
    bell: Bell,
}

impl<T> Clone for Post<T> {
    fn clone(&self) -> Self {
        Post { sender: self.sender.clone(), bell: self.bell.clone() }
    }
}

#[derive(Clone)]
enum Bell {
    #[cfg(unix)]
    Socket(Arc<std::os::unix::net::UnixStream>),
    Rung(Arc<reader::Shared>),
}

impl std::fmt::Debug for Bell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Bell")
    }
}

impl<T> Post<T> {
    /// Sends `value` to the loop and wakes it. False when the loop has ended.
    pub fn send(&self, value: T) -> bool {
        let sent = self.sender.send(value).is_ok();
        // After the send, so that a loop woken finds the value.
        match &self.bell {
            #[cfg(unix)]
            Bell::Socket(socket) => {
                // A full socket (the loop is behind) already wakes it: the byte may be
                // dropped.
                let _ = std::io::Write::write(&mut &**socket, &[1]);
            }
            Bell::Rung(shared) => shared.ring(),
        }
        sent
    }
}

#[cfg(test)]
mod tests;
