//! Checks a parsed catalogue for every problem serde cannot see: duplicates, dangling
//! references, empty text, unsafe links and characters that could drive the terminal.

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;

use serde_json::Value;

use super::{Catalogue, Category, Entry, Localized, SCHEMA, Source, Synonyms, Text, read_typed};
use crate::i18n::Lang;
use crate::text::is_allowed_url;
use crate::text::{first_forbidden, sanitize, table_words};

/// One problem, at a JSON path such as `entries[3].links[0].url`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// The message in Swedish, where one is written.
    pub swedish: Option<String>,
}

impl Problem {
    pub fn new(path: &str, message: String) -> Self {
        Problem { path: path.to_string(), message, swedish: None }
    }

    /// A problem said in both languages.
    pub fn said(path: &str, english: String, swedish: String) -> Self {
        Problem { path: path.to_string(), message: english, swedish: Some(swedish) }
    }

    /// "path: message" in `lang` (English where no Swedish is written).
    pub fn text(&self, lang: Lang) -> String {
        let message = match (lang, &self.swedish) {
            (Lang::Sv, Some(swedish)) => swedish,
            _ => &self.message,
        };
        // Paths and messages may quote the user's file: never let it reach the terminal raw.
        format!("{}: {}", sanitize(&self.path), sanitize(message))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: &str, english: impl Into<String>, swedish: impl Into<String>) {
        self.problems.push(Problem::said(path, english.into(), swedish.into()));
    }

    /// Non-empty, and free of control characters; `multiline` allows line breaks. The
    /// path is built only for a problem: a big catalogue has millions of texts.
    fn text(&mut self, path: impl Fn() -> String, value: &str, multiline: bool) {
        if value.trim().is_empty() {
            self.push(
                &path(),
                "empty text; write something or remove the item",
                "tom text; skriv något eller ta bort fältet",
            );
        }
        if let Some(c) = first_forbidden(value, multiline) {
            let code = u32::from(c);
            self.push(
                &path(),
                format!(
                    "contains the control character U+{code:04X}; remove it (escape sequences and bidi overrides are not allowed)"
                ),
                format!(
                    "innehåller styrtecknet U+{code:04X}; ta bort det (escape-sekvenser och tecken som vänder textriktningen är inte tillåtna)"
                ),
            );
        }
    }

    fn localized(&mut self, path: impl Fn() -> String, value: &Localized, multiline: bool) {
        self.text(|| format!("{}.sv", path()), &value.sv, multiline);
        self.text(|| format!("{}.en", path()), &value.en, multiline);
    }

    fn id(&mut self, path: impl Fn() -> String, id: &str) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !ok {
            let id = sanitize(id);
            self.push(
                &path(),
                format!(
                    "invalid id {id:?}; use only the letters a–z, the digits 0–9, '-' and '_', e.g. \"sexit\""
                ),
                format!(
                    "ogiltigt id {id:?}; använd bara bokstäverna a–z, siffrorna 0–9, '-' och '_', till exempel \"sexit\""
                ),
            );
        }
    }

    fn url(&mut self, path: impl Fn() -> String, url: &str) {
        self.text(&path, url, false);
        if !url.trim().is_empty() && !is_allowed_url(url) {
            let url = sanitize(url);
            self.push(
                &path(),
                format!(
                    "{url:?} is not an http, https or mailto address; write it in full, e.g. https://example.org/"
                ),
                format!(
                    "{url:?} är ingen http-, https- eller mailto-adress; skriv den i sin helhet, till exempel https://example.org/"
                ),
            );
        }
    }
}

/// Every semantic problem of a catalogue; empty when it is valid.
pub fn validate(catalogue: &Catalogue) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new() };
    let category_ids = check_head(&mut c, catalogue);
    check_entries(&mut c, catalogue.entries.iter().enumerate(), &category_ids, &HashSet::new());
    c.problems
}

/// The parts of a catalogue with structural problems that serde could still read, each
/// with its place in the file, and the ids of the parts it could not: a reference to
/// one of those is no problem of the referring part.
#[derive(Debug, Default)]
pub(super) struct Readable {
    pub schema: Option<u32>,
    pub source: Option<Source>,
    pub categories: Vec<(usize, Category)>,
    pub synonyms: Vec<(usize, Synonyms)>,
    pub entries: Vec<(usize, Entry)>,
    pub other_category_ids: HashSet<Text>,
    pub other_entry_ids: HashSet<Text>,
}

