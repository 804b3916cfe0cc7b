//! The interface languages, and every user-visible string of the interface.

mod cli;
mod cli_en;
mod cli_sv;
mod counts;
mod en;
mod keys;
mod reader;
mod sv;
mod system;
mod words;

pub use cli::{CliTexts, cli_texts};
pub use counts::{Counted, count};
pub use keys::KeyTexts;
pub use reader::ReaderTexts;
pub use system::{io_error_text, io_kind_text};
pub use words::{date_in_words, fill, grouped, language_name};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn toggle(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sv" | "se" | "swedish" | "svenska" => Some(Lang::Sv),
            "en" | "english" | "engelska" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a locale string asks for: English for `en*`, else Swedish, the
    /// catalogue's home language.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Sv }
    }
}

/// Every fixed string of the interface, once per language.
#[derive(Debug)]
pub struct Texts {
    pub id: &'static str,
    /// Field labels, by how many values the field has.
    pub publisher: Counted,
    pub year: &'static str,
    pub year_unknown: &'static str,
    /// "No date", in a reference list.
    pub no_date: &'static str,
    pub languages: Counted,
    pub formats: Counted,
    pub audiences: Counted,
    pub categories: Counted,
    /// Above the ways of asking for an entry that the query matched.
    pub found_by: &'static str,
    pub related: &'static str,
    pub links: &'static str,
    pub no_matches: &'static str,
    /// Beside results: the query's words that found nothing ({words}).
    pub nothing_for: &'static str,
    /// When nothing was found: the catalogue's words close to the query's ({words}).
    pub did_you_mean: &'static str,
    /// A query longer than the search reads ({bytes}).
    pub query_cut_bytes: &'static str,
    /// A query of more words than the search reads: how many it read ({max}) and the
    /// words left out ({words}).
    pub query_cut_words: &'static str,
    /// The line mode: a line longer than it reads ({bytes}).
    pub line_cut: &'static str,
    pub all: &'static str,
    pub list_title: &'static str,
    pub detail_title: &'static str,
    pub search_placeholder: &'static str,
    pub of: &'static str,
    pub searching: &'static str,
    pub enlarge: &'static str,
    pub help_title: &'static str,
    pub help_close: &'static str,
    pub other_language: &'static str,
    pub hint_search: &'static str,
    pub hint_open: &'static str,
    pub hint_copy: &'static str,
    pub hint_help: &'static str,
    pub hint_quit: &'static str,
    pub no_entry: &'static str,
    pub no_link: &'static str,
    /// A link number past the last: `{n}` asked for, the count chooses the form.
    pub no_such_link: Counted,
    pub opened: &'static str,
    pub copied: &'static str,
    pub copied_citation: &'static str,
    pub over_ssh: &'static str,
    pub open_failed: &'static str,
    /// Why a link was not opened: `{url}`, `{program}`, `{code}`, `{error}` filled in.
    pub link_refused: &'static str,
    pub no_browser: &'static str,
    pub browser_not_started: &'static str,
    pub browser_failed: &'static str,
    pub browser_stopped: &'static str,
    pub copy_failed: &'static str,
    /// The operating system's errors by kind (`i18n::io_kind_text`).
    pub io_not_found: &'static str,
    pub io_permission_denied: &'static str,
    pub io_is_directory: &'static str,
    pub io_not_directory: &'static str,
    pub io_full: &'static str,
    pub io_closed: &'static str,
    pub io_timed_out: &'static str,
    pub io_interrupted: &'static str,
    pub io_out_of_memory: &'static str,
    pub io_invalid_data: &'static str,
    pub io_other: &'static str,
    pub io_other_code: &'static str,
    pub qr_title: &'static str,
    /// `{w}x{h}` needed, `{width}x{height}` the window has.
    pub qr_too_small: &'static str,
    pub plain_prompt: &'static str,
    pub plain_help: &'static str,
    /// The line mode's strings; `{n}`, `{m}`, `{name}` and `{list}` are filled in.
    pub plain_greeting: &'static str,
    pub plain_matches: Counted,
    pub plain_in: &'static str,
    pub plain_more: Counted,
    pub plain_no_list: &'static str,
    /// A number asked of a list that had nothing in it.
    pub plain_empty_list: &'static str,
    pub plain_choose: Counted,
    pub plain_choose_link: Counted,
    pub plain_nothing_shown: &'static str,
    pub plain_number_after: &'static str,
    pub plain_chosen: &'static str,
    pub plain_category: &'static str,
    pub plain_all_categories: &'static str,
    pub plain_no_category: &'static str,
    pub plain_ambiguous: &'static str,
    pub plain_address: &'static str,
    pub plain_over_ssh: &'static str,
    pub plain_language: &'static str,
    pub plain_which_language: &'static str,
    /// What each row of the help does; the keys come from `keymap`'s table.
    pub keys: KeyTexts,
    /// The screen-reader mode's own words.
    pub reader: &'static ReaderTexts,
    /// The browser's reading list: `{resources}` and `{bytes}` counted, `{command}`.
    pub list_copied: &'static str,
    pub list_too_long: &'static str,
    pub nothing_to_export: &'static str,
    /// The nouns every count is shown with.
    pub resources: Counted,
    pub categories_counted: Counted,
    pub bytes: Counted,
    pub entries_read: Counted,
    pub marked: Counted,
    /// After "Links: 4": what o and the digits do.
    pub links_hint: Counted,
    /// Said of an entry whose only address is its publisher's home page.
    pub no_direct_link: &'static str,
    /// The citation's words before such a home page's address.
    pub cite_publisher_site: &'static str,
    pub about_title: &'static str,
    pub about_source: &'static str,
    pub about_address: &'static str,
    pub about_published: &'static str,
    pub about_updated: &'static str,
    pub about_entries: &'static str,
    pub about_note: &'static str,
    pub about_catalogue: &'static str,
    pub about_embedded: &'static str,
    /// A reading list's heading, and the line under it: `{resources}` counted, `{note}`
    /// (the catalogue's own, or nothing), `{source}`.
    pub reading_list: &'static str,
    pub reading_list_from: &'static str,
    /// The line mode's marks and export; `{marked}` (counted) and `{title}`.
    pub plain_marked: &'static str,
    pub plain_unmarked: &'static str,
    pub plain_export_marked: Counted,
    pub plain_export_list: Counted,
    /// The footer while a catalogue is read: `{entries}` so far (counted), `{p}` per
    /// cent of its bytes.
    pub loading: &'static str,
    /// The CSV export's column names, in the order of its cells.
    pub csv_header: [&'static str; 11],
    /// Around a title or a word quoted in running text.
    pub quote_open: &'static str,
    pub quote_close: &'static str,
    /// Between groups of three digits in a number over 999.
    pub thousands: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &sv::TEXTS,
        Lang::En => &en::TEXTS,
    }
}
