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
mod tests {
    use super::*;

    fn page_through(text: &str, screen: Screen, keys: &str) -> (String, Paged) {
        let mut out = Vec::new();
        let mut input = keys.as_bytes();
        let result = show(text, screen, "-- more --", &mut input, &mut out);
        let Ok(paged) = result else { panic!("writing to memory fails: {result:?}") };
        (String::from_utf8_lossy(&out).into_owned(), paged)
    }

    #[test]
    fn wraps_between_words_and_keeps_an_indent() {
        let text =
            "Besöksnäringens forsknings- och utvecklingsfond\n   a long indented line of words";
        let lines = layout(text, 24);
        assert_eq!(
            lines,
            [
                "Besöksnäringens",
                "forsknings- och",
                "utvecklingsfond",
                "   a long indented line",
                "   of words"
            ]
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 24));
    }

    /// Ten short lines, and a terminal of five rows they do not fit.
    fn ten_lines_on_five_rows() -> (String, Screen) {
        let text = (1..=10).map(|i| format!("line {i}")).collect::<Vec<_>>().join("\n") + "\n";
        (text, Screen { terminal: true, width: 40, height: Some(5) })
    }

    #[test]
    fn a_tall_answer_is_paged_to_fit_the_height() {
        let (text, screen) = ten_lines_on_five_rows();
        let (out, paged) = page_through(&text, screen, "\n\n\n");
        assert_eq!(paged, Paged::Whole);
        let pages: Vec<&str> = out.split("-- more --").collect();
        assert_eq!(pages.len(), 3, "{out}");
        // Each page and its prompt fit the five rows.
        assert!(pages.iter().all(|p| p.lines().filter(|l| !l.is_empty()).count() <= 4), "{out}");
        assert!(out.starts_with("line 1\n") && out.ends_with("line 10\n"), "{out}");
    }

    #[test]
    fn q_stops_the_pages_and_a_pipe_is_never_paged() {
        let (text, screen) = ten_lines_on_five_rows();
        let (out, paged) = page_through(&text, screen, "q\n");
        assert_eq!(paged, Paged::Stopped);
        assert!(!out.contains("line 5"), "{out}");
        let (out, paged) = page_through(&text, Screen::PIPE, "");
        assert_eq!((out, paged), (text, Paged::Whole));
    }
}
