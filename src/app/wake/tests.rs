use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};

use super::*;

/// An input whose terminal is a channel of events, and the channel's end to type into.
fn input() -> (Input, mpsc::Sender<Event>) {
    let (keys, typed) = mpsc::channel::<Event>();
    let read = Box::new(move |_: Option<Duration>| {
        typed.recv().map(Some).map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
    });
    match Input::with_reader(read, None) {
        Ok(input) => (input, keys),
        Err(e) => panic!("no reader: {e}"),
    }
}

fn key() -> Event {
    Event::Key(KeyEvent::from(KeyCode::Char('x')))
}

#[test]
fn crossterm_looks_at_the_terminal_only_when_it_has_input() {
    let (input, keys) = input();
    let mut turns = Turns::new();
    assert_eq!(turns.look(), Duration::ZERO);
    assert!(keys.send(key()).is_ok());
    // Idle, no keys taken: sleeps, and a key ends the sleep.
    assert!(turns.end(&input, 0, false, true).is_ok());
    assert_eq!(turns.look(), TERMINAL_READ);
}

#[test]
fn a_busy_or_capped_turn_does_not_sleep() {
    let (input, _keys) = input();
    let mut turns = Turns::new();
    // Something else came (a batch, a search's answer): no sleep, and no look.
    assert!(turns.end(&input, 0, false, false).is_ok());
    assert_eq!(turns.look(), Duration::ZERO);
    // The frame's cap stopped the keys: crossterm has more.
    assert!(turns.end(&input, 64, true, true).is_ok());
    assert_eq!(turns.look(), TERMINAL_READ);
}

#[test]
fn after_keys_the_sleep_ends_by_itself_once_for_one_more_look() {
    let (input, keys) = input();
    let mut turns = Turns::new();
    // Keys taken, and crossterm found no more (not capped).
    assert!(turns.end(&input, 3, false, true).is_ok());
    assert_eq!(turns.look(), Duration::ZERO);
    // The next idle turn sleeps AFTER_KEYS at most, then crossterm is to look.
    assert!(turns.end(&input, 0, false, true).is_ok());
    assert_eq!(turns.look(), TERMINAL_READ);
    // That look found nothing: from now on only the keyboard or a post ends a sleep.
    let (done, ended) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(turns.end(&input, 0, false, true).is_ok());
        drop(keys);
    });
    assert_eq!(ended.recv_timeout(AFTER_KEYS * 3).err(), Some(RecvTimeoutError::Timeout));
}
