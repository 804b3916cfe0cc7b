//! The plain commands' output: pure functions from the catalogue to text or JSON, for
//! pipes, scripts and screen readers. No escape codes unless `style` asks for them.

use std::fmt::Write as _;

use serde::Serialize;

use crate::catalogue::{Catalogue, Category, Entry};
use crate::i18n::{Lang, texts};
use crate::search::{Index, Query};
use crate::text::{sanitize, wrap};

/// How output is formatted: its width, whether bold may be used, and JSON layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub lang: Lang,
    pub width: usize,
    pub bold: bool,
    pub pretty_json: bool,
}

impl Style {
    fn strong(&self, s: &str) -> String {
        if self.bold { format!("\u{1b}[1m{s}\u{1b}[0m") } else { s.to_string() }
    }
}

/// One entry a line: id, title, publisher, year, languages.
pub fn entry_line(entry: &Entry, style: &Style, id_width: usize) -> String {
    let mut line =
        format!("{:id_width$}  {} — {}", entry.id, entry.title, entry.publishers(style.lang));
    if let Some(year) = entry.year {
        let _ = write!(line, ", {year}");
    }
    let _ = write!(line, " ({})", entry.languages.join(", "));
    sanitize(&line).into_owned()
}

fn lines<'a>(entries: impl Iterator<Item = &'a Entry> + Clone, style: &Style) -> String {
    let width = entries.clone().map(|e| e.id.chars().count()).max().unwrap_or(0);
    entries.map(|e| entry_line(e, style, width) + "\n").collect()
}

fn json<T: Serialize + ?Sized>(value: &T, style: &Style) -> String {
    let text = if style.pretty_json {
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
    style: &Style,
) -> String {
    let chosen: Vec<&Entry> = catalogue
        .entries
        .iter()
        .filter(|e| category.is_none_or(|c| e.categories.iter().any(|id| id == c)))
        .collect();
    if json_out { json(&chosen, style) } else { lines(chosen.iter().copied(), style) }
}

/// `search`: the browser's ranking, best first.
pub fn search(
    catalogue: &Catalogue,
    index: &Index,
    query: &str,
    json_out: bool,
    style: &Style,
) -> String {
    let found: Vec<&Entry> = index
        .search(catalogue, &Query::parse(query))
        .iter()
        .map(|m| &catalogue.entries[m.entry])
        .collect();
    if json_out {
        json(&found, style)
    } else if found.is_empty() {
        format!("{}\n", texts(style.lang).no_matches)
    } else {
        lines(found.iter().copied(), style)
    }
}

#[derive(Serialize)]
struct CategoryOut<'a> {
    #[serde(flatten)]
    category: &'a Category,
    count: usize,
}

/// `categories`: each category with how many entries it holds.
pub fn categories(catalogue: &Catalogue, json_out: bool, style: &Style) -> String {
    let counted: Vec<CategoryOut> = catalogue
        .categories
        .iter()
        .map(|c| CategoryOut {
            category: c,
            count: catalogue.entries.iter().filter(|e| e.categories.contains(&c.id)).count(),
        })
        .collect();
    if json_out {
        return json(&counted, style);
    }
    let width = counted.iter().map(|c| c.category.id.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for c in &counted {
        let line = format!(
            "{:width$}  {} ({}) — {}",
            c.category.id,
            c.category.name.get(style.lang),
            c.count,
            c.category.description.get(style.lang)
        );
        out.push_str(&sanitize(&line));
        out.push('\n');
    }
    out
}

/// `show`: one entry in full, the summary wrapped to the width, links numbered.
pub fn show(catalogue: &Catalogue, entry: &Entry, json_out: bool, style: &Style) -> String {
    if json_out {
        return json(entry, style);
    }
    let t = texts(style.lang);
    let lang = style.lang;
    let mut out = String::new();
    let mut field = |label: &str, value: String| {
        if !value.is_empty() {
            let _ = writeln!(out, "{label}: {}", sanitize(&value));
        }
    };
    let join = |items: &[crate::catalogue::Localized]| {
        items.iter().map(|l| l.get(lang)).collect::<Vec<_>>().join(", ")
    };
    field(t.id, entry.id.to_string());
    field(t.publisher, entry.publishers(lang));
    field(t.year, entry.year.map_or_else(|| t.year_unknown.to_string(), |y| y.to_string()));
    field(t.languages, entry.languages.join(", "));
    field(t.formats, join(&entry.formats));
    field(t.audiences, join(&entry.audiences));
    let cats: Vec<&str> = entry
        .categories
        .iter()
        .filter_map(|id| catalogue.category(id))
        .map(|c| c.name.get(lang))
        .collect();
    // Category names hold commas themselves.
    field(t.categories, cats.join("; "));
    let related: Vec<String> = entry
        .related
        .iter()
        .filter_map(|id| catalogue.entry(id))
        .map(|e| format!("{} ({})", e.title, e.id))
        .collect();
    field(t.related, related.join("; "));
    let mut text = format!("{}\n", style.strong(&sanitize(&entry.title)));
    text.push_str(&out);
    text.push('\n');
    for line in wrap(entry.summary.get(lang), style.width.max(20)) {
        text.push_str(&line);
        text.push('\n');
    }
    if !entry.links.is_empty() {
        let _ = writeln!(text, "\n{}:", t.links);
        for (i, link) in entry.links.iter().enumerate() {
            let _ = writeln!(text, "{}. {}", i + 1, sanitize(link.label.get(lang)));
            let _ = writeln!(text, "   {}", sanitize(&link.url));
        }
    }
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
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("sexit", "sexit"), 0);
        assert_eq!(edit_distance("sexti", "sexit"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions() {
        let ids = ["sexit", "manual-trafficking", "bsr-trm", "osce-nrm-handbook"];
        assert_eq!(nearest_ids("sexitt", ids.into_iter()), ["sexit"]);
        assert_eq!(nearest_ids("manual", ids.into_iter()), ["manual-trafficking"]);
        assert!(nearest_ids("zzzzzzzzzz", ids.into_iter()).is_empty());
    }
}
