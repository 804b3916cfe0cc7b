//! The interface languages, and every user-visible string of the interface.

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
    pub publisher: &'static str,
    pub year: &'static str,
    pub year_unknown: &'static str,
    pub languages: &'static str,
    pub formats: &'static str,
    pub audiences: &'static str,
    pub categories: &'static str,
    pub related: &'static str,
    pub links: &'static str,
    pub no_matches: &'static str,
    pub all: &'static str,
    pub list_title: &'static str,
    pub detail_title: &'static str,
    pub search_placeholder: &'static str,
    pub of: &'static str,
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
    pub opened: &'static str,
    pub copied: &'static str,
    pub copied_citation: &'static str,
    pub over_ssh: &'static str,
    pub open_failed: &'static str,
    pub unknown_command: &'static str,
    pub qr_title: &'static str,
    pub qr_too_small: &'static str,
    pub plain_prompt: &'static str,
    pub plain_help: &'static str,
    pub help: &'static [(&'static str, &'static str)],
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

static SV: Texts = Texts {
    id: "Id",
    publisher: "Utgivare",
    year: "År",
    year_unknown: "okänt",
    languages: "Språk",
    formats: "Format",
    audiences: "Målgrupper",
    categories: "Kategorier",
    related: "Se även",
    links: "Länkar",
    no_matches: "Inga träffar.",
    all: "Alla",
    list_title: "Material",
    detail_title: "Detaljer",
    search_placeholder: "Tryck / för att söka",
    of: "av",
    enlarge: "Förstora terminalen",
    help_title: "Tangenter",
    help_close: "Esc eller ? stänger",
    other_language: "English",
    hint_search: "sök",
    hint_open: "öppna",
    hint_copy: "kopiera",
    hint_help: "hjälp",
    hint_quit: "avsluta",
    no_entry: "Inget material är valt.",
    no_link: "Materialet har ingen länk",
    opened: "Öppnar",
    copied: "Kopierad",
    copied_citation: "Källhänvisning kopierad",
    over_ssh: "SSH: ingen webbläsare på servern; länken kopierades",
    open_failed: "Kunde inte öppna länken",
    unknown_command: "Okänt kommando. Skriv ? för hjälp.",
    qr_title: "QR-kod",
    qr_too_small: "QR-koden behöver ett fönster på minst",
    plain_prompt: "sök> ",
    plain_help: "Skriv sökord för att söka, en siffra för att visa en träff.\n  o N   öppna länk N    y N   kopiera länk N\n  c     lista kategorier  c NAMN  välj kategori (c alla: alla)\n  l     byt till engelska  ?   denna hjälp   q   avsluta",
    help: &[
        ("↑ ↓  k j", "föregående / nästa rad"),
        ("PgUp PgDn  Ctrl-u Ctrl-d", "sida upp / ned (i detaljer: rulla)"),
        ("Home End  g G", "första / sista"),
        ("Tab ⇧Tab  ← →  h l", "nästa / föregående ruta"),
        ("/", "sök; Enter eller ↓ går till listan"),
        ("Esc", "töm sökningen, lämna den, stäng rutor"),
        ("Enter", "kategori: visa listan; material: öppna första länken"),
        ("o  1–9", "öppna första / n:te länken"),
        ("y", "kopiera länken (OSC 52)"),
        ("Y", "kopiera en källhänvisning"),
        ("c", "visa länken som QR-kod"),
        ("L", "byt språk (svenska / engelska)"),
        ("?  F1", "den här hjälpen"),
        ("q  Ctrl-c", "avsluta"),
        ("Ctrl-z", "pausa; fg fortsätter"),
    ],
};

static EN: Texts = Texts {
    id: "Id",
    publisher: "Publisher",
    year: "Year",
    year_unknown: "unknown",
    languages: "Languages",
    formats: "Formats",
    audiences: "Audiences",
    categories: "Categories",
    related: "See also",
    links: "Links",
    no_matches: "No matches.",
    all: "All",
    list_title: "Materials",
    detail_title: "Details",
    search_placeholder: "Press / to search",
    of: "of",
    enlarge: "Enlarge the terminal",
    help_title: "Keys",
    help_close: "Esc or ? closes",
    other_language: "Svenska",
    hint_search: "search",
    hint_open: "open",
    hint_copy: "copy",
    hint_help: "help",
    hint_quit: "quit",
    no_entry: "No material is selected.",
    no_link: "This material has no link",
    opened: "Opening",
    copied: "Copied",
    copied_citation: "Citation copied",
    over_ssh: "SSH: no browser on the server; the link was copied",
    open_failed: "Could not open the link",
    unknown_command: "Unknown command. Type ? for help.",
    qr_title: "QR code",
    qr_too_small: "The QR code needs a window of at least",
    plain_prompt: "search> ",
    plain_help: "Type words to search, a number to show a result.\n  o N   open link N      y N   copy link N\n  c     list categories  c NAME  choose a category (c all: all)\n  l     switch to Swedish  ?   this help   q   quit",
    help: &[
        ("↑ ↓  k j", "previous / next row"),
        ("PgUp PgDn  Ctrl-u Ctrl-d", "page up / down (in details: scroll)"),
        ("Home End  g G", "first / last"),
        ("Tab ⇧Tab  ← →  h l", "next / previous pane"),
        ("/", "search; Enter or ↓ goes to the list"),
        ("Esc", "clear the search, leave it, close boxes"),
        ("Enter", "category: show its list; material: open the first link"),
        ("o  1–9", "open the first / the n-th link"),
        ("y", "copy the link (OSC 52)"),
        ("Y", "copy a citation"),
        ("c", "show the link as a QR code"),
        ("L", "switch language (Swedish / English)"),
        ("?  F1", "this help"),
        ("q  Ctrl-c", "quit"),
        ("Ctrl-z", "suspend; fg resumes"),
    ],
};
