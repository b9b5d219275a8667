//! Builtin iterators (over sequences, strings, ranges, dicts, sets; enumerate, zip, map,
//! filter, reversed, iter(callable, sentinel)). Each kind is its own class, named as in CPython
//! (`list_iterator`, `map`, ...); `map`/`filter`/`zip`/`enumerate`/`reversed` are also the
//! builtin names that construct them.

use crate::error::*;
use crate::object::*;
use crate::types::class::lookup;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::RefCell;

/// Indices into `vm.iter_types`.
pub mod kind {
    pub const LIST: usize = 0;
    pub const TUPLE: usize = 1;
    pub const BYTES: usize = 2;
    pub const BYTEARRAY: usize = 3;
    pub const RANGE: usize = 4;
    pub const STR_ASCII: usize = 5;
    pub const STR: usize = 6;
    pub const DICT_KEYS: usize = 7;
    pub const DICT_VALUES: usize = 8;
    pub const DICT_ITEMS: usize = 9;
    pub const SET: usize = 10;
    pub const CALLABLE: usize = 11;
    pub const ENUMERATE: usize = 12;
    pub const ZIP: usize = 13;
    pub const MAP: usize = 14;
    pub const FILTER: usize = 15;
    pub const REVERSED: usize = 16;
    pub const LIST_REVERSED: usize = 17;
    pub const SEQ: usize = 18;
}

pub const ITER_NAMES: [&str; 19] = [
    "list_iterator",
    "tuple_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "list_reverseiterator",
    "iterator",
];

fn state_kind(st: &IterState) -> usize {
    match st {
        IterState::Seq { seq, .. } => match seq {
            Value::Obj(s) => match &**s {
                Obj::List(_) => kind::LIST,
                Obj::Tuple(_) => kind::TUPLE,
                Obj::Bytes(_) => kind::BYTES,
                Obj::ByteArray(_) => kind::BYTEARRAY,
                _ => kind::SEQ,
            },
            _ => kind::SEQ,
        },
        IterState::Range { .. } => kind::RANGE,
        IterState::Str { s, .. } => match s.as_pystr() {
            Some(p) if !p.is_ascii() => kind::STR,
            _ => kind::STR_ASCII,
        },
        IterState::DictKeys { .. } => kind::DICT_KEYS,
        IterState::DictValues { .. } => kind::DICT_VALUES,
        IterState::DictItems { .. } => kind::DICT_ITEMS,
        IterState::Set { .. } => kind::SET,
        IterState::Callable { .. } => kind::CALLABLE,
        IterState::Enumerate { .. } => kind::ENUMERATE,
        IterState::Zip { .. } => kind::ZIP,
        IterState::Map { .. } => kind::MAP,
        IterState::Filter { .. } => kind::FILTER,
        IterState::Reversed { seq, .. } => match seq {
            Value::Obj(s) if matches!(&**s, Obj::List(_)) => kind::LIST_REVERSED,
            _ => kind::REVERSED,
        },
        IterState::GetItem { .. } | IterState::Done => kind::SEQ,
    }
}

/// The class of a builtin iterator object.
pub fn iter_class(vm: &Vm, st: &RefCell<IterState>) -> ObjRef {
    let k = match st.try_borrow() {
        Ok(s) => state_kind(&s),
        Err(_) => kind::SEQ,
    };
    vm.iter_types
        .get(k)
        .cloned()
        .unwrap_or_else(|| vm.types.iterator.clone())
}

