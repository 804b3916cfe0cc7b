//! The plain commands' output: pure functions from the catalogue to text or JSON, for
//! pipes, scripts and screen readers. No escape codes unless `format` asks for them.

use std::fmt::Write as _;

use serde::Serialize;

use crate::catalogue::{Catalogue, Category, Entry};
use crate::i18n::{Lang, texts};
use crate::present::{
    LinkForm, Presentation, about as about_rows, category_counts, one_line, source_line, why_lines,
};
use crate::search::{Index, Match, Query};
use crate::text::{sanitize, wrap};

/// How output is formatted: its width, whether bold may be used, and JSON layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    pub lang: Lang,
    pub width: usize,
    pub bold: bool,
    pub pretty_json: bool,
    /// Links with their whole address (`show`), or by name and host (the line mode).
    pub links: LinkForm,
}

impl Format {
    fn strong(&self, s: &str) -> String {
        if self.bold { format!("\u{1b}[1m{s}\u{1b}[0m") } else { s.to_string() }
    }
}

/// One entry a line: id, then the one-line form.
pub fn entry_line(entry: &Entry, format: &Format, id_width: usize) -> String {
    let id = sanitize(&entry.id);
    format!("{id:id_width$}  {}", one_line(entry, format.lang))
}

fn lines<'a>(entries: impl Iterator<Item = &'a Entry> + Clone, format: &Format) -> String {
    let width = entries.clone().map(|e| e.id.chars().count()).max().unwrap_or(0);
    entries.map(|e| entry_line(e, format, width) + "\n").collect()
}

fn json<T: Serialize + ?Sized>(value: &T, format: &Format) -> String {
    let text = if format.pretty_json {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    // Serialising plain data to a string cannot fail; an empty object is the safe answer.
    text.unwrap_or_default() + "\n"
}

/// `list`: every entry (or one category's), in catalogue order.
pub fn list(
    catalogue: &Catalogue,
    category: Option<&str>,
    json_out: bool,
    format: &Format,
) -> String {
    let chosen: Vec<&Entry> =
        catalogue.entries.iter().filter(|e| e.in_category(category)).collect();
    if json_out { json(&chosen, format) } else { lines(chosen.iter().copied(), format) }
}

/// `search`: the browser's ranking, best first; and the notes on the query's words
/// (which found nothing, what was meant), kept apart so that they go to stderr and
/// the output stays the list.
pub fn search(
    catalogue: &Catalogue,
    index: &Index,
    query: &str,
    json_out: bool,
    format: &Format,
) -> (String, Vec<String>) {
    let (matches, notes) = ranked(catalogue, index, query, format.lang, |_| true);
    let found: Vec<&Entry> = matches.iter().map(|m| &catalogue.entries[m.entry]).collect();
    let out = if json_out {
        json(&found, format)
    } else if found.is_empty() {
        format!("{}\n", texts(format.lang).no_matches)
    } else {
        lines(found.iter().copied(), format)
    };
    (out, notes)
}

/// A query's results among the entries `keep` keeps, best first, and the notes on
/// its words (which found nothing, what was meant, what was cut) in `lang`, told of
/// those results: the search as `search` and the line mode run it.
pub fn ranked(
    catalogue: &Catalogue,
    index: &Index,
    query: &str,
    lang: Lang,
    keep: impl Fn(usize) -> bool,
) -> (Vec<Match>, Vec<String>) {
    let query = Query::in_catalogue(query, catalogue);
    let all = index.search(catalogue, &query);
    let found_elsewhere = !all.is_empty();
    let matches: Vec<Match> = all.into_iter().filter(|m| keep(m.entry)).collect();
    let mut why = index.why(&query, &matches);
    if found_elsewhere {
        // The words are the catalogue's, only not among these entries: no close words.
        why.suggestions.clear();
    }
    let notes = why_lines(&why, lang);
    (matches, notes)
}

#[derive(Serialize)]
struct CategoryOut<'a> {
    #[serde(flatten)]
    category: &'a Category,
    count: usize,
}

