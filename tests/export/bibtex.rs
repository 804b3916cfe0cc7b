//! BibTeX read as BibTeX and biber read it: braces counted in every field of every
//! entry, over the embedded catalogue, the hostile one and random texts full of braces;
//! a keyword holding a comma read back as one. `scripts/bibtex-roundtrip` runs the
//! real programs on the same kinds of catalogue.

use metodstod::catalogue::{Catalogue, Entry};
use metodstod::export::{ExportFormat, export};
use metodstod::i18n::Lang;
use metodstod::present::Presentation;
use proptest::prelude::*;
use serde_json::Value;

use super::braces::{assert_fields_whole, fields_whole};
use super::common::hostile::{at_path, mini_value, parse_value};
use super::{embedded, hostile, parse};

fn bibtex(catalogue: &Catalogue, lang: Lang) -> String {
    let all: Vec<&Entry> = catalogue.entries.iter().collect();
    export(ExportFormat::Bibtex, catalogue, &all, lang)
}

#[test]
fn every_field_of_the_embedded_and_the_hostile_catalogue_ends_where_it_should() {
    for catalogue in [embedded(), hostile()] {
        for lang in [Lang::Sv, Lang::En] {
            assert_fields_whole(&bibtex(&catalogue, lang));
        }
    }
}

#[test]
fn the_check_sees_a_brace_that_ends_a_field_early_or_runs_it_on() {
    let whole = "@misc{a,\n  title = {{x \\{y\\}}},\n  year = {2020},\n}\n";
    assert_eq!(fields_whole(whole), Ok(()));
    for broken in [
        // A lone `}` ends the title early (biber then drops the year).
        whole.replace("\\{y", "y"),
        // A lone `{` runs the title on to the end of the file.
        whole.replace("y\\}", "y"),
        // Balanced in total but not in each field: the title swallows the year.
        "@misc{a,\n  title = {{x {}},\n  year = {2020}},\n}\n".to_string(),
    ] {
        assert!(fields_whole(&broken).is_err(), "{broken}");
    }
}

#[test]
fn a_keyword_with_a_comma_is_one_keyword() {
    let catalogue = embedded();
    let Some(entry) = catalogue.entries.iter().find(|e| e.keywords.iter().any(|k| k.contains(',')))
    else {
        panic!("the embedded catalogue has a keyword with a comma")
    };
    let out = export(ExportFormat::Bibtex, &catalogue, &[entry], Lang::Sv);
    let shown = Presentation::new(entry, &catalogue, Lang::Sv);
    parse::bibtex(&out, &[entry], &[shown]);
}

/// Texts made of braces, backslashes, commas and the odd letter, BibTeX's hardest.
fn braces_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        proptest::sample::select(vec!['{', '}', '{', '}', '\\', ',', ' ', 'a', '%', '-']),
        0..24,
    )
    .prop_map(|chars| format!("x{}", chars.into_iter().collect::<String>()))
}

/// The fixture with `texts` in every text the BibTeX export writes.
fn with_braces(texts: &[String; 6]) -> Catalogue {
    let mut root = mini_value();
    let paths = [
        "entries[0].title",
        "entries[0].publisher[0].sv",
        "entries[0].summary.sv",
        "entries[0].keywords[0]",
        "categories[0].name.sv",
        "entries[1].title",
    ];
    for (path, text) in paths.iter().zip(texts) {
        *at_path(&mut root, path) = Value::String(text.clone());
    }
    match parse_value(&root) {
        Ok(c) => c,
        Err(e) => panic!("valid with {texts:?}: {e}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_braces_leave_every_field_whole_and_read_back(
        texts in proptest::array::uniform6(braces_text()),
    ) {
        let catalogue = with_braces(&texts);
        let entries: Vec<&Entry> = catalogue.entries.iter().take(2).collect();
        let out = export(ExportFormat::Bibtex, &catalogue, &entries, Lang::Sv);
        assert_fields_whole(&out);
        let shown: Vec<Presentation> =
            entries.iter().map(|e| Presentation::new(e, &catalogue, Lang::Sv)).collect();
        parse::bibtex(&out, &entries, &shown);
    }
}
