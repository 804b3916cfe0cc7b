//! RIS, the tagged format of reference managers (Zotero, EndNote, Mendeley): one
//! record per entry, each line `XX  - value`, each record ending with `ER  - `.
//!
//! A value is one line: line breaks and runs of white space become one space, so no
//! text can start a line of its own, and `ER  - ` inside a title is just text.
//!
//! Publishers are corporate authors: `AU` with a trailing comma ("Socialstyrelsen,"),
//! the convention of the RIS specification and EndNote for a name that is not
//! "Last, First". Zotero's RIS import splits an `AU` value at its comma into last and
//! first name; with nothing after the comma the first name stays empty and the whole
//! name is kept as one, where a bare "Region Västra Götaland" would be cut into a first
//! name "Region Västra" and a last name "Götaland". (`A2` is the secondary author,
//! an editor, and would be wrong here.)

use std::fmt::Write as _;

use super::{Kind, List, one_line};

pub(super) fn write(list: &List) -> String {
    let mut out = String::new();
    for entry in list.entries {
        let shown = &entry.shown;
        let mut tag = |tag: &str, value: &str| {
            let value = one_line(value);
            if !value.is_empty() {
                let _ = writeln!(out, "{tag}  - {value}");
            }
        };
        tag("TY", item_type(entry.kind));
        tag("ID", &shown.id);
        tag("TI", &shown.title);
        for publisher in &shown.publisher_names {
            tag("AU", &format!("{},", one_line(publisher).trim_end_matches(',')));
        }
        if let Some(year) = shown.year {
            tag("PY", &year.to_string());
        }
        // One tag for all: readers keep the first `LA` of a record and drop the rest.
        tag("LA", &shown.languages.join("; "));
        tag("AB", &shown.summary);
        for keyword in shown.categories.iter().chain(&shown.keywords) {
            tag("KW", keyword);
        }
        for link in &shown.links {
            tag("UR", &link.url);
        }
        // The end tag has nothing after its dash and space.
        out.push_str("ER  - \n\n");
    }
    out
}

/// The RIS reference type of a kind of material.
pub fn item_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Video => "VIDEO",
        Kind::Book => "BOOK",
        Kind::Web => "ELEC",
        Kind::Other => "GEN",
    }
}
