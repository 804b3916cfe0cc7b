//! The line mode under hostile input: a line longer than it reads, and notes that
//! agree with the list they follow.

use super::*;
use super::{answers, converse};

#[test]
fn a_line_past_its_limit_is_cut_and_says_so() {
    let long = format!("{} hotell\nq\n", "x".repeat(10 * 1024 * 1024));
    let out = converse(Lang::En, &long);
    let answers = answers(&out, Lang::En);
    assert!(
        answers[0].starts_with("The line was cut to its first 4,096 bytes."),
        "{}",
        &answers[0][..answers[0].len().min(200)]
    );
    assert!(
        answers[0].contains("The search words were cut to their first 2,048 bytes"),
        "{}",
        answers[0]
    );
    // The rest of the long line was passed over: the next line is read as a command.
    assert_eq!(answers.len(), 2, "{answers:?}");
}

#[test]
fn reading_a_line_passes_over_the_rest_and_keeps_the_next() {
    let mut input: &[u8] = b"abcdefgh\nnext\nlast";
    let mut line = Vec::new();
    assert_eq!(read_line_within(&mut input, &mut line, 4).ok(), Some(Some(true)));
    assert_eq!(line, b"abcd");
    assert_eq!(read_line_within(&mut input, &mut line, 4).ok(), Some(Some(false)));
    assert_eq!(line, b"next");
    assert_eq!(read_line_within(&mut input, &mut line, 4).ok(), Some(Some(false)));
    assert_eq!(line, b"last");
    assert_eq!(read_line_within(&mut input, &mut line, 4).ok(), Some(None));
}

#[test]
fn the_notes_speak_of_the_results_in_the_chosen_category() {
    // "sexit" is outside the embassies: no results there, and no note that contradicts it.
    let out = converse(Lang::En, "c embassies\nsexit extra\n");
    let outside = answers(&out, Lang::En);
    assert!(outside[1].starts_with("No matches.\n"), "{}", outside[1]);
    assert!(!outside[1].contains("No matches for"), "{}", outside[1]);
    // Inside the category, the word the results lack is named.
    let out = converse(Lang::En, "c embassies\nembassies qqzzx\n");
    let inside = answers(&out, Lang::En);
    assert!(inside[1].contains("No matches for “qqzzx”"), "{}", inside[1]);
}
