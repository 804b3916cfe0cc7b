//! One self-contained, accessible HTML page: `lang` set, one `h1`, an `h2` per entry,
//! a description list of its fields, its links as a list. No script, no external
//! resource (a content security policy forbids both), readable in lynx and w3m.
//! Every catalogue text is escaped: a title holding `<script>` shows as text.

use std::fmt::Write as _;

use super::{List, linkable, one_line, paragraphs};
use crate::i18n::texts;

const STYLE: &str = "body{font-family:sans-serif;line-height:1.5;max-width:48em;margin:1em auto;padding:0 1em}\
dt{font-weight:bold}dd{margin:0 0 .3em 1.5em}article{border-top:1px solid #888;margin-top:1.5em}\
a{overflow-wrap:anywhere}";

pub(super) fn write(list: &List) -> String {
    let t = texts(list.lang);
    let heading = escape(list.heading());
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{heading}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{heading}</h1>\n",
        list.lang.code()
    );
    let _ = writeln!(
        out,
        "<p>{} {}</p>",
        escape(&list.source_line()),
        anchor(&list.source_address(), &list.source_address())
    );
    for entry in list.entries {
        let shown = &entry.shown;
        let _ = writeln!(out, "<article id=\"{}\">", escape(&shown.id));
        let _ = writeln!(out, "<h2>{}</h2>", escape(&shown.title));
        if !shown.fields.is_empty() {
            out.push_str("<dl>\n");
            for field in &shown.fields {
                let _ = writeln!(
                    out,
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(field.label),
                    escape(&field.value)
                );
            }
            out.push_str("</dl>\n");
        }
        for paragraph in paragraphs(&shown.summary) {
            let _ = writeln!(out, "<p>{}</p>", escape(&paragraph));
        }
        if !shown.links.is_empty() {
            let _ = writeln!(out, "<h3>{}</h3>\n<ul>", escape(t.links));
            for link in &shown.links {
                let _ = writeln!(out, "<li>{}</li>", anchor(&link.label, &link.url));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</article>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A link, with its address also written out (a printed page shows where it goes);
/// an address that is no link stays text.
fn anchor(label: &str, url: &str) -> String {
    let (label, shown) = (escape(label), escape(url));
    if linkable(url) {
        if label == shown {
            format!("<a href=\"{shown}\">{shown}</a>")
        } else {
            format!("<a href=\"{shown}\">{label}</a>: {shown}")
        }
    } else {
        format!("{label}: {shown}")
    }
}

/// Text for an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
