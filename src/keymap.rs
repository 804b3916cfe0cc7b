//! Keys to actions: one table of bindings, from which the key mapping, the
//! help overlay, the footer hints and the README check are all read. A key that is not
//! in the table does nothing, so every key that does something is in the help.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

pub mod help;

use crate::action::Action;
use crate::i18n::Texts;
use crate::platform;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Anywhere,
    /// The panes, when no overlay is open and the search field is not focused.
    Browsing,
    /// The search field.
    Searching,
    /// An open overlay (help, QR code, about).
    Overlay,
}

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
    Ctrl(char),
    /// `1`–`9`: the action's link number is the digit's.
    Digits,
}

/// One row of the help overlay: the keys of every binding that names it share it. The
/// help lists the rows in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Help {
    Move,
    Page,
    PageInBox,
    FirstLast,
    Panes,
    Search,
    SearchDone,
    SearchCursor,
    SearchDelete,
    Back,
    Activate,
    Open,
    CopyLink,
    Cite,
    Qr,
    About,
    Mark,
    Export,
    ClearMarks,
    Language,
    ScreenReader,
    Address,
    HelpKey,
    Close,
    Quit,
    Suspend,
}

#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub scope: Scope,
    pub action: Action,
    pub help: Help,
    /// Shown in the footer, in this table's order, as far as there is room.
    pub hint: bool,
}

const fn bind(keys: &'static [Key], scope: Scope, action: Action, help: Help) -> Binding {
    Binding { keys, scope, action, help, hint: false }
}

const fn hint(keys: &'static [Key], scope: Scope, action: Action, help: Help) -> Binding {
    Binding { keys, scope, action, help, hint: true }
}

use Key::{Code, Ctrl, Digits};

/// A plain character key.
const fn ch(c: char) -> Key {
    Key::Code(Char(c))
}
use KeyCode::{BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, Home, Left, PageDown};
use KeyCode::{PageUp, Right, Tab, Up};
use Scope::{Anywhere, Browsing, Overlay as InOverlay, Searching};

/// Every binding, first match wins: `Anywhere` before the rest.
pub static BINDINGS: &[Binding] = &[
    bind(&[Ctrl('c')], Anywhere, Action::Quit, Help::Quit),
    bind(&[Ctrl('z')], Anywhere, Action::Suspend, Help::Suspend),
    bind(&[Code(KeyCode::F(1))], Anywhere, Action::ToggleHelp, Help::HelpKey),
    bind(&[Code(KeyCode::F(2))], Anywhere, Action::ToggleScreenReader, Help::ScreenReader),
    // The panes.
    bind(&[Code(Up), ch('k')], Browsing, Action::SelectPrevious, Help::Move),
    bind(&[Code(Down), ch('j')], Browsing, Action::SelectNext, Help::Move),
    bind(&[Code(PageUp), Ctrl('u'), Ctrl('b')], Browsing, Action::PreviousPage, Help::Page),
    bind(&[Code(PageDown), Ctrl('d'), Ctrl('f')], Browsing, Action::NextPage, Help::Page),
    bind(&[Code(Home), ch('g')], Browsing, Action::SelectFirst, Help::FirstLast),
    bind(&[Code(End), ch('G')], Browsing, Action::SelectLast, Help::FirstLast),
    bind(&[Code(Tab), Code(Right), ch('l')], Browsing, Action::FocusNextPane, Help::Panes),
    bind(&[Code(BackTab), Code(Left), ch('h')], Browsing, Action::FocusPreviousPane, Help::Panes),
    hint(&[ch('/')], Browsing, Action::FocusSearch, Help::Search),
    bind(&[Code(Esc)], Browsing, Action::Back, Help::Back),
    hint(&[Code(Enter)], Browsing, Action::Activate, Help::Activate),
    bind(&[ch('o')], Browsing, Action::OpenLink(0), Help::Open),
    bind(&[Digits], Browsing, Action::OpenLink(0), Help::Open),
    hint(&[ch('y')], Browsing, Action::CopyLink, Help::CopyLink),
    bind(&[ch('a')], Browsing, Action::SayAddress, Help::Address),
    bind(&[ch('Y')], Browsing, Action::CopyCitation, Help::Cite),
    bind(&[ch('c')], Browsing, Action::ShowQr, Help::Qr),
    bind(&[ch('i')], Browsing, Action::ShowAbout, Help::About),
    bind(&[ch(' ')], Browsing, Action::ToggleMark, Help::Mark),
    bind(&[ch('e')], Browsing, Action::ExportList, Help::Export),
    bind(&[ch('X')], Browsing, Action::ClearMarks, Help::ClearMarks),
    hint(&[ch('L')], Browsing, Action::SwitchLanguage, Help::Language),
    hint(&[ch('?')], Browsing, Action::ToggleHelp, Help::HelpKey),
    hint(&[ch('q')], Browsing, Action::Quit, Help::Quit),
    // The search field: typing inserts (below the table); these edit and leave.
    bind(&[Code(Left)], Searching, Action::CursorLeft, Help::SearchCursor),
    bind(&[Code(Right)], Searching, Action::CursorRight, Help::SearchCursor),
    bind(&[Code(Home), Ctrl('a')], Searching, Action::CursorHome, Help::SearchCursor),
    bind(&[Code(End), Ctrl('e')], Searching, Action::CursorEnd, Help::SearchCursor),
    bind(&[Code(Backspace), Ctrl('h')], Searching, Action::DeleteBack, Help::SearchDelete),
    bind(&[Code(Delete)], Searching, Action::DeleteForward, Help::SearchDelete),
    bind(&[Ctrl('w')], Searching, Action::DeleteWord, Help::SearchDelete),
    bind(&[Ctrl('u')], Searching, Action::DeleteToStart, Help::SearchDelete),
    bind(&[Code(Enter), Code(Down)], Searching, Action::Activate, Help::SearchDone),
    bind(&[Code(Esc)], Searching, Action::Back, Help::Back),
    bind(&[Code(Tab)], Searching, Action::FocusNextPane, Help::Panes),
    bind(&[Code(BackTab)], Searching, Action::FocusPreviousPane, Help::Panes),
    // An overlay: close it, or scroll it.
    bind(
        &[Code(Esc), ch('q'), Code(Enter), ch('?'), ch('c'), ch('i')],
        InOverlay,
        Action::Close,
        Help::Close,
    ),
    bind(&[Code(Up), ch('k')], InOverlay, Action::SelectPrevious, Help::Move),
    bind(&[Code(Down), ch('j')], InOverlay, Action::SelectNext, Help::Move),
    bind(&[Code(PageUp)], InOverlay, Action::PreviousPage, Help::Page),
    bind(&[Code(PageDown)], InOverlay, Action::NextPage, Help::Page),
    // Space marks in the panes; only in a box does it page, and the help says so apart.
    bind(&[ch(' ')], InOverlay, Action::NextPage, Help::PageInBox),
    bind(&[Code(Home), ch('g')], InOverlay, Action::SelectFirst, Help::FirstLast),
    bind(&[Code(End), ch('G')], InOverlay, Action::SelectLast, Help::FirstLast),
    bind(&[ch('L')], InOverlay, Action::SwitchLanguage, Help::Language),
];

