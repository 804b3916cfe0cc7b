//! Every text of the tables is shown somewhere: a field of `Texts`, `CliTexts` or
//! `KeyTexts` that no code reads is a message the user can never see (as "Okänt
//! kommando. Skriv ? för hjälp." once was), kept translated for nothing.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// The `pub name:` fields of `struct name { … }` in `source`.
fn fields(source: &str, name: &str) -> Vec<String> {
    let Some(start) = source.find(&format!("pub struct {name} {{")) else {
        panic!("no struct {name}")
    };
    let body = &source[start..];
    let body = &body[..body.find("\n}").unwrap_or(body.len())];
    body.lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split_once(':').map(|(field, _)| field.trim().to_string()))
        .filter(|f| !f.contains(' '))
        .collect()
}

/// Every `.rs` file under `dir`, but the tables that only fill the texts in.
fn sources(dir: &Path, out: &mut Vec<String>) {
    let tables = ["sv.rs", "en.rs", "cli_sv.rs", "cli_en.rs"];
    let Ok(entries) = std::fs::read_dir(dir) else { panic!("{} is readable", dir.display()) };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let in_i18n = path.parent().is_some_and(|p| p.ends_with("i18n"));
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if !(in_i18n && tables.contains(&name)) {
                out.push(read(&path));
            }
        }
    }
}

#[test]
fn every_text_of_the_tables_is_read_somewhere() {
    let i18n = read(&root().join("src/i18n.rs"));
    let cli = read(&root().join("src/i18n/cli.rs"));
    let keys = read(&root().join("src/i18n/keys.rs"));
    let mut all = fields(&i18n, "Texts");
    all.extend(fields(&cli, "CliTexts"));
    all.extend(fields(&keys, "KeyTexts"));
    assert!(all.len() > 100, "{} fields", all.len());
    let mut code = Vec::new();
    sources(&root().join("src"), &mut code);
    // A name two tables share (`no_entry`) must be read at least twice.
    let reads = |field: &str| {
        let read = format!(".{field}");
        code.iter()
            .flat_map(|source| {
                source.match_indices(&read).filter(|(at, _)| {
                    let next = source[at + read.len()..].chars().next();
                    !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            })
            .count()
    };
    let unused: Vec<&String> = all
        .iter()
        .filter(|field| reads(field) < all.iter().filter(|f| f == field).count())
        .collect();
    assert!(unused.is_empty(), "texts no code reads: {unused:?}");
}
