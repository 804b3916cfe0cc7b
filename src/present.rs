//! An entry's presentation, built once and read by every output: the detail pane (which
//! only styles it), `show`, the line mode, the list line, the OSC 8 pieces, the scroll
//! bound, the citation and the export. ratatui-free and pure. A field is labelled and
//! ordered once, here, in `Presentation::new`; docs/architecture.md lists the other
//! files a new field touches.

use std::collections::HashMap;
use std::ops::Range;

use crate::catalogue::Text;
use crate::catalogue::{Catalogue, Entry, LinkKind, Localized};
use crate::i18n::{Lang, count, date_in_words, fill, grouped, language_name, texts};
use crate::search::limits::{MAX_QUERY_BYTES, MAX_QUERY_WORDS};
use crate::search::{Query, Why};
use crate::text::{address_host, sanitize, wrap, wrap_url};

/// "Label: value", for the fields every output lists in the same order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
}

/// A link as shown: its number (1-based), label in the language, address and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownLink {
    pub number: usize,
    pub label: String,
    pub url: String,
    pub kind: LinkKind,
}

impl ShownLink {
    /// The link as a listener hears it: its number, its name and where it leads, not
    /// its address letter by letter ("Länk 1: Nyhet om rapporten, bfuf.se").
    pub fn spoken(&self, lang: Lang) -> String {
        let t = texts(lang);
        let host = address_host(&self.url);
        sanitize(&format!("{} {}: {}, {host}", t.reader.link_word, self.number, self.label))
            .into_owned()
    }
}

/// How a link is shown among an entry's lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkForm {
    /// The name, then the whole address: to read and to click.
    Addresses,
    /// "Link 1: name, host": to hear; the address is said on request.
    Hosts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub id: String,
    pub title: String,
}

/// Everything shown of one entry, in one language, as plain (unsanitised) text: each
/// output makes it safe for where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    pub lang: Lang,
    pub id: String,
    pub title: String,
    pub publishers: String,
    /// The publishers one by one, in the language: `publishers` joined.
    pub publisher_names: Vec<String>,
    pub year: Option<u16>,
    /// The material's languages (codes, as in the catalogue), formats, audiences and
    /// category names, in the language: the lists `fields` joins, for exports that need
    /// them one by one.
    pub languages: Vec<String>,
    pub formats: Vec<String>,
    pub audiences: Vec<String>,
    pub categories: Vec<String>,
    /// The extra search words of the catalogue.
    pub keywords: Vec<String>,
    /// Publisher, year, languages, formats, audiences, categories: the empty left out.
    pub fields: Vec<Field>,
    pub summary: String,
    /// How people ask for the entry, in the language: searched, and shown only where
    /// the query matches one.
    pub asked_as: Vec<String>,
    pub links: Vec<ShownLink>,
    pub related: Vec<Related>,
}

impl Presentation {
    pub fn new(entry: &Entry, catalogue: &Catalogue, lang: Lang) -> Self {
        let t = texts(lang);
        let names = |items: &[Localized]| -> Vec<String> {
            items.iter().map(|l| l.get(lang).to_string()).collect()
        };
        let publisher_names = names(&entry.publisher);
        let languages: Vec<String> = entry.languages.iter().map(ToString::to_string).collect();
        let formats = names(&entry.formats);
        let audiences = names(&entry.audiences);
        let categories: Vec<String> = entry
            .categories
            .iter()
            .filter_map(|id| catalogue.category(id))
            .map(|c| c.name.get(lang).to_string())
            .collect();
        let publishers = publisher_names.join(", ");
        let fields = [
            (t.publisher.pick(publisher_names.len()), publishers.clone()),
            (t.year, year_text(entry.year, lang)),
            (t.languages.pick(languages.len()), language_names(&entry.languages, lang)),
            (t.formats.pick(formats.len()), formats.join(", ")),
            (t.audiences.pick(audiences.len()), audiences.join(", ")),
            // Category names hold commas themselves.
            (t.categories.pick(categories.len()), categories.join("; ")),
        ];
        Presentation {
            lang,
            id: entry.id.to_string(),
            title: entry.title.to_string(),
            publishers,
            publisher_names,
            year: entry.year,
            fields: fields
                .into_iter()
                .filter(|(_, value)| !value.is_empty())
                .map(|(label, value)| Field { label, value })
                .collect(),
            languages,
            formats,
            audiences,
            categories,
            keywords: entry.keywords.iter().map(ToString::to_string).collect(),
            summary: entry.summary.get(lang).to_string(),
            asked_as: entry.asked_as.get(lang).map(ToString::to_string).collect(),
            links: entry
                .links
                .iter()
                .enumerate()
                .map(|(i, l)| ShownLink {
                    number: i + 1,
                    label: l.label.get(lang).to_string(),
                    url: l.url.to_string(),
                    kind: l.kind,
                })
                .collect(),
            related: entry
                .related
                .iter()
                .filter_map(|id| catalogue.entry(id))
                .map(|e| Related { id: e.id.to_string(), title: e.title.to_string() })
                .collect(),
        }
    }

