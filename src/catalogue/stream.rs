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
//!
//! The same cut serves the report of a file with structural problems: each entry is
//! walked as a JSON tree of its own, where a tree of the whole file took several times
//! the file's size (docs/performance.md, "Memory").

use std::io::Read;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError, mpsc};

use serde_json::Value;

use super::validate::Readable;
use super::{Catalogue, Entry, Problem, read_pieces, read_typed, shape, shared};

/// How a parse is spread over the cores: the entries go to `workers` threads (none
/// below two) in pieces of about `piece` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Spread {
    pub workers: usize,
    pub piece: usize,
}

impl Spread {
    /// Below this size one thread parses faster than several are started.
    const FROM_BYTES: u64 = 4 * 1024 * 1024;

    /// Every core for a file of `bytes`, if it is big enough to pay for them.
    pub fn for_file(bytes: u64) -> Spread {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let workers = if bytes < Self::FROM_BYTES { 1 } else { cores };
        Spread { workers, piece: 256 * 1024 }
    }
}

/// Reads `reader` to the end (or to the first sign of trouble) and parses it. More than
/// `max` bytes is trouble too.
///
/// The scanner runs here; with `spread.workers` of two or more the entries are parsed on
/// that many threads, which was most of a big file's load time, in pieces passed through
/// a queue of a few pieces, so that the file is never held whole.
pub(super) fn parse(reader: impl Read, max: u64, spread: Spread) -> Option<Catalogue> {
    if spread.workers < 2 {
        let splitter = split(reader, max, Typed::default())?;
        return assemble(&splitter.rest, splitter.phase, splitter.elements.0);
    }
    let (jobs, queue) = mpsc::sync_channel::<Piece>(spread.workers);
    let queue = Mutex::new(queue);
    let (done, results) = mpsc::channel::<(usize, Option<Vec<Entry>>)>();
    let failed = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..spread.workers {
            let (queue, failed, done) = (&queue, &failed, done.clone());
            // Each worker shares the short texts it makes among its own entries.
            scope.spawn(move || {
                shared::interning(|| {
                    // A queue left poisoned by a worker that panicked still serves the
                    // others, so the scanner never waits on a queue nobody empties.
                    let next = || queue.lock().unwrap_or_else(PoisonError::into_inner).recv().ok();
                    while let Some(piece) = next() {
                        let entries = piece.parse();
                        if entries.is_none() {
                            failed.store(true, Ordering::Relaxed);
                        }
                        if done.send((piece.number, entries)).is_err() {
                            break;
                        }
                    }
                });
            });
        }
        drop(done);
        let pieces = Pieces { jobs, piece: Piece::default(), size: spread.piece, failed: &failed };
        let mut splitter = split(reader, max, pieces)?;
        splitter.elements.send()?;
        let Splitter { elements, rest, phase, .. } = splitter;
        // The workers stop once the queue is empty and closed.
        drop(elements);
        let mut parsed: Vec<(usize, Vec<Entry>)> = results
            .iter()
            .map(|(number, entries)| Some((number, entries?)))
            .collect::<Option<_>>()?;
        parsed.sort_unstable_by_key(|(number, _)| *number);
        // Each piece moved over and freed in turn, into room for all of them at once.
        let mut entries = Vec::with_capacity(parsed.iter().map(|(_, part)| part.len()).sum());
        for (_, part) in parsed {
            entries.extend(part);
        }
        assemble(&rest, phase, entries)
    })
}

/// The catalogue from the document without its entries, and the entries cut out of it.
fn assemble(rest: &[u8], phase: Phase, entries: Vec<Entry>) -> Option<Catalogue> {
    let mut catalogue = read_typed::<Catalogue>(rest)?;
    if phase == Phase::Tail {
        // The array was cut out, so the parsed one is the empty `[]` left in its place.
        catalogue.entries = entries;
    }
    Some(catalogue)
}

