//! Markdown (CommonMark, read the same by GitHub, GitLab and pandoc): a heading, then
//! per entry its title, its fields as a list, the summary and the links.

use std::fmt::Write as _;

use super::{List, linkable, one_line, paragraphs};
use crate::i18n::texts;

pub(super) fn write(list: &List) -> String {
    let t = texts(list.lang);
    let mut out = format!("# {}\n\n", inline(list.heading()));
    let address = list.source_address();
    let _ = writeln!(out, "{} {}\n", block(&list.source_line()), destination_or_text(&address));
    for entry in list.entries {
        let shown = &entry.shown;
        let _ = writeln!(out, "## {}\n", inline(&shown.title));
        for field in &shown.fields {
            let _ = writeln!(out, "- **{}:** {}", inline(field.label), inline(&field.value));
        }
        for paragraph in paragraphs(&shown.summary) {
            let _ = write!(out, "\n{}\n", block(&paragraph));
        }
        if !shown.links.is_empty() {
            let _ = writeln!(out, "\n{}:\n", inline(t.links));
            for link in &shown.links {
                let label = inline(&link.label);
                if linkable(&link.url) {
                    let _ = writeln!(out, "- [{label}]({})", destination(&link.url));
                } else {
                    let _ = writeln!(out, "- {label}: {}", inline(&link.url));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// An address as an autolink `<…>`, or as text when it is no link.
fn destination_or_text(url: &str) -> String {
    if linkable(url) && !url.contains(['<', '>', ' ']) { format!("<{url}>") } else { inline(url) }
}

/// A link destination in pointy brackets, where only `<`, `>`, a backslash and white
/// space could end it early: those are percent-encoded.
fn destination(url: &str) -> String {
    let mut out = String::from("<");
    for c in one_line(url).chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            ' ' => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out.push('>');
    out
}

/// Text inside a line: every character that Markdown, GitHub's extensions or pandoc's
/// (math `$`, super- and subscript `^` `~`, citations `@`, raw HTML `<`, entities `&`,
/// tables `|`) could read as markup is backslash-escaped, which CommonMark allows
/// before any ASCII punctuation.
pub(super) fn inline(text: &str) -> String {
    let mut out = String::new();
    for c in one_line(text).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '{'
                | '}'
                | '<'
                | '>'
                | '#'
                | '|'
                | '~'
                | '&'
                | '$'
                | '^'
                | '@'
                | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text that starts a block: also what would make it a list item (`-`, `+`, `1.`,
/// `1)`), a definition (pandoc's `:`) or a thematic break is escaped at its start.
fn block(text: &str) -> String {
    let text = inline(text);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    match text.chars().next() {
        Some('-' | '+' | ':' | '=') => format!("\\{text}"),
        Some(_) if digits > 0 && text[digits..].starts_with(['.', ')']) => {
            format!("{}\\{}", &text[..digits], &text[digits..])
        }
        _ => text,
    }
}
