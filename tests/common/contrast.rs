//! What a cell looks like in a real terminal palette, and its WCAG 2 contrast: the 16
//! ANSI colours and the default pair of each palette (`tests/screen/palettes.json`),
//! bold drawn bright or plain, reverse video and faint text.

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};
use serde::Deserialize;

/// The level every text cell must reach, unless a palette's own text is below it.
pub const FLOOR: f64 = 4.5;

pub type Rgb = [u8; 3];

#[derive(Debug, Deserialize)]
struct File {
    palettes: Vec<RawPalette>,
}

#[derive(Debug, Deserialize)]
struct RawPalette {
    name: String,
    source: String,
    fg: String,
    bg: String,
    bold_fg: Option<String>,
    bold_bg: Option<String>,
    colors: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Palette {
    pub name: String,
    pub fg: Rgb,
    pub bg: Rgb,
    /// The default text when bold is drawn bright (PuTTY's "Default Bold Foreground").
    pub bold_fg: Rgb,
    /// The default background when, after reverse video, it is bold text (PuTTY's
    /// "Default Bold Background").
    pub bold_bg: Rgb,
    pub colors: [Rgb; 16],
}

fn rgb(hex: &str) -> Rgb {
    let digits = hex.strip_prefix('#').unwrap_or_else(|| panic!("{hex}: no #"));
    let byte = |i: usize| {
        u8::from_str_radix(&digits[i..i + 2], 16).unwrap_or_else(|e| panic!("{hex}: {e}"))
    };
    assert_eq!(digits.len(), 6, "{hex}: six hex digits");
    [byte(0), byte(2), byte(4)]
}

pub fn palettes() -> Vec<Palette> {
    let file: File = serde_json::from_str(include_str!("../screen/palettes.json"))
        .unwrap_or_else(|e| panic!("palettes.json: {e}"));
    file.palettes
        .into_iter()
        .map(|p| {
            assert!(!p.source.trim().is_empty(), "{}: where do the values come from?", p.name);
            let colors: Vec<Rgb> = p.colors.iter().map(|c| rgb(c)).collect();
            let colors: [Rgb; 16] = colors
                .try_into()
                .unwrap_or_else(|c: Vec<Rgb>| panic!("{}: {} colours, not 16", p.name, c.len()));
            let (fg, bg) = (rgb(&p.fg), rgb(&p.bg));
            Palette {
                bold_fg: p.bold_fg.as_deref().map_or(fg, rgb),
                bold_bg: p.bold_bg.as_deref().map_or(bg, rgb),
                name: p.name,
                fg,
                bg,
                colors,
            }
        })
        .collect()
}

/// A colour as the program asks for it: the terminal's default or one of the 16.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ink {
    DefaultFg,
    DefaultBg,
    /// The default pair's colours where bold is drawn bright.
    BoldFg,
    BoldBg,
    Ansi(u8),
}

fn ansi(color: Color, default: Ink) -> Result<Ink, String> {
    let index = match color {
        Color::Reset => return Ok(default),
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) if i < 16 => i,
        other => return Err(format!("{other:?} is not one of the 16 ANSI colours")),
    };
    Ok(Ink::Ansi(index))
}

/// How a terminal draws bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bold {
    /// In a heavier font only.
    Plain,
    /// Also in the bright colour (xterm, PuTTY and Windows Terminal by default). Some
    /// terminals brighten before reverse video, PuTTY after: both are measured.
    Bright,
}

impl Bold {
    pub fn name(self) -> &'static str {
        match self {
            Bold::Plain => "bold drawn plain",
            Bold::Bright => "bold drawn bright",
        }
    }
}

fn brighten(ink: Ink) -> Ink {
    match ink {
        Ink::Ansi(i) if i < 8 => Ink::Ansi(i + 8),
        Ink::DefaultFg => Ink::BoldFg,
        Ink::DefaultBg => Ink::BoldBg,
        other => other,
    }
}

fn paint(p: &Palette, ink: Ink) -> Rgb {
    match ink {
        Ink::DefaultFg => p.fg,
        Ink::DefaultBg => p.bg,
        Ink::BoldFg => p.bold_fg,
        Ink::BoldBg => p.bold_bg,
        Ink::Ansi(i) => p.colors[usize::from(i)],
    }
}

/// The text and background colours of `cell` in palette `p`; one pair per order in which
/// a terminal may apply bold and reverse video.
pub fn shown(cell: &Cell, p: &Palette, bold: Bold) -> Result<Vec<(Rgb, Rgb)>, String> {
    let fg = ansi(cell.fg, Ink::DefaultFg)?;
    let bg = ansi(cell.bg, Ink::DefaultBg)?;
    let m = cell.modifier;
    let bright = bold == Bold::Bright && m.contains(Modifier::BOLD);
    let reverse = m.contains(Modifier::REVERSED);
    let orders: &[bool] = if bright { &[false, true] } else { &[false] };
    Ok(orders
        .iter()
        .map(|&after_reverse| {
            let (mut f, mut b) = (fg, bg);
            if bright && !after_reverse {
                f = brighten(f);
            }
            if reverse {
                std::mem::swap(&mut f, &mut b);
            }
            if bright && after_reverse {
                f = brighten(f);
            }
            let (mut f, b) = (paint(p, f), paint(p, b));
            if m.contains(Modifier::DIM) {
                // Faint: halfway to the background.
                f = std::array::from_fn(|i| u8::midpoint(f[i], b[i]));
            }
            (f, b)
        })
        .collect())
}

fn luminance(c: Rgb) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

/// WCAG 2 contrast ratio, 1 to 21.
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The floor in palette `p`: 4.5, or the palette's own text when it has less.
pub fn floor(p: &Palette) -> f64 {
    FLOOR.min(ratio(p.fg, p.bg))
}

/// The lowest contrast of `cell` in `p`, over the orders of bold and reverse video.
pub fn lowest(cell: &Cell, p: &Palette, bold: Bold) -> Result<f64, String> {
    Ok(shown(cell, p, bold)?.into_iter().map(|(f, b)| ratio(f, b)).fold(f64::INFINITY, f64::min))
}
