//! `float`: parsing, construction and float methods.

use crate::error::*;
use crate::object::*;
use crate::ops::big_to_value;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

/// Parse a float literal as `float(str)` accepts it.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    // underscores only between digits
    let b = body.as_bytes();
    for (i, c) in b.iter().enumerate() {
        if *c == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit()) {
            return None;
        }
        if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-' | b'_')) {
            return None;
        }
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok().map(|v| sign * v)
}

pub fn float_from_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &**o {
            Obj::BigInt(b) => crate::ops::big_to_f64(b),
            Obj::Str(s) => parse_float(s.as_str()).ok_or_else(|| value_error(format!("could not convert string to float: {}", vm.repr_string(v).unwrap_or_default()))),
            Obj::Bytes(b) => {
                let s = String::from_utf8_lossy(b).to_string();
                parse_float(&s).ok_or_else(|| value_error(format!("could not convert string to float: {}", vm.repr_string(v).unwrap_or_default())))
            }
            _ => {
                if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
                    return match r {
                        Value::Float(f) => Ok(f),
                        _ => Err(type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r)))),
                    };
                }
                if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
                    return float_from_value(vm, &r);
                }
                let b = vm.unwrap_builtin(v);
                if !b.is(v) {
                    return float_from_value(vm, &b);
                }
                Err(type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v))))
            }
        },
        _ => Err(type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v)))),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let f = match p.first() {
        Some(v) => float_from_value(vm, v)?,
        None => 0.0,
    };
    if let Value::Obj(c) = &args.pos()[0] {
        if !std::rc::Rc::ptr_eq(c, &vm.types.float) {
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = Value::Float(f);
                }
            }
            return Ok(inst);
        }
    }
    Ok(Value::Float(f))
}

fn this(vm: &Vm, args: &Args) -> PyResult<f64> {
    match vm.unwrap_builtin(&args.pos()[0]) {
        Value::Float(f) => Ok(f),
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

pub fn as_integer_ratio_parts(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::hash::frexp(f);
    let mut mant = m;
    let mut exp = e;
    for _ in 0..300 {
        if mant.fract() == 0.0 {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let n = crate::ops::float_to_big(mant);
    let (mut num, mut den) = (n, BigInt::from(1));
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    Ok((num, den))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    let (n, d) = as_integer_ratio_parts(f)?;
    Ok(vm.new_tuple(vec![big_to_value(n), big_to_value(d)]))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    crate::types::int::int_from_value(vm, &Value::Float(f))
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args)?))
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    crate::types::int::int_from_value(vm, &Value::Float(f.floor()))
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    crate::types::int::int_from_value(vm, &Value::Float(f.ceil()))
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    match args.pos().get(1) {
        Some(nd) if !nd.is_none() => {
            let nd = vm.index_value(nd)?;
            Ok(Value::Float(crate::format::round_float(f, nd)))
        }
        _ => {
            let r = f.round_ties_even();
            crate::types::int::int_from_value(vm, &Value::Float(r))
        }
    }
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::hash::hash_float(this(vm, &args)?)))
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(crate::format::float_repr(this(vm, &args)?)))
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    let spec = args.pos().get(1).and_then(|s| s.as_str()).unwrap_or("").to_string();
    vm.format(&Value::Float(f), &spec)
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(Value::string(crate::format::float_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos().get(1).and_then(|v| v.as_str()).ok_or_else(|| type_error("fromhex() argument must be str"))?;
    let f = crate::format::parse_hex_float(s).ok_or_else(|| value_error("invalid hexadecimal floating-point string"))?;
    let _ = vm;
    Ok(Value::Float(f))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args)?))
}

fn float_getformat(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("IEEE, little-endian"))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_staticmethod(&t, "__new__", float_new);
    vm.add_method(&t, "is_integer", is_integer);
    vm.add_method(&t, "as_integer_ratio", as_integer_ratio);
    vm.add_method(&t, "__int__", float_int);
    vm.add_method(&t, "__trunc__", float_int);
    vm.add_method(&t, "__float__", float_float);
    vm.add_method(&t, "__floor__", float_floor);
    vm.add_method(&t, "__ceil__", float_ceil);
    vm.add_method(&t, "__round__", float_round);
    vm.add_method(&t, "__hash__", float_hash);
    vm.add_method(&t, "__repr__", float_repr);
    vm.add_method(&t, "__format__", float_format);
    vm.add_method(&t, "hex", float_hex);
    vm.add_classmethod(&t, "fromhex", float_fromhex);
    vm.add_method(&t, "conjugate", conjugate);
    vm.add_classmethod(&t, "__getformat__", float_getformat);
}
