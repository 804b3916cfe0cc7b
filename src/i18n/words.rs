//! Words made from data: templates filled in, language names, dates in words.

use super::Lang;

/// Fills `{key}` placeholders of a translated template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| text.replace(&format!("{{{key}}}"), value))
}

/// The name of a language, from its ISO 639-1 code, in `lang`; an unknown code is
/// returned as it is.
pub fn language_name(code: &str, lang: Lang) -> &str {
    const NAMES: &[(&str, &str, &str)] = &[
        ("sv", "svenska", "Swedish"),
        ("en", "engelska", "English"),
        ("fi", "finska", "Finnish"),
        ("no", "norska", "Norwegian"),
        ("nb", "norska (bokmål)", "Norwegian Bokmål"),
        ("nn", "nynorska", "Norwegian Nynorsk"),
        ("da", "danska", "Danish"),
        ("is", "isländska", "Icelandic"),
        ("et", "estniska", "Estonian"),
        ("lv", "lettiska", "Latvian"),
        ("lt", "litauiska", "Lithuanian"),
        ("pl", "polska", "Polish"),
        ("de", "tyska", "German"),
        ("fr", "franska", "French"),
        ("es", "spanska", "Spanish"),
        ("ru", "ryska", "Russian"),
        ("uk", "ukrainska", "Ukrainian"),
        ("ro", "rumänska", "Romanian"),
        ("bg", "bulgariska", "Bulgarian"),
        ("hu", "ungerska", "Hungarian"),
        ("ar", "arabiska", "Arabic"),
        ("fa", "persiska", "Persian"),
        ("so", "somaliska", "Somali"),
        ("ti", "tigrinska", "Tigrinya"),
        ("th", "thailändska", "Thai"),
        ("zh", "kinesiska", "Chinese"),
        ("vi", "vietnamesiska", "Vietnamese"),
        ("es-419", "spanska (Latinamerika)", "Spanish (Latin America)"),
    ];
    NAMES.iter().find(|(c, _, _)| c.eq_ignore_ascii_case(code)).map_or(code, |(_, sv, en)| {
        match lang {
            Lang::Sv => sv,
            Lang::En => en,
        }
    })
}

const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO date (2023-04-14) in words: "14 april 2023" / "14 April 2023"; anything else
/// as it is.
pub fn date_in_words(iso: &str, lang: Lang) -> String {
    let mut parts = iso.trim().splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let months = match lang {
        Lang::Sv => &MONTHS_SV,
        Lang::En => &MONTHS_EN,
    };
    let month = m.parse::<usize>().ok().and_then(|m| m.checked_sub(1));
    match (digits(y) && digits(d), month.and_then(|m| months.get(m))) {
        (true, Some(name)) => format!("{} {name} {y}", d.trim_start_matches('0')),
        _ => iso.to_string(),
    }
}

/// `n` with its digits in groups of three: "43 000" in Swedish, "43,000" in English.
pub fn grouped(n: usize, t: &super::Texts) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(t.thousands);
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests;
