//! What the user meant (`Action`) and what the runtime must do about it (`Effect`).

use crate::search::{Match, Query};

/// An input, already interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    Suspend,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    NextPane,
    PrevPane,
    FocusSearch,
    Insert(char),
    Backspace,
    Delete,
    DeleteWord,
    ClearLine,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    Escape,
    Enter,
    /// Open link n (0-based) of the selected entry.
    Open(usize),
    CopyLink,
    CopyCitation,
    ShowQr,
    ToggleLang,
    ToggleHelp,
    Click {
        column: u16,
        row: u16,
    },
    Scroll {
        column: u16,
        row: u16,
        down: bool,
    },
    /// The outcome of an effect, to show in the status line.
    Report(Status),
    /// A search that ran off the input path has finished.
    SearchDone {
        generation: u64,
        query: Query,
        matches: Vec<Match>,
    },
}

/// A search to run off the input path: the query, and the entries it can match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub generation: u64,
    pub query: Query,
    pub candidates: Vec<usize>,
}

/// What the runtime must do: the only way `update` reaches the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    Suspend,
    Open(String),
    /// Copy `text` to the clipboard (OSC 52); `what` says how to report it.
    Copy {
        text: String,
        what: Copied,
    },
    /// Run this search off the input path and answer with `Action::SearchDone`.
    Search(SearchRequest),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    Link,
    Citation,
}

/// The status line's message. Kept structured so it follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Opening(String),
    Copied(String),
    CopiedCitation,
    /// Over SSH no browser is started on the server: the address was copied instead.
    CopiedOverSsh(String),
    OpenFailed(String),
    NoLink,
    NoSuchLink {
        wanted: usize,
        count: usize,
    },
    NoEntry,
}
