//! A synthetic catalogue of any size, deterministic for a seed, for benchmarks and for
//! the side-by-side comparison with fzf (`examples/gen_catalogue.rs`, `scripts/bench-vs-fzf`).
//! The program never uses it; it lives in the library so that the benchmarks and the
//! example share it as an ordinary module.
//!
//! Texts are Swedish-like (å, ä, ö everywhere) with English summaries beside them. About
//! one entry in a hundred carries a word containing "skogä" (skogägare, skogägarförening)
//! in its title, keywords or summary, so `search skogä` has real hits; "skogsägare" and
//! "handbok" are common words, so the long query "skogsägare handbok" has many.
//!
//! No `rand` crate: a splitmix64 generator and fixed word lists, so a size and a seed
//! give the same catalogue on every machine and every run.

use crate::catalogue::{
    AskedAs, Catalogue, Category, Entry, Link, LinkKind, Localized, Source, Text,
};

/// splitmix64: tiny, fast, and good enough to pick words.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0); the slight modulo bias does not matter here.
    pub fn below(&mut self, n: usize) -> usize {
        // Both conversions are lossless on 64-bit targets; saturate elsewhere.
        let n64 = u64::try_from(n).unwrap_or(u64::MAX).max(1);
        usize::try_from(self.next_u64() % n64).unwrap_or(0)
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True once in `n` times.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Words of the Swedish summaries and titles.
#[rustfmt::skip]
const SV_WORDS: &[&str] = &[
    "arbete", "stöd", "skydd", "hälsa", "område", "ägare", "förening", "rutin", "kunskap",
    "samverkan", "myndighet", "kommun", "län", "skog", "mark", "vatten", "fiske", "jakt", "gård",
    "bygd", "sjö", "älv", "fjäll", "äng", "åker", "höst", "vår", "sommar", "vinter", "människor",
    "barn", "unga", "äldre", "personal", "förebygga", "upptäcka", "möta", "hjälpa", "vägleda",
    "stärka", "utveckla", "granska", "följa", "bedöma", "för", "och", "med", "om", "i", "på", "av",
    "till", "från", "som", "när", "där", "hur", "inom", "mellan", "efter", "under", "över", "både",
    "även", "särskilt", "viktiga", "lokala", "nationella", "regionala", "praktiska", "tydliga",
    "gemensamma", "nya", "svåra", "öppna", "säkra", "trygga", "långsiktiga", "förändring",
    "åtgärd", "åtgärder", "beslut", "ansvar", "uppdrag", "förslag", "erfarenhet", "lärdomar",
    "exempel", "verktyg", "metod", "metoder", "underlag", "översikt", "sammanställning",
    "vägledning", "handbok", "rapport", "studie", "kartläggning", "utbildning", "samtal", "möten",
    "nätverk", "förvaltning", "virkesförråd", "gallring", "avverkning", "föryngring", "naturvård",
    "mångfald", "klimat", "vattendrag", "våtmark", "betesmark", "renskötsel", "byalag", "sjöfart",
    "hamn", "väg", "järnväg", "skärgård", "kust", "näring", "företag", "hållbarhet", "miljö",
    "rätt", "lag", "förordning", "tillsyn", "ersättning", "bidrag", "ansökan", "tillstånd",
    "säsong", "skogsägare", "markägare", "jordbrukare", "fiskare", "jägare", "brukare", "grannar",
    "länsstyrelse", "vårdnad", "ängsskötsel", "kalhygge", "plantering", "röjning", "stormskador",
    "brandrisk", "torka", "översvämning", "hjortdjur", "älgstam", "fågelliv", "lövskog",
    "barrskog", "hällmark", "myr", "bäck", "å", "ö", "ström", "fors",
];

/// Words of the English summaries.
#[rustfmt::skip]
const EN_WORDS: &[&str] = &[
    "work", "support", "protection", "health", "area", "owner", "association", "routine",
    "knowledge", "cooperation", "authority", "municipality", "county", "forest", "land", "water",
    "fishing", "hunting", "farm", "village", "lake", "river", "mountain", "meadow", "field",
    "autumn", "spring", "summer", "winter", "people", "children", "young", "older", "staff",
    "prevent", "detect", "meet", "help", "guide", "strengthen", "develop", "review", "follow",
    "assess", "for", "and", "with", "about", "in", "on", "of", "to", "from", "that", "when",
    "where", "how", "within", "between", "after", "under", "over", "both", "also", "especially",
    "important", "local", "national", "regional", "practical", "clear", "shared", "new",
    "difficult", "open", "safe", "secure", "long-term", "change", "measure", "measures",
    "decision", "responsibility", "mission", "proposal", "experience", "lessons", "example",
    "tools", "method", "methods", "basis", "overview", "compilation", "guidance", "handbook",
    "report", "study", "mapping", "training", "conversation", "meetings", "network", "management",
    "timber", "thinning", "felling", "regeneration", "conservation", "diversity", "climate",
    "streams", "wetland", "pasture", "reindeer", "shipping", "harbour", "road", "railway",
    "archipelago", "coast", "business", "sustainability", "environment", "law", "regulation",
    "supervision", "compensation", "grant", "application", "permit", "season", "forest owners",
    "landowners", "farmers", "neighbours",
];

/// Words that start a title; the rest of the title comes from `SV_WORDS`.
#[rustfmt::skip]
const TITLE_HEADS: &[&str] = &[
    "Handbok", "Vägledning", "Rapport", "Checklista", "Kunskapsstöd", "Metodstöd", "Översikt",
    "Film", "Webbutbildning", "Studie", "Råd", "Lägesbild", "Strategi", "Åtgärdsplan", "Ordlista",
    "Frågor och svar", "Möte", "Guide",
];

/// Words with "skogä": placed in about one entry in a hundred.
const RARE: &[&str] = &["skogägare", "skogägarförening", "skogägarnas", "skogäventyr"];

#[rustfmt::skip]
const KEYWORDS: &[&str] = &[
    "skogsbruk", "naturvård", "viltvård", "fiskevård", "älgjakt", "bäverdamm", "ängsmark",
    "kulturmiljö", "byggnadsvård", "friluftsliv", "allemansrätt", "brandskydd", "stormfällning",
    "granbarkborre", "vägsamfällighet", "sjösäkerhet", "isläge", "skärgårdsliv", "fäbod",
    "slåtter", "lövröjning", "hyggesfritt", "kantzon", "våtmarker", "dikning", "kalkning",
    "älvdal", "fjällvärld", "rennäring", "bärplockning", "svampar", "vedeldning", "timmerhus",
    "båtliv", "hamnplan", "vattenvård", "översvämning", "torråta", "stängsel", "bete",
    "gårdsbutik", "närodlat", "hållbart", "klimatanpassning", "tjäle", "snöröjning",
    "vägunderhåll", "skogsägare", "handbok", "samförvaltning", "ekosystemtjänster", "mångbruk",
    "lövträd", "ädellöv", "hagmark", "åkerholme", "odlingsrösen", "gärdsgård", "källa", "brunn",
];

/// (sv, en) of the forms a material takes.
const FORMATS: &[(&str, &str)] = &[
    ("handbok", "handbook"),
    ("film", "film"),
    ("rapport", "report"),
    ("webbutbildning", "e-learning"),
    ("checklista", "checklist"),
    ("kunskapsbank", "knowledge bank"),
    ("broschyr", "leaflet"),
    ("poddavsnitt", "podcast episode"),
];

/// (sv, en) of the people a material is made for.
const AUDIENCES: &[(&str, &str)] = &[
    ("skogsägare", "forest owners"),
    ("kommuner", "municipalities"),
    ("länsstyrelser", "county administrative boards"),
    ("lantbrukare", "farmers"),
    ("fiskevårdsområden", "fishery associations"),
    ("jaktlag", "hunting teams"),
    ("skolor", "schools"),
    ("allmänheten", "the public"),
    ("räddningstjänst", "rescue services"),
    ("vägföreningar", "road associations"),
];

/// (id, sv name, en name, sv description, en description).
const CATEGORIES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "forestry",
        "Skog och skogsbruk",
        "Forests and forestry",
        "Råd om skötsel av skog",
        "Advice on managing forests",
    ),
    (
        "water",
        "Sjöar, åar och kust",
        "Lakes, rivers and coast",
        "Vatten och vattenvård",
        "Water and its care",
    ),
    (
        "wildlife",
        "Vilt och jakt",
        "Wildlife and hunting",
        "Viltvård, jakt och fiske",
        "Wildlife care, hunting and fishing",
    ),
    (
        "farming",
        "Åker, äng och bete",
        "Fields, meadows and grazing",
        "Jordbruk och odlingslandskap",
        "Farming and the cultivated landscape",
    ),
    (
        "safety",
        "Säkerhet och beredskap",
        "Safety and preparedness",
        "Brand, storm och översvämning",
        "Fire, storms and floods",
    ),
    (
        "heritage",
        "Kulturmiljö",
        "Cultural heritage",
        "Gamla hus, vägar och gärdsgårdar",
        "Old houses, roads and fences",
    ),
    (
        "community",
        "Bygd och samverkan",
        "Community and cooperation",
        "Föreningar, byalag och grannar",
        "Associations, villages and neighbours",
    ),
];

