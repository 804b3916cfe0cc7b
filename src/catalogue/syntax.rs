//! What serde_json found wrong in a file's JSON, by kind, so that the message says it
//! in the user's language ("key must be a string" and "EOF while parsing a string" are
//! serde_json's English). The line and column come with the error, not from here.

use crate::i18n::Lang;

/// The kinds of JSON error serde_json reports, read from its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    EndInList,
    EndInObject,
    EndInString,
    EndInValue,
    ExpectedColon,
    ExpectedCommaOrBracket,
    ExpectedCommaOrBrace,
    UnknownWord,
    ExpectedValue,
    ExpectedName,
    BadEscape,
    BadNumber,
    NumberTooLarge,
    BadCodePoint,
    ControlCharacter,
    NameNotString,
    TrailingComma,
    TrailingText,
    TooDeep,
    /// Well-formed JSON of another shape, where the walk over its tree found nothing.
    Shape,
    Other,
}

/// serde_json's messages (its `ErrorCode`'s wording), the kind each one means.
const MESSAGES: [(&str, Syntax); 23] = [
    ("EOF while parsing a list", Syntax::EndInList),
    ("EOF while parsing an object", Syntax::EndInObject),
    ("EOF while parsing a string", Syntax::EndInString),
    ("EOF while parsing a value", Syntax::EndInValue),
    ("expected `:`", Syntax::ExpectedColon),
    ("expected `,` or `]`", Syntax::ExpectedCommaOrBracket),
    ("expected `,` or `}`", Syntax::ExpectedCommaOrBrace),
    ("expected ident", Syntax::UnknownWord),
    ("expected value", Syntax::ExpectedValue),
    ("expected `\"`", Syntax::ExpectedName),
    ("invalid escape", Syntax::BadEscape),
    ("lone leading surrogate in hex escape", Syntax::BadEscape),
    ("unexpected end of hex escape", Syntax::BadEscape),
    ("invalid number", Syntax::BadNumber),
    ("number out of range", Syntax::NumberTooLarge),
    ("invalid unicode code point", Syntax::BadCodePoint),
    ("control character (\\u0000-\\u001F) found while parsing a string", Syntax::ControlCharacter),
    ("key must be a string", Syntax::NameNotString),
    ("invalid value: expected key to be a number in quotes", Syntax::NameNotString),
    ("float key must be finite (got NaN or +/-inf)", Syntax::NameNotString),
    ("trailing comma", Syntax::TrailingComma),
    ("trailing characters", Syntax::TrailingText),
    ("recursion limit exceeded", Syntax::TooDeep),
];

impl Syntax {
    /// Every kind, for the tests that read each message.
    pub const ALL: [Syntax; 21] = [
        Syntax::EndInList,
        Syntax::EndInObject,
        Syntax::EndInString,
        Syntax::EndInValue,
        Syntax::ExpectedColon,
        Syntax::ExpectedCommaOrBracket,
        Syntax::ExpectedCommaOrBrace,
        Syntax::UnknownWord,
        Syntax::ExpectedValue,
        Syntax::ExpectedName,
        Syntax::BadEscape,
        Syntax::BadNumber,
        Syntax::NumberTooLarge,
        Syntax::BadCodePoint,
        Syntax::ControlCharacter,
        Syntax::NameNotString,
        Syntax::TrailingComma,
        Syntax::TrailingText,
        Syntax::TooDeep,
        Syntax::Shape,
        Syntax::Other,
    ];

    /// The kind of a serde_json error, from its message without the place.
    pub fn of(error: &serde_json::Error) -> Syntax {
        if error.is_data() {
            return Syntax::Shape;
        }
        let message = error.to_string();
        let message = message.rfind(" at line ").map_or(message.as_str(), |i| &message[..i]);
        MESSAGES.iter().find(|(m, _)| *m == message).map_or(Syntax::Other, |(_, kind)| *kind)
    }

    /// What is wrong, in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        let (english, swedish) = match self {
            Syntax::EndInList => (
                "the file ends inside a list (a ] is missing)",
                "filen tar slut mitt i en lista (ett ] saknas)",
            ),
            Syntax::EndInObject => (
                "the file ends inside an object (a } is missing)",
                "filen tar slut mitt i ett objekt (ett } saknas)",
            ),
            Syntax::EndInString => (
                "the file ends inside a text (a closing \" is missing)",
                "filen tar slut mitt i en text (ett avslutande \" saknas)",
            ),
            Syntax::EndInValue => (
                "the file ends where a value should follow",
                "filen tar slut där ett värde ska följa",
            ),
            Syntax::ExpectedColon => (
                "a colon (:) should follow the name here",
                "här ska ett kolon (:) följa efter namnet",
            ),
            Syntax::ExpectedCommaOrBracket => {
                ("a comma or a ] should come here", "här ska det stå ett kommatecken eller ett ]")
            }
            Syntax::ExpectedCommaOrBrace => {
                ("a comma or a } should come here", "här ska det stå ett kommatecken eller ett }")
            }
            Syntax::UnknownWord => (
                "an unknown word: JSON knows only true, false and null, and a text needs double quotes",
                "ett okänt ord: JSON känner bara till true, false och null, och en text behöver dubbla citattecken",
            ),
            Syntax::ExpectedValue => (
                "a value should come here: a text in double quotes, a number, a list, an object, true, false or null",
                "här ska det stå ett värde: en text inom dubbla citattecken, ett tal, en lista, ett objekt, true, false eller null",
            ),
            Syntax::ExpectedName => (
                "a name in double quotes should come here",
                "här ska det stå ett namn inom dubbla citattecken",
            ),
            Syntax::BadEscape => (
                "an invalid backslash sequence in a text (write \\\\ for a backslash)",
                "en ogiltig följd med omvänt snedstreck i en text (skriv \\\\ för ett omvänt snedstreck)",
            ),
            Syntax::BadNumber => ("an invalid number", "ett ogiltigt tal"),
            Syntax::NumberTooLarge => ("a number too large", "ett för stort tal"),
            Syntax::BadCodePoint => (
                "an invalid \\u sequence: it names no Unicode character",
                "en ogiltig \\u-följd: den anger inget Unicode-tecken",
            ),
            Syntax::ControlCharacter => (
                "a control character, such as a line break, inside a text; write a line break as \\n",
                "ett styrtecken, till exempel en radbrytning, inne i en text; skriv en radbrytning som \\n",
            ),
            Syntax::NameNotString => {
                ("a name must be in double quotes", "ett namn måste stå inom dubbla citattecken")
            }
            Syntax::TrailingComma => (
                "a comma too many before a ] or a }",
                "ett kommatecken för mycket före ett ] eller ett }",
            ),
            Syntax::TrailingText => {
                ("more text after the end of the catalogue", "mer text efter katalogens slut")
            }
            Syntax::TooDeep => (
                "lists or objects nested too deeply",
                "listor eller objekt som är nästlade för djupt",
            ),
            Syntax::Shape => (
                "the JSON does not have the shape of a catalogue",
                "JSON-koden har inte en katalogs form",
            ),
            Syntax::Other => ("the JSON cannot be read here", "JSON-koden kan inte läsas här"),
        };
        match lang {
            Lang::Sv => swedish,
            Lang::En => english,
        }
    }
}

#[cfg(test)]
mod tests;
