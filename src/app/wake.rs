//! The loop's turns: when crossterm is to look at the terminal, and the sleep between
//! turns with nothing to do. The sleep itself is the platform's (`platform::Input`): no
//! timer wakes it, so an idle browser uses no CPU, and a search's answer is drawn the
//! moment it is sent, not at the next check.

use std::io;
use std::time::Duration;

use crate::platform::Input;

/// How long crossterm may wait for input while the terminal has some: it is there
/// already (in the terminal or in crossterm's parser), so this only bounds crossterm's
/// busy wait once it is all taken, or when a wake-up brought nothing it reads.
pub const TERMINAL_READ: Duration = Duration::from_micros(200);
/// After keys, the next sleep ends after this long at most, for crossterm to look once
/// more: had it been kept from its last look (the process not scheduled for longer
/// than `TERMINAL_READ`), keys it holds would otherwise wait for the next key.
pub const AFTER_KEYS: Duration = Duration::from_millis(100);

#[derive(Debug)]
pub struct Turns {
    /// The terminal, or crossterm's parser, has input.
    has_input: bool,
    /// Keys were taken since crossterm last looked and found none.
    look_again: bool,
}

impl Turns {
    pub fn new() -> Self {
        Turns { has_input: false, look_again: false }
    }

    /// How long crossterm may wait for input this turn: nothing when the terminal has
    /// none (crossterm then only hands out events it has queued).
    pub fn look(&self) -> Duration {
        if self.has_input { TERMINAL_READ } else { Duration::ZERO }
    }

    /// The turn took `keys` events (stopped by the cap on a frame's events when
    /// `capped`); `idle` when nothing else came. With nothing done, sleeps on `input`.
    pub fn end(&mut self, input: &Input, keys: usize, capped: bool, idle: bool) -> io::Result<()> {
        self.look_again = keys > 0 || (self.look_again && !self.has_input);
        // Stopped by the cap, crossterm still has events.
        self.has_input = capped;
        if idle && keys == 0 {
            self.has_input = input.wait(self.look_again.then_some(AFTER_KEYS))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
