//! The `math` module.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrite_vm::error::*;
use pyrite_vm::ops::big_to_value;
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};

mod c {
    #[link(name = "m")]
    extern "C" {
        // the C library's implementations, which CPython also uses for these functions
        pub fn erf(x: f64) -> f64;
        pub fn tgamma(x: f64) -> f64;
        pub fn lgamma(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        // glibc's alias: the plain name is shadowed by the compiler's own builtin cbrt
        #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

/// `math.f(x)`: exactly one positional argument.
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    match args.pos() {
        [v] => Ok(v),
        p => Err(type_error(format!(
            "math.{}() takes exactly one argument ({} given)",
            name,
            p.len()
        ))),
    }
}

/// `math.f(x, y)`: exactly two positional arguments.
fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if args.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", name)));
    }
    match args.pos() {
        [a, b] => Ok((a, b)),
        p => Err(type_error(format!("{} expected 2 arguments, got {}", name, p.len()))),
    }
}

/// A real number argument as a float (`__float__`, then `__index__`).
fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            if let Some(b) = pyrite_vm::types::int::to_big(vm, v) {
                return pyrite_vm::ops::big_to_f64(&b);
            }
            let cls = vm.class_of(v);
            let has = |vm: &mut Vm, n: &str| pyrite_vm::types::class::lookup(vm, &cls, n).is_some();
            if !has(vm, "__float__") && !has(vm, "__index__") {
                return Err(type_error(format!("must be real number, not {}", vm.type_name(v))));
            }
            pyrite_vm::types::float::float_from_value(vm, v)
        }
    }
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range() -> PyErr {
    overflow_error("math range error")
}

/// CPython's error convention for a libm-style result: NaN from a non-NaN argument is a
/// domain error; an infinity from a finite argument is a range error when the function can
/// overflow, else a domain error (a pole such as log(0)).
fn check(r: f64, x: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $ovf:expr, $f:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = to_f64(vm, one(&args, stringify!($name))?)?;
            let f: fn(f64) -> f64 = $f;
            check(f(x), x, $ovf)
        }
    };
}

unary!(sqrt, false, |x| if x < 0.0 { f64::NAN } else { x.sqrt() });
unary!(exp, true, f64::exp);
unary!(exp2, true, |x| unsafe { c::exp2(x) });
unary!(expm1, true, |x| unsafe { c::expm1(x) });
unary!(sin, false, f64::sin);
unary!(cos, false, f64::cos);
unary!(tan, false, f64::tan);
unary!(asin, false, |x| if !(-1.0..=1.0).contains(&x) {
    f64::NAN
} else {
    x.asin()
});
unary!(acos, false, |x| if !(-1.0..=1.0).contains(&x) {
    f64::NAN
} else {
    x.acos()
});
unary!(atan, false, f64::atan);
unary!(sinh, true, f64::sinh);
unary!(cosh, true, f64::cosh);
unary!(tanh, false, f64::tanh);
unary!(asinh, false, |x| unsafe { c::asinh(x) });
unary!(acosh, false, |x| if x < 1.0 {
    f64::NAN
} else {
    unsafe { c::acosh(x) }
});
unary!(atanh, false, |x| if x.abs() >= 1.0 {
    f64::NAN
} else {
    unsafe { c::atanh(x) }
});
unary!(fabs, false, f64::abs);
unary!(cbrt, false, |x| unsafe { c::cbrt(x) });
unary!(degrees, true, f64::to_degrees);
unary!(radians, true, f64::to_radians);
unary!(log1p, false, |x| if x <= -1.0 {
    if x == -1.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
} else {
    unsafe { c::log1p(x) }
});
unary!(erf, false, |x| unsafe { c::erf(x) });
unary!(erfc, false, |x| unsafe { c::erfc(x) });

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_f64(vm, one(&args, "gamma")?)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Value::Float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x.fract() == 0.0) {
        return Err(domain());
    }
    let r = unsafe { c::tgamma(x) };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_f64(vm, one(&args, "lgamma")?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain());
    }
    let r = unsafe { c::lgamma(x) };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

