//! `dict` methods and the keys/values/items views.

use crate::builtins::{method_args, slot_args};
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
    Err(type_error(format!(
        "descriptor requires a 'dict' object but received a '{}'",
        vm.type_name(v)
    )))
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = vm.new_dict();
    let Some(cls) = args.pos().first() else {
        return Err(type_error("dict.__new__(): not enough arguments"));
    };
    if let Value::Obj(c) = cls {
        if !std::rc::Rc::ptr_eq(c, &vm.types.dict) {
            if !matches!(&**c, Obj::Class(_)) {
                return Err(type_error(format!(
                    "dict.__new__(X): X is not a type object ({})",
                    vm.type_name(cls)
                )));
            }
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

/// The plain dict behind a dict or dict-subclass instance (as a value).
fn target_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    if dict_cell(v).is_some() {
        return Ok(v.clone());
    }
    let b = vm.unwrap_builtin(v);
    if dict_cell(&b).is_some() {
        return Ok(b);
    }
    Err(type_error(format!(
        "descriptor requires a 'dict' object but received a '{}'",
        vm.type_name(v)
    )))
}

fn update_common(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    let p = args.pos();
    if p.is_empty() {
        return Err(type_error(format!(
            "descriptor '{}' of 'dict' object needs an argument",
            name
        )));
    }
    if p.len() > 2 {
        let what = if name == "__init__" { "dict" } else { "update" };
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            what,
            p.len() - 1
        )));
    }
    let target = target_dict(vm, &p[0])?;
    if let Some(src) = p.get(1) {
        vm.dict_update_arg(&target, src)?;
    }
    for (k, v) in args.kw() {
        vm.dict_set(&target, Value::str(k), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_common(vm, &args, "__init__")?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.get", 1, 2)?;
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    Ok(vm
        .dict_lookup(d, &p[1])?
        .unwrap_or_else(|| p.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.setdefault", 1, 2)?;
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
    method_args(&args, "dict.pop", 1, 2)?;
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
    method_args(&args, "dict.popitem", 0, 0)?;
    let d = this_dict(vm, &args.pos()[0])?;
    let r = d.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.keys", 0, 0)?;
    view(vm, &args, 0)
}
fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.values", 0, 0)?;
    view(vm, &args, 1)
}
fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.items", 0, 0)?;
    view(vm, &args, 2)
}

/// Dict views are instances of the view classes wrapping the dict in `base`.
fn view(vm: &mut Vm, args: &Args, kind: u8) -> PyResult<Value> {
    let d = target_dict(vm, &args.pos()[0])?;
    let cls = match kind {
        0 => vm.types.dict_keys.clone(),
        1 => vm.types.dict_values.clone(),
        _ => vm.types.dict_items.clone(),
    };
    Ok(Value::obj(Obj::Instance(Instance {
        class: RefCell::new(cls),
        dict: None,
        exc: None,
        base: RefCell::new(d),
    })))
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

/// 0 keys, 1 values, 2 items; None for anything that is not a dict view.
fn view_kind_of(vm: &Vm, v: &Value) -> Option<u8> {
    if !matches!(v, Value::Obj(o) if matches!(&**o, Obj::Instance(_))) {
        return None;
    }
    let c = vm.class_of(v);
    if std::rc::Rc::ptr_eq(&c, &vm.types.dict_keys) {
        Some(0)
    } else if std::rc::Rc::ptr_eq(&c, &vm.types.dict_values) {
        Some(1)
    } else if std::rc::Rc::ptr_eq(&c, &vm.types.dict_items) {
        Some(2)
    } else {
        None
    }
}

fn this_view(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, u8)> {
    match args.pos().first() {
        Some(v) => match view_kind_of(vm, v) {
            Some(k) => Ok((v.clone(), k)),
            None => Err(type_error(format!(
                "descriptor '{}' requires a dict view object but received a '{}'",
                name,
                vm.type_name(v)
            ))),
        },
        None => Err(type_error(format!(
            "descriptor '{}' of dict view object needs an argument",
            name
        ))),
    }
}

fn view_iter_of(vm: &mut Vm, v: &Value, kind: u8) -> Value {
    let _ = vm;
    let d = view_dict(v);
    let len = dict_cell(&d).map(|c| c.borrow().len()).unwrap_or(0);
    let st = match kind {
        0 => IterState::DictKeys { dict: d, index: 0, len },
        1 => IterState::DictValues { dict: d, index: 0, len },
        _ => IterState::DictItems { dict: d, index: 0, len },
    };
    super::iter::new_iter(st)
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, k) = this_view(vm, &args, "__iter__")?;
    slot_args(&args, "dict_keys.__iter__", 0)?;
    Ok(view_iter_of(vm, &v, k))
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = this_view(vm, &args, "__len__")?;
    slot_args(&args, "dict_keys.__len__", 0)?;
    let d = view_dict(&v);
    Ok(Value::Int(dict_cell(&d).map(|c| c.borrow().len()).unwrap_or(0) as i64))
}

fn view_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let k = view_kind_of(vm, v).unwrap_or(0);
    let it = view_iter_of(vm, v, k);
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = this_view(vm, &args, "__repr__")?;
    let d = view_dict(&v);
    let key = match &d {
        Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
        _ => 0,
    };
    let name = vm.type_name(&v);
    if vm.repr_stack.contains(&key) {
        return Ok(Value::string(format!("{}(...)", name)));
    }
    let items = view_list(vm, &v)?;
    let l = vm.new_list(items);
    vm.repr_stack.push(key);
    let inner = vm.repr_string(&l);
    vm.repr_stack.retain(|k| *k != key);
    Ok(Value::string(format!("{}({})", name, inner?)))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, kind) = this_view(vm, &args, "__contains__")?;
    slot_args(&args, "dict_keys.__contains__", 1)?;
    let item = &args.pos()[1];
    let d = view_dict(&v);
    match kind {
        0 => Ok(Value::Bool(vm.contains(&d, item)?)),
        1 => {
            let vals = view_list(vm, &v)?;
            let l = vm.new_list(vals);
            Ok(Value::Bool(vm.contains(&l, item)?))
        }
        _ => {
            let Some(pair) = crate::types::tuple::tuple_items(item).map(|t| t.to_vec()) else {
                return Ok(Value::Bool(false));
            };
            if pair.len() != 2 {
                return Ok(Value::Bool(false));
            }
            let Some(dc) = dict_cell(&d) else {
                return Ok(Value::Bool(false));
            };
            match vm.dict_lookup(dc, &pair[0])? {
                Some(val) => Ok(Value::Bool(val.is(&pair[1]) || vm.eq(&val, &pair[1])?)),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

/// A new set holding the items of any iterable (views included).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = match view_kind_of(vm, v) {
        Some(_) => view_list(vm, v)?,
        None => vm.iterate(v)?,
    };
    let s = Value::obj(Obj::Set(RefCell::new(crate::set::SetTable::new())));
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

fn view_binop(vm: &mut Vm, args: Args, op: pyrite_compiler::BinOp, reflected: bool) -> PyResult<Value> {
    let (v, _) = this_view(vm, &args, op.dunder())?;
    slot_args(&args, "dict_keys.__op__", 1)?;
    let other = args.pos()[1].clone();
    let (a, b) = if reflected { (other, v) } else { (v, other) };
    let sa = to_set(vm, &a)?;
    let sb = to_set(vm, &b)?;
    vm.binary_op(&sa, &sb, op)
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::And, false)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Or, false)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Sub, false)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Xor, false)
}
fn view_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::And, true)
}
fn view_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Or, true)
}
fn view_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Sub, true)
}
fn view_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, pyrite_compiler::BinOp::Xor, true)
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = this_view(vm, &args, "isdisjoint")?;
    method_args(&args, "dict_keys.isdisjoint", 1, 1)?;
    let other = args.pos()[1].clone();
    let mine = to_set(vm, &v)?;
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&mine, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_compare(vm: &mut Vm, args: Args, op: pyrite_compiler::CmpOp) -> PyResult<Value> {
    let (v, _) = this_view(vm, &args, op.dunder())?;
    slot_args(&args, "dict_keys.__cmp__", 1)?;
    let other = args.pos()[1].clone();
    let other_ok = matches!(&other, Value::Obj(o) if matches!(&**o, Obj::Set(_) | Obj::FrozenSet(_)))
        || matches!(view_kind_of(vm, &other), Some(0) | Some(2))
        || crate::protocol::set_cell(&vm.unwrap_builtin(&other)).is_some();
    if !other_ok {
        return Ok(vm.not_implemented.clone());
    }
    let a = to_set(vm, &v)?;
    let b = to_set(vm, &other)?;
    vm.compare(&a, &b, op)
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, args, pyrite_compiler::CmpOp::Eq)
}
fn view_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, args, pyrite_compiler::CmpOp::Ne)
}
fn view_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, args, pyrite_compiler::CmpOp::Lt)
}
fn view_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, args, pyrite_compiler::CmpOp::Le)
}
fn view_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, args, pyrite_compiler::CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, args, pyrite_compiler::CmpOp::Ge)
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = this_view(vm, &args, "__reversed__")?;
    let mut items = view_list(vm, &v)?;
    items.reverse();
    let l = vm.new_list(items);
    vm.get_iter(&l)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_common(vm, &args, "update")?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.clear", 0, 0)?;
    let d = this_dict(vm, &args.pos()[0])?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.copy", 0, 0)?;
    let d = this_dict(vm, &args.pos()[0])?;
    let c = d.borrow().clone();
    Ok(Value::obj(Obj::Dict(RefCell::new(c))))
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.fromkeys", 1, 2)?;
    let p = args.pos();
    let cls = p[0].clone();
    let d = vm.call_value(&cls, &[])?;
    let val = p.get(2).cloned().unwrap_or(Value::None);
    let plain = dict_cell(&d).is_some();
    let it = vm.get_iter(&p[1])?;
    while let Some(k) = vm.next(&it)? {
        if plain {
            vm.dict_set(&d, k, val.clone())?;
        } else {
            vm.setitem(&d, k, val.clone())?;
        }
    }
    Ok(d)
}

