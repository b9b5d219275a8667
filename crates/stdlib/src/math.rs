//! The `math` module.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrite_vm::error::*;
use pyrite_vm::ops::big_to_value;
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};

fn arg_f64(vm: &mut Vm, args: &Args, i: usize, fname: &str) -> PyResult<f64> {
    let v = args.pos().get(i).cloned().ok_or_else(|| type_error(format!("{}() missing required argument", fname)))?;
    match &v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            if v.as_str().is_some() {
                return Err(type_error("must be real number, not str"));
            }
            pyrite_vm::types::float::float_from_value(vm, &v).map_err(|e| {
                if vm.err_matches(&e, ExcKind::TypeError) {
                    type_error(format!("must be real number, not {}", vm.type_name(&v)))
                } else {
                    e
                }
            })
        }
    }
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn check(r: f64, x: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = arg_f64(vm, &args, 0, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            check(f(x), x)
        }
    };
}

unary!(sqrt, |x| if x < 0.0 { f64::NAN } else { x.sqrt() });
unary!(exp, f64::exp);
unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(asin, |x| if !(-1.0..=1.0).contains(&x) { f64::NAN } else { x.asin() });
unary!(acos, |x| if !(-1.0..=1.0).contains(&x) { f64::NAN } else { x.acos() });
unary!(atan, f64::atan);
unary!(sinh, f64::sinh);
unary!(cosh, f64::cosh);
unary!(tanh, f64::tanh);
unary!(asinh, f64::asinh);
unary!(acosh, |x| if x < 1.0 { f64::NAN } else { x.acosh() });
unary!(atanh, |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() });
unary!(fabs, f64::abs);
unary!(degrees, f64::to_degrees);
unary!(radians, f64::to_radians);
unary!(expm1, f64::exp_m1);
unary!(log1p, |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });
unary!(erf, erf_impl);
unary!(erfc, |x| 1.0 - erf_impl(x));
unary!(gamma, gamma_impl);
unary!(lgamma, |x| gamma_impl(x).abs().ln());

