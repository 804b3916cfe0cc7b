use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Position;

use crate::action::{Action, Effect, Status};
use crate::catalogue;
use crate::i18n::Lang;
use crate::state::{Focus, Overlay, State};
use crate::theme::Look;
use crate::update::update;

/// The embedded catalogue in the screen-reader mode at 100x30 under TERM=linux
/// (ASCII), as the screen reader fenrir runs it.
fn reader(lang: Lang) -> State {
    let Ok(catalogue) = catalogue::embedded() else { panic!("the embedded catalogue loads") };
    let mut state = State::new(catalogue, lang, Look { ascii: true, color: false });
    state.reader = true;
    update(&mut state, Action::Resize(100, 30));
    state
}

/// The screen and the cursor's place after drawing `state`.
fn drawn(state: &State) -> (Buffer, Option<Position>) {
    let Ok(mut terminal) = Terminal::new(TestBackend::new(state.width, state.height));
    let Ok(frame) = terminal.draw(|f| super::super::draw(f, state));
    let buffer = frame.buffer.clone();
    // Where ratatui left the cursor: the position asked for, else the last cell
    // drawn, which no test below expects.
    (buffer, terminal.get_cursor_position().ok())
}

fn row(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect::<String>()
        .trim_end()
        .to_string()
}

fn rows(buffer: &Buffer) -> Vec<String> {
    (0..buffer.area.height).map(|y| row(buffer, y)).collect()
}

#[test]
fn a_moving_selection_changes_no_cell_only_the_cursor() {
    let mut state = reader(Lang::Sv);
    let (before, _) = drawn(&state);
    for _ in 0..3 {
        update(&mut state, Action::SelectNext);
        let (after, cursor) = drawn(&state);
        // A screen reader reads what changed: nothing did, so it reads the line the
        // cursor moved to, and that line is the selected resource's, title first.
        assert!(before.diff(&after).is_empty(), "a Down rewrote cells");
        let Some(cursor) = cursor else { panic!("the cursor is shown") };
        let title = state.selected_entry().map(|e| e.title.to_string()).unwrap_or_default();
        assert_eq!(cursor.x, 0);
        assert!(row(&after, cursor.y).starts_with(&title[..20]), "{}", row(&after, cursor.y));
    }
}

#[test]
fn a_page_turns_whole_so_the_rows_change_once_a_page() {
    let mut state = reader(Lang::En);
    update(&mut state, Action::Resize(100, 6));
    // Three rows of resources under the search line and the count, above the status.
    let (first, _) = drawn(&state);
    update(&mut state, Action::SelectNext);
    update(&mut state, Action::SelectNext);
    let (same, _) = drawn(&state);
    assert!(first.diff(&same).is_empty());
    update(&mut state, Action::SelectNext);
    let (turned, cursor) = drawn(&state);
    assert_eq!(cursor, Some(Position::new(0, 2)), "the fourth resource tops the next page");
    assert!(!first.diff(&turned).is_empty());
}

#[test]
fn no_frames_scrollbars_or_runs_a_reader_says_as_words() {
    let mut state = reader(Lang::Sv);
    let mut screens = vec![drawn(&state).0];
    update(&mut state, Action::Activate);
    screens.push(drawn(&state).0);
    update(&mut state, Action::FocusNextPane);
    screens.push(drawn(&state).0);
    update(&mut state, Action::ToggleHelp);
    screens.push(drawn(&state).0);
    update(&mut state, Action::Close);
    update(&mut state, Action::ShowAbout);
    screens.push(drawn(&state).0);
    for screen in &screens {
        for line in rows(screen) {
            // Runs of dashes or equals signs are read as "10 dash", a frame's corner
            // as "plus", a scrollbar's thumb as "at".
            for noise in ["---", "===", "+-", "-+", "@", "|", "…", "..."] {
                assert!(!line.contains(noise), "{noise:?} in {line:?}");
            }
            assert!(line.chars().count() <= 100);
        }
    }
}

#[test]
fn a_resource_reads_from_its_title_with_links_by_name_and_site() {
    let mut state = reader(Lang::Sv);
    update(&mut state, Action::Activate);
    assert_eq!(state.focus, Focus::Detail);
    let (screen, cursor) = drawn(&state);
    let lines = rows(&screen);
    let title = state.selected_entry().map(|e| e.title.to_string()).unwrap_or_default();
    assert_eq!(lines[0], title);
    assert_eq!(cursor, Some(Position::new(0, 0)));
    let order: Vec<usize> = ["Utgivare", "År", "Språk", "Format", "Målgrupper"]
        .iter()
        .map(|label| lines.iter().position(|l| l.starts_with(label)).unwrap_or(usize::MAX))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{lines:#?}");
    let links: Vec<&String> = lines.iter().filter(|l| l.starts_with("Länk ")).collect();
    assert!(!links.is_empty());
    let hosts = links.iter().filter_map(|l| l.rsplit(", ").next());
    assert!(hosts.clone().count() == links.len(), "{links:?}");
    assert!(hosts.clone().all(|h| h.contains('.') && !h.contains('/')), "{links:?}");
    assert!(lines.iter().all(|l| !l.contains("https://")), "{lines:#?}");
    // The address on request: the link under the cursor, else the first.
    update(&mut state, Action::SelectLast);
    update(&mut state, Action::SayAddress);
    let Some(Status::Address { number, url }) = &state.status else {
        panic!("the address is said: {:?}", state.status)
    };
    assert_eq!(*number, links.len());
    assert!(url.starts_with("https://"));
    let last = row(&drawn(&state).0, 29);
    assert!(last.starts_with(&format!("Adressen till länk {number}: https://")), "{last}");
}

#[test]
fn typing_changes_the_field_and_the_list_when_the_typing_pauses() {
    let mut state = reader(Lang::Sv);
    update(&mut state, Action::FocusSearch);
    let (before, _) = drawn(&state);
    let mut typed = 0;
    for c in "hotell".chars() {
        if let Some(Effect::AfterTyping(n)) = update(&mut state, Action::Insert(c)) {
            typed = n;
        }
    }
    let (typing, cursor) = drawn(&state);
    assert_eq!(row(&typing, 0), "Sök: hotell");
    assert_eq!(cursor, Some(Position::new(11, 0)), "the cursor follows the letters");
    assert_eq!(rows(&before)[1..], rows(&typing)[1..], "the list waits for the pause");
    // A pause of an older edit is stale.
    update(&mut state, Action::TypingPaused(typed - 1));
    assert_eq!(rows(&drawn(&state).0)[1..], rows(&before)[1..]);
    update(&mut state, Action::TypingPaused(typed));
    let (searched, _) = drawn(&state);
    assert!(
        row(&searched, 1).starts_with("1 träff för ”hotell”. Film och annat"),
        "{}",
        row(&searched, 1)
    );
}

#[test]
fn f2_switches_the_mode_and_says_so() {
    let mut state = reader(Lang::En);
    update(&mut state, Action::ToggleScreenReader);
    assert!(!state.reader);
    assert_eq!(state.status, Some(Status::ScreenReader(false)));
    let (normal, _) = drawn(&state);
    assert!(rows(&normal)[0].contains("F2 screen-reader mode"), "{}", rows(&normal)[0]);
    update(&mut state, Action::ToggleScreenReader);
    let (screen, _) = drawn(&state);
    assert!(row(&screen, 29).starts_with("Screen-reader mode on"));
    assert_eq!(state.overlay, None::<Overlay>);
}
