use super::*;
use crate::search::rules::stem::Stems;
use crate::search::words::loose;

struct Of<'a>(&'a QWord, Stems);

impl Forms for Of<'_> {
    fn stems_meet(&self) -> bool {
        self.0.stems.meet(&self.1)
    }
    fn sv_stem(&self) -> String {
        self.1.sv.clone()
    }
}

fn hit(query: &str, last: bool, word: &str) -> Option<(u8, Kind)> {
    let q = QWord::new(query, last, false);
    let stems = Stems::of(word, crate::search::rules::stem::SV | crate::search::rules::stem::EN);
    classify(&q, word, &loose(word), &Of(&q, stems)).map(|h| (h.typos, h.kind))
}

#[test]
fn word_families_by_vowel_spelling_and_beginning() {
    // Smart diacritics would keep "ä" from "a"; a word family may cross it.
    assert_eq!(hit("misstänker", false, "misstanke"), Some((0, Kind::Near)));
    assert_eq!(hit("städer", false, "stad"), Some((0, Kind::Near)));
    assert_eq!(hit("böcker", false, "bok"), Some((0, Kind::Near)));
    assert_eq!(hit("utbilda", false, "utbildning"), Some((0, Kind::Near)));
    assert_eq!(hit("hötell", false, "hotell"), None, "no family, so smart diacritics hold");
    assert_eq!(hit("skogsåg", false, "skogsägare"), None);
    // Case stays strict.
    assert_eq!(hit("SeXit", false, "Sexit"), None);
    assert_eq!(hit("socialtjänsten", false, "socialstyrelsen"), None);
}

#[test]
fn compounds_across_linking_letters() {
    assert_eq!(hit("kvinna", false, "kvinnojour"), Some((0, Kind::Part)));
    assert_eq!(hit("människa", false, "människohandel"), Some((0, Kind::Part)));
    assert_eq!(hit("förening", false, "föreningsliv"), Some((0, Kind::Part)));
    assert_eq!(hit("handel", false, "han"), None);
}

#[test]
fn each_rule_by_itself() {
    assert_eq!(hit("hotell", false, "Hotell"), Some((0, Kind::Exact)));
    assert_eq!(hit("ungdomsmottagningen", false, "ungdomsmottagningar"), Some((0, Kind::Stem)));
    assert_eq!(hit("hotellet", false, "hotell"), Some((0, Kind::Stem)));
    assert_eq!(hit("socialst", true, "socialstyrelsen"), Some((0, Kind::Prefix)));
    assert_eq!(hit("socialst", false, "socialstyrelsen"), Some((0, Kind::Part)));
    assert_eq!(hit("våld", false, "hedersvåld"), Some((0, Kind::Part)));
    assert_eq!(hit("handel", false, "människohandel"), Some((0, Kind::Part)));
    assert_eq!(hit("socialstyrelssen", false, "socialstyrelsen"), Some((1, Kind::Typo)));
}

#[test]
fn a_prefix_only_for_the_word_being_typed() {
    assert_eq!(hit("hot", false, "hotell"), None);
    assert_eq!(hit("hot", true, "hotell"), Some((0, Kind::Prefix)));
}

#[test]
fn typos_by_length_and_a_swap_is_one() {
    // Four letters: none allowed.
    assert_eq!(hit("hotl", false, "hotel"), None);
    // Five to eight: one, and a swap of neighbours counts as one.
    assert_eq!(hit("hotle", false, "hotel"), Some((1, Kind::Typo)));
    assert_eq!(hit("embasyy", false, "embassy"), Some((1, Kind::Typo)));
    assert_eq!(hit("ebmassy", false, "embassy"), Some((1, Kind::Typo)));
    assert_eq!(hit("ebmasys", false, "embassy"), None);
    // Nine and more: two.
    assert_eq!(hit("socailstyrelssen", false, "socialstyrelsen"), Some((2, Kind::Typo)));
    assert_eq!(hit("socailstyrelsssen", false, "socialstyrelsen"), None);
}

#[test]
fn codes_order_as_the_ranking_and_round_trip() {
    let exact = Hit::new(0, Kind::Exact, false);
    let tail = Hit::new(0, Kind::Part, true);
    let typo = Hit::new(1, Kind::Typo, false);
    assert!(exact.code() < tail.code() && tail.code() < typo.code());
    let near = Hit::new(0, Kind::Near, false);
    assert!(tail.code() < near.code());
    for h in [exact, tail, typo, near, Hit::new(2, Kind::Typo, false)] {
        assert_eq!(Hit::from_code(h.code()), Some(h));
    }
    assert_eq!(Hit::from_code(0), None);
}
