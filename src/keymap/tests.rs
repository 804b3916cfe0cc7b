use super::*;
use crate::i18n::{Lang, texts};
use Scope::Overlay as InOverlay;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

#[test]
fn the_browse_table_of_design_3() {
    let table = [
        (key(Up), Action::SelectPrevious),
        (key(Char('k')), Action::SelectPrevious),
        (key(Down), Action::SelectNext),
        (key(Char('j')), Action::SelectNext),
        (key(PageUp), Action::PreviousPage),
        (ctrl('u'), Action::PreviousPage),
        (ctrl('b'), Action::PreviousPage),
        (key(PageDown), Action::NextPage),
        (ctrl('d'), Action::NextPage),
        (ctrl('f'), Action::NextPage),
        (key(Home), Action::SelectFirst),
        (key(Char('g')), Action::SelectFirst),
        (key(End), Action::SelectLast),
        (key(Char('G')), Action::SelectLast),
        (key(Tab), Action::FocusNextPane),
        (key(Right), Action::FocusNextPane),
        (key(Char('l')), Action::FocusNextPane),
        (key(BackTab), Action::FocusPreviousPane),
        (key(Left), Action::FocusPreviousPane),
        (key(Char('h')), Action::FocusPreviousPane),
        (key(Char('/')), Action::FocusSearch),
        (key(Esc), Action::Back),
        (key(Enter), Action::Activate),
        (key(Char('o')), Action::OpenLink(0)),
        (key(Char('1')), Action::OpenLink(0)),
        (key(Char('9')), Action::OpenLink(8)),
        (key(Char('y')), Action::CopyLink),
        (key(Char('Y')), Action::CopyCitation),
        (key(Char('c')), Action::ShowQr),
        (key(Char('L')), Action::SwitchLanguage),
        (key(Char('?')), Action::ToggleHelp),
        (key(KeyCode::F(1)), Action::ToggleHelp),
        (key(Char('q')), Action::Quit),
        (ctrl('c'), Action::Quit),
        (ctrl('z'), Action::Suspend),
    ];
    for (k, expected) in table {
        assert_eq!(action(k, Browsing), Some(expected.clone()), "{k:?}");
        assert_eq!(action(k, Browsing), Some(expected), "{k:?}");
    }
    assert_eq!(action(key(Char('x')), Browsing), None);
    assert_eq!(action(KeyEvent::new(Char('y'), KeyModifiers::ALT), Browsing), None);
}

#[test]
fn shift_is_part_of_a_capital_letter() {
    let shifted = KeyEvent::new(Char('G'), KeyModifiers::SHIFT);
    assert_eq!(action(shifted, Browsing), Some(Action::SelectLast));
}

#[test]
fn typing_in_search_inserts_letters_even_q_and_digits() {
    for c in ['q', 'j', '1', 'ö', 'L', '?', ' ', 'c'] {
        assert_eq!(action(key(Char(c)), Searching), Some(Action::Insert(c)));
    }
    assert_eq!(action(key(Enter), Searching), Some(Action::Activate));
    assert_eq!(action(key(Down), Searching), Some(Action::Activate));
    assert_eq!(action(ctrl('u'), Searching), Some(Action::DeleteToStart));
    assert_eq!(action(ctrl('w'), Searching), Some(Action::DeleteWord));
    assert_eq!(action(ctrl('a'), Searching), Some(Action::CursorHome));
    assert_eq!(action(ctrl('e'), Searching), Some(Action::CursorEnd));
    assert_eq!(action(ctrl('h'), Searching), Some(Action::DeleteBack));
    assert_eq!(action(ctrl('x'), Searching), None);
    assert_eq!(action(key(KeyCode::F(1)), Searching), Some(Action::ToggleHelp));
    assert_eq!(action(ctrl('c'), Searching), Some(Action::Quit));
}

#[test]
fn overlays_close_on_escape_q_enter_and_their_own_key() {
    {
        for k in [key(Esc), key(Char('q')), key(Enter), key(Char('?')), key(Char('c'))] {
            assert_eq!(action(k, InOverlay), Some(Action::Close), "{k:?}");
        }
        assert_eq!(action(key(Char('o')), InOverlay), None);
        assert_eq!(action(key(Char(' ')), InOverlay), Some(Action::NextPage));
    }
}

#[test]
fn releases_and_repeats_are_ignored() {
    let mut k = key(Down);
    k.kind = KeyEventKind::Release;
    assert_eq!(action(k, Browsing), None);
}

#[test]
fn every_binding_is_in_the_help_in_both_languages() {
    for lang in [Lang::Sv, Lang::En] {
        for ascii in [false, true] {
            let rows = help_rows(texts(lang), ascii);
            for b in bindings_here() {
                for k in b.keys {
                    let label = k.label(texts(lang), ascii);
                    assert!(
                        rows.iter().any(|r| r
                            .keys
                            .split(" / ")
                            .flat_map(|g| g.split(' '))
                            .any(|w| w == label)
                            && !r.what.is_empty()),
                        "{label} ({:?}) is missing from the {lang:?} help",
                        b.action
                    );
                }
            }
            if ascii {
                assert!(rows.iter().all(|r| r.keys.is_ascii()), "{rows:?}");
            }
        }
    }
}

#[test]
fn every_key_in_the_help_does_what_its_row_says() {
    // Each bound key, pressed where its binding applies, gives that binding's action:
    // no earlier binding of the same scope shadows it.
    for b in bindings_here() {
        let scope = if b.scope == Anywhere { Browsing } else { b.scope };
        for k in b.keys {
            let event = match *k {
                Key::Code(code) => key(code),
                Key::Ctrl(c) => ctrl(c),
                Key::Digits => key(Char('1')),
            };
            assert_eq!(action(event, scope), Some(b.action.clone()), "{k:?}");
        }
    }
}

#[test]
fn where_nothing_can_suspend_ctrl_z_is_neither_bound_nor_in_the_help() {
    let t = texts(Lang::En);
    for can_suspend in [true, false] {
        let rows = help_rows_with(t, false, can_suspend);
        let listed = rows.iter().any(|r| r.keys.split([' ', '/']).any(|w| w == "Ctrl-z"));
        assert_eq!(listed, can_suspend, "can suspend: {can_suspend}");
        let bound = action_with(ctrl('z'), Browsing, can_suspend);
        assert_eq!(bound, can_suspend.then_some(Action::Suspend));
        // Ctrl-C quits either way.
        assert_eq!(action_with(ctrl('c'), Browsing, can_suspend), Some(Action::Quit));
    }
    // Only the suspension's row differs.
    assert_eq!(help_rows_with(t, false, true).len(), help_rows_with(t, false, false).len() + 1);
}

#[test]
fn the_footer_hints_come_from_the_table() {
    let hints = hints(texts(Lang::En), false);
    let keys: Vec<&str> = hints.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["/", "Enter", "y", "L", "?", "q"]);
    assert_eq!(hints[3].1, "Svenska");
}

#[test]
fn the_readme_lists_every_bound_key() {
    let readme = include_str!("../../README.md");
    let Some(section) =
        readme.split("<!-- keys -->").nth(1).and_then(|s| s.split("<!-- /keys -->").next())
    else {
        panic!("README.md has no <!-- keys --> section");
    };
    for b in BINDINGS {
        for k in b.keys {
            let label = k.label(texts(Lang::En), false);
            assert!(
                section.contains(&format!("`{label}`")),
                "README.md's keys miss `{label}` ({:?})",
                b.action
            );
        }
    }
}
