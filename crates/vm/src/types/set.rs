//! `set` and `frozenset`: methods and operators. The algorithms follow CPython's (which table
//! gets copied, which operand gets iterated, when tables are presized), so the iteration order
//! of every result matches CPython's.

use crate::builtins::{method_args, slot_args};
use crate::error::*;
use crate::object::*;
use crate::set::{SetProbe, SetTable};
use crate::value::Value;
use crate::vm::Vm;
use pyrite_compiler::{BinOp, CmpOp};
use std::cell::RefCell;

/// A snapshot of the table of a set/frozenset value (or of a set subclass instance).
pub fn table_of(vm: &Vm, v: &Value) -> Option<SetTable> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Set(s) => Some(s.borrow().clone()),
            Obj::FrozenSet(s) => Some(s.clone()),
            Obj::Instance(_) => {
                let b = vm.unwrap_builtin(v);
                if b.is(v) {
                    None
                } else {
                    table_of(vm, &b)
                }
            }
            _ => None,
        },
        _ => None,
    }
}

fn is_frozen(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Obj::FrozenSet(_)))
}

fn is_anyset(vm: &Vm, v: &Value) -> bool {
    let u = vm.unwrap_builtin(v);
    matches!(&u, Value::Obj(o) if matches!(&**o, Obj::Set(_) | Obj::FrozenSet(_)))
}

fn make(frozen: bool, t: SetTable) -> Value {
    if frozen {
        Value::obj(Obj::FrozenSet(t))
    } else {
        Value::obj(Obj::Set(RefCell::new(t)))
    }
}

/// Slot of `key` in `t`, comparing with Python equality where needed.
fn find(vm: &mut Vm, t: &SetTable, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    match t.probe(key, hash) {
        SetProbe::Found(i) => Ok(Some(i)),
        SetProbe::Missing => Ok(None),
        SetProbe::NeedsEq => {
            for (i, k) in t.candidates(hash) {
                if k.is(key) || vm.eq(&k, key)? {
                    return Ok(Some(i));
                }
            }
            Ok(None)
        }
    }
}

/// CPython's `set_add_entry`.
fn add_entry(vm: &mut Vm, t: &mut SetTable, key: Value, hash: i64) -> PyResult<()> {
    if find(vm, t, &key, hash)?.is_none() {
        t.insert_new(key, hash);
    }
    Ok(())
}

fn insert(vm: &mut Vm, t: &mut SetTable, v: Value) -> PyResult<()> {
    let h = vm.hash(&v)?;
    add_entry(vm, t, v, h)
}

/// Hash an element for lookup; an unhashable `set` is looked up as a frozenset.
fn lookup_key(vm: &mut Vm, v: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(v) {
        Ok(h) => Ok((v.clone(), h)),
        Err(e) => {
            let u = vm.unwrap_builtin(v);
            if let Value::Obj(o) = &u {
                if let Obj::Set(inner) = &**o {
                    if vm.err_matches(&e, ExcKind::TypeError) {
                        let fs = Value::obj(Obj::FrozenSet(inner.borrow().clone()));
                        let h = vm.hash(&fs)?;
                        return Ok((fs, h));
                    }
                }
            }
            Err(e)
        }
    }
}

fn contains(vm: &mut Vm, t: &SetTable, v: &Value) -> PyResult<bool> {
    let h = vm.hash(v)?;
    Ok(find(vm, t, v, h)?.is_some())
}

