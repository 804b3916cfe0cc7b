//! A pseudo-terminal harness for end-to-end tests: runs the real binary on a pty and
//! reads what it draws through a terminal emulator (vt100). Synchronisation is by
//! polling the emulated screen (or a file) with a timeout, never by fixed sleeps.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

// The tests reach these as `common::pty::…`; each test binary uses only some.
#[allow(unused_imports)]
pub use super::scratch::{
    TempDir, base64_decode, find, osc52_payloads, recording_browser, rfind, wait_for_file,
};

/// How long to wait for anything before failing.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// How often to look again.
pub const POLL: Duration = Duration::from_millis(20);

/// The binary under test.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_metodstod")
}

/// A command for the pty with a clean, predictable environment (as `common::command`).
pub fn command(program: &str) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(program);
    for var in super::SCRUBBED {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C.UTF-8");
    cmd.env("TERM", "xterm-256color");
    cmd
}

/// The binary with `args`, in a clean environment.
pub fn metodstod(args: &[&str]) -> CommandBuilder {
    let mut cmd = command(binary());
    cmd.args(args);
    cmd
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What the program has written: every byte, and the screen they draw. One lock for
/// both, so a snapshot of the screen always matches the bytes read so far.
struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

/// A program just started on a pseudo-terminal, with the master side's ends.
pub struct Opened {
    pub master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub reader: Box<dyn Read + Send>,
    pub writer: Box<dyn Write + Send>,
}

/// Starts `cmd` on a new pty of `cols` x `rows`. For a test that must own every handle
/// on the master itself; others use `Pty::spawn`.
pub fn open(cmd: CommandBuilder, cols: u16, rows: u16) -> Opened {
    let size = PtySize { rows, cols, pixel_width: 0, pixel_height: 0 };
    let pair = match native_pty_system().openpty(size) {
        Ok(p) => p,
        Err(e) => panic!("cannot open a pty: {e}"),
    };
    let child = match pair.slave.spawn_command(cmd) {
        Ok(c) => c,
        Err(e) => panic!("cannot start the program on the pty: {e}"),
    };
    // Only the child keeps the slave open, so a reader sees the end of output.
    drop(pair.slave);
    let reader = match pair.master.try_clone_reader() {
        Ok(r) => r,
        Err(e) => panic!("cannot read the pty: {e}"),
    };
    let writer = match pair.master.take_writer() {
        Ok(w) => w,
        Err(e) => panic!("cannot write to the pty: {e}"),
    };
    Opened { master: pair.master, child, reader, writer }
}

/// Reads `reader` on a thread until `marker` shows (read as `as_text`), then drops it,
/// so the caller can own the last handle on the master; the receiver hears when it was
/// seen.
pub fn read_until(
    mut reader: Box<dyn Read + Send>,
    marker: &[u8],
) -> std::sync::mpsc::Receiver<()> {
    let (tx, rx) = std::sync::mpsc::channel();
    let marker = marker.to_vec();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if find(&super::text::as_text(&seen), &marker).is_some() {
                let _ = tx.send(());
                break;
            }
        }
    });
    rx
}

/// A program running on a pseudo-terminal, and what it has written so far.
pub struct Pty {
    output: Arc<Mutex<Output>>,
    eof: Arc<AtomicBool>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
}

