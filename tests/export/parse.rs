//! Each export format read back by a real parser of that format, and checked against
//! the entries' presentations: every entry, every field.

use biblatex::{Bibliography, ChunksExt, Type};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use metodstod::catalogue::{Entry, LinkKind};
use metodstod::export::{Kind, kind};
use metodstod::present::Presentation;

/// A text as every format writes it on one line: white space runs become one space.
pub fn line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn paragraphs(text: &str) -> Vec<String> {
    text.lines().map(line).filter(|p| !p.is_empty()).collect()
}

fn lines(items: &[String]) -> Vec<String> {
    items.iter().map(|s| line(s)).collect()
}

fn urls(p: &Presentation) -> Vec<String> {
    p.links.iter().map(|l| l.url.clone()).collect()
}

/// CSV through the `csv` crate: the header, then one row per entry, every column.
pub fn csv(out: &str, shown: &[Presentation], lang: metodstod::i18n::Lang) {
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => panic!("no CSV header: {e}"),
    };
    assert_eq!(header, metodstod::export::csv_header(lang));
    let rows: Vec<csv::StringRecord> = match reader.records().collect() {
        Ok(rows) => rows,
        Err(e) => panic!("not CSV: {e}\n{out}"),
    };
    assert_eq!(rows.len(), shown.len());
    for (row, p) in rows.iter().zip(shown) {
        // A cell a spreadsheet would run as a formula starts with an apostrophe.
        let cell = |i: usize| {
            let c = row.get(i).unwrap_or_default();
            match c.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
                _ => c.to_string(),
            }
        };
        let material = p.links.iter().find(|l| l.kind == LinkKind::Material).or(p.links.first());
        let expected = [
            p.id.clone(),
            line(&p.title),
            lines(&p.publisher_names).join("; "),
            p.year.map(|y| y.to_string()).unwrap_or_default(),
            lines(&p.languages).join("; "),
            lines(&p.formats).join("; "),
            lines(&p.audiences).join("; "),
            lines(&p.categories).join("; "),
            paragraphs(&p.summary).join("\n"),
            material.map(|l| l.url.clone()).unwrap_or_default(),
            urls(p).join(" "),
        ];
        for (i, value) in expected.iter().enumerate() {
            assert_eq!(&cell(i), value, "{}: column {}", p.id, header[i]);
        }
    }
}

/// RIS: every line a tag `XX  - value` (or the empty line between records), every
/// record ended by `ER  - `, and every field of every entry in its tag.
pub fn ris(out: &str, entries: &[&Entry], shown: &[Presentation]) {
    let mut records: Vec<Vec<(String, String)>> = Vec::new();
    let mut open: Option<Vec<(String, String)>> = None;
    for (n, text) in out.lines().enumerate() {
        if text.is_empty() {
            assert!(open.is_none(), "line {n}: an empty line inside a record");
            continue;
        }
        let bytes = text.as_bytes();
        let tagged = bytes.len() >= 6
            && bytes[0].is_ascii_uppercase()
            && (bytes[1].is_ascii_uppercase() || bytes[1].is_ascii_digit())
            && &text[2..6] == "  - ";
        assert!(tagged, "line {n} is no RIS tag line: {text:?}");
        let (tag, value) = (text[..2].to_string(), text[6..].to_string());
        if tag == "TY" {
            assert!(open.is_none(), "line {n}: TY inside a record");
            open = Some(Vec::new());
        }
        let Some(record) = open.as_mut() else { panic!("line {n}: a tag outside a record") };
        if tag == "ER" {
            assert_eq!(value, "", "line {n}");
            records.push(open.take().unwrap_or_default());
        } else {
            record.push((tag, value));
        }
    }
    assert!(open.is_none(), "the last record has no ER");
    assert!(shown.is_empty() || out.ends_with("ER  - \n\n"));
    assert_eq!(records.len(), shown.len());
    for ((record, p), entry) in records.iter().zip(shown).zip(entries) {
        let all = |tag: &str| -> Vec<String> {
            record.iter().filter(|(t, _)| t == tag).map(|(_, v)| v.clone()).collect()
        };
        let ty = match kind(entry) {
            Kind::Video => "VIDEO",
            Kind::Book => "BOOK",
            Kind::Web => "ELEC",
            Kind::Other => "GEN",
        };
        assert_eq!(record[0], ("TY".to_string(), ty.to_string()));
        assert_eq!(all("ID"), std::slice::from_ref(&p.id));
        assert_eq!(all("TI"), [line(&p.title)]);
        let authors: Vec<String> =
            p.publisher_names.iter().map(|n| format!("{},", line(n))).collect();
        assert_eq!(all("AU"), authors, "{}", p.id);
        assert_eq!(all("PY"), p.year.map(|y| y.to_string()).into_iter().collect::<Vec<_>>());
        // One tag for every language: readers keep only a record's first `LA`.
        let languages = Some(p.languages.join("; ")).filter(|l| !l.is_empty());
        assert_eq!(all("LA"), languages.into_iter().collect::<Vec<_>>(), "{}", p.id);
        assert_eq!(all("AB"), [line(&p.summary)]);
        let keywords: Vec<String> =
            p.categories.iter().chain(&p.keywords).map(|k| line(k)).collect();
        assert_eq!(all("KW"), keywords);
        assert_eq!(all("UR"), urls(p));
    }
}

