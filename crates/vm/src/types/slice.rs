//! `slice` objects and the index arithmetic shared by every sequence type.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

/// Resolve a slice against a sequence length: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = if s[2].is_none() { 1 } else { slice_int(vm, &s[2])? };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = if s[0].is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        fix(slice_int(vm, &s[0])?)
    };
    let stop = if s[1].is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        fix(slice_int(vm, &s[1])?)
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn slice_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => {
            if let Obj::BigInt(b) = &**o {
                use num_traits::Signed;
                Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })
            } else {
                unreachable!()
            }
        }
        _ => vm
            .index_value(v)
            .map_err(|_| type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// Normalise an index for a sequence of `len` items (IndexError message supplied by caller).
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => {
            return Err(index_error(format!("cannot fit 'int' into an index-sized integer")));
        }
        _ => {
            let has_index = match key {
                Value::Obj(o) if matches!(&**o, Obj::Instance(_)) => {
                    let cls = vm.class_of(key);
                    crate::types::class::lookup(vm, &cls, "__index__").is_some()
                }
                _ => false,
            };
            if !has_index {
                return Err(type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    vm.type_name(key)
                )));
            }
            vm.index_value(key)?
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error(format!("{} index out of range", what)));
    }
    Ok(j as usize)
}

/// Pick the items of `items` selected by a slice.
pub fn slice_items<T: Clone>(vm: &mut Vm, s: &[Value; 3], items: &[T]) -> PyResult<Vec<T>> {
    let (start, _stop, step, count) = slice_indices(vm, s, items.len())?;
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize].clone());
        i += step;
    }
    Ok(out)
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let (a, b, c) = match p.len() {
        1 => (Value::None, p[0].clone(), Value::None),
        2 => (p[0].clone(), p[1].clone(), Value::None),
        3 => (p[0].clone(), p[1].clone(), p[2].clone()),
        0 => return Err(type_error("slice expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("slice expected at most 3 arguments, got {}", n))),
    };
    let _ = vm;
    Ok(Value::obj(Obj::Slice(Box::new([a, b, c]))))
}

fn slice_indices_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let len = vm.index_value(&p[1])?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let Value::Obj(o) = &p[0] else { unreachable!() };
    let Obj::Slice(s) = &**o else { unreachable!() };
    let (a, b, c, _) = slice_indices(vm, s, len as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    vm.add_staticmethod(&t, "__new__", slice_new);
    vm.add_method(&t, "indices", slice_indices_method);
    vm.set_class_attr(&t, "__hash__", Value::None);
}
