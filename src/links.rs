//! Links: which addresses may be opened.

/// Only web and mail addresses may be opened or copied; anything else (`file:`,
/// `javascript:`, a bare path, an option such as `-e`) is refused.
pub fn is_allowed_url(url: &str) -> bool {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let rest = ["https://", "http://"].iter().find_map(|scheme| lower.strip_prefix(scheme));
    match rest {
        Some(rest) => rest.split(['/', '?', '#']).next().is_some_and(|host| !host.is_empty()),
        None => lower.strip_prefix("mailto:").is_some_and(|to| to.contains('@')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_web_and_mail_only() {
        assert!(is_allowed_url("https://cbss.org/"));
        assert!(is_allowed_url("HTTP://example.org"));
        assert!(is_allowed_url("mailto:info@example.org"));
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "-e https://x.org",
            "https://",
            "https:///path",
            "ftp://example.org",
            "https://example.org/a b",
            "mailto:nobody",
            "",
        ] {
            assert!(!is_allowed_url(bad), "{bad}");
        }
    }
}
