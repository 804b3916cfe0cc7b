//! The wait where the loop itself sleeps in one poll(2) on the keyboard, on a socket
//! the handlers of a resize and of the ending signals write a byte to, and on one for
//! what the loop's threads post. No timer wakes it: an idle browser uses no CPU at all,
//! and a search's answer is drawn the moment it is sent. Only where poll(2) supports
//! terminals (not macOS).
//!
//! The wait says whether the terminal has something (a key or a resize): crossterm only
//! reads the terminal when asked to wait for it, however briefly, and a brief wait with
//! nothing there is a busy loop (it polls with the part of a millisecond left rounded
//! down to zero, again and again, until the time is up).

use std::io::{self, Read};
use std::os::fd::OwnedFd;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec};

/// The loop's side: what it waits on.
#[derive(Debug)]
pub struct PollWait {
    keyboard: OwnedFd,
    rung: UnixStream,
    bell: Arc<UnixStream>,
    signalled: UnixStream,
    signal_bell: UnixStream,
}

impl PollWait {
    /// Waits on the terminal crossterm reads, and is woken by a resize and the ending
    /// signals. Call once crossterm has made its reader.
    pub fn start() -> io::Result<Self> {
        // After crossterm's own SIGWINCH pipe (`Input::new`), so a resize that wakes us
        // is already in its pipe.
        let wait = PollWait::new(super::os::keyboard()?)?;
        wait.on_signals(&super::os::WAKING_SIGNALS)?;
        Ok(wait)
    }

    /// Waits on `keyboard` (the terminal crossterm reads keys from) and on posts.
    pub fn new(keyboard: OwnedFd) -> io::Result<Self> {
        let (rung, bell) = UnixStream::pair()?;
        let (signalled, signal_bell) = UnixStream::pair()?;
        for socket in [&rung, &bell, &signalled, &signal_bell] {
            socket.set_nonblocking(true)?;
        }
        Ok(PollWait { keyboard, rung, bell: Arc::new(bell), signalled, signal_bell })
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

    /// The socket a post writes its byte to.
    pub fn bell(&self) -> Arc<UnixStream> {
        Arc::clone(&self.bell)
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
mod tests;
