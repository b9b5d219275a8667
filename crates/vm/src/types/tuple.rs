//! `tuple`: immutable sequences.

use super::slice::{seq_index, slice_items};
use crate::builtins::{method_args, slot_args};
use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

pub fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Tuple(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

fn items_of(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match tuple_items(v) {
        Some(t) => Ok(t.to_vec()),
        None => {
            let b = vm.unwrap_builtin(v);
            tuple_items(&b)
                .map(|t| t.to_vec())
                .ok_or_else(|| type_error("descriptor requires a 'tuple' object"))
        }
    }
}

pub fn tuple_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let items = items_of(vm, obj)?;
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            // a full forward slice of an exact tuple is the tuple itself, as in CPython
            let (start, _, step, count) = super::slice::slice_indices(vm, s, items.len())?;
            if start == 0 && step == 1 && count == items.len() && tuple_items(obj).is_some() {
                return Ok(obj.clone());
            }
            let picked = slice_items(vm, s, &items)?;
            return Ok(vm.new_tuple(picked));
        }
    }
    let i = seq_index(vm, key, items.len(), "tuple")?;
    Ok(items[i].clone())
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kw() {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    if p.len() > 2 {
        return Err(type_error(format!(
            "tuple expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    if let (Some(src), Value::Obj(c)) = (p.get(1), &p[0]) {
        // tuple(t) of an exact tuple is t itself
        if std::rc::Rc::ptr_eq(c, &vm.types.tuple) && tuple_items(src).is_some() {
            return Ok(src.clone());
        }
    }
    let items = match p.get(1) {
        Some(src) => vm.iterate(src)?,
        None => vec![],
    };
    let t = vm.new_tuple(items);
    if let Value::Obj(c) = &p[0] {
        if !std::rc::Rc::ptr_eq(c, &vm.types.tuple) {
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = t;
                }
            }
            return Ok(inst);
        }
    }
    Ok(t)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "tuple.index", 1, 3)?;
    let p = args.pos();
    let items = items_of(vm, &p[0])?;
    let n = items.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = match p.get(2) {
        Some(v) => norm(vm.index_value(v)?),
        None => 0,
    };
    let stop = match p.get(3) {
        Some(v) => norm(vm.index_value(v)?),
        None => n,
    };
    for i in start..stop {
        let v = &items[i as usize];
        if v.is(&p[1]) || vm.eq(v, &p[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "tuple.count", 1, 1)?;
    let p = args.pos();
    let items = items_of(vm, &p[0])?;
    let mut c = 0;
    for v in &items {
        if v.is(&p[1]) || vm.eq(v, &p[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn t_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "tuple.__len__", 0)?;
    Ok(Value::Int(items_of(vm, &args.pos()[0])?.len() as i64))
}

fn t_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "tuple.__getitem__", 1, 1)?;
    let p = args.pos();
    tuple_getitem(vm, &p[0], &p[1])
}

fn t_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "tuple.__iter__", 0)?;
    let items = items_of(vm, &args.pos()[0])?;
    let t = vm.new_tuple(items);
    vm.get_iter(&t)
}

fn t_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "tuple.__hash__", 0)?;
    let items = items_of(vm, &args.pos()[0])?;
    let t = vm.new_tuple(items);
    Ok(Value::Int(vm.hash(&t)?))
}

fn t_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "tuple.__getnewargs__", 0, 0)?;
    let items = items_of(vm, &args.pos()[0])?;
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![t]))
}

/// Whether `v` can be a repeat count (an int or an object with `__index__`).
pub fn is_index_like(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Float(_) | Value::None | Value::Null => false,
        Value::Obj(o) => match &**o {
            Obj::BigInt(_) => true,
            Obj::Instance(_) => {
                let c = vm.class_of(v);
                crate::types::class::lookup(vm, &c, "__index__").is_some()
            }
            _ => false,
        },
    }
}

fn is_tuple(v: &Value) -> bool {
    tuple_items(v).is_some()
}

fn t_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "tuple.__add__", 1)?;
    let a = vm.unwrap_builtin(&args.pos()[0]);
    let b = vm.unwrap_builtin(&args.pos()[1]);
    if !is_tuple(&a) {
        return Err(type_error(format!(
            "descriptor '__add__' requires a 'tuple' object but received a '{}'",
            vm.type_name(&args.pos()[0])
        )));
    }
    if !is_tuple(&b) {
        return Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args.pos()[1])
        )));
    }
    vm.binary_op(&a, &b, pyrite_compiler::BinOp::Add)
}

fn t_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "tuple.__mul__", 1)?;
    let a = vm.unwrap_builtin(&args.pos()[0]);
    let b = args.pos()[1].clone();
    if !is_tuple(&a) {
        return Err(type_error(format!(
            "descriptor '__mul__' requires a 'tuple' object but received a '{}'",
            vm.type_name(&args.pos()[0])
        )));
    }
    if !is_index_like(vm, &b) {
        return Ok(vm.not_implemented.clone());
    }
    vm.binary_op(&a, &b, pyrite_compiler::BinOp::Mul)
}

fn t_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "tuple.__contains__", 1)?;
    let items = items_of(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    for v in &items {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_staticmethod(&t, "__new__", tuple_new);
    vm.add_method(&t, "index", index);
    vm.add_method(&t, "count", count);
    vm.add_method(&t, "__len__", t_len);
    vm.add_method(&t, "__getitem__", t_getitem);
    vm.add_method(&t, "__iter__", t_iter);
    vm.add_method(&t, "__hash__", t_hash);
    vm.add_method(&t, "__getnewargs__", t_getnewargs);
    vm.add_method(&t, "__add__", t_add);
    vm.add_method(&t, "__mul__", t_mul);
    vm.add_method(&t, "__rmul__", t_mul);
    vm.add_method(&t, "__contains__", t_contains);
    for (name, f) in crate::rich_compare_methods!(is_tuple) {
        vm.add_method(&t, name, f);
    }
}
