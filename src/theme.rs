//! Styles and symbols. Colours come from the 16 ANSI colours only, so they follow the
//! user's terminal theme, and every distinction is also made without colour (bold,
//! reverse, underline, markers).

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// How the screen is drawn; fixed at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub ascii: bool,
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
    pub dim: Style,
    pub heading: Style,
    pub key: Style,
    pub link: Style,
    pub status: Style,
    pub error: Style,
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

pub fn theme(look: Look) -> Theme {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let reversed = Style::new().add_modifier(Modifier::REVERSED);
    let (set, set_focused, marker, separator, ellipsis, bar, thumb, mark) = if look.ascii {
        (ASCII_SET, ASCII_FOCUSED_SET, ">", " - ", "...", "|", "@", "* ")
    } else {
        (border::PLAIN, border::THICK, "▌", " · ", "…", "│", "█", "✓ ")
    };
    let mut t = Theme {
        border: Style::new(),
        border_focused: bold,
        title: Style::new(),
        title_focused: bold.add_modifier(Modifier::REVERSED),
        selected: reversed.add_modifier(Modifier::BOLD),
        selected_unfocused: bold,
        highlight: bold.add_modifier(Modifier::UNDERLINED),
        dim: Style::new(),
        heading: bold,
        key: bold,
        link: Style::new().add_modifier(Modifier::UNDERLINED),
        status: bold,
        error: bold,
        set,
        set_focused,
        marker,
        separator,
        ellipsis,
        bar,
        thumb,
        mark,
    };
    if look.color {
        t.border = Style::new().fg(Color::DarkGray);
        t.border_focused = bold.fg(Color::Cyan);
        t.title_focused = bold.fg(Color::Cyan);
        t.selected = bold.fg(Color::Black).bg(Color::Cyan);
        t.selected_unfocused = bold.fg(Color::Black).bg(Color::Gray);
        t.highlight = bold.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED);
        t.dim = Style::new().fg(Color::DarkGray);
        t.heading = bold.fg(Color::Cyan);
        t.key = bold.fg(Color::Yellow);
        t.link = Style::new().fg(Color::Blue).add_modifier(Modifier::UNDERLINED);
        t.status = bold.fg(Color::Green);
        t.error = bold.fg(Color::Red);
    }
    t
}
