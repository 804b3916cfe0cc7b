use super::*;

#[test]
fn words_are_runs_of_letters_and_digits_at_char_indices() {
    let found: Vec<_> = words("Östersjö-staternas råd (CBSS), 3.0").collect();
    assert_eq!(
        found,
        [(0, "Östersjö"), (9, "staternas"), (19, "råd"), (24, "CBSS"), (31, "3"), (33, "0")]
    );
    assert_eq!(words(" ,.! ").count(), 0);
}

#[test]
fn suspended_compounds_are_read_whole() {
    let found = suspended("Om för- och nackdelar i hälso- och sjukvården.");
    assert!(found.contains(&"fördelar".to_string()), "{found:?}");
    assert!(found.contains(&"hälsovården".to_string()), "{found:?}");
    assert!(!found.iter().any(|w| w.ends_with("nackdelar")));
    assert!(suspended("Mini-Maria och TRM-BSR").is_empty());
    let listed = suspended("barn-, ungdoms- och vuxenpsykiatri");
    assert!(listed.contains(&"barnpsykiatri".to_string()), "{listed:?}");
    assert!(listed.contains(&"ungdomspsykiatri".to_string()), "{listed:?}");
}