/// (sv, en) prefixes of publisher names; crossed with `PLACES` they make ~200 publishers.
const PUBLISHER_KINDS: &[(&str, &str)] = &[
    ("Region", "Region"),
    ("Länsstyrelsen i", "County Administrative Board of"),
    ("Kommunförbundet", "Association of Local Authorities,"),
    ("Stiftelsen Skogsbygd", "The Forest Village Foundation,"),
    ("Hushållningssällskapet", "The Rural Economy Society,"),
    ("Nätverket Ängar och åkrar", "The Meadows and Fields Network,"),
    ("Institutet för landsbygd,", "Institute for Rural Areas,"),
];

#[rustfmt::skip]
const PLACES: &[&str] = &[
    "Västra Götaland", "Skåne", "Örebro", "Jönköping", "Gävleborg", "Jämtland", "Västerbotten",
    "Östergötland", "Dalarna", "Värmland", "Norrbotten", "Södermanland", "Uppsala", "Blekinge",
    "Kalmar", "Halland", "Kronoberg", "Västmanland", "Gotland", "Stockholm", "Malmö", "Göteborg",
    "Umeå", "Luleå", "Växjö", "Borås", "Sundsvall", "Östersund", "Falun",
];

/// The ~200 publishers: every kind in every place.
fn publishers() -> Vec<Localized> {
    let mut all = Vec::with_capacity(PUBLISHER_KINDS.len() * PLACES.len());
    for (sv, en) in PUBLISHER_KINDS {
        for place in PLACES {
            all.push(Localized {
                sv: format!("{sv} {place}").into(),
                en: format!("{en} {place}").into(),
            });
        }
    }
    all
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An ASCII slug of a word: å, ä → a, ö → o, anything else outside a-z dropped.
fn slug(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'å' | 'ä' => Some('a'),
            'ö' => Some('o'),
            'a'..='z' | '0'..='9' => Some(c),
            _ => None,
        })
        .collect()
}

