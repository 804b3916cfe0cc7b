//! The search under hostile input: limits that are said, costs that grow with the
//! input, and answers that do not depend on how a table is ordered.

use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::*;
use crate::catalogue::{Origin, Synonyms, parse};

fn mini() -> Catalogue {
    match parse(include_str!("../../../tests/fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    }
}

fn group(words: &[&str], lead_to: Option<Vec<String>>) -> Synonyms {
    Synonyms {
        words: words.iter().map(|w| (*w).into()).collect(),
        lead_to: lead_to.map(|l| l.into_iter().map(Into::into).collect()),
    }
}

fn titles(c: &Catalogue, matches: &[Match]) -> Vec<String> {
    matches.iter().map(|m| c.entries[m.entry].title.to_string()).collect()
}

#[test]
fn a_word_past_the_word_limit_is_named_as_cut_not_as_unmatched() {
    let c = mini();
    let index = Index::new(&c);
    // Repeats are one word: "film" 64 times and "hotell" are two words, both searched.
    let query = Query::parse(&format!("{}hotell", "film ".repeat(64)));
    assert_eq!(query.words().collect::<Vec<_>>(), ["film", "hotell"]);
    let matches = index.search(&c, &query);
    let why = index.why(&query, &matches);
    assert!(why.unmatched.is_empty() && why.cut.is_empty(), "{why:?}");
    assert_eq!(titles(&c, &matches).first().map(String::as_str), Some("Film om hotell"));
    // 64 distinct words, then "hotell": the 65th is cut and named so.
    let filler: Vec<String> = (0..MAX_QUERY_WORDS).map(|i| format!("zq{i}")).collect();
    let filler = filler.join(" ") + " ";
    let query = Query::parse(&format!("{filler}hotell"));
    assert_eq!(query.words().count(), MAX_QUERY_WORDS);
    assert_eq!(query.cut().words, ["hotell"]);
    let matches = index.search(&c, &query);
    let why = index.why(&query, &matches);
    assert!(!why.unmatched.contains(&"hotell".to_string()), "{why:?}");
    assert_eq!(why.cut.words, ["hotell"]);
}

#[test]
fn a_query_past_the_byte_limit_is_cut_between_words_and_says_so() {
    let long = format!("{}hotell", "sexköp ".repeat(MAX_QUERY_BYTES));
    let query = Query::parse(&long);
    assert!(query.cut().bytes);
    assert_eq!(query.words().collect::<Vec<_>>(), ["sexköp"]);
    let one_word = "å".repeat(MAX_QUERY_BYTES);
    let query = Query::parse(&one_word);
    assert!(query.cut().bytes && query.words().count() == 1);
    assert!(!Query::parse("hotell").cut().bytes);
}

/// A query's words and how they fared: searched (found or named as found nothing),
/// named as cut, or past the byte limit that the note names.
fn accounted(index: &Index, c: &Catalogue, text: &str) -> Result<(), String> {
    let query = Query::parse(text);
    let matches = index.search(c, &query);
    let why = index.why(&query, &matches);
    let searched: Vec<&str> = query.words().collect();
    let read = if why.cut.bytes { within_bytes(text, MAX_QUERY_BYTES).0 } else { text };
    let held = matches.iter().fold(0u64, |all, m| all | m.words);
    for (t, w) in searched.iter().enumerate() {
        let found = held & words::bit(t) != 0;
        let said = why.unmatched.iter().any(|u| u == w) || matches.is_empty();
        if found == said {
            return Err(format!("{w:?} found {found}, named as found nothing {said}"));
        }
    }
    for (_, w) in words::words(read) {
        let stop = !searched.contains(&w) && !why.cut.words.iter().any(|c| c == w);
        if stop && Query::parse(&format!("{w} zzqq")).words().any(|s| s == w) {
            return Err(format!("{w:?} neither searched nor named as cut"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_word_is_searched_or_named_as_cut(
        picks in prop::collection::vec(0usize..12, 0..200),
        typing in any::<bool>(),
    ) {
        const POOL: [&str; 12] = [
            "hotell", "film", "the", "by", "sexit", "zzqq", "embassies", "och", "manual",
            "qq1", "östersjö", "x",
        ];
        let c = mini();
        let index = Index::new(&c);
        let mut text: Vec<String> = picks.iter().map(|&i| POOL[i].to_string()).collect();
        // Distinct words too, so that the word limit is reached.
        text.extend(picks.iter().enumerate().filter(|(_, p)| **p == 9).map(|(i, _)| format!("w{i}")));
        let mut text = text.join(" ");
        if !typing {
            text.push(' ');
        }
        prop_assert_eq!(accounted(&index, &c, &text), Ok(()));
    }

    #[test]
    fn a_query_of_n_words_plans_at_most_n_distinct_words(
        picks in prop::collection::vec(0usize..6, 1..400),
    ) {
        const POOL: [&str; 6] = ["sexköp", "hotell", "film", "ambassad", "the", "handbook"];
        let text: Vec<&str> = picks.iter().map(|&i| POOL[i]).collect();
        let query = Query::parse(&text.join(" "));
        let mut distinct = text.clone();
        distinct.sort_unstable();
        distinct.dedup();
        prop_assert!(query.words().count() <= distinct.len());
        prop_assert!(query.words().count() <= MAX_QUERY_WORDS);
    }

    #[test]
    fn an_answer_does_not_depend_on_the_order_of_a_synonym_list(
        seed in any::<u64>(),
    ) {
        let c = mini();
        // More phrase words than a 64-bit mask holds: 40 phrases of two words, only
        // one of which an entry has.
        let mut lead_to: Vec<String> = (0..40).map(|i| format!("nowhere{i} never{i}")).collect();
        lead_to.push("hotell film".to_string());
        let mut shuffled = lead_to.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, usize::try_from(state % (i as u64 + 1)).unwrap_or(0));
        }
        let results = |list: Vec<String>| {
            let mut c = c.clone();
            c.synonyms = vec![group(&["qqbox"], Some(list))];
            let index = Index::new(&c);
            let query = Query::in_catalogue("qqbox ", &c);
            titles(&c, &index.search(&c, &query))
        };
        let first = results(lead_to);
        prop_assert_eq!(first.first().map(String::as_str), Some("Film om hotell"));
        prop_assert_eq!(results(shuffled), first);
    }
}

#[test]
fn the_word_being_typed_typed_before_is_one_word_still_being_typed() {
    let c = mini();
    let index = Index::new(&c);
    let query = Query::parse("hot hot");
    assert_eq!(query.words().collect::<Vec<_>>(), ["hot"]);
    let matches = index.search(&c, &query);
    assert!(!matches.is_empty(), "\"hot\" is still a beginning");
    assert!(index.why(&query, &matches).unmatched.is_empty());
}

#[test]
fn repeated_words_cost_as_one() {
    let c = mini();
    let index = Index::new(&c);
    let time = |text: &str| {
        let started = Instant::now();
        let query = Query::in_catalogue(text, &c);
        let matches = index.search(&c, &query);
        let _ = index.why(&query, &matches);
        started.elapsed()
    };
    let once = time("sexköp hotell");
    let many = time(&"sexköp hotell ".repeat(150));
    // Reading 300 words costs something; planning them again would cost 150 times.
    assert!(many < once * 20 + Duration::from_millis(50), "{once:?} once, {many:?} repeated");
}

#[test]
fn the_stop_word_pass_is_linear() {
    let time = |n: usize| {
        let words: Vec<&str> = ["by", "the"].iter().copied().cycle().take(n).collect();
        let started = Instant::now();
        let stops = stop::stops(&words);
        assert_eq!(stops.len(), n);
        started.elapsed()
    };
    // 200 000 words: the quadratic pass took 8.8 s for half as many in a release build.
    let big = time(200_000);
    assert!(big < Duration::from_secs(2), "{big:?}");
}

#[test]
fn a_big_synonym_table_costs_what_it_matches() {
    let c = mini();
    let index = Index::new(&c);
    // `groups` one-way groups of the largest size, each from "hotell".
    let time = |groups: usize| {
        let mut big = c.clone();
        big.synonyms = (0..groups)
            .map(|g| group(&["hotell"], Some((0..64).map(|i| format!("zz{g}x{i}")).collect())))
            .collect();
        let started = Instant::now();
        let query = Query::in_catalogue("hotell", &big);
        let matches = index.search(&big, &query);
        assert_eq!(titles(&big, &matches).first().map(String::as_str), Some("Film om hotell"));
        started.elapsed()
    };
    let half = time(80);
    let whole = time(160);
    // Twice the words, about twice the time; and far from the 10 240 words times the
    // vocabulary that each word once cost (seconds in a release build).
    assert!(whole < half * 4 + Duration::from_millis(100), "{half:?} then {whole:?}");
    assert!(whole < Duration::from_secs(5), "{whole:?}");
}

/// The synonym words' look-ups find what comparing each with every vocabulary word
/// finds.
#[test]
fn indexed_synonym_matches_are_those_of_the_whole_vocabulary() {
    let c = mini();
    let index = Index::new(&c);
    let vocab = &index.vocab;
    let table = [
        "hotell",
        "hotellet",
        "film",
        "kvinna",
        "människa",
        "handel",
        "våld",
        "Sexit",
        "UMO",
        "embassy",
        "embassies",
        "sea",
        "östersjö",
        "ostersjo",
        "referral",
        "personal",
        "exploatering",
    ];
    let words: Vec<rules::QWord> =
        table.iter().map(|w| rules::QWord::new(w, false, false)).collect();
    let refs: Vec<&rules::QWord> = words.iter().collect();
    let found = plan::as_synonyms(vocab, &refs, &Never).unwrap_or_default();
    for (q, found) in words.iter().zip(found) {
        let numbers = vocab.stem_numbers(&q.stems);
        let all: Vec<u32> = (0..vocab.len())
            .filter(|&w| vocab.classify(q, w, numbers).and_then(rules::Hit::as_synonym).is_some())
            .filter_map(|w| u32::try_from(w).ok())
            .collect();
        assert_eq!(found, all, "{}", q.text);
    }
}

#[test]
fn a_plan_holds_only_what_its_word_matches() {
    let c = mini();
    let index = Index::new(&c);
    let query = Query::parse("hotell zzqqx");
    let plans = plan::plans(&index.vocab, &query, &Never).unwrap_or_default();
    assert!(plans[0].codes.len() < 10, "{:?}", plans[0].codes);
    assert!(plans[1].codes.is_empty());
}

#[test]
fn a_cancelled_search_stops_while_planning() {
    struct After(std::sync::atomic::AtomicUsize);
    impl Cancel for After {
        fn cancelled(&self) -> bool {
            self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed) > 0
        }
    }
    let c = mini();
    let index = Index::new(&c);
    let query = Query::parse("hotell");
    // The first look (at the start of planning) says go on, the next says stop.
    assert_eq!(plan::plans(&index.vocab, &query, &After(0.into())).map(|p| p.len()), None);
}

#[test]
fn did_you_mean_allows_edits_by_length() {
    let c = mini();
    let index = Index::new(&c);
    for (typed, offered) in
        [("qqq", None), ("123", None), ("hotl", Some("hotell")), ("qxhotell", Some("hotell"))]
    {
        let query = Query::parse(typed);
        let matches = index.search(&c, &query);
        let why = index.why(&query, &matches);
        if matches.is_empty() {
            assert_eq!(why.suggestions.first().map(String::as_str), offered, "{typed}: {why:?}");
        }
        if offered.is_none() {
            assert!(why.suggestions.is_empty(), "{typed}: {why:?}");
        }
    }
}
