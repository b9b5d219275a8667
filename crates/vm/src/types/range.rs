//! `range`: lazy arithmetic progressions.
//!
//! Ordinary ranges use i64 bounds; a range whose bounds or length do not fit i64 keeps
//! BigInt bounds in `RangeObj::big` and takes the slower arbitrary-precision paths.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A range with i64 bounds (the caller guarantees the length fits i64).
pub fn small_range(start: i64, stop: i64, step: i64) -> RangeObj {
    RangeObj {
        start,
        stop,
        step,
        big: None,
    }
}

/// A range from arbitrary bounds: i64 when everything fits, BigInt otherwise.
pub fn make_range(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        if big_len(&start, &stop, &step).to_i64().is_some() {
            return small_range(a, b, c);
        }
    }
    RangeObj {
        start: 0,
        stop: 0,
        step: 1,
        big: Some(Box::new([start, stop, step])),
    }
}

/// (start, stop, step) as BigInts.
pub fn range_parts(r: &RangeObj) -> (BigInt, BigInt, BigInt) {
    match &r.big {
        Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
        None => (BigInt::from(r.start), BigInt::from(r.stop), BigInt::from(r.step)),
    }
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if stop > start {
            (stop - start - 1u32) / step + 1u32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// The length of an i64 range (clamped to i64::MAX for big ranges).
pub fn range_len(r: &RangeObj) -> i64 {
    if r.big.is_some() {
        return range_len_big(r).to_i64().unwrap_or(i64::MAX);
    }
    if r.step > 0 {
        if r.stop > r.start {
            ((r.stop as i128 - r.start as i128 - 1) / r.step as i128 + 1) as i64
        } else {
            0
        }
    } else if r.start > r.stop {
        ((r.start as i128 - r.stop as i128 - 1) / (-(r.step as i128)) + 1) as i64
    } else {
        0
    }
}

pub fn range_len_big(r: &RangeObj) -> BigInt {
    match &r.big {
        Some(b) => big_len(&b[0], &b[1], &b[2]),
        None => BigInt::from(range_len(r)),
    }
}

/// `len(range)`: OverflowError when the length does not fit a C ssize_t.
pub fn range_len_checked(r: &RangeObj) -> PyResult<usize> {
    if r.big.is_none() {
        return Ok(range_len(r) as usize);
    }
    range_len_big(r)
        .to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn range_is_empty(r: &RangeObj) -> bool {
    match &r.big {
        Some(_) => range_len_big(r).is_zero(),
        None => range_len(r) == 0,
    }
}

/// The `start`/`stop`/`step` attributes.
pub fn range_attr(r: &RangeObj, name: &str) -> Option<Value> {
    let i = match name {
        "start" => 0,
        "stop" => 1,
        "step" => 2,
        _ => return None,
    };
    Some(match &r.big {
        Some(b) => crate::ops::big_to_value(b[i].clone()),
        None => Value::Int([r.start, r.stop, r.step][i]),
    })
}

pub fn range_repr(r: &RangeObj) -> String {
    let (start, stop, step) = range_parts(r);
    if step.is_one() {
        format!("range({}, {})", start, stop)
    } else {
        format!("range({}, {}, {})", start, stop, step)
    }
}

/// An iterator over a range value `obj`.
pub fn range_iter(obj: &Value, r: &RangeObj) -> Value {
    match &r.big {
        None => crate::types::iter::new_iter(IterState::Range {
            next: r.start,
            stop: r.stop,
            step: r.step,
        }),
        Some(_) => crate::types::iter::new_iter(IterState::GetItem {
            obj: obj.clone(),
            index: 0,
        }),
    }
}

pub fn range_eq(a: &RangeObj, b: &RangeObj) -> bool {
    if a.big.is_some() || b.big.is_some() {
        let (la, lb) = (range_len_big(a), range_len_big(b));
        if la != lb {
            return false;
        }
        if la.is_zero() {
            return true;
        }
        let (sa, _, pa) = range_parts(a);
        let (sb, _, pb) = range_parts(b);
        return sa == sb && (la.is_one() || pa == pb);
    }
    let (la, lb) = (range_len(a), range_len(b));
    if la != lb {
        return false;
    }
    if la == 0 {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    la == 1 || a.step == b.step
}

/// The position of int `i` in the range, if it is an element.
fn big_position(r: &RangeObj, i: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = range_parts(r);
    let inside = if step.is_positive() {
        *i >= start && *i < stop
    } else {
        *i <= start && *i > stop
    };
    if !inside {
        return None;
    }
    let (q, rem) = (i - &start).div_rem(&step);
    if rem.is_zero() {
        Some(q)
    } else {
        None
    }
}

/// The item at (non-negative, in range) position `k`.
fn item_at(r: &RangeObj, k: &BigInt) -> Value {
    match (&r.big, k.to_i64()) {
        (None, Some(k)) => Value::Int(r.start + k * r.step),
        _ => {
            let (start, _, step) = range_parts(r);
            crate::ops::big_to_value(start + k * step)
        }
    }
}

fn int_item(vm: &Vm, item: &Value) -> Option<BigInt> {
    match item {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &**o {
            Obj::BigInt(b) => Some(b.clone()),
            Obj::Instance(_) => crate::types::int::to_big(vm, item),
            _ => None,
        },
        _ => None,
    }
}

/// Position of `item` by equality (non-int items), scanning the range.
fn scan(vm: &mut Vm, r: &RangeObj, item: &Value, count: bool) -> PyResult<(Option<BigInt>, i64)> {
    let n = range_len_big(r);
    let mut k = BigInt::zero();
    let mut found = 0;
    while k < n {
        let v = item_at(r, &k);
        if vm.eq(&v, item)? {
            if !count {
                return Ok((Some(k), 1));
            }
            found += 1;
        }
        k += 1u32;
    }
    Ok((None, found))
}

pub fn range_contains(vm: &mut Vm, r: &RangeObj, item: &Value) -> PyResult<bool> {
    if r.big.is_none() {
        let i = match item {
            Value::Int(i) => Some(*i as i128),
            Value::Bool(b) => Some(*b as i128),
            Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => return Ok(false),
            _ => None,
        };
        if let Some(i) = i {
            let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
            return Ok(if step > 0 {
                i >= start && i < stop && (i - start) % step == 0
            } else {
                i <= start && i > stop && (start - i) % (-step) == 0
            });
        }
    }
    match item_as_exact_int(vm, item) {
        Some(i) => Ok(big_position(r, &i).is_some()),
        None => Ok(scan(vm, r, item, false)?.0.is_some()),
    }
}

/// Exact ints (and bools, and int subclasses) take the arithmetic path.
fn item_as_exact_int(vm: &Vm, item: &Value) -> Option<BigInt> {
    int_item(vm, item)
}

/// Normalise a slice against a length of `len` items (CPython's long slice indices).
fn slice_indices_big(vm: &mut Vm, s: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let as_big = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        let has_index = match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => true,
            Value::Obj(o) if matches!(&**o, Obj::Instance(_)) => {
                let cls = vm.class_of(v);
                crate::types::class::lookup(vm, &cls, "__index__").is_some()
                    || crate::types::int::to_big(vm, v).is_some()
            }
            _ => false,
        };
        if !has_index {
            return Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        vm.index_big(v)
    };
    let step = if s[2].is_none() {
        BigInt::one()
    } else {
        as_big(vm, &s[2])?
    };
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |mut x: BigInt| {
        if x.is_negative() {
            x += len;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        x
    };
    let start = if s[0].is_none() {
        if neg {
            upper.clone()
        } else {
            lower.clone()
        }
    } else {
        clamp(as_big(vm, &s[0])?)
    };
    let stop = if s[1].is_none() {
        if neg {
            lower.clone()
        } else {
            upper.clone()
        }
    } else {
        clamp(as_big(vm, &s[1])?)
    };
    Ok((start, stop, step))
}

pub fn range_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let Some(r) = range_of(obj) else {
        return Err(type_error("descriptor '__getitem__' requires a 'range' object"));
    };
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            let n = range_len_big(r);
            let (a, b, c) = slice_indices_big(vm, s, &n)?;
            let (start, _, step) = range_parts(r);
            let nr = make_range(&start + a * &step, &start + b * &step, step * c);
            return Ok(Value::obj(Obj::Range(nr)));
        }
    }
    if r.big.is_none() {
        if let Value::Int(i) = key {
            let n = range_len(r);
            let j = if *i < 0 { i + n } else { *i };
            if j < 0 || j >= n {
                return Err(index_error("range object index out of range"));
            }
            return Ok(Value::Int(r.start + j * r.step));
        }
    }
    let is_int = match key {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => true,
        _ => {
            let cls = vm.class_of(key);
            crate::types::class::lookup(vm, &cls, "__index__").is_some()
        }
    };
    if !is_int {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = vm.index_big(key)?;
    let n = range_len_big(r);
    let j = if i.is_negative() { i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(index_error("range object index out of range"));
    }
    Ok(item_at(r, &j))
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos().get(1..).unwrap_or(&[]);
    if args.has_kw() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    match p.len() {
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n if n > 3 => return Err(type_error(format!("range expected at most 3 arguments, got {}", n))),
        _ => {}
    }
    // the fast path: plain small ints
    let small: Option<Vec<i64>> = p
        .iter()
        .map(|v| match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        })
        .collect();
    let nums: Vec<BigInt> = match small {
        Some(v) => v.into_iter().map(BigInt::from).collect(),
        None => {
            let mut out = Vec::with_capacity(p.len());
            for v in p {
                out.push(vm.index_big(v)?);
            }
            out
        }
    };
    let mut it = nums.into_iter();
    let (start, stop, step) = match p.len() {
        1 => (BigInt::zero(), it.next().unwrap_or_default(), BigInt::one()),
        2 => {
            let a = it.next().unwrap_or_default();
            (a, it.next().unwrap_or_default(), BigInt::one())
        }
        _ => {
            let a = it.next().unwrap_or_default();
            let b = it.next().unwrap_or_default();
            (a, b, it.next().unwrap_or_default())
        }
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Obj::Range(make_range(start, stop, step))))
}

