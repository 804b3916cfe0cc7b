//! Reading lists: chosen entries written as Markdown, CSV, RIS, BibTeX, JSON or one
//! HTML page, for an e-mail, a document, a reference manager, a spreadsheet or an
//! intranet. Pure: text in, text out; the caller writes it where it belongs.
//!
//! Every format reads the entries' presentations (`present`), so that all show a field
//! alike; the JSON is the catalogue's own model, as `list --json` gives it. A new field
//! touches more than one file: docs/architecture.md lists them.
//! Every catalogue text is untrusted: each writer escapes or quotes it for its format,
//! and every text is first made safe to print (`text::sanitize`), so a list printed on
//! a terminal carries no escape sequence either.

mod bibtex;
mod html;
mod markdown;
mod marks;
mod ris;
mod table;

pub use marks::Marks;
pub use table::header as csv_header;

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use clap::ValueEnum;

use crate::catalogue::{Catalogue, Entry};
use crate::i18n::{Lang, count, fill, texts};
use crate::present::{Presentation, quoted};
use crate::text::sanitize;

pub use crate::cli::ExportFormat;

impl ExportFormat {
    /// Every format, in the order `--help` lists them.
    pub fn all() -> &'static [ExportFormat] {
        <ExportFormat as ValueEnum>::value_variants()
    }

    /// The name `--format` takes, also the usual file extension.
    pub fn name(self) -> String {
        self.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl FromStr for ExportFormat {
    type Err = String;

    /// As the command line reads it: any case, and the aliases (`markdown`, `bib`, `htm`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        <ExportFormat as ValueEnum>::from_str(s.trim(), true).map_err(|_| {
            let names: Vec<String> = Self::all().iter().map(|f| f.name()).collect();
            format!("{s:?} is not an export format; use one of {}", names.join(", "))
        })
    }
}

/// `entries` as a reading list in `format`, texts in `lang`. An entry asked for twice
/// is listed once, where it was first asked for, whichever front-end built the list.
pub fn export(
    format: ExportFormat,
    catalogue: &Catalogue,
    entries: &[&Entry],
    lang: Lang,
) -> String {
    let entries = &once_each(entries);
    if format == ExportFormat::Json {
        // Exactly `list --json` in a pipe: compact, one line.
        return serde_json::to_string(entries).unwrap_or_default() + "\n";
    }
    let shown: Vec<Exported> = entries
        .iter()
        .map(|e| Exported { kind: kind(e), shown: Presentation::new(e, catalogue, lang) })
        .collect();
    let list = List { catalogue, lang, entries: &shown };
    match format {
        ExportFormat::Markdown => markdown::write(&list),
        ExportFormat::Csv => table::write(&list),
        ExportFormat::Ris => ris::write(&list),
        ExportFormat::Bibtex => bibtex::write(&list),
        ExportFormat::Html => html::write(&list),
        ExportFormat::Json => unreachable!("written above"),
    }
}

/// Each entry once, in the order first asked: a reading list names a material once,
/// and a reference manager refuses (or silently merges) two records with one key.
fn once_each<'a>(entries: &[&'a Entry]) -> Vec<&'a Entry> {
    let mut seen = HashSet::new();
    entries.iter().copied().filter(|e| seen.insert(e.id.as_str())).collect()
}

/// What the writers share: the entries' presentations and the list's heading.
struct List<'a> {
    catalogue: &'a Catalogue,
    lang: Lang,
    entries: &'a [Exported],
}

struct Exported {
    kind: Kind,
    shown: Presentation,
}

impl List<'_> {
    fn heading(&self) -> &'static str {
        texts(self.lang).reading_list
    }

    /// "9 resources. <the catalogue's note> Source: “<title>”", without the address.
    /// The note is about the whole catalogue, so a list of a part leaves it out.
    fn source_line(&self) -> String {
        let t = texts(self.lang);
        let whole = self.entries.len() == self.catalogue.entries.len();
        let note = self.catalogue.source.note.as_ref().filter(|_| whole);
        let note = note.map(|n| one_line(n.get(self.lang)));
        fill(
            t.reading_list_from,
            &[
                ("resources", &count(&t.resources, self.entries.len(), self.lang)),
                ("note", &note.map(|n| format!(" {n}")).unwrap_or_default()),
                ("source", &one_line(&quoted(&self.catalogue.source.title, self.lang))),
            ],
        )
    }

    fn source_address(&self) -> String {
        one_line(&self.catalogue.source.address)
    }
}

/// What kind of material an entry is, for a reference manager's item type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Film, video, podcast: RIS `VIDEO`, BibTeX `@misc`.
    Video,
    /// Handbook, manual, guide, book, report: RIS `BOOK`, BibTeX `@book`.
    Book,
    /// Web page, website, knowledge bank: RIS `ELEC`, BibTeX `@online`.
    Web,
    /// Anything else: RIS `GEN`, BibTeX `@misc`.
    Other,
}

/// The kind of the entry's first format that names one. Formats are free texts in two
/// languages; the English one is read, by keywords, case-insensitively.
pub fn kind(entry: &Entry) -> Kind {
    entry
        .formats
        .iter()
        .map(|f| format_kind(&f.en))
        .find(|k| *k != Kind::Other)
        .unwrap_or(Kind::Other)
}

/// One format's kind: video words first, then web, then book ("web guide" is a web page).
pub fn format_kind(format: &str) -> Kind {
    let format = format.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| format.contains(w));
    if has(&["film", "video", "podcast"]) {
        Kind::Video
    } else if has(&["web", "knowledge bank", "site", "online"]) {
        Kind::Web
    } else if has(&["handbook", "manual", "guide", "book", "report"]) {
        Kind::Book
    } else {
        Kind::Other
    }
}

/// A catalogue text on one line: line breaks and runs of white space become one space,
/// then made safe to print.
fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    sanitize(&joined).into_owned()
}

/// A summary's paragraphs, each on one line: as everywhere in the program, a line
/// break in a summary starts a paragraph, and empty lines are left out.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines().map(one_line).filter(|p| !p.is_empty()).collect()
}

/// Whether an address may become a link: the same check as opening one. A catalogue
/// that was not validated must not smuggle a `javascript:` link into a page.
fn linkable(url: &str) -> bool {
    crate::text::is_allowed_url(url)
}

#[cfg(test)]
mod tests;
