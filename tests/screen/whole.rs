//! What a professional sees at the common sizes (80x24, 110x32, and 45x15 on a phone or
//! a split): a scrollbar whenever a pane's content overflows, the number of links near
//! the top of the detail pane, the "About the catalogue" overlay, and a help whose rows
//! are never cut.

use crate::common;

use common::render::{apply, embedded, render, state, text};
use metodstod::action::Action;
use metodstod::i18n::Lang;
use metodstod::theme::Look;
use ratatui::buffer::Buffer;

const COLOR: Look = Look { ascii: false, color: true };
const ASCII: Look = Look { ascii: true, color: false };

/// The symbols in column `x` from row `top` to row `bottom` (exclusive).
fn column(buffer: &Buffer, x: u16, top: u16, bottom: u16) -> String {
    (top..bottom).map(|y| buffer[(x, y)].symbol().to_string()).collect()
}

#[test]
fn the_detail_pane_shows_a_scrollbar_and_the_link_count_at_common_sizes() {
    for (w, h, lang) in [(80, 24, Lang::Sv), (110, 32, Lang::En)] {
        let s = state(embedded(), lang, COLOR, w, h);
        let (buffer, _) = render(&s);
        let shown = text(&buffer);
        insta::assert_snapshot!(format!("embedded_{w}x{h}_{}", lang.code()), shown);
        let Some(detail) = s.areas().detail else { panic!("{w}x{h} has a detail pane") };
        let right = detail.x + detail.width - 1;
        let bar = column(&buffer, right, detail.y + 1, detail.y + detail.height - 1);
        assert!(bar.contains('█'), "{w}x{h}: no scrollbar thumb on the detail pane: {bar:?}");
        let (rows, content) = s.detail_rows();
        assert!(content > rows, "{w}x{h}: the first entry overflows the pane");
        let count =
            if lang == Lang::Sv { "Länkar: 4 — o öppnar" } else { "Links: 4 — o opens" };
        assert!(shown.contains(count), "{w}x{h}: no link count near the top:\n{shown}");
    }
}

#[test]
fn the_scrollbar_follows_the_scroll_and_disappears_when_all_fits() {
    let mut s = state(embedded(), Lang::Sv, COLOR, 80, 24);
    let Some(detail) = s.areas().detail else { panic!("a detail pane") };
    let (right, top, bottom) =
        (detail.x + detail.width - 1, detail.y + 1, detail.y + detail.height - 1);
    let at_top = column(&render(&s).0, right, top, bottom);
    apply(&mut s, &[Action::FocusNextPane, Action::SelectLast]);
    let at_bottom = column(&render(&s).0, right, top, bottom);
    assert!(at_top.starts_with('█') && !at_top.ends_with('█'), "{at_top:?}");
    assert!(at_bottom.ends_with('█') && !at_bottom.starts_with('█'), "{at_bottom:?}");
    // A tall screen shows the whole entry: no scrollbar, the plain border.
    let tall = state(embedded(), Lang::Sv, COLOR, 120, 80);
    let Some(detail) = tall.areas().detail else { panic!("a detail pane") };
    let bar = column(
        &render(&tall).0,
        detail.x + detail.width - 1,
        detail.y + 1,
        detail.y + detail.height - 1,
    );
    assert!(!bar.contains('█'), "{bar:?}");
}

#[test]
fn the_list_shows_a_scrollbar_when_results_overflow_and_ascii_has_its_own() {
    let s = state(embedded(), Lang::Sv, ASCII, 45, 15);
    let (buffer, _) = render(&s);
    insta::assert_snapshot!("embedded_45x15_ascii", text(&buffer));
    let Some(list) = s.areas().list else { panic!("the narrow view shows the list") };
    let bar = column(&buffer, list.x + list.width - 1, list.y + 1, list.y + list.height - 1);
    assert!(bar.contains('@'), "no ASCII scrollbar thumb on the list: {bar:?}");
    assert!(text(&buffer).is_ascii() || !bar.contains('█'), "{bar:?}");
}

#[test]
fn the_narrow_detail_view_has_its_scrollbar_and_link_count() {
    let mut s = state(embedded(), Lang::En, COLOR, 45, 15);
    apply(&mut s, &[Action::Activate]);
    let (buffer, _) = render(&s);
    insta::assert_snapshot!("embedded_45x15_detail_en", text(&buffer));
    assert!(text(&buffer).contains("Links: 4"), "{}", text(&buffer));
}

#[test]
fn about_the_catalogue_in_both_languages() {
    for lang in [Lang::Sv, Lang::En] {
        let mut s = state(embedded(), lang, COLOR, 80, 24);
        apply(&mut s, &[Action::ShowAbout]);
        let shown = text(&render(&s).0);
        insta::assert_snapshot!(format!("about_80x24_{}", lang.code()), shown);
        let words: &[&str] = match lang {
            Lang::Sv => &[
                "Om katalogen",
                "14 april 2023",
                "13 februari 2024",
                "9 material, 7 kategorier",
                "Katalog: inbyggd",
                "Anmärkning: NSPM:s lista tar upp åtta material.",
            ],
            Lang::En => &[
                "About the catalogue",
                "14 April 2023",
                "13 February 2024",
                "9 resources, 7 categories",
                "Catalogue: built-in",
                "Note: NSPM's listing presents eight resources.",
            ],
        };
        for w in words {
            assert!(shown.contains(w), "{lang:?}: {w:?} missing:\n{shown}");
        }
    }
}

#[test]
fn the_help_at_80x24_and_60_columns_cuts_no_row() {
    for (w, h) in [(80, 24), (60, 24)] {
        let mut s = state(embedded(), Lang::Sv, COLOR, w, h);
        apply(&mut s, &[Action::ToggleHelp]);
        let sheet = s.help_sheet();
        let Some(area) = s.overlay_area(sheet.width, sheet.lines.len()) else {
            panic!("help fits")
        };
        let buffer = render(&s).0;
        // Each row's last column inside the box is blank or the scrollable text ends
        // before it: no text runs into the border.
        for y in area.y + 1..area.y + area.height - 1 {
            let last = buffer[(area.x + area.width - 2, y)].symbol();
            assert_eq!(last, " ", "{w}x{h}: row {y} runs to the border:\n{}", text(&buffer));
        }
    }
}
