//! Links: how an address is opened here (the pure `plan`, carried out by the browser,
//! `open` and the line mode), and the OSC 52 and OSC 8 encodings.

mod failure;

pub use failure::Failure;

use crate::platform::{self, programs::Programs};
use crate::text::is_allowed_url;

/// How links are opened here: `$BROWSER`, SSH and tmux, read once at start.
#[derive(Debug, Clone, Default)]
pub struct Opener {
    /// `$BROWSER`: commands separated by ':', the first one found is used.
    pub browser: Option<String>,
    pub ssh: bool,
    pub tmux: bool,
    /// `$PATH`, to find programs without a shell.
    pub path: Option<std::ffi::OsString>,
}

/// A program and its arguments, ready to run without a shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrowserCommand {
    pub program: String,
    pub args: Vec<String>,
    /// A browser that draws in the terminal, so it must have the terminal while it runs.
    pub text_mode: bool,
}

const TEXT_BROWSERS: &[&str] =
    &["lynx", "w3m", "links", "links2", "elinks", "browsh", "carbonyl", "www-browser"];

impl Opener {
    /// The command that opens `url`: the first `$BROWSER` command found, else the
    /// platform opener. The address is one argument, exactly as written.
    pub fn command_for(&self, url: &str) -> Result<BrowserCommand, Failure> {
        self.command_on(platform::PROGRAMS, url)
    }

    /// `command_for` by the rules of a platform's `programs`.
    pub fn command_on(&self, programs: &Programs, url: &str) -> Result<BrowserCommand, Failure> {
        if !is_allowed_url(url) {
            return Err(Failure::Refused(url.to_string()));
        }
        let mut commands = self.browser.iter().flat_map(|b| b.split(programs.list_separator));
        let from_browser = commands.find_map(|candidate| {
            let words = split_words(&programs.literal_backslashes(candidate))?;
            let (program, rest) = words.split_first()?;
            self.find(programs, program)?;
            let mut args: Vec<String> = rest.to_vec();
            if args.iter().any(|a| a.contains("%s")) {
                for a in &mut args {
                    *a = a.replace("%s", url);
                }
            } else {
                args.push(url.to_string());
            }
            Some((program.clone(), args))
        });
        let (program, args) = if let Some(found) = from_browser {
            found
        } else {
            let (program, before) = programs
                .openers
                .iter()
                .find(|(p, _)| self.find(programs, p).is_some())
                .ok_or(Failure::NoBrowser)?;
            let mut args: Vec<String> = before.iter().map(|a| (*a).to_string()).collect();
            args.push(url.to_string());
            ((*program).to_string(), args)
        };
        let text_mode = TEXT_BROWSERS.contains(&programs.name(&program));
        Ok(BrowserCommand { program, args, text_mode })
    }

    /// The program's path: as given when it names a file, else searched in `$PATH`
    /// (with the platform's suffix for programs, where it has one).
    fn find(&self, programs: &Programs, program: &str) -> Option<std::path::PathBuf> {
        let is_file = |p: &std::path::Path| p.is_file();
        if programs.is_path(program) {
            let p = std::path::PathBuf::from(program);
            return is_file(&p).then_some(p);
        }
        let names = programs.file_names(program);
        std::env::split_paths(self.path.as_ref()?)
            .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
            .find(|p| is_file(p))
    }
}

/// Splits a command into words as a shell would (quotes and backslashes), without
/// running one: `shlex`, the splitter the SSH command line uses too. `None` for an empty
/// command, an unclosed quote or a trailing backslash.
pub fn split_words(command: &str) -> Option<Vec<String>> {
    shlex::split(command).filter(|words| !words.is_empty())
}

