//! `float`: parsing, construction and float methods.

use crate::error::*;
use crate::object::*;
use crate::ops::big_to_value;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

/// Parse a float literal as `float(str)` accepts it: surrounding whitespace, a sign,
/// `inf`/`infinity`/`nan` in any case, Unicode decimal digits, and underscores between digits.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let mut clean = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            clean.push(c.to_ascii_lowercase());
        } else {
            clean.push(crate::types::int::unicode_digit(c)?);
        }
    }
    let (neg, body) = match clean.as_bytes().first() {
        Some(b'-') => (true, &clean[1..]),
        Some(b'+') => (false, &clean[1..]),
        _ => (false, &clean[..]),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // digits [. digits] [e [sign] digits], with '_' only between two digits
            let b = body.as_bytes();
            let mut i = 0;
            let mut out = String::with_capacity(b.len());
            let digits = |i: &mut usize, out: &mut String| -> Option<usize> {
                let start = *i;
                while *i < b.len() {
                    let c = b[*i];
                    if c.is_ascii_digit() {
                        out.push(c as char);
                    } else if c == b'_' {
                        if *i == start
                            || *i + 1 >= b.len()
                            || !b[*i - 1].is_ascii_digit()
                            || !b[*i + 1].is_ascii_digit()
                        {
                            return None;
                        }
                    } else {
                        break;
                    }
                    *i += 1;
                }
                Some(*i - start)
            };
            let int_digits = digits(&mut i, &mut out)?;
            let mut frac_digits = 0;
            if i < b.len() && b[i] == b'.' {
                out.push('.');
                i += 1;
                frac_digits = digits(&mut i, &mut out)?;
            }
            if int_digits + frac_digits == 0 {
                return None;
            }
            if i < b.len() && b[i] == b'e' {
                out.push('e');
                i += 1;
                if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                    out.push(b[i] as char);
                    i += 1;
                }
                if digits(&mut i, &mut out)? == 0 {
                    return None;
                }
            }
            if i != b.len() {
                return None;
            }
            out.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// The float nearest to `m * 2**e` (ties to even), or None when it overflows.
pub fn ldexp_round(m: &num_bigint::BigUint, e: i64) -> Option<f64> {
    use num_traits::ToPrimitive;
    let bits = m.bits() as i64;
    if bits == 0 {
        return Some(0.0);
    }
    let top = bits + e; // value < 2**top
    if top > 1024 + 1 {
        return None;
    }
    let mut lsb = (top - 53).max(-1074);
    let shift = lsb - e;
    let mut q: u64 = if shift <= 0 {
        lsb = e;
        m.to_u64()?
    } else {
        let q = m >> (shift as usize);
        let mut q = q.to_u64()?;
        let half = num_bigint::BigUint::from(1u8) << ((shift - 1) as usize);
        let rem = m - (num_bigint::BigUint::from(q) << (shift as usize));
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    // normalise to a 53-bit significand where possible
    while q >= 1 << 53 {
        if q & 1 == 1 {
            // only reachable with shift <= 0 when m has > 53 bits, which cannot happen
            return None;
        }
        q >>= 1;
        lsb += 1;
    }
    while q != 0 && q < 1 << 52 && lsb > -1074 {
        q <<= 1;
        lsb -= 1;
    }
    if q == 0 {
        return Some(0.0);
    }
    if q < 1 << 52 {
        // subnormal
        return Some(f64::from_bits(q));
    }
    let exp_field = lsb + 52 + 1023;
    if exp_field >= 2047 {
        return None;
    }
    Some(f64::from_bits(((exp_field as u64) << 52) | (q & ((1 << 52) - 1))))
}

/// Exact decomposition of a finite float: f = m * 2**e with m an integer.
pub fn float_parts(f: f64) -> (bool, u64, i64) {
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1 << 52), exp - 1075)
    }
}

/// `float.hex()`.
pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

