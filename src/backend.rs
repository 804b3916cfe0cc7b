//! A ratatui backend that writes fewer bytes than crossterm's, for slow links: colours
//! as the classic 16-colour codes (`31`, not `38;5;1`, which 16-colour consoles do not
//! understand), one combined SGR sequence per style change, short relative moves to
//! skip unchanged cells, and no reset after a frame that ends in the default style.
//! A frame, its cursor included, leaves in one write when ratatui flushes: a screen
//! reader that reads the screen as output arrives then never sees the cursor on the last
//! cell drawn and reads that line before the cursor comes back (docs/accessibility.md).
//! Everything but drawing is crossterm's.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

pub struct CompactBackend<W: Write> {
    inner: CrosstermBackend<W>,
    /// Where the terminal's cursor is after our last write, when we know.
    cursor: Option<Position>,
    /// The frame so far: written whole on `flush`.
    pending: Vec<u8>,
}

impl<W: Write> CompactBackend<W> {
    pub fn new(writer: W) -> Self {
        CompactBackend { inner: CrosstermBackend::new(writer), cursor: None, pending: Vec::new() }
    }

    /// Writes what is pending, before anything crossterm writes by itself.
    fn write_pending(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.inner.write_all(&self.pending)?;
            self.pending.clear();
        }
        Ok(())
    }
}

/// The current graphic rendition, as far as we have set it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

const PLAIN: Pen = Pen { fg: Color::Reset, bg: Color::Reset, modifier: Modifier::empty() };

const MODIFIER_CODES: [(Modifier, &str); 7] = [
    (Modifier::BOLD, "1"),
    (Modifier::DIM, "2"),
    (Modifier::ITALIC, "3"),
    (Modifier::UNDERLINED, "4"),
    (Modifier::SLOW_BLINK, "5"),
    (Modifier::REVERSED, "7"),
    (Modifier::CROSSED_OUT, "9"),
];

/// The SGR parameter of a colour; `base` is 30 for the foreground, 40 for the background.
fn color_code(color: Color, base: u8) -> String {
    let bright = base + 60;
    match color {
        Color::Reset => (base + 9).to_string(),
        Color::Black => base.to_string(),
        Color::Red => (base + 1).to_string(),
        Color::Green => (base + 2).to_string(),
        Color::Yellow => (base + 3).to_string(),
        Color::Blue => (base + 4).to_string(),
        Color::Magenta => (base + 5).to_string(),
        Color::Cyan => (base + 6).to_string(),
        Color::Gray => (base + 7).to_string(),
        Color::DarkGray => bright.to_string(),
        Color::LightRed => (bright + 1).to_string(),
        Color::LightGreen => (bright + 2).to_string(),
        Color::LightYellow => (bright + 3).to_string(),
        Color::LightBlue => (bright + 4).to_string(),
        Color::LightMagenta => (bright + 5).to_string(),
        Color::LightCyan => (bright + 6).to_string(),
        Color::White => (bright + 7).to_string(),
        Color::Indexed(i) => format!("{};5;{i}", base + 8),
        Color::Rgb(r, g, b) => format!("{};2;{r};{g};{b}", base + 8),
    }
}

/// The one SGR sequence that turns `from` into `to`: only what changed, or a reset
/// followed by the new style when an attribute must be switched off.
fn sgr(from: Pen, to: Pen) -> String {
    let mut codes: Vec<String> = Vec::new();
    let removed = !(from.modifier - to.modifier).is_empty();
    let start = if removed {
        codes.push("0".into());
        PLAIN
    } else {
        from
    };
    for (modifier, code) in MODIFIER_CODES {
        if to.modifier.contains(modifier) && !start.modifier.contains(modifier) {
            codes.push(code.into());
        }
    }
    if to.fg != start.fg {
        codes.push(color_code(to.fg, 30));
    }
    if to.bg != start.bg {
        codes.push(color_code(to.bg, 40));
    }
    if codes.is_empty() { String::new() } else { format!("\u{1b}[{}m", codes.join(";")) }
}

/// The shorter of an absolute move and a step forward on the same row.
fn move_to(from: Option<Position>, to: Position) -> String {
    match from {
        Some(p) if p == to => String::new(),
        Some(p) if p.y == to.y && to.x > p.x => {
            let n = to.x - p.x;
            let forward = if n == 1 { "\u{1b}[C".to_string() } else { format!("\u{1b}[{n}C") };
            let absolute = format!("\u{1b}[{};{}H", to.y + 1, to.x + 1);
            if forward.len() <= absolute.len() { forward } else { absolute }
        }
        _ if to.x == 0 && to.y == 0 => "\u{1b}[H".to_string(),
        _ => format!("\u{1b}[{};{}H", to.y + 1, to.x + 1),
    }
}

impl<W: Write> Backend for CompactBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut out = String::new();
        let mut pen = PLAIN;
        let mut cursor = self.cursor;
        for (x, y, cell) in content {
            out.push_str(&move_to(cursor, Position::new(x, y)));
            let next = Pen { fg: cell.fg, bg: cell.bg, modifier: cell.modifier };
            out.push_str(&sgr(pen, next));
            pen = next;
            let symbol = cell.symbol();
            out.push_str(symbol);
            let width = u16::try_from(symbol.width().max(1)).unwrap_or(1);
            cursor = Some(Position::new(x.saturating_add(width), y));
        }
        // Leave the terminal in the default style, as text written later expects.
        out.push_str(&sgr(pen, PLAIN));
        self.cursor = cursor;
        self.pending.extend_from_slice(out.as_bytes());
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.pending.extend_from_slice(b"\x1b[?25l");
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.pending.extend_from_slice(b"\x1b[?25h");
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        let step = move_to(self.cursor, position);
        self.cursor = Some(position);
        self.pending.extend_from_slice(step.as_bytes());
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.cursor = None;
        self.write_pending()?;
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.cursor = None;
        self.write_pending()?;
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.write_pending()?;
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests;
