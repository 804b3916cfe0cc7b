//! Hardening, random input: property tests (proptest) over `update` and `draw`. Any
//! sequence of actions (keys, hostile characters, resizes from 0x0 to 250x80, clicks,
//! scrolls, status reports) keeps the state's invariants and renders without a panic,
//! a control character or a symbol of disputed width on screen.
//!
//! Failing cases proptest has found are kept in `props.proptest-regressions`
//! and re-run first; `PROPTEST_CASES` sets the number of cases (64 unless set).

use crate::common;

use common::hostile::{COLOR, same_width_everywhere};
use common::render::{embedded, mini, render};
use metodstod::action::{Action, Status};
use metodstod::catalogue::Catalogue;
use metodstod::i18n::Lang;
use metodstod::layout::Mode;
use metodstod::state::{Focus, State};
use metodstod::theme::Look;
use metodstod::update::update;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Characters for `Insert`: ASCII, Swedish, controls, escape, C1, bidi, zero-width,
/// combining, wide, emoji.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => proptest::sample::select(vec![' ', 'å', 'ä', 'ö', 'Ö', 'S', 'é', '-', '"', '\'']),
        1 => proptest::sample::select(vec![
            '\u{0}', '\u{7}', '\u{8}', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}',
            '\u{202e}', '\u{2066}', '\u{2028}', '\u{200b}', '\u{200d}', '\u{301}', '\u{feff}',
            '東', '인', '👩', '🇸', '\u{fffd}', '\u{10ffff}',
        ]),
        1 => any::<char>(),
    ]
}

fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any_char(), 0..40).prop_map(|v| v.into_iter().collect())
}

fn any_status() -> impl Strategy<Value = Status> {
    prop_oneof![
        any_text().prop_map(Status::BrowserStarted),
        any_text().prop_map(Status::Copied),
        Just(Status::CopiedCitation),
        any_text().prop_map(Status::CopiedOverSsh),
        any_text().prop_map(|t| Status::OpenFailed(metodstod::links::Failure::Refused(t))),
        Just(Status::NoLink),
        (0usize..20, 0usize..20).prop_map(|(wanted, count)| Status::NoSuchLink { wanted, count }),
        Just(Status::NoEntry),
    ]
}

fn any_action() -> impl Strategy<Value = Action> {
    let simple = proptest::sample::select(vec![
        Action::SelectPrevious,
        Action::SelectNext,
        Action::PreviousPage,
        Action::NextPage,
        Action::SelectFirst,
        Action::SelectLast,
        Action::FocusNextPane,
        Action::FocusPreviousPane,
        Action::FocusSearch,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::DeleteWord,
        Action::DeleteToStart,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::Close,
        Action::Back,
        Action::Activate,
        Action::CopyLink,
        Action::CopyCitation,
        Action::ShowQr,
        Action::SwitchLanguage,
        Action::ToggleHelp,
        Action::Quit,
        Action::Suspend,
    ]);
    prop_oneof![
        8 => simple,
        4 => any_char().prop_map(Action::Insert),
        2 => (1u16..=250, 1u16..=80).prop_map(|(w, h)| Action::Resize(w, h)),
        1 => (0u16..=20, 0u16..=6).prop_map(|(w, h)| Action::Resize(w, h)),
        1 => (0usize..12).prop_map(Action::OpenLink),
        2 => (0u16..260, 0u16..90).prop_map(|(column, row)| Action::Click { column, row }),
        2 => (0u16..260, 0u16..90, any::<bool>())
            .prop_map(|(column, row, down)| Action::Scroll { column, row, down }),
        1 => any_status().prop_map(Action::Report),
    ]
}

