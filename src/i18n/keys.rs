//! The help overlay's words, one field per row of the key table.

/// The help overlay's descriptions, one per row of `keymap::Help`.
#[derive(Debug)]
pub struct KeyTexts {
    pub move_row: &'static str,
    pub page: &'static str,
    /// Space pages down in a box (help, about) only; in the panes it marks.
    pub page_in_box: &'static str,
    /// The name of the space bar, as the help lists keys.
    pub space: &'static str,
    pub first_last: &'static str,
    pub panes: &'static str,
    pub search: &'static str,
    pub search_done: &'static str,
    pub search_cursor: &'static str,
    pub search_delete: &'static str,
    pub back: &'static str,
    pub activate: &'static str,
    pub open: &'static str,
    pub copy_link: &'static str,
    pub cite: &'static str,
    pub qr: &'static str,
    pub about: &'static str,
    pub language: &'static str,
    pub help: &'static str,
    pub close: &'static str,
    pub quit: &'static str,
    pub suspend: &'static str,
    /// The mouse is not in the key table: its row is written out whole.
    pub mouse_keys: &'static str,
    pub mouse: &'static str,
    pub mark: &'static str,
    pub export: &'static str,
    pub clear_marks: &'static str,
}
