//! CSV (RFC 4180) through the `csv` crate: a header row, then one row per entry.
//! UTF-8 without a byte-order mark; docs/export.md says how to open it in Excel.
//! The header is in the list's language, as a spreadsheet shows it to its reader; a
//! script that needs fixed names reads `--format json`, whose keys stay English.

use super::{List, one_line, paragraphs};
use crate::i18n::{Lang, texts};

/// The columns' names in `lang`, in the order of the cells.
pub fn header(lang: Lang) -> [&'static str; 11] {
    texts(lang).csv_header
}

/// Between the items of a list in one cell; category names hold commas themselves.
pub const SEPARATOR: &str = "; ";

pub(super) fn write(list: &List) -> String {
    let mut writer =
        csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let mut rows = vec![header(list.lang).iter().map(ToString::to_string).collect::<Vec<_>>()];
    for entry in list.entries {
        let shown = &entry.shown;
        let join = |items: &[String]| {
            items.iter().map(|s| one_line(s)).collect::<Vec<_>>().join(SEPARATOR)
        };
        let material = shown
            .links
            .iter()
            .find(|l| l.kind == crate::catalogue::LinkKind::Material)
            .or(shown.links.first())
            .map(|l| one_line(&l.url))
            .unwrap_or_default();
        let urls: Vec<String> = shown.links.iter().map(|l| one_line(&l.url)).collect();
        rows.push(vec![
            one_line(&shown.id),
            one_line(&shown.title),
            join(&shown.publisher_names),
            shown.year.map(|y| y.to_string()).unwrap_or_default(),
            join(&shown.languages),
            join(&shown.formats),
            join(&shown.audiences),
            join(&shown.categories),
            // Paragraphs stay apart inside the quoted cell.
            paragraphs(&shown.summary).join("\n"),
            material,
            // Addresses hold no white space, so one space keeps them apart.
            urls.join(" "),
        ]);
    }
    for row in rows {
        let row: Vec<String> = row.into_iter().map(|cell| defuse(&cell)).collect();
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first: CSV
/// injection) gets an apostrophe in front, OWASP's advice, so it stays text.
pub fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) { format!("'{cell}") } else { cell.to_string() }
}
