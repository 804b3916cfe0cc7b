//! The test layout, as a test: unit tests beside their code in one way (`foo.rs` ends
//! with `#[cfg(test)] mod tests;`, the tests in `foo/tests.rs` and `foo/tests/*.rs`),
//! integration tests in this one binary, no `#[path]` redirect, and no test file that
//! nothing declares (the compiler skips such a file without a word, so its tests
//! would never run).

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, as a path relative to the crate's root, sorted.
fn rust_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), &mut out);
    let mut out: Vec<PathBuf> = out
        .into_iter()
        .filter_map(|p| p.strip_prefix(root()).ok().map(Path::to_path_buf))
        .collect();
    out.sort();
    out
}

fn read(path: &Path) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether `source` declares the module `name` (`mod name;`, public or not).
fn declares(source: &str, name: &str) -> bool {
    source.lines().map(str::trim).any(|line| {
        let line =
            line.strip_prefix("pub ").or_else(|| line.strip_prefix("pub(crate) ")).unwrap_or(line);
        line.strip_prefix("mod ").is_some_and(|rest| {
            rest.split(|c: char| c == ';' || c.is_whitespace()).next() == Some(name)
        })
    })
}

#[test]
fn no_path_redirects() {
    for dir in ["src", "tests", "benches", "examples", "fuzz/fuzz_targets"] {
        for file in rust_files(dir) {
            let source = read(&file);
            let found = source.lines().any(|l| l.trim_start().starts_with("#[path"));
            assert!(
                !found,
                "{}: a #[path] redirect; put the file where its module is",
                file.display()
            );
        }
    }
}

#[test]
fn unit_tests_are_in_their_own_file() {
    for file in rust_files("src") {
        let source = read(&file);
        let inline = source.lines().any(|l| l.trim_start().starts_with("mod tests {"));
        assert!(
            !inline,
            "{}: an inline `mod tests {{`; end the file with `#[cfg(test)] mod tests;` and \
             move the tests to {}",
            file.display(),
            file.with_extension("").join("tests.rs").display()
        );
    }
}

/// Each test file of `src/` and each module file of `tests/` is declared by the file
/// above it, so that its tests run.
#[test]
fn every_test_file_is_declared() {
    let mut checked = 0;
    let files = rust_files("src").into_iter().chain(rust_files("tests"));
    for file in files {
        let in_src = file.starts_with("src");
        let under_tests = file.components().any(|c| c.as_os_str() == "tests");
        let is_fixture =
            file.components().any(|c| ["fixtures", "golden"].iter().any(|d| c.as_os_str() == *d));
        if is_fixture
            || (in_src && !under_tests && file.file_name().is_none_or(|n| n != "tests.rs"))
        {
            continue;
        }
        if file == Path::new("tests/main.rs") {
            continue;
        }
        let Some(name) = file.file_stem().and_then(|s| s.to_str()) else { continue };
        let Some(dir) = file.parent() else { continue };
        // `a/b.rs` is declared in `a.rs`; a file right under tests/ in tests/main.rs.
        let parent =
            if dir == Path::new("tests") { dir.join("main.rs") } else { dir.with_extension("rs") };
        assert!(
            declares(&read(&parent), name),
            "{}: no `mod {name};` in {}, so its tests never run",
            file.display(),
            parent.display()
        );
        checked += 1;
    }
    assert!(checked > 50, "only {checked} test files found: is the walk right?");
}