pub fn iter_next(vm: &mut Vm, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut s = st.borrow_mut();
    match &mut *s {
        IterState::Seq { seq, index } => {
            let Value::Obj(o) = seq else { return Ok(None) };
            let item = match &**o {
                Obj::List(l) => l.borrow().get(*index).cloned(),
                Obj::Tuple(t) => t.get(*index).cloned(),
                Obj::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                Obj::ByteArray(b) => b.borrow().get(*index).map(|x| Value::Int(*x as i64)),
                _ => None,
            };
            match item {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    // exhausted for good, even if a list grows later
                    *index = usize::MAX;
                    Ok(None)
                }
            }
        }
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                match next.checked_add(*step) {
                    Some(n) => *next = n,
                    None => *next = *stop,
                }
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::Str { s: sv, byte } => {
            let text = sv.as_str().unwrap_or("");
            match text.get(*byte..).and_then(|t| t.chars().next()) {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    let cs: &str = c.encode_utf8(&mut buf);
                    let v = if c.is_ascii() { vm.intern(cs) } else { Value::str(cs) };
                    Ok(Some(v))
                }
                None => Ok(None),
            }
        }
        IterState::DictKeys { dict, index, len }
        | IterState::DictValues { dict, index, len }
        | IterState::DictItems { dict, index, len } => {
            let Some(d) = crate::protocol::dict_cell(dict) else {
                return Ok(None);
            };
            let d = d.borrow();
            if *len == usize::MAX {
                return Ok(None);
            }
            if d.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            let mut found = None;
            while *index < d.slots() {
                let i = *index;
                *index += 1;
                if let Some(e) = d.entry(i) {
                    found = Some((e.key.clone(), e.value.clone()));
                    break;
                }
            }
            drop(d);
            let Some((key, value)) = found else { return Ok(None) };
            Ok(Some(match &*s {
                IterState::DictKeys { .. } => key,
                IterState::DictValues { .. } => value,
                _ => Value::obj(Obj::Tuple(vec![key, value].into_boxed_slice())),
            }))
        }
        IterState::Set { set, index, len } => {
            let Value::Obj(o) = set else { return Ok(None) };
            let table;
            let t = match &**o {
                Obj::Set(s) => {
                    table = s.borrow();
                    &*table
                }
                Obj::FrozenSet(s) => s,
                _ => return Ok(None),
            };
            if *len == usize::MAX {
                return Ok(None);
            }
            if t.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("Set changed size during iteration"));
            }
            while *index < t.slots() {
                let i = *index;
                *index += 1;
                if let Some(v) = t.slot(i) {
                    return Ok(Some(v.clone()));
                }
            }
            Ok(None)
        }
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                return Ok(None);
            }
            *index -= 1;
            let seq = seq.clone();
            let i = *index;
            drop(s);
            // a list that shrank under the iterator ends it
            if let Value::Obj(o) = &seq {
                if let Obj::List(l) = &**o {
                    let item = l.borrow().get(i).cloned();
                    return match item {
                        Some(v) => Ok(Some(v)),
                        None => {
                            set_reversed_done(st);
                            Ok(None)
                        }
                    };
                }
            }
            match vm.getitem(&seq, &Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if vm.err_matches(&e, ExcKind::IndexError) || vm.err_matches(&e, ExcKind::StopIteration) {
                        set_reversed_done(st);
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            }
        }
        IterState::Done => Ok(None),
        IterState::Callable { func, sentinel } => {
            if func.is_none() {
                return Ok(None);
            }
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(s);
            let v = vm.call_value(&func, &[])?;
            if vm.eq(&v, &sentinel)? {
                if let IterState::Callable { func, .. } = &mut *st.borrow_mut() {
                    *func = Value::None;
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Enumerate { it, count } => {
            let (it, count) = (it.clone(), count.clone());
            drop(s);
            match vm.next(&it)? {
                Some(v) => {
                    let next = match &count {
                        Value::Int(c) if *c < i64::MAX => Value::Int(c + 1),
                        _ => vm.binary_op(&count, &Value::Int(1), pyrite_compiler::BinOp::Add)?,
                    };
                    if let IterState::Enumerate { count: c, .. } = &mut *st.borrow_mut() {
                        *c = next;
                    }
                    Ok(Some(vm.new_tuple(vec![count, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            drop(s);
            zip_next(vm, &its, strict)
        }
        IterState::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(s);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call_value(&func, &args)?))
        }
        IterState::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(s);
            loop {
                match vm.next(&it)? {
                    Some(v) => {
                        let keep = if func.is_none()
                            || matches!(&func, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &vm.types.bool_))
                        {
                            vm.is_true(&v)?
                        } else {
                            let r = vm.call_value(&func, &[v.clone()])?;
                            vm.is_true(&r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
        IterState::GetItem { obj, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let (obj, i) = (obj.clone(), *index);
            drop(s);
            match vm.getitem(&obj, &Value::Int(i)) {
                Ok(v) => {
                    if let IterState::GetItem { index, .. } = &mut *st.borrow_mut() {
                        *index = i + 1;
                    }
                    Ok(Some(v))
                }
                Err(e) => {
                    if vm.err_matches(&e, ExcKind::IndexError) || vm.err_matches(&e, ExcKind::StopIteration) {
                        if let IterState::GetItem { index, obj } = &mut *st.borrow_mut() {
                            *index = -1;
                            *obj = Value::None;
                        }
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            }
        }
    }
}

fn set_reversed_done(st: &RefCell<IterState>) {
    if let Ok(mut s) = st.try_borrow_mut() {
        if let IterState::Reversed { index, .. } = &mut *s {
            *index = 0;
        }
    }
}

fn zip_next(vm: &mut Vm, its: &[Value], strict: bool) -> PyResult<Option<Value>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => {
                if strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(value_error(format!(
                            "zip() argument {} is shorter than argument{}{}",
                            i + 1,
                            plural,
                            i
                        )));
                    }
                    for (j, other) in its.iter().enumerate().skip(1) {
                        if vm.next(other)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!(
                                "zip() argument {} is longer than argument{}{}",
                                j + 1,
                                plural,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vm.new_tuple(items)))
}

pub fn new_iter(st: IterState) -> Value {
    Value::obj(Obj::Iter(RefCell::new(st)))
}

fn iter_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn iter_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.pos()[0].clone();
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.pos()[0].clone();
    if let Value::Obj(o) = &it {
        if let Obj::Iter(st) = &**o {
            let snapshot = match &*st.borrow() {
                IterState::Seq { seq, index } => Some((seq.clone(), *index)),
                _ => None,
            };
            if let Some((seq, index)) = snapshot {
                return Ok(Value::Int(vm.len(&seq).unwrap_or(0).saturating_sub(index) as i64));
            }
            let n = match &*st.borrow() {
                IterState::Range { next, stop, step } => {
                    crate::types::range::range_len(&crate::types::range::small_range(*next, *stop, *step))
                }
                IterState::Reversed { index, .. } => *index as i64,
                IterState::Str { s, byte } => s
                    .as_str()
                    .and_then(|t| t.get(*byte..))
                    .map(|t| t.chars().count())
                    .unwrap_or(0) as i64,
                IterState::DictKeys { dict, len, .. }
                | IterState::DictValues { dict, len, .. }
                | IterState::DictItems { dict, len, .. } => {
                    if *len == usize::MAX {
                        0
                    } else {
                        crate::protocol::dict_cell(dict).map(|d| d.borrow().len()).unwrap_or(0) as i64
                    }
                }
                _ => 0,
            };
            return Ok(Value::Int(n));
        }
    }
    Ok(Value::Int(0))
}

fn same_class(vm: &Vm, cls: &Value, k: usize) -> bool {
    match (cls, vm.iter_types.get(k)) {
        (Value::Obj(c), Some(t)) => std::rc::Rc::ptr_eq(c, t),
        _ => true,
    }
}

fn no_kwargs(vm: &Vm, args: &Args, name: &str, k: usize) -> PyResult<()> {
    if args.has_kw() && same_class(vm, &args.pos()[0], k) {
        return Err(type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// `enumerate(iterable, start=0)`
fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let mut iterable = p.first().cloned();
    let mut start = p.get(1).cloned();
    for (k, v) in args.kw() {
        match k {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "start" if start.is_none() => start = Some(v.clone()),
            "iterable" | "start" => {
                let pos = if k == "iterable" { 1 } else { 2 };
                return Err(type_error(format!(
                    "argument for enumerate() given by name ('{}') and position ({})",
                    k, pos
                )));
            }
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    other
                )))
            }
        }
    }
    if p.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            p.len() + args.kwnames.len()
        )));
    }
    let iterable = iterable.ok_or_else(|| type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = start.unwrap_or(Value::Int(0));
    let start = match &start {
        Value::Int(_) => start,
        Value::Bool(b) => Value::Int(*b as i64),
        _ => {
            if crate::types::int::to_big(vm, &start).is_none() {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&start)
                )));
            }
            vm.index_value(&start)
                .map(Value::Int)
                .or_else(|_| vm.index_big(&start).map(crate::ops::big_to_value))?
        }
    };
    let it = vm.get_iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate { it, count: start }))
}

