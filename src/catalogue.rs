//! The catalogue: the serde model, the embedded copy, loading a user's file.
//!
//! Loading is two-phased on purpose: the typed parse is the fast path for a good file;
//! only when it fails do we walk the JSON as a tree (`shape`) to report every problem
//! with its path, since serde stops at the first one.

mod asked_as;
mod batches;
mod find;
mod messages;
mod phrases;
mod shape;
mod shared;
mod stream;
mod syntax;
mod validate;

use std::io::Read;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

pub use asked_as::AskedAs;
pub use batches::{Batch, load_batches};
pub use messages::NamedBy;
use phrases::Phrases;
pub use shape::json_schema;
pub use shared::Text;
pub use syntax::Syntax;
pub use validate::{Arriving, MAX_GROUP_WORDS, MAX_PHRASE_WORDS, Problem, validate};

/// The catalogue shipped inside the binary; `tests` prove it valid, so a user never
/// meets a broken one at start-up.
pub const EMBEDDED: &str = include_str!("../catalogue.json");

/// A user's file larger than this is refused before it is read whole.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The schema versions this build understands.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    #[serde(deserialize_with = "shared::composed")]
    pub sv: Text,
    #[serde(deserialize_with = "shared::composed")]
    pub en: Text,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    pub publisher: Localized,
    pub address: Text,
    pub published: Text,
    pub updated: Text,
    /// How the catalogue differs from its source, e.g. an entry the source only names:
    /// a count of entries must not pass for the source's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Localized>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: Text,
    pub name: Localized,
    pub description: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    Material,
    Publisher,
    Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: Localized,
    #[serde(deserialize_with = "shared::unique")]
    pub url: Text,
    pub kind: LinkKind,
}

/// The lists are boxed slices: serde grows a `Vec` to at least four elements, and most
/// of these hold one or two (docs/performance.md, "Memory", has what that cost).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(deserialize_with = "shared::unique")]
    pub id: Text,
    #[serde(deserialize_with = "shared::composed_unique")]
    pub title: Text,
    pub publisher: Box<[Localized]>,
    /// `null` when unknown, but never left out: serde alone would read a missing
    /// `Option` as `None`, and the shape table (`check`, the schema) requires it.
    #[serde(deserialize_with = "Option::deserialize")]
    pub year: Option<u16>,
    pub languages: Box<[Text]>,
    pub formats: Box<[Localized]>,
    pub audiences: Box<[Localized]>,
    pub categories: Box<[Text]>,
    pub summary: Localized,
    pub links: Box<[Link]>,
    #[serde(deserialize_with = "shared::unique_list")]
    pub related: Box<[Text]>,
    #[serde(deserialize_with = "shared::composed_list")]
    pub keywords: Box<[Text]>,
    /// How people ask for this resource, in their own words (searched, never shown as
    /// its description); none when left out.
    #[serde(default, skip_serializing_if = "AskedAs::is_empty")]
    pub asked_as: AskedAs,
}

/// Link number `wanted` (1-based) of an entry that has `count` links does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoSuchLink {
    pub wanted: usize,
    pub count: usize,
}

impl Entry {
    /// Whether the entry is in the category `id`; every entry is in none chosen ("All").
    pub fn in_category(&self, id: Option<&str>) -> bool {
        id.is_none_or(|id| self.categories.iter().any(|c| c == id))
    }

    /// Link `n` of the entry, counted from 1 as every front-end shows them.
    pub fn link(&self, n: usize) -> Result<&Link, NoSuchLink> {
        n.checked_sub(1)
            .and_then(|i| self.links.get(i))
            .ok_or(NoSuchLink { wanted: n, count: self.links.len() })
    }

    /// Publishers joined for one line, in the given language.
    pub fn publishers(&self, lang: Lang) -> String {
        let names: Vec<&str> = self.publisher.iter().map(|p| p.get(lang)).collect();
        names.join(", ")
    }
}

/// One row of the synonym table: words or phrases, in either language. Without
/// `lead_to` the group is mutual (each finds the others); with it, one-way (each of
/// `words` also finds each of `lead_to`, never back).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Synonyms {
    pub words: Box<[Text]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_to: Option<Box<[Text]>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub schema: u32,
    pub source: Source,
    pub categories: Vec<Category>,
    pub entries: Vec<Entry>,
    /// Words the search treats as the same, or that lead to others; none when left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<Synonyms>,
    /// `"$schema"`: the JSON Schema an editor checks the file with; not used here.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub json_schema: Option<Text>,
    /// The file it was read from, as the user named it, for "About the catalogue";
    /// `None` for the embedded one. Not part of the file: set by whoever loads it.
    #[serde(skip)]
    pub file: Option<String>,
}

impl Catalogue {
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// Where a catalogue came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    File(PathBuf),
}

/// Why a catalogue could not be loaded; `message` says it in the user's language.
#[derive(Debug)]
pub enum LoadError {
    Io { origin: Origin, error: std::io::Error },
    IsDirectory { origin: Origin },
    TooLarge { origin: Origin },
    NotUtf8 { origin: Origin, line: usize, column: usize },
    Syntax { origin: Origin, line: usize, column: usize, kind: Syntax },
    Invalid { origin: Origin, problems: Vec<Problem> },
}

impl std::error::Error for LoadError {}

