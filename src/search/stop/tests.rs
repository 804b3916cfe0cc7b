use super::*;

fn stopped(query: &str) -> Vec<&str> {
    let words: Vec<&str> = query.split_whitespace().collect();
    words.iter().zip(stops(&words)).filter(|(_, s)| *s).map(|(w, _)| *w).collect()
}

#[test]
fn question_words_of_both_languages_stop() {
    assert_eq!(
        stopped("vad gor man om man misstanker manniskohandel"),
        ["vad", "gor", "man", "om", "man"]
    );
    assert_eq!(
        stopped("where can i find a handbook for embassies"),
        ["where", "can", "i", "find", "a", "for"]
    );
}

#[test]
fn a_query_of_stop_words_alone_is_searched_as_typed() {
    assert!(stopped("vad finns det").is_empty());
    assert!(stopped("man").is_empty());
}

#[test]
fn two_faced_words_follow_the_language_of_the_query() {
    // "by" stops in English, "man" in Swedish.
    assert_eq!(stopped("guide by the police"), ["by", "the"]);
    assert_eq!(stopped("stod i min by"), ["i", "min"]);
    assert_eq!(stopped("a man who buys sex"), ["a", "who"]);
    assert_eq!(stopped("hur kan man hjalpa"), ["hur", "kan", "man"]);
}

#[test]
fn no_listed_word_is_longer_than_the_longest() {
    for list in [SNOWBALL_SV, SNOWBALL_EN, OURS_SV, OURS_EN] {
        for w in list.split_whitespace().flat_map(|w| w.split('\'')) {
            assert!(w.chars().count() <= LONGEST, "{w}");
        }
    }
}

#[test]
fn content_words_never_stop() {
    assert!(stopped("hotell sexkopare ambassad trafficking").is_empty());
}
