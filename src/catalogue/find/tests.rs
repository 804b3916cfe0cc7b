use crate::catalogue::embedded;

#[test]
fn a_category_by_its_id_its_names_or_a_unique_beginning() {
    let Ok(catalogue) = embedded() else { panic!("the embedded catalogue loads") };
    let id = |wanted: &str| {
        catalogue.find_category(wanted).map(|i| catalogue.categories[i].id.to_string())
    };
    for wanted in [
        "embassies",
        "ambassader",
        "Ambassader och konsulat",
        "AMBASSADER OCH KONSULAT",
        "embassies and consulates",
        "emb",
    ] {
        assert_eq!(id(wanted), Ok("embassies".to_string()), "{wanted}");
    }
    assert_eq!(id("besoksnaringen"), Ok("hospitality".to_string()), "without diacritics");
    assert_eq!(id("Vid misstanke"), Ok("identification-referral".to_string()));
    assert!(id("s").is_err_and(|several| several.len() > 1), "ambiguous");
    assert_eq!(id("nothing like it"), Err(Vec::new()));
    assert_eq!(id("  "), Err(Vec::new()));
}
