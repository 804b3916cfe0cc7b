use super::cores::PARALLEL_THRESHOLD;
use super::query::within_bytes;
use super::*;
use crate::catalogue::{Catalogue, Origin, parse};

mod hostile;
mod whole_searches;

fn mini() -> Catalogue {
    match parse(include_str!("../../tests/fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    }
}

fn ids(catalogue: &Catalogue, query: &str) -> Vec<String> {
    let index = Index::new(catalogue);
    index
        .search(catalogue, &Query::parse(query))
        .iter()
        .map(|m| catalogue.entries[m.entry].id.to_string())
        .collect()
}

#[test]
fn empty_query_lists_everything_in_catalogue_order() {
    let c = mini();
    assert_eq!(ids(&c, ""), ["sexit", "manual", "trm", "embassy", "film", "knowledge"]);
    assert_eq!(ids(&c, "   "), ids(&c, ""));
}

#[test]
fn prefix_of_a_title_finds_it_first() {
    let c = mini();
    assert_eq!(ids(&c, "sexi").first().map(String::as_str), Some("sexit"));
    // A title that begins with the word being typed outweighs the whole word in a
    // summary ("Sex steg"); once the word is closed, the whole word counts.
    assert_eq!(ids(&c, "sex").first().map(String::as_str), Some("sexit"));
    assert_eq!(ids(&c, "sex ").first().map(String::as_str), Some("manual"));
}

#[test]
fn title_weighs_more_than_other_fields() {
    let c = mini();
    // "handbook" is the title of `embassy` and a format of `sexit` and `manual`.
    let found = ids(&c, "handbook");
    assert_eq!(found.first().map(String::as_str), Some("embassy"));
    assert!(found.contains(&"sexit".to_string()));
}

#[test]
fn entries_matching_every_word_come_before_those_matching_some() {
    let c = mini();
    let found = ids(&c, "baltic embassies");
    assert_eq!(found.first().map(String::as_str), Some("embassy"));
    assert!(found.len() > 1, "a partial match is listed too: {found:?}");
    // A word the catalogue lacks never empties the list, and is named.
    assert_eq!(ids(&c, "sexit zzzz"), ["sexit"]);
    let index = Index::new(&c);
    let query = Query::parse("sexit zzzz");
    let why = index.why(&query, &index.search(&c, &query));
    assert_eq!(why.unmatched, ["zzzz"]);
    assert!(why.suggestions.is_empty());
}

#[test]
fn among_equal_counts_the_rarer_word_and_the_better_field_rank_first() {
    let mut matches = vec![
        Match { entry: 0, score: 0, words: 0b01, title_positions: Vec::new() },
        Match { entry: 1, score: 0, words: 0b10, title_positions: Vec::new() },
        Match { entry: 2, score: 0, words: 0b01, title_positions: Vec::new() },
    ];
    let summary = |kind| {
        let mut hits = [None; vocab::CLASSES];
        hits[vocab::CLASSES - 1] = Some(rules::Hit::new(0, kind, false));
        weigh::word_weight(&hits)
    };
    let exact = summary(rules::Kind::Exact);
    let weights = [exact, 0, 0, exact, exact, 0];
    // Word 0 is held by two entries, word 1 by one: word 1 is the rarer.
    weigh::weigh(&mut matches, &weights, 3);
    assert!(matches[1].score > matches[0].score && matches[0].score == matches[2].score);
    // The same word in a title outweighs it in a summary.
    let mut title = [None; vocab::CLASSES];
    title[0] = Some(rules::Hit::new(0, rules::Kind::Exact, false));
    assert!(weigh::word_weight(&title) > exact);
    // More words always beat heavier ones.
    let two = rank::score_of(4, 0);
    let one = rank::score_of(2, 0) | (((1i64 << 40) - 1) << weigh::WEIGHT_SHIFT);
    assert!(two > one);
}

#[test]
fn nothing_found_offers_close_words() {
    let c = mini();
    let index = Index::new(&c);
    // Two edits off "hotell": more than a typo, close enough to offer.
    let query = Query::parse("qxhotell");
    assert!(index.search(&c, &query).is_empty());
    let why = index.why(&query, &[]);
    assert_eq!(why.suggestions.first().map(String::as_str), Some("hotell"), "{why:?}");
    assert!(why.suggestions.len() <= 3 && why.unmatched.is_empty(), "{why:?}");
    let query = Query::parse("qqqqqqqq");
    let why = index.why(&query, &[]);
    assert!(why.suggestions.is_empty(), "no word is close: {why:?}");
}

#[test]
fn plain_letters_match_accented_ones() {
    let c = mini();
    let found = ids(&c, "ostersjo");
    assert!(found.contains(&"trm".to_string()) && found.contains(&"embassy".to_string()));
    assert!(ids(&c, "manniskohandel").contains(&"manual".to_string()));
}

#[test]
fn accented_letters_match_only_themselves() {
    let c = mini();
    // "skogsägare" is in one summary; "skogsagare" written without ä matches it too,
    // but "skogsåg" must not match "skogsäg".
    assert_eq!(ids(&c, "skogsagare"), ["film"]);
    assert_eq!(ids(&c, "skogsägare"), ["film"]);
    assert!(ids(&c, "skogsåg").is_empty());
    // ö does not match o: "Kunskapsstöd" has ö, "Film om hotell" has only o.
    assert!(ids(&c, "östersjö").contains(&"trm".to_string()));
    assert!(!ids(&c, "hötell").contains(&"film".to_string()));
}

#[test]
fn smart_case() {
    let c = mini();
    assert!(ids(&c, "nrm").contains(&"manual".to_string()));
    assert!(ids(&c, "NRM").contains(&"manual".to_string()));
    // An uppercase letter makes the term case-sensitive: no title or field has "SeXit".
    assert!(ids(&c, "SeXit").is_empty());
    assert_eq!(ids(&c, "Sexit").first().map(String::as_str), Some("sexit"));
}

#[test]
fn decomposed_query_matches_composed_text() {
    let c = mini();
    assert_eq!(ids(&c, "o\u{308}stersjo\u{308}"), ids(&c, "östersjö"));
}

#[test]
fn summary_matches_by_substring_not_fuzzily() {
    let c = mini();
    assert_eq!(ids(&c, "yrkesverksamma"), ["knowledge"]);
    // The letters of "yrkesverksamma" scattered through prose must not match.
    assert!(ids(&c, "ykvsm zzq").is_empty());
}

#[test]
fn categories_audiences_and_formats_are_searched_in_both_languages() {
    let c = mini();
    assert!(ids(&c, "socialtjänsten").contains(&"knowledge".to_string()));
    assert!(ids(&c, "podcast").contains(&"film".to_string()));
    assert!(ids(&c, "podd").contains(&"film".to_string()));
    assert!(ids(&c, "identification").contains(&"manual".to_string()));
}

#[test]
fn highlight_positions_are_char_indices_of_the_title() {
    let c = mini();
    let index = Index::new(&c);
    let results = index.search(&c, &Query::parse("mans"));
    let manual = results.iter().find(|m| c.entries[m.entry].id == "manual");
    let Some(manual) = manual else { panic!("manual not found") };
    let title: Vec<char> = c.entries[manual.entry].title.chars().collect();
    let picked: String =
        manual.title_positions.iter().map(|&i| fold_char(lower_char(title[i]))).collect();
    assert_eq!(picked, "mans");
    // Positions past a multi-byte letter are still char positions: "ä" in "människohandel".
    let results = index.search(&c, &Query::parse("handel"));
    let manual = results.iter().find(|m| c.entries[m.entry].id == "manual");
    let Some(manual) = manual else { panic!("manual not found") };
    let picked: String = manual.title_positions.iter().map(|&i| title[i]).collect();
    assert_eq!(picked, "handel");
}

#[test]
fn ties_keep_catalogue_order() {
    let c = mini();
    let index = Index::new(&c);
    let results = index.search(&c, &Query::parse("example"));
    for pair in results.windows(2) {
        if pair[0].score == pair[1].score {
            assert!(pair[0].entry < pair[1].entry);
        }
    }
    // Both `trm` and `embassy` match "råd" equally through the same publisher.
    let found = ids(&c, "råd");
    let trm = found.iter().position(|id| id == "trm");
    let embassy = found.iter().position(|id| id == "embassy");
    assert!(trm < embassy, "{found:?}");
}

#[test]
fn a_longer_query_never_finds_less_than_its_words_do() {
    let c = mini();
    let index = Index::new(&c);
    for (short, long) in
        [("hand", "hand zzzz"), ("baltic", "baltic embassies"), ("sexit", "sexit hotell")]
    {
        let few = index.search(&c, &Query::parse(short));
        let more = index.search(&c, &Query::parse(long));
        assert!(few.iter().all(|m| more.iter().any(|n| n.entry == m.entry)), "{short} / {long}");
    }
}

#[test]
fn parallel_search_equals_serial_search() {
    let c = mini();
    let mut big = c.clone();
    for i in 0..=(PARALLEL_THRESHOLD / c.entries.len()) {
        for e in &c.entries {
            let mut e = e.clone();
            e.id = format!("{}-{i}", e.id).into();
            big.entries.push(e);
        }
    }
    let index = Index::new(&big);
    let query = Query::parse("hand ö");
    let all: Vec<usize> = (0..index.len()).collect();
    let plans = plan::plans(&index.vocab, &query, &Never).unwrap_or_default();
    let touched = plan::Touched::of(&index.vocab, &plans);
    let serial =
        index.search_chunk(&big, &query, (&plans, &touched), &all, &Never).unwrap_or_default();
    let (mut serial_sorted, weights) = serial;
    weigh::weigh(&mut serial_sorted, &weights, all.len());
    serial_sorted.sort_by_key(|m| std::cmp::Reverse(m.score));
    assert!(index.len() >= PARALLEL_THRESHOLD);
    assert_eq!(index.search(&big, &query), serial_sorted);
}

#[test]
fn a_cancelled_search_gives_no_answer() {
    let c = mini();
    let index = Index::new(&c);
    let all: Vec<usize> = (0..index.len()).collect();
    let stop = std::sync::atomic::AtomicBool::new(true);
    assert_eq!(index.search_within(&c, &Query::parse("hand"), &all, &stop), None);
    stop.store(false, std::sync::atomic::Ordering::Relaxed);
    assert!(index.search_within(&c, &Query::parse("hand"), &all, &stop).is_some());
}

#[test]
fn shared_short_fields_are_stored_once() {
    let c = mini();
    let index = Index::new(&c);
    // "Östersjöstaternas råd" is the publisher of two entries, "handbok" a format of three.
    let count = |text: &str| index.originals.iter().filter(|o| *o == text).count();
    assert_eq!(count("Östersjöstaternas råd"), 1);
    assert_eq!(count("handbok"), 1);
}

#[test]
fn an_index_grown_batch_by_batch_is_the_index_of_the_whole() {
    let whole = match crate::catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("embedded invalid: {e}"),
    };
    let full = Index::new(&whole);
    for batch in [1, 3, 7] {
        let mut grown = whole.clone();
        grown.entries.clear();
        let mut index = Index::default();
        for chunk in whole.entries.chunks(batch) {
            grown.entries.extend_from_slice(chunk);
            index.extend(&grown);
        }
        assert_eq!(index.vocab.words, full.vocab.words);
        assert_eq!(index.vocab.sorted, full.vocab.sorted);
        assert_eq!(index.words, full.words);
        for q in [
            "",
            "hand",
            "människohandel",
            "hotel",
            "ostersjo",
            "prostitu",
            "sxt",
            "polis utbild",
            "manniskohandl",
        ] {
            let query = Query::parse(q);
            assert_eq!(
                index.search(&grown, &query),
                full.search(&whole, &query),
                "{q:?}, batches of {batch}"
            );
        }
    }
}

#[test]
fn the_embedded_table_leads_to_words_the_catalogue_has() {
    let catalogue = match crate::catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    assert!(catalogue.synonyms.len() >= 40, "{} groups", catalogue.synonyms.len());
    let index = Index::new(&catalogue);
    // A word or phrase is in the catalogue when some entry holds every one of its words.
    let held = |phrase: &str| {
        let query = Query::parse(&format!("{phrase} "));
        let all = (1u64 << query.words().count()) - 1;
        index.search(&catalogue, &query).iter().any(|m| m.words == all)
    };
    for (i, group) in catalogue.synonyms.iter().enumerate() {
        let targets = group.lead_to.as_deref().unwrap_or(&group.words);
        assert!(targets.iter().any(|t| held(t)), "synonyms[{i}] leads to no word of an entry");
    }
}

/// With no results, why passes over the whole vocabulary; a search cancelled meanwhile
/// stops it too.
#[test]
fn why_stops_when_its_search_is_cancelled() {
    let c = mini();
    let index = Index::new(&c);
    let query = Query::parse("handbookk ");
    let stopped = std::sync::atomic::AtomicBool::new(true);
    assert_eq!(index.why_within(&query, &[], &stopped), None);
    let why = index.why_within(&query, &[], &Never);
    assert!(
        why.is_some_and(|why| !why.suggestions.is_empty()),
        "the same pass, not stopped, offers words"
    );
}
