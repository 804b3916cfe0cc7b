//! Where each part of the screen goes, for a given size. Shared by the view
//! and by `update`, which needs page sizes.

pub use ratatui::layout::Rect;

/// Below this the screen says "enlarge the terminal" instead of drawing panes.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;
/// At and above this width, three panes side by side.
pub const WIDE: u16 = 100;
/// At and above this width, list and detail side by side under a tab bar.
pub const MEDIUM: u16 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Wide,
    Medium,
    Narrow,
    TooSmall,
}

/// The areas of one frame. Panes that the mode hides are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub mode: Mode,
    /// The category pane (wide) or the one-line category bar (medium, narrow).
    pub categories: Option<Rect>,
    pub search: Option<Rect>,
    pub list: Option<Rect>,
    pub detail: Option<Rect>,
    pub footer: Option<Rect>,
    /// Whether the panes have frames; the screen-reader mode's have none.
    pub framed: bool,
}

impl Areas {
    /// The inside of a pane: within its frame, if it has one.
    pub fn inside(&self, pane: Rect) -> Rect {
        if self.framed { inner(pane) } else { pane }
    }
}

/// What the screen-reader mode shows: one column of content at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Categories,
    /// The search field above the list of results.
    List,
    /// One resource, read top to bottom.
    Detail,
}

/// The screen-reader mode's areas: one column the whole width, no frames, and the last
/// row for the status, so that a key changes as few rows as it can.
pub fn reader_areas(width: u16, height: u16, column: Column) -> Areas {
    let none = Areas {
        mode: Mode::TooSmall,
        categories: None,
        search: None,
        list: None,
        detail: None,
        footer: None,
        framed: false,
    };
    if width < MIN_WIDTH || height < 4 {
        return none;
    }
    let body = Rect::new(0, 0, width, height - 1);
    let footer = Some(Rect::new(0, height - 1, width, 1));
    let areas = Areas { mode: Mode::Narrow, footer, ..none };
    match column {
        Column::Categories => Areas { categories: Some(body), ..areas },
        Column::List => Areas {
            search: Some(Rect::new(0, 0, width, 1)),
            list: Some(Rect::new(0, 1, width, height - 2)),
            ..areas
        },
        Column::Detail => Areas { detail: Some(body), ..areas },
    }
}

pub fn mode(width: u16, height: u16) -> Mode {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        Mode::TooSmall
    } else if width >= WIDE {
        Mode::Wide
    } else if width >= MEDIUM {
        Mode::Medium
    } else {
        Mode::Narrow
    }
}

/// The areas for a screen of `width` x `height`; in the narrow mode `show_detail`
/// chooses the one pane shown.
pub fn areas(width: u16, height: u16, show_detail: bool) -> Areas {
    let mode = mode(width, height);
    let none = Areas {
        mode,
        categories: None,
        search: None,
        list: None,
        detail: None,
        footer: None,
        framed: true,
    };
    let row = |y: u16, x: u16, w: u16| Rect::new(x, y, w, 1);
    match mode {
        Mode::TooSmall => none,
        Mode::Wide => {
            let body = height - 1;
            let cat_w = (width * 22 / 100).clamp(20, 32);
            let rest = width - cat_w;
            let list_w = rest * 45 / 100;
            let detail_w = rest - list_w;
            Areas {
                categories: Some(Rect::new(0, 0, cat_w, body)),
                search: Some(row(0, cat_w, list_w)),
                list: Some(Rect::new(cat_w, 1, list_w, body - 1)),
                detail: Some(Rect::new(cat_w + list_w, 0, detail_w, body)),
                footer: Some(row(height - 1, 0, width)),
                ..none
            }
        }
        Mode::Medium => {
            let body = height - 3;
            let list_w = width / 2;
            Areas {
                categories: Some(row(0, 0, width)),
                search: Some(row(1, 0, width)),
                list: Some(Rect::new(0, 2, list_w, body)),
                detail: Some(Rect::new(list_w, 2, width - list_w, body)),
                footer: Some(row(height - 1, 0, width)),
                ..none
            }
        }
        Mode::Narrow => {
            let pane = Rect::new(0, 2, width, height - 3);
            Areas {
                categories: Some(row(0, 0, width)),
                search: Some(row(1, 0, width)),
                list: (!show_detail).then_some(pane),
                detail: show_detail.then_some(pane),
                footer: Some(row(height - 1, 0, width)),
                ..none
            }
        }
    }
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect::new(
        area.x.saturating_add(1),
        area.y.saturating_add(1),
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
}

/// A box of `width` x `height` centred on a screen of `screen_width` x `screen_height`,
/// cut to leave a margin; `None` when the screen is too small for any.
pub fn centered(screen_width: u16, screen_height: u16, width: u16, height: u16) -> Option<Rect> {
    let width = width.min(screen_width.saturating_sub(2));
    let height = height.min(screen_height.saturating_sub(2));
    (width >= 10 && height >= 3)
        .then(|| Rect::new((screen_width - width) / 2, (screen_height - height) / 2, width, height))
}

/// Rows a list item takes: title, then publisher, year and languages.
pub const ITEM_ROWS: u16 = 2;

/// How many whole list items fit in a list pane (at least one) below `notes` rows of
/// notes about the search.
pub fn list_page(list: Rect, notes: u16) -> usize {
    usize::from((inner(list).height.saturating_sub(notes) / ITEM_ROWS).max(1))
}

#[cfg(test)]
mod tests;