/// Remove `key` if present (CPython's `set_discard_entry`); true when it was found.
fn discard_entry(vm: &mut Vm, t: &mut SetTable, key: &Value, hash: i64) -> PyResult<bool> {
    match find(vm, t, key, hash)? {
        Some(i) => {
            let old = t.remove_at(i);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// CPython's `set_merge`.
fn merge(vm: &mut Vm, t: &mut SetTable, other: &SetTable) -> PyResult<()> {
    if other.is_empty() {
        return Ok(());
    }
    t.presize(other.len());
    if t.merge_into_empty(other) {
        return Ok(());
    }
    for (h, k) in other.iter_hashed() {
        add_entry(vm, t, k.clone(), h)?;
    }
    Ok(())
}

/// (hash, key) pairs of a plain dict (or dict subclass).
fn dict_pairs(vm: &Vm, v: &Value) -> Option<Vec<(i64, Value)>> {
    let u = vm.unwrap_builtin(v);
    crate::protocol::dict_cell(&u).map(|d| d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect())
}

/// CPython's `set_update_internal`: add everything from a set, dict or iterable.
fn update_internal(vm: &mut Vm, t: &mut SetTable, other: &Value) -> PyResult<()> {
    if let Some(o) = table_of(vm, other) {
        return merge(vm, t, &o);
    }
    if let Some(pairs) = dict_pairs(vm, other) {
        t.presize(pairs.len());
        for (h, k) in pairs {
            add_entry(vm, t, k, h)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        insert(vm, t, x)?;
    }
    Ok(())
}

/// A new table holding the items of any iterable (CPython's `make_new_set`).
pub fn table_from_iter(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    update_internal(vm, &mut t, v)?;
    Ok(t)
}

fn copy_table(vm: &mut Vm, t: &SetTable) -> PyResult<SetTable> {
    let mut out = SetTable::new();
    merge(vm, &mut out, t)?;
    Ok(out)
}

/// CPython's `set_intersection`.
fn intersection(vm: &mut Vm, so: &SetTable, other: &Value, same: bool) -> PyResult<SetTable> {
    if same {
        return copy_table(vm, so);
    }
    let mut result = SetTable::new();
    if let Some(ot) = table_of(vm, other) {
        let (big, small) = if ot.len() > so.len() { (&ot, so) } else { (so, &ot) };
        for (h, k) in small.iter_hashed() {
            if find(vm, big, k, h)?.is_some() {
                add_entry(vm, &mut result, k.clone(), h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if find(vm, so, &x, h)?.is_some() {
            add_entry(vm, &mut result, x, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`.
fn difference_update_internal(vm: &mut Vm, t: &mut SetTable, other: &Value, same: bool) -> PyResult<()> {
    if same {
        t.clear();
        return Ok(());
    }
    if let Some(ot) = table_of(vm, other) {
        for (h, k) in ot.iter_hashed() {
            discard_entry(vm, t, k, h)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(x) = vm.next(&it)? {
            let (k, h) = lookup_key(vm, &x)?;
            discard_entry(vm, t, &k, h)?;
        }
    }
    t.shrink_dummies();
    Ok(())
}

/// CPython's `set_difference`.
fn difference(vm: &mut Vm, so: &SetTable, other: &Value, same: bool) -> PyResult<SetTable> {
    let other_table = table_of(vm, other);
    let other_pairs = if other_table.is_none() {
        dict_pairs(vm, other)
    } else {
        None
    };
    let other_size = match (&other_table, &other_pairs) {
        (Some(t), _) => Some(t.len()),
        (None, Some(p)) => Some(p.len()),
        _ => None,
    };
    let copy_then_remove = match other_size {
        None => true,
        Some(n) => (so.len() >> 2) > n,
    };
    if copy_then_remove {
        let mut result = copy_table(vm, so)?;
        difference_update_internal(vm, &mut result, other, same)?;
        return Ok(result);
    }
    let mut result = SetTable::new();
    if let Some(ot) = other_table {
        for (h, k) in so.iter_hashed() {
            if find(vm, &ot, k, h)?.is_none() {
                add_entry(vm, &mut result, k.clone(), h)?;
            }
        }
    } else {
        let u = vm.unwrap_builtin(other);
        let Some(dc) = crate::protocol::dict_cell(&u) else {
            return Ok(result);
        };
        for (h, k) in so.iter_hashed() {
            if vm.dict_find(dc, k, h)?.is_none() {
                add_entry(vm, &mut result, k.clone(), h)?;
            }
        }
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update`.
fn symmetric_difference_update(vm: &mut Vm, t: &mut SetTable, other: &Value, same: bool) -> PyResult<()> {
    if same {
        t.clear();
        return Ok(());
    }
    let pairs: Vec<(i64, Value)> = if let Some(ot) = table_of(vm, other) {
        ot.iter_hashed().map(|(h, k)| (h, k.clone())).collect()
    } else if let Some(p) = dict_pairs(vm, other) {
        p
    } else {
        let ot = table_from_iter(vm, other)?;
        ot.iter_hashed().map(|(h, k)| (h, k.clone())).collect()
    };
    for (h, k) in pairs {
        if !discard_entry(vm, t, &k, h)? {
            add_entry(vm, t, k, h)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference`: a copy of `other`, updated with `so`.
fn symmetric_difference(vm: &mut Vm, so_val: &Value, so: &SetTable, other: &Value) -> PyResult<SetTable> {
    let mut result = table_from_iter(vm, other)?;
    symmetric_difference_update(vm, &mut result, so_val, false)?;
    let _ = so;
    Ok(result)
}

fn binop_tables(vm: &mut Vm, a: &Value, ta: &SetTable, b: &Value, op: BinOp) -> PyResult<SetTable> {
    let same = a.is(b);
    match op {
        BinOp::Or => {
            let mut r = copy_table(vm, ta)?;
            if !same {
                update_internal(vm, &mut r, b)?;
            }
            Ok(r)
        }
        BinOp::And => intersection(vm, ta, b, same),
        BinOp::Sub => difference(vm, ta, b, same),
        _ => symmetric_difference(vm, a, ta, b),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets; None (NotImplemented) unless both are sets.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !is_anyset(vm, b) {
        return Ok(None);
    }
    let Some(ta) = table_of(vm, a) else { return Ok(None) };
    let frozen = is_frozen(&vm.unwrap_builtin(a));
    let r = binop_tables(vm, a, &ta, b, op)?;
    Ok(Some(make(frozen, r)))
}

/// Run `f` on the table of a mutable set in place (taken out of its cell meanwhile).
fn with_cell<R>(
    vm: &mut Vm,
    cell: &RefCell<SetTable>,
    f: impl FnOnce(&mut Vm, &mut SetTable) -> PyResult<R>,
) -> PyResult<R> {
    let mut t = std::mem::take(&mut *cell.borrow_mut());
    let r = f(vm, &mut t);
    let added = std::mem::replace(&mut *cell.borrow_mut(), t);
    // anything added to the set while it was being updated is kept
    for v in added.iter() {
        let v = v.clone();
        let mut tt = std::mem::take(&mut *cell.borrow_mut());
        let _ = insert(vm, &mut tt, v);
        *cell.borrow_mut() = tt;
    }
    r
}

/// `a |= b` etc. for a mutable set `a`; None (NotImplemented) unless `b` is a set.
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !is_anyset(vm, b) {
        return Ok(None);
    }
    let Ok(cell) = set_cell_of(vm, a) else { return Ok(None) };
    let same = a.is(b) || vm.unwrap_builtin(a).is(&vm.unwrap_builtin(b));
    match op {
        BinOp::Or => with_cell(vm, cell, |vm, t| if same { Ok(()) } else { update_internal(vm, t, b) })?,
        BinOp::And => {
            let snapshot = cell.borrow().clone();
            let r = intersection(vm, &snapshot, b, same)?;
            *cell.borrow_mut() = r;
        }
        BinOp::Sub => with_cell(vm, cell, |vm, t| difference_update_internal(vm, t, b, same))?,
        _ => with_cell(vm, cell, |vm, t| symmetric_difference_update(vm, t, b, same))?,
    }
    Ok(Some(a.clone()))
}

fn subset(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, x) in a.iter_hashed() {
        if find(vm, b, x, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let ta = table_of(vm, a).unwrap_or_default();
    let tb = table_of(vm, b).unwrap_or_default();
    let r = match op {
        CmpOp::Eq => ta.len() == tb.len() && subset(vm, &ta, &tb)?,
        CmpOp::Ne => !(ta.len() == tb.len() && subset(vm, &ta, &tb)?),
        CmpOp::Le => subset(vm, &ta, &tb)?,
        CmpOp::Lt => ta.len() < tb.len() && subset(vm, &ta, &tb)?,
        CmpOp::Ge => subset(vm, &tb, &ta)?,
        CmpOp::Gt => ta.len() > tb.len() && subset(vm, &tb, &ta)?,
    };
    Ok(Value::Bool(r))
}

fn set_cell_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<SetTable>> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Set(s) => Ok(s),
            Obj::Instance(i) => {
                let b = i.base.as_ptr();
                // SAFETY: the base value is set once at construction and never replaced.
                match unsafe { &*b } {
                    Value::Obj(bo) => match &**bo {
                        Obj::Set(s) => Ok(s),
                        _ => Err(type_error(format!(
                            "descriptor requires a 'set' object but received a '{}'",
                            vm.type_name(v)
                        ))),
                    },
                    _ => Err(type_error(format!(
                        "descriptor requires a 'set' object but received a '{}'",
                        vm.type_name(v)
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "descriptor requires a 'set' object but received a '{}'",
                vm.type_name(v)
            ))),
        },
        _ => Err(type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The receiver of a set/frozenset method with its table snapshot.
fn this_any(vm: &Vm, args: &Args, qual: &str) -> PyResult<(Value, SetTable)> {
    let Some(v) = args.pos().first() else {
        return Err(type_error(format!("unbound method {}() needs an argument", qual)));
    };
    match table_of(vm, v) {
        Some(t) => Ok((v.clone(), t)),
        None => Err(type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
            qual.rsplit('.').next().unwrap_or(qual),
            vm.type_name(v)
        ))),
    }
}

fn new_set_like(vm: &mut Vm, args: &Args, frozen: bool) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    let Some(cls) = args.pos().first().cloned() else {
        return Err(type_error(format!("{}.__new__(): not enough arguments", name)));
    };
    let p = &args.pos()[1..];
    let builtin = if frozen {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    };
    let exact = matches!(&cls, Value::Obj(c) if std::rc::Rc::ptr_eq(c, &builtin));
    if args.has_kw() && exact {
        return Err(type_error(format!("{}() takes no keyword arguments", name)));
    }
    if p.len() > 1 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            name,
            p.len()
        )));
    }
    let t = if frozen {
        match p.first() {
            // frozenset(f) is f itself for an exact frozenset
            Some(src) if exact && is_frozen(src) => return Ok(src.clone()),
            Some(src) => table_from_iter(vm, src)?,
            None => SetTable::new(),
        }
    } else {
        // set.__init__ fills the set
        SetTable::new()
    };
    let v = make(frozen, t);
    if !exact {
        let Value::Obj(c) = &cls else {
            return Err(type_error(format!("{}.__new__(X): X is not a type object", name)));
        };
        if !matches!(&**c, Obj::Class(_)) {
            return Err(type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                name,
                vm.type_name(&cls)
            )));
        }
        let inst = crate::types::object::new_instance(vm, c);
        if let Value::Obj(io) = &inst {
            if let Obj::Instance(i) = &**io {
                *i.base.borrow_mut() = v;
            }
        }
        return Ok(inst);
    }
    Ok(v)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_set_like(vm, &args, false)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_set_like(vm, &args, true)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(selfv) = p.first() else {
        return Err(type_error("descriptor '__init__' of 'set' object needs an argument"));
    };
    let cell = set_cell_of(vm, selfv)?;
    let exact = matches!(selfv, Value::Obj(o) if matches!(&**o, Obj::Set(_)));
    if args.has_kw() && exact {
        return Err(type_error("set() takes no keyword arguments"));
    }
    if p.len() > 2 {
        return Err(type_error(format!(
            "set expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    cell.borrow_mut().clear();
    if let Some(src) = p.get(1) {
        let same = src.is(selfv);
        if !same {
            with_cell(vm, cell, |vm, t| update_internal(vm, t, src))?;
        }
    }
    Ok(Value::None)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "set.add", 1, 1)?;
    let p = args.pos();
    let cell = set_cell_of(vm, &p[0])?;
    let key = p[1].clone();
    let h = vm.hash(&key)?;
    // fast path: Rust-side equality decides
    let probe = cell.borrow().probe(&key, h);
    match probe {
        SetProbe::Found(_) => {}
        SetProbe::Missing => cell.borrow_mut().insert_new(key, h),
        SetProbe::NeedsEq => {
            if vm.set_cell_find(cell, &key, h)?.is_none() {
                cell.borrow_mut().insert_new(key, h);
            }
        }
    }
    Ok(Value::None)
}

fn remove_impl(vm: &mut Vm, args: &Args, qual: &str, raise: bool) -> PyResult<Value> {
    method_args(args, qual, 1, 1)?;
    let p = args.pos();
    let cell = set_cell_of(vm, &p[0])?;
    let (key, h) = lookup_key(vm, &p[1])?;
    match vm.set_cell_find(cell, &key, h)? {
        Some(slot) => {
            let old = cell.borrow_mut().remove_at(slot);
            drop(old);
            Ok(Value::None)
        }
        None if raise => Err(key_error(p[1].clone())),
        None => Ok(Value::None),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, &args, "set.remove", true)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, &args, "set.discard", false)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "set.pop", 0, 0)?;
    let cell = set_cell_of(vm, &args.pos()[0])?;
    let r = cell.borrow_mut().pop_any();
    r.ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "set.clear", 0, 0)?;
    let cell = set_cell_of(vm, &args.pos()[0])?;
    let old = std::mem::take(&mut *cell.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, t) = this_any(vm, &args, "set.copy")?;
    method_args(&args, "set.copy", 0, 0)?;
    if is_frozen(&v) {
        return Ok(v);
    }
    let frozen = is_frozen(&vm.unwrap_builtin(&v));
    let r = copy_table(vm, &t)?;
    Ok(make(frozen, r))
}

fn no_kwargs(args: &Args, qual: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", qual)));
    }
    Ok(())
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, t) = this_any(vm, &args, "set.union")?;
    no_kwargs(&args, "set.union")?;
    let frozen = is_frozen(&vm.unwrap_builtin(&v));
    let mut r = copy_table(vm, &t)?;
    for other in &args.pos()[1..] {
        if other.is(&v) {
            continue;
        }
        update_internal(vm, &mut r, other)?;
    }
    Ok(make(frozen, r))
}

fn intersection_multi(vm: &mut Vm, v: &Value, t: SetTable, others: &[Value]) -> PyResult<SetTable> {
    if others.is_empty() {
        return copy_table(vm, &t);
    }
    let mut result = t;
    let mut result_is_self = true;
    for other in others {
        let same = result_is_self && other.is(v);
        result = intersection(vm, &result, other, same)?;
        result_is_self = false;
    }
    Ok(result)
}

fn intersection_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, t) = this_any(vm, &args, "set.intersection")?;
    no_kwargs(&args, "set.intersection")?;
    let frozen = is_frozen(&vm.unwrap_builtin(&v));
    let r = intersection_multi(vm, &v, t, &args.pos()[1..])?;
    Ok(make(frozen, r))
}

fn difference_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, t) = this_any(vm, &args, "set.difference")?;
    no_kwargs(&args, "set.difference")?;
    let frozen = is_frozen(&vm.unwrap_builtin(&v));
    let others = &args.pos()[1..];
    if others.is_empty() {
        let r = copy_table(vm, &t)?;
        return Ok(make(frozen, r));
    }
    let mut r = difference(vm, &t, &others[0], others[0].is(&v))?;
    for other in &others[1..] {
        difference_update_internal(vm, &mut r, other, false)?;
    }
    Ok(make(frozen, r))
}

fn symmetric_difference_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, t) = this_any(vm, &args, "set.symmetric_difference")?;
    method_args(&args, "set.symmetric_difference", 1, 1)?;
    let frozen = is_frozen(&vm.unwrap_builtin(&v));
    let r = symmetric_difference(vm, &v, &t, &args.pos()[1])?;
    Ok(make(frozen, r))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(&args, "set.update")?;
    let Some(v) = args.pos().first().cloned() else {
        return Err(type_error("unbound method set.update() needs an argument"));
    };
    let cell = set_cell_of(vm, &v)?;
    for other in &args.pos()[1..] {
        if other.is(&v) {
            continue;
        }
        with_cell(vm, cell, |vm, t| update_internal(vm, t, other))?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(&args, "set.intersection_update")?;
    let Some(v) = args.pos().first().cloned() else {
        return Err(type_error("unbound method set.intersection_update() needs an argument"));
    };
    let cell = set_cell_of(vm, &v)?;
    let t = cell.borrow().clone();
    let r = intersection_multi(vm, &v, t, &args.pos()[1..])?;
    *cell.borrow_mut() = r;
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(&args, "set.difference_update")?;
    let Some(v) = args.pos().first().cloned() else {
        return Err(type_error("unbound method set.difference_update() needs an argument"));
    };
    let cell = set_cell_of(vm, &v)?;
    for other in &args.pos()[1..] {
        let same = other.is(&v);
        with_cell(vm, cell, |vm, t| difference_update_internal(vm, t, other, same))?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "set.symmetric_difference_update", 1, 1)?;
    let v = args.pos()[0].clone();
    let cell = set_cell_of(vm, &v)?;
    let other = args.pos()[1].clone();
    let same = other.is(&v);
    with_cell(vm, cell, |vm, t| symmetric_difference_update(vm, t, &other, same))?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, a) = this_any(vm, &args, "set.issubset")?;
    method_args(&args, "set.issubset", 1, 1)?;
    let b = match table_of(vm, &args.pos()[1]) {
        Some(t) => t,
        None => table_from_iter(vm, &args.pos()[1])?,
    };
    Ok(Value::Bool(subset(vm, &a, &b)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, a) = this_any(vm, &args, "set.issuperset")?;
    method_args(&args, "set.issuperset", 1, 1)?;
    let b = match table_of(vm, &args.pos()[1]) {
        Some(t) => t,
        None => table_from_iter(vm, &args.pos()[1])?,
    };
    Ok(Value::Bool(subset(vm, &b, &a)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, a) = this_any(vm, &args, "set.isdisjoint")?;
    method_args(&args, "set.isdisjoint", 1, 1)?;
    let other = args.pos()[1].clone();
    if other.is(&v) {
        return Ok(Value::Bool(a.is_empty()));
    }
    if let Some(b) = table_of(vm, &other) {
        let (small, big) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
        for (h, x) in small.iter_hashed() {
            if find(vm, big, x, h)?.is_some() {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if contains(vm, &a, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn s_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "set.__len__", 0)?;
    let u = vm.unwrap_builtin(&args.pos()[0]);
    Ok(Value::Int(match &u {
        Value::Obj(o) => match &**o {
            Obj::Set(s) => s.borrow().len(),
            Obj::FrozenSet(s) => s.len(),
            _ => {
                return Err(type_error(format!(
                    "descriptor '__len__' requires a 'set' object but received a '{}'",
                    vm.type_name(&args.pos()[0])
                )))
            }
        },
        _ => {
            return Err(type_error(format!(
                "descriptor '__len__' requires a 'set' object but received a '{}'",
                vm.type_name(&args.pos()[0])
            )))
        }
    } as i64))
}

fn s_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this_any(vm, &args, "set.__contains__")?;
    method_args(&args, "set.__contains__", 1, 1)?;
    Ok(Value::Bool(vm.set_contains(&t, &args.pos()[1])?))
}

fn s_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "set.__iter__", 0)?;
    let v = vm.unwrap_builtin(&args.pos()[0]);
    if !matches!(&v, Value::Obj(o) if matches!(&**o, Obj::Set(_) | Obj::FrozenSet(_))) {
        return Err(type_error(format!(
            "descriptor '__iter__' requires a 'set' object but received a '{}'",
            vm.type_name(&args.pos()[0])
        )));
    }
    vm.get_iter(&v)
}

fn s_binop(vm: &mut Vm, args: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    slot_args(&args, "set.__op__", 1)?;
    let (a, b) = if reflected {
        (args.pos()[1].clone(), args.pos()[0].clone())
    } else {
        (args.pos()[0].clone(), args.pos()[1].clone())
    };
    if !is_anyset(vm, &a) || !is_anyset(vm, &b) {
        return Ok(vm.not_implemented.clone());
    }
    match set_binop(vm, &a, &b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn s_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Or, false)
}
fn s_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::And, false)
}
fn s_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Sub, false)
}
fn s_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Xor, false)
}
fn s_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Or, true)
}
fn s_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::And, true)
}
fn s_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Sub, true)
}
fn s_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Xor, true)
}

fn s_inplace(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    slot_args(&args, "set.__iop__", 1)?;
    let (a, b) = (args.pos()[0].clone(), args.pos()[1].clone());
    match set_inplace(vm, &a, &b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn s_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_inplace(vm, args, BinOp::Or)
}
fn s_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_inplace(vm, args, BinOp::And)
}
fn s_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_inplace(vm, args, BinOp::Sub)
}
fn s_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_inplace(vm, args, BinOp::Xor)
}

fn s_compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    slot_args(&args, "set.__cmp__", 1)?;
    let (a, b) = (args.pos()[0].clone(), args.pos()[1].clone());
    if !is_anyset(vm, &a) || !is_anyset(vm, &b) {
        return Ok(vm.not_implemented.clone());
    }
    set_compare(vm, &a, &b, op)
}
fn s_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, CmpOp::Eq)
}
fn s_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, CmpOp::Ne)
}
fn s_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, CmpOp::Lt)
}
fn s_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, CmpOp::Le)
}
fn s_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, CmpOp::Gt)
}
fn s_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, CmpOp::Ge)
}

pub fn init(vm: &mut Vm) {
    for (t, frozen) in [(vm.types.set.clone(), false), (vm.types.frozenset.clone(), true)] {
        if frozen {
            vm.add_staticmethod(&t, "__new__", frozenset_new);
        } else {
            vm.add_staticmethod(&t, "__new__", set_new);
            vm.add_method(&t, "__init__", set_init);
            vm.add_method(&t, "add", add);
            vm.add_method(&t, "remove", remove);
            vm.add_method(&t, "discard", discard);
            vm.add_method(&t, "pop", pop);
            vm.add_method(&t, "clear", clear);
            vm.add_method(&t, "update", update);
            vm.add_method(&t, "intersection_update", intersection_update);
            vm.add_method(&t, "difference_update", difference_update);
            vm.add_method(&t, "symmetric_difference_update", symmetric_difference_update_m);
            vm.add_method(&t, "__ior__", s_ior);
            vm.add_method(&t, "__iand__", s_iand);
            vm.add_method(&t, "__isub__", s_isub);
            vm.add_method(&t, "__ixor__", s_ixor);
            vm.set_class_attr(&t, "__hash__", Value::None);
        }
        vm.add_method(&t, "copy", copy);
        vm.add_method(&t, "union", union);
        vm.add_method(&t, "intersection", intersection_m);
        vm.add_method(&t, "difference", difference_m);
        vm.add_method(&t, "symmetric_difference", symmetric_difference_m);
        vm.add_method(&t, "issubset", issubset);
        vm.add_method(&t, "issuperset", issuperset);
        vm.add_method(&t, "isdisjoint", isdisjoint);
        vm.add_method(&t, "__len__", s_len);
        vm.add_method(&t, "__contains__", s_contains);
        vm.add_method(&t, "__iter__", s_iter);
        vm.add_method(&t, "__or__", s_or);
        vm.add_method(&t, "__and__", s_and);
        vm.add_method(&t, "__sub__", s_sub);
        vm.add_method(&t, "__xor__", s_xor);
        vm.add_method(&t, "__ror__", s_ror);
        vm.add_method(&t, "__rand__", s_rand);
        vm.add_method(&t, "__rsub__", s_rsub);
        vm.add_method(&t, "__rxor__", s_rxor);
        vm.add_method(&t, "__eq__", s_eq);
        vm.add_method(&t, "__ne__", s_ne);
        vm.add_method(&t, "__lt__", s_lt);
        vm.add_method(&t, "__le__", s_le);
        vm.add_method(&t, "__gt__", s_gt);
        vm.add_method(&t, "__ge__", s_ge);
    }
}
