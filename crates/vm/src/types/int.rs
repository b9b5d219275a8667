//! `int` (and `bool`): construction from numbers and strings in any base, and int methods.

use crate::error::*;
use crate::object::*;
use crate::ops::{big_to_value, float_to_big};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Num, Signed, ToPrimitive, Zero};

thread_local! {
    /// `sys.get_int_max_str_digits()`: 0 means unlimited.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

pub fn sys_get_int_max_str_digits(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos().is_empty() || args.has_kw() {
        return Err(type_error(format!(
            "get_int_max_str_digits() takes no arguments ({} given)",
            args.all.len()
        )));
    }
    Ok(Value::Int(max_str_digits() as i64))
}

pub fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = match (args.pos().first(), args.kwarg("maxdigits")) {
        (Some(v), None) if args.pos().len() == 1 && !args.has_kw() => v.clone(),
        (None, Some(v)) if args.kwnames.len() == 1 => v.clone(),
        _ => {
            return Err(type_error(
                "set_int_max_str_digits() takes exactly one argument (maxdigits)",
            ))
        }
    };
    let n = vm.index_value(&v)?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(Value::None)
}

/// Decimal text of a big int, subject to the int max str digits limit.
pub fn big_to_decimal(b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    let err = || {
        value_error(format!("Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit))
    };
    if limit > 0 {
        // a number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits
        let bits = b.magnitude().bits();
        if bits > 0 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1 > limit as u64 + 1 {
            return Err(err());
        }
    }
    let s = b.to_string();
    let digits = s.len() - b.is_negative() as usize;
    if limit > 0 && digits > limit {
        return Err(err());
    }
    Ok(s)
}

/// The str -> int digit limit check (only for bases that are not powers of two).
fn check_str_digits(s: &str, base: u32) -> PyResult<()> {
    let limit = max_str_digits();
    if limit == 0 || base.is_power_of_two() || s.len() <= limit {
        return Ok(());
    }
    let digits = s.chars().filter(|c| c.is_alphanumeric()).count();
    if digits > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            limit, digits
        )));
    }
    Ok(())
}

/// `int(text, base)` with CPython's error message.
fn int_from_text(vm: &mut Vm, text: &str, base: u32, orig: &Value) -> PyResult<Value> {
    match parse_int(text, base) {
        Some(b) => {
            check_str_digits(text, if base == 0 { 10 } else { base })?;
            Ok(big_to_value(b))
        }
        None => Err(value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            vm.repr_string(orig)?
        ))),
    }
}

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
            let conv: Option<String> = clean.chars().map(unicode_digit).collect();
            let conv = conv?;
            let v = BigInt::from_str_radix(&conv, 10).ok()?;
            return Some(if neg { -v } else { v });
        }
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

/// Bytes as text for parsing: non-ASCII bytes become a character no parser accepts.
fn ascii_text(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c.is_ascii() { c as char } else { '\u{FFFD}' })
        .collect()
}