/// `zip(*iterables, strict=False)`
fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kw() {
        if k == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(type_error(format!("zip() got an unexpected keyword argument '{}'", k)));
        }
    }
    let mut its = Vec::new();
    for a in &args.pos()[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Zip { its, strict }))
}

/// `map(func, *iterables)`
fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "map", kind::MAP)?;
    let p = &args.pos()[1..];
    if p.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(p.len() - 1);
    for a in &p[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map {
        func: p[0].clone(),
        its,
    }))
}

/// `filter(function or None, iterable)`
fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "filter", kind::FILTER)?;
    let p = &args.pos()[1..];
    if p.len() != 2 {
        return Err(type_error(format!("filter expected 2 arguments, got {}", p.len())));
    }
    let it = vm.get_iter(&p[1])?;
    Ok(new_iter(IterState::Filter { func: p[0].clone(), it }))
}

/// `reversed(sequence)`
fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "reversed", kind::REVERSED)?;
    let p = &args.pos()[1..];
    if p.len() != 1 {
        return Err(type_error(format!("reversed expected 1 argument, got {}", p.len())));
    }
    let v = p[0].clone();
    let cls = vm.class_of(&v);
    if let Some(f) = lookup(vm, &cls, "__reversed__") {
        if f.is_none() {
            return Err(type_error(format!("'{}' object is not reversible", vm.type_name(&v))));
        }
        return vm.call_value(&f, &[v]);
    }
    match &v {
        Value::Obj(o) if matches!(&**o, Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_)) => {}
        _ => {
            if lookup(vm, &cls, "__getitem__").is_none()
                || matches!(&v, Value::Obj(o) if matches!(&**o, Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)))
            {
                return Err(type_error(format!("'{}' object is not reversible", vm.type_name(&v))));
            }
        }
    }
    let n = vm.len(&v)?;
    Ok(new_iter(IterState::Reversed { seq: v, index: n }))
}

