//! `int` (and `bool`): construction from numbers and strings in any base, and int methods.

use crate::error::*;
use crate::object::*;
use crate::ops::{big_to_value, float_to_big};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Num, Signed, ToPrimitive, Zero};

/// Parse an int literal the way `int(s, base)` does. None if invalid.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits: &str = &lower;
    if base == 0 || base == 16 || base == 8 || base == 2 {
        let pref = [("0x", 16), ("0o", 8), ("0b", 2)];
        let mut had_prefix = false;
        for (p, b) in pref {
            if digits.starts_with(p) && (base == 0 || base == b) {
                digits = &digits[2..];
                base = b;
                had_prefix = true;
                if digits.starts_with('_') {
                    digits = &digits[1..];
                }
                break;
            }
        }
        if base == 0 {
            if !had_prefix {
                base = 10;
                // base 0: no leading zeros on non-zero decimals
                let plain: String = digits.chars().filter(|c| *c != '_').collect();
                if plain.len() > 1 && plain.starts_with('0') && plain.chars().any(|c| c != '0') {
                    return None;
                }
            }
        }
    }
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        // non-ASCII digits (e.g. Arabic-Indic) for base 10
        if base == 10 {
            let conv: Option<String> = clean.chars().map(|c| c.to_digit(10).map(|d| char::from(b'0' + d as u8)).or_else(|| unicode_digit(c))).collect();
            let conv = conv?;
            let v = BigInt::from_str_radix(&conv, 10).ok()?;
            return Some(if neg { -v } else { v });
        }
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

fn unicode_digit(c: char) -> Option<char> {
    let cp = c as u32;
    // Common decimal digit blocks: Arabic-Indic, Devanagari, fullwidth
    for base in [0x660u32, 0x6F0, 0x966, 0x9E6, 0xFF10] {
        if cp >= base && cp < base + 10 {
            return Some(char::from(b'0' + (cp - base) as u8));
        }
    }
    None
}