/// BibTeX through the `biblatex` crate: the entry type, the key, the corporate
/// authors whole, and every field with its escapes undone.
pub fn bibtex(out: &str, entries: &[&Entry], shown: &[Presentation]) {
    let bibliography = match Bibliography::parse(out) {
        Ok(b) => b,
        Err(e) => panic!("not BibTeX: {e:?}\n{out}"),
    };
    assert_eq!(bibliography.len(), shown.len());
    for ((parsed, p), entry) in bibliography.iter().zip(shown).zip(entries) {
        assert_eq!(parsed.key, p.id);
        let expected_type = match kind(entry) {
            Kind::Book => "book",
            Kind::Web => "online",
            Kind::Video | Kind::Other => "misc",
        };
        assert_eq!(parsed.entry_type.to_string().to_lowercase(), expected_type, "{}", p.id);
        let field = |name: &str| parsed.get(name).map(ChunksExt::format_verbatim);
        assert_eq!(field("title"), Some(line(&p.title)), "{}", p.id);
        // The biblatex crate reads any name holding "=" as biblatex's extended name
        // format ("family=…") even inside braces, and returns it empty; such names
        // are checked in the field's text instead.
        let names = lines(&p.publisher_names);
        let people = match parsed.author() {
            Ok(people) => people.iter().map(|a| a.name.clone()).collect::<Vec<_>>(),
            Err(e) => panic!("{}: no authors: {e:?}", p.id),
        };
        assert_eq!(people.len(), names.len(), "{}", p.id);
        let author_field = field("author").unwrap_or_default();
        for (person, name) in people.iter().zip(&names) {
            if name.contains('=') {
                assert!(author_field.contains(name.as_str()), "{}: {name} in {author_field}", p.id);
            } else {
                assert_eq!(person, name, "{}", p.id);
            }
        }
        assert_eq!(field("year"), p.year.map(|y| y.to_string()));
        assert_eq!(field("abstract"), Some(paragraphs(&p.summary).join(" ")), "{}", p.id);
        let keywords: Vec<String> =
            p.categories.iter().chain(&p.keywords).map(|k| line(k)).collect();
        // Split at commas as biblatex splits a list, so a keyword holding a comma must
        // come back as one.
        let read = parsed.get("keywords").map(<Vec<String> as Type>::from_chunks);
        match read {
            Some(Ok(read)) => assert_eq!(read, keywords, "{}", p.id),
            Some(Err(e)) => panic!("{}: keywords unreadable: {e:?}", p.id),
            None => assert!(keywords.is_empty(), "{}: no keywords field", p.id),
        }
        assert_eq!(field("url"), p.links.first().map(|l| l.url.clone()));
        let languages: Vec<&str> = p
            .languages
            .iter()
            .map(|l| match l.as_str() {
                "sv" => "swedish",
                "en" => "english",
                other => other,
            })
            .collect();
        assert_eq!(field("language"), Some(languages.join(" and ")));
    }
}

/// An element of the parsed page: its name, attributes and text.
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    text: String,
}

fn elements(node: &Handle, out: &mut Vec<Element>) {
    if let NodeData::Element { name, attrs, .. } = &node.data {
        let attributes = attrs
            .borrow()
            .iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect();
        out.push(Element { name: name.local.to_string(), attributes, text: text_of(node) });
    }
    for child in node.children.borrow().iter() {
        elements(child, out);
    }
}

