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
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => return Ok(false),
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
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    if step > 0 {
        Ok(i >= start && i < stop && (i - start) % step == 0)
    } else {
        Ok(i <= start && i > stop && (start - i) % (-step) == 0)
    }
}

pub fn range_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let Some(r) = range_of(obj) else { return Err(type_error("descriptor '__getitem__' requires a 'range' object")) };
    let n = range_len(r) as usize;
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            let (start, stop, step, _count) = super::slice::slice_indices(vm, s, n)?;
            let big = |x: i128| i64::try_from(x).map_err(|_| overflow_error("Python int too large to convert to C ssize_t"));
            let nstart = big(r.start as i128 + start as i128 * r.step as i128)?;
            let nstop = big(r.start as i128 + stop as i128 * r.step as i128)?;
            let nstep = big(r.step as i128 * step as i128)?;
            return Ok(Value::obj(Obj::Range(RangeObj { start: nstart, stop: nstop, step: nstep })));
        }
    }
    let i = match key {
        Value::Int(_) | Value::Bool(_) => super::slice::seq_index(vm, key, n, "range object")?,
        Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => return Err(index_error("range object index out of range")),
        _ => {
            let cls = vm.class_of(key);
            if crate::types::class::lookup(vm, &cls, "__index__").is_none() {
                return Err(type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key))));
            }
            super::slice::seq_index(vm, key, n, "range object")?
        }
    };
    Ok(Value::Int(r.start + i as i64 * r.step))
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos().get(1..).unwrap_or(&[]);
    if args.has_kw() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let mut nums = Vec::new();
    for v in p {
        let n = match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => {
                let big = vm.index_big(v)?;
                i64::try_from(&big).map_err(|_| overflow_error("Python int too large to convert to C ssize_t"))?
            }
        };
        nums.push(n);
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
    let Some(v) = p.first() else { return Err(type_error(format!("unbound method range.{}() needs an argument", name))) };
    let Some(r) = range_of(v) else {
        return Err(type_error(format!("descriptor '{}' for 'range' objects doesn't apply to a '{}' object", name, vm.type_name(v))));
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
    match &x {
        Value::Int(_) | Value::Bool(_) => {
            if range_contains(vm, r, &x)? {
                let i = match x {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ => 0,
                };
                return Ok(Value::Int((i - r.start) / r.step));
            }
        }
        _ => {
            let n = range_len(r);
            for k in 0..n {
                if vm.eq(&Value::Int(r.start + k * r.step), &x)? {
                    return Ok(Value::Int(k));
                }
            }
        }
    }
    Err(value_error(format!("{} is not in range", vm.repr_string(&x)?)))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "count", 1)?;
    let x = args.pos()[1].clone();
    match &x {
        Value::Int(_) | Value::Bool(_) => Ok(Value::Int(range_contains(vm, r, &x)? as i64)),
        _ => {
            let n = range_len(r);
            let mut c = 0;
            for k in 0..n {
                if vm.eq(&Value::Int(r.start + k * r.step), &x)? {
                    c += 1;
                }
            }
            Ok(Value::Int(c))
        }
    }
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__hash__", 0)?;
    let n = range_len(r);
    let t = match n {
        0 => vm.new_tuple(vec![Value::Int(0), Value::None, Value::None]),
        1 => vm.new_tuple(vec![Value::Int(1), Value::Int(r.start), Value::None]),
        _ => vm.new_tuple(vec![Value::Int(n), Value::Int(r.start), Value::Int(r.step)]),
    };
    Ok(Value::Int(vm.hash(&t)?))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__reversed__", 0)?;
    let n = range_len(r);
    if n == 0 {
        return Ok(crate::types::iter::new_iter(IterState::Range { next: 0, stop: 0, step: 1 }));
    }
    let last = r.start as i128 + (n as i128 - 1) * r.step as i128;
    let stop = r.start as i128 - r.step as i128;
    let (Ok(last), Ok(stop), Some(step)) = (i64::try_from(last), i64::try_from(stop), r.step.checked_neg()) else {
        // the reversed bounds do not fit: iterate a materialised list instead
        let mut items = Vec::with_capacity(n.min(1 << 20) as usize);
        for k in (0..n).rev() {
            items.push(Value::Int(r.start + k * r.step));
        }
        let l = vm.new_list(items);
        return vm.get_iter(&l);
    };
    Ok(crate::types::iter::new_iter(IterState::Range { next: last, stop, step }))
}

fn range_len_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__len__", 0)?;
    Ok(Value::Int(range_len(r)))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__bool__", 0)?;
    Ok(Value::Bool(range_len(r) != 0))
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
    Ok(crate::types::iter::new_iter(IterState::Range { next: r.start, stop: r.stop, step: r.step }))
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
