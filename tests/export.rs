//! `metodstod export` and `export::export`: every format read back by a real parser in
//! both languages (`export/parse.rs`), a hostile catalogue that breaks none of them,
//! BibTeX's braces counted as BibTeX counts them (`export/bibtex.rs`), an entry asked
//! for twice listed once, the goldens, and the command line's errors.
//!
//! The goldens live in `tests/golden/export.{sv,en}.*`. After an intended change of
//! output, rewrite them with `UPDATE_GOLDEN=1 cargo test --test integration export::` and review.

mod bibtex;
mod braces;
mod parse;

use std::path::PathBuf;

use crate::common;
use common::hostile::{at_path, mini_value, parse_value};
use common::{command, run, run_with, stderr, stdout};
use metodstod::catalogue::{self, Catalogue, Entry};
use metodstod::export::{ExportFormat, export};
use metodstod::i18n::Lang;
use metodstod::present::Presentation;
use serde_json::Value;

fn embedded() -> Catalogue {
    match catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("the embedded catalogue loads: {e}"),
    }
}

/// Every format of `entries`, each read back and checked field by field.
fn check_every_format(catalogue: &Catalogue, entries: &[&Entry], lang: Lang) {
    let shown: Vec<Presentation> =
        entries.iter().map(|e| Presentation::new(e, catalogue, lang)).collect();
    let out = |format| export(format, catalogue, entries, lang);
    parse::csv(&out(ExportFormat::Csv), &shown, lang);
    parse::ris(&out(ExportFormat::Ris), entries, &shown);
    parse::bibtex(&out(ExportFormat::Bibtex), entries, &shown);
    parse::html(&out(ExportFormat::Html), &shown, lang.code());
    parse::markdown(&out(ExportFormat::Markdown), &shown);
    let json: Value = match serde_json::from_str(&out(ExportFormat::Json)) {
        Ok(v) => v,
        Err(e) => panic!("not JSON: {e}"),
    };
    assert_eq!(json, serde_json::to_value(entries).unwrap_or_default());
}

#[test]
fn every_format_reads_back_every_entry_and_field_in_both_languages() {
    let catalogue = embedded();
    let all: Vec<&Entry> = catalogue.entries.iter().collect();
    for lang in [Lang::Sv, Lang::En] {
        check_every_format(&catalogue, &all, lang);
        check_every_format(&catalogue, &all[..1], lang);
        check_every_format(&catalogue, &[], lang);
    }
}

/// Text that means something in one format or another, in every text of an entry.
const NASTY: &str = "<script>alert(\"x\")</script> ER  - TY  - {a}} }{ 50% & $1 #2 _3_ ^4 ~5 \\6 @me *7* [8](9) |10| 'q', \"qq\", a,b;c --> ]]> \\end{document} =1+1";

fn hostile() -> Catalogue {
    let mut root = mini_value();
    let texts = [
        ("entries[0].title", format!("{NASTY} title")),
        // Not "=…" first: the biblatex crate reads a braced name that starts with "="
        // as empty (BibTeX itself does not); a title and a category start so instead.
        ("entries[0].publisher[0].sv", format!("{NASTY}, Stockholm")),
        ("entries[0].publisher[0].en", format!("Länsstyrelsen, Stockholm {NASTY}")),
        (
            "entries[0].summary.sv",
            format!("{NASTY}\nER  - \n\n- item\n1. one\n# heading\n  {NASTY}"),
        ),
        ("entries[0].summary.en", format!("line one, \"quoted\"\nER  - \n\n{NASTY}\n\n")),
        ("entries[0].formats[0].en", format!("{NASTY} film")),
        ("entries[0].formats[0].sv", NASTY.to_string()),
        ("entries[0].audiences[0].sv", NASTY.to_string()),
        ("entries[0].audiences[0].en", format!("-{NASTY}")),
        ("entries[0].links[0].label.sv", NASTY.to_string()),
        ("entries[0].links[0].label.en", format!("<a href=\"javascript:x\">{NASTY}")),
        ("entries[0].links[1].url", "https://example.org/50%25_(x)?a=1&b=\"2\"#top".to_string()),
        ("entries[0].keywords[0]", format!("ER  - {NASTY}")),
        ("entries[1].title", "=HYPERLINK(\"x\") } \\ %{".to_string()),
        ("categories[0].name.sv", NASTY.to_string()),
        ("categories[0].name.en", format!("+{NASTY}")),
        ("source.title", NASTY.to_string()),
    ];
    for (path, text) in texts {
        *at_path(&mut root, path) = Value::String(text);
    }
    *at_path(&mut root, "entries[0].year") = Value::Null;
    match parse_value(&root) {
        Ok(c) => c,
        Err(e) => panic!("the hostile catalogue is valid: {e}"),
    }
}