    /// Whether an address leads to the material itself, not only to its publisher's
    /// home page or the listing.
    pub fn has_direct_link(&self) -> bool {
        self.links.iter().any(|l| l.kind == LinkKind::Material)
    }

    /// A citation for a reference list: title, publisher, year, address; safe to print.
    /// Where the only address is the publisher's home page, the citation says so rather
    /// than passing the home page off as the material's address.
    pub fn citation(&self) -> String {
        let year = year_or_nd(self.year, self.lang);
        let mut text =
            format!("{}. {}, {year}.", self.title.trim_end_matches('.'), self.publishers);
        if let Some(link) = self.links.first() {
            text.push(' ');
            if !self.has_direct_link() {
                text.push_str(texts(self.lang).cite_publisher_site);
                text.push(' ');
            }
            text.push_str(&link.url);
        }
        sanitize(&text).into_owned()
    }

    /// The detail pane's lines at `width` columns: wrapped and sanitised, unstyled;
    /// the summary's words that `query` matches are marked. `links` says how a link
    /// is shown: with its whole address, or read by ear as its name and host.
    pub fn lines(&self, width: u16, query: &Query, links: LinkForm) -> Vec<DetailLine> {
        let width = usize::from(width.max(1));
        let t = texts(self.lang);
        let mut out: Vec<DetailLine> =
            wrap(&self.title, width).into_iter().map(DetailLine::Title).collect();
        // The number of links near the top, so a user knows before scrolling that
        // there is something to open; by ear the title is followed by the facts.
        if !self.links.is_empty() && links == LinkForm::Addresses {
            let hint = count(&t.links_hint, self.links.len(), self.lang);
            labelled(&mut out, t.links, &hint, width);
        }
        out.push(DetailLine::Blank);
        out.extend(field_lines(&self.fields, u16::try_from(width).unwrap_or(u16::MAX)));
        out.push(DetailLine::Blank);
        out.extend(wrap(&self.summary, width).into_iter().map(|text| {
            // Lines break between words, so each line's matches are its own.
            let marks = query.highlights(&text, self.lang);
            DetailLine::Summary { text, marks }
        }));
        self.found_by(&mut out, width, query);
        if !self.related.is_empty() && links == LinkForm::Hosts {
            // By ear the links come last, where End finds them; no bullets to be read.
            out.push(DetailLine::Blank);
            out.push(DetailLine::Heading(t.related));
            for related in &self.related {
                out.extend(wrap(&related.title, width).into_iter().map(DetailLine::Text));
            }
        }
        if !self.links.is_empty() {
            out.push(DetailLine::Blank);
            out.push(DetailLine::Heading(t.links));
            if !self.has_direct_link() {
                out.extend(wrap(t.no_direct_link, width).into_iter().map(DetailLine::Text));
            }
            for link in &self.links {
                if links == LinkForm::Hosts {
                    let said = link.spoken(self.lang);
                    out.extend(wrap(&said, width).into_iter().map(|text| DetailLine::Link {
                        number: link.number,
                        lead: String::new(),
                        text,
                    }));
                    continue;
                }
                let number = format!("{}. ", link.number);
                let indent = number.len();
                for (j, text) in
                    wrap(&link.label, width.saturating_sub(indent)).into_iter().enumerate()
                {
                    let lead = if j == 0 { number.clone() } else { " ".repeat(indent) };
                    out.push(DetailLine::Link { number: link.number, lead, text });
                }
                for text in wrap_url(&link.url, width.saturating_sub(indent)) {
                    out.push(DetailLine::Address { indent, text, url: link.url.clone() });
                }
            }
        }
        if !self.related.is_empty() && links == LinkForm::Addresses {
            out.push(DetailLine::Blank);
            out.push(DetailLine::Heading(t.related));
            for related in &self.related {
                for (j, line) in
                    wrap(&related.title, width.saturating_sub(2)).into_iter().enumerate()
                {
                    out.push(DetailLine::Text(format!(
                        "{}{line}",
                        if j == 0 { "• " } else { "  " }
                    )));
                }
            }
        }
        out
    }
}