/// Starts the opener detached: its own process group (a hang-up of our terminal does
/// not reach it) and no stdin, stdout or stderr, so it cannot draw into our screen.
pub fn spawn_detached(command: &BrowserCommand) -> Result<std::process::Child, Failure> {
    use std::process::{Command, Stdio};
    let mut opener = Command::new(&command.program);
    opener.args(&command.args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    platform::detach(&mut opener);
    opener.spawn().map_err(|e| Failure::not_started(&command.program, &e))
}

/// Runs a text-mode browser on this terminal and waits for it. A SIGTERM, SIGHUP or
/// SIGINT meanwhile is not left waiting until the user leaves the browser: the browser
/// is asked to end (SIGTERM, so it can restore the terminal; killed after a second),
/// and the caller, which saw the signal too, then ends.
pub fn run_in_foreground(command: &BrowserCommand) -> Result<(), Failure> {
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;
    let mut child = std::process::Command::new(&command.program)
        .args(&command.args)
        .spawn()
        .map_err(|e| Failure::not_started(&command.program, &e))?;
    let signalled = Arc::new(AtomicBool::new(false));
    let waited = {
        let _watch = platform::EndingWatch::new(&signalled);
        wait_unless_signalled(&mut child, &signalled)
    };
    match waited {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(Failure::exited(&command.program, status)),
        Err(e) => Err(Failure::not_started(&command.program, &e)),
    }
}

/// Waits for `child`; once `signalled`, asks it to end and kills it if it still runs a
/// second later.
fn wait_unless_signalled(
    child: &mut std::process::Child,
    signalled: &std::sync::atomic::AtomicBool,
) -> std::io::Result<std::process::ExitStatus> {
    use std::time::{Duration, Instant};
    let mut deadline = None;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status);
        }
        if deadline.is_none() && signalled.load(std::sync::atomic::Ordering::Relaxed) {
            platform::ask_to_end(child);
            deadline = Some(Instant::now() + Duration::from_secs(1));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            let _ = child.kill();
            return child.wait();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// What to do with a link, decided from the address and the surroundings alone, so the
/// browser, `metodstod open` and the line mode all decide alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Over SSH a browser would start on the server, out of the user's sight: copy the
    /// address to the user's own terminal (OSC 52) and show it instead.
    Copy,
    /// A text-mode browser: it must have the terminal until it ends.
    Foreground(BrowserCommand),
    /// Any other browser: started detached.
    Detached(BrowserCommand),
    /// Not opened: the address is refused, or no browser is found. Says why.
    Refuse(Failure),
}

pub fn plan(url: &str, opener: &Opener) -> Plan {
    if !is_allowed_url(url) {
        // Refused before anything else, over SSH too: such an address is never copied.
        return Plan::Refuse(Failure::Refused(url.to_string()));
    }
    if opener.ssh {
        return Plan::Copy;
    }
    match opener.command_for(url) {
        Ok(command) if command.text_mode => Plan::Foreground(command),
        Ok(command) => Plan::Detached(command),
        Err(why) => Plan::Refuse(why),
    }
}

/// What opening a link did, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// A browser was started (and a detached one exited successfully).
    Started,
    /// Over SSH a browser would start on the server, out of the user's sight, so none
    /// is started: the caller shows the address (and copies it where it can).
    OverSsh,
}

/// Why a link was not opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// No command for it: the address is refused, or no browser is found.
    NoCommand(Failure),
    /// The browser could not be started, or it reported a failure.
    Failed(Failure),
}

/// Carries out the plan for `url` and waits for its end, for `metodstod open` and the
/// line mode: a detached browser's exit status is waited for, so that a failing opener
/// is reported rather than silently ignored.
pub fn open_link(url: &str, opener: &Opener) -> Result<Opening, OpenError> {
    let outcome = match plan(url, opener) {
        Plan::Copy => return Ok(Opening::OverSsh),
        Plan::Refuse(why) => return Err(OpenError::NoCommand(why)),
        Plan::Foreground(command) => run_in_foreground(&command),
        Plan::Detached(command) => {
            spawn_detached(&command).and_then(|mut child| match child.wait() {
                Ok(status) if status.success() => Ok(()),
                Ok(status) => Err(Failure::exited(&command.program, status)),
                Err(e) => Err(Failure::not_started(&command.program, &e)),
            })
        }
    };
    outcome.map(|()| Opening::Started).map_err(OpenError::Failed)
}

/// The OSC 52 sequence that puts `text` on the clipboard of the user's own terminal,
/// wherever the program runs; inside tmux, wrapped so tmux passes it on.
pub fn osc52(text: &str, tmux: bool) -> String {
    let payload = base64(text.as_bytes());
    if tmux {
        format!("\u{1b}Ptmux;\u{1b}\u{1b}]52;c;{payload}\u{7}\u{1b}\\")
    } else {
        format!("\u{1b}]52;c;{payload}\u{7}")
    }
}

/// `text` as an OSC 8 hyperlink to `url`, for terminals that let the user click it.
pub fn osc8(text: &str, url: &str) -> String {
    format!("\u{1b}]8;;{url}\u{1b}\\{text}\u{1b}]8;;\u{1b}\\")
}

/// How long `bytes` bytes are in base64: what an OSC 52 copy of them carries.
pub fn base64_len(bytes: usize) -> usize {
    bytes.div_ceil(3) * 4
}

/// Standard base64 with padding: all OSC 52 needs, not worth a crate.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