impl Key {
    fn matches(self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match (self, key.code) {
            (Key::Ctrl(c), Char(k)) => ctrl && k == c,
            // Shift is part of the letter (`G`, `Y`); Ctrl and Alt make another key.
            (Key::Code(Char(c)), Char(k)) => !ctrl && !alt && k == c,
            (Key::Digits, Char('1'..='9')) => !ctrl && !alt,
            (Key::Code(code), k) => code == k,
            _ => false,
        }
    }

    /// The key as the help and the footer name it, in the language of `t`.
    pub fn label(self, t: &Texts, ascii: bool) -> String {
        let arrow = |fancy: &str, plain: &str| if ascii { plain } else { fancy }.to_string();
        match self {
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Digits => arrow("1–9", "1-9"),
            Key::Code(code) => match code {
                Char(' ') => t.keys.space.to_string(),
                Char(c) => c.to_string(),
                Up => arrow("↑", "Up"),
                Down => arrow("↓", "Down"),
                Left => arrow("←", "Left"),
                Right => arrow("→", "Right"),
                BackTab => arrow("⇧Tab", "S-Tab"),
                KeyCode::F(n) => format!("F{n}"),
                PageUp => "PgUp".to_string(),
                PageDown => "PgDn".to_string(),
                other => other.to_string(),
            },
        }
    }
}

/// The bindings of a platform that can suspend a program (`can_suspend`) or not: where
/// Ctrl-Z does nothing, it is neither bound nor in the help.
fn bindings(can_suspend: bool) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| can_suspend || b.action != Action::Suspend)
}

/// The bindings on this platform.
pub fn bindings_here() -> impl Iterator<Item = &'static Binding> {
    bindings(platform::CAN_SUSPEND)
}

impl Binding {
    fn applies(&self, scope: Scope) -> bool {
        self.scope == Scope::Anywhere || self.scope == scope
    }

    /// The action for `key`, one of this binding's keys.
    fn action_for(&self, key: &KeyEvent) -> Action {
        match (&self.action, key.code) {
            (Action::OpenLink(_), Char(d @ '1'..='9')) if self.keys.contains(&Key::Digits) => {
                Action::OpenLink(usize::from(d as u8 - b'1'))
            }
            (action, _) => action.clone(),
        }
    }
}

