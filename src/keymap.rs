//! Keys to actions (DESIGN §3): one table, pure.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::action::Action;
use crate::state::{Focus, Overlay};

/// The action a terminal event means: a key, a resize, or (with `--mouse`) a click or
/// the wheel.
pub fn event_action(event: &Event, focus: Focus, overlay: Option<Overlay>) -> Option<Action> {
    match event {
        Event::Key(key) => action(*key, focus, overlay),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Action::Click { column: m.column, row: m.row })
            }
            MouseEventKind::ScrollDown => {
                Some(Action::Scroll { column: m.column, row: m.row, down: true })
            }
            MouseEventKind::ScrollUp => {
                Some(Action::Scroll { column: m.column, row: m.row, down: false })
            }
            _ => None,
        },
        _ => None,
    }
}

/// The action a key press means where the focus is; `None` for keys with no meaning.
pub fn action(key: KeyEvent, focus: Focus, overlay: Option<Overlay>) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    // Keys that mean the same everywhere.
    match key.code {
        KeyCode::Char('c') if ctrl => return Some(Action::Quit),
        KeyCode::Char('z') if ctrl => return Some(Action::Suspend),
        KeyCode::F(1) => return Some(Action::ToggleHelp),
        _ => {}
    }
    if let Some(overlay) = overlay {
        return overlay_action(key, overlay);
    }
    if focus == Focus::Search {
        return search_action(key, ctrl);
    }
    browse_action(key, ctrl)
}

fn overlay_action(key: KeyEvent, overlay: Overlay) -> Option<Action> {
    Some(match (key.code, overlay) {
        (KeyCode::Esc | KeyCode::Char('q'), _) | (KeyCode::Char('?'), Overlay::Help) => {
            Action::Escape
        }
        (KeyCode::Char('c'), Overlay::Qr) | (KeyCode::Enter, _) => Action::Escape,
        (KeyCode::Up | KeyCode::Char('k'), _) => Action::Up,
        (KeyCode::Down | KeyCode::Char('j'), _) => Action::Down,
        (KeyCode::PageUp, _) => Action::PageUp,
        (KeyCode::PageDown | KeyCode::Char(' '), _) => Action::PageDown,
        (KeyCode::Home | KeyCode::Char('g'), _) => Action::First,
        (KeyCode::End | KeyCode::Char('G'), _) => Action::Last,
        (KeyCode::Char('L'), _) => Action::ToggleLang,
        _ => return None,
    })
}

fn search_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char('u') if ctrl => Action::ClearLine,
        KeyCode::Char('w') if ctrl => Action::DeleteWord,
        KeyCode::Char('a') if ctrl => Action::CursorHome,
        KeyCode::Char('e') if ctrl => Action::CursorEnd,
        KeyCode::Char('h') if ctrl => Action::Backspace,
        KeyCode::Char(_) if ctrl || key.modifiers.contains(KeyModifiers::ALT) => return None,
        KeyCode::Char(c) => Action::Insert(c),
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Delete => Action::Delete,
        KeyCode::Left => Action::CursorLeft,
        KeyCode::Right => Action::CursorRight,
        KeyCode::Home => Action::CursorHome,
        KeyCode::End => Action::CursorEnd,
        KeyCode::Enter | KeyCode::Down => Action::Enter,
        KeyCode::Esc => Action::Escape,
        KeyCode::Tab => Action::NextPane,
        KeyCode::BackTab => Action::PrevPane,
        _ => return None,
    })
}

