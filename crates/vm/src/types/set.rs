//! `set` and `frozenset`: methods and operators.

use crate::error::*;
use crate::object::*;
use crate::set::SetTable;
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

fn make(frozen: bool, t: SetTable) -> Value {
    if frozen {
        Value::obj(Obj::FrozenSet(t))
    } else {
        Value::obj(Obj::Set(RefCell::new(t)))
    }
}

fn insert(vm: &mut Vm, t: &mut SetTable, v: Value) -> PyResult<()> {
    let h = vm.hash(&v)?;
    if vm.set_find(t, &v, h)?.is_none() {
        t.insert_new(v, h);
    }
    Ok(())
}

fn contains(vm: &mut Vm, t: &SetTable, v: &Value) -> PyResult<bool> {
    let h = vm.hash(v)?;
    Ok(vm.set_find(t, v, h)?.is_some())
}

pub fn table_from_iter(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    if let Some(t) = table_of(vm, v) {
        return Ok(t);
    }
    let mut t = SetTable::new();
    for x in vm.iterate(v)? {
        insert(vm, &mut t, x)?;
    }
    Ok(t)
}

fn op_tables(vm: &mut Vm, a: &SetTable, b: &SetTable, op: BinOp) -> PyResult<SetTable> {
    let mut out = SetTable::new();
    match op {
        BinOp::Or => {
            out = a.clone();
            for x in b.iter() {
                insert(vm, &mut out, x.clone())?;
            }
        }
        BinOp::And => {
            let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            for x in small.iter() {
                if contains(vm, big, x)? {
                    insert(vm, &mut out, x.clone())?;
                }
            }
        }
        BinOp::Sub => {
            for x in a.iter() {
                if !contains(vm, b, x)? {
                    insert(vm, &mut out, x.clone())?;
                }
            }
        }
        BinOp::Xor => {
            for x in a.iter() {
                if !contains(vm, b, x)? {
                    insert(vm, &mut out, x.clone())?;
                }
            }
            for x in b.iter() {
                if !contains(vm, a, x)? {
                    insert(vm, &mut out, x.clone())?;
                }
            }
        }
        _ => {}
    }
    Ok(out)
}

pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(ta), Some(tb)) = (table_of(vm, a), table_of(vm, b)) else { return Ok(None) };
    let r = op_tables(vm, &ta, &tb, op)?;
    Ok(Some(make(is_frozen(a), r)))
}

pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(ta), Some(tb)) = (table_of(vm, a), table_of(vm, b)) else { return Ok(None) };
    let r = op_tables(vm, &ta, &tb, op)?;
    if let Value::Obj(o) = a {
        if let Obj::Set(s) = &**o {
            *s.borrow_mut() = r;
        }
    }
    Ok(Some(a.clone()))
}

fn subset(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for x in a.iter() {
        if !contains(vm, b, x)? {
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
                        _ => Err(type_error("descriptor requires a 'set' object")),
                    },
                    _ => Err(type_error("descriptor requires a 'set' object")),
                }
            }
            _ => Err(type_error(format!("descriptor requires a 'set' object but received '{}'", vm.type_name(v)))),
        },
        _ => Err(type_error(format!("descriptor requires a 'set' object but received '{}'", vm.type_name(v)))),
    }
}

fn new_set_like(vm: &mut Vm, args: &Args, frozen: bool) -> PyResult<Value> {
    let p = &args.pos()[1..];
    if args.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", if frozen { "frozenset" } else { "set" })));
    }
    let t = match p.first() {
        Some(src) => table_from_iter(vm, src)?,
        None => SetTable::new(),
    };
    let v = make(frozen, t);
    if let Value::Obj(c) = &args.pos()[0] {
        let builtin = if frozen { &vm.types.frozenset } else { &vm.types.set };
        if !std::rc::Rc::ptr_eq(c, builtin) {
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = v;
                }
            }
            return Ok(inst);
        }
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
    if let Some(src) = p.get(1) {
        let t = table_from_iter(vm, src)?;
        let cell = set_cell_of(vm, &p[0])?;
        *cell.borrow_mut() = t;
    }
    Ok(Value::None)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cell = set_cell_of(vm, &p[0])?;
    let mut t = cell.borrow().clone();
    insert(vm, &mut t, p[1].clone())?;
    *cell.borrow_mut() = t;
    Ok(Value::None)
}