fn range_of(v: &Value) -> Option<&RangeObj> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Range(r) => Some(r),
            _ => None,
        },
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str, nargs: usize) -> PyResult<&'a RangeObj> {
    let p = args.pos();
    let Some(v) = p.first() else {
        return Err(type_error(format!("unbound method range.{}() needs an argument", name)));
    };
    let Some(r) = range_of(v) else {
        return Err(type_error(format!(
            "descriptor '{}' for 'range' objects doesn't apply to a '{}' object",
            name,
            vm.type_name(v)
        )));
    };
    if name.starts_with("__") {
        if name == "__getitem__" || name == "__reversed__" {
            crate::builtins::method_args(args, &format!("range.{}", name), nargs, nargs)?;
        } else {
            crate::builtins::slot_args(args, &format!("range.{}", name), nargs)?;
        }
    } else {
        crate::builtins::method_args(args, &format!("range.{}", name), nargs, nargs)?;
    }
    Ok(r)
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "index", 1)?;
    let x = args.pos()[1].clone();
    let pos = match item_as_exact_int(vm, &x) {
        Some(i) => big_position(r, &i),
        None => scan(vm, r, &x, false)?.0,
    };
    match pos {
        Some(k) => Ok(crate::ops::big_to_value(k)),
        None => Err(value_error(format!("{} is not in range", vm.repr_string(&x)?))),
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "count", 1)?;
    let x = args.pos()[1].clone();
    match item_as_exact_int(vm, &x) {
        Some(i) => Ok(Value::Int(big_position(r, &i).is_some() as i64)),
        None => Ok(Value::Int(scan(vm, r, &x, true)?.1)),
    }
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(range_hash_value(vm, r)?))
}

