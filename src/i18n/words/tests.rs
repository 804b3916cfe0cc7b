use super::*;

#[test]
fn dates_in_words_in_both_languages() {
    assert_eq!(date_in_words("2023-04-14", Lang::Sv), "14 april 2023");
    assert_eq!(date_in_words("2024-02-13", Lang::En), "13 February 2024");
    assert_eq!(date_in_words("2024-02-03", Lang::Sv), "3 februari 2024");
    for odd in ["2024", "2024-13-01", "våren 2024", "", "2024-xx-01"] {
        assert_eq!(date_in_words(odd, Lang::Sv), odd);
    }
}

#[test]
fn languages_by_name_and_unknown_codes_as_they_are() {
    assert_eq!(language_name("sv", Lang::Sv), "svenska");
    assert_eq!(language_name("EN", Lang::En), "English");
    assert_eq!(language_name("xx", Lang::Sv), "xx");
}

#[test]
fn templates_are_filled() {
    assert_eq!(
        fill("Ingen länk {n} (välj mellan 1 och {m})", &[("n", "5"), ("m", "3")]),
        "Ingen länk 5 (välj mellan 1 och 3)"
    );
}
