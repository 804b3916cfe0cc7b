//! What the user meant (`Action`) and what the runtime must do about it (`Effect`).

use crate::catalogue::Batch;
use crate::search::{Match, Query, Why};

/// What the user meant, named by intent; `keymap` turns keys into these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    Suspend,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The previous row of the focused pane (in the detail pane or an overlay: scroll).
    SelectPrevious,
    SelectNext,
    PreviousPage,
    NextPage,
    SelectFirst,
    SelectLast,
    FocusNextPane,
    FocusPreviousPane,
    FocusSearch,
    /// Editing the search field.
    Insert(char),
    /// Text pasted (bracketed paste): one edit, one search.
    Paste(String),
    DeleteBack,
    DeleteForward,
    DeleteWord,
    /// Deletes from the start of the field to the cursor.
    DeleteToStart,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    /// Closes the overlay.
    Close,
    /// One step back: clear the search, then leave it; in one-pane mode, the detail
    /// pane back to the list.
    Back,
    /// What Enter means where the focus is: a category shows its list, an entry opens
    /// its first link (in one-pane mode: its details).
    Activate,
    /// Open link n (0-based) of the selected entry.
    OpenLink(usize),
    CopyLink,
    CopyCitation,
    ShowQr,
    /// "About the catalogue": its source, dates, size and file.
    ShowAbout,
    /// Mark or unmark the selected entry for the reading list.
    ToggleMark,
    ClearMarks,
    /// Copy the reading list: the marked entries, or with none the results.
    ExportList,
    SwitchLanguage,
    /// The screen-reader mode on or off.
    ToggleScreenReader,
    /// Say the whole address of the link under the cursor (else the first link).
    SayAddress,
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
    /// Typing paused: the search for edit number `typed` may run now (the
    /// screen-reader mode searches when the typing stops).
    TypingPaused(u64),
    /// The outcome of an effect, to show in the status line.
    Report(Status),
    /// A search that ran off the input path has finished, with why it found what it
    /// found: that too is worked out off the input path, as with no result it passes
    /// over the whole vocabulary.
    SearchDone {
        generation: u64,
        query: Query,
        matches: Vec<Match>,
        why: Why,
    },
    /// The next batch of the catalogue being read in the background.
    Loaded(Box<Batch>),
    /// The catalogue could not be read in batches: it is to be loaded the ordinary way.
    LoadFailed,
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
    /// Answer with `Action::TypingPaused(typed)` once no key has come for a moment.
    AfterTyping(u64),
    /// Run this search off the input path and answer with `Action::SearchDone`.
    Search(SearchRequest),
    /// The catalogue being read is invalid, or cannot be read in batches: leave the
    /// screen and load it the ordinary way, which names its problem as `check` does.
    LoadFailed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    Link,
    Citation,
    /// A reading list of this many entries.
    ReadingList(usize),
}

/// The status line's message. Kept structured so it follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// A browser was started for this address.
    BrowserStarted(String),
    Copied(String),
    CopiedCitation,
    /// A reading list of `entries` entries, `bytes` long, was copied.
    CopiedList {
        entries: usize,
        bytes: usize,
    },
    /// The reading list is too long for a terminal's clipboard: nothing was copied;
    /// `command` prints the same list.
    ListTooLong {
        bytes: usize,
        command: String,
    },
    NothingToExport,
    /// Over SSH no browser is started on the server: the address was copied instead.
    CopiedOverSsh(String),
    OpenFailed(crate::links::Failure),
    NoLink,
    NoSuchLink {
        wanted: usize,
        count: usize,
    },
    NoEntry,
    /// The screen-reader mode was switched on (`true`) or off.
    ScreenReader(bool),
    /// The whole address of link `number`, said on request.
    Address {
        number: usize,
        url: String,
    },
}
