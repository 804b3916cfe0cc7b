//! The export's pure parts; the formats parsed back are in `tests/export.rs`.

use super::*;

#[test]
fn formats_parse_by_name() {
    for &format in ExportFormat::all() {
        assert_eq!(format.name().parse::<ExportFormat>(), Ok(format));
    }
    assert_eq!("MD".parse::<ExportFormat>(), Ok(ExportFormat::Markdown));
    assert_eq!("markdown".parse::<ExportFormat>(), Ok(ExportFormat::Markdown));
    assert!(
        "pdf".parse::<ExportFormat>().is_err_and(|e| e.contains("pdf") && e.contains("bibtex"))
    );
}

#[test]
fn kinds_from_english_format_names() {
    for (format, kind) in [
        ("film", Kind::Video),
        ("filmed talks", Kind::Video),
        ("Podcast", Kind::Video),
        ("video", Kind::Video),
        ("handbook", Kind::Book),
        ("manual", Kind::Book),
        ("method guide", Kind::Book),
        ("knowledge guide", Kind::Book),
        ("Report", Kind::Book),
        ("book", Kind::Book),
        ("website", Kind::Web),
        ("web page", Kind::Web),
        ("knowledge bank", Kind::Web),
        ("training day", Kind::Other),
        ("form", Kind::Other),
        ("guidance", Kind::Other),
    ] {
        assert_eq!(format_kind(format), kind, "{format}");
    }
}

#[test]
fn the_first_format_with_a_kind_decides() {
    let catalogue = match crate::catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let kind_of = |id: &str| catalogue.entry(id).map(kind);
    assert_eq!(kind_of("hospitality-film"), Some(Kind::Video));
    assert_eq!(kind_of("sexit"), Some(Kind::Book));
    assert_eq!(kind_of("bsr-trm"), Some(Kind::Web), "guidance, website");
    assert_eq!(kind_of("lansstyrelsen-method-support"), Some(Kind::Video));
}

#[test]
fn an_entry_asked_twice_is_written_once_where_first_asked_in_every_format() {
    let catalogue = match crate::catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let (a, b) = (&catalogue.entries[0], &catalogue.entries[1]);
    for &format in ExportFormat::all() {
        let once = export(format, &catalogue, &[a, b], Lang::En);
        assert_eq!(export(format, &catalogue, &[a, b, a, b, a], Lang::En), once, "{format}");
        assert_ne!(export(format, &catalogue, &[b, a], Lang::En), once, "{format}: order kept");
    }
}

#[test]
fn paragraphs_and_lines() {
    assert_eq!(one_line(" a\n b\t\tc "), "a b c");
    assert_eq!(paragraphs("one\n  two  \n\n\nthree\n"), ["one", "two", "three"]);
    assert!(paragraphs("\n \n").is_empty());
}

#[test]
fn markdown_escapes_markup() {
    assert_eq!(
        markdown::inline("a*b_[c](d) <x> & $1 @me #"),
        r"a\*b\_\[c\](d) \<x\> \& \$1 \@me \#"
    );
}

#[test]
fn bibtex_escapes_specials() {
    assert_eq!(
        bibtex::escape(r"50% {x} & $ # _ \ ^ ~"),
        r"50\% \{x\} \& \$ \# \_ \textbackslash{} \textasciicircum{} \textasciitilde{}"
    );
}

#[test]
fn bibtex_writes_a_brace_without_partner_as_a_command() {
    assert_eq!(
        bibtex::escape("}a{b{c}d"),
        r"\textbraceright{}a\textbraceleft{}b\{c\}d",
        "the {{ before b has no partner, the one before c has"
    );
    assert_eq!(bibtex::escape("}{"), r"\textbraceright{}\textbraceleft{}");
    assert_eq!(bibtex::escape("{{}}"), r"\{\{\}\}");
    assert_eq!(bibtex::escape(r"\{"), r"\textbackslash{}\textbraceleft{}");
}

#[test]
fn bibtex_braces_each_comma_of_a_keyword() {
    // The comma alone, so that biber keeps the space after it.
    assert_eq!(bibtex::keyword("våld, förtryck"), "våld{,} förtryck");
    assert_eq!(bibtex::keyword("a,,b"), "a{,}{}{,}b");
    assert_eq!(bibtex::keyword("hotell"), "hotell");
}

#[test]
fn bibtex_breaks_tex_ligatures() {
    assert_eq!(
        bibtex::escape("a--b ''c'' <<d>> `e"),
        r"a-{}-b '{}'c'{}' <{}<d>{}> \textasciigrave{}e"
    );
}

#[test]
fn csv_defuses_formulas() {
    assert_eq!(table::defuse("=1+1"), "'=1+1");
    assert_eq!(table::defuse("-x"), "'-x");
    assert_eq!(table::defuse("x=1"), "x=1");
}