impl Readable {
    /// Everything but the entries, from the catalogue's tree; the entries come one by
    /// one (`entry`).
    pub fn head(&mut self, tree: &Value) {
        self.schema = tree.get("schema").and_then(from_tree);
        self.source = tree.get("source").and_then(from_tree);
        for (i, v) in items(tree, "categories") {
            match from_tree(v) {
                Some(category) => self.categories.push((i, category)),
                None => self.other_category_ids.extend(id_of(v)),
            }
        }
        for (i, v) in items(tree, "synonyms") {
            if let Some(group) = from_tree(v) {
                self.synonyms.push((i, group));
            }
        }
    }

    /// The whole catalogue's tree.
    pub fn whole(tree: &Value) -> Self {
        let mut readable = Readable::default();
        readable.head(tree);
        for (i, v) in items(tree, "entries") {
            readable.entry(i, v);
        }
        readable
    }

    /// Entry `index`, read if it can be.
    pub fn entry(&mut self, index: usize, tree: &Value) {
        match from_tree(tree) {
            Some(entry) => self.entries.push((index, entry)),
            None => self.other_entry_ids.extend(id_of(tree)),
        }
    }

    /// The problems beyond the shape of every part that could be read.
    pub fn validate(&self) -> Vec<Problem> {
        let mut c = Checker { problems: Vec::new() };
        if let Some(schema) = self.schema {
            check_schema(&mut c, schema);
        }
        if let Some(source) = &self.source {
            check_source(&mut c, source);
        }
        let mut category_ids =
            check_categories(&mut c, self.categories.iter().map(|(i, cat)| (*i, cat)));
        category_ids.extend(self.other_category_ids.iter().map(Text::as_str));
        check_synonyms(&mut c, self.synonyms.iter().map(|(i, group)| (*i, group)));
        let entries = self.entries.iter().map(|(i, entry)| (*i, entry));
        check_entries(&mut c, entries, &category_ids, &self.other_entry_ids);
        c.problems
    }
}

/// A typed part read from its tree, by way of its text: the one typed reader
/// (`read_typed`). Only a file with structural problems comes here.
fn from_tree<T: serde::de::DeserializeOwned>(tree: &Value) -> Option<T> {
    read_typed(tree.to_string().as_bytes())
}

/// The elements of the list `field` of `tree`, with their places.
fn items<'a>(tree: &'a Value, field: &str) -> impl Iterator<Item = (usize, &'a Value)> {
    tree.get(field).and_then(Value::as_array).into_iter().flatten().enumerate()
}

fn id_of(tree: &Value) -> Option<Text> {
    tree.get("id").and_then(Value::as_str).map(Text::from)
}

/// Ids well-formed and unique, and each entry's own rules; a related id may also be
/// one of `other_ids`.
fn check_entries<'a, I>(
    c: &mut Checker,
    entries: I,
    category_ids: &HashSet<&str>,
    other_ids: &HashSet<Text>,
) where
    I: Iterator<Item = (usize, &'a Entry)> + Clone,
{
    let mut entry_ids = HashSet::new();
    for (i, entry) in entries.clone() {
        check_id(c, || format!("entries[{i}].id"), entry, entry_ids.insert(entry.id.as_str()));
    }
    for (i, entry) in entries {
        check_entry(c, &format!("entries[{i}]"), entry, category_ids, |id| {
            entry_ids.contains(id) || other_ids.contains(id)
        });
    }
}

/// Whether a catalogue that arrives in parts (its head, then its entries in order) is
/// valid, checked part by part as it arrives, so that little is left to check when the
/// last part comes. It finds the problems `validate` finds, without naming them: for
/// that, `validate` reads the whole again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arriving {
    category_ids: HashSet<Text>,
    entry_ids: HashSet<Text>,
    /// Each entry's references to others, known to be valid only once all have come.
    related: Vec<Text>,
    invalid: bool,
}

impl Arriving {
    /// Checks the head: schema, source and categories (its entries, if any, are not read).
    pub fn new(head: &Catalogue) -> Self {
        let mut c = Checker { problems: Vec::new() };
        let category_ids = check_head(&mut c, head).into_iter().map(Text::from).collect();
        Arriving { category_ids, invalid: !c.problems.is_empty(), ..Arriving::default() }
    }

    /// Checks the next entries.
    pub fn entries(&mut self, entries: &[Entry]) {
        if self.invalid {
            return;
        }
        let mut c = Checker { problems: Vec::new() };
        for entry in entries {
            check_id(&mut c, String::new, entry, self.entry_ids.insert(entry.id.clone()));
            // Whether a related entry exists is known only at the end.
            check_entry(&mut c, "", entry, &self.category_ids, |_| true);
            self.related.extend(entry.related.iter().cloned());
        }
        self.invalid = !c.problems.is_empty();
    }

    /// Whether what arrived breaks no rule that can be judged before the end.
    pub fn sound_so_far(&self) -> bool {
        !self.invalid
    }