/// hash(range): the hash of (len, start, step), with start/step None when they do not matter.
pub fn range_hash_value(vm: &mut Vm, r: &RangeObj) -> PyResult<i64> {
    let n = range_len_big(r);
    let start = range_attr(r, "start").unwrap_or(Value::None);
    let step = range_attr(r, "step").unwrap_or(Value::None);
    let nv = crate::ops::big_to_value(n.clone());
    let t = if n.is_zero() {
        vm.new_tuple(vec![Value::Int(0), Value::None, Value::None])
    } else if n.is_one() {
        vm.new_tuple(vec![Value::Int(1), start, Value::None])
    } else {
        vm.new_tuple(vec![nv, start, step])
    };
    vm.hash(&t)
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__reversed__", 0)?;
    let n = range_len_big(r);
    if n.is_zero() {
        return Ok(crate::types::iter::new_iter(IterState::Range {
            next: 0,
            stop: 0,
            step: 1,
        }));
    }
    let (start, _, step) = range_parts(r);
    let last = &start + (n - 1u32) * &step;
    let rev = make_range(last, start - &step, -step);
    let v = Value::obj(Obj::Range(rev));
    let Value::Obj(o) = &v else { unreachable!() };
    let Obj::Range(rr) = &**o else { unreachable!() };
    let _ = vm;
    Ok(range_iter(&v, rr))
}

fn range_len_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__len__", 0)?;
    Ok(Value::Int(range_len_checked(r)? as i64))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__bool__", 0)?;
    Ok(Value::Bool(!range_is_empty(r)))
}

fn range_getitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__getitem__", 1)?;
    let p = args.pos();
    range_getitem(vm, &p[0], &p[1])
}

fn range_contains_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__contains__", 1)?;
    Ok(Value::Bool(range_contains(vm, r, &args.pos()[1])?))
}

fn range_iter_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__iter__", 0)?;
    Ok(range_iter(&args.pos()[0], r))
}

fn is_range(v: &Value) -> bool {
    range_of(v).is_some()
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    vm.add_staticmethod(&t, "__new__", range_new);
    vm.add_method(&t, "index", range_index);
    vm.add_method(&t, "count", range_count);
    vm.add_method(&t, "__hash__", range_hash);
    vm.add_method(&t, "__reversed__", range_reversed);
    vm.add_method(&t, "__len__", range_len_m);
    vm.add_method(&t, "__bool__", range_bool);
    vm.add_method(&t, "__getitem__", range_getitem_m);
    vm.add_method(&t, "__contains__", range_contains_m);
    vm.add_method(&t, "__iter__", range_iter_m);
    for (name, f) in crate::rich_compare_methods!(is_range) {
        vm.add_method(&t, name, f);
    }
}
