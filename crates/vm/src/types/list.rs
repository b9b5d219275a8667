//! `list`: methods, slicing, and a stable merge sort that may call Python comparisons.

use super::slice::{seq_index, slice_indices, slice_items};
use crate::builtins::{method_args, slot_args};
use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use pyrite_compiler::CmpOp;
use std::cell::RefCell;

pub fn list_cell(v: &Value) -> &RefCell<Vec<Value>> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::List(l) => l,
            Obj::Instance(i) => {
                // subclass of list: the wrapped list
                let b = i.base.as_ptr();
                // SAFETY: the base value is set once at construction and never replaced.
                match unsafe { &*b } {
                    Value::Obj(bo) => match &**bo {
                        Obj::List(l) => l,
                        _ => panic!("not a list"),
                    },
                    _ => panic!("not a list"),
                }
            }
            _ => panic!("not a list"),
        },
        _ => panic!("not a list"),
    }
}

fn is_list(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Obj::List(_) => true,
            Obj::Instance(i) => matches!(&*i.base.borrow(), Value::Obj(b) if matches!(&**b, Obj::List(_))),
            _ => false,
        },
        _ => false,
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.pos().first() {
        Some(v) if is_list(v) => Ok(v),
        Some(v) => Err(type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            name,
            vm.type_name(v)
        ))),
        None => Err(type_error(format!("unbound method list.{}() needs an argument", name))),
    }
}

pub fn list_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let l = list_cell(obj);
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            let items = l.borrow().clone();
            let picked = slice_items(vm, s, &items)?;
            return Ok(vm.new_list(picked));
        }
    }
    let n = l.borrow().len();
    let i = seq_index(vm, key, n, "list")?;
    Ok(l.borrow()[i].clone())
}

