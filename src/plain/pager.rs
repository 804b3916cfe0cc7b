//! The line mode's pager: an answer wrapped at the terminal's width between words, and
//! one taller than the terminal shown a page at a time, as `less` does, so that a
//! screen reader, which reads what arrives on screen, never has lines scroll away
//! before it reaches them.

use std::io::{self, BufRead, Write};

use crate::text::wrap;

/// The terminal the line mode talks to, as the edge (`main`) found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// Whether the output is a terminal that interprets escape sequences.
    pub terminal: bool,
    /// Columns to wrap at.
    pub width: usize,
    /// Rows, when known: longer answers are paged. A pipe has none.
    pub height: Option<usize>,
}

impl Screen {
    /// Output to a pipe or a file: 80 columns, never paged, no escape sequences.
    pub const PIPE: Screen = Screen { terminal: false, width: 80, height: None };
}

/// What the reader answered at a "more" prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paged {
    /// Everything was shown.
    Whole,
    /// The reader asked for no more (`q`).
    Stopped,
    /// The input ended at a "more" prompt.
    InputEnded,
}

/// The lines `text` takes at `width` columns: each line wrapped between words, the
/// indent of an indented line kept on its continuations.
pub fn layout(text: &str, width: usize) -> Vec<String> {
    let width = width.max(20);
    let mut out = Vec::new();
    for line in text.lines() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let pad = " ".repeat(indent.min(width / 2));
        let pieces = wrap(line.trim_start_matches(' '), width - pad.len());
        out.extend(pieces.into_iter().map(|piece| format!("{pad}{piece}")));
    }
    out
}

/// Writes `text` for `screen`: on a terminal wrapped to its width, and taller than it a
/// page at a time, each but the last followed by `more` and a line read from `input`
/// (`q` stops).
pub fn show(
    text: &str,
    screen: Screen,
    more: &str,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> io::Result<Paged> {
    // A pipe or a file gets the answer as it is: a script wants whole lines.
    let Some(height) = screen.height else {
        output.write_all(text.as_bytes())?;
        return Ok(Paged::Whole);
    };
    let lines = layout(text, screen.width);
    // The prompt takes a row of its own.
    let rows = height.saturating_sub(1).max(1);
    let mut pages = lines.chunks(rows).peekable();
    while let Some(page) = pages.next() {
        for line in page {
            writeln!(output, "{line}")?;
        }
        if pages.peek().is_none() {
            break;
        }
        write!(output, "{more}")?;
        output.flush()?;
        let mut answer = Vec::new();
        if input.read_until(b'\n', &mut answer)? == 0 {
            writeln!(output)?;
            return Ok(Paged::InputEnded);
        }
        if String::from_utf8_lossy(&answer).trim().eq_ignore_ascii_case("q") {
            return Ok(Paged::Stopped);
        }
    }
    Ok(Paged::Whole)
}

#[cfg(test)]
mod tests;
