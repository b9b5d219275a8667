//! Builtin iterators (over sequences, strings, ranges, dicts, sets; enumerate, zip, map,
//! filter, reversed, iter(callable, sentinel)) behind one `iterator` type.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

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
                    *s = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::Str { s: sv, byte } => {
            let text = sv.as_str().unwrap_or("");
            match text[*byte..].chars().next() {
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
        IterState::DictKeys { dict, index, len } | IterState::DictValues { dict, index, len } | IterState::DictItems { dict, index, len } => {
            let kind = match &*s {
                IterState::DictKeys { .. } => 0,
                IterState::DictValues { .. } => 1,
                _ => 2,
            };
            let (dict, index, len) = match &mut *s {
                IterState::DictKeys { dict, index, len } | IterState::DictValues { dict, index, len } | IterState::DictItems { dict, index, len } => (dict, index, len),
                _ => unreachable!(),
            };
            let Some(d) = crate::protocol::dict_cell(dict) else { return Ok(None) };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            while *index < d.slots() {
                let i = *index;
                *index += 1;
                if let Some(e) = d.entry(i) {
                    return Ok(Some(match kind {
                        0 => e.key.clone(),
                        1 => e.value.clone(),
                        _ => Value::obj(Obj::Tuple(vec![e.key.clone(), e.value.clone()].into_boxed_slice())),
                    }));
                }
            }
            Ok(None)
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
            if t.len() != *len {
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
            let v = vm.getitem(&seq, &Value::Int(i as i64))?;
            Ok(Some(v))
        }
        IterState::Done => Ok(None),
        _ => {
            // states that call back into Python: take a snapshot, release the borrow
            let state = std::mem::replace(&mut *s, IterState::Done);
            drop(s);
            let (result, state) = iter_next_slow(vm, state)?;
            *st.borrow_mut() = state;
            Ok(result)
        }
    }
}

fn iter_next_slow(vm: &mut Vm, state: IterState) -> PyResult<(Option<Value>, IterState)> {
    match state {
        IterState::Callable { func, sentinel } => {
            let v = vm.call_value(&func, &[])?;
            if vm.eq(&v, &sentinel)? {
                return Ok((None, IterState::Done));
            }
            Ok((Some(v), IterState::Callable { func, sentinel }))
        }
        IterState::Enumerate { it, count } => match vm.next(&it)? {
            Some(v) => {
                let next = vm.binary_op(&count, &Value::Int(1), pyrite_compiler::BinOp::Add)?;
                let t = vm.new_tuple(vec![count, v]);
                Ok((Some(t), IterState::Enumerate { it, count: next }))
            }
            None => Ok((None, IterState::Done)),
        },
        IterState::Zip { its, strict } => {
            if its.is_empty() {
                return Ok((None, IterState::Done));
            }
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(value_error(format!("zip() argument {} is shorter than argument{}{}", i + 1, plural, i)));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!("zip() argument {} is longer than argument{}{}", j + 1, plural, j)));
                                }
                            }
                        }
                        return Ok((None, IterState::Done));
                    }
                }
            }
            Ok((Some(vm.new_tuple(items)), IterState::Zip { its, strict }))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok((None, IterState::Done)),
                }
            }
            let r = vm.call_value(&func, &args)?;
            Ok((Some(r), IterState::Map { func, its }))
        }
        IterState::Filter { func, it } => loop {
            match vm.next(&it)? {
                Some(v) => {
                    let keep = if func.is_none() { vm.is_true(&v)? } else {
                        let r = vm.call_value(&func, &[v.clone()])?;
                        vm.is_true(&r)?
                    };
                    if keep {
                        return Ok((Some(v), IterState::Filter { func, it }));
                    }
                }
                None => return Ok((None, IterState::Done)),
            }
        },
        IterState::GetItem { obj, index } => match vm.getitem(&obj, &Value::Int(index)) {
            Ok(v) => Ok((Some(v), IterState::GetItem { obj, index: index + 1 })),
            Err(e) => {
                if vm.err_matches(&e, ExcKind::IndexError) || vm.err_matches(&e, ExcKind::StopIteration) {
                    Ok((None, IterState::Done))
                } else {
                    Err(e)
                }
            }
        },
        other => Ok((None, other)),
    }
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
            let n = match &*st.borrow() {
                IterState::Seq { seq, index } => vm.len(&seq.clone()).unwrap_or(0).saturating_sub(*index) as i64,
                IterState::Range { next, stop, step } => crate::types::range::range_len(&RangeObj { start: *next, stop: *stop, step: *step }),
                _ => 0,
            };
            return Ok(Value::Int(n));
        }
    }
    Ok(Value::Int(0))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.iterator.clone();
    vm.add_method(&t, "__iter__", iter_iter);
    vm.add_method(&t, "__next__", iter_next_method);
    vm.add_method(&t, "__length_hint__", iter_length_hint);
}

/// The CPython type name of a builtin iterator (for reprs).
pub fn iter_type_name(v: &Value) -> &'static str {
    let Value::Obj(o) = v else { return "iterator" };
    let Obj::Iter(st) = &**o else { return "iterator" };
    match &*st.borrow() {
        IterState::Seq { seq, .. } => match seq {
            Value::Obj(s) => match &**s {
                Obj::List(_) => "list_iterator",
                Obj::Tuple(_) => "tuple_iterator",
                Obj::Bytes(_) => "bytes_iterator",
                _ => "bytearray_iterator",
            },
            _ => "iterator",
        },
        IterState::Range { .. } => "range_iterator",
        IterState::Str { .. } => "str_ascii_iterator",
        IterState::DictKeys { .. } => "dict_keyiterator",
        IterState::DictValues { .. } => "dict_valueiterator",
        IterState::DictItems { .. } => "dict_itemiterator",
        IterState::Set { .. } => "set_iterator",
        IterState::Callable { .. } => "callable_iterator",
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Map { .. } => "map",
        IterState::Filter { .. } => "filter",
        IterState::Reversed { .. } => "reversed",
        IterState::GetItem { .. } => "iterator",
        IterState::Done => "iterator",
    }
}
