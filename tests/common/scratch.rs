//! What the end-to-end tests keep beside a pseudo-terminal: a scratch directory, a
//! recording `$BROWSER`, a file polled until it holds something, and the bytes a
//! program wrote searched and decoded (OSC 52 copies).

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::Instant;

use super::pty::{POLL, TIMEOUT};

/// A scratch directory of its own for one test, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        use std::sync::atomic::AtomicUsize;
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::SeqCst);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = std::env::temp_dir()
            .join(format!("metodstod-e2e-{name}-{}-{n}-{nanos}", std::process::id()));
        if let Err(e) = std::fs::create_dir_all(&dir) {
            panic!("cannot create {}: {e}", dir.display());
        }
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes a `$BROWSER` script into `dir` that appends each of its arguments, one a
/// line, to `record`, and exits 0. Returns the script's path.
pub fn recording_browser(dir: &TempDir, record: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("record-browser");
    let record = record.display().to_string();
    assert!(!record.contains('\''), "the record path must not hold a quote: {record}");
    let text = format!(
        "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\" >> '{record}'; done\nexit 0\n"
    );
    if let Err(e) = std::fs::write(&script, text) {
        panic!("cannot write {}: {e}", script.display());
    }
    if let Err(e) = std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)) {
        panic!("cannot make {} executable: {e}", script.display());
    }
    script
}

/// Polls `path` until its content satisfies `cond`; panics with `what` after `TIMEOUT`.
pub fn wait_for_file(path: &Path, what: &str, cond: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if cond(&text) {
            return text;
        }
        assert!(
            start.elapsed() <= TIMEOUT,
            "timed out waiting for {what} in {}; it holds: {text:?}",
            path.display()
        );
        std::thread::sleep(POLL);
    }
}

/// Where `needle` occurs in `haystack`, from the start or the end.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Decodes standard base64 (with or without padding); `None` on a stray character.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    };
    let digits = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in digits {
        acc = (acc << 6) | value(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}

/// The payloads of every OSC 52 clipboard sequence in `raw`, decoded. With `tmux`,
/// the sequences looked for are the ones wrapped for tmux passthrough.
pub fn osc52_payloads(raw: &[u8], tmux: bool) -> Vec<String> {
    let start: &[u8] = if tmux { b"\x1bPtmux;\x1b\x1b]52;c;" } else { b"\x1b]52;c;" };
    let mut out = Vec::new();
    let mut rest = raw;
    while let Some(at) = find(rest, start) {
        rest = &rest[at + start.len()..];
        let end = rest.iter().position(|&b| b == 0x07).unwrap_or(rest.len());
        let payload = String::from_utf8_lossy(&rest[..end]).into_owned();
        match base64_decode(&payload) {
            Some(bytes) => out.push(String::from_utf8_lossy(&bytes).into_owned()),
            None => out.push(format!("<not base64: {payload:?}>")),
        }
        rest = &rest[end..];
    }
    out
}
