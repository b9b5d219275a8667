//! The insertion-ordered hash table behind `dict`, instance `__dict__`s and namespaces.
//!
//! Entries live in a dense vector in insertion order (deleted ones become holes); an open
//! addressing index maps hashes to entry positions. Key equality that needs Python code
//! (`__eq__` of user classes) is not done here: `probe` reports `NeedsEq` and the caller
//! compares the candidate keys without holding a borrow of the table (see `vm::dict_ops`).

use crate::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    indices: Vec<i32>,
    len: usize,
}

/// Result of a lookup that only uses Rust-side equality.
pub enum Probe {
    Found(usize),
    Missing,
    /// Some candidate key with the same hash needs a Python-level `__eq__`.
    NeedsEq,
}

/// Equality of keys that can be decided without running Python code.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use crate::object::Obj;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y && (*y as i64) == *x)
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => Some(*x as i64 as f64 == *y),
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Some(true);
            }
            match (&**x, &**y) {
                (Obj::Str(s), Obj::Str(t)) => Some(s.as_str() == t.as_str()),
                (Obj::BigInt(s), Obj::BigInt(t)) => Some(s == t),
                (Obj::Bytes(s), Obj::Bytes(t)) => Some(s == t),
                (Obj::Tuple(s), Obj::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        match simple_eq(p, q) {
                            Some(true) => {}
                            other => return other,
                        }
                    }
                    Some(true)
                }
                (Obj::Instance(_), _) | (_, Obj::Instance(_)) => None,
                (Obj::Str(_), _) | (_, Obj::Str(_)) => Some(false),
                _ => None,
            }
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &**o {
            Obj::Instance(_) => None,
            Obj::BigInt(_) | Obj::Complex(..) => None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict {
            entries: Vec::with_capacity(n),
            indices: Vec::new(),
            len: 0,
        };
        d.rebuild_index((n * 3 / 2).max(8).next_power_of_two());
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of entry slots, including holes (for index-based iteration).
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at slot `i`, if any.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }

    pub fn entry_mut(&mut self, i: usize) -> &mut Entry {
        &mut self.entries[i]
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn clear(&mut self) {
        *self = Dict::default();
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Find `key` using only Rust-side equality.
    pub fn probe(&self, key: &Value, hash: i64) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut needs_eq = false;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if needs_eq { Probe::NeedsEq } else { Probe::Missing };
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    match simple_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => needs_eq = true,
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Entry positions whose hash equals `hash` (candidates for Python-level equality).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.key.is_null() && e.hash == hash)
            .map(|(i, e)| (i, e.key.clone()))
            .collect()
    }

    /// The value at entry `i` if its key is the very same str object as `key` (inline caches).
    #[inline]
    pub fn value_if_key_at(&self, i: usize, key: &str) -> Option<&Value> {
        let e = self.entries.get(i)?;
        match e.key.as_str() {
            Some(k) if std::ptr::eq(k.as_ptr(), key.as_ptr()) && k.len() == key.len() => Some(&e.value),
            _ => None,
        }
    }

    /// Entry index of a str key with a known hash: the one probe loop behind every
    /// namespace lookup (interned names usually match by pointer, others by text).
    #[inline]
    pub fn index_of_str(&self, key: &str, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if let Some(k) = e.key.as_str() {
                        if k.len() == key.len() && (k.as_ptr() == key.as_ptr() || k == key) {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Fast lookup for string keys (namespaces).
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.get_str_hashed(key, crate::hash::hash_str(key))
    }

    /// Lookup by a str `Value` whose hash is known (interned names).
    #[inline]
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<&Value> {
        self.index_of_str(key, hash).map(|i| &self.entries[i].value)
    }

    /// Set the value of the entry at `pos`.
    pub fn set_at(&mut self, pos: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[pos].value, value)
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            let want = ((self.len + 1) * 3).max(8).next_power_of_two();
            self.compact();
            self.rebuild_index(want);
        }
        let pos = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.place(hash, pos);
        self.len += 1;
    }

    /// Insert or replace a str key (no Python equality involved).
    pub fn set_str(&mut self, key: Value, value: Value) {
        let Some(ks) = key.as_pystr() else {
            let hash = 0;
            return match self.probe(&key, hash) {
                Probe::Found(i) => self.entries[i].value = value,
                _ => self.insert_new(key, hash, value),
            };
        };
        let hash = ks.hash();
        if let Some(i) = self.index_of_str(ks.as_str(), hash) {
            self.entries[i].value = value;
            return;
        }
        self.insert_new(key, hash, value)
    }

    /// Remove the entry at `pos`, returning (key, value).
    pub fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        let e = &mut self.entries[pos];
        let hash = e.hash;
        let key = std::mem::replace(&mut e.key, Value::Null);
        let value = std::mem::replace(&mut e.value, Value::Null);
        // mark the index slot as dummy
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == pos as i32 {
                self.indices[i] = DUMMY;
                break;
            }
            if ix == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            for s in self.indices.iter_mut() {
                *s = EMPTY;
            }
        }
        (key, value)
    }

    /// Remove a str key if present.
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let hash = crate::hash::hash_str(key);
        let k = Value::str(key);
        match self.probe(&k, hash) {
            Probe::Found(i) => Some(self.remove_at(i).1),
            _ => None,
        }
    }

    /// Remove and return the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let pos = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let r = self.remove_at(pos);
        self.entries.truncate(pos);
        Some(r)
    }

    fn compact(&mut self) {
        if self.entries.len() != self.len {
            self.entries.retain(|e| !e.key.is_null());
        }
    }

    fn rebuild_index(&mut self, size: usize) {
        self.indices = vec![EMPTY; size];
        for pos in 0..self.entries.len() {
            let h = self.entries[pos].hash;
            self.place(h, pos);
        }
    }

    fn place(&mut self, hash: i64, pos: usize) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = pos as i32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Value {
        Value::str(s)
    }

    #[test]
    fn keeps_insertion_order_across_deletes_and_growth() {
        let mut d = Dict::new();
        for i in 0..100 {
            d.set_str(key(&format!("k{}", i)), Value::Int(i));
        }
        for i in (0..100).step_by(2) {
            assert!(d.remove_str(&format!("k{}", i)).is_some());
        }
        d.set_str(key("k0"), Value::Int(-1));
        let keys: Vec<String> = d.iter().map(|e| e.key.as_str().unwrap().to_string()).collect();
        assert_eq!(keys.len(), 51);
        assert_eq!(keys[0], "k1");
        assert_eq!(keys[49], "k99");
        assert_eq!(keys[50], "k0");
        assert!(matches!(d.get_str("k0"), Some(Value::Int(-1))));
        assert!(d.get_str("k2").is_none());
    }

    #[test]
    fn numeric_keys_compare_across_types() {
        let mut d = Dict::new();
        d.insert_new(Value::Int(1), crate::hash::hash_int(1), key("one"));
        assert!(matches!(
            d.probe(&Value::Float(1.0), crate::hash::hash_float(1.0)),
            Probe::Found(_)
        ));
        assert!(matches!(d.probe(&Value::Bool(true), 1), Probe::Found(_)));
        assert!(matches!(d.probe(&Value::Int(2), 2), Probe::Missing));
    }

    #[test]
    fn pop_last_returns_newest() {
        let mut d = Dict::new();
        d.set_str(key("a"), Value::Int(1));
        d.set_str(key("b"), Value::Int(2));
        let (k, _) = d.pop_last().unwrap();
        assert_eq!(k.as_str(), Some("b"));
        assert_eq!(d.len(), 1);
    }
}
