//! The line mode (`--plain`, automatic for TERM=dumb): a conversation of prompts and
//! whole lines for screen readers and braille displays, which follow text as it is
//! written but lose their place in a full-screen interface. So: no escape codes, no
//! colours, no cursor movement; the one exception is the invisible OSC 52 of `y`, and
//! only on a terminal.

use std::io::{self, BufRead, Write};

use crate::catalogue::{Catalogue, Entry};
use crate::commands::{self, Format};
use crate::export::{self, ExportFormat, Marks};
use crate::i18n::{Lang, Texts, count, fill, grouped, texts};
use crate::links::{self, OpenError, Opener, Opening};
use crate::present::{LinkForm, category_counts, one_line, quoted};
use crate::search::Index;
use crate::text::fold_text;
use crate::text::sanitize;

/// At most this many results are listed: a braille display shows one line at a time,
/// and a longer list is better narrowed than read.
const LIMIT: usize = 50;

mod pager;

pub use pager::Screen;

/// Runs the conversation until `q` or the end of the input. `screen.terminal` says
/// whether `output` is a terminal that interprets escape sequences (not TERM=dumb), the
/// only place where an OSC 52 copy can arrive instead of showing as noise; its width and
/// height wrap and page the answers.
pub fn run(
    catalogue: &Catalogue,
    lang: Lang,
    opener: &Opener,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    screen: Screen,
) -> io::Result<()> {
    let mut session = Session {
        catalogue,
        index: Index::new(catalogue),
        lang,
        opener,
        screen,
        escape: None,
        category: None,
        results: Vec::new(),
        listed: false,
        shown: None,
        marked: Marks::default(),
    };
    let t = texts(lang);
    let greeting = fill(
        t.plain_greeting,
        &[
            ("resources", &count(&t.resources, catalogue.entries.len(), lang)),
            ("categories", &count(&t.categories_counted, catalogue.categories.len(), lang)),
        ],
    );
    pager::show(&format!("{greeting}\n"), screen, t.reader.more, input, output)?;
    let mut line = Vec::new();
    loop {
        write!(output, "{}", session.texts().plain_prompt)?;
        output.flush()?;
        line.clear();
        // Bytes, not `read_line`: a stray invalid byte must not end the session.
        let Some(cut) = read_line_within(input, &mut line, MAX_LINE_BYTES)? else {
            // The prompt's line is left open; close it so the shell starts afresh.
            writeln!(output)?;
            break;
        };
        if cut {
            let bytes = grouped(MAX_LINE_BYTES, session.texts());
            writeln!(output, "{}", fill(session.texts().line_cut, &[("bytes", &bytes)]))?;
        }
        let text = String::from_utf8_lossy(&line);
        let mut reply = Vec::new();
        let flow = session.answer(text.trim(), &mut reply)?;
        if let Some(escape) = session.escape.take() {
            output.write_all(escape.as_bytes())?;
        }
        let more = session.texts().reader.more;
        let paged = pager::show(&String::from_utf8_lossy(&reply), screen, more, input, output)?;
        if flow == Flow::Quit || paged == pager::Paged::InputEnded {
            break;
        }
    }
    output.flush()
}

/// The most bytes of one line the line mode reads; the rest of the line is passed
/// over, and the user told. A query reads less still (`MAX_QUERY_BYTES`).
pub const MAX_LINE_BYTES: usize = 4096;

/// Reads one line into `line` (emptied first, without its line end), at most `max`
/// bytes of it, passing over the rest up to its end; `None` at the end of the input,
/// else whether it was cut.
fn read_line_within(
    input: &mut dyn BufRead,
    line: &mut Vec<u8>,
    max: usize,
) -> io::Result<Option<bool>> {
    line.clear();
    let (mut read, mut cut) = (0, false);
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            return Ok((read > 0).then_some(cut));
        }
        let end = memchr::memchr(b'\n', buffer);
        let content = end.unwrap_or(buffer.len());
        let room = max.saturating_sub(line.len());
        line.extend_from_slice(&buffer[..content.min(room)]);
        cut |= content > room;
        let upto = end.map_or(content, |at| at + 1);
        read += upto;
        input.consume(upto);
        if end.is_some() {
            return Ok(Some(cut));
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Continue,
    Quit,
}

