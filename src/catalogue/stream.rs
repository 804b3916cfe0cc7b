//! Parsing a catalogue while it is read, one entry at a time.
//!
//! Holding the whole file beside the parsed catalogue was the peak of a large load, and
//! serde_json's reader-based parser is slow (it looks at every byte through a reader).
//! So a small scanner follows the JSON's strings and nesting, cuts each element of the
//! top-level `"entries"` array out as soon as it is complete, and gives it to the fast
//! slice parser; everything else (schema, source, categories) is kept, with an empty
//! `"entries": []`, and parsed last.
//!
//! The scanner decides nothing about validity: each cut-out element and the rest are
//! parsed by serde_json itself, and pieces that all parse make a valid array. Anything
//! unexpected returns `None`, and the caller parses the file whole, which also names
//! the place of an error.

use std::io::Read;

use super::{Catalogue, Entry};

/// Reads `reader` to the end (or to the first sign of trouble) and parses it. More than
/// `max` bytes is trouble too.
pub(super) fn parse(reader: impl Read, max: u64) -> Option<Catalogue> {
    split(reader, max)?.finish()
}

fn split(mut reader: impl Read, max: u64) -> Option<Splitter> {
    let mut splitter = Splitter::default();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut first = true;
    let mut total = 0u64;
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return None,
        };
        total += n as u64;
        if total > max {
            return None;
        }
        let mut read = &chunk[..n];
        if std::mem::take(&mut first) {
            // serde_json reads no byte-order mark; the text path strips it too. (A mark
            // split over two reads is not stripped: the whole-file parse then takes it.)
            read = read.strip_prefix("\u{feff}".as_bytes()).unwrap_or(read);
        }
        splitter.feed(read)?;
    }
    Some(splitter)
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before the entries: bytes go to `rest`.
    #[default]
    Head,
    /// Inside the entries array: bytes go to `element`.
    Entries,
    /// After it: bytes go to `rest`.
    Tail,
}

/// Where the head stands with respect to finding `"entries": [`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Key {
    #[default]
    None,
    /// A string just ended at depth 1: where it is in `rest`, quotes included.
    Ended(usize, usize),
    /// `"entries":` seen; a `[` next starts the array.
    Colon,
}

#[derive(Debug, Default)]
struct Splitter {
    phase: Phase,
    /// The document without the entries' elements.
    rest: Vec<u8>,
    /// The element being read.
    element: Vec<u8>,
    entries: Vec<Entry>,
    /// Nesting outside strings: of the document in the head, of the element inside the
    /// array.
    depth: usize,
    in_string: bool,
    escaped: bool,
    string_start: usize,
    key: Key,
    /// Whether a comma has been met in the array: `[ ]` is empty, `[ , ]` is an error.
    comma: bool,
}

impl Splitter {
    fn feed(&mut self, mut bytes: &[u8]) -> Option<()> {
        while let Some(&b) = bytes.first() {
            if self.phase == Phase::Tail {
                self.rest.extend_from_slice(bytes);
                return Some(());
            }
            if self.in_string {
                bytes = self.string(bytes);
                continue;
            }
            bytes = &bytes[1..];
            if self.phase == Phase::Head {
                self.head(b);
            } else {
                self.array(b)?;
            }
        }
        Some(())
    }

    /// Copies string bytes up to and including the closing quote, at the speed of a
    /// byte search; returns what follows.
    fn string<'a>(&mut self, bytes: &'a [u8]) -> &'a [u8] {
        let sink = if self.phase == Phase::Entries { &mut self.element } else { &mut self.rest };
        if self.escaped {
            self.escaped = false;
            sink.push(bytes[0]);
            return &bytes[1..];
        }
        let Some(at) = memchr::memchr2(b'"', b'\\', bytes) else {
            sink.extend_from_slice(bytes);
            return &[];
        };
        sink.extend_from_slice(&bytes[..=at]);
        if bytes[at] == b'\\' {
            self.escaped = true;
        } else {
            self.in_string = false;
            if self.phase == Phase::Head && self.depth == 1 {
                self.key = Key::Ended(self.string_start, self.rest.len());
            }
        }
        &bytes[at + 1..]
    }

    fn head(&mut self, b: u8) {
        let whitespace = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        if !whitespace {
            self.key = match (self.key, b) {
                (Key::Ended(start, end), b':') if &self.rest[start..end] == b"\"entries\"" => {
                    Key::Colon
                }
                (Key::Colon, b'[') => {
                    self.rest.push(b);
                    self.phase = Phase::Entries;
                    self.depth = 0;
                    return;
                }
                _ => Key::None,
            };
        }
        match b {
            b'"' => {
                self.in_string = true;
                self.string_start = self.rest.len();
            }
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        self.rest.push(b);
    }

    fn array(&mut self, b: u8) -> Option<()> {
        match b {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b',' if self.depth == 0 => {
                self.comma = true;
                return self.element_done();
            }
            b']' if self.depth == 0 => {
                let empty = !self.comma && self.element.iter().all(u8::is_ascii_whitespace);
                if !empty {
                    self.element_done()?;
                }
                self.rest.push(b);
                self.phase = Phase::Tail;
                return Some(());
            }
            b'}' | b']' => self.depth = self.depth.checked_sub(1)?,
            _ => {}
        }
        self.element.push(b);
        Some(())
    }

    fn element_done(&mut self) -> Option<()> {
        // One UTF-8 check of the whole element is faster than serde_json's check of
        // each string in it.
        let text = std::str::from_utf8(&self.element).ok()?;
        let entry = serde_json::from_str::<Entry>(text).ok()?;
        self.entries.push(entry);
        self.element.clear();
        Some(())
    }

    fn finish(self) -> Option<Catalogue> {
        if self.phase == Phase::Entries {
            return None;
        }
        let mut catalogue = serde_json::from_slice::<Catalogue>(&self.rest).ok()?;
        if self.phase == Phase::Tail {
            // The array was cut out, so the parsed one is the empty `[]` left in its place.
            catalogue.entries = self.entries;
        }
        Some(catalogue)
    }
}

#[cfg(test)]
mod tests;
