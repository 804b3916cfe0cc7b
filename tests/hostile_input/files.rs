//! Hardening, malformed files: empty, truncated, not UTF-8, stray byte-order marks,
//! deep nesting, wrong types, a directory, `/dev/zero`, `/dev/null`, a missing file and
//! a file over the 256 MiB bound all end with exit 1 within a second and a message
//! naming the file, never a panic; the library's `parse_bytes` never panics on them
//! either, and no file name or field name reaches the terminal raw.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::hostile::{terminal_safe, write};
use common::pty::TempDir;
use metodstod::catalogue::{self, Origin};

/// A file's name and content (or, for `None`, a path made elsewhere).
fn malformed_files(dir: &TempDir) -> Vec<(String, PathBuf)> {
    let mini = include_str!("../fixtures/mini.json");
    let mut files: Vec<(&str, Vec<u8>)> = vec![
        ("empty.json", Vec::new()),
        ("whitespace.json", b" \n\t \n".to_vec()),
        ("truncated.json", mini.as_bytes()[..common::fixtures::truncated_at()].to_vec()),
        ("latin1.json", latin1(mini)),
        ("bom-only.json", b"\xef\xbb\xbf".to_vec()),
        ("utf16-bom.json", {
            let mut v = vec![0xff, 0xfe];
            v.extend(mini.encode_utf16().flat_map(u16::to_le_bytes));
            v
        }),
        ("double-bom.json", format!("\u{feff}\u{feff}{mini}").into_bytes()),
        ("nested-lists.json", "[".repeat(100_000).into_bytes()),
        ("nested-objects.json", r#"{"a":"#.repeat(100_000).into_bytes()),
        ("nested-closed.json", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes()),
        ("deep-in-entries.json", mini.replacen(r#""related": ["#, &format!(r#""related": [{}"#, "[".repeat(50_000)), 1).into_bytes()),
        ("schema-string.json", mini.replacen(r#""schema": 1"#, r#""schema": "1""#, 1).into_bytes()),
        ("schema-huge.json", mini.replacen(r#""schema": 1"#, r#""schema": 1e400"#, 1).into_bytes()),
        ("year-string.json", mini.replacen(r#""year": 2019"#, r#""year": "2019""#, 1).into_bytes()),
        ("year-negative.json", mini.replacen(r#""year": 2019"#, r#""year": -5"#, 1).into_bytes()),
        ("entries-object.json", mini.replacen(r#""entries": ["#, r#""entries": {"x": ["#, 1).replacen("\n  ]\n}", "\n  ]}\n}", 1).into_bytes()),
        ("entries-null.json", r#"{"schema": 1, "source": null, "categories": [], "entries": null}"#.as_bytes().to_vec()),
        ("top-list.json", format!("[{mini}]").into_bytes()),
        ("top-string.json", br#""a catalogue""#.to_vec()),
        ("top-number.json", b"42".to_vec()),
        ("top-null.json", b"null".to_vec()),
        ("trailing.json", format!("{mini}\n{{}}").into_bytes()),
        ("nul-bytes.json", vec![0; 4096]),
        ("binary.json", (0..=255u8).cycle().take(10_000).collect()),
        ("duplicate-key.json", mini.replacen(r#""schema": 1"#, r#""schema": 1, "schema": 1"#, 1).into_bytes()),
    ];
    let mut out = Vec::new();
    for (name, bytes) in files.drain(..) {
        let path = dir.join(name);
        write(&path, &bytes);
        out.push((name.to_string(), path));
    }
    out.push(("a directory".to_string(), dir.path().to_path_buf()));
    out.push(("/dev/zero".to_string(), PathBuf::from("/dev/zero")));
    out.push(("/dev/null".to_string(), PathBuf::from("/dev/null")));
    out.push(("missing".to_string(), dir.join("no-such-file.json")));
    out
}

/// The fixture as Latin-1 would save it: "ä" as the one byte 0xE4.
fn latin1(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in text.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) => out.push(b),
            Err(_) => out.push(b'?'),
        }
    }
    out
}

/// Runs the binary with `args`, returning its output and how long it took.
fn timed(args: &[&str]) -> (std::process::Output, Duration) {
    let start = Instant::now();
    let o = run_en(args);
    (o, start.elapsed())
}

/// The bound on refusing a bad file, debug build included.
const REFUSAL_BOUND: Duration = Duration::from_secs(1);

fn assert_refused(name: &str, path: &Path, args: &[&str]) -> Duration {
    let (o, took) = timed(args);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{name} {args:?}: {err}");
    assert!(err.starts_with("metodstod: error: "), "{name} {args:?}: {err}");
    assert!(err.contains(&path.display().to_string()), "{name}: the file is not named: {err}");
    assert!(!err.contains("panicked"), "{name}: {err}");
    assert!(terminal_safe(&err), "{name}: {err:?}");
    assert!(err.lines().count() < 200, "{name}: a flood of {} lines", err.lines().count());
    assert!(took < REFUSAL_BOUND, "{name} {args:?} took {took:?}");
    took
}

#[test]
fn malformed_files_exit_1_quickly_naming_the_file() {
    let dir = TempDir::new("malformed");
    let mut slowest = (Duration::ZERO, String::new());
    for (name, path) in malformed_files(&dir) {
        let p = path.display().to_string();
        for args in [vec!["check", p.as_str()], vec!["--catalogue", p.as_str()]] {
            let took = assert_refused(&name, &path, &args);
            if took > slowest.0 {
                slowest = (took, format!("{name} {args:?}"));
            }
        }
    }
    eprintln!("slowest refusal: {:?} for {}", slowest.0, slowest.1);
}

#[test]
fn a_file_over_the_size_bound_is_refused_without_reading_it() {
    let dir = TempDir::new("huge");
    let path = dir.join("huge.json");
    // Sparse: 257 MiB long, no disk used.
    match std::fs::File::create(&path).and_then(|f| f.set_len(257 * 1024 * 1024)) {
        Ok(()) => {}
        Err(e) => panic!("cannot make a sparse file: {e}"),
    }
    let p = path.display().to_string();
    for args in [vec!["check", p.as_str()], vec!["--catalogue", p.as_str()]] {
        let took = assert_refused("257 MiB", &path, &args);
        eprintln!("257 MiB sparse file {args:?}: {took:?}");
        let (o, _) = timed(&args);
        assert!(common::stderr(&o).contains("larger than 256 MiB"), "{}", common::stderr(&o));
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn dev_zero_is_refused_within_the_bound() {
    let path = Path::new("/dev/zero");
    for args in [vec!["check", "/dev/zero"], vec!["--catalogue", "/dev/zero"]] {
        let took = assert_refused("/dev/zero", path, &args);
        eprintln!("/dev/zero {args:?}: {took:?}");
    }
}

#[test]
fn parse_bytes_never_panics_on_malformed_input() {
    let dir = TempDir::new("malformed-lib");
    for (name, path) in malformed_files(&dir) {
        let result = if path.is_file() {
            match std::fs::read(&path) {
                Ok(bytes) => catalogue::parse_bytes(&bytes, &Origin::File(path.clone())),
                Err(e) => panic!("cannot read {}: {e}", path.display()),
            }
        } else {
            catalogue::load_path(&path)
        };
        match result {
            Ok(_) => panic!("{name} was accepted"),
            Err(e) => assert!(terminal_safe(&e.to_string()), "{name}: {e}"),
        }
    }
}

/// Found by the `catalogue` fuzz target: an unknown field's name holding DEL, in a
/// file that is not JSON further on, reached the terminal raw in serde's message.
#[test]
fn fuzz_regression_a_quoted_field_name_is_sanitised() {
    let bytes = include_bytes!("../fixtures/fuzz/catalogue-crash-532fb1ed.json");
    match catalogue::parse_bytes(bytes, &Origin::File("fuzz.json".into())) {
        Ok(_) => panic!("the crash input was accepted"),
        Err(e) => assert!(terminal_safe(&e.to_string()), "{e}"),
    }
    // The same with an OSC 52 sequence as the field's name, through the binary.
    let dir = TempDir::new("quoted");
    let mini = include_str!("../fixtures/mini.json");
    let evil = mini.replacen(
        r#""description": {"#,
        r#""\u001b]52;c;cm0gLXJmIH4=\u0007": 1, "description": {"#,
        1,
    ) + "\n,";
    let file = dir.join("quoted.json");
    write(&file, evil.as_bytes());
    let o = run_en(&["check", &file.display().to_string()]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("invalid JSON"), "{err}");
    assert!(terminal_safe(&err), "{err:?}");
}

#[test]
fn a_file_name_with_escape_sequences_is_not_echoed() {
    let dir = TempDir::new("name");
    let file = dir.join("evil\u{1b}]0;pwned\u{7}\u{9b}2J.json");
    write(&file, b"{");
    let o = run_en(&["check", &file.display().to_string()]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("evil"), "{err}");
    assert!(terminal_safe(&err), "{err:?}");
}

/// In English: these tests read the messages' words.
fn run_en(args: &[&str]) -> std::process::Output {
    common::run_with(common::command().env("METODSTOD_LANG", "en").args(args))
}