/// Every problem of a catalogue text with structural problems: those `shape::check`
/// finds in its whole tree, holding one entry's tree at a time, then those beyond the
/// shape of every part that could still be read. `None` where the text is no JSON.
pub(super) fn problems(text: &[u8]) -> Option<Vec<Problem>> {
    let whole = |tree: &Value| {
        let mut problems = shape::check(tree);
        problems.extend(Readable::whole(tree).validate());
        problems
    };
    let splitter = split(text, u64::MAX, Shapes::default())?;
    let rest = serde_json::from_slice::<Value>(&splitter.rest).ok()?;
    if splitter.phase != Phase::Tail {
        return Some(whole(&rest));
    }
    // A second "entries" key (the tree keeps the last) left in the rest: walk it whole.
    if rest.get("entries").and_then(Value::as_array).is_none_or(|list| !list.is_empty()) {
        return serde_json::from_slice::<Value>(text).ok().map(|tree| whole(&tree));
    }
    let Shapes { problems, mut readable, .. } = splitter.elements;
    let mut problems = shape::check_with_entries(&rest, problems);
    readable.head(&rest);
    problems.extend(readable.validate());
    Some(problems)
}

/// Reads `reader` like `parse`, handing the entries on in batches as they are cut out:
/// `send(head, entries, bytes_read)`, where the head (the catalogue without entries) comes
/// with the first batch, and `send` says whether to go on. A batch is sent once the head
/// is known, so a file whose categories follow its entries arrives in one batch, at the
/// end. `None` where the file cannot be read this way (or `send` said stop); the final
/// rest must agree with the head sent early.
pub(super) fn batches(
    reader: impl Read,
    max: u64,
    mut send: impl FnMut(Option<Catalogue>, Vec<Entry>, u64) -> bool,
) -> Option<()> {
    let mut splitter = Splitter::new(Typed::default());
    let (mut first, mut total, mut failed) = (true, 0u64, false);
    let mut head: Option<Catalogue> = None;
    let mut tried = false;
    // Entries per batch: one piece's worth at first, so the list fills at once, then more.
    let mut wanted = 1;
    read_pieces(reader, |mut read| {
        total += read.len() as u64;
        if std::mem::take(&mut first) {
            read = read.strip_prefix("\u{feff}".as_bytes()).unwrap_or(read);
        }
        failed = total > max || splitter.feed(read).is_none();
        if !failed && !tried && splitter.phase != Phase::Head {
            tried = true;
            let mut text = splitter.rest.clone();
            text.extend_from_slice(b"]}");
            head = read_typed::<Catalogue>(&text);
            if head.is_some() {
                failed = !send(head.clone(), Vec::new(), total);
            }
        }
        if !failed && head.is_some() && splitter.elements.0.len() >= wanted {
            wanted = (wanted * 4).min(BATCH);
            failed = !send(None, std::mem::take(&mut splitter.elements.0), total);
        }
        if failed { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    })
    .ok()?;
    if failed || splitter.phase == Phase::Entries {
        return None;
    }
    let rest = read_typed::<Catalogue>(&splitter.rest)?;
    if splitter.phase == Phase::Head && !rest.entries.is_empty() {
        // No array was cut out (an unexpected shape): the ordinary load judges it.
        return None;
    }
    let entries = std::mem::take(&mut splitter.elements.0);
    match head {
        Some(head) if head == rest => send(None, entries, total).then_some(()),
        Some(_) => None,
        None => send(Some(rest), entries, total).then_some(()),
    }
}

/// The most entries in one batch of `batches`: each is indexed while the browser waits.
const BATCH: usize = 8192;

fn split<E: Elements>(reader: impl Read, max: u64, elements: E) -> Option<Splitter<E>> {
    let mut splitter = Splitter::new(elements);
    let mut first = true;
    let mut total = 0u64;
    let mut failed = false;
    read_pieces(reader, |mut read| {
        total += read.len() as u64;
        if std::mem::take(&mut first) {
            // serde_json reads no byte-order mark; the text path strips it too. (A mark
            // split over two reads is not stripped: the whole-file parse then takes it.)
            read = read.strip_prefix("\u{feff}".as_bytes()).unwrap_or(read);
        }
        failed = total > max || splitter.feed(read).is_none();
        if failed { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    })
    .ok()?;
    // Failed, or an array that never closed.
    (!failed && splitter.phase != Phase::Entries).then_some(splitter)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before the entries: bytes go to `rest`.
    Head,
    /// Inside the entries array: bytes go to `element`.
    Entries,
    /// After it: bytes go to `rest`.
    Tail,
}

/// Where the head stands with respect to finding `"entries": [`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    None,
    /// A string just ended at depth 1: where it is in `rest`, quotes included.
    Ended(usize, usize),
    /// `"entries":` seen; a `[` next starts the array.
    Colon,
}

/// What becomes of each element of the entries array.
trait Elements {
    /// `None` stops the scan: the element is no JSON, or not what is wanted.
    fn element(&mut self, bytes: &[u8]) -> Option<()>;
}

/// Entries parsed for use.
#[derive(Default)]
struct Typed(Vec<Entry>);

impl Elements for Typed {
    fn element(&mut self, bytes: &[u8]) -> Option<()> {
        // One UTF-8 check of the whole element is also faster than serde_json's check
        // of each string in it.
        self.0.push(read_typed::<Entry>(bytes)?);
        Some(())
    }
}

/// Raw entries, one after the other, numbered in the order they were cut out.
#[derive(Default)]
struct Piece {
    number: usize,
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Piece {
    /// Its entries, or `None` if one of them is not an entry.
    fn parse(&self) -> Option<Vec<Entry>> {
        let mut typed = Typed(Vec::with_capacity(self.ends.len()));
        let mut start = 0;
        for &end in &self.ends {
            typed.element(self.bytes.get(start..end)?)?;
            start = end;
        }
        Some(typed.0)
    }
}

/// Entries handed to the workers a piece at a time.
struct Pieces<'a> {
    jobs: mpsc::SyncSender<Piece>,
    piece: Piece,
    size: usize,
    /// Set by a worker that met an element it could not parse: the scan stops.
    failed: &'a AtomicBool,
}

impl Pieces<'_> {
    /// Hands the piece being filled on, if it holds anything.
    fn send(&mut self) -> Option<()> {
        if self.piece.ends.is_empty() {
            return Some(());
        }
        let next = Piece { number: self.piece.number + 1, ..Piece::default() };
        self.jobs.send(std::mem::replace(&mut self.piece, next)).ok()
    }
}

