//! Any bytes as a catalogue file: parsing and validation must return `Ok` or `Err`,
//! never panic, overflow the stack or hang; a refusal's message must carry no control
//! character other than line breaks. And the file path, which parses while it reads,
//! must come to exactly the same answer as parsing the bytes whole (up to the first
//! byte that can be no part of JSON, where reading a file stops).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use metodstod::catalogue::{Origin, first_never_json, load_path, parse_bytes};

/// One scratch file per fuzzing process.
fn scratch() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| std::env::temp_dir().join(format!("metodstod-fuzz-{}.json", std::process::id())))
}

fuzz_target!(|data: &[u8]| {
    let path = scratch();
    let origin = Origin::File(path.clone());
    let whole = parse_bytes(data, &origin);
    if std::fs::write(path, data).is_ok() {
        let read = first_never_json(data).map_or(data, |at| &data[..=at]);
        let expected = parse_bytes(read, &origin);
        let streamed = load_path(path);
        let _ = std::fs::remove_file(path);
        match (&expected, &streamed) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "streamed and whole parses differ"),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            _ => panic!("streamed {:?}, whole {:?}", streamed.is_ok(), expected.is_ok()),
        }
    }
    match whole {
        Ok(catalogue) => {
            // A catalogue that passes validation holds no character that could drive
            // the terminal, so it is safe to build the search index over it.
            let _ = metodstod::search::Index::new(&catalogue);
        }
        Err(e) => {
            let message = e.to_string();
            assert!(
                !message.chars().any(|c| c.is_control() && c != '\n'),
                "a control character in the message: {message:?}"
            );
        }
    }
});