pub fn list_setitem(vm: &mut Vm, obj: &Value, key: Value, value: Value) -> PyResult<()> {
    let l = list_cell(obj);
    if let Value::Obj(k) = &key {
        if let Obj::Slice(s) = &**k {
            let items = if value.is(obj) {
                l.borrow().clone()
            } else {
                vm.iterate(&value)
                    .map_err(|_| type_error("can only assign an iterable"))?
            };
            let n = l.borrow().len();
            let (start, stop, step, count) = slice_indices(vm, s, n)?;
            if step == 1 {
                let stop = stop.max(start);
                l.borrow_mut().splice(start as usize..stop as usize, items);
                return Ok(());
            }
            if items.len() != count {
                return Err(value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    count
                )));
            }
            let mut lb = l.borrow_mut();
            let mut i = start;
            for it in items {
                lb[i as usize] = it;
                i += step;
            }
            return Ok(());
        }
    }
    let n = l.borrow().len();
    let i = seq_index(vm, &key, n, "list").map_err(|e| {
        if vm.err_matches(&e, ExcKind::IndexError) {
            index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    let old = std::mem::replace(&mut l.borrow_mut()[i], value);
    drop(old);
    Ok(())
}

pub fn list_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    let l = list_cell(obj);
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            let n = l.borrow().len();
            let (start, _stop, step, count) = slice_indices(vm, s, n)?;
            if count == 0 {
                return Ok(());
            }
            let mut doomed = vec![false; n];
            for j in 0..count {
                let i = start + j as i64 * step;
                if let Some(d) = doomed.get_mut(i as usize) {
                    *d = true;
                }
            }
            let old = std::mem::take(&mut *l.borrow_mut());
            let mut kept = Vec::with_capacity(n - count.min(n));
            let mut removed = Vec::with_capacity(count);
            for (i, v) in old.into_iter().enumerate() {
                if doomed.get(i).copied().unwrap_or(false) {
                    removed.push(v);
                } else {
                    kept.push(v);
                }
            }
            *l.borrow_mut() = kept;
            drop(removed);
            return Ok(());
        }
    }
    let n = l.borrow().len();
    let i = seq_index(vm, key, n, "list").map_err(|e| {
        if vm.err_matches(&e, ExcKind::IndexError) {
            index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    let old = l.borrow_mut().remove(i);
    drop(old);
    Ok(())
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "append")?;
    method_args(&args, "list.append", 1, 1)?;
    list_cell(s).borrow_mut().push(args.pos()[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "extend")?;
    method_args(&args, "list.extend", 1, 1)?;
    let items = vm.iterate(&args.pos()[1])?;
    list_cell(s).borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "insert")?;
    method_args(&args, "list.insert", 2, 2)?;
    let p = args.pos();
    let l = list_cell(s);
    let n = l.borrow().len() as i64;
    let mut i = vm.index_value(&p[1])?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    l.borrow_mut().insert(i, p[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pop")?;
    method_args(&args, "list.pop", 0, 1)?;
    let l = list_cell(s);
    let n = l.borrow().len();
    if n == 0 {
        return Err(index_error("pop from empty list"));
    }
    let i = match args.pos().get(1) {
        Some(k) => {
            let i = vm.index_value(k)?;
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(index_error("pop index out of range"));
            }
            j as usize
        }
        None => n - 1,
    };
    Ok(l.borrow_mut().remove(i))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "remove")?;
    method_args(&args, "list.remove", 1, 1)?;
    let x = args.pos()[1].clone();
    let items = list_cell(s).borrow().clone();
    for (i, v) in items.iter().enumerate() {
        if v.is(&x) || vm.eq(v, &x)? {
            list_cell(s).borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "index")?;
    method_args(&args, "list.index", 1, 3)?;
    let p = args.pos();
    let x = p[1].clone();
    let items = list_cell(s).borrow().clone();
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
        if v.is(&x) || vm.eq(v, &x)? {
            return Ok(Value::Int(i));
        }
    }
    Err(value_error(format!("{} is not in list", vm.repr_string(&x)?)))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "count")?;
    method_args(&args, "list.count", 1, 1)?;
    let x = args.pos()[1].clone();
    let items = list_cell(s).borrow().clone();
    let mut c = 0;
    for v in items.iter() {
        if v.is(&x) || vm.eq(v, &x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "clear")?;
    method_args(&args, "list.clear", 0, 0)?;
    let old = std::mem::take(&mut *list_cell(s).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    method_args(&args, "list.copy", 0, 0)?;
    let items = list_cell(s).borrow().clone();
    Ok(vm.new_list(items))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "reverse")?;
    method_args(&args, "list.reverse", 0, 0)?;
    list_cell(s).borrow_mut().reverse();
    Ok(Value::None)
}

/// Stable merge sort with a fallible less-than.
pub fn merge_sort(vm: &mut Vm, items: &mut Vec<(Value, Value)>, reverse: bool) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // insertion sort for small runs, then bottom-up merges
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    let lt = |vm: &mut Vm, a: &Value, b: &Value| -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            _ => {
                if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                    return Ok(x < y);
                }
                let r = vm.compare(a, b, CmpOp::Lt)?;
                vm.is_true(&r)
            }
        }
    };
    // "a should come before b" for stability with reverse: b < a
    let before = |vm: &mut Vm, a: &Value, b: &Value| -> PyResult<bool> {
        if reverse {
            lt(vm, b, a)
        } else {
            lt(vm, a, b)
        }
    };
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && before(vm, &items[j].0, &items[j - 1].0)? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if before(vm, &items[j].0, &items[i].0)? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..hi]);
                items[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// Sort values in place with optional key function and reverse flag.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: &Value, reverse: bool) -> PyResult<Vec<Value>> {
    let mut pairs = Vec::with_capacity(items.len());
    for v in items {
        let k = if key.is_none() {
            v.clone()
        } else {
            vm.call_value(key, &[v.clone()])?
        };
        pairs.push((k, v));
    }
    merge_sort(vm, &mut pairs, reverse)?;
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "sort")?;
    if args.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let key = args.kwarg("key").cloned().unwrap_or(Value::None);
    let reverse = match args.kwarg("reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    for (k, _) in args.kw() {
        if k != "key" && k != "reverse" {
            return Err(type_error(format!("'{}' is an invalid keyword argument for sort()", k)));
        }
    }
    let l = list_cell(s);
    let items = std::mem::take(&mut *l.borrow_mut());
    match sort_values(vm, items.clone(), &key, reverse) {
        Ok(sorted) => {
            let modified = !l.borrow().is_empty();
            *l.borrow_mut() = sorted;
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos()[0].clone();
    let l = vm.new_list(vec![]);
    if let Value::Obj(c) = &cls {
        if !std::rc::Rc::ptr_eq(c, &vm.types.list) {
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = l;
                }
            }
            return Ok(inst);
        }
    }
    Ok(l)
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kw() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    if p.len() > 2 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    let s = this(vm, &args, "__init__")?;
    if let Some(src) = p.get(1) {
        let items = vm.iterate(src)?;
        *list_cell(s).borrow_mut() = items;
    } else {
        list_cell(s).borrow_mut().clear();
    }
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    slot_args(&args, "list.__len__", 0)?;
    Ok(Value::Int(list_cell(s).borrow().len() as i64))
}

fn list_getitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__getitem__")?.clone();
    method_args(&args, "list.__getitem__", 1, 1)?;
    list_getitem(vm, &s, &args.pos()[1])
}

fn list_setitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__setitem__")?.clone();
    slot_args(&args, "list.__setitem__", 2)?;
    list_setitem(vm, &s, args.pos()[1].clone(), args.pos()[2].clone())?;
    Ok(Value::None)
}

fn list_delitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__delitem__")?.clone();
    slot_args(&args, "list.__delitem__", 1)?;
    list_delitem(vm, &s, &args.pos()[1])?;
    Ok(Value::None)
}

fn list_contains_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    slot_args(&args, "list.__contains__", 1)?;
    let items = list_cell(s).borrow().clone();
    let l = vm.new_list(items);
    Ok(Value::Bool(vm.contains(&l, &args.pos()[1])?))
}