#[test]
fn a_hostile_catalogue_breaks_no_format_and_its_texts_read_back() {
    let catalogue = hostile();
    let all: Vec<&Entry> = catalogue.entries.iter().collect();
    for lang in [Lang::Sv, Lang::En] {
        check_every_format(&catalogue, &all, lang);
        let html = export(ExportFormat::Html, &catalogue, &all, lang);
        assert!(!html.contains("<script") && !html.contains("javascript:x\""), "{html}");
        let ris = export(ExportFormat::Ris, &catalogue, &all[..1], lang);
        assert!(!ris.contains("PY  - "), "no year, no PY: {ris}");
        let bib = export(ExportFormat::Bibtex, &catalogue, &all[..1], lang);
        assert!(!bib.contains("year ="), "no year, no year field: {bib}");
        let csv = export(ExportFormat::Csv, &catalogue, &all[..1], lang);
        assert!(!csv.contains(",=") && !csv.contains(",\"=") && !csv.contains(",-"), "{csv}");
    }
    let md = export(ExportFormat::Markdown, &catalogue, &all[..1], Lang::En);
    assert!(md.contains("- **Year:** unknown"), "{md}");
    let html = export(ExportFormat::Html, &catalogue, &all[..1], Lang::Sv);
    assert!(html.contains("<dt>År</dt><dd>okänt</dd>"), "{html}");
}

// --- The command line -------------------------------------------------------------

const EXTENSIONS: [(&str, &str); 6] = [
    ("md", "md"),
    ("csv", "csv"),
    ("ris", "ris"),
    ("bibtex", "bib"),
    ("json", "json"),
    ("html", "html"),
];

fn golden_path(lang: &str, extension: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("export.{lang}.{extension}"))
}

fn success(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    assert_eq!(stderr(&o), "", "{args:?}");
    stdout(&o)
}

#[test]
fn every_format_in_both_languages_matches_its_golden() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (format, extension) in EXTENSIONS {
        for lang in ["sv", "en"] {
            let out = success(&["--lang", lang, "export", "--format", format]);
            let path = golden_path(lang, extension);
            if update {
                if let Err(e) = std::fs::write(&path, &out) {
                    panic!("cannot write {}: {e}", path.display());
                }
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(expected) if expected == out => {}
                Ok(expected) => {
                    eprintln!(
                        "--- {}\n{expected}+++ export --format {format} --lang {lang}\n{out}",
                        path.display()
                    );
                    stale.push(path.display().to_string());
                }
                Err(e) => panic!("{}: {e}; create it with UPDATE_GOLDEN=1", path.display()),
            }
        }
    }
    assert!(stale.is_empty(), "differs from the golden (see above): {stale:?}");
}

#[test]
fn markdown_and_every_entry_by_default_json_as_list_json() {
    assert_eq!(success(&["export"]), success(&["export", "--format", "md"]));
    assert_eq!(success(&["export", "--format", "json"]), success(&["list", "--json"]));
    assert_eq!(
        success(&["export", "--format", "json", "--category", "embassies"]),
        success(&["list", "--json", "--category", "embassies"])
    );
}

