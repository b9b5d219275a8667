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
        SetTable { table: vec![Slot::Empty; MIN_SIZE], used: 0, fill: 0 }
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
        *self = SetTable::new();
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
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

    /// Slots holding keys with this hash (candidates for Python-level equality).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        self.table
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match s {
                Slot::Full(h, k) if *h == hash => Some((i, k.clone())),
                _ => None,
            })
            .collect()
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
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
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
                let mut perturb = h as u64;
                let mut i = (h as u64 as usize) & mask;
                'find: loop {
                    if matches!(self.table[i], Slot::Empty) {
                        break 'find;
                    }
                    if i + LINEAR_PROBES <= mask {
                        let mut found = false;
                        for _ in 0..LINEAR_PROBES {
                            i += 1;
                            if matches!(self.table[i], Slot::Empty) {
                                found = true;
                                break;
                            }
                        }
                        if found {
                            break 'find;
                        }
                    }
                    perturb >>= 5;
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
                }
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

    /// Remove and return some element (CPython pops from a moving finger; we take the first).
    pub fn pop_any(&mut self) -> Option<Value> {
        let i = self.table.iter().position(|s| matches!(s, Slot::Full(..)))?;
        Some(self.remove_at(i))
    }
}