impl Presentation {
    /// The ways of asking for the entry that the query matches, if any: why an entry
    /// whose title and summary do not hold the query's words was found.
    fn found_by(&self, out: &mut Vec<DetailLine>, width: usize, query: &Query) {
        const SHOWN: usize = 3;
        if query.is_empty() {
            return;
        }
        let found: Vec<&String> = self
            .asked_as
            .iter()
            .filter(|text| !query.highlights(text, self.lang).is_empty())
            .take(SHOWN)
            .collect();
        if found.is_empty() {
            return;
        }
        out.push(DetailLine::Blank);
        out.push(DetailLine::Heading(texts(self.lang).found_by));
        for text in found {
            for (j, line) in wrap(text, width.saturating_sub(2)).into_iter().enumerate() {
                let marks = query.highlights(&line, self.lang);
                let marks = marks.into_iter().map(|r| r.start + 2..r.end + 2).collect();
                let lead = if j == 0 { "• " } else { "  " };
                out.push(DetailLine::Summary { text: format!("{lead}{line}"), marks });
            }
        }
    }
}

/// One line of the detail pane, before styling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetailLine {
    Blank,
    Title(String),
    Heading(&'static str),
    /// A field's line: `label` ("Label:") on its first line only.
    Field {
        label: String,
        text: String,
    },
    Text(String),
    /// A line of the summary, with the character ranges the search matched.
    Summary {
        text: String,
        marks: Vec<Range<usize>>,
    },
    /// A line of link `number` (1-based): its number (or its indent, on a continuation)
    /// and label; read by ear, the whole of "Link 1: label, host".
    Link {
        number: usize,
        lead: String,
        text: String,
    },
    /// A piece of a link's address, `indent` columns in: a clickable OSC 8 piece.
    Address {
        indent: usize,
        text: String,
        url: String,
    },
}

/// Fields as "Label: value" lines, wrapped to `width` columns.
pub fn field_lines(fields: &[Field], width: u16) -> Vec<DetailLine> {
    let mut out = Vec::new();
    for field in fields {
        labelled(&mut out, field.label, &field.value, usize::from(width.max(1)));
    }
    out
}

/// "Label: value", wrapped, with the label set apart on the first line.
fn labelled(out: &mut Vec<DetailLine>, label: &str, value: &str, width: usize) {
    let text = format!("{label}: {value}");
    let split = label.chars().count() + 1;
    for (i, line) in wrap(&text, width).into_iter().enumerate() {
        if i == 0 && line.chars().count() >= split {
            let head: String = line.chars().take(split).collect();
            let rest: String = line.chars().skip(split).collect();
            out.push(DetailLine::Field { label: head, text: rest });
        } else {
            out.push(DetailLine::Field { label: String::new(), text: line });
        }
    }
}

/// The year, or the language's word for an unknown one.
/// The notes beside a search's results: the query's words that found nothing, and
/// the catalogue's words close to them when nothing was found at all.
pub fn why_lines(why: &Why, lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let listed = |words: &[String]| {
        let quoted: Vec<String> = words.iter().map(|w| quoted(w, lang)).collect();
        sanitize(&quoted.join(", ")).into_owned()
    };
    let mut out = Vec::new();
    if !why.unmatched.is_empty() {
        out.push(fill(t.nothing_for, &[("words", &listed(&why.unmatched))]));
    }
    if !why.suggestions.is_empty() {
        out.push(fill(t.did_you_mean, &[("words", &listed(&why.suggestions))]));
    }
    if why.cut.bytes {
        out.push(fill(t.query_cut_bytes, &[("bytes", &grouped(MAX_QUERY_BYTES, t))]));
    }
    if !why.cut.words.is_empty() {
        // A few are named; a pasted text may leave out hundreds.
        let (named, more) = why.cut.words.split_at(why.cut.words.len().min(CUT_NAMED));
        let words = if more.is_empty() {
            listed(named)
        } else {
            format!("{} (+{})", listed(named), more.len())
        };
        let max = MAX_QUERY_WORDS.to_string();
        out.push(fill(t.query_cut_words, &[("max", &max), ("words", &words)]));
    }
    out
}