    /// Whether everything that arrived is valid; to be asked once all has.
    pub fn valid(&self) -> bool {
        !self.invalid && self.related.iter().all(|id| self.entry_ids.contains(id))
    }
}

/// Checks the schema, the source and the categories; returns the category ids.
fn check_head<'a>(c: &mut Checker, catalogue: &'a Catalogue) -> HashSet<&'a str> {
    check_schema(c, catalogue.schema);
    check_source(c, &catalogue.source);
    let category_ids = check_categories(c, catalogue.categories.iter().enumerate());
    check_synonyms(c, catalogue.synonyms.iter().enumerate());
    category_ids
}

fn check_schema(c: &mut Checker, version: u32) {
    if version != SCHEMA {
        c.push(
            "schema",
            format!("schema version {version} is not supported; this version of the program reads only schema version {SCHEMA}"),
            format!("schemaversion {version} stöds inte; den här versionen av programmet kan bara läsa schemaversion {SCHEMA}"),
        );
    }
}

fn check_source(c: &mut Checker, s: &Source) {
    c.text(|| "source.title".to_string(), &s.title, false);
    c.localized(|| "source.publisher".to_string(), &s.publisher, false);
    c.url(|| "source.address".to_string(), &s.address);
    c.text(|| "source.published".to_string(), &s.published, false);
    c.text(|| "source.updated".to_string(), &s.updated, false);
    if let Some(note) = &s.note {
        c.localized(|| "source.note".to_string(), note, false);
    }
}

/// Checks each category, at its place; returns their ids.
fn check_categories<'a>(
    c: &mut Checker,
    categories: impl Iterator<Item = (usize, &'a Category)>,
) -> HashSet<&'a str> {
    let mut category_ids = HashSet::new();
    for (i, cat) in categories {
        let path = format!("categories[{i}]");
        c.id(|| format!("{path}.id"), &cat.id);
        if !category_ids.insert(cat.id.as_str()) {
            let id = sanitize(&cat.id);
            c.push(
                &format!("{path}.id"),
                format!("duplicate category id {id:?}"),
                format!("kategori-id:t {id:?} finns redan"),
            );
        }
        c.localized(|| format!("{path}.name"), &cat.name, false);
        c.localized(|| format!("{path}.description"), &cat.description, false);
    }
    category_ids
}

/// The most words a synonym phrase may have, counted as the search counts them (runs
/// of letters and digits): a longer one is a sentence, not a name.
pub const MAX_PHRASE_WORDS: usize = 8;

/// The most words or phrases in a synonym group's `words`, and in its `lead_to`: the
/// search compares each with the query's words on every key typed.
pub const MAX_GROUP_WORDS: usize = 64;

/// Every group non-empty and within the search's limits, every phrase a short text of
/// words as the search reads them, and no word in two mutual groups (the search could
/// not tell which group it means). Words are counted and compared by the search's own
/// rules (`text::table_words`): "youth-clinic" and "youth clinic!" are "youth clinic".
fn check_synonyms<'a>(c: &mut Checker, groups: impl Iterator<Item = (usize, &'a Synonyms)>) {
    let mut mutual: HashMap<Vec<String>, usize> = HashMap::new();
    for (i, group) in groups {
        let path = format!("synonyms[{i}]");
        let lists = [("words", Some(&group.words)), ("lead_to", group.lead_to.as_ref())];
        for (field, list) in lists {
            let Some(list) = list else { continue };
            if list.is_empty() {
                c.push(
                    &format!("{path}.{field}"),
                    "empty list; name at least one word or phrase",
                    "tom lista; ange minst ett ord eller en fras",
                );
            }
            if list.len() > MAX_GROUP_WORDS {
                c.push(
                    &format!("{path}.{field}"),
                    format!(
                        "{} words or phrases, more than the {MAX_GROUP_WORDS} the search reads; split the group by meaning",
                        list.len()
                    ),
                    format!(
                        "{} ord eller fraser, fler än de {MAX_GROUP_WORDS} sökningen läser; dela gruppen efter betydelse",
                        list.len()
                    ),
                );
            }
            for (j, phrase) in list.iter().enumerate() {
                let at = || format!("{path}.{field}[{j}]");
                c.text(at, phrase, false);
                let words = table_words(phrase);
                if words.is_empty() && !phrase.trim().is_empty() {
                    c.push(
                        &at(),
                        "no letters or digits, so the search can never match it",
                        "inga bokstäver eller siffror, så sökningen kan aldrig träffa det",
                    );
                }
                if words.len() > MAX_PHRASE_WORDS {
                    c.push(
                        &at(),
                        format!(
                            "a phrase of more than {MAX_PHRASE_WORDS} words ({} as the search counts them); keep to a name or a term",
                            words.len()
                        ),
                        format!(
                            "en fras på mer än {MAX_PHRASE_WORDS} ord ({} som sökningen räknar dem); håll dig till ett namn eller en term",
                            words.len()
                        ),
                    );
                }
            }
        }
        if group.lead_to.is_none() {
            if group.words.len() == 1 {
                c.push(
                    &format!("{path}.words"),
                    "a mutual group of one word; add the words it is the same as, or a \"lead_to\" list",
                    "en ömsesidig grupp med ett enda ord; lägg till orden det är synonymt med, eller en lista \"lead_to\"",
                );
            }
            for (j, phrase) in group.words.iter().enumerate() {
                let key = table_words(phrase);
                if key.is_empty() {
                    continue;
                }
                match mutual.get(&key) {
                    Some(&first) if first != i => c.push(
                        &format!("{path}.words[{j}]"),
                        format!(
                            "{:?} is already in the mutual group synonyms[{first}] (the search reads both as {:?}); merge the two groups",
                            sanitize(phrase),
                            key.join(" ")
                        ),
                        format!(
                            "{:?} finns redan i den ömsesidiga gruppen synonyms[{first}] (sökningen läser båda som {:?}); slå ihop de två grupperna",
                            sanitize(phrase),
                            key.join(" ")
                        ),
                    ),
                    _ => {
                        mutual.insert(key, i);
                    }
                }
            }
        }
    }
}

