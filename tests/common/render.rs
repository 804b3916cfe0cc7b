//! Rendering a state on ratatui's `TestBackend`, for snapshots and screenshots.

use metodstod::action::Action;
use metodstod::catalogue::{self, Catalogue, Origin};
use metodstod::i18n::Lang;
use metodstod::state::State;
use metodstod::theme::Look;
use metodstod::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub fn mini() -> Catalogue {
    match catalogue::parse(include_str!("../fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    }
}

pub fn embedded() -> Catalogue {
    match catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("embedded catalogue invalid: {e}"),
    }
}

pub fn state(catalogue: Catalogue, lang: Lang, look: Look, width: u16, height: u16) -> State {
    let mut s = State::new(catalogue, lang, look);
    update(&mut s, Action::Resize(width, height));
    s
}

pub fn apply(state: &mut State, actions: &[Action]) {
    for a in actions {
        update(state, a.clone());
    }
}

pub fn type_query(state: &mut State, text: &str) {
    update(state, Action::FocusSearch);
    for c in text.chars() {
        update(state, Action::Insert(c));
    }
}

/// The frame for `state`, and where the hardware cursor is (if shown).
pub fn render(state: &State) -> (Buffer, Option<(u16, u16)>) {
    let backend = TestBackend::new(state.width, state.height);
    let mut terminal = match Terminal::new(backend) {
        Ok(t) => t,
        Err(e) => panic!("test terminal: {e}"),
    };
    let frame = match terminal.draw(|f| metodstod::view::draw(f, state)) {
        Ok(f) => f,
        Err(e) => panic!("draw: {e}"),
    };
    let buffer = frame.buffer.clone();
    let backend = terminal.backend_mut();
    let cursor = match ratatui::backend::Backend::get_cursor_position(backend) {
        Ok(p) => p,
        Err(e) => panic!("cursor: {e}"),
    };
    let shown = backend.cursor_visible();
    (buffer, shown.then_some((cursor.x, cursor.y)))
}

/// The buffer as plain text, one line a row.
pub fn text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}