/// The embedded catalogue, parsed and validated.
pub fn embedded() -> Result<Catalogue, LoadError> {
    parse(EMBEDDED, &Origin::Embedded)
}

/// Reads a user's catalogue with a size bound, so a device like /dev/zero or a huge
/// file cannot exhaust memory.
///
/// A regular file is parsed as it is read (`stream`). One that fails is read again
/// whole and parsed as text, for the error to name the place; pipes and devices, which
/// cannot be read twice, are always read whole first.
pub fn load_path(path: &Path) -> Result<Catalogue, LoadError> {
    let origin = Origin::File(path.to_path_buf());
    let io = |error| LoadError::Io { origin: origin.clone(), error };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_file() && meta.len() <= MAX_BYTES {
        let file = std::fs::File::open(path).map_err(io)?;
        let spread = stream::Spread::for_file(meta.len());
        if let Some(catalogue) = shared::interning(|| stream::parse(file, MAX_BYTES, spread)) {
            return finish(catalogue, &origin);
        }
    }
    let bytes = read_bounded(path, &meta, &origin)?;
    parse_bytes(&bytes, &origin)
}

fn read_bounded(
    path: &Path,
    meta: &std::fs::Metadata,
    origin: &Origin,
) -> Result<Vec<u8>, LoadError> {
    let io = |error| LoadError::Io { origin: origin.clone(), error };
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { origin: origin.clone() });
    }
    if meta.is_file() && meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { origin: origin.clone() });
    }
    let file = std::fs::File::open(path).map_err(io)?.take(MAX_BYTES + 1);
    let mut bytes = Vec::new();
    read_pieces(file, |read| {
        // Stop reading there: a device such as /dev/zero is then refused at once instead
        // of after 256 MiB.
        if let Some(at) = first_never_json(read) {
            bytes.extend_from_slice(&read[..=at]);
            return ControlFlow::Break(());
        }
        bytes.extend_from_slice(read);
        ControlFlow::Continue(())
    })
    .map_err(io)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge { origin: origin.clone() });
    }
    Ok(bytes)
}

/// Reads `reader` to its end in 64 KiB pieces, handing each to `piece` until it says
/// stop; the one loop by which a catalogue file is read.
fn read_pieces(
    mut reader: impl Read,
    mut piece: impl FnMut(&[u8]) -> ControlFlow<()>,
) -> std::io::Result<()> {
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if piece(&chunk[..n]).is_break() {
            return Ok(());
        }
    }
}

/// Where the first byte is that can be no part of JSON: a control byte other than tab
/// and line breaks. A parse fails there whatever follows, so a file is read only up to
/// it, and its error is the one of that prefix.
pub fn first_never_json(bytes: &[u8]) -> Option<usize> {
    // A branch-free look over all the bytes first (vectorised); the exact place only
    // where there is one.
    let suspect = bytes.iter().fold(0u8, |any, &b| any | u8::from(b < 0x20));
    let never_json = |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r');
    (suspect != 0).then(|| bytes.iter().position(|&b| never_json(b))).flatten()
}

/// Parses bytes from any source: UTF-8 check (with the place of the first bad byte),
/// an optional byte-order mark, then JSON and validation.
pub fn parse_bytes(bytes: &[u8], origin: &Origin) -> Result<Catalogue, LoadError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let (line, column) = line_column(good);
            return Err(LoadError::NotUtf8 { origin: origin.clone(), line, column });
        }
    };
    parse(text, origin)
}

/// A typed part of a catalogue from JSON bytes, `None` where it is not one. Every typed
/// read goes through serde_json's reader of text, as `parse` does: each other reader
/// (of bytes, of a tree) compiled the parser of every model type once more, and the
/// binary carried each copy.
fn read_typed<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    serde_json::from_str(std::str::from_utf8(bytes).ok()?).ok()
}

/// Parses and validates catalogue text.
pub fn parse(text: &str, origin: &Origin) -> Result<Catalogue, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match shared::interning(|| serde_json::from_str::<Catalogue>(text)) {
        Ok(catalogue) => finish(catalogue, origin),
        Err(e) if e.is_data() => Err(describe_data_error(text, origin, &e)),
        Err(e) => Err(LoadError::Syntax {
            origin: origin.clone(),
            line: e.line(),
            column: e.column(),
            kind: Syntax::of(&e),
        }),
    }
}

/// Validation (the texts were composed as they were read).
fn finish(catalogue: Catalogue, origin: &Origin) -> Result<Catalogue, LoadError> {
    let problems = validate(&catalogue);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(LoadError::Invalid { origin: origin.clone(), problems })
    }
}

/// The typed parse stopped at one problem; walk the tree to find them all, and check
/// the rules beyond the shape on every part that could be read.
fn describe_data_error(text: &str, origin: &Origin, e: &serde_json::Error) -> LoadError {
    let fallback = || LoadError::Syntax {
        origin: origin.clone(),
        line: e.line(),
        column: e.column(),
        kind: Syntax::of(e),
    };
    let Some(problems) = stream::problems(text.as_bytes()) else {
        return fallback();
    };
    if problems.is_empty() {
        fallback()
    } else {
        LoadError::Invalid { origin: origin.clone(), problems }
    }
}

/// 1-based line and column (in characters) just after `prefix`.
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = prefix.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&prefix[start..]).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests;