impl Elements for Pieces<'_> {
    fn element(&mut self, bytes: &[u8]) -> Option<()> {
        if self.failed.load(Ordering::Relaxed) {
            return None;
        }
        self.piece.bytes.extend_from_slice(bytes);
        self.piece.ends.push(self.piece.bytes.len());
        if self.piece.bytes.len() >= self.size {
            self.send()?;
        }
        Some(())
    }
}

/// Each entry's structural problems, with their paths, and the entries serde can read.
#[derive(Default)]
struct Shapes {
    problems: Vec<Problem>,
    count: usize,
    readable: Readable,
}

impl Elements for Shapes {
    fn element(&mut self, bytes: &[u8]) -> Option<()> {
        let tree = serde_json::from_slice::<Value>(bytes).ok()?;
        shape::check_entry(&tree, self.count, &mut self.problems);
        self.readable.entry(self.count, &tree);
        self.count += 1;
        Some(())
    }
}

struct Splitter<E> {
    elements: E,
    phase: Phase,
    /// The document without the entries' elements.
    rest: Vec<u8>,
    /// The element being read.
    element: Vec<u8>,
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

impl<E: Elements> Splitter<E> {
    fn new(elements: E) -> Self {
        Splitter {
            elements,
            phase: Phase::Head,
            rest: Vec::new(),
            element: Vec::new(),
            depth: 0,
            in_string: false,
            escaped: false,
            string_start: 0,
            key: Key::None,
            comma: false,
        }
    }

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
        self.elements.element(&self.element)?;
        self.element.clear();
        Some(())
    }
}

#[cfg(test)]
mod tests;
