use super::*;
use crate::catalogue::{Origin, parse};
use crate::i18n::Lang;
use crate::theme::Look;

fn state(width: u16, height: u16) -> State {
    let catalogue = match parse(include_str!("../../tests/fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    };
    let mut s = State::new(catalogue, Lang::Sv, Look::default());
    update(&mut s, Action::Resize(width, height));
    s
}

fn selected_id(s: &State) -> Option<&str> {
    s.selected_entry().map(|e| e.id.as_str())
}

fn type_text(s: &mut State, text: &str) {
    update(s, Action::FocusSearch);
    for c in text.chars() {
        update(s, Action::Insert(c));
    }
}

#[test]
fn starts_on_the_first_entry_of_all() {
    let s = state(120, 40);
    assert_eq!(s.focus, Focus::List);
    assert_eq!(s.visible.len(), 6);
    assert_eq!(s.counts, vec![6, 3, 3, 2]);
    assert_eq!(selected_id(&s), Some("sexit"));
}

#[test]
fn moving_is_clamped_to_the_list() {
    let mut s = state(120, 40);
    update(&mut s, Action::SelectPrevious);
    assert_eq!(s.selected, 0);
    for _ in 0..20 {
        update(&mut s, Action::SelectNext);
    }
    assert_eq!(s.selected, 5);
    update(&mut s, Action::SelectFirst);
    assert_eq!(s.selected, 0);
    update(&mut s, Action::SelectLast);
    assert_eq!(selected_id(&s), Some("knowledge"));
    update(&mut s, Action::PreviousPage);
    assert_eq!(s.selected, 0);
}

#[test]
fn a_page_is_as_many_items_as_fit() {
    let mut s = state(120, 10);
    let page = s.list_page();
    assert_eq!(page, 3, "10 rows: footer, search, borders leave 6 rows, 3 items");
    update(&mut s, Action::NextPage);
    assert_eq!(s.selected, 3);
    assert!(s.offset <= s.selected && s.selected < s.offset + page);
}

#[test]
fn typing_searches_and_resets_the_selection() {
    let mut s = state(120, 40);
    update(&mut s, Action::SelectLast);
    type_text(&mut s, "sexi");
    assert_eq!(s.query, "sexi");
    assert_eq!(s.selected, 0);
    assert_eq!(selected_id(&s), Some("sexit"));
    assert!(s.visible.len() < 6);
    assert_eq!(s.counts[0], s.visible.len());
}

#[test]
fn editing_the_query() {
    let mut s = state(120, 40);
    type_text(&mut s, "hand bok");
    update(&mut s, Action::DeleteWord);
    assert_eq!(s.query, "hand ");
    update(&mut s, Action::DeleteBack);
    assert_eq!(s.query, "hand");
    update(&mut s, Action::CursorHome);
    update(&mut s, Action::DeleteForward);
    assert_eq!(s.query, "and");
    update(&mut s, Action::CursorEnd);
    update(&mut s, Action::CursorLeft);
    update(&mut s, Action::Insert('x'));
    assert_eq!(s.query, "anxd");
    update(&mut s, Action::DeleteToStart);
    assert_eq!(s.query, "d", "Ctrl-u deletes up to the cursor");
    update(&mut s, Action::Insert('\u{1b}'));
    assert_eq!(s.query, "d", "control characters never enter the query");
}

#[test]
fn empty_results_are_safe() {
    let mut s = state(120, 40);
    type_text(&mut s, "zzzzqqq");
    assert!(s.visible.is_empty());
    assert_eq!(selected_id(&s), None);
    for a in [
        Action::SelectNext,
        Action::SelectLast,
        Action::NextPage,
        Action::OpenLink(0),
        Action::CopyLink,
        Action::CopyCitation,
        Action::ShowQr,
    ] {
        assert_eq!(update(&mut s, a), None);
    }
    assert_eq!(s.status, Some(Status::NoEntry));
}

#[test]
fn escape_clears_then_leaves_the_search() {
    let mut s = state(120, 40);
    type_text(&mut s, "sex");
    update(&mut s, Action::Back);
    assert_eq!((s.query.as_str(), s.focus), ("", Focus::Search));
    assert_eq!(s.visible.len(), 6);
    update(&mut s, Action::Back);
    assert_eq!(s.focus, Focus::List);
}

#[test]
fn enter_in_search_goes_to_the_list() {
    let mut s = state(120, 40);
    type_text(&mut s, "trm");
    update(&mut s, Action::Activate);
    assert_eq!(s.focus, Focus::List);
    assert_eq!(selected_id(&s), Some("trm"));
}

#[test]
fn choosing_a_category_filters_the_list() {
    let mut s = state(120, 40);
    update(&mut s, Action::FocusPreviousPane);
    assert_eq!(s.focus, Focus::Categories);
    update(&mut s, Action::SelectNext);
    assert_eq!(s.category, 1);
    let ids: Vec<&str> =
        s.visible.iter().map(|&i| s.catalogue.entries[s.matches[i].entry].id.as_str()).collect();
    assert_eq!(ids, ["sexit", "film", "knowledge"]);
    update(&mut s, Action::SelectLast);
    assert_eq!(s.category, 3);
    update(&mut s, Action::Activate);
    assert_eq!(s.focus, Focus::List);
    assert_eq!(selected_id(&s), Some("trm"));
}

#[test]
fn counts_follow_the_query() {
    let mut s = state(120, 40);
    type_text(&mut s, "baltic");
    assert_eq!(s.counts[0], s.matches.len());
    assert_eq!(s.counts[1], 0, "no health entry is about the Baltic Sea");
    assert!(s.counts[3] >= 2);
}

#[test]
fn panes_cycle_both_ways() {
    let mut s = state(120, 40);
    update(&mut s, Action::FocusNextPane);
    assert_eq!(s.focus, Focus::Detail);
    update(&mut s, Action::FocusNextPane);
    assert_eq!(s.focus, Focus::Categories);
    update(&mut s, Action::FocusNextPane);
    assert_eq!(s.focus, Focus::List);
    update(&mut s, Action::FocusPreviousPane);
    assert_eq!(s.focus, Focus::Categories);
}

#[test]
fn narrow_screens_show_one_pane_switched_by_enter_and_escape() {
    let mut s = state(45, 15);
    assert!(s.areas().detail.is_none());
    assert_eq!(update(&mut s, Action::Activate), None, "Enter shows the detail, opens nothing");
    assert_eq!(s.focus, Focus::Detail);
    assert!(s.areas().list.is_none());
    assert_eq!(
        update(&mut s, Action::Activate),
        Some(Effect::Open("https://example.org/sexit".into()))
    );
    update(&mut s, Action::Back);
    assert_eq!(s.focus, Focus::List);
    assert!(s.areas().detail.is_none());
    update(&mut s, Action::FocusNextPane);
    assert_eq!(s.focus, Focus::Detail);
    // Widening the screen leaves the one-pane view.
    update(&mut s, Action::Resize(120, 40));
    assert!(!s.show_detail);
}

#[test]
fn links_open_by_number_and_report_missing_ones() {
    let mut s = state(120, 40);
    assert_eq!(
        update(&mut s, Action::Activate),
        Some(Effect::Open("https://example.org/sexit".into()))
    );
    assert_eq!(
        update(&mut s, Action::OpenLink(0)),
        Some(Effect::Open("https://example.org/sexit".into()))
    );
    assert_eq!(
        update(&mut s, Action::OpenLink(1)),
        Some(Effect::Open("https://example.org/sexit/training".into()))
    );
    assert_eq!(
        update(&mut s, Action::OpenLink(2)),
        Some(Effect::Open("https://example.org/list/".into()))
    );
    assert_eq!(update(&mut s, Action::OpenLink(8)), None);
    assert_eq!(s.status, Some(Status::NoSuchLink { wanted: 9, count: 3 }));
    update(&mut s, Action::SelectNext);
    assert_eq!(s.status, None, "the next action clears the status");
}

#[test]
fn copying_a_link_and_a_citation() {
    let mut s = state(120, 40);
    assert_eq!(
        update(&mut s, Action::CopyLink),
        Some(Effect::Copy { text: "https://example.org/sexit".into(), what: Copied::Link })
    );
    let cite = update(&mut s, Action::CopyCitation);
    assert_eq!(
        cite,
        Some(Effect::Copy {
            text: "Sexit. Västra Götalandsregionen, 2019. https://example.org/sexit".into(),
            what: Copied::Citation
        })
    );
    update(&mut s, Action::SwitchLanguage);
    let Some(Effect::Copy { text, .. }) = update(&mut s, Action::CopyCitation) else {
        panic!("no citation")
    };
    assert!(text.contains("Region Västra Götaland"));
}

#[test]
fn reports_land_in_the_status_line() {
    let mut s = state(120, 40);
    update(&mut s, Action::Report(Status::Copied("https://example.org/sexit".into())));
    assert_eq!(s.status, Some(Status::Copied("https://example.org/sexit".into())));
    update(&mut s, Action::Resize(100, 30));
    assert!(s.status.is_some(), "a resize keeps the status");
}

#[test]
fn help_and_qr_overlays() {
    let mut s = state(120, 40);
    update(&mut s, Action::ToggleHelp);
    assert_eq!(s.overlay, Some(Overlay::Help));
    update(&mut s, Action::Close);
    assert_eq!(s.overlay, None);
    update(&mut s, Action::ShowQr);
    assert_eq!(s.overlay, Some(Overlay::Qr));
    update(&mut s, Action::ToggleHelp);
    assert_eq!(s.overlay, Some(Overlay::Help));
    update(&mut s, Action::ToggleHelp);
    assert_eq!(s.overlay, None);
}

#[test]
fn overlay_scrolls_only_when_it_does_not_fit() {
    let mut s = state(120, 40);
    update(&mut s, Action::ToggleHelp);
    update(&mut s, Action::SelectLast);
    assert_eq!(s.overlay_scroll, 0);
    let mut s = state(80, 10);
    update(&mut s, Action::ToggleHelp);
    update(&mut s, Action::SelectLast);
    assert!(s.overlay_scroll > 0);
    assert_eq!(s.overlay_scroll, s.max_overlay_scroll());
}

#[test]
fn the_detail_pane_scrolls_within_its_content() {
    let mut s = state(80, 12);
    update(&mut s, Action::FocusNextPane);
    assert_eq!(s.focus, Focus::Detail);
    update(&mut s, Action::SelectLast);
    let max = s.max_detail_scroll();
    assert!(max > 0);
    assert_eq!(s.detail_scroll, max);
    update(&mut s, Action::SelectNext);
    assert_eq!(s.detail_scroll, max);
    update(&mut s, Action::Resize(120, 40));
    assert!(s.detail_scroll <= s.max_detail_scroll());
}

#[test]
fn language_switch_keeps_the_selection() {
    let mut s = state(120, 40);
    update(&mut s, Action::SelectNext);
    update(&mut s, Action::SwitchLanguage);
    assert_eq!(s.lang, Lang::En);
    assert_eq!(selected_id(&s), Some("manual"));
}

#[test]
fn select_id_chooses_all_and_scrolls_to_it() {
    let mut s = state(120, 8);
    assert!(s.select_id("knowledge"));
    assert_eq!(selected_id(&s), Some("knowledge"));
    assert!(s.offset + s.list_page() > s.selected);
    assert!(!s.select_id("nope"));
}

#[test]
fn quit_and_suspend_are_effects() {
    let mut s = state(120, 40);
    assert_eq!(update(&mut s, Action::Quit), Some(Effect::Quit));
    assert_eq!(update(&mut s, Action::Suspend), Some(Effect::Suspend));
}

#[test]
fn mouse_clicks_select_rows_and_panes() {
    let mut s = state(120, 40);
    let a = s.areas();
    let Some(list) = a.list else { panic!("no list") };
    update(&mut s, Action::Click { column: list.x + 2, row: list.y + 1 + 2 * 2 });
    assert_eq!(s.selected, 2);
    let Some(cats) = a.categories else { panic!("no categories") };
    update(&mut s, Action::Click { column: cats.x + 2, row: cats.y + 1 + 3 });
    assert_eq!((s.focus, s.category), (Focus::Categories, 3));
    update(&mut s, Action::Scroll { column: list.x + 2, row: list.y + 2, down: true });
    assert_eq!(s.focus, Focus::List);
}

#[test]
fn tiny_sizes_keep_invariants() {
    let mut s = state(1, 1);
    for a in [
        Action::SelectNext,
        Action::FocusNextPane,
        Action::Activate,
        Action::ToggleHelp,
        Action::SelectLast,
        Action::Close,
        Action::Back,
    ] {
        update(&mut s, a);
        assert!(s.selected < s.visible.len().max(1));
    }
}

/// The fixture repeated until it is big enough for searches to leave the input path.

#[test]
fn choosing_a_category_by_click_or_key_shows_the_entry_from_its_top() {
    let mut s = state(100, 12);
    update(&mut s, Action::FocusNextPane);
    assert_eq!(s.focus, Focus::Detail);
    update(&mut s, Action::SelectNext);
    assert!(s.detail_scroll > 0, "the detail pane scrolled");
    let categories = s.areas().categories.map_or(0, |a| a.y);
    update(&mut s, Action::Click { column: 2, row: categories + 2 });
    assert_eq!((s.category, s.detail_scroll), (1, 0));
}

#[test]
fn the_detail_lines_follow_the_entry_the_width_and_the_language() {
    let mut s = state(120, 40);
    let before = s.detail_lines().to_vec();
    update(&mut s, Action::SelectNext);
    assert_ne!(s.detail_lines(), before.as_slice());
    update(&mut s, Action::SelectPrevious);
    assert_eq!(s.detail_lines(), before.as_slice());
    update(&mut s, Action::SwitchLanguage);
    assert_ne!(s.detail_lines(), before.as_slice());
    update(&mut s, Action::SwitchLanguage);
    update(&mut s, Action::Resize(100, 40));
    assert_ne!(s.detail_lines(), before.as_slice());
}

mod background;
mod first_search;
mod marks;
mod paste;
