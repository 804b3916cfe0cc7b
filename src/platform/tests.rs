//! The reader's wait (macOS, Windows) over a terminal made of a channel, and the
//! probes that notice a vanished terminal without poll(2), on a real pty.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Mutex, PoisonError};

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::*;

/// Long enough for a wait that was to return at once to have done so.
const QUIET: Duration = Duration::from_millis(150);
/// Far longer than any wake-up takes, even on a loaded machine.
const AT_MOST: Duration = Duration::from_secs(10);

fn key(c: char) -> Event {
    Event::Key(KeyEvent::from(KeyCode::Char(c)))
}

/// A terminal made of a channel: `read` takes what is typed into it, waiting at most
/// its slice; a closed channel is a terminal that hung up.
fn terminal() -> (reader::Read, mpsc::Sender<Event>) {
    let (keys, typed) = mpsc::channel::<Event>();
    let read = Box::new(move |slice: Option<Duration>| match slice {
        None => typed.recv().map(Some).map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe)),
        Some(slice) => match typed.recv_timeout(slice) {
            Ok(event) => Ok(Some(event)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(io::ErrorKind::BrokenPipe.into()),
        },
    });
    (read, keys)
}

fn input(read: reader::Read, nudge: Option<fn()>) -> Input {
    match Input::with_reader(read, nudge) {
        Ok(input) => input,
        Err(e) => panic!("no reader: {e}"),
    }
}

/// Runs `input.wait(None)` on a thread; the receiver hears how it ended, and gets the
/// input back.
fn waiting(input: Input) -> mpsc::Receiver<(io::Result<bool>, Input)> {
    let (ended, ending) = mpsc::channel();
    std::thread::spawn(move || {
        let woke = input.wait(None);
        let _ = ended.send((woke, input));
    });
    ending
}

#[test]
fn a_post_wakes_the_wait_and_is_in_the_channel() {
    let (read, _keys) = terminal();
    let input = input(read, None);
    let (sender, posted) = mpsc::channel();
    let post = input.post(sender);
    let ending = waiting(input);
    assert!(matches!(ending.recv_timeout(QUIET), Err(RecvTimeoutError::Timeout)));
    assert!(post.send("done"));
    // Not the terminal: nothing was read.
    assert!(matches!(ending.recv_timeout(AT_MOST), Ok((Ok(false), _))));
    assert_eq!(posted.try_recv(), Ok("done"));
}

#[test]
fn a_key_wakes_the_wait_and_comes_out_once() {
    let (read, keys) = terminal();
    let ending = waiting(input(read, None));
    assert!(keys.send(key('q')).is_ok());
    let Ok((Ok(true), input)) = ending.recv_timeout(AT_MOST) else {
        panic!("the key did not wake the wait");
    };
    assert!(matches!(input.next_event(Duration::ZERO), Ok(Some(e)) if e == key('q')));
    assert!(matches!(input.next_event(Duration::ZERO), Ok(None)));
}

#[test]
fn posts_made_while_the_loop_was_busy_wake_the_next_wait_at_once() {
    let (read, _keys) = terminal();
    let input = input(read, None);
    let (sender, posted) = mpsc::channel();
    let post = input.post(sender);
    for n in 0..100_000 {
        assert!(post.send(n));
    }
    assert!(matches!(input.wait(None), Ok(false)));
    assert_eq!(posted.try_iter().count(), 100_000);
}

#[test]
fn a_terminal_that_hung_up_is_an_error_after_the_keys_before_it() {
    let (read, keys) = terminal();
    let input = input(read, None);
    assert!(keys.send(key('a')).is_ok());
    drop(keys);
    assert!(matches!(input.wait(Some(AT_MOST)), Ok(true)));
    assert!(matches!(input.next_event(Duration::ZERO), Ok(Some(e)) if e == key('a')));
    let error = loop {
        match input.next_event(Duration::ZERO) {
            Ok(None) => assert!(input.wait(Some(AT_MOST)).is_ok()),
            Ok(Some(e)) => panic!("unexpected {e:?}"),
            Err(e) => break e,
        }
    };
    assert_eq!(error.kind(), io::ErrorKind::BrokenPipe);
}