fn remove_impl(vm: &mut Vm, args: &Args, raise: bool) -> PyResult<Value> {
    let p = args.pos();
    let cell = set_cell_of(vm, &p[0])?;
    let t = cell.borrow().clone();
    let h = vm.hash(&p[1])?;
    match vm.set_find(&t, &p[1], h)? {
        Some(slot) => {
            cell.borrow_mut().remove_at(slot);
            Ok(Value::None)
        }
        None if raise => Err(key_error(p[1].clone())),
        None => Ok(Value::None),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, &args, true)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, &args, false)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell_of(vm, &args.pos()[0])?;
    let r = cell.borrow_mut().pop_any();
    r.ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell_of(vm, &args.pos()[0])?;
    cell.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let t = table_of(vm, v).unwrap_or_default();
    Ok(make(is_frozen(v), t))
}

fn multi(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let p = args.pos();
    let mut t = table_of(vm, &p[0]).unwrap_or_default();
    for other in &p[1..] {
        let o = table_from_iter(vm, other)?;
        t = op_tables(vm, &t, &o, op)?;
    }
    Ok(make(is_frozen(&p[0]), t))
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Or)
}
fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::And)
}
fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Sub)
}
fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Xor)
}

fn multi_update(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let r = multi(vm, args, op)?;
    let cell = set_cell_of(vm, &args.pos()[0])?;
    *cell.borrow_mut() = table_of(vm, &r).unwrap_or_default();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi_update(vm, args, BinOp::Or)
}
fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi_update(vm, args, BinOp::And)
}
fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi_update(vm, args, BinOp::Sub)
}
fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi_update(vm, args, BinOp::Xor)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = table_of(vm, &args.pos()[0]).unwrap_or_default();
    let b = table_from_iter(vm, &args.pos()[1])?;
    Ok(Value::Bool(subset(vm, &a, &b)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = table_of(vm, &args.pos()[0]).unwrap_or_default();
    let b = table_from_iter(vm, &args.pos()[1])?;
    Ok(Value::Bool(subset(vm, &b, &a)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = table_of(vm, &args.pos()[0]).unwrap_or_default();
    let b = table_from_iter(vm, &args.pos()[1])?;
    for x in a.iter() {
        if contains(vm, &b, x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn s_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(table_of(vm, &args.pos()[0]).map(|t| t.len()).unwrap_or(0) as i64))
}

fn s_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = table_of(vm, &args.pos()[0]).unwrap_or_default();
    Ok(Value::Bool(vm.set_contains(&t, &args.pos()[1])?))
}

fn s_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = vm.unwrap_builtin(&args.pos()[0]);
    vm.get_iter(&v)
}

fn s_binop(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let a = vm.unwrap_builtin(&args.pos()[0]);
    let b = vm.unwrap_builtin(&args.pos()[1]);
    match set_binop(vm, &a, &b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn s_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Or)
}
fn s_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::And)
}
fn s_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Sub)
}
fn s_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_binop(vm, args, BinOp::Xor)
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
            vm.add_method(&t, "symmetric_difference_update", symmetric_difference_update);
            vm.set_class_attr(&t, "__hash__", Value::None);
        }
        vm.add_method(&t, "copy", copy);
        vm.add_method(&t, "union", union);
        vm.add_method(&t, "intersection", intersection);
        vm.add_method(&t, "difference", difference);
        vm.add_method(&t, "symmetric_difference", symmetric_difference);
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
    }
}