/// Sentences of `words` words in all, capitalised and ended with a full stop.
fn prose(rng: &mut Rng, pool: &[&str], words: usize, rare: Option<&str>) -> String {
    let mut out = String::with_capacity(words * 9);
    let rare_at = rare.map(|_| rng.below(words));
    let mut in_sentence = 0;
    for i in 0..words {
        let word = match (rare, rare_at) {
            (Some(r), Some(at)) if at == i => r,
            _ => *rng.pick(pool),
        };
        if in_sentence == 0 {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&capitalise(word));
        } else {
            out.push(' ');
            out.push_str(word);
        }
        in_sentence += 1;
        if i + 1 == words || (in_sentence >= 6 && rng.one_in(5)) {
            out.push('.');
            in_sentence = 0;
        }
    }
    out
}

/// How an entry is asked for: 6 to 10 short phrases a language from the summaries'
/// word pools (the embedded catalogue has 15 to 27; as many here would take 100 000
/// entries past the 256 MiB a catalogue may have). From an entry's own seed, so that
/// every other text is the same as without them.
fn asked_as(i: usize) -> AskedAs {
    let mut rng = Rng::new(u64::try_from(i).unwrap_or(0) ^ 0x0A54_EDA5);
    let mut phrases = |pool: &[&str]| -> Vec<String> {
        (0..rng.between(6, 10))
            .map(|_| {
                let words: Vec<&str> = (0..rng.between(3, 6)).map(|_| *rng.pick(pool)).collect();
                words.join(" ")
            })
            .collect()
    };
    let sv = phrases(SV_WORDS);
    AskedAs::new(sv, phrases(EN_WORDS))
}

/// Where an entry's "skogä" word goes, if it has one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rare {
    Title,
    Keyword,
    Summary,
}

