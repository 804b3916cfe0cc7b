//! A catalogue read as it arrives: the browser shows the entries read so far while the
//! rest is read (on another thread), and checks the whole once it is complete.

use std::path::Path;

use super::{Arriving, Catalogue, Entry, MAX_BYTES, SCHEMA, Source, shared, stream};

/// One batch of a catalogue read as it arrives (`load_batches`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The catalogue's schema, source and categories, without entries: in the first
    /// batch only.
    pub head: Option<Box<Catalogue>>,
    /// The next entries, in file order, composed (NFC) as a loaded catalogue's are.
    pub entries: Vec<Entry>,
    pub bytes_read: u64,
    pub total_bytes: u64,
    /// The last batch: the file was read to its end, or reading stopped at a problem.
    pub done: bool,
    /// False once what was read breaks a rule of `check`: each batch is checked as it
    /// is read, and the references between entries once all are. The last batch says
    /// whether the whole is valid; `validate` then names the problems.
    pub valid: bool,
}

/// Reads the catalogue file at `path` in batches, handing each to `send`, which says
/// whether to go on. `false` where the file cannot be read this way (not a regular
/// file, too large, not JSON, an unexpected shape): the ordinary `load_path` then
/// loads it, or names its problem exactly as `check` does.
pub fn load_batches(path: &Path, mut send: impl FnMut(Batch) -> bool) -> bool {
    let Ok(meta) = std::fs::metadata(path) else { return false };
    if !meta.is_file() || meta.len() > MAX_BYTES {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else { return false };
    let total_bytes = meta.len();
    let (mut stopped, mut invalid) = (false, false);
    // Checked here, beside the parsing, so that the browser's thread only takes the
    // entries in.
    let mut checked: Option<Arriving> = None;
    let streamed = shared::interning(|| {
        stream::batches(file, MAX_BYTES, |head, entries, bytes_read| {
            let head = head.map(|h| {
                checked = Some(Arriving::new(&h));
                Box::new(h)
            });
            if let Some(checked) = &mut checked {
                checked.entries(&entries);
            }
            // Nothing more is read of a file known to be invalid: the browser ends,
            // and `check`'s message follows.
            invalid = !checked.as_ref().is_some_and(Arriving::sound_so_far);
            let batch =
                Batch { head, entries, bytes_read, total_bytes, done: invalid, valid: !invalid };
            // Whether the file is whole and well-formed is known only after the last
            // of these: then one more, empty batch says so.
            let going = send(batch) && !invalid;
            stopped |= !going;
            going
        })
    });
    if stopped {
        return true;
    }
    streamed.is_some()
        && send(Batch {
            head: None,
            entries: Vec::new(),
            bytes_read: total_bytes,
            total_bytes,
            done: true,
            valid: checked.as_ref().is_some_and(Arriving::valid),
        })
}

/// A catalogue with nothing in it yet, of this build's schema: what the browser holds
/// before the first batch.
impl Default for Catalogue {
    fn default() -> Self {
        Catalogue {
            schema: SCHEMA,
            source: Source::default(),
            categories: Vec::new(),
            synonyms: Vec::new(),
            entries: Vec::new(),
            json_schema: None,
            file: None,
        }
    }
}
