use super::*;

#[test]
fn system_errors_by_kind_in_both_languages() {
    let missing = std::io::Error::from_raw_os_error(2);
    assert_eq!(io_error_text(&missing, Lang::Sv), "hittades inte");
    assert_eq!(io_error_text(&missing, Lang::En), "not found");
    let odd = std::io::Error::from_raw_os_error(71);
    assert!(io_error_text(&odd, Lang::Sv).contains("71"), "the number stays");
    let custom = std::io::Error::other("the terminal hung up");
    assert_eq!(io_error_text(&custom, Lang::Sv), texts(Lang::Sv).io_other);
}
