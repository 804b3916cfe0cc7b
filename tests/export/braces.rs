//! BibTeX's own reading of an export, to check that a text cannot move the end of a
//! field: BibTeX (and biber's btparse) end a braced value at the `}` that brings the
//! count of braces back to zero, and count every brace, one after a backslash too.

/// An entry as read: its key and its fields, each name with its value.
#[derive(Debug, PartialEq, Eq)]
pub struct Read {
    pub key: String,
    pub fields: Vec<(String, String)>,
}

/// Every field of every entry of `bib`, read as BibTeX reads it, is the whole of its
/// line as the export lays it out (`  name = {value},`). A brace without its partner
/// ends a field early or runs it on into the next one, and the two readings differ.
pub fn assert_fields_whole(bib: &str) {
    if let Err(e) = fields_whole(bib) {
        panic!("{e}\n{bib}");
    }
}

pub fn fields_whole(bib: &str) -> Result<(), String> {
    let by_braces = read(bib).map_err(|e| format!("BibTeX would stop: {e}"))?;
    let by_lines = by_lines(bib);
    if by_braces == by_lines {
        Ok(())
    } else {
        Err(format!("BibTeX reads\n{by_braces:#?}\nwhere the lines hold\n{by_lines:#?}"))
    }
}

/// Entries `@type{key, name = {value}, ...}` as BibTeX scans them: text outside an
/// entry is skipped, a value is braced and nests, and nothing escapes a brace.
fn read(bib: &str) -> Result<Vec<Read>, String> {
    let mut entries = Vec::new();
    let mut rest = bib;
    while let Some(at) = rest.find('@') {
        let mut scan = Scan { rest: &rest[at + 1..] };
        scan.word();
        scan.expect('{')?;
        let key = scan.until(',')?;
        let mut fields = Vec::new();
        loop {
            scan.blank();
            if scan.eat('}') {
                break;
            }
            let name = scan.word();
            scan.blank();
            scan.expect('=')?;
            scan.blank();
            scan.expect('{')?;
            fields.push((name, scan.braced(&key)?));
            scan.blank();
            if !scan.eat(',') {
                scan.expect('}')?;
                break;
            }
        }
        entries.push(Read { key, fields });
        rest = scan.rest;
    }
    Ok(entries)
}

/// The same entries read line by line, as the export writes them.
fn by_lines(bib: &str) -> Vec<Read> {
    let mut entries: Vec<Read> = Vec::new();
    for line in bib.lines() {
        if let Some(head) = line.strip_prefix('@') {
            let key = head.split_once('{').map_or("", |(_, k)| k).trim_end_matches(',');
            entries.push(Read { key: key.to_string(), fields: Vec::new() });
        } else if let Some((name, value)) =
            line.strip_prefix("  ").and_then(|l| l.split_once(" = {"))
        {
            let Some(entry) = entries.last_mut() else {
                panic!("a field before any entry: {line}")
            };
            let Some(value) = value.strip_suffix("},") else { panic!("not one line: {line}") };
            entry.fields.push((name.to_string(), value.to_string()));
        }
    }
    entries
}

struct Scan<'a> {
    rest: &'a str,
}

impl Scan<'_> {
    fn blank(&mut self) {
        self.rest = self.rest.trim_start();
    }

    fn eat(&mut self, c: char) -> bool {
        self.rest.strip_prefix(c).inspect(|r| self.rest = r).is_some()
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(format!("expected {c:?} at {:?}", self.rest.chars().take(40).collect::<String>()))
        }
    }

    fn word(&mut self) -> String {
        let end = self.rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(self.rest.len());
        let (word, rest) = self.rest.split_at(end);
        self.rest = rest;
        word.to_string()
    }

    fn until(&mut self, end: char) -> Result<String, String> {
        let Some((text, rest)) = self.rest.split_once(end) else {
            return Err(format!("no {end:?} after {:?}", self.rest));
        };
        self.rest = rest;
        Ok(text.to_string())
    }

    /// A value after its opening brace, up to the brace that closes it.
    fn braced(&mut self, key: &str) -> Result<String, String> {
        let mut depth = 1_usize;
        for (at, c) in self.rest.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                let value = self.rest[..at].to_string();
                self.rest = &self.rest[at + 1..];
                return Ok(value);
            }
        }
        Err(format!("a field of {key} runs to the end of the file"))
    }
}