fn entry(rng: &mut Rng, i: usize, publishers: &[Localized]) -> Entry {
    let rare = if rng.one_in(100) {
        Some(match rng.below(3) {
            0 => Rare::Title,
            1 => Rare::Keyword,
            _ => Rare::Summary,
        })
    } else {
        None
    };
    let rare_word = *rng.pick(RARE);

    let mut title = (*rng.pick(TITLE_HEADS)).to_string();
    let title_words = rng.between(2, 6);
    for _ in 0..title_words {
        title.push(' ');
        title.push_str(rng.pick::<&str>(SV_WORDS));
    }
    if rare == Some(Rare::Title) {
        title.push_str(" för ");
        title.push_str(rare_word);
    }
    let id = format!("{}-{i}", slug(title.split(' ').next().unwrap_or("post")));

    let publisher_count = if rng.one_in(5) { 2 } else { 1 };
    let publisher = (0..publisher_count).map(|_| rng.pick(publishers).clone()).collect();
    let year = if rng.one_in(20) { None } else { u16::try_from(rng.between(1990, 2025)).ok() };
    let languages = match rng.below(4) {
        0 => vec!["en".into()],
        1 => vec!["sv".into(), "en".into()],
        _ => vec!["sv".into()],
    };
    let localized = |&(sv, en): &(&str, &str)| Localized { sv: sv.into(), en: en.into() };
    let formats = vec![localized(rng.pick(FORMATS))];
    let audiences = (0..rng.between(1, 2)).map(|_| localized(rng.pick(AUDIENCES))).collect();
    let mut categories: Vec<Text> = vec![rng.pick(CATEGORIES).0.into()];
    if rng.one_in(3) {
        let second: Text = rng.pick(CATEGORIES).0.into();
        if second != categories[0] {
            categories.push(second);
        }
    }
    let sv_words = rng.between(40, 80);
    let en_words = rng.between(40, 80);
    let summary = Localized {
        sv: prose(rng, SV_WORDS, sv_words, (rare == Some(Rare::Summary)).then_some(rare_word))
            .into(),
        en: prose(rng, EN_WORDS, en_words, None).into(),
    };
    let links = (0..rng.between(1, 3))
        .map(|n| {
            let (sv, en, kind) = match n {
                0 => ("Materialet", "The material", LinkKind::Material),
                1 => ("Utgivarens sida", "The publisher's page", LinkKind::Publisher),
                _ => ("Källan", "The source", LinkKind::Source),
            };
            Link {
                label: Localized { sv: sv.into(), en: en.into() },
                url: format!("https://example.org/{id}/{}", n + 1).into(),
                kind,
            }
        })
        .collect();
    let mut keywords: Vec<Text> =
        (0..rng.between(1, 4)).map(|_| (*rng.pick(KEYWORDS)).into()).collect();
    if rare == Some(Rare::Keyword) {
        keywords.push(rare_word.into());
    }
    Entry {
        id: id.into(),
        title: title.into(),
        publisher,
        year,
        languages: languages.into(),
        formats: formats.into(),
        audiences,
        categories: categories.into(),
        summary,
        links,
        keywords: keywords.into(),
        asked_as: asked_as(i),
        ..Entry::default()
    }
}

/// A valid catalogue of `n` entries for `seed`: unique ids, known categories, related
/// ids that exist.
pub fn catalogue(n: usize, seed: u64) -> Catalogue {
    let mut rng = Rng::new(seed);
    let publishers = publishers();
    let mut entries: Vec<Entry> = (0..n).map(|i| entry(&mut rng, i, &publishers)).collect();
    // Related entries: up to two earlier ones, so every id exists and none is itself.
    for i in 1..n {
        let count = rng.below(3);
        for _ in 0..count {
            let other = entries[rng.below(i)].id.clone();
            if !entries[i].related.contains(&other) {
                let mut related = std::mem::take(&mut entries[i].related).into_vec();
                related.push(other);
                entries[i].related = related.into();
            }
        }
    }
    let categories = CATEGORIES
        .iter()
        .map(|&(id, sv, en, dsv, den)| Category {
            id: id.into(),
            name: Localized { sv: sv.into(), en: en.into() },
            description: Localized { sv: dsv.into(), en: den.into() },
        })
        .collect();
    Catalogue {
        schema: 1,
        source: Source {
            title: format!("Syntetisk katalog med {n} poster (frö {seed})").into(),
            publisher: Localized {
                sv: "metodstods prestandatester".into(),
                en: "metodstod's performance tests".into(),
            },
            address: "https://example.org/".into(),
            published: "2026-01-01".into(),
            updated: "2026-01-01".into(),
            ..Source::default()
        },
        categories,
        entries,
        ..Catalogue::default()
    }
}