/// The action a terminal event means: a key, a resize, a paste into the search (from
/// the list too), or (with `--mouse`) a click or the wheel.
pub fn event_action(event: &Event, scope: Scope) -> Option<Action> {
    match event {
        Event::Key(key) => action(*key, scope),
        Event::Paste(text) if matches!(scope, Scope::Searching | Scope::Browsing) => {
            Some(Action::Paste(text.clone()))
        }
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

/// The action a key press means in `scope`; `None` for keys with no meaning.
pub fn action(key: KeyEvent, scope: Scope) -> Option<Action> {
    action_with(key, scope, platform::CAN_SUSPEND)
}

fn action_with(key: KeyEvent, scope: Scope, can_suspend: bool) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let bound = bindings(can_suspend)
        .filter(|b| b.applies(scope))
        .find(|b| b.keys.iter().any(|k| k.matches(&key)))
        .map(|b| b.action_for(&key));
    if bound.is_some() {
        return bound;
    }
    let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        Char(c) if scope == Scope::Searching && plain => Some(Action::Insert(c)),
        _ => None,
    }
}

/// One row of the help: the keys, and what they do, in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub keys: String,
    pub what: &'static str,
}

/// The help's rows, in `Help`'s order: one per `Help`, with the keys of every
/// binding that names it; keys of one action together, actions apart with " / ".
pub fn help_rows(t: &Texts, ascii: bool) -> Vec<HelpRow> {
    help_rows_with(t, ascii, platform::CAN_SUSPEND)
}

fn help_rows_with(t: &Texts, ascii: bool, can_suspend: bool) -> Vec<HelpRow> {
    let mut order: Vec<Help> = bindings(can_suspend).map(|b| b.help).collect();
    order.sort_unstable();
    order.dedup();
    let mut rows: Vec<HelpRow> = order
        .into_iter()
        .map(|help| {
            let mut groups: Vec<(&Action, Vec<String>)> = Vec::new();
            for b in bindings(can_suspend).filter(|b| b.help == help) {
                let at = if let Some(at) = groups.iter().position(|(a, _)| *a == &b.action) {
                    at
                } else {
                    groups.push((&b.action, Vec::new()));
                    groups.len() - 1
                };
                for label in b.keys.iter().map(|k| k.label(t, ascii)) {
                    if !groups[at].1.contains(&label) {
                        groups[at].1.push(label);
                    }
                }
            }
            let keys: Vec<String> =
                groups.into_iter().map(|(_, labels)| labels.join(" ")).collect();
            HelpRow { keys: keys.join(" / "), what: describe(help, t) }
        })
        .collect();
    rows.push(HelpRow { keys: t.keys.mouse_keys.to_string(), what: t.keys.mouse });
    rows
}

/// The footer's hints: the first key of each hinted binding, and its short word.
pub fn hints(t: &Texts, ascii: bool) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.hint)
        .filter_map(|b| Some((b.keys.first()?.label(t, ascii), hint_word(b.help, t))))
        .collect()
}

fn hint_word(help: Help, t: &Texts) -> &'static str {
    match help {
        Help::Search => t.hint_search,
        Help::Activate | Help::Open => t.hint_open,
        Help::CopyLink => t.hint_copy,
        Help::Language => t.other_language,
        Help::HelpKey => t.hint_help,
        Help::Quit => t.hint_quit,
        other => describe(other, t),
    }
}

fn describe(help: Help, t: &Texts) -> &'static str {
    let k = &t.keys;
    match help {
        Help::Move => k.move_row,
        Help::Page => k.page,
        Help::PageInBox => k.page_in_box,
        Help::FirstLast => k.first_last,
        Help::Panes => k.panes,
        Help::Search => k.search,
        Help::SearchDone => k.search_done,
        Help::SearchCursor => k.search_cursor,
        Help::SearchDelete => k.search_delete,
        Help::Back => k.back,
        Help::Activate => k.activate,
        Help::Open => k.open,
        Help::CopyLink => k.copy_link,
        Help::Cite => k.cite,
        Help::Qr => k.qr,
        Help::About => k.about,
        Help::Mark => k.mark,
        Help::Export => k.export,
        Help::ClearMarks => k.clear_marks,
        Help::Language => k.language,
        Help::ScreenReader => t.reader.key_switch,
        Help::Address => t.reader.key_address,
        Help::HelpKey => k.help,
        Help::Close => k.close,
        Help::Quit => k.quit,
        Help::Suspend => k.suspend,
    }
}

#[cfg(test)]
mod tests;