/// Natural logarithm (or `f`) of a number, with big ints handled beyond the float range.
fn log_helper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = pyrite_vm::types::int::to_big(vm, v) {
        if !b.is_positive() {
            return Err(domain());
        }
        if let Ok(x) = pyrite_vm::ops::big_to_f64(&b) {
            return Ok(f(x));
        }
        // b = m * 2**e with 0.5 <= m < 1
        let e = b.bits() as i64;
        let shift = e - 64;
        let top = (&b >> shift as usize).to_u64().unwrap_or(u64::MAX) as f64;
        let m = top / 18446744073709551616.0;
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kw() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    if p.is_empty() || p.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let a = log_helper(vm, &p[0], f64::ln)?;
    match p.get(1) {
        Some(b) => {
            let lb = log_helper(vm, b, f64::ln)?;
            if lb == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            Ok(Value::Float(a / lb))
        }
        None => Ok(Value::Float(a)),
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "log2")?;
    Ok(Value::Float(log_helper(vm, v, f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "log10")?;
    Ok(Value::Float(log_helper(vm, v, f64::log10)?))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "pow")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "atan2")?;
    let y = to_f64(vm, a)?;
    let x = to_f64(vm, b)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "copysign")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "fmod")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "remainder")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // halfway: pick the even multiple of y
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn norm(vals: &[f64]) -> f64 {
    if vals.iter().any(|v| v.is_infinite()) {
        return f64::INFINITY;
    }
    if vals.iter().any(|v| v.is_nan()) {
        return f64::NAN;
    }
    match vals {
        [] => 0.0,
        [a] => a.abs(),
        [a, b] => a.hypot(*b),
        _ => {
            let m = vals.iter().fold(0.0f64, |a, b| a.max(b.abs()));
            if m == 0.0 {
                return 0.0;
            }
            // compensated sum of squares of the scaled values
            let (mut sum, mut comp) = (0.0f64, 0.0f64);
            for v in vals {
                let s = v / m;
                let y = s * s - comp;
                let t = sum + y;
                comp = (t - sum) - y;
                sum = t;
            }
            m * sum.sqrt()
        }
    }
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(type_error("hypot() takes no keyword arguments"));
    }
    let mut vals = Vec::new();
    for v in args.pos() {
        vals.push(to_f64(vm, v)?);
    }
    Ok(Value::Float(norm(&vals)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "dist")?;
    let p = vm.iterate(a)?;
    let q = vm.iterate(b)?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        let a = to_f64(vm, a)?;
        let b = to_f64(vm, b)?;
        diffs.push(a - b);
    }
    Ok(Value::Float(norm(&diffs)))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = pyrite_vm::types::int::to_big(vm, v) {
        return Ok(b);
    }
    let cls = vm.class_of(v);
    if pyrite_vm::types::class::lookup(vm, &cls, "__index__").is_none() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    vm.index_big(v)
}

fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    pyrite_vm::types::int::int_from_value(vm, &Value::Float(x))
}