impl Pty {
    /// Starts `cmd` on a new pty of `cols` x `rows`.
    pub fn spawn(cmd: CommandBuilder, cols: u16, rows: u16) -> Pty {
        let Opened { master, child, mut reader, writer } = open(cmd, cols, rows);
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
        }));
        let eof = Arc::new(AtomicBool::new(false));
        let thread = {
            let (output, eof) = (Arc::clone(&output), Arc::clone(&eof));
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    match reader.read(&mut buf) {
                        // EIO on Linux once the slave side is closed: the end.
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            let mut out = lock(&output);
                            out.raw.extend_from_slice(&buf[..n]);
                            // vt100 0.16 can overflow in `Grid::col_wrap` when a resize
                            // lands between a wide character and its wrap (seen once in
                            // CI, hundreds_of_random_keys_at_changing_sizes_then_q). The
                            // emulator is the test's, not the program's: start a fresh
                            // one at the same size; the program repaints the screen.
                            let chunk = &buf[..n];
                            let fed =
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    out.parser.process(chunk);
                                }));
                            if fed.is_err() {
                                let (rows, cols) = out.parser.screen().size();
                                out.parser = vt100::Parser::new(rows, cols, 0);
                            }
                        }
                    }
                }
                eof.store(true, Ordering::SeqCst);
            })
        };
        Pty { output, eof, master, writer, child, reader: Some(thread), status: None }
    }

    /// Types `keys` (bytes as a terminal would send them).
    pub fn send(&mut self, keys: &str) {
        if let Err(e) = self.writer.write_all(keys.as_bytes()).and_then(|()| self.writer.flush()) {
            panic!("cannot send {keys:?} to the program: {e}\nscreen:\n{}", self.contents());
        }
    }

    /// Resizes the terminal: the emulator first, then the pty (which sends SIGWINCH),
    /// so the redraw that follows is read at the new size.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        lock(&self.output).parser.screen_mut().set_size(rows, cols);
        let size = PtySize { rows, cols, pixel_width: 0, pixel_height: 0 };
        if let Err(e) = self.master.resize(size) {
            panic!("cannot resize the pty to {cols}x{rows}: {e}");
        }
    }

    /// A copy of the emulated screen as it is now.
    pub fn screen(&self) -> vt100::Screen {
        lock(&self.output).parser.screen().clone()
    }

    /// The screen and how many bytes drew it, taken together.
    fn snapshot(&self) -> (vt100::Screen, usize) {
        let out = lock(&self.output);
        (out.parser.screen().clone(), out.raw.len())
    }

    /// The screen's text, one line a row.
    pub fn contents(&self) -> String {
        lock(&self.output).parser.screen().contents()
    }

    /// Every byte the program has written so far.
    pub fn raw(&self) -> Vec<u8> {
        lock(&self.output).raw.clone()
    }

    /// The process id of the program.
    pub fn pid(&self) -> u32 {
        match self.child.process_id() {
            Some(pid) => pid,
            None => panic!("the child has no process id"),
        }
    }

    /// Polls the screen until `cond` holds on a settled screen; panics with `what` and
    /// the screen after `TIMEOUT`. Returns the screen that satisfied `cond`.
    ///
    /// A frame reaches the pty in several writes, so a screen read between them is
    /// half old and half new. A screen counts as settled when `cond` held on it at one
    /// poll and no byte has arrived by the next: then the frame is whole.
    pub fn wait_for(&mut self, what: &str, cond: impl Fn(&vt100::Screen) -> bool) -> vt100::Screen {
        self.wait_for_within(what, TIMEOUT, cond)
    }

    pub fn wait_for_within(
        &mut self,
        what: &str,
        timeout: Duration,
        cond: impl Fn(&vt100::Screen) -> bool,
    ) -> vt100::Screen {
        let start = Instant::now();
        let mut held_at: Option<usize> = None;
        loop {
            let (screen, len) = self.snapshot();
            if cond(&screen) {
                if held_at == Some(len) {
                    return screen;
                }
                held_at = Some(len);
            } else {
                held_at = None;
            }
            if start.elapsed() > timeout {
                let exited = match self.child.try_wait() {
                    Ok(Some(s)) => format!("the program has exited: {s}"),
                    Ok(None) => "the program is still running".to_string(),
                    Err(e) => format!("cannot tell whether the program runs: {e}"),
                };
                panic!(
                    "timed out after {timeout:?} waiting for {what}; {exited}\n\
                     screen ({:?}):\n{}\n---",
                    screen.size(),
                    screen.contents()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the screen shows `text` somewhere.
    pub fn wait_for_text(&mut self, text: &str) -> vt100::Screen {
        self.wait_for(&format!("{text:?} on the screen"), |s| s.contents().contains(text))
    }

    /// Polls the raw output until `cond` holds.
    pub fn wait_for_raw(&mut self, what: &str, cond: impl Fn(&[u8]) -> bool) -> Vec<u8> {
        let start = Instant::now();
        loop {
            let raw = self.raw();
            if cond(&raw) {
                return raw;
            }
            assert!(
                start.elapsed() <= TIMEOUT,
                "timed out waiting for {what} in the output\nscreen:\n{}\n---\nraw tail: {:?}",
                self.contents(),
                String::from_utf8_lossy(&raw[raw.len().saturating_sub(400)..])
            );
            std::thread::sleep(POLL);
        }
    }

    /// Waits for the program to exit and for its last output to be read; returns
    /// its exit status. Panics with the screen after `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => {}
                Err(e) => panic!("cannot wait for the program: {e}"),
            }
            assert!(
                start.elapsed() <= timeout,
                "the program did not exit within {timeout:?}\nscreen:\n{}\n---",
                self.contents()
            );
            std::thread::sleep(POLL);
        };
        self.status = Some(status.clone());
        // The output ends when every holder of the slave side is gone; a detached
        // grandchild could hold it longer, so this wait is bounded and not fatal.
        while !self.eof.load(Ordering::SeqCst) && start.elapsed() < timeout {
            std::thread::sleep(POLL);
        }
        status
    }

    /// Sends `signal` (a name such as "TERM" or "HUP") to the program with kill(1).
    pub fn kill(&self, signal: &str) {
        let pid = self.pid().to_string();
        match std::process::Command::new("kill").args([&format!("-{signal}"), &pid]).status() {
            Ok(s) if s.success() => {}
            Ok(s) => panic!("kill -{signal} {pid} failed: {s}"),
            Err(e) => panic!("cannot run kill: {e}"),
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // A failed test must not leave the program running.
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        if let Some(reader) = self.reader.take()
            && self.eof.load(Ordering::SeqCst)
        {
            let _ = reader.join();
        }
    }
}
