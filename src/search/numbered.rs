//! Distinct texts, numbered in the order they first came, each stored once, end to end
//! in one string: a look-up hashes the text asked for and compares it with the stored
//! ones, so no second copy of every word serves as a hash key, and no word has an
//! allocation of its own. For the embedded catalogue's 777 words, 633 stems and 170
//! short fields, the copies, the keys and the allocations were a quarter of the heap.

use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use hashbrown::HashTable;

/// A hash for the words of a whole catalogue, hashed once each at load: std's SipHash
/// guards against collisions crafted by an attacker, which cost us at most a slower
/// load, and takes a tenth of the load time. FxHash's mixing, eight bytes at a time.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Debug, Clone, Default)]
pub struct Numbered {
    /// The texts one after another, without one allocation each.
    arena: String,
    /// Where each text ends in `arena`.
    ends: Vec<u32>,
    table: HashTable<u32>,
}

fn hash(text: &str) -> u64 {
    BuildHasherDefault::<Fx>::default().hash_one(text)
}

fn text<'a>(arena: &'a str, ends: &[u32], n: usize) -> &'a str {
    let start = n.checked_sub(1).and_then(|p| ends.get(p)).map_or(0, |&e| e as usize);
    let end = ends.get(n).map_or(start, |&e| e as usize);
    arena.get(start..end).unwrap_or_default()
}

impl Numbered {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Text number `n`; empty past the end.
    pub fn text(&self, n: usize) -> &str {
        text(&self.arena, &self.ends, n)
    }

    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|n| self.text(n))
    }

    /// The number of `text`, if it is here.
    pub fn get(&self, text: &str) -> Option<u32> {
        self.table.find(hash(text), |&n| self.text(n as usize) == text).copied()
    }

    /// The number of `text`, given it the next one if it is new.
    pub fn number(&mut self, text: &str) -> u32 {
        self.get(text).unwrap_or_else(|| self.add(text))
    }

    /// Adds a text known not to be here yet, and returns its number.
    pub fn add(&mut self, new: &str) -> u32 {
        // A catalogue within the size bound (256 MiB) holds fewer than 2^32 words and
        // bytes of distinct words.
        let n = u32::try_from(self.ends.len()).unwrap_or(u32::MAX);
        let (arena, ends) = (&self.arena, &self.ends);
        self.table.insert_unique(hash(new), n, |&m| hash(text(arena, ends, m as usize)));
        self.arena.push_str(new);
        self.ends.push(u32::try_from(self.arena.len()).unwrap_or(u32::MAX));
        n
    }
}

impl std::ops::Index<usize> for Numbered {
    type Output = str;

    fn index(&self, n: usize) -> &str {
        self.text(n)
    }
}

impl PartialEq for Numbered {
    fn eq(&self, other: &Self) -> bool {
        self.arena == other.arena && self.ends == other.ends
    }
}

#[cfg(test)]
mod tests;