fn round_via(vm: &mut Vm, args: &Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one(args, name)?;
    match v {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => float_to_int(vm, f(*x)),
        _ => {
            if let Some(r) = vm.call_dunder(v, dunder, &[])? {
                return Ok(r);
            }
            let x = to_f64(vm, v)?;
            float_to_int(vm, f(x))
        }
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_via(vm, &args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_via(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "trunc")?;
    match v {
        Value::Float(x) => float_to_int(vm, x.trunc()),
        _ => match vm.call_dunder(v, "__trunc__", &[])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name(v)
            ))),
        },
    }
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "isfinite")?;
    Ok(Value::Bool(to_f64(vm, v)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "isinf")?;
    Ok(Value::Bool(to_f64(vm, v)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "isnan")?;
    Ok(Value::Bool(to_f64(vm, v)?.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            p.len()
        )));
    }
    let mut slots: [Option<Value>; 4] = [p.first().cloned(), p.get(1).cloned(), None, None];
    for (k, v) in args.kw() {
        let i = match k {
            "a" => 0,
            "b" => 1,
            "rel_tol" => 2,
            "abs_tol" => 3,
            _ => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for isclose()",
                    k
                )))
            }
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "argument for isclose() given by name ('{}') and position ({})",
                k,
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [a, b, rel, abs] = slots;
    let a = a.ok_or_else(|| type_error("isclose() missing required argument 'a' (pos 1)"))?;
    let b = b.ok_or_else(|| type_error("isclose() missing required argument 'b' (pos 2)"))?;
    let a = to_f64(vm, &a)?;
    let b = to_f64(vm, &b)?;
    let rel = match rel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (b - a).abs();
    Ok(Value::Bool(d <= (rel * b).abs() || d <= (rel * a).abs() || d <= abs))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(type_error("gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for v in args.pos() {
        let n = int_arg(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(big_to_value(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(type_error("lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    let mut zero = false;
    for v in args.pos() {
        let n = int_arg(vm, v)?;
        if n.is_zero() {
            zero = true;
        } else if !zero {
            l = l.lcm(&n);
        }
    }
    Ok(if zero { Value::Int(0) } else { big_to_value(l.abs()) })
}

/// Product of the integers in lo..=hi, by splitting in halves (keeps the factors balanced).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::from(lo);
        for i in lo + 1..=hi {
            r *= i;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "factorial")?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n
        .to_i64()
        .ok_or_else(|| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    Ok(big_to_value(range_product(1, n as u64)))
}

fn comb_perm_args(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "comb")?;
    let (n, k) = comb_perm_args(vm, a, b)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k
        .to_u64()
        .ok_or_else(|| overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(big_to_value(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(type_error("perm() takes no keyword arguments"));
    }
    let p = args.pos();
    if p.is_empty() {
        return Err(type_error("perm expected at least 1 argument, got 0"));
    }
    if p.len() > 2 {
        return Err(type_error(format!(
            "perm expected at most 2 arguments, got {}",
            p.len()
        )));
    }
    let kv = match p.get(1) {
        Some(v) if !v.is_none() => v.clone(),
        _ => p[0].clone(),
    };
    let (n, k) = comb_perm_args(vm, &p[0], &kv)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| overflow_error(format!("k must not exceed {}", i64::MAX)))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(big_to_value(r))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(&args, "isqrt")?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big_to_value(n.sqrt()))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            p.len()
        )));
    }
    let mut acc = Value::Int(1);
    for (k, v) in args.kw() {
        if k != "start" {
            return Err(type_error(format!("'{}' is an invalid keyword argument for prod()", k)));
        }
        acc = v.clone();
    }
    for v in vm.iterate(&p[0])? {
        acc = vm.binary_op(&acc, &v, pyrite_vm::ops::BinOpAlias::Mul)?;
    }
    Ok(acc)
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = one(&args, "fsum")?;
    // Shewchuk's algorithm: a list of non-overlapping partial sums whose total is exact
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in vm.iterate(it)? {
        let mut x = to_f64(vm, &v)?;
        if !x.is_finite() {
            // infinities and NaNs are summed separately
            inf_sum += x;
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if !x.is_finite() {
            return Err(overflow_error("intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // round half to even correctly when the remaining partials push past a tie
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_f64(vm, one(&args, "modf")?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_f64(vm, one(&args, "frexp")?)?;
    let (m, e) = pyrite_vm::hash::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "ldexp")?;
    let x = to_f64(vm, a)?;
    let e = match pyrite_vm::types::int::to_big(vm, b) {
        Some(e) => e,
        None => return Err(type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX })
        .clamp(-5000, 5000);
    // exact scaling: x = m * 2**k, result = m * 2**(k + e), rounded once
    let (neg, m, k) = pyrite_vm::types::float::float_parts(x);
    match pyrite_vm::types::float::ldexp_round(&num_bigint::BigUint::from(m), k + e) {
        Some(r) => Ok(Value::Float(if neg { -r } else { r })),
        None => Err(range()),
    }
}

fn nextafter_f(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "nextafter")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    Ok(Value::Float(unsafe { c::nextafter(x, y) }))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_f64(vm, one(&args, "ulp")?)?;
    if !x.is_finite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    let up = unsafe { c::nextafter(x, f64::INFINITY) };
    if up.is_infinite() {
        return Ok(Value::Float(x - unsafe { c::nextafter(x, 0.0) }));
    }
    Ok(Value::Float(up - x))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("math");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("cbrt", cbrt),
        ("degrees", degrees),
        ("radians", radians),
        ("expm1", expm1),
        ("log1p", log1p),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("atan2", atan2),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("hypot", hypot),
        ("dist", dist),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("prod", prod),
        ("fsum", fsum),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("nextafter", nextafter_f),
        ("ulp", ulp),
    ];
    for (n, f) in fns {
        let v = vm.new_native(n, *f);
        let k = vm.intern(n);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let k = vm.intern(n);
        pyrite_vm::vm::dict_set_str(&d, k, Value::Float(v));
    }
    Ok(m)
}