fn d_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "dict.__len__", 0)?;
    let d = this_dict(vm, &args.pos()[0])?;
    Ok(Value::Int(d.borrow().len() as i64))
}

fn d_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.__getitem__", 1, 1)?;
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
    slot_args(&args, "dict.__setitem__", 2)?;
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    vm.dict_insert(d, p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "dict.__delitem__", 1)?;
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    match vm.dict_remove(d, &p[1])? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(p[1].clone())),
    }
}

fn d_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.__contains__", 1, 1)?;
    let p = args.pos();
    let d = this_dict(vm, &p[0])?;
    Ok(Value::Bool(vm.dict_lookup(d, &p[1])?.is_some()))
}

fn d_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "dict.__iter__", 0)?;
    let d = target_dict(vm, &args.pos()[0])?;
    vm.get_iter(&d)
}

fn d_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "dict.__reversed__", 0, 0)?;
    let d = this_dict(vm, &args.pos()[0])?;
    let mut keys = d.borrow().keys();
    keys.reverse();
    let l = vm.new_list(keys);
    vm.get_iter(&l)
}

/// `a | b` for dicts: a new plain dict with a's items updated by b's.
fn d_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "dict.__or__", 1)?;
    let p = args.pos();
    let a = vm.unwrap_builtin(&p[0]);
    let b = vm.unwrap_builtin(&p[1]);
    let (Some(ad), Some(_)) = (dict_cell(&a), dict_cell(&b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let new = Value::obj(Obj::Dict(RefCell::new(ad.borrow().clone())));
    vm.dict_update_from(&new, &b, false)?;
    Ok(new)
}

fn d_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "dict.__ror__", 1)?;
    let p = args.pos();
    let a = vm.unwrap_builtin(&p[1]);
    let b = vm.unwrap_builtin(&p[0]);
    let (Some(ad), Some(_)) = (dict_cell(&a), dict_cell(&b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let new = Value::obj(Obj::Dict(RefCell::new(ad.borrow().clone())));
    vm.dict_update_from(&new, &b, false)?;
    Ok(new)
}

/// `a |= b`: update in place from any mapping or iterable of pairs.
fn d_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(&args, "dict.__ior__", 1)?;
    let p = args.pos();
    let target = target_dict(vm, &p[0])?;
    vm.dict_update_arg(&target, &p[1])?;
    Ok(p[0].clone())
}