struct Session<'a> {
    catalogue: &'a Catalogue,
    index: Index,
    lang: Lang,
    opener: &'a Opener,
    screen: Screen,
    /// An escape sequence (an OSC 52 copy) to write before the answer: it takes no
    /// room on screen, so it stays out of the answer's wrapping and pages.
    escape: Option<String>,
    /// The category that searches are limited to, an index into `catalogue.categories`.
    category: Option<usize>,
    /// The entries of the last list, in the order they were numbered.
    results: Vec<usize>,
    /// Whether a list has been printed: an empty `results` is then a search that found
    /// nothing, not a missing search.
    listed: bool,
    /// The entry shown last, whose links `o` and `y` use.
    shown: Option<usize>,
    /// The entries marked for the reading list, in the order they were marked.
    marked: Marks,
}

impl Session<'_> {
    fn texts(&self) -> &'static Texts {
        texts(self.lang)
    }

    /// Plain text for a screen reader: no bold, lines as wide as the screen, links
    /// by name and host.
    fn format(&self) -> Format {
        Format {
            lang: self.lang,
            width: self.screen.width,
            bold: false,
            pretty_json: false,
            links: LinkForm::Hosts,
        }
    }

    fn answer(&mut self, line: &str, out: &mut dyn Write) -> io::Result<Flow> {
        let (word, rest) = match line.split_once(char::is_whitespace) {
            Some((word, rest)) => (word, rest.trim()),
            None => (line, ""),
        };
        // Phones and some braille input capitalise the first letter of a line.
        match (word.to_lowercase().as_str(), rest.is_empty()) {
            ("", _) => {}
            ("q", true) => return Ok(Flow::Quit),
            ("?", true) => writeln!(out, "{}", self.texts().plain_help)?,
            ("i", true) => write!(
                out,
                "{}",
                commands::about(
                    self.catalogue,
                    self.catalogue.file.as_deref(),
                    false,
                    &self.format()
                )
            )?,
            (command @ ("o" | "y" | "a"), _) => self.link(command, rest, out)?,
            ("c", _) => self.category(rest, out)?,
            ("m", _) => self.mark(rest, out)?,
            ("e", true) => self.export(out)?,
            ("lang", _) => self.language(rest, out)?,
            _ if line.chars().all(|c| c.is_ascii_digit()) => self.show(line, out)?,
            _ => self.search(line, out)?,
        }
        Ok(Flow::Continue)
    }

    fn search(&mut self, query: &str, out: &mut dyn Write) -> io::Result<()> {
        let (matches, notes) =
            commands::ranked(self.catalogue, &self.index, query, self.lang, |e| {
                self.in_category(e)
            });
        let found: Vec<usize> = matches.iter().map(|m| m.entry).collect();
        self.list(found, out)?;
        for note in notes {
            writeln!(out, "{note}")?;
        }
        Ok(())
    }

    fn in_category(&self, entry: usize) -> bool {
        let id = self.category.map(|c| self.catalogue.categories[c].id.as_str());
        self.catalogue.entries[entry].in_category(id)
    }

    /// Numbers and prints `entries`, which become the list that numbers refer to.
    fn list(&mut self, entries: Vec<usize>, out: &mut dyn Write) -> io::Result<()> {
        let t = self.texts();
        self.results = entries;
        self.listed = true;
        if self.results.is_empty() {
            return writeln!(out, "{}", t.no_matches);
        }
        let total = self.results.len();
        let mut heading = count(&t.plain_matches, total, self.lang);
        if let Some(c) = self.category {
            let name = self.catalogue.categories[c].name.get(self.lang);
            heading = format!("{heading} {} {}", t.plain_in, sanitize(name));
        }
        writeln!(out, "{heading}:")?;
        self.results.truncate(LIMIT);
        for (i, &e) in self.results.iter().enumerate() {
            writeln!(out, "{}. {}", i + 1, one_line(&self.catalogue.entries[e], self.lang))?;
        }
        if total > LIMIT {
            writeln!(out, "{}", count(&t.plain_more, total - LIMIT, self.lang))?;
        }
        Ok(())
    }

    /// Why a number cannot be chosen from the last list: there is none, or it is empty.
    fn no_list(&self) -> &'static str {
        let t = self.texts();
        if self.listed { t.plain_empty_list } else { t.plain_no_list }
    }

    fn show(&mut self, number: &str, out: &mut dyn Write) -> io::Result<()> {
        let t = self.texts();
        if self.results.is_empty() {
            return writeln!(out, "{}", self.no_list());
        }
        let chosen = number.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
        let Some(&e) = chosen.and_then(|i| self.results.get(i)) else {
            return writeln!(out, "{}", count(&t.plain_choose, self.results.len(), self.lang));
        };
        self.shown = Some(e);
        let format = self.format();
        write!(
            out,
            "{}",
            commands::show(self.catalogue, &self.catalogue.entries[e], false, &format)
        )
    }

    /// `m N` marks result N of the last list for the reading list, or unmarks it.
    fn mark(&mut self, number: &str, out: &mut dyn Write) -> io::Result<()> {
        let t = self.texts();
        if self.results.is_empty() {
            return writeln!(out, "{}", self.no_list());
        }
        let chosen = number.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
        let Some(&e) = chosen.and_then(|i| self.results.get(i)) else {
            if number.is_empty() {
                return writeln!(out, "{}", fill(t.plain_number_after, &[("name", "m")]));
            }
            return writeln!(out, "{}", count(&t.plain_choose, self.results.len(), self.lang));
        };
        let template = if self.marked.toggle(e) { t.plain_marked } else { t.plain_unmarked };
        let title = sanitize(&self.catalogue.entries[e].title);
        let marked = count(&t.marked, self.marked.len(), self.lang);
        writeln!(out, "{}", fill(template, &[("title", &title), ("marked", &marked)]))
    }

    /// `e` prints the reading list, in Markdown: the marked entries, or with none
    /// marked the last list.
    fn export(&self, out: &mut dyn Write) -> io::Result<()> {
        let t = self.texts();
        let template =
            if self.marked.is_empty() { &t.plain_export_list } else { &t.plain_export_marked };
        let chosen = self.marked.reading_list(self.results.iter().copied());
        if chosen.is_empty() {
            return writeln!(out, "{}", self.no_list());
        }
        let entries: Vec<&Entry> = chosen.iter().map(|&e| &self.catalogue.entries[e]).collect();
        writeln!(out, "{}\n", count(template, entries.len(), self.lang))?;
        let list = export::export(ExportFormat::Markdown, self.catalogue, &entries, self.lang);
        write!(out, "{list}")
    }

    /// `o N` opens and `y N` copies link N of the entry shown last; N defaults to 1,
    /// like the browser's `o`.
    fn link(&mut self, command: &str, number: &str, out: &mut dyn Write) -> io::Result<()> {
        let t = self.texts();
        let Some(entry) = self.shown.map(|e| &self.catalogue.entries[e]) else {
            return writeln!(out, "{}", t.plain_nothing_shown);
        };
        let n = if number.is_empty() {
            Some(1)
        } else if number.bytes().all(|b| b.is_ascii_digit()) {
            // Too many digits for a usize is still a number, just one out of range.
            Some(number.parse::<usize>().unwrap_or(usize::MAX))
        } else {
            None
        };
        let Some(n) = n else {
            return writeln!(out, "{}", fill(t.plain_number_after, &[("name", command)]));
        };
        if entry.links.is_empty() {
            return writeln!(out, "{}.", t.no_link);
        }
        let Ok(link) = entry.link(n) else {
            return writeln!(out, "{}", count(&t.plain_choose_link, entry.links.len(), self.lang));
        };
        let url = sanitize(&link.url);
        if command == "a" {
            let said = fill(t.reader.address, &[("n", &n.to_string()), ("url", &url)]);
            return writeln!(out, "{said}");
        }
        if command == "y" {
            // Only a terminal can carry the copy to the user's clipboard; in a pipe the
            // sequence would be noise, and the printed address is the copy.
            if self.screen.terminal {
                self.escape = Some(links::osc52(&link.url, self.opener.tmux));
                return writeln!(out, "{}: {url}", t.copied);
            }
            return writeln!(out, "{}: {url}", t.plain_address);
        }
        // A text-mode browser takes over the terminal: let it find our output complete.
        out.flush()?;
        match links::open_link(&link.url, self.opener) {
            Ok(Opening::Started) => writeln!(out, "{}: {url}", t.opened),
            Ok(Opening::OverSsh) => writeln!(out, "{}: {url}", t.plain_over_ssh),
            Err(OpenError::NoCommand(why) | OpenError::Failed(why)) => {
                writeln!(out, "{}", why.message(self.lang))
            }
        }
    }

    /// `c` lists the categories; `c NAME` chooses one (by number, id, name in either
    /// language, or a unique beginning of one), `c alla` / `c all` lets go of it.
    fn category(&mut self, name: &str, out: &mut dyn Write) -> io::Result<()> {
        let t = self.texts();
        if name.is_empty() {
            return self.list_categories(out);
        }
        let wanted = fold(name);
        if wanted == fold(texts(Lang::Sv).all) || wanted == fold(texts(Lang::En).all) {
            self.category = None;
            return writeln!(out, "{}", t.plain_all_categories);
        }
        let chosen = match find_category(self.catalogue, &wanted) {
            Ok(c) => c,
            Err(candidates) if candidates.is_empty() => {
                return writeln!(
                    out,
                    "{}",
                    fill(t.plain_no_category, &[("name", &sanitize(name))])
                );
            }
            Err(candidates) => {
                let names: Vec<String> = candidates
                    .iter()
                    .map(|&c| quoted(self.catalogue.categories[c].name.get(self.lang), self.lang))
                    .collect();
                let list = sanitize(&names.join(", ")).into_owned();
                return writeln!(
                    out,
                    "{}",
                    fill(t.plain_ambiguous, &[("name", &sanitize(name)), ("list", &list)])
                );
            }
        };
        self.category = Some(chosen);
        let category_name = sanitize(self.catalogue.categories[chosen].name.get(self.lang));
        writeln!(out, "{}", fill(t.plain_category, &[("name", &category_name)]))?;
        let entries = (0..self.catalogue.entries.len()).filter(|&e| self.in_category(e)).collect();
        self.list(entries, out)
    }

    fn list_categories(&self, out: &mut dyn Write) -> io::Result<()> {
        let t = self.texts();
        writeln!(out, "{}:", t.categories.many)?;
        let counts = category_counts(self.catalogue, self.catalogue.entries.iter());
        for (i, (category, count)) in self.catalogue.categories.iter().zip(counts).enumerate() {
            let mut line = format!("{}. {} ({count})", i + 1, category.name.get(self.lang));
            if self.category == Some(i) {
                line = format!("{line}, {}", t.plain_chosen);
            }
            writeln!(out, "{}", sanitize(&line))?;
        }
        Ok(())
    }

    /// `lang` switches between the two languages, `lang sv` / `lang en` chooses one.
    fn language(&mut self, wanted: &str, out: &mut dyn Write) -> io::Result<()> {
        if wanted.is_empty() {
            self.lang = self.lang.toggle();
        } else if let Some(lang) = Lang::parse(wanted) {
            self.lang = lang;
        } else {
            return writeln!(out, "{}", self.texts().plain_which_language);
        }
        writeln!(out, "{}", self.texts().plain_language)
    }
}

/// A category's index: by its number in `c`'s list, else an exact id or name, else the
/// only one that begins so. `Err` holds the candidates: none, or too many.
fn find_category(catalogue: &Catalogue, wanted: &str) -> Result<usize, Vec<usize>> {
    if let Some(i) = wanted.parse::<usize>().ok().and_then(|n| n.checked_sub(1)) {
        return if i < catalogue.categories.len() { Ok(i) } else { Err(Vec::new()) };
    }
    catalogue.find_category(wanted)
}

/// The form names are compared in: composed, lowercased, without diacritics, so that
/// `c besoksnaringen` finds "Besöksnäringen" as a search would.
fn fold(s: &str) -> String {
    fold_text(s.trim())
}

#[cfg(test)]
mod tests;
