//! `dict` methods and the keys/values/items views.

use crate::dict::Dict;
use crate::error::*;
use crate::object::*;
use crate::protocol::dict_cell;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// The dict table of a dict or dict-subclass instance.
pub fn this_dict<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Dict>> {
    if let Some(d) = dict_cell(v) {
        return Ok(d);
    }
    if let Value::Obj(o) = v {
        if let Obj::Instance(i) = &**o {
            let b = i.base.as_ptr();
            // SAFETY: the base value is set once at construction and never replaced.
            if let Some(d) = dict_cell(unsafe { &*b }) {
                return Ok(d);
            }
        }
    }
    Err(type_error(format!("descriptor requires a 'dict' object but received a '{}'", vm.type_name(v))))
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = vm.new_dict();
    if let Value::Obj(c) = &args.pos()[0] {
        if !std::rc::Rc::ptr_eq(c, &vm.types.dict) {
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = d;
                }
            }
            return Ok(inst);
        }
    }
    Ok(d)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let selfv = p[0].clone();
    if p.len() > 2 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", p.len() - 1)));
    }
    let target = match dict_cell(&selfv) {
        Some(_) => selfv.clone(),
        None => vm.unwrap_builtin(&selfv),
    };
    if let Some(src) = p.get(1) {
        vm.dict_update_from(&target, src, false)?;
    }
    for (k, v) in args.kw() {
        vm.dict_set(&target, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    if p.len() < 2 {
        return Err(type_error("get expected at least 1 argument, got 0"));
    }
    Ok(vm.dict_lookup(d, &p[1])?.unwrap_or_else(|| p.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    if let Some(v) = vm.dict_lookup(d, &p[1])? {
        return Ok(v);
    }
    let dflt = p.get(2).cloned().unwrap_or(Value::None);
    vm.dict_insert(d, p[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    match vm.dict_remove(d, &p[1])? {
        Some(v) => Ok(v),
        None => match p.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(key_error(p[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args.pos()[0])?;
    let r = d.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, &args, 0)
}
fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, &args, 1)
}
fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, &args, 2)
}

/// Dict views are instances of the view classes wrapping the dict in `base`.
fn view(vm: &mut Vm, args: &Args, kind: u8) -> PyResult<Value> {
    let selfv = args.pos()[0].clone();
    let d = if dict_cell(&selfv).is_some() { selfv } else { vm.unwrap_builtin(&selfv) };
    let cls = match kind {
        0 => vm.types.dict_keys.clone(),
        1 => vm.types.dict_values.clone(),
        _ => vm.types.dict_items.clone(),
    };
    Ok(Value::obj(Obj::Instance(Instance { class: RefCell::new(cls), dict: None, exc: None, base: RefCell::new(d) })))
}

fn view_dict(v: &Value) -> Value {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Instance(i) => i.base.borrow().clone(),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn view_kind(vm: &Vm, v: &Value) -> u8 {
    let c = vm.class_of(v);
    if std::rc::Rc::ptr_eq(&c, &vm.types.dict_keys) {
        0
    } else if std::rc::Rc::ptr_eq(&c, &vm.types.dict_values) {
        1
    } else {
        2
    }
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let d = view_dict(v);
    let len = dict_cell(&d).map(|c| c.borrow().len()).unwrap_or(0);
    let st = match view_kind(vm, v) {
        0 => IterState::DictKeys { dict: d, index: 0, len },
        1 => IterState::DictValues { dict: d, index: 0, len },
        _ => IterState::DictItems { dict: d, index: 0, len },
    };
    Ok(super::iter::new_iter(st))
}

fn view_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = view_dict(&args.pos()[0]);
    Ok(Value::Int(dict_cell(&d).map(|c| c.borrow().len()).unwrap_or(0) as i64))
}

fn view_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let it = view_iter(vm, Args::new(std::slice::from_ref(v)))?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let items = view_list(vm, &v)?;
    let l = vm.new_list(items);
    let inner = vm.repr_string(&l)?;
    let name = vm.type_name(&v);
    Ok(Value::string(format!("{}({})", name, inner)))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let item = &args.pos()[1];
    let d = view_dict(v);
    match view_kind(vm, v) {
        0 => Ok(Value::Bool(vm.contains(&d, item)?)),
        1 => {
            let vals = view_list(vm, v)?;
            let l = vm.new_list(vals);
            Ok(Value::Bool(vm.contains(&l, item)?))
        }
        _ => {
            let Some(pair) = crate::types::tuple::tuple_items(item).map(|t| t.to_vec()) else { return Ok(Value::Bool(false)) };
            if pair.len() != 2 {
                return Ok(Value::Bool(false));
            }
            let dc = dict_cell(&d).unwrap();
            match vm.dict_lookup(dc, &pair[0])? {
                Some(val) => Ok(Value::Bool(vm.eq(&val, &pair[1])?)),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

fn view_as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = view_list(vm, v)?;
    let s = Value::obj(Obj::Set(RefCell::new(crate::set::SetTable::new())));
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

fn view_binop(vm: &mut Vm, args: Args, op: pyrite_compiler::BinOp) -> PyResult<Value> {
    let a = view_as_set(vm, &args.pos()[0])?;
    let b = args.pos()[1].clone();
    let bs = if crate::protocol::set_cell(&b).is_some() { b } else {
        let items = vm.iterate(&b)?;
        let s = Value::obj(Obj::Set(RefCell::new(crate::set::SetTable::new())));
        for it in items {
            vm.set_add(&s, it)?;
        }
        s
    };
    vm.binary_op(&a, &bs, op)
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::And)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Or)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Sub)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Xor)
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    if view_kind(vm, &v) == 1 {
        return Ok(Value::Bool(v.is(&args.pos()[1])));
    }
    let a = view_as_set(vm, &v)?;
    let other = args.pos()[1].clone();
    let b = match &other {
        Value::Obj(o) if matches!(&**o, Obj::Set(_) | Obj::FrozenSet(_)) => other.clone(),
        Value::Obj(o) if matches!(&**o, Obj::Instance(_)) => view_as_set(vm, &other)?,
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut items = view_list(vm, &args.pos()[0])?;
    items.reverse();
    let l = vm.new_list(items);
    vm.get_iter(&l)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let selfv = p[0].clone();
    let target = if dict_cell(&selfv).is_some() { selfv } else { vm.unwrap_builtin(&selfv) };
    if let Some(src) = p.get(1) {
        vm.dict_update_from(&target, src, false)?;
    }
    for (k, v) in args.kw() {
        vm.dict_set(&target, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args.pos()[0])?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args.pos()[0])?;
    let c = d.borrow().clone();
    Ok(Value::obj(Obj::Dict(RefCell::new(c))))
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = p[0].clone();
    let d = vm.call_value(&cls, &[])?;
    let val = p.get(2).cloned().unwrap_or(Value::None);
    for k in vm.iterate(&p[1])? {
        vm.setitem(&d, k, val.clone())?;
    }
    Ok(d)
}

fn d_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args.pos()[0])?;
    Ok(Value::Int(d.borrow().len() as i64))
}

fn d_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    if let Some(v) = vm.dict_lookup(d, &p[1])? {
        return Ok(v);
    }
    // __missing__ on subclasses
    if !matches!(&p[0], Value::Obj(o) if matches!(&**o, Obj::Dict(_))) {
        if let Some(r) = vm.call_dunder(&p[0], "__missing__", &[p[1].clone()])? {
            return Ok(r);
        }
    }
    Err(key_error(p[1].clone()))
}

