//! Reading the browser's screen on a pseudo-terminal, shared by the end-to-end tests:
//! starting it, finding a pane by its title, the footer and its count, quitting, and
//! checking that the terminal was given back.

use crate::common;

use common::pty::{self, Pty, TIMEOUT, find, rfind};

pub(crate) const ESC: &str = "\x1b";
pub(crate) const DOWN: &str = "\x1b[B";
pub(crate) const FIRST_LINK: &str =
    "https://bfuf.se/nyheter/sexhandel-ny-rapport-om-vad-besoksnaringen-kan-gora/";
pub(crate) const SECOND_LINK: &str = "https://bfuf.se/projekt/no-room-for-trafficking-hotellanstalldas-strategier-for-att-bemota-och-motverka-prostitution-och-manniskohandel/";
pub(crate) const ENTER_ALT: &[u8] = b"\x1b[?1049h";
pub(crate) const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
pub(crate) const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
pub(crate) const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

/// `cmd` on a `cols` x `rows` pty, once the browser has drawn its first frame.
pub(crate) fn browser_with(cmd: portable_pty::CommandBuilder, cols: u16, rows: u16) -> Pty {
    let mut p = Pty::spawn(cmd, cols, rows);
    p.wait_for("the first frame (\"av 9\" or \"of 9\")", |s| {
        let c = s.contents();
        c.contains("av 9") || c.contains("of 9")
    });
    p
}

pub(crate) fn browser(cols: u16, rows: u16) -> Pty {
    browser_with(pty::metodstod(&[]), cols, rows)
}

/// The screen as a grid of characters, one a cell (blank cells are spaces), so a
/// character's index in a row is its column.
pub(crate) fn grid(screen: &vt100::Screen) -> Vec<Vec<char>> {
    let (rows, cols) = screen.size();
    (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| {
                    screen.cell(r, c).and_then(|cell| cell.contents().chars().next()).unwrap_or(' ')
                })
                .collect()
        })
        .collect()
}

/// A bordered pane found on screen by the title in its top border.
pub(crate) struct Pane {
    /// The row and column of its top-left corner.
    pub(crate) top: u16,
    pub(crate) left: u16,
    /// Drawn with the heavy border of the focused pane.
    pub(crate) focused: bool,
    /// The text inside, one string a row, trailing blanks cut.
    pub(crate) rows: Vec<String>,
}

/// The pane whose top border carries `title`; `None` when no such pane is on screen.
pub(crate) fn find_pane(screen: &vt100::Screen, title: &str) -> Option<Pane> {
    let grid = grid(screen);
    let wanted: Vec<char> = format!(" {title} ").chars().collect();
    for (r, row) in grid.iter().enumerate() {
        let Some(at) = row.windows(wanted.len()).position(|w| w == wanted.as_slice()) else {
            continue;
        };
        // The title sits right after the top-left corner.
        let Some(left) = at.checked_sub(1) else { continue };
        if !matches!(row[left], '┌' | '┏' | '+') {
            continue;
        }
        let right = left + 1 + row[left + 1..].iter().position(|c| matches!(c, '┐' | '┓' | '+'))?;
        let mut rows = Vec::new();
        for line in &grid[r + 1..] {
            if matches!(line[left], '└' | '┗' | '+') {
                break;
            }
            let text: String = line[left + 1..right].iter().collect();
            rows.push(text.trim_end().to_string());
        }
        return Some(Pane {
            top: u16::try_from(r).ok()?,
            left: u16::try_from(left).ok()?,
            focused: row[left] == '┏',
            rows,
        });
    }
    None
}

pub(crate) fn pane(screen: &vt100::Screen, title: &str) -> Option<Vec<String>> {
    find_pane(screen, title).map(|p| p.rows)
}

pub(crate) fn pane_text(screen: &vt100::Screen, title: &str) -> String {
    pane(screen, title).map(|rows| rows.join("\n")).unwrap_or_default()
}

/// The bottom row: the footer.
pub(crate) fn footer(screen: &vt100::Screen) -> String {
    grid(screen).last().map(|r| r.iter().collect::<String>()).unwrap_or_default()
}

/// The screen's rows run together without line breaks, for text a status line
/// wrapped over several rows.
pub(crate) fn joined(screen: &vt100::Screen) -> String {
    grid(screen).iter().map(|r| r.iter().collect::<String>().trim_end().to_string()).collect()
}

pub(crate) fn shows(screen: &vt100::Screen, text: &str) -> bool {
    screen.contents().contains(text) || joined(screen).contains(text)
}

/// The count in the footer, "N av M" or "N of M".
pub(crate) fn count(screen: &vt100::Screen) -> Option<(usize, usize)> {
    let footer = footer(screen);
    let words: Vec<&str> = footer.split_whitespace().collect();
    words.windows(3).rev().find_map(|w| {
        (w[1] == "av" || w[1] == "of").then(|| Some((w[0].parse().ok()?, w[2].parse().ok()?)))?
    })
}

pub(crate) fn quit(p: &mut Pty) {
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "q must exit 0, got {status}\nscreen:\n{}", p.contents());
}

/// The terminal is given back: the alternate screen entered and left after, and the
/// cursor shown again at the end.
pub(crate) fn assert_restored(raw: &[u8], how: &str) {
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(300)..]).into_owned();
    let Some(enter) = find(raw, ENTER_ALT) else {
        panic!("{how}: the alternate screen was never entered; tail: {tail:?}")
    };
    let leave = rfind(raw, LEAVE_ALT);
    assert!(
        leave.is_some_and(|l| l > enter),
        "{how}: the alternate screen is not left after it was entered; tail: {tail:?}"
    );
    let shown = rfind(raw, SHOW_CURSOR);
    assert!(shown.is_some(), "{how}: the cursor is never shown again; tail: {tail:?}");
    assert!(
        shown > rfind(raw, HIDE_CURSOR),
        "{how}: the cursor stays hidden at the end; tail: {tail:?}"
    );
}

/// The first content row of the detail pane: the entry's title.
pub(crate) fn detail_heading(s: &vt100::Screen) -> String {
    pane(s, "Detaljer").and_then(|rows| rows.first().cloned()).unwrap_or_default()
}
