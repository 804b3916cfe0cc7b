//! The output of a program on a terminal, read as text.

/// `bytes` as the text they put on a row: a cursor step forward (`ESC [ n C`, how the
/// program skips cells that already hold a blank) as that many spaces, other CSI
/// sequences left out.
pub fn as_text(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        if b != 0x1b || rest.first() != Some(&b'[') {
            out.push(b);
            continue;
        }
        let end = rest.iter().position(|c| (0x40..=0x7e).contains(c) && *c != b'[');
        let Some(end) = end else { break };
        let params = String::from_utf8_lossy(&rest[1..end]);
        if rest[end] == b'C' {
            out.resize(out.len() + params.parse().unwrap_or(1), b' ');
        }
        rest = &rest[end + 1..];
    }
    out
}