/// The ASCII digit for a Unicode decimal digit (category Nd), if `c` is one.
pub fn unicode_digit(c: char) -> Option<char> {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
        0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
        0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
        0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
    ];
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(c);
    }
    ZEROS
        .iter()
        .find(|&&z| cp >= z && cp < z + 10)
        .map(|&z| char::from(b'0' + (cp - z) as u8))
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
            Obj::Str(s) => int_from_text(vm, s.as_str(), 10, v),
            Obj::Bytes(b) => {
                let s = ascii_text(b);
                int_from_text(vm, &s, 10, v)
            }
            Obj::ByteArray(b) => {
                let s = ascii_text(&b.borrow());
                int_from_text(vm, &s, 10, v)
            }
            _ => {
                for name in ["__int__", "__index__"] {
                    if let Some(r) = vm.call_dunder(v, name, &[])? {
                        return match &r {
                            Value::Int(_) | Value::Bool(_) => Ok(Value::Int(match r {
                                Value::Int(i) => i,
                                Value::Bool(b) => b as i64,
                                _ => 0,
                            })),
                            Value::Obj(ro) if matches!(&**ro, Obj::BigInt(_)) => Ok(r.clone()),
                            _ => Err(type_error(format!(
                                "{} returned non-int (type {})",
                                name,
                                vm.type_name(&r)
                            ))),
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
                Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    if p.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    for (k, _) in args.kw() {
        if k != "base" {
            return Err(type_error(format!("'{}' is an invalid keyword argument for int()", k)));
        }
        if p.len() > 1 {
            return Err(type_error("argument for int() given by name ('base') and position (2)"));
        }
    }
    let x = p.first().cloned();
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
            let ux = vm.unwrap_builtin(&x);
            let s = match &ux {
                Value::Obj(o) => match &**o {
                    Obj::Str(s) => s.as_str().to_string(),
                    Obj::Bytes(b) => ascii_text(b),
                    Obj::ByteArray(b) => ascii_text(&b.borrow()),
                    _ => return Err(type_error("int() can't convert non-string with explicit base")),
                },
                _ => return Err(type_error("int() can't convert non-string with explicit base")),
            };
            int_from_text(vm, &s, base as u32, &x)?
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

/// Collect `name(length=..., byteorder=..., *, signed=...)`-style arguments.
fn bytes_args<'a>(args: &Args<'a>, fname: &str, names: [&str; 2]) -> PyResult<[Option<&'a Value>; 3]> {
    let p = &args.pos()[1..];
    if p.len() > 2 {
        return Err(type_error(format!(
            "{}() takes at most 2 positional arguments ({} given)",
            fname,
            p.len()
        )));
    }
    let mut out = [p.first(), p.get(1), None];
    for (k, v) in args.kw() {
        let slot = if k == names[0] {
            0
        } else if k == names[1] {
            1
        } else if k == "signed" {
            2
        } else {
            return Err(type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                fname, k
            )));
        };
        if out[slot].is_some() {
            return Err(type_error(format!(
                "argument for {}() given by name ('{}') and position ({})",
                fname,
                k,
                slot + 1
            )));
        }
        out[slot] = Some(v);
    }
    Ok(out)
}

/// The byteorder argument: true for little-endian.
fn byteorder_arg(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!(
                "{}() argument 'byteorder' must be str, not {}",
                fname,
                vm.type_name(v)
            ))),
        },
    }
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let [length, order, signed] = bytes_args(&args, "to_bytes", ["length", "byteorder"])?;
    let length = match length {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    let little = byteorder_arg(vm, order, "to_bytes")?;
    let signed = match signed {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    if b.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if b.is_zero() {
        vec![]
    } else if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if bytes.len() as u64 > length as u64 {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::obj(Obj::Bytes(bytes.into_boxed_slice())))
}

fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos()[0].clone();
    let [data, order, signed] = bytes_args(&args, "from_bytes", ["bytes", "byteorder"])?;
    let data = data
        .cloned()
        .ok_or_else(|| type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let little = byteorder_arg(vm, order, "from_bytes")?;
    let signed = match signed {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut bytes: Vec<u8> = match crate::types::bytes::bytes_like(&data) {
        Some(b) => b,
        None => {
            if data.as_str().is_some() {
                return Err(type_error("cannot convert 'str' object to bytes"));
            }
            let items = vm
                .iterate(&data)
                .map_err(|_| type_error(format!("cannot convert '{}' object to bytes", vm.type_name(&data))))?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let n = match vm.index_value(it) {
                    Ok(n) => n,
                    Err(_) => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(it)
                        )))
                    }
                };
                if !(0..256).contains(&n) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    let v = big_to_value(v);
    if let Value::Obj(c) = &cls {
        if !std::rc::Rc::ptr_eq(c, &vm.types.int) {
            return vm.call_value(&cls, &[v]);
        }
    }
    Ok(v)
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
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
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
    let orig = args.pos()[0].clone();
    let v = vm.unwrap_builtin(&orig);
    let spec = match args.pos().get(1) {
        Some(s) => match s.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "__format__() argument must be str, not {}",
                    vm.type_name(s)
                )))
            }
        },
        None => return Err(type_error("__format__() takes exactly one argument (0 given)")),
    };
    if spec.is_empty() && !v.is(&orig) {
        // format(x, '') is str(x), which a subclass may override
        return vm.str(&orig);
    }
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
    vm.set_class_attr(&t, "__doc__", Value::str("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given."));
    vm.set_class_attr(
        &b,
        "__doc__",
        Value::str("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise."),
    );
    crate::ops::init_numeric_dunders(vm);
}
