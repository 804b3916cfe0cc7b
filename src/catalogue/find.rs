//! A category as a user names it: by its id, or by its name in either language, or by
//! a unique beginning of one of these, wherever a category is asked for (`list
//! --category`, `export --category`, the line mode's `c`). Ids are English words; a
//! Swedish user types `ambassader` and means `embassies`.

use super::Catalogue;
use crate::text::fold_text;

impl Catalogue {
    /// The index of the category `wanted` names, compared folded (case and diacritics
    /// aside, as a search compares): an exact id or name first, else the only one that
    /// begins so. `Err` holds the candidates: none, or several.
    pub fn find_category(&self, wanted: &str) -> Result<usize, Vec<usize>> {
        let wanted = fold_text(wanted.trim());
        if wanted.is_empty() {
            return Err(Vec::new());
        }
        let keys: Vec<[String; 3]> = self
            .categories
            .iter()
            .map(|c| [fold_text(&c.id), fold_text(&c.name.sv), fold_text(&c.name.en)])
            .collect();
        if let Some(i) = keys.iter().position(|k| k.contains(&wanted)) {
            return Ok(i);
        }
        let begins: Vec<usize> = (0..keys.len())
            .filter(|&i| keys[i].iter().any(|k| k.starts_with(wanted.as_str())))
            .collect();
        match begins.as_slice() {
            [only] => Ok(*only),
            _ => Err(begins),
        }
    }
}

#[cfg(test)]
mod tests;