/// The invariants `State` promises after every action.
fn check_invariants(s: &State, context: &str) -> Result<(), TestCaseError> {
    if s.visible.is_empty() {
        prop_assert_eq!(s.selected, 0, "{}: selection in an empty list", context);
    } else {
        prop_assert!(
            s.selected < s.visible.len(),
            "{}: selected {} of {}",
            context,
            s.selected,
            s.visible.len()
        );
        prop_assert!(
            s.offset <= s.selected,
            "{}: offset {} > selected {}",
            context,
            s.offset,
            s.selected
        );
        prop_assert!(
            s.selected < s.offset + s.list_page(),
            "{}: selected {} below the page at {} of {}",
            context,
            s.selected,
            s.offset,
            s.list_page()
        );
    }
    prop_assert!(s.detail_scroll <= s.max_detail_scroll(), "{}: detail scroll", context);
    prop_assert!(s.overlay_scroll <= s.max_overlay_scroll(), "{}: help scroll", context);
    prop_assert!(
        s.cursor <= s.query.chars().count(),
        "{}: cursor {} in {:?}",
        context,
        s.cursor,
        s.query
    );
    if s.focus == Focus::Detail {
        prop_assert!(s.areas().detail.is_some(), "{}: focus on a detail pane not shown", context);
    }
    if s.mode() == Mode::TooSmall {
        prop_assert!(s.areas().list.is_none(), "{}: panes on a too small screen", context);
    }
    prop_assert_eq!(s.counts.first().copied(), Some(s.matches.len()), "{}: count of All", context);
    prop_assert_eq!(s.counts.len(), s.catalogue.categories.len() + 1, "{}: category rows", context);
    prop_assert!(s.category <= s.catalogue.categories.len(), "{}: category row", context);
    for &i in &s.visible {
        prop_assert!(
            i < s.matches.len(),
            "{}: visible index {} of {}",
            context,
            i,
            s.matches.len()
        );
    }
    for m in &s.matches {
        prop_assert!(m.entry < s.catalogue.entries.len(), "{}: match outside", context);
        let title = s.catalogue.entries[m.entry].title.chars().count();
        prop_assert!(
            m.title_positions.iter().all(|&p| p < title),
            "{}: highlight outside the title",
            context
        );
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

fn run_actions(
    catalogue: &Catalogue,
    size: (u16, u16),
    actions: &[Action],
) -> Result<(), TestCaseError> {
    let mut s = State::new(catalogue.clone(), Lang::Sv, COLOR);
    update(&mut s, Action::Resize(size.0, size.1));
    check_invariants(&s, "at start")?;
    for (i, action) in actions.iter().enumerate() {
        update(&mut s, action.clone());
        let context = format!("after action {i} {action:?} at {}x{}", s.width, s.height);
        check_invariants(&s, &context)?;
        let (buffer, cursor) = render(&s);
        for cell in buffer.content() {
            prop_assert!(
                !cell.symbol().chars().any(|c| metodstod::text::forbidden_char(c, false)),
                "{}: control character on screen: {:?}",
                context,
                cell.symbol()
            );
            prop_assert!(
                same_width_everywhere(cell.symbol()),
                "{}: a symbol of disputed width on screen: {:?}",
                context,
                cell.symbol()
            );
        }
        if let Some((x, y)) = cursor {
            prop_assert!(
                x < s.width && y < s.height,
                "{}: cursor off screen at ({}, {})",
                context,
                x,
                y
            );
        }
    }
    Ok(())
}

proptest! {
    // Beside this file, not in proptest's default place for a module of a test
    // binary (a shared `tests/proptest-regressions/`).
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_actions_keep_the_invariants_on_the_fixture(
        size in (1u16..=250, 1u16..=80),
        actions in proptest::collection::vec(any_action(), 0..60),
    ) {
        run_actions(&mini(), size, &actions)?;
    }

    #[test]
    fn random_actions_keep_the_invariants_on_the_embedded_catalogue(
        size in (1u16..=250, 1u16..=80),
        actions in proptest::collection::vec(any_action(), 0..60),
    ) {
        run_actions(&embedded(), size, &actions)?;
    }

    #[test]
    fn any_state_renders_at_any_size(
        actions in proptest::collection::vec(any_action(), 0..30),
        sizes in proptest::collection::vec((1u16..=250, 1u16..=80), 1..8),
    ) {
        let mut s = State::new(mini(), Lang::En, Look { ascii: true, color: false });
        for a in actions {
            update(&mut s, a);
        }
        for (w, h) in sizes {
            update(&mut s, Action::Resize(w, h));
            check_invariants(&s, &format!("resized to {w}x{h}"))?;
            let (buffer, _) = render(&s);
            prop_assert_eq!((buffer.area.width, buffer.area.height), (w, h));
        }
    }
}