/// How many of the words a query's limit left out are named.
const CUT_NAMED: usize = 5;

pub fn year_text(year: Option<u16>, lang: Lang) -> String {
    year.map_or_else(|| texts(lang).year_unknown.to_string(), |y| y.to_string())
}

/// The year, or the reference lists' "n.d." (no date).
fn year_or_nd(year: Option<u16>, lang: Lang) -> String {
    year.map_or_else(|| texts(lang).no_date.to_string(), |y| y.to_string())
}

/// The one-line form, `Title — Publisher, 2019 (sv)`, safe to print; cheap enough for
/// every line of a long list, so built without a whole presentation.
pub fn one_line(entry: &Entry, lang: Lang) -> String {
    let mut line = format!("{} — {}", entry.title, entry.publishers(lang));
    if let Some(year) = entry.year {
        line = format!("{line}, {year}");
    }
    line = format!("{line} ({})", language_names(&entry.languages, lang));
    sanitize(&line).into_owned()
}

/// Languages by name, never as bare codes: "svenska, engelska".
pub fn language_names(codes: &[Text], lang: Lang) -> String {
    codes.iter().map(|c| language_name(c, lang)).collect::<Vec<_>>().join(", ")
}

/// A title or a word in running text, in the language's quotation marks: ”x” in
/// Swedish, “x” in English.
pub fn quoted(text: &str, lang: Lang) -> String {
    let t = texts(lang);
    format!("{}{text}{}", t.quote_open, t.quote_close)
}

/// Where the catalogue comes from, in one line: "Källa: ”Metodstöd – från oss och
/// andra”, NSPM …, senast uppdaterad 13 februari 2024".
pub fn source_line(catalogue: &Catalogue, lang: Lang) -> String {
    let t = texts(lang);
    let source = &catalogue.source;
    format!(
        "{}: {}, {}, {} {}",
        t.about_source,
        quoted(&source.title, lang),
        source.publisher.get(lang),
        t.about_updated.to_lowercase(),
        date_in_words(&source.updated, lang)
    )
}

/// The "About the catalogue" rows: its source, dates in words, its size, and which
/// catalogue is in use (`file`: the path of a catalogue file; `None`: the embedded one).
pub fn about(catalogue: &Catalogue, file: Option<&str>, lang: Lang) -> Vec<Field> {
    let t = texts(lang);
    let source = &catalogue.source;
    let size = format!(
        "{}, {}",
        count(&t.resources, catalogue.entries.len(), lang),
        count(&t.categories_counted, catalogue.categories.len(), lang)
    );
    let note = source.note.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default();
    [
        (t.about_source, source.title.to_string()),
        (t.publisher.one, source.publisher.get(lang).to_string()),
        (t.about_address, source.address.to_string()),
        (t.about_published, date_in_words(&source.published, lang)),
        (t.about_updated, date_in_words(&source.updated, lang)),
        (t.about_entries, size),
        (t.about_note, note),
        (t.about_catalogue, file.map_or_else(|| t.about_embedded.to_string(), str::to_string)),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(label, value)| Field { label, value })
    .collect()
}

/// How many of `entries` each category holds, in the catalogue's category order.
pub fn category_counts<'a>(
    catalogue: &Catalogue,
    entries: impl Iterator<Item = &'a Entry>,
) -> Vec<usize> {
    let positions: HashMap<&str, usize> =
        catalogue.categories.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let mut counts = vec![0; catalogue.categories.len()];
    for entry in entries {
        for id in &entry.categories {
            if let Some(&i) = positions.get(id.as_str()) {
                counts[i] += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests;