fn d_compare(vm: &mut Vm, args: Args, op: pyrite_compiler::CmpOp) -> PyResult<Value> {
    slot_args(&args, "dict.__cmp__", 1)?;
    let p = args.pos();
    let a = vm.unwrap_builtin(&p[0]);
    let b = vm.unwrap_builtin(&p[1]);
    if dict_cell(&a).is_none() || dict_cell(&b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    match op {
        pyrite_compiler::CmpOp::Eq => Ok(Value::Bool(vm.eq(&a, &b)?)),
        pyrite_compiler::CmpOp::Ne => Ok(Value::Bool(!vm.eq(&a, &b)?)),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn d_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, args, pyrite_compiler::CmpOp::Eq)
}
fn d_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, args, pyrite_compiler::CmpOp::Ne)
}
fn d_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, args, pyrite_compiler::CmpOp::Lt)
}
fn d_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, args, pyrite_compiler::CmpOp::Le)
}
fn d_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, args, pyrite_compiler::CmpOp::Gt)
}
fn d_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, args, pyrite_compiler::CmpOp::Ge)
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
    vm.add_method(&t, "__ror__", d_ror);
    vm.add_method(&t, "__ior__", d_ior);
    vm.add_method(&t, "__eq__", d_eq);
    vm.add_method(&t, "__ne__", d_ne);
    vm.add_method(&t, "__lt__", d_lt);
    vm.add_method(&t, "__le__", d_le);
    vm.add_method(&t, "__gt__", d_gt);
    vm.add_method(&t, "__ge__", d_ge);
    vm.set_class_attr(&t, "__hash__", Value::None);
    for cls in [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ] {
        vm.add_method(&cls, "__iter__", view_iter);
        vm.add_method(&cls, "__len__", view_len);
        vm.add_method(&cls, "__repr__", view_repr);
        vm.add_method(&cls, "__reversed__", view_reversed);
    }
    for cls in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&cls, "__contains__", view_contains);
        vm.add_method(&cls, "__eq__", view_eq);
        vm.add_method(&cls, "__ne__", view_ne);
        vm.add_method(&cls, "__lt__", view_lt);
        vm.add_method(&cls, "__le__", view_le);
        vm.add_method(&cls, "__gt__", view_gt);
        vm.add_method(&cls, "__ge__", view_ge);
        vm.set_class_attr(&cls, "__hash__", Value::None);
        vm.add_method(&cls, "__and__", view_and);
        vm.add_method(&cls, "__or__", view_or);
        vm.add_method(&cls, "__sub__", view_sub);
        vm.add_method(&cls, "__xor__", view_xor);
        vm.add_method(&cls, "__rand__", view_rand);
        vm.add_method(&cls, "__ror__", view_ror);
        vm.add_method(&cls, "__rsub__", view_rsub);
        vm.add_method(&cls, "__rxor__", view_rxor);
        vm.add_method(&cls, "isdisjoint", view_isdisjoint);
    }
}
