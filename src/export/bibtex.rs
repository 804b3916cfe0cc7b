//! BibTeX, as biber and BibTeX read it: `@book`, `@online` or `@misc` by the kind of
//! material, keyed by the entry's id, every special character of a text escaped.
//! Publishers are corporate authors, each in its own braces inside the field's
//! (`author = {{Socialstyrelsen} and {Länsstyrelsen Stockholm}}`), so that no name is
//! split into first and last names and "and" inside a name stays text. Texts are UTF-8,
//! as biber and `\usepackage[utf8]{inputenc}` read them.

use std::fmt::Write as _;

use super::{Kind, List, one_line, paragraphs};

pub(super) fn write(list: &List) -> String {
    let mut out = String::new();
    for entry in list.entries {
        let shown = &entry.shown;
        let _ = writeln!(out, "@{}{{{},", entry_type(entry.kind), key(&shown.id));
        let mut field = |name: &str, value: String| {
            if !value.is_empty() {
                let _ = writeln!(out, "  {name} = {{{value}}},");
            }
        };
        let authors: Vec<String> =
            shown.publisher_names.iter().map(|p| format!("{{{}}}", escape(p))).collect();
        field("author", authors.join(" and "));
        // The title in braces keeps its capitals in every style.
        field("title", format!("{{{}}}", escape(&shown.title)));
        if let Some(year) = shown.year {
            field("year", year.to_string());
        }
        let languages: Vec<&str> = shown.languages.iter().map(|l| language(l)).collect();
        field("language", escape(&languages.join(" and ")));
        field("abstract", escape(&paragraphs(&shown.summary).join(" ")));
        let keywords: Vec<String> =
            shown.categories.iter().chain(&shown.keywords).map(|k| keyword(k)).collect();
        field("keywords", keywords.join(", "));
        if let Some(link) = shown.links.first() {
            field("url", url(&link.url));
        }
        out.push_str("}\n\n");
    }
    out
}

/// The entry type of a kind of material.
pub fn entry_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Book => "book",
        Kind::Web => "online",
        Kind::Video | Kind::Other => "misc",
    }
}

/// A citation key: the id, which validation keeps to `a-z 0-9 - _`; anything else
/// (an unvalidated catalogue) becomes `-`.
fn key(id: &str) -> String {
    id.chars()
        .map(
            |c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.') {
                    c
                } else {
                    '-'
                }
            },
        )
        .collect()
}

/// biblatex's language names for the catalogue's codes; another code stays as it is.
fn language(code: &str) -> &str {
    match code {
        "sv" => "swedish",
        "en" => "english",
        other => other,
    }
}

/// One keyword of the comma-separated list: each comma inside it is braced on its own
/// (`first{,} and second`), so that it is read back as one keyword, not cut at its
/// comma. Bracing the whole keyword kept it whole too, but biber then dropped the space
/// after the comma ("first,and second").
pub fn keyword(text: &str) -> String {
    escape(text).replace(',', "{,}")
}

/// A text with every character that TeX or BibTeX reads as markup escaped, and TeX's
/// ligatures (`--` a dash, `''` a quote, `<<` a guillemet) broken with `{}`, so the
/// text prints as written.
///
/// BibTeX and biber count every brace, a `\{` too, to find where a field ends: a brace
/// with a partner in the text is written escaped (`\{`, `\}`), the pair keeps the count
/// even; one without is written as a command (`\textbraceleft{}`), which holds no
/// unpaired brace, so a lone `}` cannot end the field early or a lone `{` run it on to
/// the end of the file. (biber's LaTeX decoding leaves these two commands as they are,
/// for the same reason.)
pub fn escape(text: &str) -> String {
    let mut out = String::new();
    let text = one_line(text);
    let paired = paired_braces(&text);
    let mut chars = text.chars().enumerate().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '{' if !paired[at] => out.push_str(r"\textbraceleft{}"),
            '}' if !paired[at] => out.push_str(r"\textbraceright{}"),
            '-' | '\'' | '<' | '>' | ',' | '!' | '?'
                if chars.peek().is_some_and(|&(_, n)| n == c) =>
            {
                out.push(c);
                out.push_str("{}");
            }
            '`' => out.push_str("\\textasciigrave{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            c => out.push(c),
        }
    }
    out
}

/// For each character of `text`, whether it is a brace with a partner: a `}` closes the
/// nearest `{` still open before it, as BibTeX nests them.
fn paired_braces(text: &str) -> Vec<bool> {
    let mut paired = vec![false; text.chars().count()];
    let mut open = Vec::new();
    for (at, c) in text.chars().enumerate() {
        match c {
            '{' => open.push(at),
            '}' => {
                if let Some(start) = open.pop() {
                    paired[start] = true;
                    paired[at] = true;
                }
            }
            _ => {}
        }
    }
    paired
}

/// An address for the verbatim `url` field: only what would unbalance its braces
/// (or end it) is percent-encoded.
fn url(url: &str) -> String {
    let mut out = String::new();
    for c in one_line(url).chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            ' ' => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out
}