/// `categories`: each category with how many entries it holds.
pub fn categories(catalogue: &Catalogue, json_out: bool, format: &Format) -> String {
    let counts = category_counts(catalogue, catalogue.entries.iter());
    let counted: Vec<CategoryOut> = catalogue
        .categories
        .iter()
        .zip(counts)
        .map(|(category, count)| CategoryOut { category, count })
        .collect();
    if json_out {
        return json(&counted, format);
    }
    let width = counted.iter().map(|c| c.category.id.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    // Both names: either may be typed where a category is asked for.
    for c in &counted {
        let line = format!(
            "{:width$}  {} / {} ({}) — {}",
            c.category.id,
            c.category.name.get(format.lang),
            c.category.name.get(format.lang.toggle()),
            c.count,
            c.category.description.get(format.lang)
        );
        out.push_str(&sanitize(&line));
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct AboutOut<'a> {
    #[serde(flatten)]
    source: &'a crate::catalogue::Source,
    entries: usize,
    categories: usize,
    /// The catalogue file in use; null for the embedded one.
    file: Option<&'a str>,
}

/// `about`: the catalogue's source, its dates in words, its size and its file.
pub fn about(catalogue: &Catalogue, file: Option<&str>, json_out: bool, format: &Format) -> String {
    if json_out {
        let out = AboutOut {
            source: &catalogue.source,
            entries: catalogue.entries.len(),
            categories: catalogue.categories.len(),
            file,
        };
        return json(&out, format);
    }
    let mut text = format!("{}\n", format.strong(texts(format.lang).about_title));
    for field in about_rows(catalogue, file, format.lang) {
        let _ = writeln!(text, "{}: {}", field.label, sanitize(&field.value));
    }
    text
}

/// `show`: one entry in full, the summary wrapped to the width, links numbered.
pub fn show(catalogue: &Catalogue, entry: &Entry, json_out: bool, format: &Format) -> String {
    if json_out {
        return json(entry, format);
    }
    let t = texts(format.lang);
    let shown = Presentation::new(entry, catalogue, format.lang);
    // The order a listener needs: the title, the facts, the summary, the links; the id
    // and the related resources, for the next command, last.
    let mut text = format!("{}\n", format.strong(&sanitize(&shown.title)));
    for field in &shown.fields {
        let _ = writeln!(text, "{}: {}", field.label, sanitize(&field.value));
    }
    text.push('\n');
    for line in wrap(&shown.summary, format.width.max(20)) {
        text.push_str(&line);
        text.push('\n');
    }
    if !shown.links.is_empty() {
        let _ = writeln!(text, "\n{}:", t.links);
        for link in &shown.links {
            match format.links {
                LinkForm::Addresses => {
                    let _ = writeln!(text, "{}. {}", link.number, sanitize(&link.label));
                    let _ = writeln!(text, "   {}", sanitize(&link.url));
                }
                LinkForm::Hosts => {
                    let _ = writeln!(text, "{}", link.spoken(format.lang));
                }
            }
        }
        if !shown.has_direct_link() {
            let _ = writeln!(text, "{}", t.no_direct_link);
        }
    }
    let related: Vec<String> =
        shown.related.iter().map(|r| format!("{} ({})", r.title, r.id)).collect();
    text.push('\n');
    for (label, value) in [(t.id, shown.id.clone()), (t.related, related.join("; "))] {
        if !value.is_empty() {
            let _ = writeln!(text, "{label}: {}", sanitize(&value));
        }
    }
    let _ = writeln!(text, "{}", sanitize(&source_line(catalogue, format.lang)));
    text
}

/// The ids nearest to `wanted` by edit distance, for "did you mean".
pub fn nearest_ids<'a>(wanted: &str, ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = wanted.to_lowercase();
    let mut scored: Vec<(usize, &str)> = ids
        .map(|id| {
            let d = edit_distance(&wanted, id);
            // A prefix or part of an id is a near miss however long the id is.
            let d = if id.contains(wanted.as_str()) && !wanted.is_empty() { d.min(2) } else { d };
            (d, id)
        })
        .collect();
    scored.sort_by_key(|(d, _)| *d);
    let limit = (wanted.chars().count() / 2).max(2);
    match scored.first() {
        Some(&(best, _)) if best <= limit => {
            scored.iter().take_while(|(d, _)| *d == best).take(3).map(|(_, id)| *id).collect()
        }
        _ => Vec::new(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