/// A `reversed` iterator over a sequence (used by `list.__reversed__`).
pub fn reversed_iter(seq: Value, len: usize) -> Value {
    new_iter(IterState::Reversed { seq, index: len })
}

fn callable_iter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Err(type_error(format!(
        "cannot create '{}' instances",
        vm.type_name(&args.pos().first().cloned().unwrap_or(Value::None))
    )))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.iterator.clone();
    vm.add_method(&t, "__iter__", iter_iter);
    vm.add_method(&t, "__next__", iter_next_method);
    vm.add_method(&t, "__length_hint__", iter_length_hint);
    let object = vm.types.object.clone();
    let mut classes = Vec::with_capacity(ITER_NAMES.len());
    for (i, name) in ITER_NAMES.iter().enumerate() {
        let cls = if i == kind::SEQ {
            t.clone()
        } else {
            let c = crate::vm::new_class_obj(name, vec![object.clone()], Layout::Other, true);
            if let Ok(mro) = crate::types::class::compute_mro(vm, &c) {
                if let Obj::Class(cl) = &*c {
                    *cl.mro.borrow_mut() = mro;
                }
            }
            vm.add_method(&c, "__iter__", iter_iter);
            vm.add_method(&c, "__next__", iter_next_method);
            if !matches!(
                i,
                kind::CALLABLE | kind::ENUMERATE | kind::ZIP | kind::MAP | kind::FILTER | kind::SET
            ) {
                vm.add_method(&c, "__length_hint__", iter_length_hint);
            }
            c
        };
        classes.push(cls);
    }
    let ctors: [(usize, NativeFn); 5] = [
        (kind::ENUMERATE, enumerate_new),
        (kind::ZIP, zip_new),
        (kind::MAP, map_new),
        (kind::FILTER, filter_new),
        (kind::REVERSED, reversed_new),
    ];
    for (k, f) in ctors {
        vm.add_staticmethod(&classes[k], "__new__", f);
    }
    for (k, c) in classes.iter().enumerate() {
        if !matches!(
            k,
            kind::ENUMERATE | kind::ZIP | kind::MAP | kind::FILTER | kind::REVERSED
        ) {
            vm.add_staticmethod(c, "__new__", callable_iter_new);
        }
    }
    vm.iter_types = classes;
}

/// The builtin classes that are also builtin names (`map`, `zip`, ...).
pub fn builtin_iter_classes(vm: &Vm) -> Vec<(&'static str, ObjRef)> {
    [kind::ENUMERATE, kind::ZIP, kind::MAP, kind::FILTER, kind::REVERSED]
        .iter()
        .filter_map(|&k| vm.iter_types.get(k).map(|c| (ITER_NAMES[k], c.clone())))
        .collect()
}

/// The CPython type name of a builtin iterator (for reprs).
pub fn iter_type_name(v: &Value) -> &'static str {
    let Value::Obj(o) = v else { return "iterator" };
    let Obj::Iter(st) = &**o else { return "iterator" };
    match st.try_borrow() {
        Ok(s) => ITER_NAMES[state_kind(&s)],
        Err(_) => "iterator",
    }
}