fn d_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    vm.dict_insert(d, p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    match vm.dict_remove(d, &p[1])? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(p[1].clone())),
    }
}

fn d_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    Ok(Value::Bool(vm.dict_lookup(d, &p[1])?.is_some()))
}

fn d_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let selfv = args.pos()[0].clone();
    let d = if dict_cell(&selfv).is_some() { selfv } else { vm.unwrap_builtin(&selfv) };
    vm.get_iter(&d)
}

fn d_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args.pos()[0])?;
    let mut keys = d.borrow().keys();
    keys.reverse();
    let l = vm.new_list(keys);
    vm.get_iter(&l)
}

fn d_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let a = vm.unwrap_builtin(&p[0]);
    let b = vm.unwrap_builtin(&p[1]);
    if dict_cell(&b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    vm.binary_op(&a, &b, pyrite_compiler::BinOp::Or)
}

fn d_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let a = vm.unwrap_builtin(&p[0]);
    let b = vm.unwrap_builtin(&p[1]);
    if dict_cell(&b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_staticmethod(&t, "__new__", dict_new);
    vm.add_method(&t, "__init__", dict_init);
    vm.add_method(&t, "get", get);
    vm.add_method(&t, "setdefault", setdefault);
    vm.add_method(&t, "pop", pop);
    vm.add_method(&t, "popitem", popitem);
    vm.add_method(&t, "keys", keys);
    vm.add_method(&t, "values", values);
    vm.add_method(&t, "items", items);
    vm.add_method(&t, "update", update);
    vm.add_method(&t, "clear", clear);
    vm.add_method(&t, "copy", copy);
    vm.add_classmethod(&t, "fromkeys", fromkeys);
    vm.add_method(&t, "__len__", d_len);
    vm.add_method(&t, "__getitem__", d_getitem);
    vm.add_method(&t, "__setitem__", d_setitem);
    vm.add_method(&t, "__delitem__", d_delitem);
    vm.add_method(&t, "__contains__", d_contains);
    vm.add_method(&t, "__iter__", d_iter);
    vm.add_method(&t, "__reversed__", d_reversed);
    vm.add_method(&t, "__or__", d_or);
    vm.add_method(&t, "__eq__", d_eq);
    vm.set_class_attr(&t, "__hash__", Value::None);
    for cls in [vm.types.dict_keys.clone(), vm.types.dict_values.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&cls, "__iter__", view_iter);
        vm.add_method(&cls, "__len__", view_len);
        vm.add_method(&cls, "__repr__", view_repr);
        vm.add_method(&cls, "__contains__", view_contains);
        vm.add_method(&cls, "__reversed__", view_reversed);
        vm.add_method(&cls, "__eq__", view_eq);
        vm.set_class_attr(&cls, "__hash__", Value::None);
    }
    for cls in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&cls, "__and__", view_and);
        vm.add_method(&cls, "__or__", view_or);
        vm.add_method(&cls, "__sub__", view_sub);
        vm.add_method(&cls, "__xor__", view_xor);
        vm.add_method(&cls, "__rand__", view_and);
        vm.add_method(&cls, "__ror__", view_or);
    }
}