/// An entry's id: well-formed, and `first` (not met before in the catalogue).
fn check_id(c: &mut Checker, path: impl Fn() -> String, entry: &Entry, first: bool) {
    c.id(&path, &entry.id);
    if !first {
        let id = sanitize(&entry.id);
        c.push(
            &path(),
            format!("duplicate id {id:?}; every resource needs an id of its own"),
            format!("id:t {id:?} finns redan; varje material måste ha ett eget id"),
        );
    }
}

fn check_entry(
    c: &mut Checker,
    path: &str,
    entry: &Entry,
    category_ids: &HashSet<impl Borrow<str> + Eq + Hash>,
    known: impl Fn(&str) -> bool,
) {
    c.text(|| format!("{path}.title"), &entry.title, false);
    if entry.publisher.is_empty() {
        c.push(
            &format!("{path}.publisher"),
            "no publisher; name at least one",
            "utgivare saknas; ange minst en",
        );
    }
    for (j, p) in entry.publisher.iter().enumerate() {
        c.localized(|| format!("{path}.publisher[{j}]"), p, false);
    }
    for (j, l) in entry.languages.iter().enumerate() {
        c.text(|| format!("{path}.languages[{j}]"), l, false);
    }
    for (j, f) in entry.formats.iter().enumerate() {
        c.localized(|| format!("{path}.formats[{j}]"), f, false);
    }
    for (j, a) in entry.audiences.iter().enumerate() {
        c.localized(|| format!("{path}.audiences[{j}]"), a, false);
    }
    if entry.categories.is_empty() {
        c.push(
            &format!("{path}.categories"),
            "no category; list at least one category id",
            "kategori saknas; ange minst ett kategori-id",
        );
    }
    for (j, id) in entry.categories.iter().enumerate() {
        if !category_ids.contains(id.as_str()) {
            let id = sanitize(id);
            c.push(
                &format!("{path}.categories[{j}]"),
                format!(
                    "unknown category id {id:?}; it must be one of the ids under \"categories\""
                ),
                format!(
                    "okänt kategori-id {id:?}; det måste vara ett av id:na under \"categories\""
                ),
            );
        }
    }
    c.localized(|| format!("{path}.summary"), &entry.summary, true);
    for (j, link) in entry.links.iter().enumerate() {
        c.localized(|| format!("{path}.links[{j}].label"), &link.label, false);
        c.url(|| format!("{path}.links[{j}].url"), &link.url);
    }
    for (j, id) in entry.related.iter().enumerate() {
        let p = format!("{path}.related[{j}]");
        if id == &entry.id {
            c.push(
                &p,
                "a resource cannot be related to itself",
                "ett material kan inte hänvisa till sig självt",
            );
        } else if !known(id.as_str()) {
            let id = sanitize(id);
            c.push(
                &p,
                format!("unknown id {id:?}; it must be the id of another resource"),
                format!("okänt id {id:?}; det måste vara id:t för ett annat material"),
            );
        }
    }
    for (j, k) in entry.keywords.iter().enumerate() {
        c.text(|| format!("{path}.keywords[{j}]"), k, false);
    }
    for lang in [Lang::Sv, Lang::En] {
        for (j, text) in entry.asked_as.get(lang).enumerate() {
            let code = lang.code();
            c.text(|| format!("{path}.asked_as.{code}[{j}]"), text, false);
        }
    }
}

#[cfg(test)]
mod tests;
