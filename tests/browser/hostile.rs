//! Hardening, end to end on a pseudo-terminal: hundreds of random keys at changing
//! sizes, SIGTERM, SIGHUP and SIGINT during a search of a big catalogue and while a
//! text-mode browser has the terminal, a terminal that closes under the program, and an
//! idle browser that sleeps. Nothing may crash or hang, and the terminal is always given
//! back.

use crate::common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::hostile::{ENTER_ALT, LEAVE_ALT, assert_restored, big_catalogue, write};
use common::pty::{self, Pty, TIMEOUT, TempDir, find, rfind};

/// A small, seeded generator (xorshift), so a failing run can be repeated with
/// `HARDENING_SEED`.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("HARDENING_SEED").ok().and_then(|s| s.parse().ok());
        Rng(seed.unwrap_or(0x9e37_79b9_7f4a_7c15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n as u64)).unwrap_or(0)
    }

    /// A size from 1 to `max`.
    fn size(&mut self, max: u16) -> u16 {
        1 + u16::try_from(self.below(usize::from(max))).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Keys a user (or a confused terminal) might send; never `q`, Ctrl-C or Ctrl-Z.
const KEYS: &[&str] = &[
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "G",
    "L",
    "Y",
    "S",
    "Ö",
    "å",
    "ä",
    "ö",
    "é",
    "東",
    "👩\u{200d}👩\u{200d}👧",
    "1",
    "2",
    "3",
    "9",
    "0",
    "/",
    "?",
    " ",
    "-",
    ".",
    "\"",
    "'",
    "\\",
    "\x1b[A",
    "\x1b[B",
    "\x1b[C",
    "\x1b[D",
    "\x1b[5~",
    "\x1b[6~",
    "\x1b[H",
    "\x1b[F",
    "\x1b[3~",
    "\x1bOP",
    "\x1b[Z",
    "\t",
    "\x1b",
    "\r",
    "\x7f",
    "\x15",
    "\x04",
    "\x17",
    "\x01",
    "\x05",
    "\x08",
    "\x02",
    "\x06",
    "\x0c",
    "\x00",
    "\x1b[1;5A",
    "\x1b[1;2B",
    "\x1b[<0;10;5M",
    "\x1b[<0;10;5m",
    "\x1b[<64;50;20M",
    "\x1b[<65;80;10M",
    "\x1b[<2;3;3M",
    "\x1b[M !!",
    "\x1b[999;999R",
    "\x1b[200~pasted\x1b[201~",
    "\x1b]11;rgb:0000/0000/0000\x07",
    "\x1b[",
    "\x1bO",
    "\u{9b}",
    "\u{85}",
    "\u{202e}",
    "\u{200b}",
    "\x1b[27;5;13~",
    "\x1b[13;2u",
];

/// An `Esc` that cannot merge with what follows: CSI-u encoded.
const LONE_ESC: &str = "\x1b[27u";

/// Leaves any overlay and the search field, then quits with `q`; exit 0 restored.
fn quit_from_anywhere(p: &mut Pty, context: &str) {
    for _ in 0..4 {
        p.send(LONE_ESC);
    }
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "{context}: q must exit 0, got {status}\n{}", p.contents());
    let raw = p.raw();
    assert!(find(&raw, b"panicked").is_none(), "{context}: a panic:\n{}", p.contents());
    assert_restored(&raw, context);
}

fn fixture_path() -> String {
    common::fixture("mini.json").display().to_string()
}