/// `float.fromhex(s)`.
pub fn float_from_hex(s: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Ok(if neg { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            // clamp absurd exponents; they over/underflow anyway
            let v: i64 = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(1 << 40);
            (m, if e.starts_with('-') { -v } else { v })
        }
        None => (body, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(invalid());
    }
    let mut m = num_bigint::BigUint::from(0u8);
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        m = (m << 4usize) + num_bigint::BigUint::from(d);
    }
    let e = exp - 4 * fp.len() as i64;
    let v = if m.bits() == 0 {
        0.0
    } else if e + (m.bits() as i64) < -1100 {
        0.0
    } else {
        ldexp_round(&m, e).ok_or_else(|| overflow_error("hexadecimal value too large to represent as a float"))?
    };
    Ok(if neg { -v } else { v })
}

/// `round(f, nd)`: the exact value rounded half-to-even at the given decimal place.
pub fn round_ndigits(f: f64, nd: i64) -> PyResult<f64> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::Zero;
    if !f.is_finite() || f == 0.0 || nd > 323 {
        return Ok(f);
    }
    if nd < -308 {
        return Ok(0.0f64.copysign(f));
    }
    let (neg, m, e) = float_parts(f);
    if e >= 0 && nd >= 0 {
        return Ok(f);
    }
    // f = m * 2**e; scaled = f * 10**nd = num / den
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let p10 = num_traits::pow(BigInt::from(10), nd.unsigned_abs() as usize);
    if nd >= 0 {
        num *= &p10;
    } else {
        den *= &p10;
    }
    let (q, r) = num.div_rem(&den);
    let twice = &r * 2;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let v = if q.is_zero() {
        0.0
    } else if nd >= 0 {
        format!("{}e-{}", q, nd).parse::<f64>().unwrap_or(f64::INFINITY)
    } else {
        let n = q * p10;
        ldexp_round(n.magnitude(), 0).unwrap_or(f64::INFINITY)
    };
    if v.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(if neg { -v } else { v })
}

pub fn float_from_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &**o {
            Obj::BigInt(b) => crate::ops::big_to_f64(b),
            Obj::Str(s) => parse_float(s.as_str()).ok_or_else(|| {
                value_error(format!(
                    "could not convert string to float: {}",
                    vm.repr_string(v).unwrap_or_default()
                ))
            }),
            Obj::Bytes(b) => {
                let s = String::from_utf8_lossy(b).to_string();
                parse_float(&s).ok_or_else(|| {
                    value_error(format!(
                        "could not convert string to float: {}",
                        vm.repr_string(v).unwrap_or_default()
                    ))
                })
            }
            _ => {
                if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
                    return match r {
                        Value::Float(f) => Ok(f),
                        _ => Err(type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(v),
                            vm.type_name(&r)
                        ))),
                    };
                }
                if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
                    return float_from_value(vm, &r);
                }
                let b = vm.unwrap_builtin(v);
                if !b.is(v) {
                    return float_from_value(vm, &b);
                }
                Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
        _ => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(v)
        ))),
    }
}

thread_local! {
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Floats are immediate values, so `is` compares bits. Each `float("nan")` call makes a new
/// object in CPython (`float("nan") is float("nan")` is False, and list equality, which
/// short-cuts on identity, differs); giving every such NaN its own payload reproduces that.
fn fresh_nan(f: f64) -> f64 {
    let n = NAN_SERIAL.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    let payload = n & 0x0003_ffff_ffff_ffff;
    f64::from_bits((f.to_bits() & 0x8000_0000_0000_0000) | 0x7ff8_0000_0000_0000 | payload)
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let f = match p.first() {
        Some(v) => float_from_value(vm, v)?,
        None => 0.0,
    };
    let f = if f.is_nan() && !matches!(p.first(), Some(Value::Float(_))) {
        fresh_nan(f)
    } else {
        f
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
            Ok(Value::Float(round_ndigits(f, nd)?))
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
    let orig = args.pos()[0].clone();
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
    if spec.is_empty() && !matches!(orig, Value::Float(_)) {
        // format(x, '') is str(x), which a subclass may override
        return vm.str(&orig);
    }
    vm.format(&Value::Float(f), &spec)
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(Value::string(float_to_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args
        .pos()
        .get(1)
        .and_then(|v| v.as_str())
        .ok_or_else(|| type_error("fromhex() argument must be str"))?;
    let f = float_from_hex(s)?;
    let cls = args.pos()[0].clone();
    if let Value::Obj(c) = &cls {
        if !std::rc::Rc::ptr_eq(c, &vm.types.float) {
            return vm.call_value(&cls, &[Value::Float(f)]);
        }
    }
    Ok(Value::Float(f))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args)?))
}

fn float_getformat(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("IEEE, little-endian"))
}

