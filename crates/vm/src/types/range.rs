//! `range`: lazy arithmetic progressions.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

pub fn range_len(r: &RangeObj) -> i64 {
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

pub fn range_eq(a: &RangeObj, b: &RangeObj) -> bool {
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

pub fn range_contains(vm: &mut Vm, r: &RangeObj, item: &Value) -> PyResult<bool> {
    let i = match item {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            // generic equality for non-ints
            let n = range_len(r);
            for k in 0..n {
                if vm.eq(&Value::Int(r.start + k * r.step), item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    };
    if r.step > 0 {
        Ok(i >= r.start && i < r.stop && (i - r.start) % r.step == 0)
    } else {
        Ok(i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0)
    }
}

pub fn range_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let Value::Obj(o) = obj else { unreachable!() };
    let Obj::Range(r) = &**o else { unreachable!() };
    let n = range_len(r) as usize;
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            let (start, _stop, step, count) = super::slice::slice_indices(vm, s, n)?;
            let nstart = r.start + start * r.step;
            let nstep = r.step * step;
            let nstop = nstart + count as i64 * nstep;
            return Ok(Value::obj(Obj::Range(RangeObj { start: nstart, stop: nstop, step: nstep })));
        }
    }
    let i = super::slice::seq_index(vm, key, n, "range object")?;
    Ok(Value::Int(r.start + i as i64 * r.step))
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    if args.has_kw() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let mut nums = Vec::new();
    for v in p {
        nums.push(vm.index_value(v).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))?);
    }
    let (start, stop, step) = match nums.len() {
        1 => (0, nums[0], 1),
        2 => (nums[0], nums[1], 1),
        3 => (nums[0], nums[1], nums[2]),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Obj::Range(RangeObj { start, stop, step })))
}

fn this(v: &Value) -> &RangeObj {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Range(r) => r,
            _ => unreachable!(),
        },
        _ => unreachable!(),
    }
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let r = this(&p[0]);
    if range_contains(vm, r, &p[1])? {
        if let Value::Int(i) = p[1] {
            return Ok(Value::Int((i - r.start) / r.step));
        }
    }
    Err(value_error(format!("{} is not in range", vm.repr_string(&p[1])?)))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let r = this(&p[0]);
    Ok(Value::Int(range_contains(vm, r, &p[1])? as i64))
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(&args.pos()[0]);
    let t = vm.new_tuple(vec![Value::Int(range_len(r)), Value::Int(r.start), Value::Int(r.step)]);
    Ok(Value::Int(vm.hash(&t)?))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(&args.pos()[0]);
    let n = range_len(r);
    let last = r.start + (n - 1) * r.step;
    let rr = RangeObj { start: last, stop: r.start - r.step, step: -r.step };
    let v = if n == 0 { Value::obj(Obj::Range(RangeObj { start: 0, stop: 0, step: 1 })) } else { Value::obj(Obj::Range(rr)) };
    vm.get_iter(&v)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    vm.add_staticmethod(&t, "__new__", range_new);
    vm.add_method(&t, "index", range_index);
    vm.add_method(&t, "count", range_count);
    vm.add_method(&t, "__hash__", range_hash);
    vm.add_method(&t, "__reversed__", range_reversed);
}