/// Keys typed while the terminal is lent are left for the program that has it, and
/// read once it is taken back.
fn lent_keys_are_not_read(input: &Input, keys: &mpsc::Sender<Event>) {
    input.lend();
    let How::Reader(reader) = &input.how else { panic!("not the reader") };
    assert!(reader.parked(), "the reader did not park");
    // Whatever the nudge made it read (a resize) is the loop's; no key is.
    while let Ok(Some(event)) = input.next_event(Duration::ZERO) {
        assert!(matches!(event, Event::Resize(..)), "{event:?} read while lent");
    }
    assert!(keys.send(key('l')).is_ok());
    assert!(matches!(input.wait(Some(QUIET)), Ok(true)), "a timeout, not a key");
    assert!(matches!(input.next_event(Duration::ZERO), Ok(None)), "a key read while lent");
    input.take_back();
    assert!(matches!(input.wait(Some(AT_MOST)), Ok(true)));
    assert!(matches!(input.next_event(Duration::ZERO), Ok(Some(e)) if e == key('l')));
}

#[test]
fn lent_without_a_nudge_the_reader_parks_between_two_slices() {
    let (read, keys) = terminal();
    let input = input(read, None);
    lent_keys_are_not_read(&input, &keys);
}

/// Where the nudge below types its resize.
static NUDGED: Mutex<Option<mpsc::Sender<Event>>> = Mutex::new(None);

fn resize() {
    if let Some(keys) = NUDGED.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
        let _ = keys.send(Event::Resize(80, 24));
    }
}

#[test]
fn lent_with_a_nudge_the_reader_leaves_its_read_and_parks() {
    let (read, keys) = terminal();
    *NUDGED.lock().unwrap_or_else(PoisonError::into_inner) = Some(keys.clone());
    let input = input(read, Some(resize));
    // The reader is inside its read, which has no slice: only the nudge ends it.
    std::thread::sleep(QUIET);
    lent_keys_are_not_read(&input, &keys);
}

#[test]
fn the_reader_is_asked_for_here_and_on_macos_always() {
    assert_eq!(os::waiting(Some(std::ffi::OsStr::new("reader"))), Waiting::Reader);
    let default =
        if cfg!(any(target_os = "macos", windows)) { Waiting::Reader } else { Waiting::Poll };
    assert_eq!(os::waiting(None), default);
}

#[cfg(unix)]
mod probes {
    use std::os::fd::OwnedFd;

    use portable_pty::{PtySize, native_pty_system};

    use super::super::os::probed_gone;

    /// A pty's master, and its terminal side opened for reading and writing, and for
    /// reading only (as `/dev/tty` may be).
    fn pty() -> (Box<dyn portable_pty::MasterPty + Send>, OwnedFd, OwnedFd) {
        let size = PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 };
        let pair = match native_pty_system().openpty(size) {
            Ok(pair) => pair,
            Err(e) => panic!("no pty: {e}"),
        };
        let Some(name) = pair.master.tty_name() else { panic!("the pty has no name") };
        let open = |write: bool| -> OwnedFd {
            match std::fs::OpenOptions::new().read(true).write(write).open(&name) {
                Ok(tty) => tty.into(),
                Err(e) => panic!("{}: {e}", name.display()),
            }
        };
        (pair.master, open(true), open(false))
    }

    #[test]
    fn a_terminal_is_there_until_its_other_side_closes() {
        let (master, tty, read_only) = pty();
        assert!(!probed_gone(&tty));
        assert!(!probed_gone(&read_only), "EBADF of a write is no hang-up");
        drop(master);
        assert!(probed_gone(&tty));
        assert!(probed_gone(&read_only));
    }
}
