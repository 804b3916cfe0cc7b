//! Counts in words: "1 träff", "2 träffar", "1 863 byte". Every message that shows a
//! number of things has a form for one and a form for several.

use super::{Lang, fill, grouped, texts};

/// A message with a count `{n}`, in its two forms.
#[derive(Debug)]
pub struct Counted {
    pub one: &'static str,
    pub many: &'static str,
}

impl Counted {
    /// The form for `n`: Swedish and English both use the singular for one only.
    pub fn pick(&self, n: usize) -> &'static str {
        if n == 1 { self.one } else { self.many }
    }
}

/// `forms` for `n`, its `{n}` filled with the number grouped in threes.
pub fn count(forms: &Counted, n: usize, lang: Lang) -> String {
    fill(forms.pick(n), &[("n", &grouped(n, texts(lang)))])
}

#[cfg(test)]
mod tests;
