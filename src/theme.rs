//! Styles and symbols. Text keeps the terminal's own colours, so it follows the user's
//! theme, light or dark; every distinction is made with bold, reverse video, underline
//! and markers.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// How the screen is drawn; fixed at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub ascii: bool,
    /// Off with `--no-color` or `NO_COLOR`. The browser's text has no colour either way;
    /// only the QR code's ink is fixed dark on light.
    pub color: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub highlight: Style,
    /// Secondary text (publishers and years, hints, counts). Plain: faint text is 4:1
    /// on xterm's white, and "bright black" is Solarized dark's own background.
    pub dim: Style,
    pub heading: Style,
    pub key: Style,
    pub link: Style,
    pub status: Style,
    pub error: Style,
    /// The QR code's ink: dark modules on a light ground whatever the theme, as phones
    /// read them.
    pub code: Style,
    pub set: border::Set<'static>,
    pub set_focused: border::Set<'static>,
    pub marker: &'static str,
    pub separator: &'static str,
    pub ellipsis: &'static str,
    /// Between tabs of the category bar.
    pub bar: &'static str,
    /// The scrollbar's thumb, drawn over a pane's right border.
    pub thumb: &'static str,
    /// Before the title of an entry marked for the reading list.
    pub mark: &'static str,
}

const ASCII_SET: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// The focused pane is told apart without colour by its heavier border.
const ASCII_FOCUSED_SET: border::Set<'static> = border::Set {
    top_left: "#",
    top_right: "#",
    bottom_left: "#",
    bottom_right: "#",
    vertical_left: "#",
    vertical_right: "#",
    horizontal_top: "=",
    horizontal_bottom: "=",
};

/// The same styles with colour or without. Measured in eight common palettes (xterm light
/// and dark, PuTTY, Windows Terminal's Campbell, Tango and Solarized light and dark), no
/// hue among the 16 ANSI colours keeps text at 4.5:1 on both light and dark backgrounds,
/// so every distinction is bold, reverse video, underline or a marker, in the terminal's
/// own colours; `tests/screen/contrast.rs` holds each cell of the main screens to that.
pub fn theme(look: Look) -> Theme {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    // Never bold over reverse video: PuTTY brightens the reversed background to its
    // "bold background" grey (3.9:1), and a bold border must not leak into the title
    // written over it.
    let reversed = Style::new().add_modifier(Modifier::REVERSED).remove_modifier(Modifier::BOLD);
    let (set, set_focused, marker, separator, ellipsis, bar, thumb, mark) = if look.ascii {
        (ASCII_SET, ASCII_FOCUSED_SET, ">", " - ", "...", "|", "@", "* ")
    } else {
        (border::PLAIN, border::THICK, "▌", " · ", "…", "│", "█", "✓ ")
    };
    Theme {
        border: Style::new(),
        border_focused: bold,
        title: Style::new(),
        title_focused: reversed,
        selected: reversed,
        selected_unfocused: bold,
        highlight: bold.add_modifier(Modifier::UNDERLINED),
        dim: Style::new(),
        heading: bold,
        key: bold,
        link: Style::new().add_modifier(Modifier::UNDERLINED),
        status: bold,
        error: bold,
        code: Style::new().fg(Color::Black).bg(Color::White),
        set,
        set_focused,
        marker,
        separator,
        ellipsis,
        bar,
        thumb,
        mark,
    }
}

impl Theme {
    /// `accent` (a highlight, a mark, a badge) on a row drawn in `base`: over the reverse
    /// video of a selection it keeps only what is not bold, as bold reverse video turns
    /// grey on grey where bold is drawn bright.
    pub fn over(&self, base: Style, accent: Style) -> Style {
        let style = base.patch(accent);
        if style.add_modifier.contains(Modifier::REVERSED) {
            style.remove_modifier(Modifier::BOLD)
        } else {
            style
        }
    }
}