fn browse_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char('u' | 'b') if ctrl => Action::PageUp,
        KeyCode::Char('d' | 'f') if ctrl => Action::PageDown,
        KeyCode::Char(_) if ctrl || key.modifiers.contains(KeyModifiers::ALT) => return None,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::First,
        KeyCode::End | KeyCode::Char('G') => Action::Last,
        KeyCode::Tab | KeyCode::Right | KeyCode::Char('l') => Action::NextPane,
        KeyCode::BackTab | KeyCode::Left | KeyCode::Char('h') => Action::PrevPane,
        KeyCode::Char('/') => Action::FocusSearch,
        KeyCode::Esc => Action::Escape,
        KeyCode::Enter => Action::Enter,
        KeyCode::Char('o') => Action::Open(0),
        KeyCode::Char(c @ '1'..='9') => Action::Open(usize::from(c as u8 - b'1')),
        KeyCode::Char('y') => Action::CopyLink,
        KeyCode::Char('Y') => Action::CopyCitation,
        KeyCode::Char('c') => Action::ShowQr,
        KeyCode::Char('L') => Action::ToggleLang,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('q') => Action::Quit,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn the_browse_table_of_design_3() {
        let f = Focus::List;
        let table = [
            (key(KeyCode::Up), Action::Up),
            (key(KeyCode::Char('k')), Action::Up),
            (key(KeyCode::Down), Action::Down),
            (key(KeyCode::Char('j')), Action::Down),
            (key(KeyCode::PageUp), Action::PageUp),
            (ctrl('u'), Action::PageUp),
            (key(KeyCode::PageDown), Action::PageDown),
            (ctrl('d'), Action::PageDown),
            (key(KeyCode::Home), Action::First),
            (key(KeyCode::Char('g')), Action::First),
            (key(KeyCode::End), Action::Last),
            (key(KeyCode::Char('G')), Action::Last),
            (key(KeyCode::Tab), Action::NextPane),
            (key(KeyCode::Right), Action::NextPane),
            (key(KeyCode::Char('l')), Action::NextPane),
            (key(KeyCode::BackTab), Action::PrevPane),
            (key(KeyCode::Left), Action::PrevPane),
            (key(KeyCode::Char('h')), Action::PrevPane),
            (key(KeyCode::Char('/')), Action::FocusSearch),
            (key(KeyCode::Esc), Action::Escape),
            (key(KeyCode::Enter), Action::Enter),
            (key(KeyCode::Char('o')), Action::Open(0)),
            (key(KeyCode::Char('1')), Action::Open(0)),
            (key(KeyCode::Char('9')), Action::Open(8)),
            (key(KeyCode::Char('y')), Action::CopyLink),
            (key(KeyCode::Char('Y')), Action::CopyCitation),
            (key(KeyCode::Char('c')), Action::ShowQr),
            (key(KeyCode::Char('L')), Action::ToggleLang),
            (key(KeyCode::Char('?')), Action::ToggleHelp),
            (key(KeyCode::F(1)), Action::ToggleHelp),
            (key(KeyCode::Char('q')), Action::Quit),
            (ctrl('c'), Action::Quit),
            (ctrl('z'), Action::Suspend),
        ];
        for (k, expected) in table {
            assert_eq!(action(k, f, None), Some(expected.clone()), "{k:?}");
            assert_eq!(action(k, Focus::Categories, None), Some(expected), "{k:?}");
        }
        assert_eq!(action(key(KeyCode::Char('x')), f, None), None);
    }

    #[test]
    fn typing_in_search_inserts_letters_even_q_and_digits() {
        let s = Focus::Search;
        for c in ['q', 'j', '1', 'ö', 'L', '?', ' '] {
            assert_eq!(action(key(KeyCode::Char(c)), s, None), Some(Action::Insert(c)));
        }
        assert_eq!(action(key(KeyCode::Enter), s, None), Some(Action::Enter));
        assert_eq!(action(key(KeyCode::Down), s, None), Some(Action::Enter));
        assert_eq!(action(ctrl('u'), s, None), Some(Action::ClearLine));
        assert_eq!(action(ctrl('w'), s, None), Some(Action::DeleteWord));
        assert_eq!(action(key(KeyCode::F(1)), s, None), Some(Action::ToggleHelp));
        assert_eq!(action(ctrl('c'), s, None), Some(Action::Quit));
    }

    #[test]
    fn overlays_close_on_escape_and_their_own_key() {
        assert_eq!(
            action(key(KeyCode::Esc), Focus::List, Some(Overlay::Help)),
            Some(Action::Escape)
        );
        assert_eq!(
            action(key(KeyCode::Char('?')), Focus::List, Some(Overlay::Help)),
            Some(Action::Escape)
        );
        assert_eq!(
            action(key(KeyCode::Char('c')), Focus::List, Some(Overlay::Qr)),
            Some(Action::Escape)
        );
        assert_eq!(action(key(KeyCode::Char('o')), Focus::List, Some(Overlay::Help)), None);
    }

    #[test]
    fn releases_and_repeats_are_ignored() {
        let mut k = key(KeyCode::Down);
        k.kind = KeyEventKind::Release;
        assert_eq!(action(k, Focus::List, None), None);
    }
}
