use super::*;

#[test]
fn swedish_and_english_forms_share_a_stem() {
    let q = Stems::of_query("ungdomsmottagningen");
    assert!(q.meet(&Stems::of("ungdomsmottagningar", SV)));
    assert!(Stems::of_query("hotels").meet(&Stems::of("hotel", EN)));
    assert!(Stems::of_query("embassies").meet(&Stems::of("embassy", EN)));
    assert!(!Stems::of_query("hotels").meet(&Stems::of("hostel", EN)));
}

#[test]
fn a_word_longer_than_any_real_one_is_not_stemmed_and_costs_little() {
    let long = "ay".repeat(150_000);
    let started = std::time::Instant::now();
    assert_eq!(Stems::of(&long, SV | EN), Stems::default());
    let edge = "hotel".repeat(MAX_STEMMED_LETTERS / 5);
    assert!(!Stems::of(&edge, SV).sv.is_empty(), "a word within the bound is stemmed");
    assert!(Stems::of(&format!("{edge}{edge}"), SV).sv.is_empty());
    assert!(started.elapsed() < std::time::Duration::from_millis(200));
}

#[test]
fn definite_and_genitive_endings_snowball_keeps() {
    assert!(inflects("hotellet", "hotell"));
    assert!(inflects("handeln", "handel"));
    assert!(!inflects("handel", "han"));
    assert!(!inflects("hotellxyz", "hotell"));
}
