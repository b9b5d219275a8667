//! The hash table behind `set` and `frozenset`.
//!
//! It follows CPython's set layout (linear probing in runs of 9, then perturbed jumps; growth
//! at 60% fill) so iteration order, and therefore printed output, matches CPython for the same
//! hashes: `{3, 1, 2}` prints as `{1, 2, 3}` in both.

use crate::dict::simple_eq;
use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    used: usize,
    fill: usize,
    /// Where `pop` resumes its scan (CPython's `finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

pub enum SetProbe {
    Found(usize),
    Missing,
    NeedsEq,
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
            finger: 0,
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    pub fn slots(&self) -> usize {
        self.table.len()
    }
    pub fn slot(&self, i: usize) -> Option<&Value> {
        match self.table.get(i) {
            Some(Slot::Full(_, v)) => Some(v),
            _ => None,
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(_, v) => Some(v),
            _ => None,
        })
    }
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(h, v) => Some((*h, v)),
            _ => None,
        })
    }
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = SetTable::new();
        self.finger = finger;
    }

    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Slots that are not empty (active entries plus dummies).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Grow (or shrink) the table ahead of merging `incoming` more keys, as CPython's
    /// `set_merge` and `set_update_internal` do.
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Merge the keys of `other` into this table when this table is empty (CPython's fast
    /// paths in `set_merge`). Returns false when the table is not empty and normal insertion
    /// (with equality checks) is needed.
    pub fn merge_into_empty(&mut self, other: &SetTable) -> bool {
        if self.fill != 0 {
            return false;
        }
        if self.mask() == other.mask() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        let mask = self.mask();
        for slot in &other.table {
            if let Slot::Full(h, k) = slot {
                let i = Self::clean_slot(&self.table, mask, *h);
                self.table[i] = Slot::Full(*h, k.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// After many removals: drop the dummies if they are more than a quarter of the table.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let minused = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(minused);
    }

    /// The empty slot `set_insert_clean` would use for `hash` in a table without dummies.
    fn clean_slot(table: &[Slot], mask: usize, hash: i64) -> usize {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                return i;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], Slot::Empty) {
                        return i + j;
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Find `key` with Rust-side equality only.
    pub fn probe(&self, key: &Value, hash: i64) -> SetProbe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut needs_eq = false;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => return if needs_eq { SetProbe::NeedsEq } else { SetProbe::Missing },
                    Slot::Full(h, k) if *h == hash => match simple_eq(k, key) {
                        Some(true) => return SetProbe::Found(i + j),
                        Some(false) => {}
                        None => needs_eq = true,
                    },
                    _ => {}
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Slots holding keys with this hash along the probe sequence (candidates for
    /// Python-level equality), in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut out = Vec::new();
        let mut steps = 0usize;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => return out,
                    Slot::Full(h, k) if *h == hash => out.push((i + j, k.clone())),
                    _ => {}
                }
            }
            steps += 1;
            if steps > self.table.len() {
                // a table with no empty slot cannot happen; stay safe anyway
                return out;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => {
                        i += j;
                        break 'outer;
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(i + j);
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        if let Some(f) = freeslot {
            self.table[f] = Slot::Full(hash, key);
            self.used += 1;
            return;
        }
        self.table[i] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        let mask = size - 1;
        for s in old {
            if let Slot::Full(h, k) = s {
                let i = Self::clean_slot(&self.table, mask, h);
                self.table[i] = Slot::Full(h, k);
            }
        }
    }

    pub fn remove_at(&mut self, slot: usize) -> Value {
        let old = std::mem::replace(&mut self.table[slot], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Full(_, k) => k,
            _ => Value::None,
        }
    }

    /// Remove and return an element, scanning from where the last pop stopped (like CPython).
    pub fn pop_any(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & self.mask();
        while !matches!(self.table[i], Slot::Full(..)) {
            i += 1;
            if i >= n {
                i = 0;
            }
        }
        self.finger = i + 1;
        Some(self.remove_at(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(items: &[i64]) -> Vec<i64> {
        let mut t = SetTable::new();
        for &i in items {
            let h = crate::hash::hash_int(i);
            if matches!(t.probe(&Value::Int(i), h), SetProbe::Missing) {
                t.insert_new(Value::Int(i), h);
            }
        }
        t.iter().map(|v| if let Value::Int(i) = v { *i } else { 0 }).collect()
    }

    #[test]
    fn small_int_order_matches_cpython() {
        // what CPython 3.11 prints for these set displays
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[33, 10, 2, 4]), vec![33, 10, 2, 4]);
        assert_eq!(order(&[100, -1, 7]), vec![100, -1, 7]);
    }

    #[test]
    fn grows_and_keeps_all_items() {
        let items: Vec<i64> = (0..1000).map(|i| i * 7919 % 1009).collect();
        let got = order(&items);
        assert_eq!(got.len(), 1000);
    }
}