/// `sys.float_info`: an object whose attributes describe the float type.
pub fn float_info(vm: &mut Vm) -> PyResult<Value> {
    let fields: [(&str, Value); 11] = [
        ("max", Value::Float(f64::MAX)),
        ("max_exp", Value::Int(f64::MAX_EXP as i64)),
        ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
        ("min", Value::Float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(f64::MIN_EXP as i64)),
        ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
        ("dig", Value::Int(f64::DIGITS as i64)),
        ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
        ("epsilon", Value::Float(f64::EPSILON)),
        ("radix", Value::Int(f64::RADIX as i64)),
        ("rounds", Value::Int(1)),
    ];
    let mut ns = crate::dict::Dict::new();
    let mut parts = Vec::new();
    for (k, v) in fields.iter() {
        let key = vm.intern(k);
        ns.set_str(key, v.clone());
        parts.push(format!("{}={}", k, vm.repr_string(v)?));
    }
    let repr = format!("sys.float_info({})", parts.join(", "));
    let key = vm.intern("_repr");
    ns.set_str(key, Value::string(repr));
    let key = vm.intern("__module__");
    ns.set_str(key, Value::str("sys"));
    let meta = vm.types.type_.clone();
    let cls = crate::types::class::new_class(vm, &meta, "float_info", vec![], &ns)?;
    vm.add_method(&cls, "__repr__", float_info_repr);
    Ok(crate::types::object::new_instance(vm, &cls))
}

fn float_info_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    vm.getattr(&v, &Value::str("_repr"))
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

/// Shortest round-tripping decimal digits of a finite, non-zero float and the decimal exponent
/// of the first digit (value = d1.d2d3... * 10**exp). When two shortest candidates are equally
/// near the exact binary value, the one with an even last digit wins, as in CPython.
pub fn repr_digits(f: f64) -> (String, i32) {
    let a = f.abs();
    let s = format!("{:e}", a);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let n = digits.len();
    let last = digits.as_bytes()[n - 1] - b'0';
    if last % 2 == 0 {
        return (digits, exp);
    }
    // candidates one unit below/above in the last place, when they also round-trip
    let Ok(c) = digits.parse::<u64>() else {
        return (digits, exp);
    };
    let q = exp - (n as i32 - 1);
    for cand in [c - 1, c + 1] {
        let cs = cand.to_string();
        if cs.len() != n {
            continue;
        }
        if format!("{}e{}", cs, q).parse::<f64>() != Ok(a) {
            continue;
        }
        if exact_distance_cmp(a, cand, c, q) == std::cmp::Ordering::Equal {
            return (cs, exp);
        }
    }
    (digits, exp)
}

/// Compare |x*10**q - v| with |y*10**q - v| exactly.
fn exact_distance_cmp(v: f64, x: u64, y: u64, q: i32) -> std::cmp::Ordering {
    use num_bigint::BigInt;
    use num_traits::Signed;
    let (_, m, e) = float_parts(v);
    let mut vv = BigInt::from(m);
    let mut xs = BigInt::from(x);
    let mut ys = BigInt::from(y);
    // bring both sides to integers: multiply by 2**-e and 10**-q where needed
    if e >= 0 {
        vv <<= e as usize;
    } else {
        xs <<= (-e) as usize;
        ys <<= (-e) as usize;
    }
    let p = num_traits::pow(BigInt::from(10), q.unsigned_abs() as usize);
    if q >= 0 {
        xs *= &p;
        ys *= &p;
    } else {
        vv *= &p;
    }
    (&xs - &vv).abs().cmp(&(&ys - &vv).abs())
}
