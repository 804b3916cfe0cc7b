use super::*;

#[test]
fn skeletons_undo_doubled_consonants_and_ck() {
    assert_eq!(skeleton("bock"), "bok");
    assert_eq!(skeleton("fott"), "fot");
    assert!(same_skeleton("stad", "stad"));
    assert!(same_skeleton("bok", "bock"));
    assert!(!same_skeleton("bok", "bot"));
    assert!(!same_skeleton("ab", "ab"), "too short to tell");
}

#[test]
fn trigram_similarity_as_pg_trgm() {
    let g = trigrams("word");
    assert_eq!(g.len(), 5, "{g:?}");
    assert!((similarity(&g, &g) - 1.0).abs() < f32::EPSILON);
    assert!(similarity(&trigrams("utbilda"), &trigrams("utbildning")) > 0.4);
    assert!(similarity(&trigrams("socialtjansten"), &trigrams("socialstyrelsen")) < 0.4);
}

#[test]
fn a_long_shared_beginning_is_a_family() {
    assert!(shared_beginning("utbilda", &trigrams("utbilda"), "utbildning"));
    assert!(!shared_beginning("socialtjansten", &trigrams("socialtjansten"), "socialstyrelsen"));
    assert!(!shared_beginning("hotel", &trigrams("hotel"), "hostel"));
    assert!(!shared_beginning("workshop", &trigrams("workshop"), "works"), "a compound's head");
    assert!(!shared_beginning("manniskor", &trigrams("manniskor"), "manniskohandel"));
    assert!(!shared_beginning("hotellfo", &trigrams("hotellfo"), "hotels"));
    assert!(shared_beginning("exploaterade", &trigrams("exploaterade"), "exploatering"));
}
