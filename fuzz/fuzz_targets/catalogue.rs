//! Any bytes as a catalogue file: parsing and validation must return `Ok` or `Err`,
//! never panic, overflow the stack or hang; a refusal's message must carry no control
//! character other than line breaks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use metodstod::catalogue::{Origin, parse_bytes};

fuzz_target!(|data: &[u8]| {
    let origin = Origin::File("fuzz.json".into());
    match parse_bytes(data, &origin) {
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
