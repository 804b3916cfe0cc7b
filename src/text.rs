//! Text from a catalogue is untrusted: these functions keep control characters and
//! escape sequences away from the terminal.

use std::borrow::Cow;

mod fold;
mod words;

pub use fold::{fold_char, fold_text, lower_char, nfc};
pub use words::{loose, spans, table_words, words};

/// Only web and mail addresses may be opened or copied; anything else (`file:`,
/// `javascript:`, a bare path, an option such as `-e`) is refused.
pub fn is_allowed_url(url: &str) -> bool {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let rest = ["https://", "http://"].iter().find_map(|scheme| lower.strip_prefix(scheme));
    match rest {
        Some(rest) => rest.split(['/', '?', '#']).next().is_some_and(|host| !host.is_empty()),
        None => lower.strip_prefix("mailto:").is_some_and(|to| to.contains('@')),
    }
}

/// The part of an address a listener needs to know where a link leads: the host
/// without "www." (`bfuf.se`), or a mail address; the whole address otherwise.
pub fn address_host(url: &str) -> &str {
    let lower_starts =
        |prefix: &str| url.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    if let Some(prefix) = ["https://", "http://"].into_iter().find(|p| lower_starts(p)) {
        let authority = url[prefix.len()..].split(['/', '?', '#']).next().unwrap_or_default();
        // Neither a user name nor a port helps a listener tell one site from another.
        let host = authority.rsplit('@').next().unwrap_or(authority);
        let host = match host.rsplit_once(':') {
            Some((name, port)) if !name.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                name
            }
            _ => host,
        };
        let bare =
            host.get(..4).filter(|w| w.eq_ignore_ascii_case("www.")).map_or(host, |_| &host[4..]);
        return if bare.is_empty() { host } else { bare };
    }
    if lower_starts("mailto:") {
        let to = &url["mailto:".len()..];
        return to.split('?').next().unwrap_or(to);
    }
    url
}

/// Characters that must never reach the terminal: C0 and C1 controls (ESC starts every
/// escape sequence; U+009B is an 8-bit CSI), DEL, the bidi embeddings, overrides and
/// isolates that can make text read backwards, and the Unicode line separators.
/// `multiline` admits the plain line break, for summaries.
pub fn forbidden_char(c: char, multiline: bool) -> bool {
    if c == '\n' {
        return !multiline;
    }
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{061C}')
}

/// The first forbidden character of `s`, if any. Most texts are plain: a scan of the
/// bytes clears them without decoding; only a text with a byte that could start a
/// forbidden character (C0, DEL, C1 at 0xC2, U+061C at 0xD8, the U+2000 block at 0xE2)
/// is looked at character by character.
pub fn first_forbidden(s: &str, multiline: bool) -> Option<char> {
    // Branch-free per byte, reduced by chunks, so the compiler can vectorise the scan.
    let suspect = |b: u8| {
        u8::from(b < 0x20) & u8::from(!(multiline && b == b'\n'))
            | u8::from(b == 0x7F)
            | u8::from(b == 0xC2)
            | u8::from(b == 0xD8)
            | u8::from(b == 0xE2)
    };
    if s.as_bytes().chunks(64).all(|chunk| chunk.iter().fold(0, |any, &b| any | suspect(b)) == 0) {
        return None;
    }
    s.chars().find(|&c| forbidden_char(c, multiline))
}

/// Characters that join or restyle emoji: the zero-width joiner, the variation
/// selectors and the skin-tone modifiers. Terminals disagree on how wide the result is
/// (one emoji, or each part on its own), and a disagreement shifts the rest of the row,
/// so they are left out on screen: every emoji then takes its own two cells everywhere.
pub fn emoji_joiner(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}')
}

/// Replaces every forbidden character (line breaks included) with U+FFFD and leaves
/// out the emoji joiners, so the text is safe to print on one line and as wide on
/// every terminal as ratatui measures it.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| forbidden_char(c, false) || emoji_joiner(c)) {
        Cow::Owned(
            s.chars()
                .filter(|&c| !emoji_joiner(c))
                .map(|c| if forbidden_char(c, false) { '\u{FFFD}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// Wraps untrusted text to `width` columns: paragraphs kept, long words broken, every
/// line sanitised.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let clean = sanitize(paragraph);
        if clean.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        out.extend(textwrap::wrap(&clean, width).into_iter().map(std::borrow::Cow::into_owned));
    }
    out
}

/// Cuts an address into pieces of `width` columns exactly where the width ends, never
/// at a hyphen or slash, so the pieces read back as the one address.
pub fn wrap_url(url: &str, width: usize) -> Vec<String> {
    let clean = sanitize(url);
    let width = width.max(1);
    let mut out = vec![String::new()];
    let mut used = 0;
    for c in clean.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width && used > 0 {
            out.push(String::new());
            used = 0;
        }
        used += w;
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests;