fn ids_of(args: &[&str]) -> Vec<String> {
    let value: Value = serde_json::from_str(&success(args)).unwrap_or_default();
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["id"].as_str().map(String::from))
        .collect()
}

#[test]
fn ids_query_and_category_choose_the_entries() {
    assert_eq!(ids_of(&["export", "-f", "json", "bsr-trm", "sexit"]), ["bsr-trm", "sexit"]);
    assert_eq!(
        ids_of(&["export", "-f", "json", "--query", "ostersjo"]),
        ids_of(&["search", "ostersjo", "--json"])
    );
    assert_eq!(
        ids_of(&["export", "-f", "json", "--category", "embassies"]),
        ids_of(&["list", "--category", "embassies", "--json"])
    );
}

#[test]
fn an_id_asked_twice_is_listed_once_where_first_asked_in_every_format() {
    for (format, _) in EXTENSIONS {
        assert_eq!(
            success(&["export", "-f", format, "sexit", "bsr-trm", "sexit", "bsr-trm"]),
            success(&["export", "-f", format, "sexit", "bsr-trm"]),
            "{format}"
        );
    }
    assert_eq!(
        ids_of(&["export", "-f", "json", "sexit", "bsr-trm", "sexit"]),
        ["sexit", "bsr-trm"]
    );
}

#[test]
fn unknown_format_id_or_category_and_conflicts_are_errors() {
    let o = run(&["export", "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'pdf'") && stderr(&o).contains("bibtex"), "{}", stderr(&o));
    let o = run(&["export", "sexit", "sexitt", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no resource with the id \"sexitt\""), "{}", stderr(&o));
    assert!(stderr(&o).contains("did you mean sexit?"), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "nothing written before the error");
    let o = run(&["export", "--category", "embasies"]);
    assert_eq!(o.status.code(), Some(1));
    let said = "ingen kategori har namnet eller id:t \"embasies\"";
    assert!(stderr(&o).contains(said), "{}", stderr(&o));
    for args in [
        &["export", "sexit", "--query", "hotell"][..],
        &["export", "sexit", "--category", "embassies"],
        &["export", "--query", "hotell", "--category", "embassies"],
    ] {
        assert_eq!(run(args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_reader_that_went_away_ends_quietly() {
    for format in ["md", "csv", "ris", "bibtex", "json", "html"] {
        let (reader, writer) = match std::io::pipe() {
            Ok(pipe) => pipe,
            Err(e) => panic!("cannot make a pipe: {e}"),
        };
        drop(reader);
        let o = run_with(command().args(["export", "--format", format]).stdout(writer));
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{format}");
    }
}

#[test]
fn the_help_names_the_command_and_its_formats() {
    let help = success(&["export", "--help"]);
    for word in ["--format", "--query", "--category", "md", "csv", "ris", "bibtex", "json", "html"]
    {
        assert!(help.contains(word), "{word}: {help}");
    }
    assert!(success(&["--help"]).contains("export"));
}

#[test]
fn the_csv_header_follows_the_language_and_json_keys_stay_english() {
    let catalogue = embedded();
    let all: Vec<&Entry> = catalogue.entries.iter().collect();
    let first_line =
        |lang| export(ExportFormat::Csv, &catalogue, &all, lang).lines().next().map(str::to_string);
    assert_eq!(
        first_line(Lang::Sv).as_deref(),
        Some(
            "id,titel,utgivare,år,språk,format,målgrupper,kategorier,sammanfattning,materialets_adress,adresser"
        )
    );
    assert_eq!(
        first_line(Lang::En).as_deref(),
        Some(
            "id,title,publishers,year,languages,formats,audiences,categories,summary,material_url,urls"
        )
    );
    let json = |lang| export(ExportFormat::Json, &catalogue, &all, lang);
    assert_eq!(json(Lang::Sv), json(Lang::En), "JSON is the catalogue's own model");
    assert!(json(Lang::Sv).contains("\"publisher\":") && !json(Lang::Sv).contains("\"utgivare\""));
}
