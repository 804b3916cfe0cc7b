use super::*;

#[test]
fn equal_short_texts_share_one_allocation_only_while_interning() {
    let (a, b) = interning(|| (Text::from("handbok"), Text::from("handbok")));
    assert!(Arc::ptr_eq(&a.0, &b.0));
    let (c, d) = (Text::from("handbok"), Text::from("handbok"));
    assert!(!Arc::ptr_eq(&c.0, &d.0), "no table outside a parse");
    assert_eq!(a, c);
}

#[test]
fn one_of_a_kind_fields_skip_the_table() {
    #[derive(serde::Deserialize)]
    struct Row {
        #[serde(deserialize_with = "unique")]
        id: Text,
        #[serde(deserialize_with = "unique_list")]
        related: Box<[Text]>,
        kind: Text,
    }
    let json =
        r#"[{"id": "a", "related": ["a"], "kind": "a"}, {"id": "a", "related": [], "kind": "a"}]"#;
    let rows: Vec<Row> = interning(|| serde_json::from_str(json)).unwrap_or_default();
    assert_eq!(rows.len(), 2);
    assert!(!Arc::ptr_eq(&rows[0].id.0, &rows[1].id.0));
    assert!(!Arc::ptr_eq(&rows[0].id.0, &rows[0].related[0].0));
    assert!(Arc::ptr_eq(&rows[0].kind.0, &rows[1].kind.0));
    assert_eq!((&rows[0].related[0], &rows[1].kind), (&rows[0].id, &rows[0].id));
}

#[test]
fn long_texts_are_never_shared() {
    let long = "å".repeat(INTERN_MAX);
    let (a, b) = interning(|| (Text::from(long.as_str()), Text::from(long.as_str())));
    assert!(!Arc::ptr_eq(&a.0, &b.0));
    assert_eq!(a, b);
}

#[test]
fn the_table_is_gone_after_a_panic_and_an_outer_one_comes_back() {
    let outer = interning(|| {
        let caught = std::panic::catch_unwind(|| interning(|| panic!("parse failed")));
        assert!(caught.is_err());
        (Text::from("sv"), Text::from("sv"))
    });
    assert!(Arc::ptr_eq(&outer.0.0, &outer.1.0), "the outer table is restored");
    assert!(INTERNER.with(|table| table.borrow().is_none()));
}

#[test]
fn json_round_trip_and_comparisons_see_the_words() {
    let parsed: Vec<Text> =
        interning(|| serde_json::from_str(r#"["ö\u0308", "ab"]"#)).unwrap_or_default();
    assert_eq!(parsed, ["ö\u{308}", "ab"]);
    assert_eq!(serde_json::to_string(&parsed).ok().as_deref(), Some(r#"["ö̈","ab"]"#));
    assert_eq!(format!("{:>4}|{:?}", parsed[1], parsed[1]), "  ab|\"ab\"");
}
