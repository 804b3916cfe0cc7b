//! Marks: the entries a user picked for a reading list, in the order picked. The
//! browser and the line mode keep them alike, and a reading list is the marked entries
//! or, with none marked, the list on screen.

/// Marked entries (indices into the catalogue), in the order they were marked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks(Vec<usize>);

impl Marks {
    /// Marks `entry`, or unmarks it if it was marked; whether it is marked now.
    pub fn toggle(&mut self, entry: usize) -> bool {
        if let Some(at) = self.0.iter().position(|&e| e == entry) {
            self.0.remove(at);
            false
        } else {
            self.0.push(entry);
            true
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn contains(&self, entry: usize) -> bool {
        self.0.contains(&entry)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &usize> {
        self.0.iter()
    }

    /// The entries of a reading list: the marked ones, or with none marked `shown`.
    pub fn reading_list(&self, shown: impl IntoIterator<Item = usize>) -> Vec<usize> {
        if self.0.is_empty() { shown.into_iter().collect() } else { self.0.clone() }
    }
}

#[cfg(test)]
mod tests;
