//! One frame of the browser on the embedded catalogue, at 80x24 and 200x60.
//!
//! ```sh
//! cargo bench --bench render
//! ```
//!
//! `full_frame` clears the backend first, so every cell is drawn and written (the
//! first frame, or a redraw after Ctrl-Z); `down_key` is the work of one Down key:
//! `update` then a frame that ratatui diffs against the one before.

use divan::Bencher;
use metodstod::action::Action;
use metodstod::catalogue;
use metodstod::i18n::Lang;
use metodstod::state::State;
use metodstod::theme::Look;
use metodstod::update::update;
use metodstod::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const SIZES: &[(u16, u16)] = &[(80, 24), (200, 60)];

fn setup(width: u16, height: u16) -> (State, Terminal<TestBackend>) {
    let catalogue = match catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("the embedded catalogue does not load: {e}"),
    };
    let mut state = State::new(catalogue, Lang::Sv, Look { ascii: false, color: true });
    update(&mut state, Action::Resize(width, height));
    let terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("no test terminal: {e}"),
    };
    (state, terminal)
}

#[divan::bench(args = SIZES)]
fn full_frame(bencher: Bencher, (width, height): (u16, u16)) {
    let (state, mut terminal) = setup(width, height);
    bencher.bench_local(|| {
        if let Err(e) = terminal.clear() {
            panic!("clear: {e}");
        }
        if let Err(e) = terminal.draw(|frame| view::draw(frame, &state)) {
            panic!("draw: {e}");
        }
    });
}

#[divan::bench(args = SIZES)]
fn down_key(bencher: Bencher, (width, height): (u16, u16)) {
    let (mut state, mut terminal) = setup(width, height);
    let mut down = true;
    bencher.bench_local(|| {
        // Down to the end of the list, then Up to the top, so every key moves.
        if state.selected + 1 >= state.visible.len() {
            down = false;
        } else if state.selected == 0 {
            down = true;
        }
        update(&mut state, if down { Action::SelectNext } else { Action::SelectPrevious });
        if let Err(e) = terminal.draw(|frame| view::draw(frame, &state)) {
            panic!("draw: {e}");
        }
    });
}