pub fn int_from_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            Ok(big_to_value(float_to_big(f.trunc())))
        }
        Value::Obj(o) => match &**o {
            Obj::BigInt(_) => Ok(v.clone()),
            Obj::Str(s) => match parse_int(s.as_str(), 10) {
                Some(b) => Ok(big_to_value(b)),
                None => Err(value_error(format!("invalid literal for int() with base 10: {}", vm.repr_string(v)?))),
            },
            Obj::Bytes(b) => {
                let s = String::from_utf8_lossy(b).to_string();
                match parse_int(&s, 10) {
                    Some(b) => Ok(big_to_value(b)),
                    None => Err(value_error(format!("invalid literal for int() with base 10: {}", vm.repr_string(v)?))),
                }
            }
            _ => {
                for name in ["__int__", "__index__"] {
                    if let Some(r) = vm.call_dunder(v, name, &[])? {
                        return match &r {
                            Value::Int(_) | Value::Bool(_) => Ok(Value::Int(match r { Value::Int(i) => i, Value::Bool(b) => b as i64, _ => 0 })),
                            Value::Obj(ro) if matches!(&**ro, Obj::BigInt(_)) => Ok(r.clone()),
                            _ => Err(type_error(format!("{} returned non-int (type {})", name, vm.type_name(&r)))),
                        };
                    }
                }
                if let Some(r) = vm.call_dunder(v, "__trunc__", &[])? {
                    return int_from_value(vm, &r);
                }
                let b = vm.unwrap_builtin(v);
                if !b.is(v) {
                    return int_from_value(vm, &b);
                }
                Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(v))))
            }
        },
        _ => Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(v)))),
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let x = p.first().cloned().or_else(|| args.kwarg("x").cloned());
    let base = p.get(1).cloned().or_else(|| args.kwarg("base").cloned());
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = vm.index_value(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match &x {
                Value::Obj(o) => match &**o {
                    Obj::Str(s) => s.as_str().to_string(),
                    Obj::Bytes(b) => String::from_utf8_lossy(b).to_string(),
                    Obj::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).to_string(),
                    _ => return Err(type_error("int() can't convert non-string with explicit base")),
                },
                _ => return Err(type_error("int() can't convert non-string with explicit base")),
            };
            match parse_int(&s, base as u32) {
                Some(b) => big_to_value(b),
                None => return Err(value_error(format!("invalid literal for int() with base {}: {}", base, vm.repr_string(&x)?))),
            }
        }
    };
    if let Value::Obj(c) = &args.pos()[0] {
        if !std::rc::Rc::ptr_eq(c, &vm.types.int) {
            if std::rc::Rc::ptr_eq(c, &vm.types.bool_) {
                return Ok(Value::Bool(vm.is_true(&v)?));
            }
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = v;
                }
            }
            return Ok(inst);
        }
    }
    Ok(v)
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    if args.has_kw() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    match p.first() {
        Some(v) => Ok(Value::Bool(vm.is_true(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

pub fn to_big(vm: &Vm, v: &Value) -> Option<BigInt> {
    let v = vm.unwrap_builtin(v);
    match &v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &**o {
            Obj::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args) -> PyResult<BigInt> {
    to_big(vm, &args.pos()[0]).ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::Int(b.magnitude().bits() as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let p = args.pos();
    let length = match p.get(1).or(args.kwarg("length")) {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    let order = p.get(2).or(args.kwarg("byteorder")).and_then(|v| v.as_str()).unwrap_or("big").to_string();
    let signed = match args.kwarg("signed") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    if b.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if b.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length as usize {
        // signed values may have a redundant sign byte
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if order == "big" {
        bytes.reverse();
    } else if order != "little" {
        return Err(value_error("byteorder must be either 'little' or 'big'"));
    }
    Ok(Value::obj(Obj::Bytes(bytes.into_boxed_slice())))
}

fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let data = p.get(1).or(args.kwarg("bytes")).cloned().ok_or_else(|| type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let order = p.get(2).or(args.kwarg("byteorder")).and_then(|v| v.as_str()).unwrap_or("big").to_string();
    let signed = match args.kwarg("signed") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut bytes: Vec<u8> = match crate::types::bytes::bytes_like(&data) {
        Some(b) => b,
        None => vm.iterate(&data)?.iter().map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 }).collect(),
    };
    if order == "big" {
        bytes.reverse();
    } else if order != "little" {
        return Err(value_error("byteorder must be either 'little' or 'big'"));
    }
    let v = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes) };
    Ok(big_to_value(v))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(vm.new_tuple(vec![big_to_value(b), Value::Int(1)]))
}

fn identity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(big_to_value(b))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::Float(crate::ops::big_to_f64(&b)?))
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::Bool(!b.is_zero()))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let nd = match args.pos().get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => return Ok(big_to_value(b)),
    };
    if nd >= 0 {
        return Ok(big_to_value(b));
    }
    // round to 10**(-nd) with ties to even
    let p = num_traits::pow(BigInt::from(10), (-nd) as usize);
    use num_integer::Integer;
    let (q, r) = b.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    Ok(big_to_value(q * p))
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::Int(crate::hash::hash_bigint(&b)))
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    identity(vm, args)
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(vm.new_tuple(vec![big_to_value(b)]))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = vm.unwrap_builtin(&args.pos()[0]);
    vm.repr(&v)
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = vm.unwrap_builtin(&args.pos()[0]);
    let spec = args.pos().get(1).and_then(|s| s.as_str()).unwrap_or("").to_string();
    vm.format(&v, &spec)
}

fn is_integer(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_staticmethod(&t, "__new__", int_new);
    vm.add_method(&t, "bit_length", bit_length);
    vm.add_method(&t, "bit_count", bit_count);
    vm.add_method(&t, "to_bytes", to_bytes);
    vm.add_classmethod(&t, "from_bytes", from_bytes);
    vm.add_method(&t, "as_integer_ratio", as_integer_ratio);
    vm.add_method(&t, "conjugate", identity);
    vm.add_method(&t, "is_integer", is_integer);
    vm.add_method(&t, "__index__", int_index);
    vm.add_method(&t, "__int__", identity);
    vm.add_method(&t, "__trunc__", identity);
    vm.add_method(&t, "__floor__", identity);
    vm.add_method(&t, "__ceil__", identity);
    vm.add_method(&t, "__float__", int_float);
    vm.add_method(&t, "__bool__", int_bool);
    vm.add_method(&t, "__round__", int_round);
    vm.add_method(&t, "__hash__", int_hash);
    vm.add_method(&t, "__getnewargs__", int_getnewargs);
    vm.add_method(&t, "__repr__", int_repr);
    vm.add_method(&t, "__format__", int_format);
    let b = vm.types.bool_.clone();
    vm.add_staticmethod(&b, "__new__", bool_new);
    let _ = ToPrimitive::to_i64(&BigInt::zero());
}
