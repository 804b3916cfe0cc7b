use super::*;

fn page_through(text: &str, screen: Screen, keys: &str) -> (String, Paged) {
    let mut out = Vec::new();
    let mut input = keys.as_bytes();
    let result = show(text, screen, "-- more --", &mut input, &mut out);
    let Ok(paged) = result else { panic!("writing to memory fails: {result:?}") };
    (String::from_utf8_lossy(&out).into_owned(), paged)
}

#[test]
fn wraps_between_words_and_keeps_an_indent() {
    let text = "Besöksnäringens forsknings- och utvecklingsfond\n   a long indented line of words";
    let lines = layout(text, 24);
    assert_eq!(
        lines,
        [
            "Besöksnäringens",
            "forsknings- och",
            "utvecklingsfond",
            "   a long indented line",
            "   of words"
        ]
    );
    assert!(lines.iter().all(|l| l.chars().count() <= 24));
}

/// Ten short lines, and a terminal of five rows they do not fit.
fn ten_lines_on_five_rows() -> (String, Screen) {
    let text = (1..=10).map(|i| format!("line {i}")).collect::<Vec<_>>().join("\n") + "\n";
    (text, Screen { terminal: true, width: 40, height: Some(5) })
}

#[test]
fn a_tall_answer_is_paged_to_fit_the_height() {
    let (text, screen) = ten_lines_on_five_rows();
    let (out, paged) = page_through(&text, screen, "\n\n\n");
    assert_eq!(paged, Paged::Whole);
    let pages: Vec<&str> = out.split("-- more --").collect();
    assert_eq!(pages.len(), 3, "{out}");
    // Each page and its prompt fit the five rows.
    assert!(pages.iter().all(|p| p.lines().filter(|l| !l.is_empty()).count() <= 4), "{out}");
    assert!(out.starts_with("line 1\n") && out.ends_with("line 10\n"), "{out}");
}

#[test]
fn q_stops_the_pages_and_a_pipe_is_never_paged() {
    let (text, screen) = ten_lines_on_five_rows();
    let (out, paged) = page_through(&text, screen, "q\n");
    assert_eq!(paged, Paged::Stopped);
    assert!(!out.contains("line 5"), "{out}");
    let (out, paged) = page_through(&text, Screen::PIPE, "");
    assert_eq!((out, paged), (text, Paged::Whole));
}
