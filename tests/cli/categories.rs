//! A category asked for by its Swedish or English name, or a unique beginning of one,
//! as well as by its id; `categories` shows both names.

use crate::common;

use common::{command, run_with, stderr, stdout};

fn in_lang(lang: &str, args: &[&str]) -> std::process::Output {
    run_with(command().env("METODSTOD_LANG", lang).args(args))
}

#[test]
fn list_and_export_take_a_category_by_either_name() {
    let by_id = stdout(&in_lang("sv", &["list", "--category", "embassies"]));
    assert!(!by_id.is_empty());
    for wanted in ["ambassader", "Ambassader och konsulat", "Embassies and", "EMB"] {
        for lang in ["sv", "en"] {
            let o = in_lang(lang, &["list", "--category", wanted]);
            assert_eq!(o.status.code(), Some(0), "{wanted}: {}", stderr(&o));
            if lang == "sv" {
                assert_eq!(stdout(&o), by_id, "{wanted}");
            }
        }
    }
    let o = in_lang("en", &["export", "--format", "csv", "--category", "besöksnäringen"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2, "a header and the one resource");
}

#[test]
fn an_ambiguous_or_unknown_category_is_explained() {
    let o = in_lang("sv", &["list", "--category", "s"]);
    assert_eq!(o.status.code(), Some(1));
    let said = stderr(&o);
    assert!(said.contains("kan vara flera kategorier"), "{said}");
    assert!(said.contains("”Samarbete med andra länder”"), "{said}");
    let o = in_lang("en", &["list", "--category", "nowhere"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no category has the name or id \"nowhere\""), "{}", stderr(&o));
}

#[test]
fn categories_shows_both_names() {
    for (lang, line) in [
        ("sv", "embassies                Ambassader och konsulat / Embassies and consulates (1)"),
        ("en", "embassies                Embassies and consulates / Ambassader och konsulat (1)"),
    ] {
        let out = stdout(&in_lang(lang, &["categories"]));
        assert!(out.lines().any(|l| l.starts_with(line)), "{out}");
    }
}
