//! The screen-reader mode's words, in both languages: what it says at the top of its
//! column, when it is switched, and how it names a link.

#[derive(Debug)]
pub struct ReaderTexts {
    /// Before a link's number: "Länk 1: …".
    pub link_word: &'static str,
    /// The search field's label, read when the cursor enters it.
    pub search_label: &'static str,
    /// The top row while nothing is searched: how to begin.
    pub start: &'static str,
    /// Said when the mode is switched on and off with its key.
    pub on: &'static str,
    pub off: &'static str,
    /// In the normal browser's search line: the key that switches the mode on.
    pub switch_hint: &'static str,
    /// The count of a search's matches and its words (`{count}`, `{query}`): the row
    /// then changes with every search, so it is read when the typing stops even when
    /// the matches stay the same.
    pub count_for: &'static str,
    /// Before a marked resource's line.
    pub marked: &'static str,
    /// The whole address of link `{n}`, said on request: `{url}`.
    pub address: &'static str,
    /// The help's rows for the mode's own keys.
    pub key_switch: &'static str,
    pub key_address: &'static str,
    /// The line mode's pager, between pages.
    pub more: &'static str,
}

pub static SV: ReaderTexts = ReaderTexts {
    link_word: "Länk",
    search_label: "Sök",
    start: "Sök med /, läs ett material med Enter, hör alla tangenter med ?.",
    on: "Skärmläsarläget är på: en kolumn i taget, utan ramar. F2 stänger av det.",
    off: "Skärmläsarläget är av. F2 slår på det igen.",
    switch_hint: "F2 skärmläsarläget",
    count_for: "{count} för ”{query}”",
    marked: "Markerat",
    address: "Adressen till länk {n}: {url}",
    key_switch: "slå på eller av skärmläsarläget",
    key_address: "säg hela adressen till länken under markören (annars länk 1)",
    more: "Mer följer: tryck Enter, eller q för att sluta. ",
};

pub static EN: ReaderTexts = ReaderTexts {
    link_word: "Link",
    search_label: "Search",
    start: "Search with /, read a resource with Enter, hear every key with ?.",
    on: "Screen-reader mode on: one column at a time, no frames. F2 turns it off.",
    off: "Screen-reader mode off. F2 turns it on again.",
    switch_hint: "F2 screen-reader mode",
    count_for: "{count} for “{query}”",
    marked: "Marked",
    address: "The address of link {n}: {url}",
    key_switch: "turn the screen-reader mode on or off",
    key_address: "say the whole address of the link under the cursor (else link 1)",
    more: "More follows: press Enter, or q to stop. ",
};