fn list_iter_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__iter__")?;
    slot_args(&args, "list.__iter__", 0)?;
    let inner = match s {
        Value::Obj(o) => match &**o {
            Obj::Instance(i) => i.base.borrow().clone(),
            _ => s.clone(),
        },
        _ => s.clone(),
    };
    Ok(super::iter::new_iter(IterState::Seq { seq: inner, index: 0 }))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__reversed__")?;
    method_args(&args, "list.__reversed__", 0, 0)?;
    let n = list_cell(s).borrow().len();
    Ok(super::iter::new_iter(IterState::Reversed {
        seq: s.clone(),
        index: n,
    }))
}

fn list_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__add__")?;
    slot_args(&args, "list.__add__", 1)?;
    let a = vm.unwrap_builtin(&args.pos()[0]);
    let b = vm.unwrap_builtin(&args.pos()[1]);
    if !is_list(&b) {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args.pos()[1])
        )));
    }
    vm.binary_op(&a, &b, pyrite_compiler::BinOp::Add)
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__mul__")?;
    slot_args(&args, "list.__mul__", 1)?;
    let a = vm.unwrap_builtin(&args.pos()[0]);
    let b = args.pos()[1].clone();
    if !crate::types::tuple::is_index_like(vm, &b) {
        return Ok(vm.not_implemented.clone());
    }
    vm.binary_op(&a, &b, pyrite_compiler::BinOp::Mul)
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__iadd__")?;
    slot_args(&args, "list.__iadd__", 1)?;
    let items = vm.iterate(&args.pos()[1])?;
    list_cell(s).borrow_mut().extend(items);
    Ok(s.clone())
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__imul__")?;
    slot_args(&args, "list.__imul__", 1)?;
    let b = args.pos()[1].clone();
    if !crate::types::tuple::is_index_like(vm, &b) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(&b)
        )));
    }
    let inner = vm.unwrap_builtin(s);
    vm.inplace_op(&inner, &b, pyrite_compiler::BinOp::Mul)?;
    Ok(s.clone())
}

/// Rich comparison of two builtin values of one kind (both unwrapped from subclasses);
/// NotImplemented when `other` is not of that kind.
pub fn same_kind_compare(vm: &mut Vm, args: &Args, op: CmpOp, kind: fn(&Value) -> bool) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let a = vm.unwrap_builtin(&p[0]);
    let b = vm.unwrap_builtin(&p[1]);
    if !kind(&a) || !kind(&b) {
        return Ok(vm.not_implemented.clone());
    }
    match vm.builtin_compare(&a, &b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// Defines `__eq__` .. `__ge__` natives for a builtin kind and returns them by name.
#[macro_export]
macro_rules! rich_compare_methods {
    ($kind:path) => {{
        fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::types::list::same_kind_compare(vm, &args, pyrite_compiler::CmpOp::Eq, $kind)
        }
        fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::types::list::same_kind_compare(vm, &args, pyrite_compiler::CmpOp::Ne, $kind)
        }
        fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::types::list::same_kind_compare(vm, &args, pyrite_compiler::CmpOp::Lt, $kind)
        }
        fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::types::list::same_kind_compare(vm, &args, pyrite_compiler::CmpOp::Le, $kind)
        }
        fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::types::list::same_kind_compare(vm, &args, pyrite_compiler::CmpOp::Gt, $kind)
        }
        fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::types::list::same_kind_compare(vm, &args, pyrite_compiler::CmpOp::Ge, $kind)
        }
        let v: [(&'static str, NativeFn); 6] = [
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ];
        v
    }};
}

fn plain_list(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Obj::List(_)))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_staticmethod(&t, "__new__", list_new);
    vm.add_method(&t, "__init__", list_init);
    vm.add_method(&t, "append", append);
    vm.add_method(&t, "extend", extend);
    vm.add_method(&t, "insert", insert);
    vm.add_method(&t, "pop", pop);
    vm.add_method(&t, "remove", remove);
    vm.add_method(&t, "index", index);
    vm.add_method(&t, "count", count);
    vm.add_method(&t, "clear", clear);
    vm.add_method(&t, "copy", copy);
    vm.add_method(&t, "reverse", reverse);
    vm.add_method(&t, "sort", sort);
    vm.add_method(&t, "__len__", list_len);
    vm.add_method(&t, "__getitem__", list_getitem_m);
    vm.add_method(&t, "__setitem__", list_setitem_m);
    vm.add_method(&t, "__delitem__", list_delitem_m);
    vm.add_method(&t, "__contains__", list_contains_m);
    vm.add_method(&t, "__iter__", list_iter_m);
    vm.add_method(&t, "__reversed__", list_reversed);
    vm.add_method(&t, "__add__", list_add);
    vm.add_method(&t, "__mul__", list_mul);
    vm.add_method(&t, "__rmul__", list_mul);
    vm.add_method(&t, "__iadd__", list_iadd);
    vm.add_method(&t, "__imul__", list_imul);
    for (name, f) in crate::rich_compare_methods!(plain_list) {
        vm.add_method(&t, name, f);
    }
    vm.set_class_attr(&t, "__hash__", Value::None);
}