fn erf_impl(x: f64) -> f64 {
    // Abramowitz-Stegun 7.1.26 is too coarse; use a series/continued fraction split.
    if x.abs() < 2.0 {
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        for n in 1..100 {
            term *= -x2 / n as f64;
            let add = term / (2 * n + 1) as f64;
            sum += add;
            if add.abs() < 1e-17 * sum.abs() {
                break;
            }
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        // continued fraction for erfc
        let ax = x.abs();
        let mut f = 0.0;
        for k in (1..60).rev() {
            f = (k as f64 / 2.0) / (ax + f);
        }
        let erfc = (-ax * ax).exp() / std::f64::consts::PI.sqrt() / (ax + f);
        if x > 0.0 {
            1.0 - erfc
        } else {
            erfc - 1.0
        }
    }
}

fn gamma_impl(x: f64) -> f64 {
    if x <= 0.0 && x.fract() == 0.0 {
        return f64::NAN;
    }
    if x.fract() == 0.0 && x < 171.0 {
        let mut r = 1.0;
        for i in 2..(x as u64) {
            r *= i as f64;
        }
        return r;
    }
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma_impl(1.0 - x));
    }
    let g = 7.0;
    let c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    let x = x - 1.0;
    let mut a = c[0];
    let t = x + g + 0.5;
    for (i, ci) in c.iter().enumerate().skip(1) {
        a += ci / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().cloned().ok_or_else(|| type_error("log expected at least 1 argument, got 0"))?;
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Some(b) = pyrite_vm::types::int::to_big(vm, v) {
            if !b.is_positive() {
                return Err(domain());
            }
            // big ints: log via bit length
            if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
                return Ok(f.ln());
            }
            let bits = b.bits() as i64 - 60;
            let top = (&b >> bits as usize).to_f64().unwrap();
            return Ok(top.ln() + bits as f64 * std::f64::consts::LN_2);
        }
        let x = arg_f64(vm, &Args::new(std::slice::from_ref(v)), 0, "log")?;
        if x <= 0.0 || x.is_nan() && false {
            return Err(domain());
        }
        Ok(x.ln())
    };
    let a = ln(vm, &v)?;
    match args.pos().get(1) {
        Some(b) => {
            let lb = ln(vm, b)?;
            if lb == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            Ok(Value::Float(a / lb))
        }
        None => Ok(Value::Float(a)),
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0, "log2")?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.log2()))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0, "log10")?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.log10()))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0, "pow")?;
    let y = arg_f64(vm, &args, 1, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let y = arg_f64(vm, &args, 0, "atan2")?;
    let x = arg_f64(vm, &args, 1, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0, "copysign")?;
    let y = arg_f64(vm, &args, 1, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0, "fmod")?;
    let y = arg_f64(vm, &args, 1, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for i in 0..args.pos().len() {
        vals.push(arg_f64(vm, &args, i, "hypot")?);
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    let m = vals.iter().fold(0.0f64, |a, b| a.max(b.abs()));
    if m == 0.0 {
        return Ok(Value::Float(0.0));
    }
    for v in &vals {
        let s = v / m;
        acc += s * s;
    }
    Ok(Value::Float(m * acc.sqrt()))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = vm.iterate(&args.pos()[0])?;
    let q = vm.iterate(&args.pos()[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::new();
    for (a, b) in p.iter().zip(q.iter()) {
        let a = pyrite_vm::types::float::float_from_value(vm, a)?;
        let b = pyrite_vm::types::float::float_from_value(vm, b)?;
        diffs.push(Value::Float(a - b));
    }
    hypot(vm, Args::new(&diffs))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Float(_) => Err(type_error("'float' object cannot be interpreted as an integer")),
        _ => vm.index_big(v),
    }
}

fn to_int_via(vm: &mut Vm, args: &Args, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = args.pos().first().cloned().ok_or_else(|| type_error("missing argument"))?;
    match &v {
        Value::Int(_) | Value::Bool(_) => Ok(Value::Int(match v { Value::Int(i) => i, Value::Bool(b) => b as i64, _ => 0 })),
        Value::Float(x) => pyrite_vm::types::int::int_from_value(vm, &Value::Float(f(*x))),
        _ => {
            if let Some(r) = vm.call_dunder(&v, dunder, &[])? {
                return Ok(r);
            }
            if pyrite_vm::types::int::to_big(vm, &v).is_some() {
                return Ok(v);
            }
            let x = arg_f64(vm, args, 0, dunder)?;
            pyrite_vm::types::int::int_from_value(vm, &Value::Float(f(x)))
        }
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_via(vm, &args, "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_via(vm, &args, "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_via(vm, &args, "__trunc__", f64::trunc)
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &args, 0, "isfinite")?.is_finite()))
}
fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &args, 0, "isinf")?.is_infinite()))
}
fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &args, 0, "isnan")?.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = arg_f64(vm, &args, 0, "isclose")?;
    let b = arg_f64(vm, &args, 1, "isclose")?;
    let rel = match args.kwarg("rel_tol") {
        Some(v) => pyrite_vm::types::float::float_from_value(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => pyrite_vm::types::float::float_from_value(vm, v)?,
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
    let mut g = BigInt::zero();
    for v in args.pos() {
        let n = int_arg(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(big_to_value(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in args.pos() {
        let n = int_arg(vm, v)?;
        if n.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&n);
    }
    Ok(big_to_value(l.abs()))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().cloned().ok_or_else(|| type_error("factorial() takes exactly one argument (0 given)"))?;
    if let Value::Float(_) = v {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, &v)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(big_to_value(r))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args.pos()[0])?;
    let k = int_arg(vm, &args.pos()[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(big_to_value(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args.pos()[0])?;
    let k = match args.pos().get(1) {
        Some(v) if !v.is_none() => int_arg(vm, v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(big_to_value(r))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args.pos()[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big_to_value(n.sqrt()))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = args.kwarg("start").cloned().unwrap_or(Value::Int(1));
    for v in vm.iterate(&args.pos()[0])? {
        acc = vm.binary_op(&acc, &v, pyrite_compiler_binop_mul())?;
    }
    Ok(acc)
}

fn pyrite_compiler_binop_mul() -> pyrite_vm::ops::BinOpAlias {
    pyrite_vm::ops::BinOpAlias::Mul
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Shewchuk's exact summation (as in CPython's msum)
    let mut partials: Vec<f64> = Vec::new();
    for v in vm.iterate(&args.pos()[0])? {
        let mut x = pyrite_vm::types::float::float_from_value(vm, &v)?;
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
        partials.push(x);
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
    let x = arg_f64(vm, &args, 0, "modf")?;
    if x.is_infinite() {
        return Ok(vm.new_tuple(vec![Value::Float(0.0f64.copysign(x)), Value::Float(x)]));
    }
    Ok(vm.new_tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0, "frexp")?;
    let (m, e) = pyrite_vm::hash::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0, "ldexp")?;
    let e = vm.index_value(&args.pos()[1])?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    check(r, x)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("math");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("sqrt", sqrt), ("exp", exp), ("sin", sin), ("cos", cos), ("tan", tan), ("asin", asin), ("acos", acos),
        ("atan", atan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asinh", asinh), ("acosh", acosh),
        ("atanh", atanh), ("fabs", fabs), ("degrees", degrees), ("radians", radians), ("expm1", expm1),
        ("log1p", log1p), ("erf", erf), ("erfc", erfc), ("gamma", gamma), ("lgamma", lgamma), ("log", log),
        ("log2", log2), ("log10", log10), ("pow", pow), ("atan2", atan2), ("copysign", copysign), ("fmod", fmod),
        ("hypot", hypot), ("dist", dist), ("floor", floor), ("ceil", ceil), ("trunc", trunc),
        ("isfinite", isfinite), ("isinf", isinf), ("isnan", isnan), ("isclose", isclose), ("gcd", gcd),
        ("lcm", lcm), ("factorial", factorial), ("comb", comb), ("perm", perm), ("isqrt", isqrt), ("prod", prod),
        ("fsum", fsum), ("modf", modf), ("frexp", frexp), ("ldexp", ldexp),
    ];
    for (n, f) in fns {
        let v = vm.new_native(n, *f);
        let k = vm.intern(n);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    for (n, v) in [("pi", std::f64::consts::PI), ("e", std::f64::consts::E), ("tau", std::f64::consts::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        let k = vm.intern(n);
        pyrite_vm::vm::dict_set_str(&d, k, Value::Float(v));
    }
    Ok(m)
}
