use std::io::{PipeWriter, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use signal_hook::consts::SIGWINCH;

use super::*;
use crate::platform::{Bell, Post};

/// A wait whose keyboard is a pipe, and the pipe's end to type into.
fn wake() -> (PollWait, PipeWriter) {
    let (keyboard, keys) = match io::pipe() {
        Ok(pipe) => pipe,
        Err(e) => panic!("no pipe: {e}"),
    };
    match PollWait::new(keyboard.into()) {
        Ok(wake) => (wake, keys),
        Err(e) => panic!("no socket pair: {e}"),
    }
}

/// What the loop's threads post: any value will do.
#[derive(Debug)]
enum Action {
    Quit,
    SelectNext,
}

fn post(wait: &PollWait, sender: mpsc::Sender<Action>) -> Post<Action> {
    Post { sender, bell: Bell::Socket(wait.bell()) }
}

/// A wait run on its own thread; the last receiver hears how it ended.
/// A wait on its own thread, woken by `signals` too. Only the test of signals registers
/// one: a signal raised by one test reaches every thread of the process, and would end
/// another test's quiet wait early.
fn waiting(
    signals: &[i32],
) -> (Post<Action>, mpsc::Receiver<Action>, PipeWriter, mpsc::Receiver<io::Result<bool>>) {
    let (wake, keys) = wake();
    if let Err(e) = wake.on_signals(signals) {
        panic!("SIGWINCH not registered: {e}");
    }
    let (sender, actions) = mpsc::channel();
    let post = post(&wake, sender);
    let (ended, ending) = mpsc::channel();
    thread::spawn(move || {
        let _ = ended.send(wake.wait(None));
    });
    (post, actions, keys, ending)
}

/// Long enough for a wait that was to return at once to have done so.
const QUIET: Duration = Duration::from_millis(150);
/// Far longer than any wake-up takes, even on a loaded machine.
const AT_MOST: Duration = Duration::from_secs(10);

#[test]
fn the_wait_sleeps_until_something_is_posted_and_the_post_is_in_the_channel() {
    let (post, actions, _keys, ending) = waiting(&[]);
    assert_eq!(ending.recv_timeout(QUIET).err(), Some(RecvTimeoutError::Timeout));
    assert!(post.send(Action::Quit));
    // Not the terminal: crossterm is not to be asked.
    assert!(matches!(ending.recv_timeout(AT_MOST), Ok(Ok(false))));
    assert!(matches!(actions.try_recv(), Ok(Action::Quit)));
}

#[test]
fn a_key_wakes_the_wait() {
    let (_post, _actions, mut keys, ending) = waiting(&[]);
    assert_eq!(ending.recv_timeout(QUIET).err(), Some(RecvTimeoutError::Timeout));
    assert!(keys.write_all(b"q").is_ok());
    assert!(matches!(ending.recv_timeout(AT_MOST), Ok(Ok(true))));
}

#[test]
fn a_registered_signal_wakes_the_wait() {
    let (_post, _actions, _keys, ending) = waiting(&[SIGWINCH]);
    assert_eq!(ending.recv_timeout(QUIET).err(), Some(RecvTimeoutError::Timeout));
    // SIGWINCH: ignored by default, so harmless to the other tests of this process.
    assert!(signal_hook::low_level::raise(SIGWINCH).is_ok());
    // A resize is for crossterm to read.
    assert!(matches!(ending.recv_timeout(AT_MOST), Ok(Ok(true))));
}

#[test]
fn a_keyboard_that_hung_up_is_an_error_not_a_wake_up_forever() {
    let (_post, _actions, keys, ending) = waiting(&[]);
    drop(keys);
    match ending.recv_timeout(AT_MOST) {
        Ok(Err(e)) => assert_eq!(e.kind(), io::ErrorKind::BrokenPipe),
        other => panic!("expected the hang-up as an error, got {other:?}"),
    }
}

#[test]
fn posts_made_while_the_loop_was_busy_wake_the_next_wait_at_once() {
    let (wake, _keys) = wake();
    let (sender, actions) = mpsc::channel();
    let post = post(&wake, sender);
    // More than the socket holds: the bytes that do not fit are dropped, never the
    // actions, and the wait still returns.
    for _ in 0..100_000 {
        assert!(post.send(Action::SelectNext));
    }
    assert!(matches!(wake.wait(None), Ok(false)));
    assert_eq!(actions.try_iter().count(), 100_000);
}