#[test]
fn hundreds_of_random_keys_at_changing_sizes_then_q() {
    let dir = TempDir::new("random");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let mut cmd = pty::metodstod(&["--catalogue", &fixture_path(), "--mouse"]);
    cmd.env("BROWSER", script.display().to_string());
    let mut p = Pty::spawn(cmd, 120, 40);
    p.wait_for_text("av 6");
    let mut rng = Rng::new();
    let sizes = [(120, 40), (80, 24), (1, 1), (250, 80), (59, 20), (20, 6), (19, 6), (60, 5)];
    for i in 0..300 {
        if i % 25 == 24 {
            let (w, h) = if rng.below(2) == 0 {
                sizes[rng.below(sizes.len())]
            } else {
                (rng.size(250), rng.size(80))
            };
            p.resize(w, h);
        }
        p.send(rng.pick(KEYS));
    }
    // Still alive and drawing: at two new sizes in turn (a size the program already
    // had would not be redrawn in full, see the report), the footer counts the entries.
    for (w, h) in [(77, 23), (120, 40)] {
        p.resize(w, h);
        p.wait_for(&format!("a frame at {w}x{h} after the random keys"), |s| {
            let footer = s.contents().lines().last().unwrap_or_default().to_string();
            footer.contains(" av 6") || footer.contains(" of 6")
        });
    }
    quit_from_anywhere(&mut p, "after 300 random keys");
}

fn signal_number(name: &str) -> u32 {
    match name {
        "HUP" => 1,
        "INT" => 2,
        "TERM" => 15,
        _ => panic!("unknown signal {name}"),
    }
}

#[test]
fn signals_during_a_search_of_a_big_catalogue_restore_the_terminal() {
    let dir = TempDir::new("big");
    let file = dir.join("big.json");
    write(&file, big_catalogue(50_000).as_bytes());
    let path = file.display().to_string();
    for (signal, query) in [("TERM", "manual"), ("HUP", "östersjö"), ("INT", "sexit 1")] {
        let started = Instant::now();
        let mut p = Pty::spawn(pty::metodstod(&["--catalogue", &path]), 120, 40);
        p.wait_for_within("the first frame of 50 000 entries", Duration::from_secs(60), |s| {
            s.contents().contains("av 50000")
        });
        let loaded = started.elapsed();
        p.send("/");
        for c in query.chars() {
            p.send(&c.to_string());
        }
        // Right after the last key: the search it starts is under way.
        p.kill(signal);
        let sent = Instant::now();
        let status = p.wait_exit(TIMEOUT);
        eprintln!(
            "SIG{signal}: loaded in {loaded:?}, exited {:?} after the signal",
            sent.elapsed()
        );
        assert_eq!(
            (status.exit_code(), status.signal()),
            (128 + signal_number(signal), None),
            "SIG{signal} during a search: {status}"
        );
        assert_restored(&p.raw(), &format!("SIG{signal} during a search"));
    }
}

/// A fake `w3m` (a text-mode browser to the program) that writes its process id and
/// sleeps; returns the directory to put first on `PATH`.
fn fake_w3m(dir: &TempDir, pid_file: &Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    if let Err(e) = std::fs::create_dir_all(&bin) {
        panic!("cannot create {}: {e}", bin.display());
    }
    let script = bin.join("w3m");
    let pid = pid_file.display().to_string();
    write(
        &script,
        format!("#!/bin/sh\necho $$ > '{pid}.tmp'\nmv '{pid}.tmp' '{pid}'\nexec sleep 30\n")
            .as_bytes(),
    );
    if let Err(e) = std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)) {
        panic!("cannot make {} executable: {e}", script.display());
    }
    let path = std::env::var("PATH").unwrap_or_default();
    format!("{}:{path}", bin.display())
}

fn kill_pid(pid: &str) {
    let _ = std::process::Command::new("kill").args(["-KILL", pid.trim()]).status();
}