fn text_of(node: &Handle) -> String {
    let mut text = String::new();
    if let NodeData::Text { contents } = &node.data {
        text.push_str(&contents.borrow());
    }
    for child in node.children.borrow().iter() {
        text.push_str(&text_of(child));
    }
    text
}

/// HTML through html5ever: `lang`, one `h1`, an `h2` per entry with its title as
/// text, every field and link, and nothing that runs or loads.
pub fn html(out: &str, shown: &[Presentation], lang: &str) {
    let dom = match html5ever::parse_document(RcDom::default(), html5ever::ParseOpts::default())
        .from_utf8()
        .read_from(&mut out.as_bytes())
    {
        Ok(dom) => dom,
        Err(e) => panic!("cannot parse: {e}"),
    };
    assert!(dom.errors.borrow().is_empty(), "parse errors: {:?}", dom.errors.borrow());
    let mut all = Vec::new();
    elements(&dom.document, &mut all);
    let named = |name: &str| all.iter().filter(|e| e.name == name).collect::<Vec<_>>();
    let attr = |e: &Element, name: &str| {
        e.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    };
    assert_eq!(attr(named("html")[0], "lang").as_deref(), Some(lang));
    assert_eq!(named("h1").len(), 1);
    for forbidden in ["script", "link", "img", "iframe", "object", "embed", "form", "base"] {
        assert!(named(forbidden).is_empty(), "a {forbidden} element");
    }
    for e in &all {
        for (name, _) in &e.attributes {
            assert!(name != "src" && !name.starts_with("on"), "<{} {name}>", e.name);
        }
    }
    let titles: Vec<String> = named("h2").iter().map(|e| e.text.clone()).collect();
    assert_eq!(titles, shown.iter().map(|p| line(&p.title)).collect::<Vec<_>>());
    let labels: Vec<String> = named("dt").iter().map(|e| e.text.clone()).collect();
    let values: Vec<String> = named("dd").iter().map(|e| e.text.clone()).collect();
    let fields: Vec<&metodstod::present::Field> = shown.iter().flat_map(|p| &p.fields).collect();
    assert_eq!(labels, fields.iter().map(|f| f.label.to_string()).collect::<Vec<_>>());
    assert_eq!(values, fields.iter().map(|f| line(&f.value)).collect::<Vec<_>>());
    let texts: Vec<String> = named("p").iter().map(|e| e.text.clone()).collect();
    for p in shown {
        for paragraph in paragraphs(&p.summary) {
            assert!(texts.contains(&paragraph), "{}: summary {paragraph:?} missing", p.id);
        }
    }
    // The first link is the catalogue's source; then every link of every entry.
    let hrefs: Vec<String> = named("a").iter().filter_map(|e| attr(e, "href")).skip(1).collect();
    assert_eq!(hrefs, shown.iter().flat_map(urls).collect::<Vec<_>>());
    let anchors: Vec<String> = named("a").iter().skip(1).map(|e| e.text.clone()).collect();
    assert_eq!(
        anchors,
        shown.iter().flat_map(|p| p.links.iter().map(|l| line(&l.label))).collect::<Vec<_>>()
    );
}

/// Markdown, by its structure: one `#`, a `##` per entry whose text, escapes undone,
/// is the title, each field a list item, each link `[label](<url>)`.
pub fn markdown(out: &str, shown: &[Presentation]) {
    let unescape = |s: &str| {
        let mut text = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek()) {
                ('\\', Some(n)) if n.is_ascii_punctuation() => {}
                _ => text.push(c),
            }
        }
        text
    };
    assert_eq!(out.lines().filter(|l| l.starts_with("# ")).count(), 1);
    let titles: Vec<String> =
        out.lines().filter_map(|l| l.strip_prefix("## ")).map(unescape).collect();
    assert_eq!(titles, shown.iter().map(|p| line(&p.title)).collect::<Vec<_>>());
    let items = out.lines().filter(|l| l.starts_with("- **")).count();
    assert_eq!(items, shown.iter().map(|p| p.fields.len()).sum::<usize>());
    for p in shown {
        for link in &p.links {
            assert!(out.contains(&format!("](<{}>)", link.url)), "{}: {}", p.id, link.url);
        }
        for paragraph in paragraphs(&p.summary) {
            assert!(
                out.lines().any(|l| unescape(l) == paragraph),
                "{}: summary {paragraph:?} missing",
                p.id
            );
        }
    }
}
