//! The object protocols the interpreter relies on: truth, length, hashing, equality and rich
//! comparison, item access, membership, iteration, and dict/set primitives. Builtin layouts are
//! handled in Rust; instances of user classes dispatch to their dunder methods.

use crate::dict::{Dict, Probe};
use crate::error::*;
use crate::object::*;
use crate::set::{SetProbe, SetTable};
use crate::types::class::lookup;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use pyrite_compiler::CmpOp;
use std::cell::RefCell;
use std::cmp::Ordering;

impl Vm {
    /// Call a dunder found on the class of `obj` with `obj` as first argument. None if absent.
    pub fn call_dunder(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        match lookup(self, &cls, name) {
            Some(f) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                let f = match &f {
                    Value::Obj(o) => match &**o {
                        Obj::StaticMethod(s) => {
                            all.remove(0);
                            s.clone()
                        }
                        Obj::ClassMethod(c) => {
                            all[0] = Value::Obj(cls.clone());
                            c.clone()
                        }
                        Obj::Function(_) => f.clone(),
                        Obj::Native(n) if n.owner.is_some() => f.clone(),
                        _ => {
                            let bound = self.descr_get(&f, obj, &cls)?;
                            all.remove(0);
                            return self.call_value(&bound, &all).map(Some);
                        }
                    },
                    _ => f.clone(),
                };
                self.call_value(&f, &all).map(Some)
            }
            None => Ok(None),
        }
    }

    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::None | Value::Null => false,
            Value::Obj(o) => match &**o {
                Obj::Str(s) => !s.as_str().is_empty(),
                Obj::List(l) => !l.borrow().is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.borrow().is_empty(),
                Obj::Set(s) => !s.borrow().is_empty(),
                Obj::FrozenSet(s) => !s.is_empty(),
                Obj::BigInt(_) => true,
                Obj::Complex(r, i) => *r != 0.0 || *i != 0.0,
                Obj::Bytes(b) => !b.is_empty(),
                Obj::ByteArray(b) => !b.borrow().is_empty(),
                Obj::Range(r) => !crate::types::range::range_is_empty(r),
                Obj::Instance(_) => {
                    if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => Err(type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                        return Ok(self.len_result(r)? != 0);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Int(_) => Err(value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b as usize),
            _ => {
                let n = self.index_int(&r)?;
                let n = self.unwrap_builtin(&n);
                let neg = match &n {
                    Value::Int(i) => *i < 0,
                    Value::Obj(o) => matches!(&**o, Obj::BigInt(b) if num_traits::Signed::is_negative(b)),
                    _ => false,
                };
                if neg {
                    return Err(value_error("__len__() should return >= 0"));
                }
                let n = self.index_ssize(&n, Some(crate::error::ExcKind::OverflowError))?;
                Ok(n as usize)
            }
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match &**o {
                Obj::Str(s) => return Ok(s.char_len()),
                Obj::List(l) => return Ok(l.borrow().len()),
                Obj::Tuple(t) => return Ok(t.len()),
                Obj::Dict(d) => return Ok(d.borrow().len()),
                Obj::Set(s) => return Ok(s.borrow().len()),
                Obj::FrozenSet(s) => return Ok(s.len()),
                Obj::Bytes(b) => return Ok(b.len()),
                Obj::ByteArray(b) => return Ok(b.borrow().len()),
                Obj::Range(r) => return crate::types::range::range_len_checked(r),
                Obj::Instance(_) | Obj::Class(_) => {
                    if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                        return self.len_result(r);
                    }
                }
                _ => {}
            }
        }
        Err(type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::hash::*;
        Ok(match v {
            Value::Int(i) => hash_int(*i),
            Value::Bool(b) => *b as i64,
            Value::Float(f) => hash_float(*f),
            Value::None | Value::Null => 0x5a5a_5a5a,
            Value::Obj(o) => match &**o {
                Obj::Str(s) => s.hash(),
                Obj::BigInt(b) => hash_bigint(b),
                Obj::Bytes(b) => hash_bytes(b),
                Obj::Tuple(t) => {
                    let mut hs = Vec::with_capacity(t.len());
                    for x in t.iter() {
                        hs.push(self.hash(x)?);
                    }
                    hash_tuple(hs.into_iter(), t.len())
                }
                Obj::FrozenSet(s) => frozenset_hash(s),
                Obj::Range(r) => return crate::types::range::range_hash_value(self, r),
                Obj::Complex(r, i) => {
                    let h = hash_float(*r).wrapping_add(1000003i64.wrapping_mul(hash_float(*i)));
                    if h == -1 {
                        -2
                    } else {
                        h
                    }
                }
                Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) | Obj::Slice(_) => {
                    return Err(type_error(format!("unhashable type: '{}'", self.type_name(v))));
                }
                Obj::Instance(_) | Obj::Class(_) | Obj::Opaque(_) => {
                    let cls = self.class_of(v);
                    match lookup(self, &cls, "__hash__") {
                        Some(Value::None) => {
                            return Err(type_error(format!("unhashable type: '{}'", self.type_name(v))))
                        }
                        Some(f) if !self.is_native_named(&f, "object.__hash__") => {
                            let r = self.call_special(&f, v, &[])?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b as i64),
                                Value::Obj(ref bo) if matches!(&**bo, Obj::BigInt(_)) => {
                                    if let Obj::BigInt(b) = &**bo {
                                        Ok(hash_bigint(b))
                                    } else {
                                        unreachable!()
                                    }
                                }
                                _ => Err(type_error("__hash__ method should return an integer")),
                            };
                        }
                        _ => (v.id() >> 4).wrapping_mul(1) as i64,
                    }
                }
                _ => v.id() >> 4,
            },
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::dict::simple_eq(a, b) {
            // identical objects are equal except NaN floats
            if let (Value::Float(x), Value::Float(_)) = (a, b) {
                if x.is_nan() {
                    return Ok(false);
                }
            }
            return Ok(r);
        }
        if a.is(b) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.is_true(&r)
    }

    /// Rich comparison with the reflected-operand rules.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(r);
        }
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let a_user = matches!(a, Value::Obj(o) if matches!(&**o, Obj::Instance(_) | Obj::Class(_) | Obj::Opaque(_)));
        let b_user = matches!(b, Value::Obj(o) if matches!(&**o, Obj::Instance(_) | Obj::Class(_) | Obj::Opaque(_)));
        let mut tried_reflected = false;
        if b_user && !std::rc::Rc::ptr_eq(&ca, &cb) && crate::types::class::is_subclass(&cb, &ca) {
            if let Some(r) = self.try_cmp_dunder(b, a, op.swapped())? {
                return Ok(r);
            }
            tried_reflected = true;
        }
        if a_user {
            if let Some(r) = self.try_cmp_dunder(a, b, op)? {
                return Ok(r);
            }
        }
        if b_user && !tried_reflected {
            if let Some(r) = self.try_cmp_dunder(b, a, op.swapped())? {
                return Ok(r);
            }
        }
        // builtin base values of subclass instances
        let ua = self.unwrap_builtin(a);
        let ub = self.unwrap_builtin(b);
        if !ua.is(a) || !ub.is(b) {
            if let Some(r) = self.builtin_compare(&ua, &ub, op)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn try_cmp_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        let cls = self.class_of(a);
        let Some(f) = lookup(self, &cls, op.dunder()) else {
            return Ok(None);
        };
        if let Value::Obj(fo) = &f {
            if let Obj::Native(_) = &**fo {
                // inherited builtin comparison (object.__eq__ etc.)
                if self.is_native_named(&f, &format!("object.{}", op.dunder())) {
                    if op == CmpOp::Ne {
                        // object.__ne__ inverts __eq__
                        if let Some(eqf) = lookup(self, &cls, "__eq__") {
                            if !self.is_native_named(&eqf, "object.__eq__") {
                                let r = self.call_special(&eqf, a, &[b.clone()])?;
                                if is_not_implemented(&r) {
                                    return Ok(None);
                                }
                                let t = self.is_true(&r)?;
                                return Ok(Some(Value::Bool(!t)));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        let r = self.call_special(&f, a, &[b.clone()])?;
        if is_not_implemented(&r) {
            Ok(None)
        } else {
            Ok(Some(r))
        }
    }

    /// Whether instances of `cls` wrapping `base` stand for that value: true for subclasses
    /// of builtin types, false for builtin wrappers like dict views and memoryview.
    fn wraps_own_base(&self, cls: &ObjRef, base: &Value) -> bool {
        match &**cls {
            Obj::Class(c) if c.builtin => {
                let bc = self.class_of(base);
                c.mro.borrow().iter().any(|m| std::rc::Rc::ptr_eq(m, &bc))
            }
            _ => true,
        }
    }

    /// For instances of subclasses of builtin types, the wrapped builtin value.
    pub fn unwrap_builtin(&self, v: &Value) -> Value {
        if let Value::Obj(o) = v {
            if let Obj::Instance(i) = &**o {
                let b = i.base.borrow();
                // instances of builtin classes that wrap another object (dict views,
                // memoryview) are not that object
                if !b.is_null() && self.wraps_own_base(&i.class.borrow(), &b) {
                    return b.clone();
                }
            }
        }
        v.clone()
    }

    /// Comparison of builtin values; None means NotImplemented.
    pub fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        if let Some(ord) = quick_cmp(a, b) {
            return Ok(Some(Value::Bool(cmp_ord(op, ord))));
        }
        if let Some(ord) = crate::ops::numeric_cmp(a, b) {
            return Ok(Some(Value::Bool(match ord {
                Some(o) => cmp_ord(op, o),
                None => op == CmpOp::Ne, // NaN
            })));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(match (a, b, op) {
                (Value::None, Value::None, CmpOp::Eq) => Some(Value::Bool(true)),
                (Value::None, Value::None, CmpOp::Ne) => Some(Value::Bool(false)),
                _ => None,
            });
        };
        match (&**x, &**y) {
            (Obj::Str(s), Obj::Str(t)) => Ok(Some(Value::Bool(cmp_ord(op, s.as_str().cmp(t.as_str()))))),
            (Obj::Bytes(s), Obj::Bytes(t)) => Ok(Some(Value::Bool(cmp_ord(op, s.cmp(t))))),
            (Obj::ByteArray(s), Obj::ByteArray(t)) => Ok(Some(Value::Bool(cmp_ord(
                op,
                s.borrow().as_slice().cmp(t.borrow().as_slice()),
            )))),
            (Obj::Bytes(s), Obj::ByteArray(t)) => Ok(Some(Value::Bool(cmp_ord(op, (&**s).cmp(t.borrow().as_slice()))))),
            (Obj::ByteArray(s), Obj::Bytes(t)) => Ok(Some(Value::Bool(cmp_ord(op, s.borrow().as_slice().cmp(t))))),
            (Obj::List(l), Obj::List(m)) => {
                let l = l.borrow().clone();
                let m = m.borrow().clone();
                self.seq_compare(&l, &m, op).map(Some)
            }
            // tuples are immutable: compare in place (a and b keep them alive)
            (Obj::Tuple(l), Obj::Tuple(m)) => self.seq_compare(l, m, op).map(Some),
            (Obj::Dict(d), Obj::Dict(e)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let r = self.dict_eq(d, e)?;
                    Ok(Some(Value::Bool(r == (op == CmpOp::Eq))))
                }
                _ => Ok(None),
            },
            (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                crate::types::set::set_compare(self, a, b, op).map(Some)
            }
            (Obj::Range(r), Obj::Range(s)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let eq = crate::types::range::range_eq(r, s);
                    Ok(Some(Value::Bool(eq == (op == CmpOp::Eq))))
                }
                _ => Ok(None),
            },
            (Obj::Slice(s), Obj::Slice(t)) => {
                let (l, m) = (s.to_vec(), t.to_vec());
                self.seq_compare(&l, &m, op).map(Some)
            }
            (Obj::Complex(a1, b1), Obj::Complex(a2, b2)) => match op {
                CmpOp::Eq => Ok(Some(Value::Bool(a1 == a2 && b1 == b2))),
                CmpOp::Ne => Ok(Some(Value::Bool(!(a1 == a2 && b1 == b2)))),
                _ => Ok(None),
            },
            (Obj::Instance(_), _)
            | (_, Obj::Instance(_))
            | (Obj::Class(_), _)
            | (_, Obj::Class(_))
            | (Obj::Opaque(_), _)
            | (_, Obj::Opaque(_)) => Ok(None),
            (Obj::Cell(c), Obj::Cell(d)) => {
                let (c, d) = (c.borrow().clone(), d.borrow().clone());
                self.compare(&c, &d, op).map(Some)
            }
            (Obj::BoundMethod(s1, f1), Obj::BoundMethod(s2, f2)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let e = s1.is(s2) && f1.is(f2);
                Ok(Some(Value::Bool(e == (op == CmpOp::Eq))))
            }
            _ => match op {
                CmpOp::Eq => Ok(Some(Value::Bool(a.is(b)))),
                CmpOp::Ne => Ok(Some(Value::Bool(!a.is(b)))),
                _ => Ok(None),
            },
        }
    }

    fn seq_compare(&mut self, l: &[Value], m: &[Value], op: CmpOp) -> PyResult<Value> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && l.len() != m.len() {
            return Ok(Value::Bool(op == CmpOp::Ne));
        }
        for (x, y) in l.iter().zip(m.iter()) {
            if x.is(y) {
                continue;
            }
            // common element types decide without the general protocol
            if let Some(ord) = quick_cmp(x, y) {
                if ord == Ordering::Equal {
                    continue;
                }
                return Ok(Value::Bool(cmp_ord(op, ord)));
            }
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(x, y, op),
                };
            }
        }
        Ok(Value::Bool(cmp_ord(op, l.len().cmp(&m.len()))))
    }

    fn dict_eq(&mut self, d: &RefCell<Dict>, e: &RefCell<Dict>) -> PyResult<bool> {
        if d.borrow().len() != e.borrow().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = d.borrow().iter().map(|x| (x.key.clone(), x.value.clone())).collect();
        for (k, v) in items {
            let other = self.dict_lookup(e, &k)?;
            match other {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ----- dict primitives -----

    /// Find the entry slot of `key` in a dict table.
    pub fn dict_find(&mut self, d: &RefCell<Dict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let probe = d.borrow().probe(key, hash);
        match probe {
            Probe::Found(i) => Ok(Some(i)),
            Probe::Missing => Ok(None),
            Probe::NeedsEq => {
                let cands = d.borrow().candidates(hash);
                for (i, k) in cands {
                    if k.is(key) || self.eq(&k, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_lookup(&mut self, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => Ok(d.borrow().entry(i).map(|e| e.value.clone())),
            None => Ok(None),
        }
    }

    pub fn dict_insert(&mut self, d: &RefCell<Dict>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.dict_find(d, &key, h)? {
            Some(i) => {
                let old = d.borrow_mut().set_at(i, value);
                drop(old);
            }
            None => d.borrow_mut().insert_new(key, h, value),
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => Ok(Some(d.borrow_mut().remove_at(i).1)),
            None => Ok(None),
        }
    }

    /// Set an item on a dict value (or a dict subclass instance).
    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        match dict_cell(d) {
            Some(dc) => self.dict_insert(dc, key, value),
            None => self.setitem(d, key, value),
        }
    }

    /// `dict.update(src)` / `dict(src)` / `d |= src`: merge from a mapping or an iterable of pairs.
    pub fn dict_update_arg(&mut self, d: &Value, src: &Value) -> PyResult<()> {
        self.dict_update_impl(d, src, false, true)
    }

    /// Merge a mapping into `d`: `{**src}` (`merge_call` false: "'x' object is not a mapping")
    /// or `f(**src)` (`merge_call` true: string keys, no duplicates).
    pub fn dict_update_from(&mut self, d: &Value, src: &Value, merge_call: bool) -> PyResult<()> {
        self.dict_update_impl(d, src, merge_call, false)
    }

    fn dict_update_impl(&mut self, d: &Value, src: &Value, merge_call: bool, pairs_ok: bool) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match dict_cell(src) {
            Some(sd) => sd.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
            None => {
                if self.has_attr(src, "keys") {
                    let keys_f = self.getattr(src, &Value::str("keys"))?;
                    let keys = self.call_value(&keys_f, &[])?;
                    let mut out = Vec::new();
                    for k in self.iterate(&keys)? {
                        let v = self.getitem(src, &k)?;
                        out.push((k, v));
                    }
                    out
                } else if merge_call {
                    return Err(type_error(format!(
                        "func() argument after ** must be a mapping, not {}",
                        self.type_name(src)
                    )));
                } else if !pairs_ok {
                    return Err(type_error(format!("'{}' object is not a mapping", self.type_name(src))));
                } else {
                    let mut out = Vec::new();
                    for (i, item) in self.iterate(src)?.into_iter().enumerate() {
                        let kv = match self.iterate(&item) {
                            Ok(kv) => kv,
                            Err(_) => {
                                return Err(type_error(format!(
                                    "cannot convert dictionary update sequence element #{} to a sequence",
                                    i
                                )))
                            }
                        };
                        if kv.len() != 2 {
                            return Err(value_error(format!(
                                "dictionary update sequence element #{} has length {}; 2 is required",
                                i,
                                kv.len()
                            )));
                        }
                        out.push((kv[0].clone(), kv[1].clone()));
                    }
                    out
                }
            }
        };
        let dc = dict_cell(d).ok_or_else(|| type_error("expected dict"))?;
        for (k, v) in pairs {
            if merge_call {
                if k.as_str().is_none() {
                    return Err(type_error("keywords must be strings"));
                }
                if self.dict_lookup(dc, &k)?.is_some() {
                    return Err(type_error(format!(
                        "func() got multiple values for keyword argument '{}'",
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            self.dict_insert(dc, k, v)?;
        }
        Ok(())
    }

    // ----- set primitives -----

    pub fn set_find(&mut self, s: &SetTable, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        match s.probe(key, hash) {
            SetProbe::Found(i) => Ok(Some(i)),
            SetProbe::Missing => Ok(None),
            SetProbe::NeedsEq => {
                for (i, k) in s.candidates(hash) {
                    if k.is(key) || self.eq(&k, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    /// Find `key` in a live set table without copying it; Python-level `__eq__` calls happen
    /// with the table unborrowed.
    pub fn set_cell_find(&mut self, cell: &RefCell<SetTable>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let probe = cell.borrow().probe(key, hash);
        match probe {
            SetProbe::Found(i) => Ok(Some(i)),
            SetProbe::Missing => Ok(None),
            SetProbe::NeedsEq => {
                let cands = cell.borrow().candidates(hash);
                for (i, k) in cands {
                    if k.is(key) || self.eq(&k, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn set_add(&mut self, s: &Value, item: Value) -> PyResult<()> {
        let h = self.hash(&item)?;
        let Some(cell) = set_cell(s) else {
            return Err(type_error("expected set"));
        };
        let probe = cell.borrow().probe(&item, h);
        let present = match probe {
            SetProbe::Found(_) => true,
            SetProbe::Missing => false,
            SetProbe::NeedsEq => {
                // Python-level __eq__ may run: compare candidates without holding the borrow
                let cands = cell.borrow().candidates(h);
                let mut found = false;
                for (_, k) in cands {
                    if k.is(&item) || self.eq(&k, &item)? {
                        found = true;
                        break;
                    }
                }
                found
            }
        };
        if !present {
            cell.borrow_mut().insert_new(item, h);
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: &SetTable, item: &Value) -> PyResult<bool> {
        let h = match self.hash(item) {
            Ok(h) => h,
            Err(e) => {
                // set.__contains__ retries unhashable sets as frozensets
                if let Value::Obj(o) = item {
                    if let Obj::Set(inner) = &**o {
                        let fs = Value::obj(Obj::FrozenSet(inner.borrow().clone()));
                        let h = self.hash(&fs)?;
                        return Ok(self.set_find(s, &fs, h)?.is_some());
                    }
                }
                return Err(e);
            }
        };
        Ok(self.set_find(s, item, h)?.is_some())
    }

    // ----- items -----

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            match &**o {
                Obj::List(l) => {
                    if let Value::Int(i) = key {
                        let l = l.borrow();
                        let n = l.len() as i64;
                        let j = if *i < 0 { i + n } else { *i };
                        if j < 0 || j >= n {
                            return Err(index_error("list index out of range"));
                        }
                        return Ok(l[j as usize].clone());
                    }
                    return crate::types::list::list_getitem(self, obj, key);
                }
                Obj::Tuple(t) => {
                    if let Value::Int(i) = key {
                        let n = t.len() as i64;
                        let j = if *i < 0 { i + n } else { *i };
                        if j < 0 || j >= n {
                            return Err(index_error("tuple index out of range"));
                        }
                        return Ok(t[j as usize].clone());
                    }
                    return crate::types::tuple::tuple_getitem(self, obj, key);
                }
                Obj::Dict(d) => {
                    if let Some(v) = self.dict_lookup(d, key)? {
                        return Ok(v);
                    }
                    return Err(key_error(key.clone()));
                }
                Obj::Str(_) => return crate::types::str::str_getitem(self, obj, key),
                Obj::Bytes(_) | Obj::ByteArray(_) => return crate::types::bytes::bytes_getitem(self, obj, key),
                Obj::Range(_) => return crate::types::range::range_getitem(self, obj, key),
                Obj::Class(_) => {
                    // a metaclass __getitem__ comes first
                    if let Some(r) = self.call_dunder(obj, "__getitem__", &[key.clone()])? {
                        return Ok(r);
                    }
                    // __class_getitem__ (generic aliases like list[int])
                    if let Some(f) = self.lookup_class_attr_value(obj, "__class_getitem__")? {
                        return self.call_value(&f, &[key.clone()]);
                    }
                    if let Obj::Class(c) = &**o {
                        if c.builtin {
                            return Ok(crate::types::generic_alias(self, obj, key));
                        }
                    }
                    let name = match &**o {
                        Obj::Class(c) => c.name.borrow().to_string(),
                        _ => String::new(),
                    };
                    return Err(type_error(format!("type '{}' is not subscriptable", name)));
                }
                Obj::Instance(i) => {
                    if let Some(r) = self.call_dunder(obj, "__getitem__", &[key.clone()])? {
                        return Ok(r);
                    }
                    let base = i.base.borrow().clone();
                    if !base.is_null() {
                        return self.getitem(&base, key);
                    }
                }
                _ => {}
            }
        }
        Err(type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match &**o {
                Obj::List(_) => return crate::types::list::list_setitem(self, obj, key, value),
                Obj::Dict(d) => return self.dict_insert(d, key, value),
                Obj::ByteArray(_) => return crate::types::bytes::bytearray_setitem(self, obj, key, value),
                Obj::Instance(_) => {
                    if self.call_dunder(obj, "__setitem__", &[key, value])?.is_some() {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        )))
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match &**o {
                Obj::List(_) => return crate::types::list::list_delitem(self, obj, key),
                Obj::Dict(d) => {
                    return match self.dict_remove(d, key)? {
                        Some(_) => Ok(()),
                        None => Err(key_error(key.clone())),
                    }
                }
                Obj::ByteArray(_) => return crate::types::bytes::bytearray_delitem(self, obj, key),
                Obj::Instance(_) => {
                    if self.call_dunder(obj, "__delitem__", &[key.clone()])?.is_some() {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj)
        )))
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &**o {
                Obj::Str(s) => {
                    return match item.as_str() {
                        Some(t) => Ok(s.as_str().contains(t)),
                        None => Err(type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ))),
                    }
                }
                Obj::List(l) => {
                    // index by index: `__eq__` may run Python code that mutates the list
                    let mut i = 0;
                    loop {
                        let x = match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => return Ok(false),
                        };
                        if x.is(item) || self.eq(&x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Obj::Tuple(t) => {
                    for x in t.iter() {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Obj::Dict(d) => return Ok(self.dict_lookup(d, item)?.is_some()),
                Obj::Set(cell) => {
                    let h = match self.hash(item) {
                        Ok(h) => h,
                        Err(e) => {
                            // unhashable sets are looked up as frozensets, like CPython
                            if let Value::Obj(io) = item {
                                if let Obj::Set(inner) = &**io {
                                    let fs = Value::obj(Obj::FrozenSet(inner.borrow().clone()));
                                    let h = self.hash(&fs)?;
                                    return Ok(self.set_cell_find(cell, &fs, h)?.is_some());
                                }
                            }
                            return Err(e);
                        }
                    };
                    return Ok(self.set_cell_find(cell, item, h)?.is_some());
                }
                Obj::FrozenSet(s) => return self.set_contains(s, item),
                Obj::Range(r) => return crate::types::range::range_contains(self, r, item),
                Obj::Bytes(_) | Obj::ByteArray(_) => return crate::types::bytes::bytes_contains(self, container, item),
                Obj::Instance(_) => {
                    let cls = self.class_of(container);
                    if let Some(f) = lookup(self, &cls, "__contains__") {
                        if f.is_none() {
                            return Err(type_error(format!(
                                "'{}' object is not a container",
                                self.type_name(container)
                            )));
                        }
                    }
                    if let Some(r) = self.call_dunder(container, "__contains__", &[item.clone()])? {
                        return self.is_true(&r);
                    }
                }
                _ => {}
            }
        }
        // fall back to iteration
        if !self.has_iter(container) {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, crate::error::ExcKind::TypeError) => {
                return Err(type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ----- iteration -----

    pub fn has_iter(&mut self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Obj::Str(_)
                | Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Range(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::Iter(_)
                | Obj::Generator(_) => true,
                _ => {
                    let cls = self.class_of(v);
                    lookup(self, &cls, "__iter__").is_some() || lookup(self, &cls, "__getitem__").is_some()
                }
            },
            _ => false,
        }
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let st = match v {
            Value::Obj(o) => match &**o {
                Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
                Obj::Str(_) => IterState::Str { s: v.clone(), byte: 0 },
                Obj::Range(r) => {
                    if r.big.is_some() {
                        return Ok(crate::types::range::range_iter(v, r));
                    }
                    IterState::Range {
                        next: r.start,
                        stop: r.stop,
                        step: r.step,
                    }
                }
                Obj::Dict(d) => IterState::DictKeys {
                    dict: v.clone(),
                    index: 0,
                    len: d.borrow().len(),
                },
                Obj::Set(s) => IterState::Set {
                    set: v.clone(),
                    index: 0,
                    len: s.borrow().len(),
                },
                Obj::FrozenSet(s) => IterState::Set {
                    set: v.clone(),
                    index: 0,
                    len: s.len(),
                },
                Obj::Iter(_) | Obj::Generator(_) => return Ok(v.clone()),
                _ => return self.get_iter_slow(v),
            },
            _ => return self.get_iter_slow(v),
        };
        Ok(Value::obj(Obj::Iter(RefCell::new(st))))
    }

    fn get_iter_slow(&mut self, v: &Value) -> PyResult<Value> {
        let cls = self.class_of(v);
        if let Some(f) = lookup(self, &cls, "__iter__") {
            if f.is_none() {
                return Err(type_error(format!("'{}' object is not iterable", self.type_name(v))));
            }
            let it = self.call_special(&f, v, &[])?;
            let ic = self.class_of(&it);
            let is_native_iter = matches!(&it, Value::Obj(o) if matches!(&**o, Obj::Iter(_) | Obj::Generator(_)));
            if !is_native_iter && lookup(self, &ic, "__next__").is_none() {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if lookup(self, &cls, "__getitem__").is_some() {
            return Ok(Value::obj(Obj::Iter(RefCell::new(IterState::GetItem {
                obj: v.clone(),
                index: 0,
            }))));
        }
        if let Value::Obj(o) = v {
            if let Obj::Instance(i) = &**o {
                let base = i.base.borrow().clone();
                if !base.is_null() {
                    return self.get_iter(&base);
                }
            }
        }
        Err(type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// Advance an iterator: Some(item), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &**o {
                Obj::Iter(st) => return crate::types::iter::iter_next(self, st),
                Obj::File(_) => return crate::io::stream_next(self, it),
                Obj::Generator(_) => {
                    return match self.gen_resume(it, Value::None, None)? {
                        Ok(v) => Ok(Some(v)),
                        Err(r) => {
                            self.stop_value = r;
                            Ok(None)
                        }
                    };
                }
                _ => {}
            }
        }
        let cls = self.class_of(it);
        let Some(f) = lookup(self, &cls, "__next__") else {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match self.call_special(&f, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.err_matches(&e, ExcKind::StopIteration) {
                    let exc = self.normalize(e);
                    self.stop_value = self.stop_iteration_value(&exc);
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Collect all items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match &**o {
                Obj::List(l) => return Ok(l.borrow().clone()),
                Obj::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let ec = self.class_of(exc);
        match ty {
            Value::Obj(o) => match &**o {
                Obj::Class(_) => {
                    if !crate::types::class::is_subclass(o, &self.exc_class(ExcKind::BaseException)) {
                        return Err(type_error(
                            "catching classes that do not inherit from BaseException is not allowed",
                        ));
                    }
                    Ok(crate::types::class::is_subclass(&ec, o))
                }
                Obj::Tuple(t) => {
                    for x in t.iter() {
                        if self.exception_matches(exc, x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            },
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    // ----- match statement helpers -----

    pub fn is_mapping_for_match(&mut self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Obj::Dict(_) => true,
                Obj::Instance(i) => {
                    let b = i.base.borrow();
                    if matches!(&*b, Value::Obj(bo) if matches!(&**bo, Obj::Dict(_))) {
                        return true;
                    }
                    drop(b);
                    let cls = self.class_of(v);
                    crate::types::class::mro_has_name(&cls, "Mapping")
                }
                _ => false,
            },
            _ => false,
        }
    }

    pub fn is_sequence_for_match(&mut self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) => true,
                Obj::Instance(i) => {
                    let b = i.base.borrow();
                    if matches!(&*b, Value::Obj(bo) if matches!(&**bo, Obj::List(_) | Obj::Tuple(_))) {
                        return true;
                    }
                    drop(b);
                    let cls = self.class_of(v);
                    crate::types::class::mro_has_name(&cls, "Sequence")
                }
                _ => false,
            },
            _ => false,
        }
    }

    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.iterate(keys)?;
        let mut vals = Vec::new();
        for k in keys {
            let r = if let Some(d) = dict_cell(subject) {
                self.dict_lookup(d, &k)?
            } else {
                match self.getitem(subject, &k) {
                    Ok(v) => Some(v),
                    Err(e) if self.err_matches(&e, ExcKind::KeyError) => None,
                    Err(e) => return Err(e),
                }
            };
            match r {
                Some(v) => vals.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(vals))
    }

    pub fn dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let d = self.new_dict();
        self.dict_update_from(&d, subject, false)?;
        for k in self.iterate(keys)? {
            if let Some(dc) = dict_cell(&d) {
                self.dict_remove(dc, &k)?;
            }
        }
        Ok(d)
    }

    pub fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let Value::Obj(co) = cls else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !matches!(&**co, Obj::Class(_)) {
            return Err(type_error("called match pattern must be a type"));
        }
        if !self.isinstance(subject, cls)? {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let match_args = self.lookup_class_attr_value(cls, "__match_args__")?;
            let self_match = {
                let c = co.clone();
                let t = &self.types;
                [
                    &t.bool_,
                    &t.bytearray,
                    &t.bytes,
                    &t.dict,
                    &t.float,
                    &t.frozenset,
                    &t.int,
                    &t.list,
                    &t.set,
                    &t.str,
                    &t.tuple,
                ]
                .iter()
                .any(|b| crate::types::class::is_subclass(&c, b))
            };
            match match_args {
                Some(ma) => {
                    let names_list = match &ma {
                        Value::Obj(o) if matches!(&**o, Obj::Tuple(_)) => self.iterate(&ma)?,
                        _ => {
                            return Err(type_error(format!(
                                "{}.__match_args__ must be a tuple (got {})",
                                crate::vm::class_name(co),
                                self.type_name(&ma)
                            )))
                        }
                    };
                    if npos > names_list.len() {
                        return Err(type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            crate::vm::class_name(co),
                            names_list.len(),
                            if names_list.len() == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                    for n in &names_list[..npos] {
                        match self.getattr(subject, n) {
                            Ok(v) => out.push(v),
                            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => return Ok(Value::None),
                            Err(e) => return Err(e),
                        }
                    }
                }
                None if self_match => {
                    if npos > 1 {
                        return Err(type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({} given)",
                            crate::vm::class_name(co),
                            npos
                        )));
                    }
                    out.push(subject.clone());
                }
                None => {
                    return Err(type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({} given)",
                        crate::vm::class_name(co),
                        npos
                    )));
                }
            }
        }
        let kw_names = self.iterate(names)?;
        for (i, n) in kw_names.iter().enumerate() {
            if kw_names[..i].iter().any(|m| m.as_str() == n.as_str()) {
                return Err(type_error(format!(
                    "{}() got multiple sub-patterns for attribute {}",
                    crate::vm::class_name(co),
                    self.repr_string(n)?
                )));
            }
        }
        let mut pos_names: Vec<Value> = Vec::new();
        if npos > 0 {
            if let Some(ma) = self.lookup_class_attr_value(cls, "__match_args__")? {
                if let Ok(items) = self.iterate(&ma) {
                    pos_names = items.into_iter().take(npos).collect();
                }
            }
        }
        for n in &kw_names {
            if pos_names.iter().any(|m| m.as_str() == n.as_str()) {
                return Err(type_error(format!(
                    "{}() got multiple sub-patterns for attribute {}",
                    crate::vm::class_name(co),
                    self.repr_string(n)?
                )));
            }
        }
        for n in kw_names {
            let n = &n;
            match self.getattr(subject, n) {
                Ok(v) => out.push(v),
                Err(e) if self.err_matches(&e, ExcKind::AttributeError) => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// Look an attribute up on a class value (through its MRO), binding nothing.
    pub fn lookup_class_attr_value(&mut self, cls: &Value, name: &str) -> PyResult<Option<Value>> {
        match cls {
            Value::Obj(o) if matches!(&**o, Obj::Class(_)) => {
                if lookup(self, o, name).is_some() {
                    return self.getattr(cls, &Value::str(name)).map(Some);
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }
}

/// Ordering of two values of the same simple type (ints, non-NaN floats, strs), if they are.
#[inline]
pub fn quick_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
            (Obj::Str(s), Obj::Str(t)) => Some(s.as_str().cmp(t.as_str())),
            _ => None,
        },
        _ => None,
    }
}

pub fn cmp_ord(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Obj::NotImplemented))
}

pub fn dict_cell(v: &Value) -> Option<&RefCell<Dict>> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

pub fn set_cell(v: &Value) -> Option<&RefCell<SetTable>> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Set(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn frozenset_hash(s: &SetTable) -> i64 {
    // CPython's frozenset hash: shuffle each element hash, xor, then mix in the length.
    let mut hash: u64 = 0;
    for (h, _) in s.iter_hashed() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    if s.len() & 1 == 1 {
        // nothing: CPython xors in the empty-slot hashes; approximation
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

#[allow(dead_code)]
fn _unused(_: ObjRef) {}