#[test]
fn signals_while_a_text_mode_browser_runs_restore_the_terminal() {
    for signal in ["TERM", "HUP", "INT"] {
        let dir = TempDir::new("w3m");
        let pid_file = dir.join("w3m.pid");
        let mut cmd = pty::metodstod(&["--catalogue", &fixture_path()]);
        cmd.env("PATH", fake_w3m(&dir, &pid_file));
        cmd.env("BROWSER", "w3m");
        let mut p = Pty::spawn(cmd, 100, 30);
        p.wait_for_text("av 6");
        p.send("o");
        let w3m = pty::wait_for_file(&pid_file, "the fake w3m to start", |t| !t.trim().is_empty());
        // The browser gave the terminal to w3m: the alternate screen is left.
        p.wait_for_raw("the alternate screen left for w3m", |raw| {
            rfind(raw, LEAVE_ALT) > rfind(raw, ENTER_ALT)
        });
        p.kill(signal);
        let sent = Instant::now();
        let status = p.wait_exit(Duration::from_secs(10));
        let took = sent.elapsed();
        kill_pid(&w3m);
        eprintln!("SIG{signal} while w3m runs: exited after {took:?}");
        assert_eq!(
            (status.exit_code(), status.signal()),
            (128 + signal_number(signal), None),
            "SIG{signal} while w3m runs: {status}"
        );
        assert!(took < Duration::from_secs(5), "SIG{signal}: the program waited {took:?} for w3m");
        assert_restored(&p.raw(), &format!("SIG{signal} while w3m runs"));
    }
}

#[test]
fn a_closed_terminal_ends_the_program() {
    let pty::Opened { master, mut child, reader, writer } =
        pty::open(pty::metodstod(&["--catalogue", &fixture_path()]), 120, 40);
    // Read until the first frame is drawn, then let go of the reading end.
    let rx = pty::read_until(reader, b"av 6");
    if rx.recv_timeout(TIMEOUT).is_err() {
        let _ = child.kill();
        panic!("no first frame within {TIMEOUT:?}");
    }
    // The SSH connection drops: every handle on the terminal's master side closes.
    drop(writer);
    drop(master);
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => panic!("cannot wait for the program: {e}"),
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("the program still runs 5 s after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    eprintln!("closed terminal: exited with {status} after {:?}", start.elapsed());
    // The kernel hangs up the session: the program ends as after SIGHUP, 128 + 1.
    assert_eq!(status.exit_code(), 129, "a lost terminal ends as SIGHUP does: {status}");
}

/// Context switches of all the process's threads so far: a thread that wakes, for
/// however short a time, adds one.
fn wake_ups(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        panic!("no /proc/{pid}/task");
    };
    let mut total = 0;
    for task in tasks.flatten() {
        let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
        for line in status.lines().filter(|l| l.contains("ctxt_switches:")) {
            total +=
                line.rsplit('\t').next().and_then(|n| n.trim().parse::<u64>().ok()).unwrap_or(0);
        }
    }
    total
}

/// Whether one of the process's threads has this name.
fn has_thread(pid: u32, name: &str) -> bool {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        panic!("no /proc/{pid}/task");
    };
    tasks.flatten().any(|task| {
        std::fs::read_to_string(task.path().join("comm")).is_ok_and(|comm| comm.trim() == name)
    })
}

#[test]
fn an_idle_browser_sleeps_yet_answers_a_resize_and_keys_at_once() {
    let mut p = Pty::spawn(pty::metodstod(&[]), 80, 24);
    p.wait_for_text("av 9");
    // Past any wake-up that the first frame's turn leaves.
    std::thread::sleep(Duration::from_millis(300));
    // Waiting through crossterm's reader (macOS, Windows; here with METODSTOD_WAIT=reader),
    // the one wake-up left is the probe for a vanished terminal, ten times a second.
    let reader = std::env::var_os("METODSTOD_WAIT").is_some_and(|w| w == "reader");
    assert_eq!(has_thread(p.pid(), "terminal-reader"), reader, "the reader's thread");
    let allowed = if reader { 12 } else { 0 };
    let before = wake_ups(p.pid());
    std::thread::sleep(Duration::from_secs(1));
    let after = wake_ups(p.pid());
    let woke = after - before;
    assert!(woke <= allowed, "an idle browser woke {woke} times in a second");
    // Woken by the resize itself: the footer moves to the new last row.
    p.resize(100, 30);
    p.wait_for("the footer on row 30 after a resize", |s| {
        s.contents_between(29, 0, 29, 100).contains("av 9")
    });
    // Keys that arrive together, the search field's and the words typed into it, are
    // all taken, none left waiting in crossterm's parser for a next key.
    p.send("/hotell");
    p.wait_for_text("1 av 9");
    quit_from_anywhere(&mut p, "an idle browser");
}
