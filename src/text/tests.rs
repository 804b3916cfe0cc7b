use super::*;

#[test]
fn sanitize_removes_escape_sequences_and_c1() {
    let s = sanitize("a\u{1b}[31mb\u{9b}2Jc\u{7}d\u{202e}e");
    assert!(!s.chars().any(char::is_control));
    assert_eq!(s, "a\u{FFFD}[31mb\u{FFFD}2Jc\u{FFFD}d\u{FFFD}e");
}

#[test]
fn sanitize_keeps_clean_text_borrowed() {
    assert!(matches!(sanitize("Östersjö – 東京 👩 e\u{301}"), Cow::Borrowed(_)));
}

#[test]
fn emoji_sequences_are_shown_as_their_parts() {
    assert_eq!(sanitize("a👩\u{200d}👩\u{200d}👧b"), "a👩👩👧b");
    assert_eq!(sanitize("👍🏽 ❤\u{fe0f} ⌚\u{fe0e}"), "👍 ❤ ⌚");
}

#[test]
fn line_breaks_only_in_multiline_text() {
    assert!(forbidden_char('\n', false));
    assert!(!forbidden_char('\n', true));
    assert!(forbidden_char('\t', true));
    assert!(forbidden_char('\r', true));
}

#[test]
fn addresses_wrap_at_the_width_only() {
    let url = "https://bfuf.se/projekt/no-room-for-trafficking/";
    let pieces = wrap_url(url, 20);
    assert_eq!(pieces.concat(), url);
    assert!(pieces.iter().all(|p| p.chars().count() <= 20));
    assert_eq!(pieces[0], "https://bfuf.se/proj");
    assert_eq!(wrap_url("", 5), vec![String::new()]);
}

#[test]
fn the_byte_scan_finds_what_the_character_scan_finds() {
    let samples = [
        "plain",
        "Östersjö °±",
        "a\u{1b}b",
        "x\u{9b}y",
        "\u{202e}",
        "l\u{2028}",
        "\u{61c}",
        "line\nbreak",
        "\u{7f}",
        "東京 👩",
        "\u{a0}nbsp",
        "\u{2013} dash",
        "",
    ];
    for s in samples {
        for multiline in [false, true] {
            assert_eq!(
                first_forbidden(s, multiline),
                s.chars().find(|&c| forbidden_char(c, multiline)),
                "{s:?} {multiline}"
            );
        }
    }
}

#[test]
fn allows_web_and_mail_only() {
    assert!(is_allowed_url("https://cbss.org/"));
    assert!(is_allowed_url("HTTP://example.org"));
    assert!(is_allowed_url("mailto:info@example.org"));
    for bad in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "-e https://x.org",
        "https://",
        "https:///path",
        "ftp://example.org",
        "https://example.org/a b",
        "mailto:nobody",
        "",
    ] {
        assert!(!is_allowed_url(bad), "{bad}");
    }
}

#[test]
fn an_address_is_told_by_its_host() {
    assert_eq!(address_host("https://www.bfuf.se/nyheter/sexhandel-ny-rapport"), "bfuf.se");
    assert_eq!(address_host("HTTP://user@Example.org:8080/a?b#c"), "Example.org");
    assert_eq!(address_host("https://cbss.org"), "cbss.org");
    assert_eq!(address_host("mailto:info@example.org?subject=x"), "info@example.org");
    assert_eq!(address_host("https://www."), "www.");
    assert_eq!(address_host("not an address"), "not an address");
}
