//! One short searchable text, kept as the letters-in-order match compares it.

use crate::text::{fold_char, lower_char, nfc};

/// One short searchable text in the two forms terms are compared in; both keep the
/// character positions of the (NFC) original.
#[derive(Debug, Clone)]
pub(super) struct Field {
    pub(super) lower: Box<str>,
    /// Where folding changes the lowered text (most have no diacritics).
    pub(super) folded: Option<Box<str>>,
}

impl Field {
    pub(super) fn new(text: &str) -> Self {
        let text = nfc(text);
        let lower: String = text.chars().map(lower_char).collect();
        let folded: String = lower.chars().map(fold_char).collect();
        let folded = (folded != lower).then(|| folded.into_boxed_str());
        Field { lower: lower.into_boxed_str(), folded }
    }

    pub(super) fn folded(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.lower)
    }
}
